"""From phrase matches to resolved actor mentions.

Decisions (documented here because downstream stages rely on them):

* A sector word ("air defences", "ПВО", "the police") with no country next to it yields a
  ``group`` mention (role "group", country null): we cannot tell whose forces they are
  here, and a wrong country is worse than none. Only the event coder may give a group a
  country, from the event's place or other party, and it says so in the event's ``why``.
* Country + sector word (adjective before the head in English/Russian, after it in Hebrew
  and Arabic; "<head> of <country>", Russian genitive "ПВО России") is one mention with
  the sector from ``sectors.yaml``; kind "description".
* A country adjective alone ("Azerbaijani plane") and a demonym ("the Russians") resolve
  to the country with sector null.
* Places: after a locative word or proclitic ("in", "ב", "في", "в") or when the place
  stands for no government (``metonym_for`` null) the mention is a ``location``;
  otherwise a capital/seat is an actor: the government of ``metonym_for``.
* A country named as a party is its government (sector GOV, "Russia said"), whatever the
  verb: the sector comes from the phrase, never from the verb ("Iran launched drones" is
  IRN GOV; eval/README.md). Next to a ``nation_words`` word ("Israel's economy",
  "сборная Франции") it is the nation, sector null. After a locative ("in Turkey",
  "в Сирии", "בטורקיה", "at the White House") it is a ``location`` with sector null.
  Countries have their own locative list (``country_locatives``) because "at"/"to"
  before a state usually name a target or recipient ("missiles at Israel"); "to"/"from"
  make a place only after a word of people moving (``motion_words``: "a visit to
  Pyongyang"). A state or city joined by "and" to a location of its kind, in the same
  clause, is a location too ("in Sweden and Denmark").
* A bloc with no sector of its own (G7, CSTO) takes the sector of a head next to it
  ("G7 leaders" IGO GOV); a ``located_heads`` word before a locative and a city belongs
  to that city's country ("police in Moscow" RUS COP). A country adjective on a
  ``state_act_nouns`` word is the government ("an American proposal").
* People take country and sector from the role valid at the document date (the latest
  role when the date is unknown). A surname alone needs an earlier full mention, a single
  bearer in the knowledge base, or exactly one bearer in office at the date; otherwise it
  is dropped.
* Titles ("the president", "his Azeri counterpart") resolve to the office holder of the
  country named with them, else to the last person mentioned with that title; a title
  followed by a name yields only the person, its mention spanning the title ("Armenian
  Prime Minister Nikol Pashinyan"). A title with a country but no known office
  holder yields the country with the title's sector.
* Definite phrases in roles.yaml `anaphors` ("the bloc", "the kingdom", `הארגון`, `التكتل`)
  take up the latest party of their kind named in the sentence or the three before it
  ("the foreign ministry": the first party of the nearest sentence naming one); with none,
  they are no party ("a trade bloc"), or read as the name or sector word they also are.
* Ambiguous aliases need support: another mention of the entity in the document, or, in
  English, capitalisation without a capitalised neighbour making it part of another name
  ("George Washington"); any of the entity's ``reject_context`` words in the document
  rules the alias out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from detente.actors.kb import (
    AliasRef,
    AnaphorRef,
    EntityRecord,
    KnowledgeBase,
    PairRef,
    PlaceRef,
    Role,
    SectorRef,
    TitleRef,
)
from detente.mentions import Match, Token, _analyzer, keys, match_form, morphology, tokenize
from detente.models import Document, Mention, Sentence
from detente.normalise import normalise
from detente.resources import LANGUAGES

_MODIFIER_FIRST = {"en", "ru"}


def _date_bounds(date: str) -> tuple[str, str]:
    if len(date) >= 10:
        return date[:10], date[:10]
    if len(date) == 7:
        return date + "-01", date + "-31"
    return date[:4] + "-01-01", date[:4] + "-12-31"


def role_at(ent: EntityRecord, date: str | None) -> tuple[Role | None, str]:
    """The role valid at ``date`` (latest start wins), or the latest role without a date."""
    if not ent.roles:
        return None, "no roles"
    if date:
        lo, hi = _date_bounds(date)
        # A role's dates may be a year or a month alone: "end: 2024" covers all of 2024.
        covering = [
            r
            for r in ent.roles
            if (r.start is None or _date_bounds(r.start)[0] <= hi)
            and (r.end is None or _date_bounds(r.end)[1] >= lo)
        ]
        if covering:
            return max(covering, key=lambda r: r.start or ""), f"at {date}"
        return None, f"no role at {date}"
    return max(ent.roles, key=lambda r: r.start or ""), "latest role (no date)"


def _title_ok(role_title: str | None, wanted: str | None) -> bool:
    if not role_title or not wanted:
        return False
    a, b = role_title.casefold(), wanted.casefold()
    return a == b or a.startswith(b + " of ") or a.startswith(b + ",")


@dataclass
class _Ctx:
    kb: KnowledgeBase
    doc: Document
    date: str | None
    supported: set[str]  # entity ids with an unambiguous mention somewhere in the doc
    doc_norm: str  # normalised doc text, for reject_context
    people: list[tuple[EntityRecord, Role | None]]  # persons mentioned so far, in order
    # sentences resolved so far, with their mentions (offsets within the sentence)
    done: list[tuple[_Sent, list[tuple[dict, int, int]]]] = field(default_factory=list)


class _Sent:
    """One sentence being resolved: its matches, tokens and language."""

    def __init__(
        self,
        kb: KnowledgeBase,
        s: Sentence,
        lang: str,
        norm,
        tokens: list[Token],
        matches: list[Match],
        src: str | None = None,
    ):
        self.kb, self.s, self.lang, self.norm, self.tokens, self.matches = (
            kb,
            s,
            lang,
            norm,
            tokens,
            matches,
        )
        # the text matched: the sentence, or its repaired variant (reversed words righted)
        self.src = s.text if src is None else src


def _aliases(m: Match) -> list[AliasRef]:
    return [p for p in m.payloads if isinstance(p, AliasRef)]


def _head(m: Match) -> SectorRef | TitleRef | None:
    # A word listed both as a title and as a sector ("president") is a title: it can
    # name a person, and the title carries a sector too.
    for kind in (TitleRef, SectorRef):
        for p in m.payloads:
            if isinstance(p, kind):
                return p
    return None


def _adjacent(st: _Sent, a: Match, b: Match, of_words: set[str], need_of: bool = False) -> bool:
    if not isinstance(_head(a), TitleRef) and _clause_break(st, a.token_end - 1, b.token_start):
        return False  # "обмен заключёнными: Россия освободила"
    if b.token_start == a.token_end:
        return not need_of
    if b.token_start == a.token_end + 1 and of_words:
        return bool(of_words.intersection(keys(st.tokens[a.token_end].text, st.lang)))
    return False


def _genitive_gap(st: _Sent, head: Match, nxt: Match) -> bool:
    """Russian "Министерство культуры Азербайджана": a head listed in ``genitive_heads``,
    up to three genitive words naming its field, then the country in the genitive."""
    heads = st.kb.lang_roles(st.lang).get("genitive_heads")
    if st.lang != "ru" or not heads or not 1 <= nxt.token_start - head.token_end <= 3:
        return False
    if match_form(head.phrase, st.lang) not in {match_form(str(h), st.lang) for h in heads}:
        return False
    from detente.mentions import _analyzer

    def gen(j: int, pos: tuple[str, ...]) -> bool:
        return any(
            "gent" in p.tag.grammemes and p.tag.POS in pos
            for p in _analyzer().parse(st.tokens[j].text)
        )

    if any(_match_at(st, j) is not None for j in range(head.token_end, nxt.token_start)):
        return False
    return all(gen(j, ("NOUN", "ADJF")) for j in range(head.token_end, nxt.token_start)) and gen(
        nxt.token_start, ("NOUN",)
    )


def _country_alias(
    kb: KnowledgeBase, m: Match, types: tuple[str, ...], *, blocs: bool = False
) -> AliasRef | None:
    """A country (or capital metonym) alias of ``m``. With ``blocs`` also an
    organisation named by name that has no sector of its own (G7, the Arab League,
    CSTO, NATO): with a sector word it is that part of the bloc ("G7 leaders" IGO GOV,
    "قوات منظمة معاهدة الأمن الجماعي" IGO MIL)."""
    for a in _aliases(m):
        e = kb.get(a.entity_id)
        if e is None:
            continue
        if a.type in types and (e.kind == "country" or (a.type == "metonym" and e.metonym_for)):
            return a
    if blocs:
        for a in _aliases(m):
            e = kb.get(a.entity_id)
            if (
                e is not None
                and e.kind == "org"
                and e.sector is None
                and e.country
                and a.type in ("name", "abbreviation")
                and not (a.ambiguous or e.ambiguous)
            ):
                return a
    return None


def _country_of(kb: KnowledgeBase, a: AliasRef) -> str | None:
    e = kb.get(a.entity_id)
    if e is None:
        return None
    return e.metonym_for or e.country or (e.id if e.kind == "country" else None)


@lru_cache(maxsize=8192)
def _word_tokens(word: str, lang: str | None) -> tuple[str, ...]:
    """A cue word as the token texts it must match (lexicon data: cached for good)."""
    return tuple(t.text for t in tokenize(match_form(word, lang)))


def _names_venue(st: _Sent, m: Match) -> bool:
    """A city naming talks, a summit or accords held there (roles.yaml ``venue_nouns``:
    "the Vienna talks", "the Minsk agreements", "שיחות וינה", "محادثات الدوحة") is their
    venue, not a party to them."""
    seqs = _word_seqs(st, "venue_nouns")
    if not seqs:
        return False
    if st.lang in _MODIFIER_FIRST:
        return _seq_at(st, m.token_end, seqs)
    return not m.prefix and any(
        m.token_start >= len(q) and _seq_at(st, m.token_start - len(q), [q]) for q in seqs
    )


def _words_before(st: _Sent, m: Match, words: list[str], gap: int = 0) -> bool:
    """One of ``words`` right before ``m``, or up to ``gap`` words before it."""
    for w in words:
        wt = _word_tokens(w, st.lang)
        n = len(wt)
        for g in range(gap + 1):
            i0 = m.token_start - n - g
            if i0 < 0 or not n:
                break
            if all(wt[j] in keys(st.tokens[i0 + j].text, st.lang) for j in range(n)):
                return True
    return False


def _word_seqs(st: _Sent, name: str) -> list[list[str]]:
    """The words listed under ``name`` in roles.yaml, as token sequences."""
    cache = st.kb.cue_cache
    key = (st.lang, name)
    if key not in cache:
        seqs = [
            list(_word_tokens(str(w), st.lang)) for w in st.kb.lang_roles(st.lang).get(name) or []
        ]
        cache[key] = [q for q in seqs if q]
    return cache[key]


def _cue_keys(tok: str, lang: str) -> set[str]:
    """Keys of a text token for cue words. Hebrew and Arabic verbs take only "and" or
    "that" before them; stripping more misreads "הותקפו" (were attacked) as "תקפו"
    (attacked) and "הכירה" as "ירה"."""
    lead = morphology(lang).get("verb_proclitics")
    if lead is not None:
        return {tok, tok[1:]} if len(tok) > 3 and tok[0] in lead else {tok}
    return set(keys(tok, lang))


def _seq_at(st: _Sent, j: int, seqs: list[list[str]]) -> bool:
    for q in seqs:
        if j + len(q) <= len(st.tokens) and all(
            q[i] in _cue_keys(st.tokens[j + i].text, st.lang) for i in range(len(q))
        ):
            return True
    return False


def _match_at(st: _Sent, j: int) -> Match | None:
    for x in st.matches:
        if x.token_start <= j < x.token_end:
            return x
    return None


_CLAUSE_MARKS = set(",;:.!?()[]—–،؛")


def _clause_break(st: _Sent, i: int, j: int) -> bool:
    """Punctuation between tokens ``i`` and ``j`` (i < j): a clause or list boundary."""
    if not (0 <= i < j < len(st.tokens)):
        return False
    gap = st.norm.text[st.tokens[i].end : st.tokens[j].start]
    return any(c in _CLAUSE_MARKS for c in gap)


def _cue_near(
    st: _Sent, m: Match, name: str, after: int, before: int = 0, *, clause: bool = False
) -> bool:
    """A word of list ``name`` within ``after`` tokens after ``m`` (tokens of other
    country and place mentions skipped, so "Iran, the US and Jordan intercepted" reaches
    the verb) or ``before`` tokens before it (Arabic verb-first order). With ``clause``
    the search stops at punctuation: "בדמשק, ובטהרן איימו" is a threat from Tehran,
    not from Damascus."""
    seqs = _word_seqs(st, name)
    if not seqs:
        return False
    j, seen = m.token_end, 0
    while j < len(st.tokens) and seen < after:
        if clause and _clause_break(st, j - 1, j):
            break
        x = _match_at(st, j)
        if x is not None and _aliases(x):
            j = x.token_end
            continue
        if _seq_at(st, j, seqs):
            return True
        seen += 1
        j += 1
    for j in range(m.token_start - 1, max(0, m.token_start - before) - 1, -1):
        if clause and _clause_break(st, j, j + 1):
            break
        if _seq_at(st, j, seqs):
            return True
    return False


def _acting_sector(st: _Sent, m: Match) -> str:
    """A state or its capital named as a party is its government. The sector comes
    from the phrase, never from the verb (CAMEO/PLOVER practice): "Iran launched drones"
    is IRN GOV, "Iranian forces launched drones" is IRN MIL (eval/README.md)."""
    return "GOV"


def _noun_modifier(st: _Sent, m: Match) -> bool:
    """Russian: a capital metonym before a head is a modifier only as an adjective
    ("кремлёвский"); a noun there ("Киеву танки") belongs to the verb."""
    if st.lang != "ru" or m.token_end - m.token_start != 1:
        return False
    from detente.mentions import _analyzer

    parses = _analyzer().parse(st.tokens[m.token_start].text)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _nation_sense(st: _Sent, m: Match) -> bool:
    """A state name next to a word of ``nation_words`` stands for the nation, not its
    government: "Israel's economy", "экономика Грузии", "сборная Франции",
    "אוכלוסיית ישראל", "المنتخب المغربي" (sector null)."""
    seqs = _word_seqs(st, "nation_words")
    if not seqs:
        return False
    j = m.token_start - 1
    if j >= 0 and not _clause_break(st, j, m.token_start):
        if any(q[-1] in keys(st.tokens[j].text, st.lang) for q in seqs):
            return True
    j = m.token_end
    if j < len(st.tokens) and not _clause_break(st, j - 1, j):
        if any(q[0] in keys(st.tokens[j].text, st.lang) for q in seqs):
            return True
    return False


def _state_act(st: _Sent, m: Match, depth: int = 1) -> bool:
    """A country adjective on a noun of ``state_act_nouns`` (mediation, sponsorship,
    proposal, pressure, sovereignty, a draft resolution): after the noun in Hebrew and
    Arabic, before it in English and Russian. An adjective joined by "and" to such an
    adjective shares its noun ("برعاية أمريكية وفرنسية")."""
    words = st.kb.lang_roles(st.lang).get("state_act_nouns") or []
    nouns = {match_form(str(w), st.lang) for w in words}
    if not nouns:
        return False
    j = m.token_end if st.lang in _MODIFIER_FIRST else m.token_start - 1
    if 0 <= j < len(st.tokens) and not (
        _clause_break(st, j, m.token_start) if j < m.token_start else _clause_break(st, j - 1, j)
    ):
        if nouns.intersection(keys(st.tokens[j].text, st.lang)):
            return True
    if depth and st.lang not in _MODIFIER_FIRST:
        prev = next((x for x in st.matches if x.token_end == m.token_start), None)
        if prev is not None and _and_joined(st, prev, m):
            return any(a.type == "adjective" for a in _aliases(prev)) and _state_act(st, prev, 0)
    if depth and st.lang in _MODIFIER_FIRST:
        nxt = next((x for x in st.matches if x.token_start in (m.token_end, m.token_end + 1)), None)
        if nxt is not None and _and_joined(st, m, nxt):
            return any(a.type == "adjective" for a in _aliases(nxt)) and _state_act(st, nxt, 0)
    return False


def _speaks(st: _Sent, m: Match) -> bool:
    """A seat of power after a locative still acts when it speaks: "в Кремле заявили",
    "ובמוסקבה מכחישים", "مصدر في الكرملين"."""
    n_loc = 1 if not m.prefix else 0
    before = 1 + n_loc + (1 if st.lang == "ar" else 0)
    return _cue_near(st, m, "speech_words", 2, before, clause=True) or _indefinite_personal(st, m)


def _indefinite_personal(st: _Sent, m: Match) -> bool:
    """Russian names the acting government by its seat and a subjectless plural verb: "в
    Кремле отменили визит", "в Баку решили закрыть" (they cancelled, in the Kremlin). The
    verb must follow the place directly, in the past plural or the third person plural."""
    if st.lang != "ru" or m.token_end >= len(st.tokens) or m.token_start < 1:
        return False
    if _clause_break(st, m.token_end - 1, m.token_end):
        return False
    # "в Кремле" must open its clause: "на выставке в Москве представили" is exhibitors
    roles = st.kb.lang_roles(st.lang)
    if st.tokens[m.token_start - 1].text.lower() not in (roles.get("seat_locatives") or ()):
        return False
    if m.token_start >= 2 and not _clause_break(st, m.token_start - 2, m.token_start - 1):
        lead = st.tokens[m.token_start - 2].text.lower()
        if lead not in (roles.get("clause_openers") or ()):
            return False
    if _seq_at(st, m.token_end, _word_seqs(st, "happening_verbs")):
        return False
    from detente.mentions import _analyzer

    parses = _analyzer().parse(st.tokens[m.token_end].text.lower())
    if not parses:
        return False
    tag = parses[0].tag
    # transitive only: "в Москве прошли протесты" has its subject after the verb
    return (
        tag.POS == "VERB"
        and "tran" in tag
        and tag.number == "plur"
        and (tag.tense == "past" or tag.person == "3per")
    )


def _locative(st: _Sent, m: Match, *, country: bool = False) -> bool:
    """Is the place ``m`` where something happens rather than who acts?

    Countries use ``country_locatives`` when a language lists them: "at" and "to" name a
    place for a city ("at the White House") but a target for a state ("missiles at
    Israel"). A locative proclitic after a word that governs it ("תמיכה בישראל", support
    for Israel) marks an object, not a place.
    """
    roles = st.kb.lang_roles(st.lang)
    # "أدانت كل من السعودية والإمارات": "من" after "كل" opens a list of parties
    for q in _word_seqs(st, "list_openers"):
        if m.token_start >= len(q) and _seq_at(st, m.token_start - len(q), [q]):
            return False
    if m.prefix and not (country and roles.get("country_proclitic_locative") is False):
        morph = morphology(st.lang)
        locs = set(morph.get("locative_proclitics") or [])
        articles = tuple(str(a) for a in morph.get("article") or ()) or ("\0",)
        # "בווינה": a word-initial ו is written doubled after a proclitic
        pre = m.prefix
        for ch in morph.get("doubled_after_proclitic") or []:
            if len(pre) > 1 and pre.endswith(str(ch)):
                pre = pre[: -len(str(ch))]
        if pre[-1] in locs or (pre.endswith(articles) and pre[:1] in locs):
            # the governing word may carry one modifier ("תמיכה מלאה בישראל"), but not
            # a phrase of its own ("פגע בבניין בתל אביב": the building is its object)
            objects = list(map(str, roles.get("locative_objects") or []))
            j = m.token_start - 1
            gap = int(j >= 0 and st.tokens[j].text[:1] not in locs)
            if not _words_before(st, m, objects, gap=gap):
                return True
    words = roles.get("country_locatives") if country else None
    if words is None:
        words = roles.get("locatives") or []
    words = list(map(str, words))
    if _words_before(st, m, words) or _destination(st, m):
        return True
    # "at the White House": an article between the locative and a place (not a state:
    # "absorbing Crimea into the Russian Federation" names a party)
    skip = roles.get("locative_skip") or []
    before = m.token_start - 1
    if not country and before >= 1 and _seq_at(st, before, _word_seqs(st, "locative_skip")):
        shifted = Match(m.start, m.end, m.payloads, m.phrase, m.token_start - 1, m.token_end)
        return bool(skip) and _words_before(st, shifted, words)
    return False


def _destination(st: _Sent, m: Match) -> bool:
    """The origin or destination of people moving: a place after a ``directional`` word
    (or proclitic) governed by a ``motion_words`` word a few words earlier ("Putin's
    visit to Pyongyang", "טס למוסקבה", "وصلت قوات ... إلى كازاخستان", "продвижение
    колонн к Москве"). Sending goods is no motion of people: "tanks to Ukraine" names a
    recipient."""
    roles = st.kb.lang_roles(st.lang)
    motion = _word_seqs(st, "motion_words")
    if not motion:
        return False
    if m.prefix and m.prefix[-1] in set(map(str, roles.get("directional_proclitics") or [])):
        j = m.token_start
    elif m.token_start > 0 and _seq_at(st, m.token_start - 1, _word_seqs(st, "directional")):
        j = m.token_start - 1
    else:
        return False
    seen = 0
    i = j - 1
    while i >= 0 and seen < 3:
        if _clause_break(st, i, i + 1):
            return False
        x = _match_at(st, i)
        if x is not None and x is not m:
            i = x.token_start - 1
            continue
        if _seq_at(st, i, motion):
            return True
        seen += 1
        i -= 1
    return False


def _rejected(ctx: _Ctx, lang: str, eid: str) -> str | None:
    for word in (ctx.kb.lang_roles(lang).get("reject_context") or {}).get(eid) or []:
        w = match_form(str(word), lang)
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", ctx.doc_norm):
            return str(word)
    return None


# Arabic and Hebrew vowel signs (harakat, shadda; niqqud).
_MARKS = re.compile("[\u064b-\u0652\u05b0-\u05c2]")


def _ambiguous_ok(ctx: _Ctx, st: _Sent, m: Match, a: AliasRef) -> tuple[bool, str]:
    rej = _rejected(ctx, st.lang, a.entity_id)
    if rej:
        return False, f"context '{rej}' points elsewhere"
    if a.entity_id in ctx.supported:
        return True, "entity named elsewhere in the document"
    if _MARKS.search(a.text) and a.text in st.s.text[m.start : m.end]:
        # Vowel signs settle what the bare letters leave open: عمّان is Amman, not Oman.
        return True, f"written with the vowel signs of '{a.text}'"
    e = ctx.kb.get(a.entity_id)
    if e is not None and e.kind == "country" and a.type in ("name", "abbreviation"):
        # "בריטניה וירדן": a name in a list of unambiguous countries is a country too.
        for x in st.matches:
            if x.token_end == m.token_start or x.token_start == m.token_end:
                for b in _aliases(x):
                    eb = ctx.kb.get(b.entity_id)
                    if eb and eb.kind == "country" and not (b.ambiguous or eb.ambiguous):
                        return True, f"next to the country '{b.text}'"
    place_pro = set(morphology(st.lang).get("place_proclitics") or [])
    if e is not None and e.kind == "place" and m.prefix and m.prefix[-1] in place_pro:
        # "בעזה", "לעזה": verbs and adjectives do not take these proclitics, places do.
        return True, f"place after the proclitic '{m.prefix}'"
    if st.lang == "en":
        text = ctx.doc.text
        # Match offsets are the sentence's own.
        if not st.s.text[m.start : m.end][:1].isupper():
            return False, "not capitalised"
        # A capitalised unmatched neighbour makes it part of another name ("George Washington").
        for j in (m.token_start - 1, m.token_end):
            if 0 <= j < len(st.tokens):
                if any(x.token_start <= j < x.token_end for x in st.matches):
                    continue
                t = st.tokens[j]
                o = st.s.start + _orig(st, t.start)
                if text[o : o + 1].isupper() and not (j == 0 and j < m.token_start):
                    return False, "part of a longer name"
        return True, "capitalised"
    return False, "ambiguous alias without support"


def _orig(st: _Sent, norm_i: int) -> int:
    return st.norm.origin[norm_i]


def _person_mention(ctx: _Ctx, ent: EntityRecord, how: str) -> dict:
    role, when = role_at(ent, ctx.date)
    if role is not None:
        country, sector = role.country or ent.country, role.sector or ent.sector
        rwhy = f"{role.title or 'role'} {when} → {country or '?'} {sector or '-'}"
    else:
        country, sector = ent.country, ent.sector
        rwhy = f"{when} → {country or '?'} {sector or '-'}"
    ctx.people.append((ent, role))
    return dict(ent=ent, country=country, sector=sector, kind="person", why=f"{how}; {rwhy}")


def _office_holder(ctx: _Ctx, country: str | None, title: str | None) -> EntityRecord | None:
    if not title:
        return None
    found = []
    for p in ctx.kb.people():
        role, _ = role_at(p, ctx.date)
        if role is None or not _title_ok(role.title, title):
            continue
        if country is None or (role.country or p.country) == country:
            found.append(p)
    return found[0] if len(found) == 1 else None


def _resolve_title(ctx: _Ctx, t: TitleRef, country: str | None) -> tuple[str | None, str]:
    """The canonical title a title word asks for ("counterpart" borrows the last one's)."""
    if not t.counterpart:
        return t.title, f"title '{t.term}'"
    for ent, role in reversed(ctx.people):
        if role is not None and role.title and (country is None or role.country != country):
            return role.title, f"'{t.term}' of {ent.name} ({role.title})"
    return None, f"'{t.term}' with no earlier office holder"


def _definite(st: _Sent, m: Match) -> bool:
    """Hebrew/Arabic: only "הנשיא"/"الرئيس" refer back; a bare "נשיא"/"رئيس" is in
    construct with a name that follows ("נשיא טג'יקיסטן"), often out of order in broken
    right-to-left text."""
    ends = morphology(st.lang).get("definite_prefix_ends")
    if ends is None:
        return True
    return m.prefix.endswith(tuple(str(e) for e in ends))


def _home_term(st: _Sent, m: Match) -> bool:
    """``m`` is one of the language's ``home_terms`` (roles.yaml)."""
    cache = st.kb.home_term_cache
    if st.lang not in cache:
        terms = st.kb.lang_roles(st.lang).get("home_terms") or []
        cache[st.lang] = frozenset(match_form(str(t), st.lang) for t in terms)
    return match_form(m.phrase, st.lang) in cache[st.lang]


def _home_institution(st: _Sent, m: Match, head) -> dict | None:
    """A sector word listed in ``home_terms`` with no country next to it names the home
    country's own body: Hebrew news says "חיל האוויר" (the air force) for Israel's."""
    roles = st.kb.lang_roles(st.lang)
    home = roles.get("home_country")
    if not isinstance(head, SectorRef) or not home:
        return None
    if not _home_term(st, m):
        return None
    return dict(
        ent=st.kb.get(home),
        country=home,
        sector=head.sector,
        kind="description",
        why=f"'{m.phrase}' with no country: the home country's body → {home} {head.sector}",
    )


def _verb_form(st: _Sent, m: Match) -> bool:
    """A Russian sector word that is a participle ("протестующие", "задержанные") is keyed
    under its verb's lemma, so the verb itself matches it; a finite verb, infinitive or
    gerund ("задержал", "протестовала") names no group."""
    if st.lang != "ru" or m.token_end - m.token_start != 1:
        return False
    parses = _analyzer().parse(st.s.text[m.start : m.end].lower())
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "GRND")


def _single(ctx: _Ctx, st: _Sent, m: Match) -> dict | None:
    kb = ctx.kb
    cands = _aliases(m)
    if not cands:
        head = _head(m)
        home = _home_institution(st, m, head)
        if home is not None:
            return home
        if isinstance(head, TitleRef) and _definite(st, m):
            title, how = _resolve_title(ctx, head, None)
            if title and not head.counterpart:
                for ent, role in reversed(ctx.people):
                    if role is not None and _title_ok(role.title, title):
                        return _person_mention(
                            ctx, ent, f"{how} → last {title} mentioned ({ent.name})"
                        )
        if isinstance(head, SectorRef) and not _verb_form(st, m):
            # "the police", "המפגינים": whose they are is not said here; the mention is
            # a group with no country, and only the event coder may place it, saying why
            return dict(
                ent=None,
                country=None,
                sector=head.sector,
                kind="group",
                role="group",
                alias=None,
                why=f"sector word '{head.term}' with no country → {head.sector} group",
            )
        return None  # a title with no antecedent
    # Languages that write proper names with a capital (morphology.yaml `capitalised_names`):
    # a name alias listed with one does not match a lowercase word ("газ" is gas, not Газа;
    # "умер" is not Умеров; "laws that bar the agency" is not Ronen Bar).
    morph = morphology(st.lang)
    if morph.get("capitalised_names"):
        low = st.src[m.start : m.start + 1].islower()
        cands = [
            a
            for a in cands
            if not (low and a.type in ("name", "surname", "metonym") and a.text[:1].isupper())
        ]
        if not cands:
            return None
    # Languages whose proper names never take the article (morphology.yaml
    # `names_take_no_article`): a name of a country, place or person read off a word whose
    # prefix ends in the article is some other word ("הפרו", violated, is not ה + Peru).
    if morph.get("names_take_no_article") and m.prefix.endswith(
        tuple(str(x) for x in morph.get("article") or ())
    ):
        cands = [
            a
            for a in cands
            if not (
                a.type in ("name", "surname")
                and (e := kb.get(a.entity_id)) is not None
                and e.kind in ("country", "place", "person")
            )
        ]
        if not cands:
            return None
    # People: prefer a full name; a surname needs support.
    persons = [a for a in cands if (e := kb.get(a.entity_id)) and e.kind == "person"]
    person_ids = {a.entity_id for a in persons}
    if persons:
        full = [a for a in persons if a.type != "surname"]
        if full:
            a = full[0]
            return _person_mention(ctx, kb.entities[a.entity_id], f"name '{a.text}'") | {"alias": a}
        seen = [e for e, _ in reversed(ctx.people) if any(a.entity_id == e.id for a in persons)]
        if seen:
            a = next(a for a in persons if a.entity_id == seen[0].id)
            return _person_mention(ctx, seen[0], f"surname '{a.text}' after full name") | {
                "alias": a
            }
        # Russian lemmas fold "Алиева" (Mehriban) into "Алиев": a surname written exactly
        # as listed beats one reached through a lemma.
        written = st.norm.text[m.norm_start : m.norm_end]
        exact = [a for a in persons if match_form(a.text, st.lang) == written]
        if exact:
            persons = exact
        ids = list(dict.fromkeys(a.entity_id for a in persons))
        flagged = any(a.ambiguous or kb.entities[a.entity_id].ambiguous for a in persons)
        if len(ids) == 1 and not flagged:
            a = persons[0]
            return _person_mention(
                ctx, kb.entities[a.entity_id], f"surname '{a.text}' (single bearer)"
            ) | {"alias": a}
        if ctx.date:
            at = [i for i in ids if role_at(kb.entities[i], ctx.date)[0] is not None]
            # A surname flagged for a common word or an unlisted namesake is its one
            # bearer in office when the document also names that bearer's country. A
            # surname shared by listed relatives (Ilham and Heydar Aliyev) is the one
            # of them in office.
            if flagged and len(at) == 1 and len(ids) == 1:
                r = role_at(kb.entities[at[0]], ctx.date)[0]
                if (r.country if r else None) not in ctx.supported:
                    at = []
            if len(at) == 1:
                a = next(a for a in persons if a.entity_id == at[0])
                return _person_mention(
                    ctx, kb.entities[at[0]], f"surname '{a.text}' (only bearer in office)"
                ) | {"alias": a}
        # A surname left unresolved is no one's: other people sharing the key
        # ("Асадов" for "Асад") must not take it through the generic path.
        if not any(a.entity_id not in person_ids for a in cands):
            return None
        cands = [a for a in cands if a.entity_id not in person_ids]
    why_amb = ""
    ok_cands = []
    for a in cands:
        e = kb.get(a.entity_id)
        if e is None:
            continue
        if a.ambiguous or e.ambiguous:
            ok, reason = _ambiguous_ok(ctx, st, m, a)
            if not ok:
                why_amb = f" (rejected {a.entity_id}: {reason})"
                continue
            ok_cands.append((a, e, f" [ambiguous, accepted: {reason}]"))
        else:
            ok_cands.append((a, e, ""))
    if not ok_cands:
        return None
    place_pro = set(morphology(st.lang).get("place_proclitics") or [])
    if m.prefix and m.prefix[-1] in place_pro:
        # "בסיני", "לסיני": adjectives do not take "in"/"to", places do; a place reading
        # wins over an adjective ("סיני", Chinese)
        places = [c for c in ok_cands if c[1].kind == "place"]
        others = [c for c in ok_cands if c[1].kind != "place"]
        if places and all(c[0].type in ("adjective", "demonym") for c in others):
            ok_cands = places + others
    a, e, note = ok_cands[0]
    note += why_amb
    if e.kind == "place" or a.type == "metonym":
        if e.metonym_for is None:
            return dict(
                ent=e,
                country=e.country,
                sector=None,
                kind="place",
                role="location",
                alias=a,
                why=f"place '{a.text}' (no government seat) → location{note}",
            )
        if (_locative(st, m) or _names_venue(st, m)) and not _speaks(st, m):
            # a place lies in its own country: Brussels (seat of the EU) is in Belgium
            return dict(
                ent=e,
                country=e.country or e.metonym_for,
                sector=None,
                kind="place",
                role="location",
                alias=a,
                why=f"place '{a.text}' after a locative → location{note}",
            )
        sector = e.sector if e.sector not in (None, "GOV") else _acting_sector(st, m)
        return dict(
            ent=e,
            country=e.metonym_for,
            sector=sector,
            kind="place",
            alias=a,
            why=f"alias '{a.text}' (metonym) → {e.metonym_for} {sector}{note}",
        )
    if e.kind == "country":
        country = e.country or e.id
        if (
            a.type in ("name", "abbreviation")
            and _locative(st, m, country=True)
            and not _speaks(st, m)
        ):
            return dict(
                ent=e,
                country=country,
                sector=None,
                kind="country",
                role="location",
                alias=a,
                why=f"{a.type} '{a.text}' after a locative → location{note}",
            )
        # A state named as a party acts through its government ("Russia said");
        # adjectives and demonyms stay unspecific ("the Russians"), except an adjective
        # on an act only a state performs ("American proposal", "בתיווך מצרי").
        if a.type in ("name", "abbreviation") and _nation_sense(st, m):
            sector = None
        elif a.type in ("name", "abbreviation"):
            sector = e.sector or _acting_sector(st, m)
        elif a.type == "adjective" and _state_act(st, m):
            sector = "GOV"
        else:
            sector = None
        return dict(
            ent=e,
            country=country,
            sector=sector,
            kind="country",
            alias=a,
            why=f"{a.type} '{a.text}' → {country} {sector or '-'}{note}",
        )
    return dict(
        ent=e,
        country=e.country,
        sector=e.sector,
        kind=e.kind,
        alias=a,
        why=f"{a.type} '{a.text}' → {e.country or '?'} {e.sector or '-'}{note}",
    )


def _with_head(
    ctx: _Ctx, st: _Sent, mods: list[Match], head_m: Match, a: AliasRef, head, after: Match | None
) -> tuple[dict, int, int] | None:
    """Country alias ``a`` combined with a sector or title head. Returns (res, start, end)."""
    kb = ctx.kb
    country = _country_of(kb, a)
    ms = sorted([*mods, head_m], key=lambda x: x.start)
    start, end = ms[0].start, ms[-1].end
    if isinstance(head, SectorRef):
        own = kb.get(a.entity_id)
        ent = own if own is not None and own.kind == "org" else kb.get(country) or own
        return (
            dict(
                ent=ent,
                country=country,
                sector=head.sector,
                kind="description",
                alias=a,
                why=f"{a.type} '{a.text}' + sector '{head.term}' → {country} {head.sector}",
            ),
            start,
            end,
        )
    title, how = _resolve_title(ctx, head, country)
    if after is not None:
        return None
    holder = _office_holder(ctx, country, title)
    if holder is not None:
        res = _person_mention(
            ctx, holder, f"{a.type} '{a.text}' + {how} → office holder {holder.name}"
        )
        return res | {"alias": a}, start, end
    ent = kb.get(country) or kb.get(a.entity_id)
    sector = head.sector or "GOV"
    return (
        dict(
            ent=ent,
            country=country,
            sector=sector,
            kind="description",
            alias=a,
            why=f"{a.type} '{a.text}' + {how} (no office holder known) → {country} {sector}",
        ),
        start,
        end,
    )


def _place_part(m: Match | None) -> PlaceRef | None:
    """A place noun ("צפון", "west of"). A word that is also an alias ("מערב", the West)
    counts too: the caller wants a place right after it ("במערב אוקראינה")."""
    if m is None:
        return None
    return next((p for p in m.payloads if isinstance(p, PlaceRef)), None)


def _place_alias(kb: KnowledgeBase, m: Match | None) -> tuple[AliasRef, str | None] | None:
    """A country or place alias of ``m`` (not a demonym) and the country it lies in."""
    if m is None:
        return None
    for a in _aliases(m):
        e = kb.get(a.entity_id)
        if e is None or a.type == "demonym":
            continue
        if e.kind == "country":
            return a, e.country or e.id
        if e.kind == "place":
            return a, e.country or e.metonym_for
    return None


def _part_location(kb: KnowledgeBase, part: PlaceRef, a: AliasRef, country: str | None) -> dict:
    e = kb.get(a.entity_id)
    return dict(
        ent=e,
        country=country,
        sector=None,
        kind="place",
        role="location",
        alias=a,
        why=f"'{part.term}' + place '{a.text}' → location in {country or '?'}",
    )


def _and_joined(st: _Sent, a: Match, b: Match) -> bool:
    """``b`` follows ``a`` joined by "and" (a word, or the Hebrew/Arabic proclitic)."""
    if b.token_start == a.token_end:
        return b.prefix[:1] in set(morphology(st.lang).get("and_proclitics") or [])
    if b.token_start == a.token_end + 1:
        return _seq_at(st, a.token_end, _word_seqs(st, "and_words"))
    return False


def _construct_prefix(st: _Sent, m: Match, allow_and: bool = False) -> bool:
    """Hebrew/Arabic: a word in construct with a head or agreeing with it carries at most
    the article ("מטוס קרב טורקי", "הצבא הרוסי"); "תקיפה בישראל" is an attack in Israel."""
    if st.lang not in ("he", "ar") or not m.prefix:
        return True
    pre = m.prefix
    if allow_and and pre[:1] in set(morphology(st.lang).get("and_proclitics") or []):
        pre = pre[1:]
    return pre in ("", *(morphology(st.lang).get("article") or []))


def _is_person(kb: KnowledgeBase, m: Match | None) -> bool:
    return m is not None and any(
        (e := kb.get(a.entity_id)) and e.kind == "person" for a in _aliases(m)
    )


_HYPHENS = "-\u05be\u2010\u2011"


def _compound_prefix(kb: KnowledgeBase, st: _Sent, m: Match) -> bool:
    """ "המורדים הפרו-רוסים": a word that, hyphened to the next one, is a prefix such as
    "pro-" or "anti-" (roles.yaml `compound_prefixes`) is no name, even when it spells one
    (פרו is also Peru)."""
    words = kb.lang_roles(st.lang).get("compound_prefixes") or ()
    if not words:
        return False
    after = st.s.text[m.end : m.end + 2]
    if len(after) < 2 or after[0] not in _HYPHENS or not after[1].isalpha():
        return False
    return match_form(st.s.text[m.start : m.end], st.lang) in {
        match_form(str(w), st.lang) for w in words
    }


# Bodies and mediators: "both countries" and "the two sides" are the parties, not these.
_NOT_A_SIDE = frozenset({"UNO", "IGO", "NGO", "MNC"})


def _pair_ref(m: Match) -> PairRef | None:
    return next((p for p in m.payloads if isinstance(p, PairRef)), None)


def _sides(
    results: list[tuple[dict, int, int]], roles: tuple[str, ...] = ("actor", "location")
) -> list[tuple[str, int, int]]:
    return [
        (r["country"], a, b)
        for r, a, b in results
        if r.get("country") and r["country"] not in _NOT_A_SIDE and r.get("role", "actor") in roles
    ]


def _joined_pair(st: _Sent, results: list[tuple[dict, int, int]]) -> tuple[str, str] | None:
    """The last two different countries a sentence joins by "and" ("India and Pakistan",
    "بين روسيا وأوكرانيا")."""
    sides = _sides(results)
    found = None
    for (ca, _, ea), (cb, sb, _) in zip(sides, sides[1:], strict=False):
        if ca == cb:
            continue
        ma = next((x for x in st.matches if x.end == ea), None)
        mb = next((x for x in st.matches if x.start == sb), None)
        if ma is not None and mb is not None and _and_joined(st, ma, mb):
            found = (ca, cb)
    return found


def _pair_blocked(st: _Sent, m: Match, pair: PairRef) -> bool:
    """ "on both sides of the border" is a place; "со стороны России", "российской стороны"
    are one side, in the genitive singular that "стороны" also spells."""
    if m.token_start == 0:
        return False
    prev = st.tokens[m.token_start - 1].text
    if prev in {match_form(w, st.lang) for w in pair.not_after}:
        return True
    return st.lang == "ru" and any(
        p.tag.POS in ("ADJF", "PRTF") and "sing" in p.tag.grammemes for p in _analyzer().parse(prev)
    )


def _pair_mentions(ctx: _Ctx, st: _Sent, out, m: Match, pair: PairRef) -> list[dict]:
    """The two parties "both countries" stands for: two countries joined by "and" before it
    in the sentence, else in one of the two sentences before; else the two the text has
    named most so far (the last named first on a tie)."""
    if _pair_blocked(st, m, pair):
        return []
    found, how = _joined_pair(st, out), "named together before it in the sentence"
    if found is None:
        for pst, pres in reversed(ctx.done[-2:]):
            found = _joined_pair(pst, pres)
            if found is not None:
                how = "named together in a sentence before"
                break
    if found is None:
        counts: Counter[str] = Counter()
        last: dict[str, int] = {}
        # a venue named again and again ("Стамбул") is no side
        sides = [c for _, res in ctx.done + [(st, out)] for c, _, _ in _sides(res, ("actor",))]
        for i, c in enumerate(sides):
            counts[c] += 1
            last[c] = i
        top = sorted(counts, key=lambda c: (-counts[c], -last[c]))[:2]
        if len(top) < 2:
            return []
        found, how = (top[0], top[1]), "the two countries the text has named most"
    return [
        dict(
            ent=ctx.kb.get(c),
            country=c,
            sector=pair.sector,
            kind="pair",
            role="actor",
            alias=None,
            why=f"'{pair.term}' → {found[0]} and {found[1]}, {how}",
        )
        for c in found
    ]


# How many sentences back a definite phrase may take up its party ("the bloc").
_ANAPHOR_REACH = 3


def _anaphor_ref(m: Match) -> AnaphorRef | None:
    return next((p for p in m.payloads if isinstance(p, AnaphorRef)), None)


def _anaphor_mention(ctx: _Ctx, st: _Sent, out, m: Match, ref: AnaphorRef) -> dict | None:
    """The party "the bloc" or "the kingdom" takes up: the latest actor named before it, in
    its sentence or the few before, of the kind and country the phrase allows; None when
    there is none (the phrase is then no party: "a trade bloc" is generic)."""

    if ref.after:
        prev = st.tokens[m.token_start - 1].text if m.token_start else ""
        if prev not in {match_form(w, st.lang) for w in ref.after}:
            return None
    # "the Islamist group Hamas": a name right after the phrase is the party itself
    nxt = next((x for x in st.matches if x.token_start == m.token_end), None)
    if nxt is not None and _aliases(nxt):
        return None

    def fits(r: dict) -> bool:
        ent = r.get("ent")
        if r.get("role", "actor") != "actor" or not r.get("country") or r.get("kind") == "pair":
            return False
        if ref.kinds and (ent is None or ent.kind not in ref.kinds):
            return False
        return not ref.countries or r["country"] in ref.countries

    earlier = [r for r, a, _ in out if a < m.start]
    if ref.first:
        # "the foreign ministry" stands for the state the text is about: the first party
        # of its sentence, else of the nearest sentence before that names one
        found = next((r for r in earlier if fits(r)), None)
        for _, res in reversed(ctx.done[-_ANAPHOR_REACH:]):
            if found is not None:
                break
            found = next((r for r, _, _ in res if fits(r)), None)
    else:
        for _, res in reversed(ctx.done[-_ANAPHOR_REACH:]):
            earlier[:0] = [r for r, _, _ in res]
        found = next((r for r in reversed(earlier) if fits(r)), None)
    if found is None:
        return None
    name = found["ent"].name if found.get("ent") is not None else found["country"]
    return dict(
        ent=found.get("ent"),
        country=found["country"],
        # the party itself, not the phrase that named it: "NATO leaders ... the alliance"
        sector=ref.sector or (found["ent"].sector if found.get("ent") else found.get("sector")),
        kind="anaphor",
        role="location" if _locative(st, m, country=True) else "actor",
        alias=None,
        why=f"'{ref.term}' takes up {name}, named before it",
    )


def _compound_suffix(kb: KnowledgeBase, st: _Sent, m: Match) -> bool:
    """ "Iran-backed militias", "Iranian-made drones", "a London-based group": a name hyphened
    to a word listed in roles.yaml `compound_suffixes` describes what follows it; it is not a
    party (the militias, the drones' users, the group are)."""
    words = kb.lang_roles(st.lang).get("compound_suffixes") or ()
    after = st.s.text[m.end : m.end + 40]
    if not words or len(after) < 2 or after[0] not in _HYPHENS:
        return False
    word = re.match(r"\w+", after[1:])
    return word is not None and match_form(word.group(), st.lang) in {
        match_form(str(w), st.lang) for w in words
    }


def _resolve_sentence(ctx: _Ctx, st: _Sent) -> list[tuple[dict, int, int]]:
    st.matches = [
        m
        for m in st.matches
        if not _compound_prefix(ctx.kb, st, m) and not _compound_suffix(ctx.kb, st, m)
    ]
    kb, lang, ms = ctx.kb, st.lang, st.matches
    of_words = {match_form(w, lang) for w in kb.lang_roles(lang).get("of_words") or []}
    out: list[tuple[dict, int, int]] = []
    k = 0
    adj_types = ("adjective", "metonym") + (("name", "abbreviation") if lang == "en" else ())
    while k < len(ms):
        m = ms[k]
        n1 = ms[k + 1] if k + 1 < len(ms) else None
        n2 = ms[k + 2] if k + 2 < len(ms) else None
        pair = _pair_ref(m)
        if pair is not None and not _aliases(m):
            out += [(r, m.start, m.end) for r in _pair_mentions(ctx, st, out, m, pair)]
            k += 1
            continue
        ana = _anaphor_ref(m)
        if ana is not None:
            # "اخترقت أجواء المملكة" after Jordan is Jordan's; with no kingdom named
            # before, the phrase keeps its own alias (Saudi Arabia), if it has one
            found = _anaphor_mention(ctx, st, out, m, ana)
            if found is not None and found["role"] == "location" and len(m.payloads) > 1:
                # "a sit-in outside the ministry": a sector word after a locative is the
                # body the act is aimed at, as it is read without the anaphor
                found = None
            if found is not None:
                out.append((found, m.start, m.end))
            # a phrase that is also a name or a sector word ("foreign ministry") is read
            # as that when it takes up no party
            if found is not None or len(m.payloads) == 1:
                k += 1
                continue
        head = _head(m)
        # part of a place + the place: "юг Израиля", "נמל ביירות", "port of Beirut",
        # "eastern Ukraine"; English also "Kabul airport", "the Syrian border"
        part = _place_part(m)
        if part is not None and n1 is not None and _adjacent(st, m, n1, of_words):
            pa = _place_alias(kb, n1)
            if pa is not None:
                out.append((_part_location(kb, part, *pa), m.start, n1.end))
                k += 2
                continue
        if lang == "en" and _place_part(n1) is not None and _adjacent(st, m, n1, set()):
            pa = _place_alias(kb, m)
            if pa is not None:
                out.append((_part_location(kb, _place_part(n1), *pa), m.start, n1.end))
                k += 2
                continue
        # adjectives joined by "and" share the head: "Dutch and Australian governments"
        if lang in _MODIFIER_FIRST and n1 is not None and n2 is not None:
            a = _country_alias(kb, m, adj_types)
            h = _head(n2)
            if (
                a is not None
                and isinstance(h, SectorRef)
                and _country_alias(kb, n1, adj_types) is not None
                and _and_joined(st, m, n1)
                and _adjacent(st, n1, n2, set())
            ):
                r = _with_head(ctx, st, [m], n2, a, h, None)
                if r:
                    out.append((r[0], m.start, m.end))
                    k += 1
                    continue
        # modifier first: "Russian air defences", "российские ПВО", "Kremlin spokesman"
        if (
            lang in _MODIFIER_FIRST
            and n1 is not None
            and _head(n1) is not None
            and _adjacent(st, m, n1, set())
        ):
            # a bloc takes a sector word or title right after it ("Arab League foreign
            # ministers"), not across punctuation ("the CSTO, Prime Minister Pashinyan")
            blocs = not _clause_break(st, m.token_end - 1, n1.token_start)
            a = _country_alias(kb, m, adj_types, blocs=blocs)
            if a is not None and a.type == "metonym" and _noun_modifier(st, m):
                a = None  # "поставит Киеву танки": a noun in the dative modifies nothing
            if a is not None:
                h = _head(n1)
                after = (
                    n2
                    if isinstance(h, TitleRef)
                    and n2
                    and _adjacent(st, n1, n2, set())
                    and _is_person(kb, n2)
                    else None
                )
                if after is not None:
                    res = _single(ctx, st, after)
                    if res:
                        out.append((res, m.start, after.end))
                    k += 3
                    continue
                r = _with_head(ctx, st, [m], n1, a, h, None)
                if r:
                    out.append(r)
                    k += 2
                    continue
        if head is not None and not _aliases(m):
            # title followed by a name: only the person counts; so with a home term naming
            # an office ("הרמטכ"ל מוחמד באקרי" is Iran's chief of staff, not Israel's)
            if (
                (isinstance(head, TitleRef) or _home_term(st, m))
                and n1 is not None
                and _adjacent(st, m, n1, set())
                and _is_person(kb, n1)
            ):
                res = _single(ctx, st, n1)
                if res:
                    out.append((res, m.start, n1.end))
                k += 2
                continue
            # head + country: Hebrew/Arabic adjective after the noun, "<head> of <country>",
            # Russian genitive, Hebrew smichut and Arabic idafa
            if n1 is not None and (_adjacent(st, m, n1, of_words) or _genitive_gap(st, m, n1)):
                # "thousands of Palestinians", "חטופים ישראלים": a plural demonym after
                # the head works as its adjective.
                types = ("name", "abbreviation", "demonym") + (
                    ("adjective",) if lang not in _MODIFIER_FIRST else ()
                )
                a = _country_alias(kb, n1, types, blocs=isinstance(head, SectorRef))
                if (
                    a is not None
                    and _construct_prefix(st, n1)
                    and not (lang == "en" and n1.token_start == m.token_end)
                ):
                    after = (
                        n2
                        if isinstance(head, TitleRef)
                        and n2
                        and _adjacent(st, n1, n2, set())
                        and _is_person(kb, n2)
                        else None
                    )
                    if after is not None:
                        res = _single(ctx, st, after)
                        if res:
                            out.append((res, m.start, after.end))
                        k += 3
                        continue
                    r = _with_head(ctx, st, [n1], m, a, head, None)
                    if r:
                        out.append(r)
                        k += 2
                        # "طائرات أمريكية وبريطانية": further adjectives joined by
                        # "and" take the same head.
                        prev = n1
                        while isinstance(head, SectorRef) and k < len(ms):
                            nx = ms[k]
                            ax = _country_alias(kb, nx, types)
                            if (
                                ax is None
                                or not _and_joined(st, prev, nx)
                                or _clause_break(st, prev.token_end - 1, nx.token_start)
                                or not _construct_prefix(st, nx, allow_and=True)
                            ):
                                break
                            rx = _with_head(ctx, st, [nx], m, ax, head, None)
                            if rx is None:
                                break
                            out.append((rx[0], nx.start, nx.end))
                            prev = nx
                            k += 1
                        continue
        # an institution in a city: "police in Moscow", "officials in Cairo said",
        # "הבורסה בתל אביב", "وزارة الصحة في غزة"
        if head is not None and not _aliases(m) and n1 is not None:
            r = _located_head(ctx, st, m, head, n1)
            if r is not None:
                out.append(r)
                k += 2
                continue
        res = _single(ctx, st, m)
        if res is not None:
            out.append((res, m.start, m.end))
        k += 1
    return _share_location(st, _counted(st, out))


def _counted(st: _Sent, out: list[tuple[dict, int, int]]) -> list[tuple[dict, int, int]]:
    """A count word before the people it counts is part of their mention (roles.yaml
    `count_words`): "тысячи афганских беженцев" is the Afghan refugees, not a crowd of its
    own beside them."""
    words = {
        match_form(str(w), st.lang) for w in st.kb.lang_roles(st.lang).get("count_words") or ()
    }
    if not words:
        return out
    text = st.norm.text
    kept: list[tuple[dict, int, int]] = []
    for item in out:
        r, a, b = item
        if kept:
            pr, pa, pb = kept[-1]
            if (
                pr.get("kind") == "group"
                and not pr.get("country")
                and r.get("country")
                and r.get("role", "actor") == "actor"
                and not text[pb:a].strip()
                and text[pa:pb].lower() in words
            ):
                kept[-1] = (r, pa, b)
                continue
        kept.append(item)
    return kept


def _located_head(ctx: _Ctx, st: _Sent, m: Match, head, n1: Match) -> tuple[dict, int, int] | None:
    """A head listed in ``located_heads`` followed by a locative and a city or capital
    names that city's country's body: the police of Moscow are Russia's. Countries count
    only for the heads in ``country_located_heads``, people who act where they live
    ("rebels in Mali", "protesters in Georgia"): "troops in Syria" are rarely Syria's, and
    heads not listed ("the embassy in Moscow") may be anyone's."""
    if not isinstance(head, SectorRef):
        return None
    official = _place_official(ctx, st, m, head, n1)
    if official is not None:
        return official
    in_country = _seq_at(st, m.token_start, _word_seqs(st, "country_located_heads"))
    if not in_country and not _seq_at(st, m.token_start, _word_seqs(st, "located_heads")):
        return None
    if n1.token_start in (m.token_end + 1, m.token_end + 2):
        # "rebels in Mali"; "rebels in the Ivory Coast" (an article, `locative_skip`)
        if not _seq_at(st, m.token_end, _word_seqs(st, "locatives")):
            return None
        if n1.token_start == m.token_end + 2 and not _seq_at(
            st, m.token_end + 1, _word_seqs(st, "locative_skip")
        ):
            return None
    elif n1.token_start == m.token_end and n1.prefix:
        locs = set(morphology(st.lang).get("locative_proclitics") or [])
        if n1.prefix[-1] not in locs:
            return None
    else:
        return None
    return _of_place(ctx, m, head, n1, "in", countries=in_country, place_start=n1.start)


def _of_place(
    ctx: _Ctx, m: Match, head, n1: Match, how: str, *, countries: bool, place_start=None
) -> tuple[dict, int, int] | None:
    """The description ``m`` + ``n1`` as a body of the state of the place ``n1`` names (or
    of the state itself, with ``countries``)."""
    for a in _aliases(n1):
        e = ctx.kb.get(a.entity_id)
        if e is None or a.type in ("demonym", "adjective"):
            continue
        if e.kind != "place" and not (countries and e.kind == "country"):
            continue
        country = e.id if e.kind == "country" else e.country or e.metonym_for
        if not country:
            continue
        res = dict(
            ent=ctx.kb.get(country) or e,
            country=country,
            sector=head.sector,
            kind="description",
            alias=a,
            why=f"'{m.phrase}' {how} the place '{a.text}' → {country} {head.sector}",
        )
        if place_start is not None:
            res["place_start"] = place_start
        return res, m.start, n1.end
    return None


def _place_official(
    ctx: _Ctx, st: _Sent, m: Match, head, n1: Match
) -> tuple[dict, int, int] | None:
    """An official named by the city or region he runs (``place_official_heads``: "the
    mayor of Istanbul", "ראש עיריית איסטנבול", "رئيس بلدية إسطنبول", "губернатор Курской
    области") is of that place's state; a country after the head is left to the rules for
    "<head> of <country>"."""
    if not _seq_at(st, m.token_start, _word_seqs(st, "place_official_heads")):
        return None
    of_words = {match_form(w, st.lang) for w in ctx.kb.lang_roles(st.lang).get("of_words") or []}
    if n1.prefix or not _adjacent(st, m, n1, of_words):
        return None
    return _of_place(ctx, m, head, n1, "of", countries=False)


def _share_location(st: _Sent, out: list[tuple[dict, int, int]]) -> list[tuple[dict, int, int]]:
    """A state or capital joined by "and" to a location is a location too: "in Sweden and
    Denmark", "في تركيا وسوريا", "в зонах Дании и Швеции"."""
    by_end = {x.end: x for x in st.matches}
    by_start = {x.start: x for x in st.matches}
    for i in range(1, len(out)):
        prev, (res, start, end) = out[i - 1], out[i]
        alias = res.get("alias")
        if (
            prev[0].get("role") != "location"
            or res.get("role", "actor") != "actor"
            or res.get("kind") not in ("country", "place")
            or alias is None
            or alias.type not in ("name", "abbreviation", "metonym")
        ):
            continue
        # conjuncts are alike: a state joins a state, a city a city ("قرب مدينة جروزني
        # وروسيا" does not put Russia near Grozny)
        pa = prev[0].get("alias")
        pe = st.kb.get(pa.entity_id) if pa is not None else None
        ce = st.kb.get(alias.entity_id)
        if pe is None or ce is None or pe.kind != ce.kind:
            continue
        a, b = by_end.get(prev[2]), by_start.get(start)
        if (
            a is None
            or b is None
            or not _and_joined(st, a, b)
            or _clause_break(st, a.token_end - 1, b.token_start)
            or _speaks(st, b)
        ):
            continue
        out[i] = (
            res
            | {
                "sector": None,
                "role": "location",
                "why": f"{res.get('why')}; joined by 'and' to a location → location",
            },
            start,
            end,
        )
    return out


def _lang_of(s: Sentence, doc: Document) -> str:
    lang = s.language or doc.language
    return lang if lang in LANGUAGES else "en"


def extract_mentions(
    doc: Document,
    sentences: list[Sentence],
    *,
    match_text: str | None = None,
    kb: KnowledgeBase | None = None,
) -> list[Mention]:
    """Resolved actor (and location) mentions of ``doc``, in text order.

    ``match_text`` is a same-length variant of ``doc.text`` (e.g. repaired right-to-left
    lines) searched instead of it; offsets and ``raw_text`` always refer to ``doc.text``.
    """
    from detente.actors.kb import default_kb

    kb = kb or default_kb()
    src = match_text if match_text is not None and len(match_text) == len(doc.text) else doc.text
    if not sentences:
        sentences = [Sentence(doc.doc_id, 0, 0, len(doc.text), doc.text, doc.language)]
    sents: list[_Sent] = []
    supported: set[str] = set()
    for s in sentences:
        lang = _lang_of(s, doc)
        norm = normalise(src[s.start : s.end], lang)
        toks = tokenize(norm.text)
        ms = kb.matcher(lang).match_tokens(norm, toks, lang)
        st = _Sent(kb, s, lang, norm, toks, ms, src[s.start : s.end])
        sents.append(st)
        for m in ms:
            for a in _aliases(m):
                e = kb.get(a.entity_id)
                if e is not None and not (a.ambiguous or e.ambiguous) and a.type != "surname":
                    supported.add(a.entity_id)
                    if e.metonym_for is None and e.kind == "country":
                        supported.add(e.id)
    ctx = _Ctx(kb, doc, doc.date, supported, normalise(src).text, [])
    out: list[Mention] = []
    for st in sents:
        resolved = _resolve_sentence(ctx, st)
        ctx.done.append((st, resolved))
        for res, start, end in resolved:
            start, end = start + st.s.start, end + st.s.start
            ent: EntityRecord | None = res.get("ent")
            alias: AliasRef | None = res.get("alias")
            out.append(
                Mention(
                    doc=doc.name,
                    doc_id=doc.doc_id,
                    start=start,
                    end=end,
                    raw_text=doc.text[start:end],
                    entity_name=ent.name if ent else res.get("name"),
                    country=res.get("country"),
                    sector=res.get("sector"),
                    wikidata_id=ent.wikidata if ent else None,
                    entity_id=ent.id if ent else None,
                    kind=res.get("kind"),
                    alias=alias.text if alias else None,
                    language=st.lang,
                    sentence_index=st.s.index,
                    role=res.get("role", "actor"),
                    why=res.get("why"),
                    place_start=(res["place_start"] + st.s.start if "place_start" in res else None),
                )
            )
    return out
