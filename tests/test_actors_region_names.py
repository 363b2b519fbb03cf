"""Regions whose name holds another state's name are not that state. "Latin American",
"South America", `אמריקה הלטינית`, `أمريكا اللاتينية`, "Латинской Америки" contain a word that
alone names the United States, and the longer regional name must win; Northern Ireland is
the United Kingdom's, not Ireland's. Every text was written for this test and its reading
checked by hand."""

import pytest
from event_helpers import coded_tuples, mentions_of

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, lang, region",
    [
        ("Latin American leaders met in Brasilia.", "en", "Latin America"),
        ("Central American migrants reached the border.", "en", "Central America"),
        ("מנהיגי אמריקה הלטינית נפגשו בברזיליה.", "he", "Latin America"),
        ("מדינות דרום אמריקה חתמו על ההסכם.", "he", "South America"),
        ("اجتمع قادة دول أمريكا اللاتينية في برازيليا.", "ar", "Latin America"),
        ("وصل مهاجرون من أمريكا الوسطى إلى الحدود.", "ar", "Central America"),
        ("Страны Латинской Америки подписали соглашение.", "ru", "Latin America"),
        ("Лидеры латиноамериканских стран встретились в Бразилиа.", "ru", "Latin America"),
    ],
)
def test_a_region_of_the_americas_is_not_the_united_states(text, lang, region):
    ms = mentions_of(text, lang, DATE)
    assert all(m.country != "USA" for m in ms)
    assert region in {m.entity_name for m in ms}


def test_an_expulsion_of_a_regions_diplomats_names_no_state():
    text = "Venezuela expelled diplomats from seven Latin American countries."
    assert coded_tuples(text, "en", DATE) == {("SANCTION", ("VEN",), ())}


def test_america_alone_is_still_the_united_states():
    ms = mentions_of("America imposed tariffs on Chinese goods.", "en", DATE)
    assert "USA" in {m.country for m in ms}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Police in Northern Ireland arrested two men.", "en"),
        ("המשטרה בצפון אירלנד עצרה שני גברים.", "he"),
        ("اعتقلت الشرطة في أيرلندا الشمالية رجلين.", "ar"),
        ("Полиция Северной Ирландии задержала двоих мужчин.", "ru"),
    ],
)
def test_northern_ireland_is_the_united_kingdoms(text, lang):
    countries = {m.country for m in mentions_of(text, lang, DATE)}
    assert "GBR" in countries
    assert "IRL" not in countries
