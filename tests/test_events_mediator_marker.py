"""A mediation marker ("بوساطة", "בתיווך", "при посредничестве", "brokered by") governs the
name after it: that name, with the names listed with it, is the mediator, whatever subject
the clause has; the mediators broker together (not each other), towards the parties the
sentence names, and civilians named beside those parties (hostages) are what is negotiated
about, not a side. Every text was written for this test and its reading checked by hand
against eval/README.md (mediation: one CONSULT third-party, mediators as actors)."""

import pytest
from event_helpers import coded_tuples

DATE = "2022-07-23"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("وقعت روسيا وأوكرانيا في إسطنبول اتفاقا لتصدير الحبوب بوساطة تركيا.", "ar"),
        ("وقعت روسيا وأوكرانيا اتفاقا بوساطة تركيا.", "ar"),
        ("Россия и Украина подписали соглашение при посредничестве Турции.", "ru"),
        ("При посредничестве Турции Россия и Украина подписали соглашение.", "ru"),
    ],
)
def test_the_name_after_the_marker_mediates_between_the_subjects(text, lang):
    tuples = coded_tuples(text, lang, DATE)
    assert ("CONSULT", ("TUR",), ("RUS", "UKR")) in tuples
    assert ("AGREE", ("RUS", "UKR"), ()) in tuples
    # the signers do not mediate between themselves
    assert not any(t[0] == "CONSULT" and "TUR" not in t[1] for t in tuples)


@pytest.mark.parametrize(
    "text, lang, mediators, parties",
    [
        (
            "Russia and Ukraine signed a grain export deal in Istanbul, brokered by Turkey and "
            "the United Nations.",
            "en",
            ("TUR", "UNO"),
            ("RUS", "UKR"),
        ),
        (
            "ישראל וחמאס הגיעו להסכם על הפסקת אש בתיווך מצרים, קטר וארצות הברית.",
            "he",
            ("EGY", "QAT", "USA"),
            ("ISR", "PSE"),
        ),
    ],
)
def test_a_list_of_mediators_brokers_together(text, lang, mediators, parties):
    assert ("CONSULT", mediators, parties) in coded_tuples(text, lang, DATE)


def test_mediators_of_a_passive_deal_are_not_split_into_meeting_sides():
    text = "В Стамбуле при посредничестве Турции и ООН подписаны соглашения о вывозе зерна."
    assert ("CONSULT", ("TUR", "UNO"), ()) in coded_tuples(text, "ru", DATE)


def test_hostages_are_not_a_side_to_the_mediated_truce():
    text = "أفرجت حركة حماس عن ثلاث رهائن إسرائيليات في إطار هدنة توسطت فيها قطر ومصر."
    assert ("CONSULT", ("QAT", "EGY"), ("PSE",)) in coded_tuples(text, "ar", DATE)


def test_with_only_civilians_named_they_stay_the_recipients():
    text = "שלושה בני ערובה ישראלים שוחררו במסגרת הפוגה שתיווכו קטר ומצרים."
    assert ("CONSULT", ("QAT", "EGY"), ("ISR",)) in coded_tuples(text, "he", DATE)
