"""Event coder: sentences + resolved actor mentions -> PLOVER events.

Per sentence: triggers and grammatical cues are matched from the language's data files;
actor and recipient are chosen from the actor mentions of the trigger's clause by word
order, agent and recipient markers, passive voice and (Russian) case; negation, modality
and the event's date come from cues and date expressions around the trigger. Every event
keeps the trigger and a short reason so an analyst can see why it was coded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from detente.events.context import (
    DRAFT_CONTENT,
    answer_recipients,
    context_recipients,
    meeting_recipients,
    summoned_envoy_recipients,
    told_event_parties,
)
from detente.events.frames import date_framed
from detente.events.headline import date_headline, headline_index, headline_parties
from detente.events.lexicon import (
    Lexicon,
    TriggerSpec,
    lexicon,
    plover_setting,
    plover_table,
    word_start,
)
from detente.events.speaker import (
    first_person_mentions,
    first_person_verb,
    quote_speakers,
    third_person_reading,
)
from detente.mentions import keys, morphology, tokenize
from detente.models import Document, Event, Evidence, Mention, Sentence
from detente.normalise import match_form, normalise
from detente.normalise.dates import find_dates, weekday_after
from detente.resources import LANGUAGES, load_yaml

__all__ = ["code_document", "code_text", "plover_table"]

_CLAUSE_PUNCT = set(";:—–()[]\n")
_WORD_CHARS_MIN = 1


@dataclass
class _Span:
    start: int
    end: int
    kind: str  # trigger | cue category
    spec: TriggerSpec | None = None
    text: str = ""
    head_end: int | None = None  # end of the first part of a gapped phrase
    tail_start: int | None = None  # start of its second part (after the gap)


@dataclass
class _Group:
    mentions: list[Mention]  # one head mention per participant
    first: Mention | None = None  # first and last mention of the span the group covers
    last: Mention | None = None

    @property
    def start(self) -> int:
        return self.first.start

    @property
    def end(self) -> int:
        return self.last.end


def code_document(
    doc: Document,
    sentences: list[Sentence],
    mentions: list[Mention],
    *,
    match_text: str | None = None,
) -> list[Event]:
    text = match_text if match_text is not None else doc.text
    by_sentence: dict[int, list[Mention]] = {}
    groups_by: dict[int, list[Mention]] = {}  # "the police": parties only a context can place
    for m in mentions:
        # places count only as where something happened (a possible recipient), never as actors
        if m.role not in ("actor", "group") and not (m.role == "location" and m.country):
            continue
        idx = m.sentence_index
        if idx is None:
            idx = next((s.index for s in sentences if s.start <= m.start < s.end), None)
        if idx is not None:
            (groups_by if m.role == "group" else by_sentence).setdefault(idx, []).append(m)
    events: list[Event] = []
    section_date: tuple[str, str, str] | None = None  # (value, precision, why)
    broken = doc.rtl_broken
    named: str | None = None  # the last date the text named, for "the same day", "the next day"
    para_date: tuple[str, str, str] | None = None  # the last date named in this paragraph
    prev_end = 0
    topic: dict = {"prev": None}
    head = headline_index(text, sentences)
    lead_dates: list = []
    for s in sentences:
        lang = s.language or doc.language
        lex = lexicon(lang) if lang else None
        sent_text = text[s.start : s.end]
        if "\n" in text[prev_end : s.start]:
            para_date = None
        prev_end = s.end
        dates = find_dates(sent_text, lang, doc.date, previous=named) if lang else []
        if head is not None and s.index == head + 1:
            lead_dates = dates
        # A dated paragraph goes on about its day: a later sentence of it with no date of
        # its own ("Azerbaijan demanded an investigation") shares it. Not in a broken
        # extraction, whose order of sentences is not the writer's.
        carried = None if broken else para_date or section_date
        if dates:
            named = dates[-1].value
        # "their lowest since 2021": a date that opens a period dates nothing that follows
        own = [d for d in dates if not _opens_a_period(sent_text, d, lang)]
        if own:
            d = own[-1]
            para_date = (d.value, d.precision, f"'{d.text}' earlier in the paragraph")
        if lex is None or lex.n_triggers == 0:
            continue
        said = by_sentence.get(s.index, [])
        found = _code_sentence(
            doc,
            s,
            sent_text,
            lang,
            lex,
            said + first_person_mentions(text, s, lang, said),
            dates,
            carried,
            broken,
            topic,
            groups_by.get(s.index, []),
            quote_speakers(text, s, said),
        )
        found = _protest_demands(found, lang)
        found = _conditional_threats(found, text, s, by_sentence.get(s.index, []), lang)
        # the subject a pronoun in the next sentence refers to: this sentence's first
        # actor, or its first named party
        parties = [m for m in by_sentence.get(s.index, []) if m.role == "actor"]
        topic = {
            "prev": topic.get("first") or parties[:1] or None,
            "scene": topic.get("scene"),
            "last_event": topic.get("last_event"),
        }
        events += found
        done = [
            e for e in found if not e.negated and e.actor and e.modality in ("asserted", "reported")
        ]
        if done:
            topic["last_event"] = done[-1]
        heading = _heading_date(sent_text, dates)
        if heading:
            section_date = (*heading, "section heading")
        elif doc.date is None and own:
            # An undated document has no better anchor than the last date it gave.
            d = own[-1]
            section_date = (
                d.value,
                d.precision,
                "carried from an earlier sentence (undated document)",
            )
    lead = next((s for s in sentences if head is not None and s.index == head + 1), None)
    if lead is not None:
        if doc.date:
            events = date_headline(events, head, lead, lead_dates, doc, text)
        events = headline_parties(events, head, lead)
    events = answer_recipients(events, by_sentence, text, doc.language)
    if not broken:
        events = date_framed(events, sentences, text, doc.language)
        events = meeting_recipients(events, text, doc.language)
        events = told_event_parties(events, text, doc.language)
        events = summoned_envoy_recipients(events, text, doc.language)
    return events if broken else context_recipients(events)


_GAP = r" (?:\S+ ){0,3}?"  # up to three words, where a listed phrase has " * "


def _conditional_threats(found: list[Event], text: str, s: Sentence, mentions, lang):
    """ "will withdraw its force from Chad unless ...", "هجومها انتهى، ما لم تقدم تل أبيب
    على التصعيد": a hostile act made to hang on what the other party does (grammar.yaml
    `unless_words` after its trigger, in its sentence, or `if_words` after one still ahead)
    is also a threat of it (CAMEO 13) to that party: the act's recipient, else the first
    party named after the cue. Which acts are hostile, and the threat's mode, is plover.yaml
    `threat_mode`."""
    unless = _grammar_stems(lang, "unless_words") if lang else ()
    # "would impose tariffs if they created a currency": an act still ahead, promised on a
    # condition (grammar.yaml `if_words`); an act told as done is not ("struck ..., and it
    # is unclear if")
    cond = _grammar_stems(lang, "if_words") if lang else ()
    if not unless and not cond:
        return found
    types = plover_table()
    table = types["THREATEN"]
    out = list(found)
    for e in found:
        # plover.yaml `threat_mode`: the THREATEN mode of a hostile act, for the whole type
        # or per mode
        mode = (types.get(e.event_type) or {}).get("threat_mode")
        if isinstance(mode, dict):
            mode = mode.get(e.mode)
        if mode is None or e.negated or not e.actor or e.trigger_end is None:
            continue
        words = unless + (cond if e.modality in ("future", "hypothetical") else ())
        after = " " + match_form(text[e.trigger_end : s.end], lang).lower() + " "
        # a listed "*" stands for up to three words ("если * не": "если Киев не")
        found_at = [
            (m.start(), w)
            for w in words
            for m in [re.search(" " + _GAP.join(map(re.escape, w.split(" * "))) + " ", after)]
            if m
        ]
        if not found_at:
            continue
        at, cue = min(found_at)
        own = {a.country for a in e.actor}
        recipient = (
            list(e.recipient)
            or [
                m.entity()
                for m in sorted(mentions, key=lambda m: m.start)
                if m.start >= e.trigger_end + at and m.role == "actor" and m.country not in own
            ][:1]
        )
        if not recipient or any(
            (x.event_type, x.trigger_start) == ("THREATEN", e.trigger_start) for x in out
        ):
            continue
        out.append(
            replace(
                e,
                event_type="THREATEN",
                mode=mode,
                cameo="13",
                intensity=(table.get("modes") or {}).get(mode, table["intensity"]),
                recipient=recipient,
                # the act may lie ahead; the threat is made now
                modality="reported" if e.modality == "reported" else "asserted",
                why=(e.why or "") + f"; also a threat: the act hangs on '{cue}'",
            )
        )
    return out


def _protest_demands(found: list[Event], lang: str | None) -> list[Event]:
    """ "Thousands rallied in Tbilisi, demanding new elections", "تظاهر آلاف ... مطالبين
    برحيل البشير": what protesters demand as they protest is what the protest is about,
    not an act of its own. A demand told by such a participle (grammar.yaml
    `protest_demand_words`) after a protest in the same sentence, with no other actor, is
    dropped."""
    words = _grammar_words(lang, "protest_demand_words") if lang else frozenset()
    protests = [e for e in found if e.event_type == "PROTEST" and e.trigger_end is not None]
    if not words or not protests:
        return found
    out = []
    for e in found:
        first = match_form((e.trigger or "").split(" ")[0], lang).lower() if e.trigger else ""
        mine = {a.country for a in e.actor}
        if (
            e.event_type == "REQUEST"
            and first in words
            and any(
                p.trigger_end <= (e.trigger_start or 0)
                and (not mine or not p.actor or mine <= {a.country for a in p.actor})
                for p in protests
            )
        ):
            continue
        out.append(e)
    return out


def _choose_spec(m, norm, tokens, lang, max_gap, named=frozenset()):
    """The best trigger reading of a match: a gapped phrase whose later parts are found
    wins; otherwise the first plain phrase; a match with only unverified gapped phrases
    codes nothing. Tokens in ``named`` (inside actor names) do not count towards a gap, so
    "قطعت السعودية والإمارات والبحرين ومصر علاقاتها" still joins verb and object."""
    plain = None
    best = None
    for spec in m.payloads:
        if not spec.tails:
            if plain is None:
                plain = (spec, m.end, None)
            continue
        found = _find_tails(spec.tails, tokens, m.token_end, lang, max_gap, named)
        if found is not None and (best is None or found[0] > best[0]):
            best = (*found, spec)
    if best is not None:
        end_tok, tail_tok, spec = best
        tail = tokens[tail_tok]
        return spec, norm.span(0, tokens[end_tok - 1].end)[1], norm.span(tail.start, tail.end)[0]
    return plain


def _take_verb_word(t: _Span, text: str, mentions: list[Mention]) -> None:
    """Trim the description whose last word is the verb that opens trigger ``t``."""
    for m in mentions:
        if (
            m.kind == "description"
            and m.role == "actor"
            and m.start < t.start < m.end == (t.head_end or t.end)
            and text[m.start : t.start].strip()
        ):
            m.end = m.start + len(text[m.start : t.start].rstrip())
            m.raw_text = text[m.start : m.end]
            return


def _yield_subject_word(t: _Span, text: str, mentions: list[Mention]) -> None:
    """Trim trigger ``t`` off the armed forces' description that overlaps one end of it."""
    for m in mentions:
        if m.kind != "description" or m.sector != "MIL" or m.role != "actor":
            continue
        if t.spec.subject_last and t.start < m.start < t.end < m.end:
            if text[t.start : m.start].strip():
                t.end = t.start + len(text[t.start : m.start].rstrip())
                t.head_end = min(t.head_end or t.end, t.end)
            return
        if t.spec.subject_first and m.start <= t.start < m.end < (t.head_end or t.end):
            rest = text[m.end : t.end]
            t.start = m.end + len(rest) - len(rest.lstrip())
            return


def _shorter_reading(lex, m, norm, tokens, lang, max_gap, named):
    """A match whose longest phrase codes nothing (a gapped phrase whose later part is not
    there: "ready to take * action" in "ready to take part") may still begin a shorter
    phrase ("ready to"); the longest such reading, or (m, None)."""
    for stop in range(m.token_end - 1, m.token_start, -1):
        found = lex.triggers.match_tokens(norm, tokens[m.token_start : stop], lang)
        if not found or found[0].token_start != 0:
            continue
        short = replace(
            found[0],
            token_start=found[0].token_start + m.token_start,
            token_end=found[0].token_end + m.token_start,
        )
        span = _choose_spec(short, norm, tokens, lang, max_gap, named)
        if span is not None:
            return short, span
    return m, None


def _owns(o: _Span, t: _Span) -> bool:
    """Trigger ``o`` covers where ``t`` starts, other than in the gap between its parts."""
    if not o.start < t.start < o.end:
        return False
    in_gap = o.tail_start is not None and o.head_end <= t.start and t.end <= o.tail_start
    return not in_gap


@lru_cache(maxsize=None)
def _gap_stops(lang: str) -> frozenset[str]:
    """Complementisers (grammar.yaml `gap_stops`: "that", "כי", "أن", "что") that, with a
    named party right after them, open a clause of its own."""
    if not lang:
        return frozenset()
    # the written forms and their match forms, so that a token is looked up as it stands
    raw = {str(w).lower() for w in lexicon(lang).grammar.get("gap_stops") or ()}
    return frozenset(raw | set(_grammar_stems(lang, "gap_stops")))


def _find_tails(tails, tokens, i, lang, max_gap, named=frozenset()):
    """Token index after the last part and index of the first part's first token, or None."""
    from detente.mentions import key_set

    stops = _gap_stops(lang)
    first = None
    for part in tails:
        found = None
        start, gap, stopped = i, 0, False
        head, more = part[0], part[1:]
        while start < len(tokens) and gap <= max_gap:
            if start + len(part) > len(tokens):
                break
            # the first word rules out nearly every position; test the rest only after it
            if not head.isdisjoint(key_set(tokens[start].text, lang)) and all(
                not want.isdisjoint(key_set(tokens[start + j].text, lang))
                for j, want in enumerate(more, 1)
            ):
                found = start + len(part)
                break
            if stopped and start in named:
                # "הודיעו ארה"ב ... כי ישראל וחמאס הסכימו על הפסקת אש": a complement that
                # opens with a subject of its own holds its own act; the phrase does not
                # reach into it
                break
            stopped = tokens[start].text.lower() in stops
            gap += start not in named
            start += 1
        if found is None:
            return None
        if first is None:
            first = start
        i = found
    return i, first


def s_text_between(m: Mention, a: int, s: Sentence) -> str:
    return s.text[m.end - s.start : a - s.start]


@lru_cache(maxsize=None)
def _sector_group(name: str) -> frozenset[str]:
    """A set of PLOVER sector or actor codes the coder treats alike (plover.yaml
    `sector_groups`, where each is explained)."""
    return frozenset(plover_setting("sector_groups", {}).get(name) or ())


def _background_object(text: str, g: _Span, start: int, t: _Span, cues: list[_Span], trig) -> bool:
    """Is ``t`` the noun a factive governor (plover.yaml ``factive_modes``: condemning,
    deploring) takes as its object, a few words after ``start`` (the governor's end, or
    its subject's after a verb-first governor) with nothing between them that opens a
    clause ("condemned the Israeli strike", "осудила удар России")?"""
    if g.spec.mode not in plover_table()[g.spec.event_type].get("factive_modes", ()):
        return False
    if _words_between(text, start, t.start) > 3 or any(
        ch in text[g.end : t.start] for ch in ",،;:"
    ):
        return False
    return not any(
        c.kind in ("clause_breaks", "subject_carriers") and g.end <= c.start < t.start for c in cues
    ) and not any(o is not g and o is not t and g.end <= o.start < t.start for o in trig)


def _reacted_to(text, t: _Span, i: int, trig, actor_g) -> _Span | None:
    """The reaction trigger (plover.yaml ``reacts``) whose object the trigger ``t`` is:
    before it, with at most two words between them besides the reactor's name."""
    for r in reversed(trig[:i]):
        if r.end > t.start or r.spec.mode not in plover_table()[r.spec.event_type].get(
            "reacts", ()
        ):
            continue
        gap = text[r.end : t.start]
        if actor_g.start >= r.end:
            # verb-first: "رحب السيسي ب"; the reactor must stand right after the verb
            # ("رحبت الجزائر بتوصل مالي والنيجر": the parties are not the reactor)
            if _words_between(text, r.end, actor_g.start) > 1:  # "رحب الرئيس السيسي"
                continue
            gap = text[actor_g.end : t.start]
        elif actor_g.end > r.start:
            continue
        words = [w.lower() for w in gap.split()]
        if (
            len(tokenize(gap)) <= 2
            and not any(ch in gap for ch in ",،;:")
            # "welcomed and signed the deal": a second verb of the reactor's own
            and not _and_prefixed(text, t.start)
            and not _and_words() & set(words)
        ):
            return r
    return None


def _clause_places(text: str, mentions: list[Mention], cs: int, ce: int) -> list[Mention]:
    """The places the clause names, in order: locations, and the place inside a body named
    by it ("protesters in Moscow" still says the arrest happened in Moscow)."""
    out = []
    for m in mentions:
        if not m.country or not cs <= m.start < ce:
            continue
        if m.role == "location":
            out.append(m)
        elif m.place_start is not None:
            out.append(
                replace(
                    m, start=m.place_start, raw_text=text[m.place_start : m.end], role="location"
                )
            )
    return out


def _placed(g: Mention, country: str) -> Mention:
    return replace(
        g, country=country, role="actor", entity_name=f"{g.entity_name or g.raw_text} ({country})"
    )


def _group_actor(text, lang, t: _Span, cs, ce, mentions, groups, recip_g, topic):
    """ "המשטרה פיזרה את המפגינים", "Rebels ... dismissed an appeal from President Gbagbo":
    a group named as the subject with no country of its own belongs to the place the
    clause names, else to the state whose organ it addresses, else (for local bodies) to
    the scene of the story. Returns (group, how) or None."""
    cand = [
        g
        for g in groups
        if cs <= g.start
        and g.end <= t.start
        and _words_between(text, g.end, t.start) <= 3
        and not any(g.end <= m.start < t.start for m in mentions if m.role == "actor")
        and g.sector in _sector_group("acting")
        # "Губернатор сообщил об обстреле Белгорода": who reports the act is not its actor
        and not _reported_by(text, _group_from(text, [g]), t, lexicon(lang))
    ]
    if not cand and lang in ("ar", "he"):
        # verb-first: "اعتقلت الشرطة عشرات المتظاهرين", "עצרה המשטרה עשרות מפגינים"
        lo = t.head_end or t.end
        cand = [
            g
            for g in groups
            if lo <= g.start < ce
            and _words_between(text, lo, g.start) <= 1
            and g.sector in _sector_group("acting")
        ][:1]
    if not cand:
        return None
    g = cand[-1]

    # the nearest place ("משרד החוץ בירושלים", "in dozens of Iranian cities ... the
    # security forces"), not one an earlier party's act names
    places = _clause_places(text, mentions, cs, ce)
    place = min(
        places, key=lambda m: m.start - g.end if m.start >= g.end else g.start - m.end, default=None
    )
    if place is not None:
        return _group_from(text, [_placed(g, place.country)]), (
            f"; actor: '{g.raw_text}' of the place it happens in ('{place.raw_text}')"
        )
    if (
        recip_g is not None
        and g.sector in _sector_group("domestic")
        and len({m.country for m in recip_g.mentions}) == 1
        and all(m.sector in _sector_group("state") for m in recip_g.mentions)
    ):
        r = recip_g.mentions[0]
        return _group_from(text, [_placed(g, r.country)]), (
            f"; actor: '{g.raw_text}' of the state it addresses ('{r.raw_text}')"
        )
    scene = topic.get("scene") if topic is not None else None
    if scene is not None and g.sector in _sector_group("local"):
        return _group_from(text, [_placed(g, scene.country)]), (
            f"; actor: '{g.raw_text}' of the place the story was filed from ('{scene.raw_text}')"
        )
    return None


def _state_of_place(text, t: _Span, cs, ce, mentions, groups, recip_g):
    """ "Three journalists were arrested in Moscow": an arrest with no named agent is the
    state's where it happens, and people of no stated country are that state's people.
    Returns (actor, recipient, how) or None."""
    place = next(iter(_clause_places(text, mentions, cs, ce)), None)
    if place is None:
        return None
    state = replace(
        place,
        role="actor",
        sector="GOV",
        entity_name=f"authorities in {place.entity_name}",
        wikidata_id=None,
    )
    how = f"; actor: the state of the place it happens in ('{place.raw_text}')"
    if recip_g is None:
        # the passive subject, before the verb or (verb first) right after it
        far = t.head_end or t.end
        near = [g for g in groups if cs <= g.start and g.end <= t.start]
        near = (
            near[-1:]
            or [
                g for g in groups if far <= g.start < ce and _words_between(text, far, g.start) <= 1
            ][:1]
        )
        if near and _words_between(text, near[0].end, t.start) <= 3:
            recip_g = _group_from(text, [_placed(near[0], place.country)])
    else:
        ms = [m if m.country else _placed(m, place.country) for m in recip_g.mentions]
        if any(m.role == "location" for m in ms):
            recip_g = None
        else:
            recip_g = _group_from(text, ms)
    return _group_from(text, [state]), recip_g, how


def _own_group_recipient(text, t: _Span, s, ce, mentions, groups, actor_g, event_type):
    """ "Egyptian police opened fire to disperse demonstrators", "the government accepted
    demands from rebels": a state acting at home on a group of no stated country acts on
    its own people; a protest at "the parliament" or "the government" of no stated country
    is aimed at the protesters' own. Returns (group, how) or None."""
    own = {m.country for m in actor_g.mentions}
    if len(own) != 1 or plover_table()[event_type].get("own_people", True) is False:
        return None
    country = next(iter(own))
    if not country or country in _sector_group("non_state"):
        return None
    # another country in the sentence may be whose people they are (a protest's target
    # is checked near it, below)
    if event_type != "PROTEST" and any(
        m.country and m.country != country for m in mentions if s.start <= m.start < s.end
    ):
        return None
    sectors = {m.sector for m in actor_g.mentions}
    if event_type == "PROTEST":
        if sectors & _sector_group("state"):
            return None
        wanted, stop = {"GOV", "LEG", "JUD"}, s.end
    else:
        # troops act abroad as often as at home; police and governments act at home
        if "MIL" in sectors or (event_type == "ASSAULT" and sectors != {"COP"}):
            return None
        wanted, stop = _sector_group("domestic"), ce
    # the object may sit inside a gapped phrase ("פיזרה * מפגינים"); a protest's target
    # may come late ("rallied for a third night outside parliament")
    lo, far = t.start + 1, t.head_end or t.end
    if actor_g.start > t.start and _words_between(text, far, actor_g.start) <= 1:
        lo = far = actor_g.end  # a verb-first subject: the object comes after it
    near = 50 if event_type == "PROTEST" else 4
    # people named by the actor's own place ("עצרה עשרות מפגינים במוסקבה") are its own too
    located = [m for m in mentions if m.place_start is not None and m.country == country]
    g = next(
        (
            g
            for g in sorted([*groups, *located], key=lambda g: g.start)
            if lo <= g.start < stop
            and g.sector in wanted
            and _words_between(text, far, g.start) <= near
            and not any(lo <= m.start < g.start for m in mentions if m.role == "actor")
        ),
        None,
    )
    if g is None:
        return None
    if event_type == "PROTEST" and any(
        m.country and m.country != country
        for m in mentions
        if lo <= m.start and m.end <= g.end + 20
    ):
        return None  # "outside the parliament of X", "the Israeli government"
    return _group_from(text, [g if g.country else _placed(g, country)]), (
        f"; recipient: '{g.raw_text}', the actor's own (no other country named)"
    )


# "ANKARA, March 8 (Reuters) -", "BAKU, Dec. 27 —": the date read as written, for a document
# with no date of its own against which to resolve it
_DATELINE_TAIL = re.compile(
    r"\s*,\s*[^,()\n]{0,20}\d[^,()\n]{0,12}?\s*(\([^()\n]{1,40}\)\s*)?[-–—]"
)


# "TBILISI - Georgian police ...", "טביליסי – המשטרה ...": a place and a dash open the story
_DATELINE_DASH = re.compile(r"\s*[-–—]\s")


def _in_dateline(m: Mention, s: Sentence, dates, text: str = "") -> bool:
    if (
        m.kind == "place"
        and m.start - s.start < 3
        and (_DATELINE_TAIL.match(text, m.end) or _DATELINE_DASH.match(text, m.end))
    ):
        return True
    for d in dates:
        a = d.start + s.start
        # "BAKU, Dec. 27 —": place, comma, date; "Москва в субботу" is a subject.
        if (
            m.kind == "place"
            and 0 <= a - m.end <= 3
            and "," in s_text_between(m, a, s)
            and a - s.start < 60
        ):
            return True
    return False


_CREDIT_CLOSE = re.compile(r"\s*\)\s*[-–—]")


def _agency_credit(text: str, m: Mention) -> bool:
    """Is ``m`` alone in parentheses before a dash, as a wire agency's tag is?"""
    return text[: m.start].rstrip().endswith("(") and bool(_CREDIT_CLOSE.match(text, m.end))


def _before_credit(text: str, s: Sentence, m: Mention, credits: list[Mention]) -> bool:
    """Is ``m`` a place opening the sentence right before an agency's tag ("MOSCOW (AFP) -")?"""
    return (
        m.kind == "place"
        and m.start - s.start < 60
        and any(c.start > m.end and text[m.end : c.start].strip(" ,،\t") == "(" for c in credits)
    )


def _comma_opened(
    text: str, s: Sentence, pos: int, lang: str, words, n: int, inflected: bool = False
) -> int | None:
    """The last comma of the sentence before ``pos`` when one of its first ``n`` words after
    it is in ``words`` (``inflected``: any of its forms, "которая" for "который"), else
    None: the start of an apposition or a relative clause that ``pos`` stands in."""
    if not words:
        return None
    comma = text.rfind(",", s.start, pos)
    if comma < 0:
        return None
    opener = tokenize(text[comma + 1 : pos].lower())[:n]
    if inflected:
        return comma if any(words.intersection(keys(w.text, lang)) for w in opener) else None
    return comma if any(w.text in words for w in opener) else None


def _in_apposition(text: str, s: Sentence, m: Mention, mentions, trig, lex: Lexicon) -> bool:
    """Is ``m`` inside an apposition: a comma right after another party, a word of
    grammar.yaml `apposition_openers` ("a", "an"), and a comma closing it before any
    trigger ("Pakistan, a neighbour of Afghanistan, accused")?"""
    comma = _comma_opened(
        text, s, m.start, lex.lang, _grammar_words(lex.lang, "apposition_openers"), 1
    )
    if comma is None or any(comma < t.start < m.start for t in trig):
        return False
    # the party it describes ends right before the comma
    if not any(o.end <= comma and not text[o.end : comma].strip() for o in mentions):
        return False
    close = text.find(",", m.end, s.end)
    return close >= 0 and not any(m.end <= t.start < close for t in trig)


def _heading_date(sent_text: str, dates) -> tuple[str, str] | None:
    """A short heading line with a date ("The downing (December 2024):") dates what follows."""
    stripped = sent_text.strip()
    if dates and (stripped.endswith(":") or (len(stripped) < 80 and stripped[-1:] not in ".!?؟")):
        d = dates[-1]
        return d.value, d.precision
    return None


def _names_attack(text: str, lex: Lexicon, lang: str) -> bool:
    """Does a description's own wording hold an attack word ("Israeli strike")?"""
    cache = lex.__dict__.setdefault("_names_attack", {})
    if text not in cache:
        norm = normalise(text, lang)
        tokens = tokenize(norm.text)
        max_gap = int(lex.grammar.get("max_gap", 3))
        cache[text] = any(
            span is not None and span[0].event_type == "ASSAULT"
            for span in (
                _choose_spec(m, norm, tokens, lang, max_gap)
                for m in lex.triggers.match_tokens(norm, tokens, lang)
            )
        )
    return cache[text]


def _code_sentence(
    doc,
    s,
    sent_text,
    lang,
    lex: Lexicon,
    mentions,
    dates,
    section_date,
    broken,
    topic=None,
    groups=(),
    quotes=(),
):
    # «نحذر واشنطن»: a quoted first-person verb matches as its third-person form
    norm = third_person_reading(normalise(sent_text, lang), s.start, quotes, lang)
    tokens = tokenize(norm.text)
    max_gap = int(lex.grammar.get("max_gap", 3))
    spans = [(m.start - s.start, m.end - s.start) for m in mentions if m.role == "actor"]
    named = frozenset(
        k
        for k, tok in enumerate(tokens)
        if any(a < b2 and a2 < b for a, b in spans for a2, b2 in [norm.span(tok.start, tok.end)])
    )
    trig = []
    for m in lex.triggers.match_tokens(norm, tokens, lang):
        span = _choose_spec(m, norm, tokens, lang, max_gap, named)
        if span is None:
            m, span = _shorter_reading(lex, m, norm, tokens, lang, max_gap, named)
        if span is not None:
            spec, end, tail = span
            trig.append(
                _Span(
                    m.start + s.start,
                    end + s.start,
                    "trigger",
                    spec,
                    m.phrase,
                    m.end + s.start,
                    None if tail is None else tail + s.start,
                )
            )
    # A phrase owns the words of its parts; an act told wholly inside a gapped phrase's gap
    # ("חתמו בתיווך מצרי על הסכם": the mediation) is an act of its own.
    trig = [t for t in trig if not any(o is not t and _owns(o, t) for o in trig)]
    # Stop phrases ("удар по экономике", "free trade") win the longest match and code nothing.
    trig = [t for t in trig if t.spec.event_type != "NONE"]
    # "Kazakhstan followed suit", "حذت حذوها", "последовал примеру": a phrase of type SAME
    # repeats the last act told (within two sentences), with its own subject
    followed: dict[tuple[int, int], Event | _Span] = {}
    last = topic.get("last_event") if topic else None
    if last is not None and s.index - (last.sentence_index or 0) > 2:
        last = None
    kept: list[_Span] = []
    for t in trig:
        if t.spec.event_type == "SAME":
            # an act told earlier in the same sentence comes first ("علقت أذربيجان رحلاتها،
            # وحذت كازاخستان حذوها"); its event is coded by the time this one is
            before = next((o for o in reversed(kept) if o.end <= t.start), None)
            model = before.spec if before is not None else last
            if model is None:
                continue
            t = replace(
                t,
                spec=replace(
                    t.spec, event_type=model.event_type, mode=model.mode, cameo=model.cameo
                ),
            )
            followed[(t.start, t.end)] = before if before is not None else last
        kept.append(t)
    trig = kept
    if not trig:
        return []
    cues = [
        _Span(m.start + s.start, m.end + s.start, p, None, m.phrase)
        for m in lex.cues.match_tokens(norm, tokens, lang)
        for p in dict.fromkeys(m.payloads)
    ]
    text = doc.text
    # titles of no country ("رئيس بلدية", "ראש עיריית") open a noun phrase of their own
    cues += [_Span(g.start, g.end, "titles", None, g.raw_text) for g in groups if g.start < g.end]
    mentions = sorted(mentions, key=lambda m: m.start)
    # "BAKU, Dec. 27 —": the place of a dateline is where the story was filed, not an actor;
    # it stays the scene of what the story reports without naming a place.
    # "ANKARA, March 2 (Reuters) -", "MOSCOW (AFP) —": the agency that filed the story is
    # no party to it, and the place before its tag is the dateline's
    credits = [m for m in mentions if _agency_credit(text, m)]
    datelined = [
        m
        for m in mentions
        if _in_dateline(m, s, dates, text) or _before_credit(text, s, m, credits)
    ]
    filed = [m for m in datelined if m.country]
    if filed and topic is not None:
        topic["scene"] = filed[0]
    mentions = [m for m in mentions if m not in datelined and m not in credits]
    # "according to Iranian media, ...": the source of a report is not a party to its events
    sources = [c for c in cues if c.kind == "source_markers"]
    mentions = [
        m
        for m in mentions
        if not any(
            c.end <= m.start
            and _words_between(text, c.end, m.start) <= 2
            and not any(ch in text[c.end : m.start] for ch in ",،;:")
            for c in sources
        )
    ]
    # "Turkey, a NATO member, accused ...": an apposition describes the party before it;
    # the names inside it are no party
    mentions = [m for m in mentions if not _in_apposition(text, s, m, mentions, trig, lex)]
    # "..., relief officials in Nairobi said.": a closing attribution names the source of
    # the sentence; its names are no party, and what the sentence tells is reported.
    tail = _attribution_tail(s, lex, trig)
    if tail is not None:
        mentions = [m for m in mentions if not tail[0] <= m.start < tail[1]]
        cues.append(_Span(tail[0], tail[1], "reported", None, text[tail[0] : tail[1]].strip()))
    # An attack noun the resolver folded into a description of its author ("an Israeli
    # strike", "غارة إسرائيلية", "תקיפה ישראלית") is still the attack; the description acts.
    attack_by = {
        id(t): m
        for t in trig
        for m in mentions
        if t.spec.event_type == "ASSAULT"
        and m.kind == "description"
        and m.sector == "MIL"
        and m.start < t.end
        and t.start < m.end
        # the description must itself name an attack ("תקיפה ישראלית"), not the thing
        # attacked ("إسقاط الطائرة الأذربيجانية": the plane is the object)
        and _names_attack(m.raw_text, lex, lang)
    }
    # A phrase that ends on the first word of its subject (`subject_last`: "استهدفت صواريخ
    # إيرانية قاعدة") or begins on its last word (`subject_first`: "A Russian missile hit")
    # gives that word back to the armed forces' description; the description is the subject.
    for t in trig:
        if (t.spec.subject_last or t.spec.subject_first) and id(t) not in attack_by:
            _yield_subject_word(t, text, mentions)
    # "Israel strikes Hezbollah positions": a phrase whose later part was found (verb and
    # object) and whose verb is the last word of an armed forces' description ("Israel
    # strikes") takes that word back; the rest of the description is the subject.
    for t in trig:
        if t.tail_start is not None and id(t) not in attack_by:
            _take_verb_word(t, text, mentions)
    # Any other trigger inside an actor's name ("Defence Ministry", "air defences") is not
    # an event.
    trig = [
        t
        for t in trig
        if id(t) in attack_by
        or not any(
            m.start <= t.start < m.end
            # a place named by the trigger's own object ("закрыла границу с Белоруссией")
            # leaves the trigger standing
            or (t.start <= m.start < (t.head_end or t.end) and m.role == "actor")
            for m in mentions
        )
    ]
    out: list[Event] = []
    seen: set[tuple] = set()
    last_actor = None  # (group, end of its trigger, clause) for verbs sharing a subject
    asides = _attribution_asides(s, lex, trig)
    # "Россия, которая выслала ... дипломатов, вызвала посла": a relative clause between
    # commas tells what the party before it did; its verb's actor is that party, and the
    # names inside it take no part in the verbs outside it
    brackets = {id(t): _relative_bracket(text, s, t, mentions, lang) for t in trig}
    all_mentions = mentions
    # "אזרבייג'ן ומדינות אחרות, ובהן ישראל ואיחוד האמירויות, שהשעו": the clause is about
    # the whole list that ends at its comma
    antecedents = {
        k: _list_ending_at(text, b[0], all_mentions, cues, trig)
        for k, b in brackets.items()
        if b is not None
    }
    for i, t in enumerate(trig):
        cs, ce = _clause(text, s, t, cues)
        own = brackets[id(t)]
        if own is not None:
            ant, _, close = own
            ants = antecedents[id(t)]
            mentions = ants + [m for m in all_mentions if ant.end < m.start < close]
            cs, ce = min(cs, ants[0].start), min(ce, close)
        else:
            mentions = [
                m
                for m in all_mentions
                if not any(b and b[1] < m.start < b[2] for b in brackets.values())
            ]
        if (
            t.spec.event_type == "AGREE"
            and _joint(lang, t.spec, "one_sided_words")
            and _has_stem(sent_text, lang, _grammar_stems(lang, "holdout_words"))
        ):
            # "ratified Sweden's accession after a 20-month delay": approving at the end of
            # a hold-out is giving in (eval/README.md, AGREE or CONCEDE)
            t = replace(t, spec=replace(t.spec, event_type="CONCEDE", mode="yield", cameo="08"))
        # "توغلت القوات ...، ودانت السعودية": a later verb after a comma and a prefixed or
        # spelled-out "and" opens the next clause; its participants are not this event's
        for o in trig:
            if t.end <= o.start < ce and (
                _comma_and_before(text, o.start)
                # "ordered the call-up of reservists and warned the West": the West is
                # what the joined verb acts on
                or (lang in SYNTAX_LANGUAGES and _fellow_verb(text, s, t, o, lang))
            ):
                ce = o.start
                break
        # "US bombers struck the sites at Fordow, Trump said, warning Iran ...": a speaker
        # named between commas ends what the act before it takes part in
        told_to = ce  # the attribution's date ("said on Oct. 22") still dates the act
        ce = min([ce] + [a for a, _ in asides if t.end <= a < ce])
        # The content of a demand, threat or accusation is not an event that happened.
        governor = next(
            (
                g
                for g in trig[:i]
                if g.spec.governs
                and (cs <= g.start or _content_clause(text, g, cs, cues))
                and g.end <= t.start
                and not _new_subject_clause(text, g.end, t.start, mentions)
                # ", واستدعت سفيرها": a verb joined by comma and "and" is the governor's
                # fellow, not its content
                and not (lang in ("he", "ar") and _comma_and_before(text, t.start))
                # "accused Pakistan and threatened": so is a finite verb the parse joins
                # to it
                and not (lang in SYNTAX_LANGUAGES and _joined_verb(text, s, g, t, lang))
                # "גינתה את ההחלטה ואיימה": a verb (not a noun, not an infinitive) that
                # carries the prefixed "and" is its fellow too
                and not _and_verb(text, t, lex)
                # "Hungary, which has refused to send weapons, called for": the governor's
                # relative clause closed before the trigger
                and not _closed_relative(text, s, g, t, lang)
            ),
            None,
        )
        # "France condemned Russia's attack on Ukraine": what a condemnation names as its
        # object happened (plover.yaml `factive_modes`); it is coded when its author is named
        # inside the object (eval/README.md, background events)
        object_start = governor.end if governor is not None else cs
        if governor is not None and last_actor and last_actor[1] == governor.end:
            # verb-first ("أدانت مصر الغارة الإسرائيلية"): the object follows the subject
            object_start = max(object_start, last_actor[0].end)
        background = governor is not None and _background_object(
            text, governor, object_start, t, cues, trig
        )
        if governor is not None and not background:
            continue
        if background:
            cs = max(cs, object_start)
        if lang in SYNTAX_LANGUAGES and not background and _background_participle(text, s, t, lang):
            # "pardoned 19 protesters arrested during the rallies": background with no author
            continue
        # "warned that Israel faces severe punishment": a threat inside a threat's "that"
        # clause is what the threat says, not a second threat
        if any(
            g.spec.governs
            and g.spec.event_type == t.spec.event_type
            and g.end <= t.start
            and _in_clause_opened_by(g, t, cues)
            for g in trig[:i]
        ):
            continue
        prev = last_actor if last_actor and last_actor[2] == (cs, ce) else None
        if background:
            carried = None  # the author is named inside the object or not at all
        elif t.spec.obliges:
            # "X said Y must ...": X demands of Y, or nothing we can code
            carried = _obliged(text, s, t, mentions, cues, trig, lex)
            if carried is None:
                continue
        else:
            carried = (
                _carried_subject(text, s, t, cs, ce, mentions, cues, trig, lex, lang)
                if t.spec.needs_actor and not t.spec.passive
                else None
            )
        if carried is None and not background and t.spec.needs_actor and not t.spec.passive:
            carried = _resumed_subject(text, s, t, mentions, cues, trig, lex, lang)
        if (
            carried is None
            and not background
            and t.spec.needs_actor
            and not t.spec.passive
            and last_actor
        ):
            carried = _continued_subject(text, s, t, ce, mentions, cues, trig, lang, last_actor)
        if carried is None and not background and t.spec.circumstantial:
            carried = _main_subject(text, s, t, ce, mentions, cues, trig, last_actor)
        patient_first = False  # a passive clause whose subject is acted on
        if carried is not None:
            actor_g, recip_g, how = carried
        else:
            actor_g, recip_g, how = _roles(
                text,
                lang,
                t,
                cs,
                ce,
                mentions,
                cues,
                trig,
                lex,
                shared=(prev[0], prev[1]) if prev else None,
            )
            patient_first = actor_g is None and how.startswith("passive")
            if (
                lang in SYNTAX_LANGUAGES
                and mentions
                and not t.spec.inverse
                and not how.endswith(
                    (
                        "actor named inside the trigger phrase",
                        "mediator named after the marker",
                        "named by 'by' inside the object",
                        "agent phrase right after the trigger",
                    )
                )
            ):
                parsed = _with_syntax(text, s, t, lang, mentions, actor_g, recip_g, how, ce, trig)
                # a background act's parties are inside the object, never the condemner
                if not background or all(g is None or g.start >= cs for g in parsed[:2]):
                    actor_g, recip_g, how = parsed
        if (
            own is not None
            and not t.spec.passive
            and _relative_subject(text, t, own[1], lang)
            and (
                actor_g is None
                or not set(map(id, antecedents[id(t)])) & set(map(id, actor_g.mentions))
            )
        ):
            # "بولندا، التي تتهم مينسك": the relative pronoun is the verb's subject; a
            # party after the verb is what it acts on
            ants = antecedents[id(t)]
            own_countries = {m.country for m in ants}
            rest = [
                m for m in mentions if t.end <= m.start < own[2] and m.country not in own_countries
            ]
            actor_g = _group_from(text, ants)
            recip_g = _group_from(text, rest[:1]) if rest else None
            names = ", ".join(m.raw_text for m in ants)
            how += f"; actor: the party the relative clause is about ('{names}')"
        quote = next(((b, m) for a, b, m in quotes if a <= t.start < b), None)
        if (
            quote is not None
            and (actor_g is None or actor_g.start > t.start)
            and first_person_verb(text, t.start, lang)
        ):
            # «ندين العدوان الإسرائيلي»، قال الوزير: a quoted verb in the first person has
            # the speaker as subject; a party after it is its object, not a verb-first subject
            q_end, speaker = quote
            if actor_g is not None:
                # the party read as its subject is the first after the verb: its object
                # («ندين الهجوم الإسرائيلي على سوريا» condemns Israel, not Syria)
                recip_g = actor_g
            actor_g = _group_from(text, [speaker])
            if recip_g is None:
                recip_g = _recipient_after(text, t, q_end, actor_g, mentions, cues, trig)
            how = f"{how}; actor: the speaker of the quotation ('{speaker.raw_text}')"
        drafted = _draft_author(text, lang, t, s, all_mentions, cues, trig, actor_g, recip_g)
        refused = False
        if drafted is not None:
            actor_g, recip_g, refused = drafted
            names = ", ".join(m.raw_text for m in actor_g.mentions)
            how = (
                f"{how}; actor: those who abstained on or voted against the draft ({names})"
                if refused
                else f"{how}; actor: {DRAFT_CONTENT} ('{names}')"
            )
        joined = _joined_parties(
            text, lang, t, s.start, ce, all_mentions, cues, trig, actor_g, recip_g
        )
        if joined is not None:
            actor_g, recip_g = joined
            names = ", ".join(m.raw_text for m in actor_g.mentions)
            how = f"{how}; actors: the parties a joining word names with its subject ({names})"
        if t.spec.governs and recip_g is None and actor_g is not None:
            # "הכחישה כי סייעה לטליבאן", "איימה כי תתקוף את ישראל": the party the content
            # clause names is the one the denial or threat is about
            about = _content_party(text, s, t, actor_g, mentions, cues)
            if about is not None:
                recip_g, how = about, f"{how}; recipient: the party its content clause names"
        if t.spec.event_type == "CONSULT" and t.spec.mode == "visit" and actor_g is not None:
            # "Pelosi's visit to Taiwan angered Beijing": a visit's host is where it goes,
            # also past the visitor's name ("визита Нэнси Пелоси в Тайбэй")
            start = t.end
            if t.end <= actor_g.start and _words_between(text, t.end, actor_g.start) <= 1:
                start = actor_g.end
            host = next(
                (
                    m
                    for m in mentions
                    if m.role == "location"
                    and m.country
                    and start <= m.start < ce
                    and _words_between(text, start, m.start) <= 2
                    and not _overlaps(actor_g, _group_from(text, [m]))
                ),
                None,
            )
            if host is None and recip_g is None and actor_g.end <= t.start:
                # "وصل بوتين إلى بيونغ يانغ في زيارة", "Putin arrived in Pyongyang on a
                # visit": the place the visitor reached, between visitor and visit, hosts it
                own = {m.country for m in actor_g.mentions}
                host = next(
                    (
                        m
                        for m in mentions
                        if m.role == "location"
                        and m.country
                        and m.country not in own
                        and actor_g.end <= m.start
                        and m.end <= t.start
                    ),
                    None,
                )
                if host is not None:
                    how = f"{how}; recipient: the place the visitor reached"
            if host is not None:
                recip_g = _group_from(text, [host])
        if actor_g is not None and t.spec.mode in plover_table()[t.spec.event_type].get(
            "adversary_modes", ()
        ):
            foe = _adversary(text, t, ce, mentions, cues, trig, actor_g)
            if foe is not None and (recip_g is None or foe.mentions != recip_g.mentions):
                # "filed a complaint with the Security Council against Morocco": the forum
                # hears the complaint; the party it is against is its recipient
                recip_g, how = foe, f"{how}; recipient: the party the complaint is against"
        if t.spec.event_type == "ASSAULT" and actor_g is not None:
            hosted = _hosted_party(text, t, s.end, mentions, lang, actor_g, recip_g)
            if hosted is not None:
                # "صواريخ على قاعدة العديد التي تستضيف قوات أمريكية", "at a base which
                # hosts US troops": the forces the struck place hosts are the target
                recip_g, how = hosted, f"{how}; recipient: the forces the place struck hosts"
        if (
            actor_g is not None
            and _reported_by(text, actor_g, t, lex)
            and not _reports_own_act(actor_g, recip_g, t)
        ):
            # "губернатор сообщил об обстрелах": the one who reports is not the one who acts
            actor_g, how = None, f"{how}; the subject only reports the act"
        if id(t) in attack_by:
            author = attack_by[id(t)]
            victim = actor_g  # "Soleimani was killed in an American drone strike"
            actor_g = _group_from(text, [author])
            # "... near Baghdad airport", "في دمشق": where the one killed was is no target
            located = recip_g is not None and (
                all(m.role == "location" for m in recip_g.mentions)
                and _locative(text, recip_g, cues)
            )
            if (
                (recip_g is None or located)
                and victim is not None
                and not _overlaps(actor_g, victim)
            ):
                recip_g = victim
            if recip_g is not None and (
                any(m is author for m in recip_g.mentions) or _overlaps(actor_g, recip_g)
            ):
                recip_g = None
            if recip_g is None:
                # "غارة إسرائيلية على جنوب لبنان": the place struck is the target
                after_places = [
                    _group_from(text, [m])
                    for m in mentions
                    if m.start >= author.end and m.end <= ce and m.country
                ]
                recip_g = _place_recipient(actor_g, [g for g in after_places if g])
            how = f"{how}; actor: the author named on the attack noun"
        at = (
            _embassy_party(text, cs, ce, mentions, lang)
            if plover_table()[t.spec.event_type].get("actor_from_place")
            else None
        )
        if at is not None:
            # "a picket outside the Russian embassy in Yerevan": the state whose embassy the
            # protest is held at is its target (eval/README.md), never the protesters
            if actor_g is not None and {m.country for m in actor_g.mentions} == {at.country}:
                actor_g = None
            if recip_g is None or all(m.role == "location" for m in recip_g.mentions):
                recip_g = _group_from(text, [replace(at, role="actor")])
                how = f"{how}; recipient: the state whose embassy it is held at"
        if (
            actor_g is None
            and recip_g is not None
            and all(m.role == "location" for m in recip_g.mentions)
            and plover_table()[t.spec.event_type].get("actor_from_place")
        ):
            recip_g = None  # the place is where the people are, not whom they protest to
        happens = any(
            c.kind == "occurrence_verbs"
            and cs <= c.start < ce
            and (
                _words_between(text, c.end, t.start) <= 1
                if c.end <= t.start
                else _words_between(text, t.end, c.start) <= 1
            )
            for c in cues
        )
        if (
            happens
            and actor_g is not None
            and actor_g.end <= t.start
            # English puts such a verb before the noun only as a transitive verb ("they
            # continued their protests"): there the noun is its object
            and (
                lex.grammar.get("occurrence_verb_first", True)
                or any(c.kind == "occurrence_verbs" and t.start < c.start < ce for c in cues)
            )
        ):
            # "..., ובירוואן פרצו הפגנות נגד פשיניאן": an act named as a noun that happens
            # is the subject of its verb; no party before it acts in it
            actor_g = None
            how += "; no actor: the act is named as happening"
        if (
            actor_g is None
            and not happens
            and plover_table()[t.spec.event_type].get("actor_from_place")
        ):
            # "Thousands rallied in Tbilisi": protesters of no stated nationality are
            # people of the country where they protest; "protests broke out" names no one.
            place = next(
                (
                    m
                    for m in mentions
                    if m.role == "location"
                    and m.country
                    and cs <= m.start < ce
                    and not (recip_g and m.country in {r.country for r in recip_g.mentions})
                ),
                None,
            )
            scene = ""
            if place is None and topic is not None and topic.get("scene") is not None:
                place, scene = topic["scene"], " the story was filed from"
            if place is not None:
                actor_g = _group_from(
                    text,
                    [
                        replace(
                            place,
                            role="actor",
                            sector="CVL",
                            entity_name=f"people in {place.entity_name}",
                            wikidata_id=None,
                        )
                    ],
                )
                how += f"; actor: the people of the place{scene or ' it happens in'} ('{place.raw_text}')"
        # "הוא האשים את רוסיה בתקיפת אוקראינה": a pronoun before the verb is its subject, so
        # no party after the verb is
        pronoun_first = (
            actor_g is not None
            and actor_g.start > t.start
            and "verb-first" in how
            and (
                _pronoun_subject(text, cs, t.start, mentions, lex)
                or _state_after_masculine_verb(text, t, actor_g, lex)
            )
        )
        if (
            (actor_g is None or pronoun_first)
            and topic is not None
            and topic.get("prev")
            and t.spec.needs_actor
            and not t.spec.passive
            and (
                pronoun_first
                or _pronoun_subject(text, cs, t.start, mentions, lex)
                or _dropped_subject(text, s, t, mentions, lex)
            )
        ):
            # "He demanded that Moscow admit guilt", "Он назвал ... и пообещал": a pronoun
            # subject is the subject of the sentence before
            if pronoun_first:
                recip_g = None
            actor_g = _group_from(text, topic["prev"])
            if actor_g is not None and recip_g is not None and _overlaps(actor_g, recip_g):
                recip_g = None
            if actor_g is not None and recip_g is None:
                own = {m.country for m in actor_g.mentions}
                nxt = [
                    m
                    for m in mentions
                    if t.end <= m.start < ce and m.role == "actor" and m.country not in own
                ]
                recip_g = _group_from(text, nxt[:1]) if nxt else None
            how += f"; actor: the subject of the sentence before ('{topic['prev'][0].raw_text}')"
        own_people = False  # the recipient is the actor's own people, placed by it
        if (
            actor_g is None
            and groups
            and t.spec.needs_actor
            and not t.spec.passive
            # "activists were detained in Minsk": the group is the one acted on
            and not patient_first
        ):
            placed = _group_actor(text, lang, t, cs, ce, mentions, groups, recip_g, topic)
            if placed is not None:
                actor_g, note = placed
                how += note
        if (
            actor_g is None
            and patient_first
            and t.spec.mode in (plover_table()[t.spec.event_type].get("state_from_place") or ())
        ):
            placed = _state_of_place(text, t, cs, ce, mentions, groups, recip_g)
            if placed is not None:
                actor_g, recip_g, note = placed
                how += note
        if (
            actor_g is not None
            and groups
            # a place is where the act happens; the people acted on may still be named
            and (recip_g is None or all(m.role == "location" for m in recip_g.mentions))
        ):
            placed = _own_group_recipient(
                text, t, s, ce, mentions, groups, actor_g, t.spec.event_type
            )
            if placed is not None:
                recip_g, note = placed
                how += note
                own_people = True
        headline = _colon_speaker(text, s, t, mentions)
        # "Германия обвиняет: российские хакеры атаковали": what another party does after a
        # headline's colon comes from its speaker
        # ... unless the speaker is the actor ("Kremlin: Kyiv must withdraw")
        colon_told = (
            headline is not None
            and actor_g is not None
            and not {m.country for m in headline} & {m.country for m in actor_g.mentions}
        )
        if (
            headline is not None
            and actor_g is None
            and t.spec.needs_actor
            and not t.spec.passive
            # "Nigeria: gunmen kidnapped three priests": the author is there, unnamed
            and "subject names no party" not in how
        ):
            # "ארה"ב: סנקציות חדשות על בנקים רוסיים", "US: new sanctions on Russian banks":
            # an act the words after a headline's colon name with no author is the act of
            # the party named before it
            actor_g = _group_from(text, headline)
            how += f"; actor: the party named before the colon ('{headline[0].raw_text}')"
            if recip_g is None:
                own = {m.country for m in headline}
                nxt = [
                    m
                    for m in mentions
                    if t.end <= m.start < ce and m.role == "actor" and m.country not in own
                ]
                recip_g = _group_from(text, nxt[:1])
        elif (
            recip_g is None
            and actor_g is not None
            and t.spec.governs
            and text[t.end : s.end].lstrip().startswith(":")
        ):
            # "גרמניה מאשימה: האקרים רוסים תקפו", "Германия обвиняет: российские хакеры":
            # what an accusation before a colon is about is the party the words after it
            # name first
            colon = text.index(":", t.end)
            own = {m.country for m in actor_g.mentions}
            after = [
                m
                for m in mentions
                if colon < m.start < s.end and m.role == "actor" and m.country not in own
            ]
            if after:
                recip_g = _group_from(text, after[:1])
                how += "; recipient: the party named first after the colon"
        if background and (actor_g is None or recip_g is None):
            # coded only when both its author and the other party are named
            continue
        if actor_g is not None and actor_g.end <= t.start and not background:
            reaction = _reacted_to(text, t, i, trig, actor_g)
            if reaction is not None:
                # "رحب السيسي بالتوصل إلى اتفاق", "Egypt welcomed the agreement": the act
                # reacted to is someone else's, not the reactor's; it is the act of the
                # parties it names ("رحبت الجزائر بتوصل مالي والنيجر إلى اتفاق"), if any
                parties = [m for m in recip_g.mentions if m.role == "actor"] if recip_g else []
                if not parties:
                    continue
                actor_g, recip_g = _group_from(text, parties), None
                how += f"; actor: the parties of the act '{reaction.text}' reacts to"
        if actor_g is not None:
            last_actor = (actor_g, t.end, (cs, ce))
            if topic is not None and "first" not in topic:
                topic["first"] = list(actor_g.mentions)
        if (
            actor_g is None
            and t.spec.needs_actor
            and not _unnamed_attacker(text, t, how, recip_g, lang)
        ):
            continue
        if (
            actor_g is None
            and t.spec.needs_party
            and (recip_g is None or all(m.role == "location" for m in recip_g.mentions))
        ):
            continue
        if actor_g is None and t.spec.passive and _relative_passive(text, t, lang):
            # "the hostages, who were abducted in 2023, arrived": a relative clause tells
            # background, and background with no named author gives no event
            continue
        actor = [m.entity() for m in actor_g.mentions] if actor_g else []
        recip_ms = [m for m in recip_g.mentions if not _mediator(text, m, lex)] if recip_g else []
        if t.spec.event_type == "CONSULT" and t.spec.mode == "mediate" and actor_g is not None:
            # a mediator mediates between every party the clause names, not only the nearest
            own = {m.country for m in actor_g.mentions}
            recip_ms = [
                m
                for m in sorted(mentions, key=lambda m: m.start)
                if s.start <= m.start < s.end
                and m.role == "actor"
                and m.country
                and m.country not in own
                and not _mediator(text, m, lex)
            ] or recip_ms
            # "hostages freed in a truce Qatar mediated": the civilians named beside the
            # organised parties are what is negotiated about, not a side to the talks
            recip_ms = [m for m in recip_ms if m.sector != "CVL"] or recip_ms
            recip_ms = list({m.country: m for m in reversed(recip_ms)}.values())[::-1]
            recip_g = _group_from(text, recip_ms) if recip_ms else recip_g
        recipient = [m.entity() for m in recip_ms]
        if actor and len(recip_ms) > 1:
            # "both countries" stands for two parties; the actor's own is not its recipient
            own_c = {a.country for a in actor}
            spans = Counter((m.start, m.end) for m in recip_ms)
            recipient = [
                r
                for m, r in zip(recip_ms, recipient, strict=True)
                if spans[(m.start, m.end)] == 1 or r.country not in own_c
            ]
        if actor and recipient and _same_side(actor_g, recip_g, t.spec.event_type):
            recipient = []
            # "הסיר מגבלות על שיתוף הפעולה של ארצות הברית עם אזרבייג'ן": past the actor's own
            # state, named as the owner of what the act is about, the clause goes on to
            # the party the act is directed at
            other = _past_own_state(text, recip_g, ce, mentions, actor_g)
            if other is not None:
                recip_g, recip_ms, recipient = (
                    other,
                    [other.mentions[0]],
                    [other.mentions[0].entity()],
                )
                how += "; recipient: the party after the actor's own state"
        model = followed.get((t.start, t.end))
        if isinstance(model, _Span):
            model = next((e for e in out if e.trigger_start == model.start), None)
        if not recipient and model is not None:
            # the act repeated is aimed where the first one was, unless at the actor itself
            own_c = {a.country for a in actor}
            recipient = [r for r in model.recipient if r.country not in own_c]
            if recipient:
                how += f"; recipient: that of the act it repeats ('{model.trigger}')"
        as_state = _state_act(t, actor_g)
        if as_state is not None:
            # "Japan protested the visit": a state does not take to the streets; its protest
            # is a diplomatic one (plover.yaml `state_acts`)
            t = replace(t, spec=as_state)
            how += f"; a state's act: {as_state.event_type}/{as_state.mode}"
        quad = plover_table()[t.spec.event_type]["quad"]
        if (
            recipient
            and not own_people
            and (quad != "material_conflict" or t.spec.event_type == "SANCTION")
        ):
            # "Putin did not admit that a Russian missile struck": a state does not speak
            # to itself; the recipient was the complement's subject. Nor does it withdraw
            # from, aid or sanction itself ("the withdrawal of American troops", "suspended
            # its participation"): the country named is its own. Force (arrests, attacks,
            # protests, deployments) can be domestic and keeps it. Of several recipients only
            # the own-country ones go ("the withdrawal of American troops from Syria").
            own = {a.country for a in actor}
            # ... but a state's own opposition, press or citizens are another party
            # ("Museveni threatened to ban Ugandan opposition candidates": UGA -> UGA)
            state = any(a.sector in _sector_group("state") for a in actor)
            # ... and so is the state, to its own opposition, rebels or citizens
            people = bool(actor) and all(a.sector in _sector_group("domestic") for a in actor)
            kept = [
                r
                for r in recipient
                if r.country not in own
                or (state and r.sector in _sector_group("domestic"))
                or (people and r.sector in _sector_group("state"))
            ]
            if not kept and t.spec.event_type == "RETREAT" and actor:
                # "the withdrawal of French troops from Mali": the own troops were the
                # object; the country they leave, named after them, is the recipient
                last = max(m.end for m in recip_ms)
                kept = [
                    m.entity()
                    for m in mentions
                    if last <= m.start < ce and m.country and m.country not in own
                ][:1]
            recipient = kept
        negated, modality, truth_why = _truth(
            text, t, cs, ce, s, cues, int(lex.grammar.get("after_cue_window", 3))
        )
        if refused and not negated:
            negated, truth_why = True, "negated: the actor abstained on or voted against the draft"
        if modality == "asserted" and lang == "ru" and _ru_future(text[t.start : t.end]):
            note = "future: a perfective verb in the non-past"
            modality = "future"
            truth_why = note if truth_why == "asserted" else f"{truth_why}; {note}"
        if modality == "asserted" and _modal_before_imperfect(text, t, cs, lex):
            modality, truth_why = "hypothetical", "modal particle before an imperfect verb"
        if modality == "future" and t.spec.obliges and t.spec.event_type == "THREATEN":
            # "Israel will pay a heavy price": what is ahead is the threat's content; the
            # threat itself is made as the speaker says it
            modality, truth_why = "asserted", f"asserted: {truth_why} is what the threat says"
        if modality == "asserted" and colon_told:
            modality, truth_why = "reported", "reported by the party named before the colon"
        # "agreed to a ceasefire that would take effect on Sunday": the agreement, and who
        # brokered it, are dated apart from the day the truce begins
        start = _start_date(text, s, t, dates, cues, mentions)
        date, precision, date_why = _date(
            t,
            s,
            cs,
            told_to,
            [d for d in dates if d is not start],
            section_date,
            doc,
            trig,
            cues,
            ahead=modality == "future",
        )
        agreed = date
        if start is not None and t.spec.event_type == "RETREAT":
            date, precision, date_why = _started(start, date)
        if modality in ("asserted", "reported") and _after_document(date, doc.date):
            # "يزور ... الأسبوع المقبل", "the truce takes effect on Sunday": what is dated
            # after the report has not happened yet
            note = "future: dated after the document"
            modality = "future"
            truth_why = note if truth_why == "asserted" else f"{truth_why}; {note}"
        if (
            t.spec.event_type == "MOBILIZE"
            and t.spec.mode in ("exercise", "troops")
            and not recipient
            and len({a.country for a in actor if a.country}) > 1
        ):
            # "Russian and Chinese warships began naval drills": a drill held together by
            # the forces of several states is their military cooperation (CAMEO 062), one
            # joint event
            joint = replace(t.spec, event_type="COOPERATE", mode="military", cameo="062")
            t = replace(t, spec=joint)
            how += "; several states' drill: military cooperation"
        info = plover_table()[t.spec.event_type]
        # One trigger may code several types ("agreed to a ceasefire": AGREE and RETREAT).
        readings = [(t, info)] + [
            (
                _Span(t.start, t.end, t.kind, replace(t.spec, event_type=et, mode=md), t.text),
                plover_table()[et],
            )
            for et, md in t.spec.also
        ]
        # places are where a joint act happens, never a party to it
        places = {m.country for m in recip_ms if m.role == "location"} - {
            m.country for m in recip_ms if m.role != "location"
        }
        # each reading splits joint parties by its own type's rule ("договорились по
        # телефону": the call goes first-named -> other, the agreement stays joint)
        between = _between_parties(text, t, ce, mentions, actor_g)
        several = len({a.country for a in actor if a.country}) > 1
        for t_r, info_r in readings:
            recipient_r = recipient
            if (
                several
                and recipient
                and t_r.spec.mode in (info_r.get("venue_modes") or ())
                and all(r.country in places for r in recipient)
            ):
                # "Russia and the United States exchanged prisoners in Ankara": where
                # several parties meet or exchange is no party to it
                recipient_r = []
            joint_modes = info_r.get("joint_modes") or ()
            shared = (_joint(lang, t.spec) or t_r.spec.mode in joint_modes) and not (
                t_r is t and _joint(lang, t.spec, "one_sided_words")
            )
            # "Trump announced a ceasefire between Israel and Iran": the parties its own
            # "between" phrase names share the act; the one who announces it does not
            roles = (
                [(between, [], how + ", the parties its 'between' phrase names")]
                if shared and between
                else _reciprocal(
                    actor,
                    recipient_r,
                    info_r,
                    how,
                    t_r.spec.mode,
                    t.spec.mutual,
                    places,
                    _joint(lang, t.spec),
                    # the ceasefire a one-sided approval brings (its `also` reading) is shared
                    t_r is t and _joint(lang, t.spec, "one_sided_words"),
                )
            )
            date_r, prec_r, date_why_r, modality_r, truth_why_r = (
                date,
                precision,
                date_why,
                modality,
                truth_why,
            )
            if start is not None and t_r is not t and t_r.spec.event_type == "RETREAT":
                # eval/README.md: the RETREAT a deal brings takes the stated start date,
                # `future` when that is after the report
                date_r, prec_r, date_why_r = _started(start, agreed)
                if modality_r in ("asserted", "reported") and _after_document(date_r, doc.date):
                    modality_r, truth_why_r = "future", "future: starts after the document"
            for actor_i, recip_i, how_i in roles:
                why = f"roles: {how_i}; {truth_why_r}; date: {date_why_r}"
                key = (
                    t_r.spec.event_type,
                    tuple(a.country for a in actor_i),
                    tuple(r.country for r in recip_i),
                    negated,
                )
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    _event(
                        doc,
                        s,
                        t_r,
                        lang,
                        info_r,
                        actor_i,
                        recip_i,
                        negated,
                        modality_r,
                        date_r,
                        prec_r,
                        broken,
                        why,
                    )
                )
    mentions = all_mentions
    out += _compound_mediations(doc, s, lang, lex, mentions, dates, section_date, broken, out)
    return _drop_vaguer(out)


def _relative_subject(text: str, t: _Span, opened: int, lang: str) -> bool:
    """Is the word opening the relative clause after the comma at ``opened`` the subject of
    ``t``: a subject form of the pronoun (grammar.yaml `relative_subjects`: "которая", not
    "которую") or a relative prefix, with no object pronoun on the verb
    (`relative_object_suffixes`: "التي تتهمها إسرائيل")?"""
    ws = word_start(text, t.start)
    we = ws
    while we < len(text) and not text[we].isspace() and text[we] not in ",،.;:":
        we += 1
    word = text[ws:we]
    # what is left without the suffix must still be a verb of four letters or more:
    # "تتهمها" carries one, "تتهم" does not
    if any(
        word.endswith(x) and len(word) - len(x) >= 4
        for x in _grammar_words(lang, "relative_object_suffixes")
    ):
        return False
    first = match_form(text[opened + 1 : ws], lang).lower().split()[:1]
    if not first:
        return True  # the prefix ("שגירשה")
    return first[0] in _grammar_words(lang, "relative_subjects")


def _relative_bracket(text: str, s: Sentence, t: _Span, mentions, lang: str):
    """(party, opening comma, closing comma or sentence end) when ``t`` is the verb of a
    relative clause about the party right before the comma ("Россия, которая выслала",
    "רוסיה, שגירשה", "روسيا، التي طردت"), else None. The clause opens with a pronoun that
    can stand for one named party (grammar.yaml `relative_openers`: not "الذين", whose
    people a name before the comma seldom is) or a relative prefix (`relative_prefixes`).
    English leaves this to its parse."""
    if lang == "en":
        return None
    ws = word_start(text, t.start)
    opened = max(text.rfind(",", s.start, ws), text.rfind("،", s.start, ws))
    if opened < 0:
        return None
    between = text[opened + 1 : ws]
    first = match_form(between, lang).lower().split()[:1]
    prefixes = tuple(_grammar_words(lang, "relative_prefixes"))
    if not (
        (first and first[0] in _grammar_words(lang, "relative_openers"))
        or (not between.strip() and prefixes and text[ws : t.start].endswith(prefixes))
    ):
        return None
    ant = next(
        (
            m
            for m in mentions
            if m.role == "actor" and m.end <= opened and not text[m.end : opened].strip()
        ),
        None,
    )
    if ant is None:
        return None
    closes = [c for c in (text.find(",", t.end, s.end), text.find("،", t.end, s.end)) if c >= 0]
    return ant, opened, min(closes) if closes else s.end


def _list_ending_at(text: str, ant: Mention, mentions, cues, trig) -> list[Mention]:
    """The participants of the list whose last item is ``ant`` ("Spain, Ireland and
    Norway"), or ``ant`` alone."""
    before = [m for m in mentions if m.role == "actor" and m.end <= ant.end]
    groups = _groups(text, before, cues, trig)
    if groups and groups[-1].last is ant and ant in groups[-1].mentions:
        return list(groups[-1].mentions)
    return [ant]


def _compound_mediations(doc, s, lang, lex, mentions, dates, section_date, broken, found):
    """ "a Moscow-brokered deal", "a US-mediated agreement": the compound names a mediation
    that no trigger word carries; it is coded as CONSULT by the mediator towards the parties
    of the deal the sentence reports."""
    text = doc.text
    suffixes = tuple(lex.grammar.get("mediator_suffixes") or ())
    deals = [e for e in found if e.event_type in ("AGREE", "RETREAT") and e.actor]
    if not suffixes or not deals:
        return []
    out = []
    for m in mentions:
        if not (m.role == "actor" and m.country and s.start <= m.start < s.end):
            continue
        tail = text[m.end : m.end + 14].lower()
        suffix = next((x for x in suffixes if tail.startswith(x)), None)
        if suffix is None:
            continue
        parties = [
            a
            for a in dict((a.country, a) for e in deals for a in e.actor).values()
            if a.country != m.country
        ]
        if not parties:
            continue
        spec = TriggerSpec("CONSULT", "mediate", "046", suffix)
        t = _Span(m.end, m.end + len(suffix), "trigger", spec, suffix)
        date, precision, date_why = _date(t, s, s.start, s.end, dates, section_date, doc)
        why = f"roles: the mediator named in '{m.raw_text}{suffix}'; asserted; date: {date_why}"
        out.append(
            _event(
                doc,
                s,
                t,
                lang,
                plover_table()["CONSULT"],
                [m.entity()],
                parties,
                deals[0].negated,
                deals[0].modality,
                date,
                precision,
                broken,
                why,
            )
        )
    return out


def _drop_vaguer(events: list[Event]) -> list[Event]:
    """Two readings of one sentence with the same type, truth and actor, one naming a
    recipient and one not ("выпустив ракеты ... по Харькову"), are one event: the vaguer
    reading goes. Likewise an actorless reading beside one with an actor and the same
    recipient."""

    def sides(e):
        return (
            frozenset(a.country for a in e.actor if a.country),
            frozenset(r.country for r in e.recipient if r.country),
        )

    keep = []
    for e in events:
        a, r = sides(e)
        vaguer = any(
            o is not e
            and o.event_type == e.event_type
            and o.negated == e.negated
            and (
                (not r and a and sides(o)[0] == a and sides(o)[1])
                or (not a and r and sides(o)[1] == r and sides(o)[0])
            )
            for o in events
        )
        if not vaguer:
            keep.append(e)
    return keep


@lru_cache(maxsize=64)
def _grammar_words(lang: str, key: str) -> frozenset[str]:
    """A grammar.yaml word list as a set, lower-cased."""
    return frozenset(str(w).lower() for w in lexicon(lang).grammar.get(key) or ())


@lru_cache(maxsize=8)
def _list_openers(lang: str) -> frozenset[str]:
    """roles.yaml `list_openers`: words before a list of subjects ("كل من"), in match form."""
    from detente.actors.kb import default_kb

    words = default_kb().lang_roles(lang).get("list_openers") or ()
    return frozenset(match_form(str(w), lang).lower() for w in words)


@lru_cache(maxsize=None)
def _grammar_stems(lang: str, key: str) -> tuple[str, ...]:
    """A grammar.yaml list of word beginnings, in match form."""
    return tuple(match_form(str(w), lang).lower() for w in lexicon(lang).grammar.get(key) or ())


def _has_stem(text: str, lang: str, stems: tuple[str, ...]) -> bool:
    """Does a word of ``text`` begin with one of ``stems``?"""
    return bool(stems) and any(
        w.text.lower().startswith(stems) for w in tokenize(match_form(text, lang))
    )


@lru_cache(maxsize=4096)
def _joint(lang: str, spec: TriggerSpec, key: str = "joint_words") -> bool:
    """Does the trigger phrase name a shared act (grammar.yaml `joint_words`), or with
    ``key="one_sided_words"`` one party's step towards another's deal ("approved",
    "ratified")?"""
    stems = _grammar_stems(lang, key)
    words = match_form(spec.phrase, lang).lower().split()
    return bool(stems) and any(w.startswith(stems) for w in words)


def _embassy_party(text: str, cs: int, ce: int, mentions: list[Mention], lang: str):
    """The state named on an embassy or consulate in the clause (grammar.yaml
    `embassy_words`, word beginnings): "the Russian embassy", "посольства России",
    "שגרירות רוסיה", "السفارة الروسية"."""
    stems = _grammar_stems(lang, "embassy_words")
    if not stems:
        return None
    for m in sorted(mentions, key=lambda m: m.start):
        if not (cs <= m.start < ce and m.country and m.role != "group"):
            continue
        before = match_form(text[max(cs, m.start - 30) : m.start], lang).lower().split()[-1:]
        after = match_form(text[m.end : min(ce, m.end + 30)], lang).lower().split()[:1]
        own = match_form(text[m.start : m.end], lang).lower().split()
        for w in before + own + after:
            w = w.strip(".,;:!?،؛\"'()«»")
            if any(st in w for st in stems):
                return m
    return None


def _between_parties(
    text: str, t: _Span, ce: int, mentions: list[Mention], actor_g: _Group | None = None
) -> list | None:
    """The parties the act's own phrase names, when two countries or more: a "between X and
    Y" phrase after the trigger (grammar.yaml `between_words`), or, when the actor stands
    before the trigger, the words right inside a gapped phrase ("أعلن ... توصل إسرائيل وحماس
    إلى اتفاق": the reaching by Israel and Hamas of a deal, which the speaker announces)."""
    words = _grammar_union("between_words")
    ms = sorted(
        (m for m in mentions if t.start <= m.start < ce and m.role == "actor" and m.country),
        key=lambda m: m.start,
    )
    announced = actor_g is not None and actor_g.end <= t.start and t.tail_start is not None
    for i, m in enumerate(ms):
        in_gap = (
            announced
            and m.start >= (t.head_end or t.end)
            and _words_between(text, t.head_end or t.end, m.start) == 0
            and m.end <= t.tail_start
        )
        before = {w.lower() for w in text[max(t.start, m.start - 12) : m.start].split()[-1:]}
        if not (in_gap or before & words):
            continue
        group = [m]
        for n in ms[i + 1 :]:
            if _words_between(text, group[-1].end, n.start) > 1:
                break
            group.append(n)
        if len({g.country for g in group}) < 2:
            return None
        return [g.entity() for g in group]
    return None


def _reciprocal(
    actor,
    recipient,
    info,
    how,
    mode=None,
    mutual=False,
    places=frozenset(),
    joint=False,
    one_sided=False,
):
    """ "India and Pakistan agreed", "talks between X and Y": with no recipient, a joint
    actor of a reciprocal type is coded as each party acting towards the others (or, for
    meetings, the first-named towards the rest). Joint acts (plover.yaml `joint_modes`:
    "X signed a deal with Y", a ceasefire) have all parties as actors and no recipient."""
    # "Israel's cabinet approved a ceasefire with Hezbollah": approving or ratifying a
    # deal is one party's step towards the other (eval/README.md), not the shared act
    if recipient and not one_sided and (joint or mode in (info.get("joint_modes") or ())):
        seen = {a.country for a in actor}
        parties = actor + [r for r in recipient if r.country not in seen | set(places)]
        if not actor and len(parties) < 2:
            return [(actor, recipient, how)]  # no act shared: only the place was named
        return [(parties, [], how + ", parties of a joint act")]
    if mutual and not recipient and len(actor) >= 2:
        # "clashes between the army and the RSF": each side acts on the others, even two
        # of one country
        out = []
        for i, a in enumerate(actor):
            others = [x for j, x in enumerate(actor) if j != i]
            out.append(([a], others, how + ", mutual act: each on the other"))
        return out
    if mode == "mediate":
        # "при посредничестве Турции и ООН": mediators broker together, not each other
        return [(actor, recipient, how)]
    countries = list(dict.fromkeys(a.country for a in actor if a.country))
    mode = info.get("reciprocal")
    if recipient or len(countries) != 2 or not mode:
        # three or more parties stay one joint actor, as PLOVER codes multilateral deals
        return [(actor, recipient, how)]
    if mode == "first":
        first = [a for a in actor if a.country == countries[0]][:1]
        rest = [a for a in actor if a.country != countries[0]]
        return [(first, rest, how + ", joint actor: first-named as actor")]
    out = []
    for c in countries:
        a = [x for x in actor if x.country == c][:1]
        r = [x for x in actor if x.country != c]
        out.append((a, r, how + ", joint actor: reciprocal"))
    return out


def _state_act(t: _Span, actor_g: _Group | None) -> TriggerSpec | None:
    """The trigger's spec recast for a state actor (plover.yaml `state_acts`: a government's
    PROTEST is ACCUSE), when every actor is a state or the capital that stands for it."""
    recast = (plover_setting("state_acts", {}) or {}).get(t.spec.event_type) or {}
    target = recast.get(t.spec.mode)
    if not target or actor_g is None or not actor_g.mentions:
        return None
    # a capital counts as its government only as the subject before the verb ("Tokyo
    # protested"); after it, it is more often where the crowd is ("تظاهر ... في بلغراد")
    kinds = ("country", "place") if actor_g.end <= t.start else ("country",)
    if not all(m.sector == "GOV" and m.kind in kinds for m in actor_g.mentions):
        return None
    etype, mode, cameo = (str(x) for x in target)
    return replace(t.spec, event_type=etype, mode=mode, cameo=cameo)


def _after_document(date: str | None, doc_date: str | None) -> bool:
    """Is ``date`` later than the document's date, at the precision both have?"""
    if not date or not doc_date:
        return False
    n = min(len(date), len(doc_date))
    return date[:n] > doc_date[:n]


def _event(
    doc, s, t, lang, info, actor, recipient, negated, modality, date, precision, broken, why
):
    intensity = (info.get("modes") or {}).get(t.spec.mode, info["intensity"])
    conf = (
        0.45
        + (0.2 if any(a.country for a in actor) else 0)
        + (0.15 if any(r.country for r in recipient) else 0)
        + (0.1 if " " in t.spec.phrase else 0)
    )
    if broken:
        conf -= 0.2
    conf = round(max(0.05, min(0.99, conf * t.spec.weight)), 2)
    return Event(
        event_type=t.spec.event_type,
        mode=t.spec.mode,
        context=list(t.spec.context),
        actor=actor,
        recipient=recipient,
        date=date,
        date_precision=precision,
        negated=negated,
        modality=modality,
        intensity=intensity,
        evidence=Evidence(s.text, s.start, s.end),
        confidence=conf,
        doc=doc.name,
        doc_id=doc.doc_id,
        language=lang,
        cameo=t.spec.cameo or info.get("cameo"),
        trigger=doc.text[t.start : t.end],
        trigger_start=t.start,
        trigger_end=t.end,
        sentence_index=s.index,
        why=f"trigger '{t.spec.phrase}' ({lang}) → {t.spec.event_type}"
        + (f"/{t.spec.mode}" if t.spec.mode else "")
        + f"; {why}",
    )


# -- syntax ---------------------------------------------------------------------------------
# Languages with an offline dependency parser (spaCy's English model, natasha for Russian).
SYNTAX_LANGUAGES = ("en", "ru")


def _parsed_roles(text, s: Sentence, t: _Span, lang, ms):
    """The dependency parse's roles for trigger ``t`` among the mentions ``ms``, read on the
    sentence ``s`` alone."""
    from detente.events.syntax import roles_from_syntax

    return roles_from_syntax(
        text[s.start : s.end],
        lang,
        (t.start - s.start, (t.head_end or t.end) - s.start),
        [(m.start - s.start, m.end - s.start) for m in ms],
    )


def _parsed_agent(text, s: Sentence, t: _Span, lang, ms, recip_g, how):
    """A passive trigger with no agent found by word order: the agent the parse marks,
    and only that ("Грузовое судно было атаковано хуситами": the instrumental names the
    attacker, whose name pymorphy cannot decline). Its subject is still no actor."""
    r = _parsed_roles(text, s, t, lang, ms)
    reasons = {x.strip() for x in r.how.removeprefix("syntax: ").split(";")} if r else set()
    agents = {"actor: instrumental agent", "actor: by-agent"}
    if r is None or not r.actor or not {x for x in reasons if x.startswith("actor:")} <= agents:
        return None, recip_g, how
    actor_g = _group_from(text, [ms[i] for i in r.actor])
    if recip_g is not None and _overlaps(actor_g, recip_g):
        rest = [m for m in recip_g.mentions if not _overlaps(actor_g, _group_from(text, [m]))]
        recip_g = _group_from(text, rest) if rest else None
    return actor_g, recip_g, f"{how}; syntax: the parse's agent"


def _with_syntax(
    text, s: Sentence, t: _Span, lang, mentions, actor_g, recip_g, how, ce=None, trig=()
):
    """Take the actor and the recipient from the dependency parse where it names them; keep
    the word-order reading for a role the parse leaves open. A recipient past the end of
    the trigger's clause (``ce``) and past another trigger there belongs to that act
    ("отозвал посла из Мадрида после того как Испания поддержала марокканский план"),
    whatever the parse attaches."""
    ms = [m for m in mentions if m.role == "actor"]
    if ms and t.spec.passive and actor_g is None:
        return _parsed_agent(text, s, t, lang, ms, recip_g, how)
    if not ms or t.spec.passive:
        # a trigger passive in its meaning ("подверглись обстрелу", "came under fire") has
        # the one acted on as its grammatical subject: the parse's subject is no actor,
        # and the word-order reading (agent phrases) already knows that
        return actor_g, recip_g, how
    r = _parsed_roles(text, s, t, lang, ms)
    if r is None:
        return actor_g, recip_g, how
    syn_a = _group_from(text, [ms[i] for i in r.actor])
    later = [o.start for o in trig if ce is not None and t.start < ce <= o.start]
    syn_r = _group_from(
        text, [ms[i] for i in r.recipient if not any(o < ms[i].start for o in later)]
    )
    etype = t.spec.event_type
    genitive = (
        syn_a
        if "actor: genitive of nominal trigger" in r.how
        else syn_r
        if "recipient: genitive of nominal trigger" in r.how
        else None
    )
    target = (
        _target_after_genitive(text, genitive, mentions, lang)
        if genitive is not None and etype == "ASSAULT"
        else None
    )
    if target is not None:
        # "нападение России на Украину", "удар Израиля по Газе": with its target named
        # after it (a place, which the parse is not shown), the genitive is the attacker
        syn_a, syn_r = genitive, _group_from(text, [target])
        how = f"{how}; the genitive attacks the target named after it"
    elif (
        syn_a is not None
        and "actor: genitive of nominal trigger" in r.how
        and (etype in ("COERCE", "ASSAULT") or (etype, t.spec.mode) in _PATIENT_MODES)
    ):
        # "задержание журналиста", "убийство генерала": the genitive of an act done *to*
        # someone names who undergoes it
        syn_r, syn_a = syn_r or syn_a, None
    if (
        syn_r is not None
        and "object of the verb the nominal trigger is subject of" in r.how
        and (etype not in ("ASSAULT", "COERCE"))
    ):
        syn_r = None  # "the visit angered Beijing": who is angered is not who is visited
    if syn_a is not None and ";" in text[syn_a.end : t.start]:
        syn_a = None  # parsers join clauses across a semicolon; "A did X; in B they did Y"
    parsed_how = r.how
    if syn_a is not None and "subject names no party" in how and ":" in text[syn_a.end : t.start]:
        # "Nigeria: gunmen kidnapped ...": a parse that joins a headline's speaker to the
        # verb does not outweigh the subject read right before it
        syn_a = None
        parsed_how += " (its actor not taken: the subject before the verb names no party)"
    if (
        r.own_subject
        and syn_a is None
        and actor_g is not None
        and actor_g.start >= t.end
        and _word_order(lang) == "SVO"
    ):
        # "a Revolutionary Court accused him of spying for Israel": the verb's subject is
        # named, though by no party; in a subject-first language (grammar.yaml
        # `word_order`) what follows the verb is never its subject
        if recip_g is not None and _overlaps(actor_g, recip_g):
            recip_g = None
        actor_g = None
        how = f"{how}; the verb's own subject ('{r.own_subject}') names no party"
    if (
        syn_a is not None
        and actor_g is not None
        and len(actor_g.mentions) > len(syn_a.mentions)
        and all(m in actor_g.mentions for m in syn_a.mentions)
    ):
        # "The US and other countries, including Britain and France, condemned": the parse
        # names the list's head; the list the words join stays whole
        syn_a = actor_g
    if syn_a is not None:
        actor_g = syn_a
        if syn_r is None and recip_g is not None and _overlaps(actor_g, recip_g):
            recip_g = None
    if syn_r is not None:
        recip_g = syn_r
        if syn_a is None and actor_g is not None and _overlaps(actor_g, recip_g):
            actor_g = None
    return actor_g, recip_g, f"{how}; syntax: {parsed_how}"


def _carrier_after(text: str, g: _Span, cues: list[_Span]) -> _Span | None:
    """A `subject_carriers` word ("כי") right after a governing trigger: it opens the clause
    that is the trigger's content."""
    return next(
        (
            c
            for c in cues
            if c.kind == "subject_carriers"
            and g.end <= c.start
            and _words_between(text, g.end, c.start) <= 2
        ),
        None,
    )


def _content_party(text, s: Sentence, t: _Span, actor_g: _Group, mentions, cues) -> _Group | None:
    """The first party, other than the actor's own state, of the clause a `subject_carriers`
    word ("כי") opens right after a governing trigger."""
    c = _carrier_after(text, t, cues)
    if c is None:
        return None
    end = min([b.start for b in cues if b.kind == "clause_breaks" and b.start >= c.end] + [s.end])
    own = {m.country for m in actor_g.mentions}
    m = next(
        (
            m
            for m in mentions
            if c.end <= m.start < end and m.role == "actor" and m.country and m.country not in own
        ),
        None,
    )
    return _group_from(text, [m]) if m is not None else None


def _content_clause(text: str, g: _Span, cs: int, cues: list[_Span]) -> bool:
    """Hebrew "הכחישה כי סייעה": "כי" (that) breaks the clause, yet the clause it opens right
    after a governing verb is still that verb's content."""
    c = _carrier_after(text, g, cues)
    return c is not None and c.start <= cs <= c.end + 1


def _closed_relative(text: str, s: Sentence, g: _Span, t: _Span, lang: str) -> bool:
    """Does ``g`` stand in a relative clause (a comma, then within two words a relative
    pronoun of syntax.yaml `relative_words`) that a comma closes before ``t``?"""
    from detente.events.syntax import syntax_words

    if "," not in text[g.end : t.start]:
        return False
    rel = syntax_words(lang, "relative_words")
    return _comma_opened(text, s, g.start, lang, rel, 2, inflected=True) is not None


def _target_after_genitive(text: str, g: _Group, mentions, lang: str) -> Mention | None:
    """The party named right after genitive ``g`` by a preposition of syntax.yaml
    `subjective_genitive_prepositions`; one that also names a place (`place_prepositions`)
    counts only with the accusative ("на Украину", not "на Украине")."""
    from detente.events.syntax import syntax_words

    preps = syntax_words(lang, "subjective_genitive_prepositions")
    if not preps:
        return None
    nxt = next((m for m in mentions if m.start >= g.end and m.country), None)
    if nxt is None:
        return None
    between = [w.text.lower() for w in tokenize(text[g.end : nxt.start])]
    if len(between) != 1 or between[0] not in preps:
        return None
    if between[0] in syntax_words(lang, "place_prepositions") and "accs" not in _ru_case_of(nxt):
        return None
    return nxt


# Act nouns whose genitive is the one acted on, beyond COERCE and ASSAULT.
_PATIENT_MODES = {("SANCTION", "expel"), ("RETREAT", "release"), ("SANCTION", "diplomatic")}


def _colon_speaker(text: str, s: Sentence, t: _Span, mentions: list[Mention]):
    """The party a headline or lead names before a colon that opens its sentence ("US:",
    "الخارجية الإيرانية:", "Германия обвиняет:"), if the trigger is after the colon: the
    mentions before it, all of one country, with at most two other words. Else None."""
    colon = text.find(":", s.start, t.start)
    if colon < 0:
        return None
    before = [m for m in mentions if s.start <= m.start and m.end <= colon]
    if not before or len({m.country for m in before}) != 1 or not before[0].country:
        return None
    if any(m.role != "actor" for m in before):
        return None
    rest = text[s.start : colon]
    for m in sorted(before, key=lambda m: m.start, reverse=True):
        rest = rest[: m.start - s.start] + " " + rest[m.end - s.start :]
    return before if len(tokenize(rest)) <= 2 else None


def _group_from(text: str, ms: list[Mention]) -> _Group | None:
    if not ms:
        return None
    ms = sorted(ms, key=lambda m: m.start)
    g = _Group([_head_of(u) for u in _units(text, ms, [])])
    g.first, g.last = ms[0], ms[-1]
    return g


def _overlaps(a: _Group, b: _Group) -> bool:
    return bool({m.country for m in a.mentions} & {m.country for m in b.mentions})


# -- clauses and groups -----------------------------------------------------------------------
def _clause_comma(text: str, start: int, end: int) -> int:
    """The first comma or semicolon in text[start:end], or ``end``: where the participants
    of a participle or complement clause stop."""
    return next((k for k in range(start, end) if text[k] in ",،;"), end)


def _carried_subject(text, s, t: _Span, cs, ce, mentions, cues, trig, lex, lang):
    """ "ספרד ונורווגיה הודיעו כי יכירו במדינה פלסטינית": a clause opened by a
    subject-carrying complementiser, with no participant between it and the trigger, has
    the subject of the clause before it (Hebrew drops the repeated pronoun). Returns
    (actor, recipient, why) or None; the recipient is the first participant after the
    trigger in its own clause."""
    carrier = next(
        (
            c
            for c in cues
            if c.kind == "subject_carriers"
            and c.end <= t.start
            and c.end >= cs - 1
            and not text[c.end : cs].strip()
        ),
        None,
    )
    if carrier is None or any(ch in text[carrier.end : t.start] for ch in ",،;"):
        return None  # after a comma a new clause may have begun with a subject we missed
    if any(carrier.end <= m.start < t.start for m in mentions):
        return None  # the clause names its own subject (or object) before the verb
    outer, _ = _clause(text, s, _Span(carrier.start, carrier.start, "carrier"), cues)
    if outer >= carrier.start:
        return None
    actor = _subject_before(text, lang, t, carrier, outer, mentions, cues, trig, lex)
    if actor is None:
        return None
    recip = _recipient_after(text, t, _clause_comma(text, t.end, ce), actor, mentions, cues, trig)
    return actor, recip, "subject of the clause before the complementiser"


def _subject_before(text, lang, t: _Span, carrier: _Span, start, mentions, cues, trig, lex):
    """The subject of the clause from ``start`` up to a complementiser: the group the role
    rules would give a verb standing where the complementiser stands."""
    actor, _, _ = _roles(
        text,
        lang,
        _Span(carrier.start, carrier.start, "trigger", t.spec, ""),
        start,
        carrier.start,
        mentions,
        cues,
        trig,
        lex,
    )
    if actor is None or actor.mentions[-1].end > carrier.start:
        return None
    return actor


def _recipient_after(text, t: _Span, stop: int, actor, mentions, cues, trig):
    """The first party after the trigger, up to ``stop``, that is not the actor's country
    and not a place; else the place, when the act is not a meeting held there."""
    inside = [m for m in mentions if (t.head_end or t.end) <= m.start and m.end <= stop]
    own = {m.country for m in actor.mentions}
    groups = _groups(text, inside, cues, trig)
    places = [g for g in groups if _is_place(g) or _locative(text, g, cues)]
    recip = next((g for g in groups if g not in places and g.mentions[0].country not in own), None)
    if recip is None and not _venue_only(t.spec):
        recip = _place_recipient(actor, places)
    return recip


def _state_after_masculine_verb(text: str, t: _Span, g: _Group, lex: Lexicon) -> bool:
    """ "وفي وقت لاحق اتهم روسيا بمهاجمة أوكرانيا": a verb without the feminine mark
    (grammar.yaml `feminine_verb_prefixes`, `feminine_verb_suffixes`) does not agree with a
    state named right after it, which Arabic treats as feminine (bar `masculine_states`):
    the state is its object and its subject is dropped."""
    gram = lex.grammar
    prefixes = tuple(str(p) for p in gram.get("feminine_verb_prefixes") or ())
    suffixes = tuple(str(p) for p in gram.get("feminine_verb_suffixes") or ())
    if not suffixes or not g.mentions:
        return False
    head = g.first
    if head is None or head.kind != "country" or head.start != g.start:
        return False
    if head.country in {str(c) for c in gram.get("masculine_states") or ()}:
        return False
    if text[t.end : head.start].strip() or t.end > head.start:
        return False
    words = text[t.start : t.end].split()
    verb = words[0] if words else ""
    # the conjunctions of morphology.yaml, should a phrase begin with one
    for p in tuple(str(c) for c in morphology(lex.lang).get("conjunctions") or ()):
        if verb.startswith(p) and len(verb) > len(p) + 2:
            verb = verb[len(p) :]
            break
    return len(words) == 1 and not verb.endswith(suffixes) and not verb.startswith(prefixes)


def _dropped_subject(text: str, s: Sentence, t: _Span, mentions, lex: Lexicon) -> bool:
    """A sentence that opens with its verb and names no subject after it ("وطالب بتسليم
    المشتبه بهم"): Arabic drops the pronoun of the subject already named (grammar.yaml
    `drops_subject`)."""
    if not lex.grammar.get("drops_subject"):
        return False
    lead = text[s.start : t.start].strip()
    if lead not in ("", "و", "ف"):
        return False
    after = [m for m in mentions if t.end <= m.start < s.end and m.role == "actor"]
    after = [m for m in after if not _object_only(text, m.start, lex.lang)]
    return not after or _words_between(text, t.end, after[0].start) > 1


def _object_only(text: str, start: int, lang: str) -> bool:
    """Does the phrase at ``start`` open with a word that points back to the clause's own
    subject (grammar.yaml `object_only_words`, so far Arabic: "نظيره", "نظيرتها")? Such a
    phrase is never that subject: "والتقى نظيره الروسي" is the dropped subject meeting his
    Russian counterpart."""
    words = _grammar_stems(lang, "object_only_words")
    if not words:
        return False
    head = match_form(text[start : start + 40], lang).lower().split()
    return bool(head) and (head[0] in words or " ".join(head[:2]) in words)


def _pronoun_subject(text: str, cs: int, start: int, mentions, lex: Lexicon) -> bool:
    """Does the clause before the trigger open with a personal pronoun (grammar.yaml
    `subject_pronouns`), or end with one after an adverb ("Later he accused", "Позже он
    обвинил", "מאוחר יותר הוא האשים"), and name no party of its own?"""
    pronouns = {str(w).lower() for w in lex.grammar.get("subject_pronouns") or ()}
    if not pronouns or any(cs <= m.start < start for m in mentions if m.role == "actor"):
        return False
    words = tokenize(match_form(text[cs:start], lex.lang).lower())
    return bool(words) and (words[0].text in pronouns or words[-1].text in pronouns)


def _relative_passive(text: str, t: _Span, lang: str) -> bool:
    """Is the passive trigger ``t`` the verb of a relative clause ("who were abducted",
    `الذين اختطفوا`, `שנחטפו`)? Auxiliaries may stand between pronoun and verb."""
    start = word_start(text, t.start)
    return _opens_relative(text, start, text[start : t.start], lang, reach=2)


def _opens_relative(text: str, start: int, prefix: str, lang: str, reach: int = 1) -> bool:
    """Does a relative clause open at the word starting at ``start``: the letters ``prefix``
    written before its stem end with a relative prefix (grammar.yaml `relative_prefixes`:
    `שמארח`), or a relative pronoun (`relative_pronouns`: "which", `التي`) is among the
    ``reach`` words before it?"""
    prefixes = tuple(_grammar_words(lang, "relative_prefixes"))
    if prefixes and prefix.endswith(prefixes):
        return True
    pronouns = _grammar_words(lang, "relative_pronouns")
    before = match_form(text[max(0, start - 60) : start], lang).lower().split()[-reach:]
    return any(w.strip(",،") in pronouns for w in before)


def _and_verb_without_subject(
    text, s, t: _Span, mentions, lang, verb_end: int, comma: bool = True
) -> bool:
    """Hebrew or Arabic ", و/ו+verb" with no subject of its own right after the verb (ending
    at ``verb_end``): the repeated subject was dropped. With ``comma`` False the prefixed
    "and" alone will do."""
    if lang not in ("he", "ar"):
        return False
    if not (_comma_and_before(text, t.start) if comma else _and_prefixed(text, t.start)):
        return False
    # a gapped phrase's gap may hold the subject ("وطردت ألمانيا دبلوماسيين")
    after = [m for m in mentions if verb_end <= m.start < s.end and m.role == "actor"]
    if not after:
        return True
    gap = text[verb_end : after[0].start].strip()
    words = gap.split()
    if words and match_form(words[0], lang) in _grammar_stems(lang, "recipient_markers"):
        # "، وفرضت عقوبات على شركة صينية": a name after a preposition is no subject
        return True
    if lang == "ar" and len(gap) > 4 and " " not in gap and gap[0] in "بل":
        # "، وطالبت بانسحاب القوات التركية": the name after a preposition-prefixed masdar
        # is the masdar's genitive, not a subject after the verb
        return True
    return _words_between(text, verb_end, after[0].start) > 1


def _continued_subject(text, s, t: _Span, ce, mentions, cues, trig, lang, last_actor):
    """ "اتهمت باكستان إيران ...، واستدعت سفيرها من طهران": a verb that takes the prefixed
    "and" after a comma and names no subject right after it continues the subject of the
    verb before it in the sentence (Arabic and Hebrew drop the repeated subject)."""
    # Arabic joins verbs that share a subject with the prefixed "and" alone ("تستدعي
    # السفير الألماني وتطرد أربعة دبلوماسيين"; grammar.yaml `and_joins_verbs`); Hebrew
    # marks the object with את, which the word-order roles already read
    bare_and = bool(lexicon(lang).grammar.get("and_joins_verbs")) if lang else False
    if not _and_verb_without_subject(
        text, s, t, mentions, lang, t.head_end or t.end, comma=not bare_and
    ):
        return None
    actor = last_actor[0]
    recip = _recipient_after(text, t, _clause_comma(text, t.end, ce), actor, mentions, cues, trig)
    return actor, recip, "subject of the verb before, continued after ', and'"


def _resumed_subject(text, s, t: _Span, mentions, cues, trig, lex, lang):
    """ "טראמפ הודיע כי ישראל ואיראן הסכימו להפסקת אש, ואיים כי...": a verb joined by a
    comma and the prefixed "and" to a sentence whose main verb took a complement clause
    (opened by a subject carrier, grammar.yaml) continues the main clause: its subject is
    the main clause's, not the complement's. Only when the verb names no subject of its
    own right after it."""
    if not _and_verb_without_subject(text, s, t, mentions, lang, t.end):
        return None
    comma = max((k for k in range(s.start, t.start) if text[k] in ",،"), default=None)
    if comma is None:
        return None
    carrier = next(
        (
            c
            for c in reversed(cues)
            if c.kind == "subject_carriers" and s.start <= c.start and c.end <= comma
        ),
        None,
    )
    if carrier is None or any(ch in text[s.start : carrier.start] for ch in ",،;"):
        return None
    if not any(carrier.end <= m.start < comma and m.role == "actor" for m in mentions):
        return None  # the complement has no subject of its own: nothing to skip
    actor = _subject_before(text, lang, t, carrier, s.start, mentions, cues, trig, lex)
    if actor is None:
        return None
    recip = _recipient_after(
        text, t, _clause_comma(text, t.end, s.end), actor, mentions, cues, trig
    )
    return actor, recip, "subject of the main clause the verb continues"


def _obliged(text, s, t: _Span, mentions, cues, trig, lex: Lexicon):
    """ "The British minister said Libya must hand over the suspects", "Лавров заявил, что
    Киев должен ...", "قال الوزير إنه يجب على إيران ...": an obligation stated by a speaker
    is the speaker's demand on the party obliged. The obliged party stands right before the
    word (right after it for a word ending in its own preposition, "يجب على"); the speaker
    is the first party before it, separated from it by a word of saying (grammar.yaml
    `demand_speech`). Returns (actor, recipient, why) or None."""
    stems = _grammar_stems(lex.lang, "demand_speech")
    if not stems:
        return None
    inside = [m for m in mentions if s.start <= m.start and m.end <= s.end]
    groups = [
        g
        for g in _groups(text, inside, cues, trig)
        if not _is_place(g) and not _locative(text, g, cues)
    ]
    after = next((g for g in groups if g.start >= t.end), None)
    before = [g for g in groups if g.end <= t.start]
    # "ستدفع إسرائيل الثمن", "إن على إيران أن", "כי על איראן לעצור": a phrase with the
    # obliged party inside its gap
    inside = next((g for g in groups if t.start < g.start and g.end < t.end), None)
    if after is not None and _words_between(text, t.end, after.start) == 0 and lex.lang == "ar":
        recip, edge = after, t.start
    elif inside is not None:
        # the phrase's own words may be the words of saying ("قال ماكرون إن على ...")
        recip, edge = inside, inside.start
    elif before and _words_between(text, before[-1].end, t.start) <= 1:
        recip, edge = before[-1], before[-1].start
    else:
        return None
    for g in groups:
        if g.end > edge:
            break
        if _overlaps(g, recip):
            continue
        if _has_stem(text[g.end : edge], lex.lang, stems):
            return g, recip, "speaker of the obligation: the party before the word of saying"
    # "Kremlin: Kyiv must withdraw", "Erdoğan: Israel will pay a heavy price": a headline's
    # speaker stands before its colon
    headline = _colon_speaker(text, s, t, mentions)
    if headline is not None and headline[-1].end <= edge:
        g = _group_from(text, headline)
        if g is not None and not _overlaps(g, recip):
            return g, recip, "speaker of the obligation: the party named before the colon"
    # "Iran must halt enrichment, Macron said": the speaker after the quoted clause
    comma = next((k for k in range(t.end, s.end) if text[k] in ",،;"), None)
    if comma is None:
        return None

    def said(a: int, b: int) -> bool:
        return _has_stem(text[a:b], lex.lang, stems)

    for g in groups:
        if g.start <= comma or _overlaps(g, recip):
            continue
        if _words_between(text, comma, g.start) > 2:
            break
        nxt = tokenize(text[g.end : s.end])[:1]
        if said(comma, g.start) or (nxt and said(g.end, g.end + nxt[0].end)):
            return g, recip, "speaker of the obligation: the party saying it after the clause"
        break
    return None


def _main_subject(text, s, t: _Span, ce, mentions, cues, trig, last_actor):
    """An adverbial participle after the main clause ("طردت موسكو دبلوماسيين، متهما لندن
    بالتجسس") acts through the main clause's subject: the actor of the sentence's last
    coded trigger, or else its first participant that is neither a place nor marked by a
    preposition. The recipient is the first participant after the participle."""
    actor = last_actor[0] if last_actor else None
    if actor is None:
        before = [m for m in mentions if s.start <= m.start and m.end <= t.start]
        groups = [
            g
            for g in _groups(text, before, cues, trig)
            if not _is_place(g) and not _locative(text, g, cues)
        ]
        actor = groups[0] if groups else None
    if actor is None:
        return None
    stop = _clause_comma(text, t.end, ce)
    after = [m for m in mentions if (t.head_end or t.end) <= m.start and m.end <= stop]
    recip = next((g for g in _groups(text, after, cues, trig) if not _overlaps(actor, g)), None)
    return actor, recip, "participle: subject of the main clause"


def _reports_own_act(actor: _Group, recip: _Group | None, t: _Span) -> bool:
    """ "Германия сообщила о задержании трёх граждан России": a state organ that reports an
    arrest, a release or a delivery reports its own act (plover.yaml
    `self_reported`), unless the one it is done to is that state. Attacks are left out, as
    "Israel reported rocket fire from Lebanon" is not Israel's."""
    if t.spec.event_type not in (plover_setting("self_reported", []) or []):
        return False
    if not any(m.sector in _sector_group("state") for m in actor.mentions):
        return False
    if recip is None:
        return True  # "police reported the arrest of 20 protesters"
    # "Moscow reported the arrest of Russian citizens in Baku": done to it, not by it
    own = {m.country for m in actor.mentions}
    return all(m.country and m.country not in own and m.role != "location" for m in recip.mentions)


def _reported_by(text: str, actor: _Group, t: _Span, lex: Lexicon) -> bool:
    """Is the actor the subject of a verb of reporting that stands between it and a
    nominal trigger ("the governor reported shelling", "сообщил об обстрелах")?"""
    stems = tuple(str(w).lower() for w in lex.grammar.get("report_verbs") or ())
    if not stems or actor.end > t.start:
        return False
    words = [w.text.lower() for w in tokenize(text[actor.end : t.start])]
    # the verb governs the trigger directly or through "about": "сообщил об обстрелах",
    # "reported on the shelling"; "said it struck" has a subject of its own
    about = {str(w).lower() for w in lex.grammar.get("about_words") or ()}
    articles = {str(w).lower() for w in lex.grammar.get("article_words") or ()}
    while words and words[-1] in articles:
        words.pop()
    if words and words[-1] in about:
        words.pop()
    # "Syria reportedly shelled": a word that marks a claim is no verb of reporting
    claims = _grammar_stems(lex.lang, "reported")
    return len(words) == 1 and words[0].startswith(stems) and words[0] not in claims


@lru_cache(maxsize=None)
def _grammar_union(key: str) -> frozenset[str]:
    """A grammar.yaml word list of every language, lower-cased: for checks that do not
    know the text's language. The scripts do not overlap, so one set serves them all."""
    return frozenset(
        str(w).lower()
        for lang in LANGUAGES
        for w in load_yaml(f"{lang}/grammar.yaml").get(key) or ()
    )


@lru_cache(maxsize=None)
def _morph_union(key: str) -> tuple[str, ...]:
    """A morphology.yaml list of every language (Hebrew and Arabic letters differ)."""
    return tuple(
        str(w) for lang in LANGUAGES for w in load_yaml(f"{lang}/morphology.yaml").get(key) or ()
    )


def _and_words() -> frozenset[str]:
    """ "and" spelled as a word that joins clauses (grammar.yaml `clause_and_words`)."""
    return _grammar_union("clause_and_words")


def _and_letters() -> str:
    """The one-letter "and" Hebrew and Arabic prefix to a word (morphology.yaml
    `and_proclitics`)."""
    return "".join(c for c in _morph_union("and_proclitics") if len(c) == 1)


def _adversary(text, t: _Span, ce: int, mentions, cues, trig, actor_g: _Group) -> _Group | None:
    """The first party after the trigger that an "against" governs ("ضد المغرب", "נגד
    ישראל"), in the trigger's clause; never the actor."""
    for c in sorted(cues, key=lambda c: c.start):
        if c.kind != "adversary_markers" or c.start < (t.head_end or t.end) or c.start >= ce:
            continue
        if any(b.kind == "clause_breaks" and t.end <= b.start < c.start for b in cues):
            return None
        after = [m for m in mentions if c.end <= m.start < ce and m.role == "actor"]
        groups = _groups(text, after, cues, trig)
        if groups and _right_after(text, c.end, groups[0].start):
            if not _overlaps(actor_g, groups[0]):
                return groups[0]
    return None


def _hosted_party(text, t: _Span, ce: int, mentions, lang: str, actor_g, recip_g):
    """The party a struck place hosts, told in a relative clause right after it ("which
    hosts US troops", `التي تستضيف قوات أمريكية`, `שמארח כוחות אמריקניים`; grammar.yaml
    `host_verbs` after `relative_pronouns` or written with `relative_prefixes`), unless the
    attack already has a recipient that is a party rather than a place."""
    if recip_g is not None and not all(
        m.kind == "place" or m.role == "location" for m in recip_g.mentions
    ):
        return None
    hosts = _grammar_stems(lang, "host_verbs")
    if not hosts:
        return None
    prefixes = tuple(_grammar_words(lang, "relative_prefixes"))
    own = {m.country for m in actor_g.mentions}
    # the relative clause follows the place struck (or the trigger) closely
    near = recip_g.end if recip_g is not None else t.end
    for w in re.finditer(r"\S+", text[t.end : ce]):
        if _words_between(text, near, t.end + w.start()) > 3:
            break
        word = match_form(w.group(), lang).lower().strip(",،")
        bare = word[1:] if prefixes and word.startswith(prefixes) else word
        if not bare.startswith(hosts):
            continue
        if not _opens_relative(text, t.end + w.start(), word[: len(word) - len(bare)], lang):
            continue
        start = t.end + w.end()
        party = next(
            (
                m
                for m in sorted(mentions, key=lambda m: m.start)
                if start <= m.start < ce
                and _words_between(text, start, m.start) <= 2
                and m.role == "actor"
                and m.country
                and m.country not in own
            ),
            None,
        )
        return _group_from(text, [party]) if party is not None else None
    return None


def _instrument_prefixed(text: str, start: int, lang: str) -> bool:
    """Does the word at ``start`` (a trigger starting after its clitics) carry the
    preposition of means, "by/in" (morphology.yaml `instrument_proclitics`: "بضربة",
    "בתקיפה")?"""
    letters = "".join(str(c) for c in morphology(lang).get("instrument_proclitics") or ())
    return (
        bool(letters)
        and start >= 2
        and text[start - 1] in letters
        and not text[start - 2].isalpha()
    )


def _attached(text: str, start: int) -> str:
    """The letters glued before a name starting at ``start`` (its Hebrew or Arabic clitics)."""
    j = start
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:start]


def _preposition_prefixed(text: str, start: int, lang: str) -> bool:
    """Does the word whose name starts at ``start`` carry a preposition (morphology.yaml
    `preposition_proclitics`: "ודרשה מטהרן", "بموسكو")? A subject never does."""
    morph = morphology(lang)
    letters = set(str(c) for c in morph.get("preposition_proclitics") or ())
    attached = _attached(text, start)
    for a in morph.get("article") or ():
        # "الصحفي": the article left outside a name is no preposition
        attached = attached.removesuffix(str(a))
    return bool(letters) and any(ch in letters for ch in attached)


def _and_prefixed(text: str, start: int) -> bool:
    """Does the word at ``start`` carry the prefixed "and" of Hebrew or Arabic ("ונתניהו",
    "وهدد")? Mentions and triggers start after their clitics, so it is the letter before."""
    return start >= 2 and text[start - 1] in _and_letters() and not text[start - 2].isalpha()


def _attribution_tail(s: Sentence, lex: Lexicon, trig: list[_Span]) -> tuple[int, int] | None:
    """The sentence's closing attribution, as a document span: the stretch after its last
    comma when that is an attribution (`_attribution_span`: "..., Lebanese officials said.",
    "..., сообщили в Минобороны")."""
    body = s.text.rstrip().rstrip(".!»\"')”")
    cut = max(body.rfind(","), body.rfind("،"))
    if cut < 0:
        return None
    span = _attribution_span(s, lex, trig, cut + 1, len(body))
    # "Iran must halt enrichment, Macron said": the speaker of an obligation is the one who
    # demands (`obliges`), so the clause stays
    if span is None or any(t.spec.obliges for t in trig):
        return None
    return span


def _attribution_asides(s: Sentence, lex: Lexicon, trig: list[_Span]) -> list[tuple[int, int]]:
    """Attributions between two commas inside the sentence (", Trump said, warning ..."), as
    document spans (`_attribution_span`)."""
    cuts = [k for k, ch in enumerate(s.text) if ch in ",،"]
    spans = (
        _attribution_span(s, lex, trig, a + 1, b) for a, b in zip(cuts, cuts[1:], strict=False)
    )
    return [x for x in spans if x is not None]


def _attribution_span(
    s: Sentence, lex: Lexicon, trig: list[_Span], a: int, b: int
) -> tuple[int, int] | None:
    """s.text[a:b] as a document span when it attributes what comes before it: a short
    stretch (grammar.yaml `attribution_tail_words`) holding a verb of saying
    (`attribution_tail_verbs`; a listed word ending in "*" is a word beginning, any other a
    whole word) and no trigger, with a trigger before it."""
    listed = _grammar_stems(lex.lang, "attribution_tail_verbs")
    stems = tuple(w[:-1] for w in listed if w.endswith("*"))
    whole = {w for w in listed if not w.endswith("*")}
    start, end = s.start + a, s.start + b
    words = tokenize(match_form(s.text[a:b], lex.lang))
    if not words or len(words) > int(lex.grammar.get("attribution_tail_words", 7)):
        return None
    if not any(w.text.lower() in whole or w.text.lower().startswith(stems) for w in words):
        return None
    if any(start <= t.start < end for t in trig) or not any(t.end <= start for t in trig):
        return None
    return start, end


def _and_verb(text: str, t: _Span, lex: Lexicon) -> bool:
    """A verb (not a noun, not an infinitive) that carries the prefixed "and", in a language
    whose grammar.yaml sets `and_prefix_joins_verbs` (grammar.yaml `infinitive_prefixes`)."""
    if not lex.grammar.get("and_prefix_joins_verbs"):
        return False
    infinitive = tuple(str(p) for p in lex.grammar.get("infinitive_prefixes") or ())
    return (
        _and_prefixed(text, t.start)
        and not t.spec.nominal
        and not (infinitive and text[t.start :].startswith(infinitive))
    )


def _background_participle(text: str, s: Sentence, t: _Span, lang: str) -> bool:
    from detente.events.syntax import reduced_relative

    return reduced_relative(
        text[s.start : s.end], lang, (t.start - s.start, (t.head_end or t.end) - s.start)
    )


def _joined_verb(text: str, s: Sentence, g: _Span, t: _Span, lang: str) -> bool:
    from detente.events.syntax import coordinated

    return coordinated(
        text[s.start : s.end],
        lang,
        (g.start - s.start, (g.head_end or g.end) - s.start),
        (t.start - s.start, (t.head_end or t.end) - s.start),
    )


def _fellow_verb(text: str, s: Sentence, t: _Span, o: _Span, lang: str) -> bool:
    from detente.events.syntax import fellow_verb

    return fellow_verb(
        text[s.start : s.end],
        lang,
        (t.start - s.start, (t.head_end or t.end) - s.start),
        (o.start - s.start, (o.head_end or o.end) - s.start),
    )


def _comma_and_before(text: str, start: int) -> bool:
    """ ", ودانت", ", וגינתה", ", and condemned", ", и осудил": a verb that begins with the
    conjunction right after a comma."""
    if _and_prefixed(text, start):
        before = text[max(0, start - 4) : start - 1]
    else:
        words = text[max(0, start - 8) : start].rstrip().rsplit(maxsplit=1)
        if not words or words[-1].lower() not in _and_words():
            return False
        before = text[max(0, start - 12) : start - len(words[-1]) - 1]
    return before.rstrip().endswith((",", "،"))


def _new_subject_clause(text: str, a: int, b: int, mentions) -> bool:
    """ "האשים את רוסיה ..., ובמוסקבה הכחישו": after a comma, a clause that opens with an
    acting name of its own is not the content of the verb before the comma."""
    cut = max(text.rfind(",", a, b), text.rfind("،", a, b))
    if cut < 0:
        return False
    return any(
        m.role == "actor" and cut < m.start < b and len(tokenize(text[cut + 1 : m.start])) <= 1
        for m in mentions
    )


def _aside(text: str, j: int, s: Sentence, step: int) -> int | None:
    """The other end of a short parenthesis whose bracket stands at ``j`` ("(OSCE)"): an
    aside that names, spells out or dates something, which does not end the clause."""
    close = ")" if step > 0 else "("
    k = text.find(close, j + 1, s.end) if step > 0 else text.rfind(close, s.start, j)
    inside = text[min(j, k) + 1 : max(j, k)] if k >= 0 else ""
    if k < 0 or len(inside.split()) > _ASIDE_WORDS or any(c in inside for c in "()"):
        return None
    return k


_ASIDE_WORDS = 3  # "(OSCE)", "(تشرين الثاني)"; a longer aside may hold a clause of its own


def _clause(text: str, s: Sentence, t: _Span, cues: list[_Span]) -> tuple[int, int]:
    start, end = s.start, s.end
    j = t.start - 1
    while j >= s.start:
        if text[j] == ")" and (k := _aside(text, j, s, -1)) is not None:
            j = k - 1
            continue
        if text[j] in _CLAUSE_PUNCT or (
            text[j] == "-" and text[j - 1 : j] == " " and text[j + 1 : j + 2] == " "
        ):
            start = j + 1
            break
        j -= 1
    j = t.end
    while j < s.end:
        if text[j] == "(" and (k := _aside(text, j, s, 1)) is not None:
            j = k + 1
            continue
        if text[j] in _CLAUSE_PUNCT or (
            text[j] == "-" and text[j - 1 : j] == " " and text[j + 1 : j + 2] == " "
        ):
            end = j
            break
        j += 1
    for c in cues:
        if c.kind != "clause_breaks":
            continue
        if c.end <= t.start and c.start >= start:
            start = c.end
        elif c.start >= t.end and c.start < end:
            end = c.start
    return start, end


def _coordinators() -> frozenset[str]:
    """Words that join the items of a list, "and" and "or" (grammar.yaml
    `list_conjunctions`)."""
    return _grammar_union("list_conjunctions")


def _units(
    text: str, mentions: list[Mention], trig: list[_Span], cues: list[_Span] = ()
) -> list[list[Mention]]:
    """Adjacent mentions of one country ("Azerbaijani President Ilham Aliyev", "נשיא
    אזרבייג'ן אלייב") are one participant."""
    units: list[list[Mention]] = []
    for m in mentions:
        if units:
            prev = units[-1][-1]
            gap = text[prev.end : m.start]
            if m.start >= prev.end and _new_phrase(text, units[-1], m, cues):
                units.append([m])
                continue
            if (
                prev.country
                and prev.country == m.country
                and m.start >= prev.end
                # "לארגון לביטחון ולשיתוף פעולה באירופה (OSCE)": a name spelled out again in
                # brackets right after it is the same participant
                and gap.strip() == "("
                and text[m.end : m.end + 1] == ")"
            ):
                units[-1].append(m)
                continue
            if (
                prev.country
                and prev.country == m.country
                and m.start >= prev.end
                and len(tokenize(gap)) <= 3
                and not any(c in gap for c in ",;:()—\n")
                and not any(prev.end <= t.start < m.start for t in trig)
                # "the Sudanese army and the RSF": two participants of one country
                and (gap.split() or [""])[0].lower() not in _coordinators()
            ):
                units[-1].append(m)
                continue
        units.append([m])
    return units


def _new_phrase(text: str, unit: list[Mention], m: Mention, cues: list[_Span]) -> bool:
    """Does a new participant of the same country start between the unit and ``m``?
    A recipient marker always opens one ("עצרו השלטונות הטורקיים את ראש העירייה"). In Hebrew
    and Arabic a description is complete with its adjective, so what follows it is a noun
    phrase of its own: a title ("اعتقلت السلطات التركية رئيس بلدية إسطنبول"), a second
    description ("اعتقلت الشرطة التركية الصحفي التركي") or words the next name completes
    ("نوابا من حزب الشعوب"); only a name right after it is its apposition ("الرئيس التركي
    رجب طيب أردوغان")."""
    a, b = unit[-1].end, m.start
    if any(c.kind == "recipient_markers" and a <= c.start and c.end <= b for c in cues):
        return True
    desc = unit[0]
    if desc.kind != "description" or not any("\u0590" <= ch <= "\u06ff" for ch in desc.raw_text):
        return False
    if m.kind == "description" and m.sector and desc.sector and len(unit) == 1:
        return True
    if len(unit) == 1 and tokenize(text[a:b]):
        # "اعتقلت الشرطة التركية نوابا من حزب الشعوب": words between the description and
        # the next name are a noun phrase of their own, which the name completes
        return True
    return any(c.kind == "titles" and a <= c.start and c.end <= b for c in cues)


def _head_of(unit: list[Mention]) -> Mention:
    """The most specific mention of a unit: a person, then a coded description."""
    for pref in ("person", "org", "company", "group", "description"):
        for m in unit:
            if m.kind == pref:
                return m
    for m in unit:
        if m.sector:
            return m
    return unit[0]


def _groups(
    text: str, mentions: list[Mention], cues: list[_Span], trig: list[_Span]
) -> list[_Group]:
    """Participants joined by coordinators ("Azerbaijan, Israel and the UAE") form one group."""
    coords = [c for c in cues if c.kind == "coordinators"]
    sources = [c for c in cues if c.kind == "reported"]
    groups: list[_Group] = []
    for unit in _units(text, mentions, trig, cues):
        head = _head_of(unit)
        if groups and (unit[0].start, unit[0].end) == (groups[-1].last.start, groups[-1].last.end):
            # one phrase standing for two parties ("both countries"): one group of both
            groups[-1].mentions.append(head)
            continue
        if groups and _source_phrase_ends(text, groups[-1], unit[0], sources):
            # "לפי דיווחים בתקשורת האמריקנית, ישראל עדכנה": the comma closes the source
            # phrase; the name after it starts the clause
            g = _Group([head])
            g.first, g.last = unit[0], unit[-1]
            groups.append(g)
        elif (
            groups
            and _coordinated(text, groups[-1].last, unit[0], coords)
            # a list holds alike items: "בתום הפסגה בקהיר, נשיא מצרים" is a place, then
            # the subject, not two parties
            and (groups[-1].last.role == "location") == (head.role == "location")
        ):
            groups[-1].mentions.append(head)
            groups[-1].last = unit[-1]
        else:
            g = _Group([head])
            g.first, g.last = unit[0], unit[-1]
            groups.append(g)
    return groups


def _source_phrase_ends(text: str, g: _Group, b: Mention, sources: list[_Span]) -> bool:
    """The group before a comma sits in an "according to ..." phrase that the comma ends."""
    gap = text[g.last.end : b.start]
    if "," not in gap and "،" not in gap:
        return False
    return any(
        c.end <= g.first.start
        and _words_between(text, c.end, g.first.start) <= 3
        and not any(ch in text[c.end : g.first.start] for ch in ",،;")
        for c in sources
    )


def _coordinated(text: str, a: Mention, b: Mention, coords: list[_Span]) -> bool:
    """Two participants form a list only when something joins them: a comma, a coordinator
    ("and", "as well as", "joined") or the prefixed "and" of Hebrew and Arabic. Two names
    with only a space between them are subject and object ("طالبت أذربيجان روسيا")."""
    if b.start < a.end or b.start - a.end >= 40:
        return False
    gap = list(text[a.end : b.start])
    joined = False
    for c in coords:
        if a.end <= c.start and c.end <= b.start:
            joined = True
            for k in range(c.start - a.end, c.end - a.end):
                gap[k] = " "
    raw = "".join(gap)
    ands = _and_letters()
    comma_and = raw.rstrip()[-1:] in tuple(ands) and ("," in raw or "،" in raw)
    if comma_and and not raw.endswith(" "):
        # ", ונתניהו בירך": Hebrew and Arabic lists join their last item with the prefix
        # alone; a comma before the prefixed "and" starts a new clause (see _new_subject).
        return False
    if "," in raw or "،" in raw:
        joined = True
        raw = raw.replace(",", " ").replace("،", " ")
    rest = raw.strip()
    if rest[:1] and rest[:1] in ands and rest[1:] in _morph_union("article"):
        # "and the" written on the next word when the name was matched without its
        # article: "البحرية الإماراتية والبحرينية", "הצבא הרוסי והטורקי"
        rest = rest[0]
    # "בישראל ובחמאס", "بروسيا وبإيران": "and" plus the proclitic the first party carries
    # (places so joined are already one location)
    head = text[max(0, a.start - 4) : a.start].split()
    own = head[-1] if head and not text[a.start - 1 : a.start].isspace() else ""
    if own and rest[:1] in ands and rest[1:] == own and "location" not in (a.role, b.role):
        return True
    to = set(_morph_union("list_to_proclitics"))
    if rest and set(rest) <= set(ands) | to and len(rest) <= 2:
        # the prefix is written on the next word: "רוסיה ואזרבייג'ן", "הצטרפה לאזרבייג'ן"
        # a bare ל ("to") joins only after a joining verb or in "בין X ל-Y" (between X
        # and Y): "בסיוע ארה"ב ובריטניה לישראל" names the one helped, not a third helper
        between = bool(
            set(text[max(0, a.start - 8) : a.start].split()[-1:]) & _grammar_union("between_words")
        )
        return joined or rest[0] in ands or (rest in to and between)
    if joined and rest and set(rest.lower().split()) <= _grammar_union("article_words"):
        # "Israel and the UAE": the article is outside the name the resolver matched
        rest = ""
    words = set(rest.lower().split())
    if words & _grammar_union("list_inclusion_words") and words <= (
        _grammar_union("list_inclusion_words")
        | _grammar_union("list_filler_words")
        | _grammar_union("article_words")
        | _and_words()
    ):
        # "Azerbaijan and other states, including Israel and the UAE": those included are
        # in the list too
        return True
    return rest == "" and joined


def _right_after(text: str, end: int, start: int) -> bool:
    """Does a cue ending at ``end`` govern a mention starting at ``start``? Only across at
    most one lower-case word ("in the", "to northern"), never across punctuation or a name."""
    gap = text[end:start]
    if any(ch in gap for ch in ",;:()—،؛"):
        return False
    words = tokenize(gap)
    # one lower-case word may intervene ("in the"); scripts without case count as lower case.
    # A number is the locative's own object ("In 2014 Russia annexed"), not a modifier.
    return not words or (
        len(words) == 1 and not any(c.isupper() or c.isdigit() for c in words[0].text)
    )


def _locative(text: str, g: _Group, cues: list[_Span]) -> bool:
    """A group right after a locative word ("in Russian airspace") is a place, not a party."""
    start = g.first.start
    return any(
        c.kind == "locative" and c.end <= start and _right_after(text, c.end, start) for c in cues
    ) or all(m.role == "location" for m in g.mentions)


def _split_new_subject(text: str, g: _Group, t: _Span, cues, lex: Lexicon) -> list[_Group]:
    """ "ضربات هندية على باكستان وإسلام آباد تتوعد بالرد" (strikes on Pakistan, and Islamabad
    vows to respond): a list that opens as an object ("on Pakistan") and ends, after "and"
    or a comma, right on the trigger verb ends with that verb's subject, not with a second
    object."""
    if len(g.mentions) < 2 or not _marked(text, g, cues, lex):
        return [g]
    last = g.mentions[-1]
    if text[g.last.end : t.start].strip():
        return [g]
    joint = text[g.mentions[-2].end : last.start].strip().lower()
    # "בעקבות שיחה עם ביידן, הקבינט נענה": after a comma too, the last name is the subject
    if not (_and_prefixed(text, last.start) or joint in _and_words() | {",", "،"}):
        return [g]
    rest = _group_from(text, g.mentions[:-1])
    rest.first = g.first
    return [rest, _group_from(text, [last])]


def _author_after_noun(text: str, t: _Span, after: list[_Group], lang: str) -> _Group | None:
    """ "هجوم لحركة الشباب على قاعدة": an attack noun of grammar.yaml `author_prefix_nouns`
    whose next word is a party written with a prefix of `author_prefixes` (ل) names the
    attack's author there, as "by" would; its target follows على or ضد. Only nouns whose
    target takes a preposition: "قصف لمواقع" (shelling of positions) puts ل on the target."""
    nouns = _grammar_stems(lang, "author_prefix_nouns")
    prefixes = tuple(_grammar_words(lang, "author_prefixes"))
    if not nouns or not prefixes or not after:
        return None
    head = match_form(text[t.start : t.head_end or t.end], lang).split()
    g = after[0]
    attached = _attached(text, g.start)
    if not head or head[-1] not in nouns or attached not in prefixes:
        return None
    return None if text[t.head_end or t.end : g.start - len(attached)].strip() else g


def _marked(text: str, g: _Group, cues: list[_Span], lex: Lexicon) -> bool:
    """Is the group introduced by a recipient marker ("to", "against", "ל", "إلى")?"""
    start = g.first.start
    if any(
        c.kind == "recipient_markers" and c.end <= start and _right_after(text, c.end, start)
        for c in cues
    ):
        return True
    prefixes = lex.grammar.get("recipient_prefixes") or []
    attached = _attached(text, start)
    return bool(attached) and any(attached.endswith(p) or attached == p for p in prefixes)


def _words_between(text: str, a: int, b: int) -> int:
    return len(tokenize(text[a:b])) if b > a else 0


def _in_clause_opened_by(g: _Span, t: _Span, cues: list[_Span]) -> bool:
    """Is ``t`` in the clause a clause break ending or right after ``g`` opens ("warned
    that ...", "הזהיר כי ...") with no other clause break before it?"""
    breaks = sorted(
        (c for c in cues if c.kind == "clause_breaks" and g.start < c.start < t.start),
        key=lambda c: c.start,
    )
    return bool(breaks) and breaks[0].start <= g.end + 1 and len(breaks) == 1


def _roles(text, lang, t: _Span, cs, ce, mentions, cues, trig, lex: Lexicon, shared=None):
    # A preposition inside the trigger phrase belongs to it ("поверенного в делах России"
    # is the chargé d'affaires of Russia, not something in Russia).
    cues = [c for c in cues if not (c.kind == "locative" and t.start <= c.start < t.end)]
    # "через Турцию", "via Turkey": the way goods or people travel is no party
    transit = [c for c in cues if c.kind == "transit_markers"]
    inside = [
        m
        for m in mentions
        if cs <= m.start
        and m.end <= ce
        and not any(c.end <= m.start and _right_after(text, c.end, m.start) for c in transit)
    ]
    groups = _groups(text, inside, cues, trig)
    before = [g for g in groups if g.end <= t.start and not _is_place(g)]
    if before and lang in ("he", "ar", "en"):
        before = before[:-1] + _split_new_subject(text, before[-1], t, cues, lex)
    # a gapped phrase ("شنت * ضربات") may hold the subject in its gap: after its first part
    after_all = [g for g in groups if g.start >= (t.head_end or t.end)]
    if not t.spec.governs:
        # "Putin ordered a call-up and warned the West": what follows a later verb of its
        # own is that verb's, unless the two verbs only share it ("bombed and shelled X").
        # Only a bare verb shares, across "and", what follows the next verb; a trigger
        # that holds its own object ("объявил мобилизацию и пригрозил Западу") does not.
        bare = not t.spec.nominal and len(text[t.start : t.end].split()) == 1
        nxt = next(
            (
                o
                for o in trig
                if o.start >= t.end
                and not (
                    _joined(text, t.end, o.start)
                    and (bare or not text[t.end : o.start].strip(" ,،"))
                )
            ),
            None,
        )
        if nxt is not None:
            after_all = [g for g in after_all if g.start < nxt.start]
    # "חתמו על הסכם, ופולין מחתה": a name after a comma that carries the prefixed "and"
    # opens a clause of its own; what follows it is not this trigger's
    opens = next(
        (g.start for g in after_all if g.start > t.end and _comma_and_before(text, g.start)),
        None,
    )
    if opens is not None and lang in ("he", "ar"):
        after_all = [g for g in after_all if g.start < opens]
    after = [g for g in after_all if not _is_place(g)]
    located = [g for g in after_all if _is_place(g)]
    agent_cues = [c for c in cues if c.kind == "agent_markers" and cs <= c.start]
    if (
        t.spec.mode == "mediate"
        and after
        and t.end <= after[0].start
        and _words_between(text, t.end, after[0].start) <= 1
        and _mediator(text, after[0].mentions[0], lex)
    ):
        # "وقعت روسيا وأوكرانيا اتفاقا بوساطة تركيا": the name a mediation marker governs
        # is the mediator, whatever subject the clause has; its parties are found later
        mediators = after[0]
        coords = [c for c in cues if c.kind == "coordinators"]
        for g in after[1:]:
            # "mediated by Qatar, Egypt and the United States": the list goes on
            gap = text[mediators.end : g.start].replace(",", " ").replace("،", " ").lower()
            filler = _and_words() | _grammar_words(lang, "article_words")
            if not (
                _coordinated(text, mediators.last, g.mentions[0], coords)
                or (gap.split() and all(w in filler for w in gap.split()))
            ):
                break
            mediators = _group_from(text, [*mediators.mentions, *g.mentions])
        return mediators, None, "mediator named after the marker"
    passive = t.spec.passive or any(
        c.kind == "passive_auxiliaries"
        and c.end <= t.start
        and _words_between(text, c.end, t.start) <= 2
        and c.start >= cs
        for c in cues
    )
    if passive and lang == "en" and not t.spec.passive:
        # "was suspending flights" is progressive, not passive
        first = text[t.start : t.end].split()[:1]
        passive = not (first and first[0].lower().endswith("ing"))
    if lang == "ru" and not passive:
        passive = _ru_passive(text[t.start : t.end])
    # An agent phrase ("by Russian air defences", "על ידי", "من قبل") names the actor.
    agent = None
    for g in after:
        for c in agent_cues:
            if t.end <= c.start and c.end <= g.start and _words_between(text, c.end, g.start) <= 3:
                agent = g
                break
        if agent:
            break
    if agent is None:
        author = _author_after_noun(text, t, after, lang)
        if author is not None:
            if passive and before:
                # "قتل عشرة جنود في هجوم لحركة الشباب": the casualties before it
                target = before[-1]
            else:
                # the target follows the author, a place too: an attacked place is a party
                target = next((g for g in after_all if g.start >= author.end), None)
            return author, target, "author written with ل after the attack noun"
    # the agent marker stands right after the trigger ("seized by Iran", "обстрелы со
    # стороны России")
    by_right_after = agent is not None and any(
        c.end <= agent.start and t.end <= c.start and not text[t.end : c.start].strip()
        for c in agent_cues
    )
    if agent is not None and not passive:
        # "Greek-flagged tanker seized by Iran": a participle right before its "by" is a
        # passive with no auxiliary, as headlines write it
        from detente.events.syntax import participle

        passive = by_right_after and participle(text[cs:ce], lang, (t.start - cs, t.end - cs))
    if agent is not None:
        # an agent phrase right after the trigger is its own; a gapped phrase ends on its
        # object ("welcomed the decision by Germany"), whose author the "by" names
        own_agent = by_right_after and "*" not in t.spec.phrase
        if (
            not passive
            and before
            and t.spec.event_type in (plover_setting("by_author_reactions", []) or [])
            # the "by" inside the object's phrase, not after a comma ("..., disputed by")
            and not any(ch in text[t.end : agent.start] for ch in ",;،")
            # nor right after the trigger: "обстрелы со стороны России" are Russia's own
            and not own_agent
        ):
            # "Egypt condemned the storming of Al-Aqsa by Israeli settlers", "shot down drones
            # launched by Russia": after an active verb, a "by" inside its object names the
            # author of the act reacted to, or the owner of what is struck
            return before[-1], agent, "recipient: the author named by 'by' inside the object"
        if not passive and own_agent:
            # "обстрелы со стороны России": a noun's own agent, whoever governs the noun
            recip = next((g for g in after if g is not agent), None)
            return agent, recip, "agent phrase right after the trigger"
        if passive or not before:
            recip = before[-1] if before else next((g for g in after if g is not agent), None)
        else:
            recip = next((g for g in after if g is not agent), None)
            if recip is None and before:
                recip = before[-1]
        return agent, recip, "agent phrase"
    if passive:
        # "был вызван в МИД России", "was summoned to the Algerian foreign ministry": the
        # institution named inside the trigger phrase is the one acting
        inner = [g for g in after if g.start < t.end <= g.end and not _is_place(g)]
        if inner and before:
            return inner[0], before[-1], "passive, actor named inside the trigger phrase"
        if lang == "ru":
            # "сбит российской ПВО": the agent is in the instrumental case.
            ins = next((g for g in after if _ru_case_of(g.mentions[0]) == {"ablt"}), None)
            if ins is not None:
                subj = before[-1] if before else next((g for g in after if g is not ins), None)
                return ins, subj, "passive, instrumental agent"
        return None, (before[-1] if before else (after[0] if after else None)), "passive, no agent"
    if not passive:
        unnamed = _unnamed_subject(text, lang, t, cs, mentions, trig)
        how_shared = ""
        o = None
        if unnamed is None:
            # "Gunmen killed two policemen and wounded three": a verb joined by "and" to the
            # verb before it shares that verb's subject; the party between is its object
            o = _and_joined_verb(text, lang, t, cs, trig)
            if o is not None:
                unnamed = _unnamed_subject(text, lang, o, cs, mentions, trig)
                how_shared = f", shared with '{text[o.start : o.end]}'"
        if unnamed is not None:
            recip = after[0] if after else None
            return None, recip, f"subject names no party ('{unnamed}'){how_shared}"
        if o is not None and shared is None and before and before[-1].start >= o.end:
            # the verb before names no subject either: the party between is its object
            return None, (after[0] if after else None), f"subject shared with '{o.text}'"
    if t.spec.inverse:
        asker = next((g for g in after if not _locative(text, g, cues)), None)
        asked = next((g for g in reversed(before) if not _locative(text, g, cues)), None)
        if asker is not None:
            return asker, asked, "the one after 'at the request of' asks the clause's subject"
    # A mention that begins with the trigger's own last word ("גירשו דיפלומטים רוסים",
    # "expelled Russian diplomats" where the resolver took "diplomats" into the mention) is
    # the act's object; the subject is elsewhere.
    straddles = [g for g in after if g.start < t.end < g.end]
    if straddles and lang != "ru":
        obj = straddles[0]
        if lang in ("he", "ar"):
            # "שחרר חמאס היום 13 חטופים": a verb-first subject in the phrase's gap
            gap = [
                g
                for g in after
                if g.end <= obj.start
                and _words_between(text, t.head_end or t.end, g.start) <= 1
                and not _marked(text, g, cues, lex)
            ]
            if gap:
                return gap[0], obj, "verb-first: subject in the phrase's gap; object inside it"
        subj = [
            g for g in before if not _locative(text, g, cues) and not _marked(text, g, cues, lex)
        ]
        if subj:
            return subj[-1], obj, "subject before trigger; object inside the trigger phrase"
        if any(m.place_start is not None for m in obj.mentions):
            # "המשטרה עצרה עשרות מפגינים במוסקבה": people named by their place inside the
            # phrase are its object, even when the subject is a body of no stated country
            # (placed later)
            return None, obj, "object inside the trigger phrase"
    # Where a meeting or an agreement happens is its venue, not a party: "met in Istanbul",
    # "agreed in Sochi". A visit's place is its host, so visits keep it.
    venue_only = _venue_only(t.spec)
    if lang == "ru":
        places = [g for g in after if _locative(text, g, cues)] + located
        after = [g for g in after if not _locative(text, g, cues)]
        return _roles_by_case(text, t, before, after, [] if venue_only else places)
    places_after = [] if venue_only else [g for g in after if _locative(text, g, cues)] + located
    after = [g for g in after if not _locative(text, g, cues)]
    before = [g for g in before if not _locative(text, g, cues)]
    if lang in ("he", "ar") and after and _adjective_after(text, t, after[0]):
        if len(tokenize(text[t.start : t.end])) > 1:
            # "إسقاط الطائرة الأذربيجانية", "הפלת המטוס האזרי": after a construct phrase the
            # adjective agrees with its last noun, the thing acted on, not with the act.
            recip = after[0]
            actor = next((g for g in reversed(before) if not _marked(text, g, cues, lex)), None)
            return actor, recip, "adjective after a construct: the object's"
        actor = after[0]
        struck = [g for g in before if not _marked(text, g, cues, lex)]
        if len(after) > 1:
            recip = after[1]
        elif struck and (
            # the clitic stripped before the trigger, or written in its listed phrase
            _instrument_prefixed(text, t.start, lang)
            or _instrument_prefixed(text, t.start + 1, lang)
        ):
            # "قُتل قاسم سليماني بضربة أمريكية قرب مطار بغداد": the one named before a strike
            # that is the means ("by/in a strike") is the one struck, before any place
            recip = struck[-1]
        else:
            recip = _place_recipient(actor, places_after)
        return actor, recip, "adjective after nominal trigger"
    if lang == "en" and before and _adjective_before(text, t, before[-1]):
        # "an American drone strike", "Israeli air strikes": the adjective is the actor.
        actor = before[-1]
        rest = [g for g in before[:-1] if g.mentions[0].country != actor.mentions[0].country]
        recip = after[0] if after else (rest[-1] if rest else _place_recipient(actor, places_after))
        return actor, recip, "adjective before nominal trigger"
    free_before = [g for g in before if not _marked(text, g, cues, lex)]
    marked_before = [g for g in before if _marked(text, g, cues, lex)]
    if (
        lang in ("ar", "he")
        and after
        and not _marked(text, after[0], cues, lex)
        and not (lang == "ar" and _oblique_plural(after[0]))
        and not (lang == "ar" and not t.spec.passive and _counted(text, after[0]))
        and not _preposition_prefixed(text, after[0].first.start, lang)
        and not _object_only(text, after[0].first.start, lang)
    ):
        # Verb-first clauses: "وهدد الحوثيون ...", "ואיימה איראן ...". A subject right
        # after the verb wins unless a subject stands before it in the same stretch.
        gap = text[t.head_end or t.end : after[0].start].strip()
        # "أدانت كل من السعودية والإمارات": a word opening the list of subjects
        near = _words_between(text, t.head_end or t.end, after[0].start) <= 1 or (
            match_form(gap, lang).lower() in _list_openers(lang)
        )
        # "הזהיר כי ישראל ...": a word after "that" opens the clause the verb governs and
        # is never the verb's own subject
        near = near and not any(
            c.kind == "clause_breaks" and t.start < c.start and c.end <= after[0].start
            for c in cues
        )
        # "...، وهدد الحوثيون": a verb carrying the conjunction starts a new clause.
        conj = _and_prefixed(text, t.start)
        between = text[free_before[-1].end : t.start] if free_before else ""
        cut = (
            not free_before
            or conj
            or "," in between
            or "،" in between
            or any(free_before[-1].end <= o.start < t.start for o in trig if o is not t)
        )
        if near and cut:
            actor = after[0]
            rest = after[1:]
            if rest:
                recip = rest[0]
            elif marked_before:
                recip = marked_before[-1]
            else:
                recip = _place_recipient(actor, places_after)
            return actor, recip, "verb-first: subject right after the verb"
    if (
        free_before
        and shared is not None
        and shared[0] is not None
        and free_before[-1].start > shared[1]
        and not _new_subject(text, shared[1], free_before[-1])
    ):
        # "Washington imposed sanctions on Turkish ministers and demanded that Ankara ...":
        # a group between an earlier trigger and this one is that trigger's object; the
        # verbs share their subject.
        actor = shared[0]
        recip = after[0] if after else None
        return actor, recip, "subject shared with the previous verb"
    if free_before:
        actor = free_before[-1]
        if after:
            recip = after[0]
        elif marked_before and marked_before[-1].start > actor.start:
            recip = marked_before[-1]
        else:
            recip = _place_recipient(actor, places_after)
        return actor, recip, "subject before trigger"
    free_after = [g for g in after if not _marked(text, g, cues, lex)]
    # "والتقى نظيره الروسي": the counterpart is met, never the one meeting
    back = [g for g in free_after if _object_only(text, g.first.start, lang)]
    free_after = [g for g in free_after if g not in back]
    if (
        free_after
        and lang in ("en", "ru")
        and plover_table()[t.spec.event_type].get("actor_from_place")
    ):
        # "demonstrators marched on the Israeli consulate in Istanbul": in a subject-first
        # language the party after a protest names its target; the protesters are the
        # people of the place
        return None, free_after[0], "target after the protest"
    if free_after:
        actor = free_after[0]
        rest = [g for g in after if g is not actor and g.start > actor.start]
        recip = (
            rest[0]
            if rest
            else (marked_before[-1] if marked_before else _place_recipient(actor, places_after))
        )
        return actor, recip, "verb-first: subject after trigger"
    if back:
        return None, back[0], "no actor in clause; the one named after points back to it"
    return None, None, "no actor in clause"


def _oblique_plural(g: _Group) -> bool:
    """An Arabic sound masculine plural or dual in -ين ("مواطنين روس", "الأذربيجانيين") is
    accusative or genitive: the verb's object, never its subject (which would be -ون/-ان).
    Only descriptions and adjectives: names such as البحرين or فلسطين end so too."""
    m = g.first
    if m.kind not in ("description", "country", "pair") or not (
        m.kind in ("description", "pair") or (m.why or "").startswith(("adjective", "demonym"))
    ):
        return False
    head = match_form(m.raw_text.split()[0], "ar") if m.raw_text.split() else ""
    return len(head) > 4 and head.endswith("ين")


def _counted(text: str, g: _Group) -> bool:
    """ "واعتقلت 15 فلسطينيا": an Arabic noun counted by the figure right before it is in the
    accusative of specification, the object of an active verb, never its subject."""
    before = text[: g.first.start].rstrip().split()
    return bool(before) and before[-1].isdigit()


def _joined(text: str, a: int, b: int) -> bool:
    """Two verbs next to each other, at most "and" or a comma between them."""
    gap = text[a:b].strip(" ,،")
    return not gap or gap.lower() in _coordinators()


def _mediator(text: str, m: Mention, lex: Lexicon) -> bool:
    """ "a Moscow-brokered deal", "בתיווך מצרים", "بوساطة قطرية", "при посредничестве
    Турции": a mediator is not a party to the deal it brokered (grammar.yaml
    `mediator_markers` before the name, `mediator_suffixes` glued after it)."""
    after = text[m.end : m.end + 14].lower()
    if any(after.startswith(x) for x in lex.grammar.get("mediator_suffixes") or ()):
        return True
    before = match_form(text[max(0, m.start - 24) : m.start], lex.lang).split()
    for marker in lex.grammar.get("mediator_markers") or ():
        words = match_form(str(marker), lex.lang).split()
        if words and before[-len(words) :] == words:
            return True
    return False


def _past_own_state(text, recip_g: _Group, ce: int, mentions, actor_g: _Group) -> _Group | None:
    """The first party of another country right after a recipient that is only the actor's
    own state, joined to it by nothing but a preposition or two ("של ארה"ב עם אזרבייג'ן")."""
    own = {m.country for m in actor_g.mentions}
    nxt = min(
        (m for m in mentions if recip_g.end <= m.start < ce and m.role == "actor" and m.country),
        key=lambda m: m.start,
        default=None,
    )
    if nxt is None or nxt.country in own or _words_between(text, recip_g.end, nxt.start) > 1:
        return None
    if any(ch in text[recip_g.end : nxt.start] for ch in ",;،؛"):
        return None
    return _group_from(text, [nxt])


def _same_side(actor_g: _Group, recip_g: _Group, event_type: str) -> bool:
    """A recipient that is only the actor's own state ("Putin ... Moscow would") is no
    recipient; a domestic target (protesters, the opposition) is kept. So is the state a
    society acts on ("Serbians protested against the Serbian government"), and, for acts of
    force or law (plover.yaml `own_officials`), the state's officials ("Turkish police
    detained Istanbul's mayor")."""
    kinds = ("country", "place", "person")
    if not any(m.sector in _sector_group("state") for m in actor_g.mentions):
        # a capital is more often where the crowd is ("the streets of Chisinau")
        kinds = ("place", "person")
    elif plover_table()[event_type].get("own_officials"):
        kinds = ("country", "place")
    a = {m.country for m in actor_g.mentions}
    return all(
        m.country in a and m.kind in kinds and m.sector in (None, "GOV") for m in recip_g.mentions
    )


def _draft_author(text, lang, t: _Span, s: Sentence, mentions, cues, trig, actor_g, recip_g):
    """ "vetoed an Algerian draft resolution demanding a ceasefire", "مشروع قرار إماراتي ...
    يطالب", "a resolution drafted by the UAE that demanded": a verb describing a draft
    (grammar.yaml `draft_words`) tells what the draft says; its actor is the draft's
    author, named by an adjective next to the draft word or after "by" (see _refused_draft
    for a draft with no author named). Returns (actor, recipient, negated) or None when no
    draft leads to the trigger."""
    drafts = [
        c for c in cues if c.kind == "draft_words" and s.start <= c.start and c.end <= t.start
    ]
    if not drafts:
        return None
    if actor_g is not None and actor_g.start >= t.end:
        # "قرار يدين الغزو الروسي": a party the word order read as the verb's subject after
        # it is what the draft is about, before any later one
        recip_g = actor_g
    d = drafts[-1]
    if _words_between(text, d.end, t.start) > 6 or any(
        ch in text[d.end : t.start] for ch in ",،;:"
    ):
        return None
    if any(o is not t and d.end <= o.start < t.start for o in trig) or any(
        c.kind == "coordinators" and d.end <= c.start and c.end <= t.start for c in cues
    ):
        return None
    if _and_prefixed(text, t.start):
        return None  # "...، وطالبت": a verb of its own
    actors = [m for m in mentions if m.role == "actor" and m.country]
    by = [
        m
        for m in actors
        if d.end <= m.start < t.start
        and any(
            c.kind == "agent_markers"
            and d.end <= c.start
            and c.end <= m.start
            and _words_between(text, c.end, m.start) <= 1
            for c in cues
        )
    ]
    if by:
        author = by[0]
    else:
        # the adjective or possessor right next to the draft word: before it in English and
        # Russian ("an Algerian draft", "французский проект"), after it otherwise
        # ("مشروع قرار جزائري", "הצעת החלטה אלג'ירית", "проект резолюции Франции")
        author = next(
            (
                m
                for m in actors
                if (
                    lang in ("en", "ru")
                    and m.end <= d.start
                    and _words_between(text, m.end, d.start) == 0
                )
                or (
                    lang != "en"
                    and d.end <= m.start < t.start
                    and _words_between(text, d.end, m.start) == 0
                )
            ),
            None,
        )
        if author is not None and any(
            c.kind == "locative"
            and c.end <= author.start
            and _right_after(text, c.end, author.start)
            for c in cues
        ):
            author = None  # "في مجلس الأمن": where it was put to the vote
    if author is None:
        return _refused_draft(text, t, s, d, mentions, cues, recip_g)
    author_g = _group_from(text, [author])
    if recip_g is not None and (recip_g.start < t.end or _overlaps(recip_g, author_g)):
        recip_g = None  # the voters and the author are not what the draft demands of
    return author_g, recip_g, False


def _refused_draft(text, t: _Span, s: Sentence, d: _Span, mentions, cues, recip_g):
    """ "China and India abstained in the vote on a resolution condemning the invasion",
    "امتنعت الإمارات عن التصويت على مشروع قرار يدين": those who abstain on a draft or vote
    against it (grammar.yaml `vote_refusals`) do not do what it says (eval/README.md, gold
    ar-042): its act is theirs, negated. Returns (voters, recipient, True) or None."""
    refusals = [
        c for c in cues if c.kind == "vote_refusals" and s.start <= c.start and c.end <= d.start
    ]
    if not refusals:
        return None
    r = refusals[-1]
    voters = [
        m
        for m in mentions
        if m.role == "actor" and m.country and s.start <= m.start and m.end <= t.start
    ]
    inside = [m for m in voters if m.start >= r.end]
    before = [m for m in voters if m.end <= r.start]
    groups = _groups(text, before, cues, []) if before else []
    if groups:
        who = groups[-1]
    else:
        # verb-first: "امتنعت الإمارات عن التصويت", the voters right after the verb
        after = _groups(text, [m for m in inside if m.end <= d.start], cues, [])
        who = after[0] if after and _words_between(text, r.end, after[0].start) == 0 else None
        if who is None:
            return None
    if recip_g is not None and (recip_g.start < t.end or _overlaps(recip_g, who)):
        recip_g = None
    return who, recip_g, True


def _joined_parties(text, lang, t: _Span, ss, ce, mentions, cues, trig, actor_g, recip_g):
    """ "Kazakhstan joined Azerbaijan and Israel in suspending flights", "انضمت كازاخستان إلى
    أذربيجان في تعليق", "Казахстан вслед за Азербайджаном приостановил": the parties a joining
    word (grammar.yaml `join_words`) names right before the act share it with the clause's
    subject. ``ss``: where the sentence starts; ``mentions``: all of the sentence's, as a
    relative clause ("..., שהשעו") or a clause cut after the word ("Казахстан вслед за |
    Азербайджаном") may leave the join outside the trigger's clause. Returns (actors,
    recipient) or None when there is no such join."""
    joins = [c for c in cues if c.kind == "join_words" and ss <= c.start and c.end <= t.start]
    if not joins:
        return None
    j = joins[-1]
    if any(o is not t and j.end <= o.start < t.start for o in trig):
        return None  # another act lies between: the join is that act's
    inside = [m for m in mentions if ss <= m.start and m.end <= ce]
    groups = []
    for g in _groups(text, inside, cues, trig):
        if _is_place(g):
            continue
        if g.start < j.start and j.end <= g.end:
            # "הצטרפה" also joins a list: here it parts the subject from the joined
            groups += [
                x
                for x in (
                    _group_from(text, [m for m in g.mentions if m.end <= j.start]),
                    _group_from(text, [m for m in g.mentions if m.start >= j.end]),
                )
                if x is not None
            ]
        else:
            groups.append(g)
    links = {match_form(w, lang).lower() for w in _grammar_words(lang, "join_links")}

    def linked(a: int, b: int) -> bool:
        # nothing, or only a link word ("к", "إلى", "by"), between a and b
        words = [w.text.lower() for w in tokenize(match_form(text[a:b], lang))]
        return len(words) == 0 or (len(words) == 1 and words[0] in links)

    after = [g for g in groups if j.end <= g.start and g.end <= t.start]
    if not after or not linked(j.end, after[0].start):
        return None
    # the joining verb's subject, in the same stretch: "Britain, joined by Canada," has
    # its subject as the act's
    subj = next((g for g in reversed(groups) if g.end <= j.start), None)
    if subj is not None and any(ch in text[subj.end : j.start] for ch in ",،;:"):
        subj = None
    obj = after[0]
    if subj is None and len(after) > 1 and linked(after[0].end, after[1].start):
        # a verb-first join: "انضمت كازاخستان إلى أذربيجان"
        subj, obj = after[0], after[1]
    rest = [g for g in after if g.start >= obj.end]
    if rest or _words_between(text, obj.end, t.start) > 3:
        return None  # the act is not the one the join leads to
    if _comma_and_before(text, t.start):
        return None  # "..., وهددت روسيا": a verb after a comma and "and" opens a clause
    parts = [g for g in (subj, actor_g) if g is not None]
    seen: set[tuple[int, int]] = set()
    members = []
    for g in [*parts, obj]:
        for m in g.mentions:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                members.append(m)
    actors = _Group(sorted(members, key=lambda m: m.start))
    actors.first, actors.last = actors.mentions[0], actors.mentions[-1]
    own = {m.country for m in members}
    if recip_g is None or {m.country for m in recip_g.mentions} & own:
        # what the join made an actor is no longer the act's target: the first party
        # after the act, or a place it is aimed at ("flights to Russia"), is
        recip_g = next(
            (
                g
                for g in _groups(text, inside, cues, trig)
                if g.start >= t.end and not {m.country for m in g.mentions} & own
            ),
            None,
        )
    return actors, recip_g


def _is_place(g: _Group) -> bool:
    return all(m.role == "location" for m in g.mentions)


def _new_subject(text: str, prev_end: int, g: _Group) -> bool:
    """ ", ונתניהו בירך", "..., and Moscow denied": after a comma, or with the prefixed
    "and" of Hebrew and Arabic, a name before the verb starts a clause of its own."""
    gap = text[prev_end : g.start]
    return "," in gap or "،" in gap or _and_prefixed(text, g.start)


def _venue_only(spec: TriggerSpec) -> bool:
    """Meetings and agreements happen at a venue that is not a party ("met in Istanbul",
    "agreed in Sochi"); a visit's place is its host and an offer's place its beneficiary
    ("offered troops to the mission in Cambodia")."""
    if spec.event_type == "CONSULT":
        return spec.mode != "visit"
    return spec.event_type == "AGREE" and spec.mode != "promise"


def _place_recipient(actor: _Group | None, places: list[_Group]) -> _Group | None:
    """Where nothing else is the target, the country an action happens in is ("strikes in
    Yemen", "landed in Taipei"), unless it is the actor's own."""
    own = {m.country for m in actor.mentions} if actor else set()
    return next(
        (g for g in places if g.mentions[0].country and g.mentions[0].country not in own), None
    )


def _adjective_before(text: str, t: _Span, g: _Group) -> bool:
    """ "an American drone strike", "Russia's invasion of": a country adjective or a
    possessive right before a nominal trigger is its actor."""
    m = g.last
    adjective = m.kind == "country" and (m.why or "").startswith("adjective")
    possessive = text[m.end : m.end + 2] in ("'s", "’s") or text[m.end : m.end + 1] in ("'", "’")
    return (adjective or possessive) and _words_between(text, m.end, t.start) <= 1


def _adjective_after(text: str, t: _Span, g: _Group) -> bool:
    """Hebrew and Arabic adjectives follow their noun: "תקיפה ישראלית", "غارة إسرائيلية"."""
    m = g.mentions[0]
    return (
        len(g.mentions) == 1
        and m.kind == "country"
        and (m.why or "").startswith("adjective")
        and m.start >= t.end  # not a demonym inside a gapped phrase's gap
        and _words_between(text, t.end, m.start) == 0
    )


@lru_cache(maxsize=8)
def _unnamed_agents(lang: str) -> tuple[frozenset[tuple[str, ...]], tuple[str, ...]]:
    """grammar.yaml `unnamed_agents` as word tuples in match form, and the prefixes
    (`unnamed_agent_prefixes`) their first word may carry, longest first."""
    g = lexicon(lang).grammar
    phrases = frozenset(
        tuple(match_form(str(w), lang).lower().split()) for w in g.get("unnamed_agents") or ()
    )
    prefixes = sorted(
        (match_form(str(p), lang) for p in g.get("unnamed_agent_prefixes") or ()),
        key=len,
        reverse=True,
    )
    return phrases, ("", *prefixes)


def _unnamed_at(words: list[str], i: int, lang: str) -> int:
    """How many of ``words`` from ``i`` on name an attacker of no stated party (0: none)."""
    phrases, prefixes = _unnamed_agents(lang)
    for n in (3, 2, 1):
        if i + n > len(words):
            continue
        for p in prefixes:
            first = words[i]
            if not first.startswith(p) or len(first) - len(p) < 2:
                continue
            if (first[len(p) :], *words[i + 1 : i + n]) in phrases:
                return n
    return 0


def _plain_words(text: str, lang: str) -> list[str]:
    return [w.strip(".,;:!?()«»\"'،؛").lower() for w in match_form(text, lang).split()]


def _unnamed_subject(text, lang, t: _Span, cs: int, mentions, trig) -> str | None:
    """The words naming the trigger's subject when they name no party: "Gunmen" in
    "Gunmen killed two Pakistani policemen" (before the verb, first in its clause, no
    other act before them), "مسلحون" in "قتل مسلحون جنديين" (right after a verb-first verb).
    Words right after a named party are that party's ("Palestinian gunmen")."""
    if not lang or not _unnamed_agents(lang)[0]:
        return None
    # places do not end the subject ("A roadside bomb near Samarra killed")
    ms = [m for m in mentions if cs <= m.start and m.end <= t.start and m.role == "actor"]
    a = max([cs] + [m.end for m in ms])
    spans = [(a + m.start(), a + m.end()) for m in re.finditer(r"\S+", text[a : t.start])]
    words = [" ".join(_plain_words(text[x:y], lang)) for x, y in spans]
    # a short stretch anywhere; a longer one only at its head, the clause's subject
    for i in range(len(words) if len(words) <= 5 else 3 if a == cs else 0):
        n = _unnamed_at(words, i, lang)
        if not n:
            continue
        x, y = spans[i][0], spans[i + n - 1][1]
        if any(cs <= o.start < x and o.end <= x for o in trig if o is not t):
            return None  # what follows an earlier act is its object
        last = max(ms, key=lambda m: m.end) if ms else None
        if i == 0 and last is not None and not text[last.end : x].strip():
            return None  # "Palestinian gunmen": the party's own fighters
        if any(ch in text[y : t.start] for ch in ",،;"):
            return None  # "gunmen, police said, ...": not the verb's own subject
        return " ".join(words[i : i + n])
    if _word_order(lang) == "VSO" or lexicon(lang).grammar.get("unnamed_agents_after_verb"):
        end = t.head_end or t.end
        rest = text[end : min(len(text), end + 80)]
        words = _plain_words(rest, lang)
        n = _unnamed_at(words, 0, lang) if words else 0
        if n:
            inside = any(m.start <= end + 1 < m.end for m in mentions)
            # "مسلحون فلسطينيون", "مسلحون من حماس": a party's adjective right after them, or
            # a party they are "of" (grammar.yaml `unnamed_agent_links`), makes them its own;
            # a noun phrase after them ("سفينة مالطية") is the verb's object
            after = [m for m in mentions if m.start >= end]
            gap = words[n : n + 2]
            links = _grammar_words(lang, "unnamed_agent_links")
            named = bool(after) and (
                (
                    _words_between(text, end, after[0].start) == n
                    and len(after[0].raw_text.split()) == 1
                )
                or (
                    bool(gap)
                    and gap[0] in links
                    and _words_between(text, end, after[0].start) == n + 1
                )
            )
            if not inside and not named:
                return " ".join(words[:n])
    return None


def _word_order(lang: str) -> str:
    return str(lexicon(lang).grammar.get("word_order") or "")


def _and_joined_verb(text, lang, t: _Span, cs: int, trig) -> _Span | None:
    """The verb trigger before ``t`` in its clause when "and" joins ``t`` to it ("killed
    two policemen and wounded", `وأصابوا`, `ופצעו`, "и ранили")."""
    prev = [o for o in trig if cs <= o.start and o.end <= t.start and o is not t]
    if not prev or prev[-1].spec.nominal:
        return None
    if any(ch in text[prev[-1].end : t.start] for ch in ",،;"):
        return None  # ", and" opens a clause of its own, often with its own subject
    before = text[prev[-1].end : t.start].split()
    if lang in ("he", "ar"):
        joined = _and_prefixed(text, t.start)
    else:
        joined = bool(before) and before[-1].lower() in _grammar_words(lang, "clause_and_words")
    return prev[-1] if joined else None


def _unnamed_attacker(text: str, t: _Span, how: str, recip_g, lang: str) -> bool:
    """ "В Тегеране убит лидер ХАМАС", "В Москве убит генерал": a Russian short passive
    participle with no agent tells an attack that happened to its target, when that is a
    party (eval/README.md, unnamed attackers), though the verb's entry asks for an actor in
    the active. Only the short participle, which states the act: English and Arabic
    passives also come in conditions and expectations ("if the other is attacked")."""
    if "subject names no party" in how:
        # "Gunmen killed two Pakistani policemen": an author the text does not name
        return (
            t.spec.event_type in (plover_setting("unnamed_author_types", []) or [])
            and recip_g is not None
            and any(m.role == "actor" for m in recip_g.mentions)
        )
    return (
        lang == "ru"
        and t.spec.event_type == "ASSAULT"
        and "passive, no agent" in how
        and _ru_passive(text[t.start : t.end])
        and recip_g is not None
        and any(m.role == "actor" for m in recip_g.mentions)
    )


def _ru_passive(trigger_text: str) -> bool:
    """A short passive participle ("сбит", "задержаны") makes its subject the recipient."""
    from detente.mentions import _analyzer

    for w in tokenize(trigger_text.lower()):
        parses = _analyzer().parse(w.text)
        if parses and parses[0].tag.POS == "PRTS":
            return True
    return False


def _ru_future(trigger_text: str) -> bool:
    """ "Россия направит войска", "нанесёт удар": a perfective verb in the non-past tells
    what will happen. Only a word every reading of which is such a verb."""
    from detente.mentions import _analyzer

    words = tokenize(trigger_text.lower())
    if not words:
        return False
    parses = _analyzer().parse(words[0].text)
    return bool(parses) and all(
        p.tag.POS == "VERB" and "futr" in p.tag.grammemes and "indc" in p.tag.grammemes
        for p in parses
    )


def _ru_case_of(m: Mention) -> frozenset[str]:
    words = [w.text for w in tokenize(m.raw_text.lower())]
    return _ru_cases(words[-1]) if words else frozenset()


def _ru_after_noun(text: str, t: _Span, g: _Group) -> bool:
    """Does a noun (not the trigger's own last word) stand right before ``g``?"""
    from detente.mentions import _analyzer  # shared pymorphy3 instance

    words = text[t.end : g.start].split()
    if not words or not words[-1].isalpha():
        return False
    parses = [p for p in _analyzer().parse(words[-1].lower()) if p.score >= 0.05]
    return bool(parses) and all(p.tag.POS == "NOUN" for p in parses)


@lru_cache(maxsize=50_000)
def _ru_cases(word: str) -> frozenset[str]:
    from detente.mentions import _analyzer  # shared pymorphy3 instance

    cases = set()
    for p in _analyzer().parse(word.lower()):
        if p.score < 0.05:
            continue
        if p.tag.case:
            cases.add(p.tag.case)
    return frozenset(cases)


def _is_nominative(m: Mention) -> bool | None:
    """Case of the phrase's head: its first word that parses ("ВКС России" is nominative by
    "ВКС"; a genitive modifier after the head says nothing)."""
    words = [w.text for w in tokenize(m.raw_text.lower())]
    if not words:
        return None
    cases = set()
    for w in words:
        cases = set(_ru_cases(w))
        if cases:
            break
    if not cases:
        return None
    if cases == {"nomn"}:
        return True
    if "nomn" not in cases:
        return False
    return None


def _roles_by_case(text, t, before, after, places=()):
    """Russian word order is free; case tells the subject (nominative) from the object."""
    from detente.events.syntax import syntax_words

    groups = before + after
    nom = [g for g in groups if _is_nominative(g.mentions[0]) is True]
    obl = [g for g in groups if _is_nominative(g.mentions[0]) is False]
    actor = None
    if before and _is_nominative(before[-1].mentions[0]) is not False:
        actor = before[-1]
    elif nom:
        actor = nom[0]
    elif (
        after
        and _is_nominative(after[0].mentions[0]) is not False
        and not before
        # "Переговоры прошли накануне саммита СНГ": a name inside a frame phrase (syntax.yaml
        # `frame_prepositions`) dates or places the act; it does not do it
        and not set(text[t.end : after[0].start].lower().split())
        & syntax_words("ru", "frame_prepositions")
        # "...действиями Баку": a name whose case does not show, right after a noun, is that
        # noun's genitive, not a subject after its verb
        and not _ru_after_noun(text, t, after[0])
    ):
        actor = after[0]
    elif before and not nom:
        # "в Кремле отменили визит": a seat of power the resolver found acting through a
        # subjectless plural verb is the actor although it stands in the locative.
        seat = before[-1].mentions[0]
        prep = text[max(0, seat.start - 4) : seat.start].lower().split()
        if (
            seat.kind in ("place", "country")
            and prep[-1:] in (["в"], ["во"])
            and "loct" in _ru_case_of(seat)
        ):
            actor = before[-1]
    recip = next((g for g in after if g is not actor and g in obl), None)
    if recip is None:
        recip = next((g for g in after if g is not actor), None)
    if recip is None:
        recip = next((g for g in reversed(before) if g is not actor and g in obl), None)
    if recip is None and places:
        recip = _place_recipient(actor, places)
    how = "case: nominative subject" if actor in nom else "subject before trigger"
    return actor, recip, how


# -- truth and dates ----------------------------------------------------------------------------
def _right_after_trigger(text, t: _Span, c: _Span, ce: int, window: int) -> bool:
    """Is cue ``c`` after trigger ``t`` in its clause, within ``window`` words and with no
    punctuation between?"""
    if not (t.end <= c.start and c.end <= ce) or _words_between(text, t.end, c.start) > window:
        return False
    return not any(ch in text[t.end : c.start] for ch in ",،;:()")


def _truth(text, t: _Span, cs, ce, s: Sentence, cues, window: int = 3) -> tuple[bool, str, str]:
    negated = False
    modality = "asserted"
    why = []
    for c in cues:
        if c.start < cs or c.end > t.start:
            continue
        if s.language and _closed_relative(text, s, c, t, s.language):
            continue  # "Iran, which has threatened ..., condemned": not this verb's cue
        gap = _words_between(text, c.end, t.start)
        if c.kind == "negation" and gap <= 2:
            negated = True
            why.append(f"negation '{c.text}'")
        elif c.kind == "hypothetical" and gap <= 6:
            modality = "hypothetical"
            why.append(f"hypothetical '{c.text}'")
        elif c.kind == "future" and gap <= 3 and modality == "asserted":
            modality = "future"
            why.append(f"future '{c.text}'")
    # "מתקפה איראנית צפויה", "ضربة جوية محتملة": the word that makes the event possible or
    # expected may follow its noun, with no punctuation between, within the language's
    # `after_cue_window` words (English puts the predicate after the noun's modifiers)
    for c in cues:
        if c.kind not in ("hypothetical_after", "future_after") or modality != "asserted":
            continue
        if not _right_after_trigger(text, t, c, ce, window):
            continue
        modality = "hypothetical" if c.kind == "hypothetical_after" else "future"
        why.append(f"{modality} '{c.text}' after the trigger")
    # "договориться о прекращении огня не удалось": the act was tried and did not happen
    for c in cues:
        if c.kind != "negation_after" or negated:
            continue
        if not _right_after_trigger(text, t, c, ce, window):
            continue
        negated = True
        why.append(f"negation '{c.text}' after the trigger")
    if modality == "asserted" and t.spec.future:
        modality = "future"
        why.append("future verb form")
    if modality == "asserted":
        rep = next((c for c in cues if c.kind == "reported" and s.start <= c.start < s.end), None)
        if rep is not None:
            modality = "reported"
            why.append(f"reported '{rep.text}'")
    if s.text.rstrip().endswith(("?", "؟")):
        modality = "hypothetical"
        why.append("question")
    return negated, modality, ", ".join(why) or "asserted"


def _modal_before_imperfect(text: str, t: _Span, cs: int, lex: Lexicon) -> bool:
    """Arabic "قد" is "may" before an imperfect verb ("قد تشن إسرائيل غارات") and "has
    indeed" before a perfect one ("قد شنت"); grammar.yaml lists such particles and the
    prefixes that mark the imperfect."""
    rule = lex.grammar.get("modal_before_imperfect") or {}
    particles = {match_form(str(p), lex.lang) for p in rule.get("particles") or []}
    prefixes = str(rule.get("imperfect_prefixes") or "")
    if not particles or not prefixes:
        return False
    before = tokenize(text[cs : t.start])
    if not before or match_form(before[-1].text, lex.lang) not in particles:
        return False
    head = text[t.start : (t.head_end or t.end)].split()
    word = match_form(head[0], lex.lang) if head else ""
    return len(word) > 2 and word[0] in prefixes


def _date_lead(sent_text: str, d) -> str:
    """The words before a date back to the last comma, colon or bracket: the phrase it
    belongs to."""
    return re.split(r"[,،;:()\n]", sent_text[: d.start])[-1]


def _opens_a_period(sent_text: str, d, lang: str | None) -> bool:
    """Is an explicit date the start of a period ("the first meeting since the funeral in
    April", "впервые с 2022 года", "מאז 2011", "منذ عام 2011") rather than the day of an
    event? A since-phrase of grammar.yaml `since_words` among the seven words before it,
    with no comma between, says so. Relative dates ("منذ يومين", two days ago) are not
    bounds."""
    if d.kind != "explicit" or not lang:
        return False
    phrases = [p.split() for p in _grammar_stems(lang, "since_words")]
    if not phrases:
        return False
    before = _date_lead(sent_text, d)
    words = [w.text.lower() for w in tokenize(match_form(before, lang))][-7:]
    # the date may begin with the preposition itself ("с 2022 года")
    words += [w.text.lower() for w in tokenize(match_form(d.text, lang))][:1]
    return any(words[i : i + len(p)] == p for p in phrases for i in range(len(words) - len(p) + 1))


def _dates_a_noun(t: _Span, s: Sentence, d, lang: str | None) -> bool:
    """Is an explicit date the date of a noun a participle describes ("rejected the
    declaration signed in 2015", "إعلان المبادئ الموقع عام 2015", "декларацию, подписанную в
    2015 году", "ההצהרה שנחתמה ב-2015")? A word of grammar.yaml `participle_date_words`
    right before it, and not the trigger's own word, says so."""
    if d.kind != "explicit" or not lang:
        return False
    stems = _grammar_stems(lang, "participle_date_words")
    if not stems:
        return False
    before = _date_lead(s.text, d)
    offset = d.start - len(before)
    words = tokenize(match_form(before, lang))[-1:]
    return any(
        w.text.lower().startswith(stems) and not (t.start <= s.start + offset + w.start < t.end)
        for w in words
    )


def _dates_other(text: str, t: _Span, s: Sentence, ce: int, d, trig, cues) -> bool:
    """ "agreed to ban Belarusian airlines after Minsk on Sunday forced a Ryanair flight to
    land", "учения ... после визита Пелоси 2 августа": a date in a later clause that an
    "after" or "before" opens (grammar.yaml `time_breaks`) and that holds an event of its
    own dates that event, not this one. "before midnight on Monday" holds none; "as soon
    as the truce starts on Sunday" shares the time of the clause before it. The openers are
    the clause breaks that begin with a `time_breaks` entry. A fronted phrase keeps its
    date ("After talks in Jeddah on Tuesday, Ukraine said ..." tells the same day)."""
    a, b = d.start + s.start, d.end + s.start
    if a < ce:
        return False
    stems = _grammar_stems(s.language, "time_breaks") if s.language else ()
    opener = max(
        (
            c
            for c in cues
            if c.kind == "clause_breaks"
            and ce <= c.start
            and c.end <= a
            and match_form(c.text, s.language).lower().startswith(stems)
        ),
        key=lambda c: c.start,
        default=None,
    )
    if opener is None or any(ch in text[opener.end : a] for ch in ",،;"):
        return False
    de = _clause_comma(text, b, s.end)
    return any(o is not t and opener.end <= o.start < de for o in trig)


def _start_date(text: str, s: Sentence, t: _Span, dates, cues, mentions):
    """ "a ceasefire ... due to take effect at 4am on Wednesday", "перемирие с 15 февраля",
    "اتفاق لوقف إطلاق النار يبدأ تطبيقه يوم الأحد": the date that a start phrase after the
    trigger (grammar.yaml `start_markers`) introduces, within three words and with no comma
    or party between, or None."""
    for c in cues:
        if c.kind != "start_markers" or c.start < t.start:
            continue
        for d in dates:
            a = d.start + s.start
            # the date may swallow the marker's last word ("starting on" + "on Saturday")
            if (
                a >= c.start
                and d.end + s.start > c.end
                and _words_between(text, c.end, a) <= 3
                and not any(ch in text[c.end : a] for ch in ",،;")
                and not any(c.end <= m.start < a for m in mentions)
            ):
                return d
    return None


def _ahead(d, doc_date: str | None) -> str | None:
    """What an event announced for later ("will meet on Monday", "talks due in March")
    names: a weekday or a month without a year was resolved backwards from the report, so
    the date moves to the first such day or month after it. None when it needs no move."""
    if not doc_date or d.value[: len(doc_date)] >= doc_date[: len(d.value)]:
        return None
    if d.weekday and len(doc_date) == 10:
        return weekday_after(d.weekday, dt.date.fromisoformat(doc_date)).isoformat()
    if d.yearless:
        value = f"{int(d.value[:4]) + 1}{d.value[4:]}"
        if len(value) == 10 and len(doc_date) == 10:
            try:
                moved = dt.date.fromisoformat(value)  # not 29 February
            except ValueError:
                return None
            # a day just past is one the sentence looks back to, not a year ahead
            if (moved - dt.date.fromisoformat(doc_date)).days > 330:
                return None
        return value
    return None


def _started(start, agreed: str | None) -> tuple[str, str, str]:
    """The start date as (value, precision, why). A weekday named bare was resolved
    backwards from the report; what starts after an agreement cannot start before it, so
    it moves to the first such day after the agreement's own date."""
    value = start.value
    if start.weekday and agreed and len(agreed) == 10 and value < agreed:
        value = weekday_after(start.weekday, dt.date.fromisoformat(agreed)).isoformat()
    return value, start.precision, f"'{start.text}', when it starts"


def _date(
    t: _Span, s: Sentence, cs, ce, dates, section_date, doc: Document, trig=(), cues=(), ahead=False
):
    text = doc.text
    dates = [d for d in dates if not _opens_a_period(s.text, d, s.language or doc.language)]
    dates = [d for d in dates if not _dates_other(doc.text, t, s, ce, d, trig, cues)]
    dates = [d for d in dates if not _dates_a_noun(t, s, d, s.language or doc.language)]
    if dates:

        def dist(d):
            a, b = d.start + s.start, d.end + s.start
            inside = cs <= a and b <= ce
            # "בעקבות הפיגוע ב-22 באפריל, הודו גירשה ביום רביעי": of the clause's dates, one
            # a comma keeps apart from the trigger belongs to a fronted phrase
            lo, hi = (b, t.start) if b <= t.start else (t.end, a)
            apart = any(ch in text[lo:hi] for ch in ",،")
            return (0 if inside else 1, apart, min(abs(a - t.end), abs(t.start - b)))

        best = min(dates, key=dist)
        if ahead:
            moved = _ahead(best, doc.date)
            if moved:
                return moved, best.precision, f"'{best.text}', the next one after the document"
        return best.value, best.precision, f"'{best.text}' in the sentence"
    if section_date:
        return section_date
    if doc.date:
        prec = {10: "day", 7: "month", 4: "year"}.get(len(doc.date), "day")
        return doc.date, prec, "document date"
    return None, None, "unknown"


def code_text(text: str, lang: str | None = None, date: str | None = None) -> list[Event]:
    """Code a snippet of text (a sentence or a paragraph): the whole pipeline, in memory."""
    from detente.models import RawDocument
    from detente.pipeline import process

    raw = RawDocument(
        text=text, name="<text>", source="<text>", date=date, date_source="option" if date else None
    )
    return process(raw).events
