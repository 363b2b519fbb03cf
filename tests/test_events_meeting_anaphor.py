"""A meeting named again by its noun ("Fidan attended the meeting", "Встречу открыл ...",
"השתתף בפגישה") whose one actor meets no one in its sentence meets the parties of the
latest earlier meeting; and a name inside a Russian frame phrase ("накануне саммита СНГ")
does not act. Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-06-02"


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Russian and Ukrainian delegations held talks in Istanbul on Monday. Turkish "
            "Foreign Minister Hakan Fidan attended the meeting.",
            "en",
        ),
        (
            "Делегации России и Украины провели переговоры в Стамбуле. Встречу открыл министр "
            "иностранных дел Турции Хакан Фидан.",
            "ru",
        ),
        (
            "משלחות רוסיה ואוקראינה קיימו שיחות באיסטנבול. שר החוץ הטורקי הקאן פידאן השתתף "
            "בפגישה.",
            "he",
        ),
    ],
)
def test_a_meeting_named_again_joins_its_parties(text, lang):
    assert ("CONSULT", ("TUR",), ("RUS", "UKR")) in coded_tuples(text, lang, DATE)


def test_with_no_earlier_meeting_there_is_no_one_to_meet():
    text = "Turkish Foreign Minister Hakan Fidan attended the meeting."
    assert ("CONSULT", ("TUR",), ()) in coded_tuples(text, "en", DATE)


def test_a_name_in_a_frame_phrase_does_not_hold_the_talks():
    text = "Делегации Армении и Азербайджана провели переговоры. Переговоры прошли накануне саммита ОДКБ."
    coded = coded_tuples(text, "ru", DATE)
    assert not any("IGO" in actors for _, actors, _ in coded)
