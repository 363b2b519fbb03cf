"""Trigger and grammar lexicons, loaded from ``data/<lang>/triggers.yaml`` and ``grammar.yaml``.

An entry of type NONE lists stop phrases: longer phrases that contain a trigger but are
not events ("удар по экономике"); they win the longest match and code nothing. An entry of
type SAME lists phrases that repeat the last act told ("followed suit"): they take its type.

A phrase may have gaps written " * ": "sever{,s,ed} * ties" matches "severed diplomatic
ties"; each later part must follow within `max_gap` tokens (grammar.yaml, default 3).

Phrases may use brace alternation to list inflections compactly:
``demand{,s,ed,ing}`` is demand, demands, demanded, demanding; ``shoot{,s} down`` is
"shoot down" and "shoots down". A new trigger is a data change.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from detente.mentions import PhraseMatcher, analyses, match_form, strip_article, tokenize
from detente.resources import LANGUAGES, load_yaml, settle

_BRACES = re.compile(r"\{([^{}]*)\}")

# Cue categories of grammar.yaml that are matched as phrases in the sentence.
CUE_CATEGORIES = (
    "negation",
    "not_negation",  # "لا يزال" (still), "не только": longer phrases that swallow a negator
    "hypothetical",
    "future",
    # after the trigger: an adjective or predicate on the event noun ("תקיפה אפשרית",
    # "ضربة محتملة", "удар возможен", "an attack is expected")
    "hypothetical_after",
    "future_after",
    "negation_after",  # "договориться не удалось", "the summit did not take place"
    "reported",
    "agent_markers",
    "recipient_markers",
    "adversary_markers",  # "against": the party a complaint is lodged against
    "transit_markers",  # "via", "через": the way goods or people travel, never a party
    "passive_auxiliaries",
    "coordinators",
    "clause_breaks",
    # "take effect", "с", "يبدأ تطبيقه": the date after them is when the act begins
    "start_markers",
    "locative",
    "source_markers",
    "subject_carriers",  # "הודיעו כי יכירו": a verb after these with no subject of its own
    # takes the subject of the clause before (Hebrew drops pronoun subjects)
    "occurrence_verbs",  # "protests broke out": the event is named as a noun that happens
    # "joined", "הצטרפה", "انضمت", "присоединился", "вслед за": the parties named right
    # after them share the act that follows with the clause's subject
    "join_words",
    # "a draft resolution", "مشروع قرار", "הצעת החלטה", "проект резолюции": what a draft
    # demands or condemns is its author's act, not the act of those who vote on it
    "draft_words",
    "vote_refusals",  # "abstained", "voted against": the draft's act is not the voters'
)


def word_start(text: str, i: int) -> int:
    """Where the word holding position ``i`` of ``text`` begins, attached prefixes
    included (a trigger may start after a Hebrew or Arabic proclitic)."""
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def expand(phrase: str) -> list[str]:
    """Expand brace alternations: ``a{,b}c`` -> ``ac``, ``abc``."""
    parts = _BRACES.split(phrase)
    literals, choices = parts[0::2], parts[1::2]
    out = []
    for combo in itertools.product(*[c.split(",") for c in choices]):
        s = literals[0]
        for alt, lit in zip(combo, literals[1:], strict=True):
            s += alt + lit
        out.append(" ".join(s.split()))
    return out


@dataclass(frozen=True)
class TriggerSpec:
    event_type: str
    mode: str | None
    cameo: str | None
    phrase: str
    passive: bool = False  # the grammatical subject is the recipient ("was shot down")
    nominal: bool = False  # a noun: actor usually follows an agent marker or a genitive
    needs_actor: bool = True  # False for self-contained events ("demonstrations broke out")
    # an event with neither actor nor recipient is dropped ("38 people were killed" names
    # no party; "three Nigerian soldiers were killed" names the victims' state)
    needs_party: bool = False
    governs: bool = False  # takes a complement clause whose events are not asserted
    future: bool = False  # a future verb form (Hebrew and Arabic mark tense in the word)
    # an adverbial participle ("..., متهما لندن بـ", "accusing London of"): its actor is the
    # subject of the main clause, its recipient the participant that follows it
    circumstantial: bool = False
    # A mutual act ("clashes between", "traded accusations"): two parties named jointly act
    # each on the other.
    mutual: bool = False
    # "at the request of X", "بطلب من X": the participant after the phrase acts (asks), the
    # subject of the clause around it is the one asked.
    inverse: bool = False
    # An obligation ("Libya must hand over", "Россия должна", "يجب على"): a demand by the
    # speaker of the clause around it on the party obliged.
    obliges: bool = False
    # The phrase ends on the first word of its subject: "استهدفت صواريخ إيرانية قاعدة", the
    # missiles that follow the verb are the attacker described.
    subject_last: bool = False
    # ... or begins on the last word of its subject: "A Russian missile hit the hospital".
    subject_first: bool = False
    # Gapped phrases ("sever{,s,ed} * ties"): key sets of each later part, matched within
    # `max_gap` tokens after the previous part.
    tails: tuple[tuple[frozenset[str], ...], ...] = ()
    also: tuple[tuple[str, str | None], ...] = ()  # further (type, mode) coded by the same words
    context: tuple[str, ...] = ()
    weight: float = 1.0


@dataclass
class Lexicon:
    lang: str
    triggers: PhraseMatcher
    cues: PhraseMatcher
    grammar: dict = field(default_factory=dict)
    n_triggers: int = 0


def _also(entry: dict) -> tuple[tuple[str, str | None], ...]:
    out = []
    for item in entry.get("also") or []:
        etype, _, mode = str(item).partition("/")
        out.append((etype, mode or None))
    return tuple(out)


def _tail_keys(part: str, lang: str) -> tuple[frozenset[str], ...]:
    """Keys of a gapped phrase's later words: the word as written (and without its article),
    its lemmas or folded endings, but not the word with leading letters stripped as if they
    were proclitics: "מכלית" must not become "ית" and match "בית". The text side strips the
    clitics of the text's own tokens."""
    out = []
    for t in tokenize(match_form(part, lang)):
        ks = {a[0] for a in analyses(t.text, lang) if a[1] == 0}
        ks.update(strip_article(t.text, lang))
        out.append(frozenset(ks or {t.text}))
    return tuple(out)


def _specs(entry: dict, phrase: str, tails: tuple = ()) -> TriggerSpec:
    return TriggerSpec(
        event_type=entry["type"],
        mode=entry.get("mode"),
        cameo=str(entry["cameo"]) if entry.get("cameo") is not None else None,
        phrase=phrase,
        passive=bool(entry.get("passive", False)),
        nominal=bool(entry.get("nominal", False)),
        needs_actor=bool(entry.get("needs_actor", True)),
        needs_party=bool(entry.get("needs_party", False)),
        governs=bool(entry.get("governs", False)),
        future=bool(entry.get("future", False)) or entry.get("modality") == "future",
        circumstantial=bool(entry.get("circumstantial", False)),
        mutual=bool(entry.get("mutual", False)),
        inverse=bool(entry.get("inverse", False)),
        obliges=bool(entry.get("obliges", False)),
        subject_last=bool(entry.get("subject_last", False)),
        subject_first=bool(entry.get("subject_first", False)),
        context=tuple(entry.get("context") or ()),
        weight=float(entry.get("weight", 1.0)),
        tails=tails,
        also=_also(entry),
    )


@cache
def lexicon(lang: str) -> Lexicon:
    entries = load_yaml(f"{lang}/triggers.yaml") or []
    grammar = load_yaml(f"{lang}/grammar.yaml") or {}
    trig = PhraseMatcher()
    n = 0
    for entry in entries:
        for raw in entry.get("phrases") or []:
            for phrase in expand(raw):
                head, *rest = [p.strip() for p in phrase.split(" * ")]
                tails = tuple(_tail_keys(p, lang) for p in rest)
                trig.add(head, lang, _specs(entry, phrase, tails))
                n += 1
    cues = PhraseMatcher()
    for cat in CUE_CATEGORIES:
        for raw in grammar.get(cat) or []:
            for phrase in expand(str(raw)):
                cues.add(phrase, lang, cat)
    lex = Lexicon(lang, trig, cues, grammar, n)
    settle()
    return lex


def available_languages() -> list[str]:
    return [lang for lang in LANGUAGES if load_yaml(f"{lang}/triggers.yaml")]


@cache
def plover_table() -> dict:
    """The PLOVER event types of plover.yaml, with their settings."""
    return load_yaml("plover.yaml")["types"]


def plover_setting(key: str, default=None):
    """A top-level setting of plover.yaml."""
    return load_yaml("plover.yaml").get(key, default)
