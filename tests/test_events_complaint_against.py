"""A complaint or a case is against the party an "against" names after it, not the forum
that hears it (plover.yaml `adversary_modes`, grammar.yaml `adversary_markers`). Before,
the UN, the Security Council or the court named first was taken as the recipient. Every
text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-20"


@pytest.mark.parametrize(
    "text, lang, actor, recipient",
    [
        ("تقدمت الجزائر بشكوى إلى مجلس الأمن ضد المغرب.", "ar", "DZA", "MAR"),
        (
            "Algeria filed a complaint with the UN Security Council against Morocco.",
            "en",
            "DZA",
            "MAR",
        ),
        ("Iran lodged a complaint against Israel at the United Nations.", "en", "IRN", "ISR"),
        ("איראן הגישה תלונה למועצת הביטחון נגד ישראל.", "he", "IRN", "ISR"),
        ("Азербайджан подал жалобу в ИКАО против России.", "ru", "AZE", "RUS"),
    ],
)
def test_the_party_a_complaint_is_against_is_its_recipient(text, lang, actor, recipient):
    assert coded_tuples(text, lang, DATE) == {("ACCUSE", (actor,), (recipient,))}


def test_an_accusation_of_acts_against_a_third_party_is_still_against_the_accused():
    # "against Ukraine" names the victim of what Russia is accused of, not the accused
    assert coded_tuples("Poland accused Russia of crimes against Ukraine.", "en", DATE) == {
        ("ACCUSE", ("POL",), ("RUS",))
    }
