"""English attacks told in the passive with no author ("A UN convoy was shelled", "came
under attack") are coded with empty actor lists when the target is an identifiable party,
as eval/README.md asks; a "by" agent still acts; with no party named, or a figurative
attack by critics, nothing is coded. Sentences written for this test."""

import pytest
from event_helpers import coded_tuples


def _attacks(text):
    return {(a, r) for t, a, r in coded_tuples(text, "en", "2025-01-10") if t == "ASSAULT"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A UN convoy was shelled on Monday.", ((), ("UNO",))),
        ("The Russian embassy in Kyiv was attacked.", ((), ("RUS",))),
        ("A UN convoy came under attack near Goma.", ((), ("UNO",))),
    ],
)
def test_a_passive_attack_on_a_party(text, expected):
    assert _attacks(text) == {expected}


@pytest.mark.parametrize(
    "text",
    ["Three people were attacked in the market.", "The minister came under attack from critics."],
)
def test_no_party_or_a_figure_of_speech_is_no_attack(text):
    assert _attacks(text) == set()
