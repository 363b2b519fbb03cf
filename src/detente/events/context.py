"""Recipients the sentence leaves implicit, found in the document's other events.

A directed act with no recipient in its sentence is addressed to the party its actor deals
with nearby (`context_recipients`); a reaction ("Moscow denied it", "Qatar condemned the
attack") to the author of the event it answers (`answer_recipients`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.events.lexicon import Lexicon, lexicon, plover_setting, plover_table, word_start
from detente.mentions import morphology
from detente.models import Event, Mention
from detente.normalise import match_form

# The reason _draft_author records: what a draft demands or condemns answers nothing and
# is addressed to no one its sentence does not name; the vote on it is.
DRAFT_CONTENT = "the author of the draft it describes"


def context_recipients(events: list[Event]) -> list[Event]:
    """A directed act with one actor and no recipient in its sentence is addressed to the
    party that actor deals with in the nearest event of the document (plover.yaml
    `context_recipient_sentences`): its recipient, or its actor when the actor was the
    recipient there. Earlier events are preferred to later ones."""
    window = int(plover_setting("context_recipient_sentences", 0) or 0)
    if window <= 0:
        return events
    types = plover_table()
    skip = frozenset(plover_setting("context_recipient_skip_sectors", ()) or ())
    at_home = frozenset(plover_setting("context_recipient_home_sectors", ()) or ())
    out = []
    for e in events:
        spec = types.get(e.event_type) or {}
        own = {a.country for a in e.actor if a.country}
        if (
            e.recipient
            or len(own) != 1
            or spec.get("undirected")
            or DRAFT_CONTENT in (e.why or "")
            # police act at home: their act is not addressed to a state the story names
            or (e.actor and all(a.sector in at_home for a in e.actor))
            or e.mode in (spec.get("joint_modes") or ())
            or e.sentence_index is None
            or e.trigger_start is None
        ):
            out.append(e)
            continue
        here = (e.sentence_index, e.trigger_start)
        best = None
        for o in events:
            if o is e or o.sentence_index is None or o.trigger_start is None:
                continue
            distance = abs(o.sentence_index - e.sentence_index)
            there = (o.sentence_index, o.trigger_start)
            # in its own sentence only an act told before it ("apologised to Aliyev in a
            # phone call"); "At the end of the summit in Cairo, Sisi made demands of
            # Israel" does not put Israel at the summit
            if distance > window or (distance == 0 and there > here):
                continue
            if own & {a.country for a in o.actor}:
                theirs = [r for r in o.recipient if r.country and r.country not in own]
            elif own & {r.country for r in o.recipient}:
                theirs = [
                    a
                    for a in o.actor
                    if a.country and a.country not in own and a.sector not in skip
                ]
            else:
                continue
            if not theirs:
                continue
            # earlier first, then nearer; of two as near, the later one in the text
            rank = (there > here, distance, tuple(-x for x in there))
            if best is None or rank < best[0]:
                best = (rank, o, theirs)
        if best is None:
            out.append(e)
            continue
        _, o, theirs = best
        out.append(
            _with_recipient(e, theirs, f"the party its actor deals with in '{o.trigger}' nearby")
        )
    return out


def meeting_recipients(events: list[Event], text: str, lang: str | None) -> list[Event]:
    """ "Делегации России и Украины провели переговоры ... Встречу открыл министр
    иностранных дел Турции": a meeting named again by its noun (grammar.yaml
    `meeting_anaphors`) whose one actor met no one in its sentence meets the parties of the
    latest earlier meeting, at most `context_recipient_sentences` sentences before."""
    window = int(plover_setting("context_recipient_sentences", 0) or 0)
    out = []
    for e in events:
        own = {a.country for a in e.actor if a.country}
        if (
            e.event_type != "CONSULT"
            or e.recipient
            or len(own) != 1
            or not lang
            or e.sentence_index is None
            or e.trigger_start is None
            or not _names_a_meeting(text[max(0, e.trigger_start - 12) : e.trigger_end], lang)
        ):
            out.append(e)
            continue
        earlier = [
            o
            for o in events
            if o.event_type == "CONSULT"
            and o.sentence_index is not None
            and 0 < e.sentence_index - o.sentence_index <= window
            and not own & {a.country for a in o.actor + o.recipient}
        ]
        o = max(earlier, key=lambda o: (o.sentence_index, o.trigger_start or 0), default=None)
        theirs = [] if o is None else [x for x in o.actor + o.recipient if x.country]
        if len({x.country for x in theirs}) < 2:
            out.append(e)
            continue
        out.append(_with_recipient(e, theirs, f"the parties of the meeting '{o.trigger}'"))
    return out


def told_event_parties(events: list[Event], text: str, lang: str | None) -> list[Event]:
    """ "Thousands rallied outside parliament ... The protests broke out after ...": an event
    named again by a definite noun ("the protests", `ההפגנות`, `الاحتجاجات`), with no party of
    its own, is the event of its type told before, and has that event's parties: the
    latest earlier event of the type in the document that names any. With none told
    before, it keeps no party (a self-contained event: "protests broke out in Yerevan")."""
    if not lang:
        return events
    out = []
    for e in events:
        if (
            e.actor
            or e.recipient
            or e.sentence_index is None
            or e.trigger_start is None
            or not _definite_event_noun(text, e, lang)
        ):
            out.append(e)
            continue
        earlier = [
            o
            for o in events
            if o.event_type == e.event_type
            and o.sentence_index is not None
            and o.sentence_index < e.sentence_index
            and (o.actor or o.recipient)
        ]
        o = max(earlier, key=lambda o: (o.sentence_index, o.trigger_start or 0), default=None)
        if o is None:
            out.append(e)
            continue
        out.append(
            _with_parties(e, o, f"those of the '{o.trigger}' told before, which the noun names")
        )
    return out


def _definite_event_noun(text: str, e: Event, lang: str) -> bool:
    """Does the trigger of ``e`` hold a noun of its own type with the definite article
    (morphology.yaml `article`, written joined) or after a determiner (grammar.yaml
    `told_event_determiners`, a word of its own)?"""
    lex = lexicon(lang)
    start = word_start(text, e.trigger_start or 0)
    words = list(re.finditer(r"\S+", text[start : e.trigger_end]))
    determiners = {
        match_form(str(w), lang).lower() for w in lex.grammar.get("told_event_determiners") or ()
    }
    if determiners and words:
        before = text[max(0, start - 40) : start].split()
        if before and match_form(before[-1], lang).lower() in determiners:
            return _names_type(words[0].group(), e.event_type, lex, lang)
    articles = tuple(morphology(lang).get("article") or ()) if lang in ("he", "ar") else ()
    if lang == "ar" and morphology(lang).get("lam_article"):
        articles += (str(morphology(lang)["lam_article"]),)
    if not articles:
        return False
    for w in words:
        word = w.group().rstrip(".,،:;")
        for m in lex.triggers.match(word, lang):
            head = word[: m.start] if m.start == len(m.prefix) else ""
            # the article is a stripped clitic ("ההפגנות") or written in the listed noun
            # ("التظاهرة"); a one-letter article cannot be told from a noun's first letter
            # ("הפגנות")
            definite = head.endswith(articles) or word[len(head) :].startswith(
                tuple(a for a in articles if len(a) > 1)
            )
            if (
                definite
                and m.start == len(m.prefix)
                and m.end >= len(word)
                and any(p.event_type == e.event_type for p in m.payloads)
            ):
                return True
    return False


def _names_type(word: str, event_type: str, lex: Lexicon, lang: str) -> bool:
    return any(
        p.event_type == event_type for m in lex.triggers.match(word, lang) for p in m.payloads
    )


def summoned_envoy_recipients(events: list[Event], text: str, lang: str | None) -> list[Event]:
    """ "Seoul summoned the Russian ambassador and demanded the withdrawal of North Korean
    troops", "to demand ...": what the summoner then demands, protests or warns of in the
    same sentence is said to the envoy, so it is addressed to the envoy's state, whatever
    party the demand is about. A summons is an event whose trigger holds a word of
    grammar.yaml `summon_words` (word beginnings)."""
    if not lang:
        return events
    stems = tuple(
        match_form(str(w), lang).lower() for w in lexicon(lang).grammar.get("summon_words") or ()
    )
    if not stems:
        return events
    summons = [
        o
        for o in events
        if o.event_type == "ACCUSE"
        and o.actor
        and o.recipient
        and o.trigger
        and any(w.startswith(stems) for w in match_form(o.trigger, lang).lower().split())
    ]
    if not summons:
        return events
    out = []
    for e in events:
        o = next(
            (
                o
                for o in summons
                if o.sentence_index == e.sentence_index
                and e.event_type in _SAID_TO_ENVOY
                and (o.trigger_end or 0) <= (e.trigger_start or 0)
                and {a.country for a in e.actor}
                <= {x.country for x in o.actor} | {x.country for x in o.recipient}
            ),
            None,
        )
        if o is None or (
            [a.country for a in e.actor] == [a.country for a in o.actor]
            and [r.country for r in e.recipient] == [r.country for r in o.recipient]
        ):
            out.append(e)
            continue
        out.append(
            _with_parties(e, o, f"the summoner and the envoy of '{o.trigger}', to whom it is said")
        )
    return out


_SAID_TO_ENVOY = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})


def _names_a_meeting(span: str, lang: str) -> bool:
    """Does ``span`` (a trigger and the words just before it) end on a noun naming a meeting
    told before ("the talks", "הפגישה", "الاجتماع"; word beginnings for ru)?"""
    nouns = lexicon(lang).grammar.get("meeting_anaphors") or ()
    return _names_listed(span, nouns, lang, at_end=True)


def _names_listed(span: str, phrases, lang: str, at_end: bool = False) -> bool:
    """Does ``span`` hold one of ``phrases`` as whole words (or, with ``at_end``, end on
    one)? Russian phrases are word beginnings, matched against one word."""
    words = match_form(span, lang).lower().split()
    if not words:
        return False
    text = " " + " ".join(words) + " "
    for n in phrases:
        n = match_form(str(n), lang).lower()
        if lang == "ru":
            if any(w.startswith(n) for w in (words[-1:] if at_end else words)):
                return True
        elif text.endswith(f" {n} ") if at_end else f" {n} " in text:
            return True
    return False


def _with_parties(e: Event, o: Event, source: str) -> Event:
    """``e`` with the actor and recipient of ``o``, and where they came from in why."""
    return replace(
        e,
        actor=list(o.actor),
        recipient=list(o.recipient),
        why=(e.why or "") + f"; parties: {source}",
    )


def _with_recipient(e: Event, theirs: list, source: str) -> Event:
    """``e`` with a recipient the sentence left implicit, and where it came from in why."""
    return replace(e, recipient=list(theirs), why=(e.why or "") + f"; recipient: {source}")


def _cause_after(text: str, e: Event, o: Event, lang: str | None) -> bool:
    """Is ``o`` told later in ``e``'s sentence, in a clause a cause word opens ("Tokyo
    protested after Seoul's president visited the islands"; grammar.yaml `cause_breaks`)?"""
    if not lang or e.trigger_end is None or o.trigger_start is None:
        return False
    if o.trigger_start <= e.trigger_end:
        return False
    words = [str(w) for w in lexicon(lang).grammar.get("cause_breaks") or ()]
    between = f" {match_form(text[e.trigger_end : o.trigger_start], lang).lower()} "
    between = re.sub(r"[,،;:]", " ", between)
    return any(f" {match_form(w, lang).lower()} " in between for w in words)


def _later(o: Event, e: Event) -> bool:
    """Is ``o`` dated after ``e``, at the precision both dates share?"""
    if not o.date or not e.date:
        return False
    n = min(len(o.date), len(e.date))
    return o.date[:n] > e.date[:n]


def answer_recipients(
    events: list[Event], by_sentence: dict[int, list[Mention]], text: str, lang: str | None = None
) -> list[Event]:
    """A reaction with an actor but no recipient ("...; Moscow denied it") is addressed to
    the actor of the event it answers: the nearest earlier event, in its sentence or the
    one before, whose actor is another country, or in which the same actor dealt with
    another country (plover.yaml `answers`)."""
    types = plover_table()
    out = []
    for e in events:
        own = {a.country for a in e.actor if a.country}
        answers = (types.get(e.event_type) or {}).get("answers")
        if isinstance(answers, list):
            answers = e.mode in answers
        if e.recipient and own and answers:
            out.append(_author_of_named_event(e, events, own, text, lang))
            continue
        if e.recipient or not own or not answers or DRAFT_CONTENT in (e.why or ""):
            out.append(e)
            continue
        before = None
        for o in events:
            if None in (o.sentence_index, e.sentence_index, o.trigger_start, e.trigger_start):
                continue
            same = o.sentence_index == e.sentence_index and (
                o.trigger_start < e.trigger_start or _cause_after(text, e, o, lang)
            )
            if not (same or o.sentence_index == e.sentence_index - 1) or o.negated:
                continue
            if _later(o, e):
                # "Lithuania condemned the move. Last week, Russia suspended the treaty": an
                # act dated before another is not an answer to it
                continue
            theirs = [a for a in o.actor if a.country and a.country not in own]
            if theirs and o.event_type == e.event_type:
                # "France condemned Russia's strike. Germany also condemned it": a like act
                # by another party before it is joined, not answered, and shares its
                # recipient; unless that recipient is this actor, which answers in kind
                # ("Poland expelled Russian diplomats; Russia expelled Polish ones")
                shared = [r for r in o.recipient if r.country and r.country not in own]
                if shared or not o.recipient:
                    theirs = shared
            if not theirs and {a.country for a in o.actor} & own:
                # the same actor's earlier act names the counterpart it is dealing with
                theirs = [r for r in o.recipient if r.country and r.country not in own]
            key = (o.sentence_index, o.trigger_start)
            if theirs and (before is None or key > before[0]):
                joined = o.event_type == e.event_type and theirs[0] in o.recipient
                before = (key, o, theirs, joined)
        if before is None and e.sentence_index is not None and e.trigger_start is not None:
            # "IDF forces entered the buffer zone, and Turkey and Qatar condemned the move":
            # with no coded event to answer, the subject of an earlier clause of the
            # sentence is the one answered.
            first = min(
                (
                    m
                    for m in by_sentence.get(e.sentence_index, [])
                    if m.role == "actor" and m.country and m.end <= e.trigger_start
                ),
                key=lambda m: m.start,
                default=None,
            )
            if (
                first is not None
                and first.country not in own
                and any(ch in text[first.end : e.trigger_start] for ch in ",;،؛")
            ):
                before = (None, None, [first.entity()], False)
        if before is None:
            named = _named_earlier_event(e, events, own, text, lang)
            before = (*named, False) if named is not None else None
        if before is None:
            out.append(e)
            continue
        _, o, theirs, joined = before
        if joined:
            source = f"the recipient of the like act it joins ('{o.trigger}')"
        elif o is not None:
            source = f"the other party of the event it answers ('{o.trigger}')"
        else:
            source = f"the subject of the clause it answers ('{theirs[0].raw_text}')"
        out.append(_with_recipient(e, theirs, source))
    return out


def _author_of_named_event(e: Event, events: list[Event], own: set, text: str, lang: str | None):
    """ "Saudi Arabia condemned the attack and called it a violation of Iran's sovereignty":
    a reaction to an earlier event named by its noun is addressed to that event's author.
    When the only parties the sentence gave it are the targets of such an event, they are
    the victims the sentence speaks of, not the ones the reaction is aimed at."""
    types = _object_types(e, text, lang) or _types_inside(e, text, lang)
    mine = {r.country for r in e.recipient}
    if not types or None in mine:
        return e
    best = _latest_named(e, events, types, own | mine, mine)
    if best is None:
        return e
    _, o, theirs = best
    why = f"the author of the event it names ('{o.trigger}'), not its target"
    return replace(e, recipient=list(theirs), why=(e.why or "") + f"; recipient: {why}")


def _types_inside(e: Event, text: str, lang: str | None) -> set[str]:
    """ "אינה מעורבת בתקיפות נגד איראן", "took part in the strikes": a trigger of a mode that
    names the act it takes part in (plover.yaml `names_act`) holds that act's noun; its
    types, other than the trigger's own."""
    spec = plover_table().get(e.event_type) or {}
    if not lang or e.mode not in (spec.get("names_act") or ()) or e.trigger_start is None:
        return set()
    words = text[e.trigger_start : e.trigger_end].split()[1:]
    lex = lexicon(lang)
    return {
        p.event_type
        for w in words
        for m in lex.triggers.match(w, lang)
        for p in m.payloads
        if p.event_type not in (e.event_type, "NONE")
    }


_OBJECT_WINDOW = 40  # characters after a reaction's trigger where its object noun stands


def _object_types(e: Event, text: str, lang: str | None) -> set[str]:
    """Types of the earlier events a reaction's object names again ("the attack",
    "الهجوم", "התקיפה", "атаку")."""
    if not lang or e.trigger_end is None or e.sentence_index is None:
        return set()
    window = text[e.trigger_end : e.trigger_end + _OBJECT_WINDOW]
    window = re.split(r"[,.;:!?،؛\n]", window, maxsplit=1)[0]
    window = re.sub(r"[^\w\s'-]", " ", window)
    if not window.strip():
        return set()
    return _answered_types(window, lexicon(lang), lang)


def _named_earlier_event(e: Event, events: list[Event], own: set, text: str, lang: str | None):
    """ "Qatar condemned the attack": a reaction whose object is the noun of an earlier
    event ("the attack", "الهجوم", "התקיפה", "атаку") answers the latest earlier event of
    that type in the document, whatever the distance, by another party."""
    types = _object_types(e, text, lang)
    if not types:
        return None
    return _latest_named(e, events, types, own)


def _latest_named(e: Event, events: list[Event], types: set, exclude: set, victims=frozenset()):
    """The latest event before ``e``'s sentence of one of ``types``, not negated, done to
    all of ``victims``, by a party outside ``exclude``: (position, event, those parties)."""
    best = None
    for o in events:
        if (
            o.event_type not in types
            or o.negated
            or o.sentence_index is None
            or o.sentence_index >= e.sentence_index
            or not victims <= {r.country for r in o.recipient}
        ):
            continue
        theirs = [a for a in o.actor if a.country and a.country not in exclude]
        key = (o.sentence_index, o.trigger_start or 0)
        if theirs and (best is None or key > best[0]):
            best = (key, o, theirs)
    return best


def _answered_types(window: str, lex: Lexicon, lang: str) -> set[str]:
    """Types of the earlier events that ``window`` names again (grammar.yaml
    `answer_nouns`): whole phrases for he/ar/en, word beginnings for ru."""
    table = lex.grammar.get("answer_nouns") or {}
    return {etype for etype, nouns in table.items() if _names_listed(window, nouns, lang)}
