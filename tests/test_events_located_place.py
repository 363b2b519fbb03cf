"""People named by their place ("protesters in Moscow", `מפגינים במוסקבה`, `متظاهرين في
طهران`, "демонстрантов в Минске") resolve to that place's country, and the place still says
where the clause happens: police of no stated country who arrest or disperse them there are
that state's police, and the people are its own. Before, the place was absorbed into the
people's mention and the arrest lost its actor (English, Russian) or its object was read as
the arrest's subject (Hebrew, Arabic). Every text was written for this test and its reading
checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2024-05-05"


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("Police arrested dozens of protesters in Moscow on Sunday.", "en", "RUS"),
        ("Police dispersed protesters in Tehran.", "en", "IRN"),
        ("Полиция разогнала демонстрантов в Минске.", "ru", "BLR"),
        ("Силовики задержали активистов оппозиции в Тбилиси.", "ru", "GEO"),
        ("המשטרה עצרה עשרות מפגינים במוסקבה.", "he", "RUS"),
        ("המשטרה פיזרה את המפגינים בטהרן.", "he", "IRN"),
        ("فرقت الشرطة متظاهرين في طهران.", "ar", "IRN"),
    ],
)
def test_police_act_on_the_people_of_the_place_they_are_named_in(text, lang, country):
    coerce = {t for t in coded_tuples(text, lang, DATE) if t[0] == "COERCE"}
    assert coerce == {("COERCE", (country,), (country,))}


@pytest.mark.parametrize(
    "text, lang, country",
    [
        # guards: the place named apart from the people, as before
        ("Police in Tbilisi detained 20 protesters.", "en", "GEO"),
        ("ОМОН задержал около ста участников акции в Ереване.", "ru", "ARM"),
    ],
)
def test_a_place_named_apart_still_places_the_police(text, lang, country):
    coerce = {t for t in coded_tuples(text, lang, DATE) if t[0] == "COERCE"}
    assert coerce == {("COERCE", (country,), (country,))}


def test_a_body_of_its_own_country_keeps_it():
    # Russian police acting on protesters in Georgia: the police stay Russian
    text = "Russian police arrested Georgian protesters in Moscow."
    coerce = {t for t in coded_tuples(text, "en", DATE) if t[0] == "COERCE"}
    assert coerce == {("COERCE", ("RUS",), ("GEO",))}
