"""Round 2 event locations (data/entities/places.yaml): cities, towns and an airport that
news of 2014-2025 names as where strikes fell resolve to their country, written bare, with
Hebrew and Arabic proclitics or in a Russian case form; a strike on them now has a recipient.
Spellings that are also common words are marked ambiguous and only count after a place
proclitic, or are left out. Every text was written for this test and its reading checked by
hand."""

import pytest
from event_helpers import coded_tuples, mentions_of


def _places(text, lang):
    return {(m.entity_id, m.country) for m in mentions_of(text, lang) if m.kind == "place"}


@pytest.mark.parametrize(
    "text, lang, place, country",
    [
        # English, with the Russian-derived variants
        ("Two people died when a missile hit Kryvyi Rih.", "en", "kryvyi_rih", "UKR"),
        ("The factory in Krivoy Rog was closed.", "en", "kryvyi_rih", "UKR"),
        ("A fuel depot near Novorossiysk caught fire.", "en", "novorossiysk", "RUS"),
        ("Flights to Ben Gurion Airport were suspended.", "en", "ben_gurion_airport", "ISR"),
        ("Fighting was reported near Bunia in Ituri.", "en", "bunia", "COD"),
        ("Residents of Deir al-Balah queued for water.", "en", "deir_al_balah", "PSE"),
        # Hebrew: ב, ל, מ, ו before the name
        ("טיל בליסטי נפל בקריבוי ריה.", "he", "kryvyi_rih", "UKR"),
        ("השיירה יצאה לדנייפרו בבוקר.", "he", "dnipro", "UKR"),
        ("אזעקות נשמעו בקריית שמונה ובמטולה.", "he", "kiryat_shmona", "ISR"),
        ("הכוחות נסוגו מבינת ג'בייל.", "he", "bint_jbeil", "LBN"),
        # bare שדרות is "avenues"; "the city of Sderot" is the town
        ("רקטה נפלה בעיר שדרות.", "he", "sderot", "ISR"),
        # Arabic: و, ب, ل before the name, and the article where the name has it
        ("وفي دنيبرو انقطعت الكهرباء عن آلاف المنازل.", "ar", "dnipro", "UKR"),
        ("سقط صاروخ بخاركيف وآخر بسومي.", "ar", "sumy", "UKR"),
        ("وصلت المساعدات إلى دير البلح.", "ar", "deir_al_balah", "PSE"),
        ("اشتدت المعارك في مأرب.", "ar", "marib", "YEM"),
        ("نزح آلاف المدنيين من أم درمان.", "ar", "omdurman", "SDN"),
        # Russian case forms
        ("Ночью в Кривом Роге было слышно несколько взрывов.", "ru", "kryvyi_rih", "UKR"),
        ("Эвакуационный поезд прибыл во Львов.", "ru", "lviv", "UKR"),
        ("Пожар на нефтебазе в Туапсе потушили.", "ru", "tuapse", "RUS"),
        ("Жители Ростова-на-Дону слышали сирены.", "ru", "rostov_on_don", "RUS"),
        ("Туристы вернулись из Симферополя.", "ru", "simferopol", "UKR"),
    ],
)
def test_a_new_place_resolves_to_its_country(text, lang, place, country):
    assert ("place:" + place, country) in _places(text, lang)


def test_from_the_dnieper_city_is_ukraine():
    # "Днепр" is both the river and the city; either way the place is Ukraine's
    assert {c for _, c in _places("Беженцы из Днепра прибыли в Польшу.", "ru")} >= {"UKR"}


@pytest.mark.parametrize(
    "text, lang",
    [
        # الرقة "tenderness", لفيف "a group (of)", حماة "defenders"
        ("الرقة في التعامل مع الناس فضيلة.", "ar"),
        ("حضر لفيف من المسؤولين الحفل.", "ar"),
        ("وقف حماة الديار في الصف الأول.", "ar"),
        # تدمر "destroys"
        ("قالت إن الحرب تدمر الاقتصاد.", "ar"),
        # ровно "exactly", изюм "raisins"
        ("Заседание началось ровно в полдень.", "ru"),
        ("На столе лежали изюм и орехи.", "ru"),
        # שדרות "avenues" is left out; רקה "temple (of the head)" is left out
        ("הוא גר בשדרות רוטשילד.", "he"),
        ("הכדור פגע לו ברקה.", "he"),
    ],
)
def test_a_common_word_is_not_the_place(text, lang):
    assert _places(text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, actor, recipient",
    [
        ("Russian missiles struck Kryvyi Rih on Friday.", "en", "RUS", "UKR"),
        ("רוסיה תקפה בטילים את סומי ביום ראשון.", "he", "RUS", "UKR"),
        ("قصفت روسيا مدينة دنيبرو بالصواريخ فجر اليوم.", "ar", "RUS", "UKR"),
        ("Украинские беспилотники атаковали Таганрог.", "ru", "UKR", "RUS"),
        ("חיזבאללה ירה רקטות לעבר קריית שמונה.", "he", "LBN", "ISR"),
    ],
)
def test_a_strike_on_the_place_has_its_country_as_recipient(text, lang, actor, recipient):
    assert coded_tuples(text, lang, "2025-04-05") == {("ASSAULT", (actor,), (recipient,))}
