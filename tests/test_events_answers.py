"""A reaction with no recipient of its own is addressed to the other party of the event it
answers (plover.yaml `answers`). Sentences written for these tests; expected codes by hand."""

import pytest
from event_helpers import coded_tuples

D = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Armenia expelled two Russian diplomats on Monday. Moscow condemned the decision.",
            "en",
            {("SANCTION", ("ARM",), ("RUS",)), ("ACCUSE", ("RUS",), ("ARM",))},
        ),
        (
            "פולין גירשה את שגריר בלארוס. במינסק גינו את הצעד.",
            "he",
            {("SANCTION", ("POL",), ("BLR",)), ("ACCUSE", ("BLR",), ("POL",))},
        ),
        (
            "أغلقت تركيا مجالها الجوي أمام الطائرات الإسرائيلية، ورحبت إيران بالخطوة.",
            "ar",
            {("SANCTION", ("TUR",), ("ISR",)), ("SUPPORT", ("IRN",), ("TUR",))},
        ),
    ],
)
def test_reaction_answers_the_earlier_actor(text, lang, expected):
    assert coded_tuples(text, lang, D) == expected


def test_russian_reaction_across_sentences():
    got = coded_tuples("Литва закрыла границу с Белоруссией. Минск осудил это решение.", "ru", D)
    assert ("ACCUSE", ("BLR",), ("LTU",)) in got
    assert any(t == "SANCTION" and a == ("LTU",) for t, a, _ in got)


def test_same_actor_keeps_its_counterpart():
    got = coded_tuples(
        "Azerbaijan summoned the Russian ambassador on Friday. "
        "Azerbaijan also demanded a full investigation.",
        "en",
        D,
    )
    assert got == {("ACCUSE", ("AZE",), ("RUS",)), ("REQUEST", ("AZE",), ("RUS",))}


def test_no_earlier_event_or_too_far_back_leaves_no_recipient():
    assert coded_tuples("Moscow condemned the decision.", "en", D) == {("ACCUSE", ("RUS",), ())}
    # Within plover.yaml's `context_recipient_sentences` (3) the document context gives
    # the party (tests/test_events_context_recipient.py); further back it does not.
    got = coded_tuples(
        "Armenia expelled two Russian diplomats on Monday. The weather was cold. "
        "Grain prices rose. Analysts expect a calm spring. "
        "Moscow condemned the decision.",
        "en",
        D,
    )
    assert ("ACCUSE", ("RUS",), ()) in got


def test_a_preposition_inside_the_trigger_is_not_a_locative():
    # "поверенного в делах России": Russia's chargé d'affaires, not something in Russia.
    got = coded_tuples(
        "МИД Азербайджана вызвал временного поверенного в делах России и выразил ему протест "
        "в связи с гибелью двух выходцев из Азербайджана.",
        "ru",
        D,
    )
    assert ("ACCUSE", ("AZE",), ("RUS",)) in got
    assert ("ACCUSE", ("AZE",), ()) not in got


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Russian troops entered the demilitarised zone on Sunday, and Georgia condemned the move.", "en"),
        ("כוחות רוסיים נכנסו לאזור המפורז, וגאורגיה גינתה את המהלך.", "he"),
    ],
)
def test_with_no_coded_event_the_earlier_clauses_subject_is_answered(text, lang):
    assert coded_tuples(text, lang, D) == {("ACCUSE", ("GEO",), ("RUS",))}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("לטביה וליטא גירשו דיפלומטים איראנים.", "he"),
        ("Latvia and Lithuania expelled Iranian diplomats.", "en"),
        ("طردت لاتفيا وليتوانيا دبلوماسيين إيرانيين.", "ar"),
    ],
)
def test_a_mention_holding_the_triggers_object_is_the_recipient(text, lang):
    # the Hebrew mention "דיפלומטים איראנים" begins with the trigger's own object word
    assert coded_tuples(text, lang, D) == {("SANCTION", ("LVA", "LTU"), ("IRN",))}


def test_a_paragraph_keeps_its_day_and_a_new_paragraph_starts_from_the_documents():
    from detente.events import code_text

    text = (
        "Baku, 29 June 2025 — On 28 June the Azerbaijani foreign ministry summoned the Russian "
        "chargé d'affaires. Azerbaijan also demanded an investigation.\n\n"
        "The Kremlin rejected the demand."
    )
    got = {(e.event_type, e.date) for e in code_text(text, "en", "2025-06-29")}
    assert got == {("ACCUSE", "2025-06-28"), ("REQUEST", "2025-06-28"), ("REJECT", "2025-06-29")}


def test_a_mediation_with_no_parties_named_answers_the_deal_before_it():
    from detente.events import code_text

    text = (
        "Armenia and Azerbaijan agreed on Friday to reopen their border. "
        "The deal was mediated by Kazakhstan."
    )
    got = {
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in code_text(text, "en", "2025-03-03")
        if e.event_type == "CONSULT"
    }
    assert got == {("CONSULT", ("KAZ",), ("ARM", "AZE"))}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Iran fired missiles at the Al Udeid base on Monday. The base hosts American troops. "
            "Officials counted no casualties. Qatar condemned the attack.",
            "en",
            ("QAT", "IRN"),
        ),
        (
            "أطلقت إيران صواريخ على قاعدة العديد مساء الاثنين. وتستضيف القاعدة قوات أمريكية. "
            "ولم تقع إصابات. ودانت قطر الهجوم بشدة.",
            "ar",
            ("QAT", "IRN"),
        ),
        (
            "Иран выпустил ракеты по базе Эль-Удейд. На базе находятся американские военные. "
            "Пострадавших нет. Катар осудил атаку.",
            "ru",
            ("QAT", "IRN"),
        ),
    ],
)
def test_a_reaction_to_an_event_named_again_answers_it_far_back(text, lang, expected):
    # "condemned the attack": the definite noun refers back to the attack, three sentences up
    got = coded_tuples(text, lang, D)
    assert ("ACCUSE", expected[:1], expected[1:]) in got, got


def test_a_generic_noun_does_not_refer_back():
    got = coded_tuples(
        "Iran fired missiles at Israel on Monday. Markets were calm. Oil prices rose. "
        "Qatar condemned attacks on civilians everywhere.",
        "en",
        D,
    )
    assert ("ACCUSE", ("QAT",), ("IRN",)) not in got


def test_a_verb_after_a_complement_clause_continues_the_main_clause():
    # "X announced that A and B agreed ..., and threatened": the threat is X's, not A's
    got = coded_tuples(
        "ראש הממשלה היווני הודיע כי טורקיה ולוב חתמו על הסכם ימי, ואיים כי יגיב בתקיפות.",
        "he",
        D,
    )
    assert any(t == "THREATEN" and a == ("GRC",) for t, a, r in got), got
    assert not any(t == "THREATEN" and "TUR" in a for t, a, r in got), got


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Armenian Prime Minister Nikol Pashinyan spoke to reporters in Yerevan on Monday. "
            "He accused Azerbaijan of shelling border villages.",
            "en",
            ("ACCUSE", ("ARM",), ("AZE",)),
        ),
        (
            "Президент Казахстана Касым-Жомарт Токаев выступил в парламенте. "
            "Он призвал Россию и Украину к переговорам.",
            "ru",
            ("REQUEST", ("KAZ",), ("RUS", "UKR")),
        ),
        (
            "נשיא צרפת עמנואל מקרון נאם אמש בפריז. הוא האשים את רוסיה בהתערבות בבחירות.",
            "he",
            ("ACCUSE", ("FRA",), ("RUS",)),
        ),
    ],
)
def test_a_pronoun_subject_is_the_previous_sentences_subject(text, lang, expected):
    got = coded_tuples(text, lang, D)
    assert expected in got, got


def test_a_pronoun_does_not_replace_a_named_subject():
    got = coded_tuples(
        "Nikol Pashinyan spoke in Yerevan. He said that Azerbaijan shelled border villages.",
        "en",
        D,
    )
    assert not any(t == "ASSAULT" and a == ("ARM",) for t, a, r in got), got


def test_an_arabic_sentence_without_a_subject_continues_the_one_before():
    # the pronoun of an already named subject is dropped: "وطالب" is still Erdogan
    got = coded_tuples(
        "اتهم أردوغان عناصر سعودية بالتخطيط لقتل خاشقجي. وطالب بتسليم المشتبه بهم إلى تركيا.",
        "ar",
        D,
    )
    assert ("REQUEST", ("TUR",), ("SAU",)) in got, got
