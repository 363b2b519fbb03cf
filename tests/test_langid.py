import pytest

from detente.normalise.langid import detect_language, detect_languages, script_counts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ראש הממשלה נפגש עם נשיא אזרבייג'ן.", "he"),
        ('צה"ל', "he"),
        ("أسقطت الدفاعات الجوية الروسية طائرة ركاب أذربيجانية.", "ar"),
        ("باكو", "ar"),
        ("وزیر امور خارجه ایران گفت که مذاکرات با آمریکا ادامه دارد.", "fa"),
        ("Президент России Владимир Путин позвонил Ильхаму Алиеву.", "ru"),
        ("Москва", "ru"),
        ("Президент України заявив, що переговори з Росією неможливі.", "uk"),
        ("The foreign minister said the talks were productive.", "en"),
        ("Baku", "en"),
        ("Le ministre des Affaires étrangères a déclaré que les négociations avancent.", "fr"),
        ("Der Außenminister sagte, die Gespräche seien sehr produktiv gewesen.", "de"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_no_letters_is_none():
    assert detect_language("") is None
    assert detect_language("2024-12-25 — 38 / 67 ...") is None


def test_majority_script_wins():
    # Hebrew sentence quoting a Latin name: 20 Hebrew letters against 5 Latin ones.
    assert detect_language("נשיא אזרבייג'ן Aliyev אמר היום") == "he"


def test_script_counts():
    assert script_counts("abc אב гд 12") == {"latin": 3, "hebrew": 2, "cyrillic": 2}


def test_detect_languages_shares():
    shares = detect_languages("Путин said שלום")  # 5 Cyrillic, 4 Latin, 4 Hebrew letters
    assert shares == pytest.approx({"ru": 5 / 13, "en": 4 / 13, "he": 4 / 13})
    assert detect_languages("123") == {}
