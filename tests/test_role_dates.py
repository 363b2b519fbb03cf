"""Role dates written as a year or a month alone cover the whole year or month."""

from __future__ import annotations

import pytest

from detente.actors import load_kb
from detente.actors.kb import EntityRecord, Role
from detente.actors.resolve import role_at

SPOKES = Role("EGY", "GOV", "Spokesperson", "2016", "2024")
LATER = Role("EGY", "GOV", "Ambassador", "2024-09", "2025-03")
ENT = EntityRecord(id="person:x", kind="person", name="X", roles=[SPOKES, LATER])


@pytest.mark.parametrize(
    "date, title",
    [
        ("2016-01-01", "Spokesperson"),
        ("2024-03-01", "Spokesperson"),  # "end: 2024" still covers March 2024
        ("2024-12-31", "Ambassador"),  # both cover it: the later start wins
        ("2024-09", "Ambassador"),
        ("2025-03-20", "Ambassador"),  # "end: 2025-03" covers all of March
        ("2024", "Ambassador"),
    ],
)
def test_partial_dates_cover_their_period(date, title):
    role, why = role_at(ENT, date)
    assert role is not None and role.title == title, why


@pytest.mark.parametrize("date", ["2015-12-31", "2025-04-01", "2026"])
def test_outside_every_role(date):
    assert role_at(ENT, date) == (None, f"no role at {date}")


def test_bundled_year_only_end():
    # Ahmed Abu Zeid was Egypt's foreign-ministry spokesperson until 2024 ("end: 2024").
    ent = load_kb().entities["person:ahmed_abu_zeid"]
    role, _ = role_at(ent, "2024-03-01")
    assert role is not None and role.country == "EGY" and "Spokesperson" in role.title
