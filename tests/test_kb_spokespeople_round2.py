"""Government spokespeople added for states with no official spokesperson in the base
(Kuwait, Libya, Sudan): each name resolves, in he/ar/ru/en, to the person and the state,
with the spokesperson role at the date of the sentence. Sentences and expected values are
written by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from detente.actors import load_kb, lookup

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import kb_coverage  # noqa: E402


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _people(kb, text, lang, date):
    return [
        (r["text"], r["entity_id"], r["country"], r["sector"], r["why"])
        for r in lookup(text, lang=lang, date=date, kb=kb)
        if (r["entity_id"] or "").startswith("person:")
    ]


CASES = [
    # Kuwait: Tareq Al-Mezrem, head of the Center for Government Communication
    ("en", "2021-06-01", "Kuwaiti government spokesman Tareq Al-Mezrem denied the reports.",
     "Tareq Al-Mezrem", "person:tareq_al_mezrem", "KWT"),
    ("ar", "2021-06-01", "نفى الناطق الرسمي باسم الحكومة الكويتية طارق المزرم استقالة الحكومة.",
     "طارق المزرم", "person:tareq_al_mezrem", "KWT"),
    ("he", "2021-06-01", "דובר ממשלת כווית, טארק אל-מזרם, הכחיש את הדיווחים.",
     "טארק אל-מזרם", "person:tareq_al_mezrem", "KWT"),
    ("ru", "2021-06-01", "Официальный представитель правительства Кувейта Тарек аль-Мезрем опроверг слухи.",
     "Тарек аль-Мезрем", "person:tareq_al_mezrem", "KWT"),
    # Libya: Mohamed Hamouda, spokesman of the Government of National Unity (Tripoli)
    ("en", "2022-07-20", "The spokesman of the Government of National Unity, Mohamed Hammouda, spoke in Tripoli.",
     "Mohamed Hammouda", "person:mohamed_hamouda", "LBY"),
    ("ar", "2023-02-27", "قال الناطق باسم حكومة الوحدة الوطنية محمد حمودة إن الحكومة تدعم الانتخابات.",
     "محمد حمودة", "person:mohamed_hamouda", "LBY"),
    ("he", "2022-07-20", "דובר ממשלת האחדות הלאומית בלוב, מוחמד חמודה, אמר כי הממשלה תומכת בבחירות.",
     "מוחמד חמודה", "person:mohamed_hamouda", "LBY"),
    ("ru", "2022-07-20", "Представитель правительства национального единства Ливии Мохаммед Хамуда заявил журналистам.",
     "Мохаммед Хамуда", "person:mohamed_hamouda", "LBY"),
    # Sudan: Khalid al-Aiser, Minister of Culture and Information and government spokesman
    ("en", "2025-05-16", "Sudan's information minister and government spokesman Khalid al-Aiser spoke in Port Sudan.",
     "Khalid al-Aiser", "person:khalid_al_aiser", "SDN"),
    ("ar", "2025-02-17", "قال وزير الثقافة والإعلام الناطق الرسمي باسم الحكومة خالد الإعيسر إن الحكومة لن تعترف بالاجتماع.",
     "خالد الإعيسر", "person:khalid_al_aiser", "SDN"),
    ("he", "2025-02-17", "שר התרבות והמידע של סודאן ודובר הממשלה, ח'אלד אל-אעיסר, אמר כי הממשלה לא תכיר בפגישה.",
     "ח'אלד אל-אעיסר", "person:khalid_al_aiser", "SDN"),
    ("ru", "2025-02-17", "Официальный представитель правительства Судана Халид аль-Айсир заявил, что правительство не признает встречу.",
     "Халид аль-Айсир", "person:khalid_al_aiser", "SDN"),
]


@pytest.mark.parametrize("lang, date, text, raw, eid, country", CASES)
def test_spokesperson_resolves_with_role(kb, lang, date, text, raw, eid, country):
    got = _people(kb, text, lang, date)
    assert len(got) == 1, got
    g_raw, g_eid, g_country, g_sector, why = got[0]
    assert (g_raw, g_eid, g_country, g_sector) == (raw, eid, country, "GOV")
    assert "Government spokesperson (" in why and f"at {date}" in why, why


def test_spokesperson_role_is_dated(kb):
    # al-Aiser lost the spokesperson's duties in the government sworn in in July 2025
    (hit,) = _people(kb, "Khalid al-Aiser visited Khartoum.", "en", "2025-09-01")
    assert hit[1] == "person:khalid_al_aiser"
    assert "Minister of Culture, Information and Tourism at 2025-09-01" in hit[4]
    # before the GNU (March 2021) Hamouda had no role in the base
    (hit,) = _people(kb, "Mohamed Hamouda said", "en", "2020-06-01")
    assert hit[1] == "person:mohamed_hamouda" and "no role at 2020-06-01" in hit[4]


def test_surnames_alone(kb):
    assert _people(kb, "Al-Mezrem said the cabinet would meet.", "en", "2021-06-01")[0][1] == (
        "person:tareq_al_mezrem"
    )
    assert _people(kb, "Аль-Айсир заявил журналистам.", "ru", "2025-02-17")[0][1] == (
        "person:khalid_al_aiser"
    )
    # "Hamouda" is a common family name: alone it names no one
    assert _people(kb, "Hamouda told reporters in Tripoli.", "en", "2022-07-20") == []
    # ... and in Hebrew "חמודה" is the word for "cute": no lone-surname alias at all
    assert _people(kb, "הילדה הזאת חמודה מאוד", "he", "2022-07-20") == []


def test_coverage_counts_the_three_states(kb):
    cov = kb_coverage.coverage(kb, ["KWT", "LBY", "SDN"], "2022-01-01", "2025-12-31")
    assert cov["KWT"]["SPK+"] == ("Y", ["Tareq Al-Mezrem"])
    assert cov["LBY"]["SPK+"] == ("Y", ["Mohamed Hamouda"])
    assert cov["SDN"]["SPK+"] == ("Y", ["Khalid al-Aiser"])
    # government spokespeople, not foreign-ministry ones
    assert all(cov[c]["SPK"][0] == "-" for c in ("KWT", "LBY", "SDN"))
