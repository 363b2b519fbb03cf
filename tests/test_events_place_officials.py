"""Two ways a state's own official is found as the recipient of its act.

1. An official named by the city or region he runs ("the mayor of Odesa", "ראש עיריית
   טהרן", "رئيس بلدية طهران", "мэр Стамбула"; roles.yaml `place_official_heads`) is of that
   place's state. Before, the place was read as where the act happened, and the arrest of
   a mayor by his own state's police had no recipient.
2. In Hebrew and Arabic a description is complete with its adjective: a title or a second
   description after it ("اعتقلت السلطات الإيرانية رئيس بلدية طهران", "احتجزت الشرطة
   الجورجية الصحفية الجورجية") starts the object, and a recipient marker ("את") always
   starts a new participant. Before, adjacent mentions of one country were merged into the
   subject, so the verb-first arrest had no recipient. A name right after a description is
   still its apposition ("الرئيس التركي رجب طيب أردوغان").

Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples, mentions_of

DATE = "2025-03-20"


@pytest.mark.parametrize(
    "text, lang, etype, actor, recipient",
    [
        ("اعتقلت السلطات الإيرانية رئيس بلدية طهران السابق.", "ar", "COERCE", "IRN", "IRN"),
        ("اعتقلت الشرطة التركية محافظ إسطنبول.", "ar", "COERCE", "TUR", "TUR"),
        ("احتجزت الشرطة الجورجية الصحفية الجورجية مزيا أماغلوبيلي.", "ar", "COERCE", "GEO", "GEO"),
        ("עצרו השלטונות האיראניים את ראש עיריית טהרן לשעבר.", "he", "COERCE", "IRN", "IRN"),
        ("המשטרה הטורקית עצרה את ראש עיריית איסטנבול.", "he", "COERCE", "TUR", "TUR"),
        ("Ukrainian authorities arrested the mayor of Odesa.", "en", "COERCE", "UKR", "UKR"),
        ("Турецкая полиция задержала мэра Стамбула.", "ru", "COERCE", "TUR", "TUR"),
    ],
)
def test_an_official_of_the_actors_own_state_is_the_recipient(text, lang, etype, actor, recipient):
    assert (etype, (actor,), (recipient,)) in coded_tuples(text, lang, DATE)


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("the mayor of Odesa", "en", "UKR"),
        ("ראש עיריית איסטנבול", "he", "TUR"),
        ("رئيس بلدية طهران", "ar", "IRN"),
        ("мэр Стамбула", "ru", "TUR"),
    ],
)
def test_a_place_official_resolves_to_the_places_state_as_government(text, lang, country):
    coded = [(m.country, m.sector) for m in mentions_of(text, lang) if m.role == "actor"]
    assert coded == [(country, "GOV")]


def test_a_name_right_after_a_description_is_its_apposition():
    # one participant, the president; not the president arresting himself
    assert coded_tuples("انتقد الرئيس التركي رجب طيب أردوغان إسرائيل.", "ar", DATE) == {
        ("ACCUSE", ("TUR",), ("ISR",))
    }


def test_a_place_official_of_another_state_is_that_states():
    assert ("CONSULT", ("RUS",), ("TUR",)) in coded_tuples(
        "استقبل الرئيس الروسي محافظ إسطنبول في الكرملين.", "ar", DATE
    )
