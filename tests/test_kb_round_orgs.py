"""Organisations and people added to the base in all four languages: Radio Free Europe/Radio
Liberty (a US-funded broadcaster, USA MED like the BBC and RT), the Paris Club (IGO), Germany's
CDU and CSU (DEU, no sector: in government for part of the period only) and SPD (DEU GOV), Maria Lvova-Belova and Vladimir Medinsky (RUS GOV) and Yulia Navalnaya
(RUS OPP). Hebrew and Arabic prefixes and Russian case forms resolve too, and Navalnaya's name
does not take Alexei Navalny's inflected surname. Every text was written for this test."""

import pytest
from event_helpers import mentions_of

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, lang, eid, country, sector",
    [
        ("RFE/RL said its reporter was detained.", "en", "org:rferl", "USA", "MED"),
        ("Корреспондент Радио Свобода был задержан.", "ru", "org:rferl", "USA", "MED"),
        ("ברדיו אירופה החופשית דווח על המעצר.", "he", "org:rferl", "USA", "MED"),
        ("وقالت إذاعة أوروبا الحرة إن مراسلها اعتقل.", "ar", "org:rferl", "USA", "MED"),
        ("Zambia reached a debt deal with the Paris Club.", "en", "org:paris_club", "IGO", None),
        ("Аргентина договорилась с Парижским клубом.", "ru", "org:paris_club", "IGO", None),
        ("ארגנטינה חתמה על הסכם עם מועדון פריז.", "he", "org:paris_club", "IGO", None),
        ("توصلت الأرجنتين إلى اتفاق مع نادي باريس.", "ar", "org:paris_club", "IGO", None),
        ("The CDU won the most seats.", "en", "org:cdu", "DEU", None),
        (
            "Христианско-демократический союз выступил против плана.",
            "ru",
            "org:cdu",
            "DEU",
            None,
        ),
        ("והאיחוד הנוצרי-דמוקרטי הודיע על תמיכה.", "he", "org:cdu", "DEU", None),
        ("ХСС раскритиковал план.", "ru", "org:csu", "DEU", None),
        (
            "Депутаты Социал-демократической партии Германии проголосовали.",
            "ru",
            "org:spd",
            "DEU",
            "GOV",
        ),
        ("والحزب الاشتراكي الديمقراطي الألماني رفض الاقتراح.", "ar", "org:spd", "DEU", "GOV"),
        (
            "The ICC issued a warrant for Maria Lvova-Belova.",
            "en",
            "person:maria_lvova_belova",
            "RUS",
            "GOV",
        ),
        (
            "МУС выдал ордер на арест Марии Львовой-Беловой.",
            "ru",
            "person:maria_lvova_belova",
            "RUS",
            "GOV",
        ),
        ("وقالت لفوفا بيلوفا إن الأطفال عادوا.", "ar", "person:maria_lvova_belova", "RUS", "GOV"),
        ("Путин встретился с Мединским.", "ru", "person:vladimir_medinsky", "RUS", "GOV"),
        ("ומדינסקי אמר כי רוסיה מוכנה לשיחות.", "he", "person:vladimir_medinsky", "RUS", "GOV"),
        ("Medinsky led the Russian delegation.", "en", "person:vladimir_medinsky", "RUS", "GOV"),
        ("Европарламент наградил Юлию Навальную.", "ru", "person:yulia_navalnaya", "RUS", "OPP"),
        ("ונבלניה אמרה כי תמשיך במאבק.", "he", "person:yulia_navalnaya", "RUS", "OPP"),
        ("قالت يوليا نافالنايا إنها ستواصل.", "ar", "person:yulia_navalnaya", "RUS", "OPP"),
    ],
)
def test_a_new_name_resolves_to_its_entity(text, lang, eid, country, sector):
    found = [(m.country, m.sector) for m in mentions_of(text, lang, DATE) if m.entity_id == eid]
    assert found == [(country, sector)]


def test_two_german_parties_in_one_sentence():
    ids = {
        m.entity_id for m in mentions_of("ХДС и СДПГ подписали коалиционный договор.", "ru", DATE)
    }
    assert {"org:cdu", "org:spd"} <= ids


def test_navalny_inflected_is_still_alexei():
    ms = mentions_of("Вдова Навального Юлия Навальная выступила в Мюнхене.", "ru", "2024-02-20")
    assert [m.entity_id for m in ms] == ["person:alexei_navalny", "person:yulia_navalnaya"]


def test_medinsky_was_culture_minister_before_2020():
    (m,) = [m for m in mentions_of("Мединский открыл выставку.", "ru", "2015-06-01")]
    assert (m.entity_id, m.country, m.sector) == ("person:vladimir_medinsky", "RUS", "GOV")
