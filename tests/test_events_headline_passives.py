"""English headlines drop the auxiliary of a passive: "Greek-flagged tanker seized by Iran"
is Iran seizing a Greek tanker, as "was seized by" would be. A participle right before its
"by" is read as a passive; after an active verb with an object between, "by" still names
the author inside the object ("shot down drones launched by Russia"). Expected codings
follow eval/README.md; every sentence was written for this test."""

from __future__ import annotations

import pytest
from event_helpers import coded_tuples


def _coded(text):
    return coded_tuples(text, "en", "2024-08-02")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Greek-flagged tanker seized by Iran in Gulf of Oman", ("COERCE", ("IRN",), ("GRC",))),
        ("French tourist detained by Iran", ("COERCE", ("IRN",), ("FRA",))),
    ],
)
def test_a_headline_passive_without_its_auxiliary(text, expected):
    assert _coded(text) == {expected}


def test_by_inside_an_object_still_names_its_author():
    assert ("ASSAULT", ("UKR",), ("RUS",)) in _coded("Ukraine shot down drones launched by Russia.")
