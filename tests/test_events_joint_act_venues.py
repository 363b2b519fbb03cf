"""Where several parties exchange prisoners or meet (plover.yaml `venue_modes`), the place
is only where they act: "Russia and the United States exchanged prisoners in Ankara" is
RETREAT/release by both, with no recipient, not an act towards Turkey. Visits keep the
place they go to, withdrawals the country they leave, and one party releasing prisoners
keeps whose prisoners they are. Expected codings follow eval/README.md ("places are where
a joint act happens, never a party"); every sentence was written for this test."""

from __future__ import annotations

import pytest
from event_helpers import coded_tuples


def _coded(text, lang):
    return coded_tuples(text, lang, "2024-08-02")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia and the United States exchanged prisoners at Ankara airport."),
        ("he", "רוסיה וארצות הברית החליפו אסירים בנמל התעופה של אנקרה."),
        ("ar", "تبادلت روسيا والولايات المتحدة سجناء في مطار أنقرة."),
        ("ru", "Россия и США обменялись заключёнными в аэропорту Анкары."),
    ],
)
def test_a_prisoner_exchange_has_no_place_recipient(lang, text):
    assert _coded(text, lang) == {("RETREAT", ("RUS", "USA"), ())}


def test_an_exchange_at_a_border_names_no_third_party():
    got = _coded("Россия и Украина обменялись пленными на границе с Белоруссией.", "ru")
    assert got == {("RETREAT", ("RUS", "UKR"), ())}


def test_a_visit_keeps_the_place_it_goes_to():
    assert _coded("Macron and Scholz visited Kyiv.", "en") == {
        ("CONSULT", ("FRA", "DEU"), ("UKR",))
    }


def test_a_withdrawal_keeps_the_country_left():
    assert _coded("Russian and Belarusian troops withdrew from Ukraine.", "en") == {
        ("RETREAT", ("RUS", "BLR"), ("UKR",))
    }


def test_one_party_releasing_keeps_whose_prisoners():
    assert _coded("Israel released Palestinian prisoners in Ramallah.", "en") == {
        ("RETREAT", ("ISR",), ("PSE",))
    }
