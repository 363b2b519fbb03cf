from detente.mentions import PhraseMatcher, keys, tokenize
from detente.normalise import normalise


def test_tokenize_keeps_geresh_gershayim_and_hyphen_clitic():
    toks = [t.text for t in tokenize(normalise('ארה"ב וצה"ל ג׳ון ב-25 באקו-גרוזני Russia\'s').text)]
    assert toks == ['ארה"ב', 'וצה"ל', "ג'ון", "ב-25", "באקו", "גרוזני", "russia's"]


def test_hebrew_proclitics():
    assert "רוסיה" in keys("ולרוסיה", "he")
    assert "באקו" in keys("שבבאקו", "he")
    assert "קרמלין" in keys("מהקרמלין", "he")
    assert "25" in keys("ב-25", "he")
    assert keys("של", "he") == ["של"]  # nothing left to strip to


def test_arabic_clitics():
    n = lambda s: normalise(s).text  # noqa: E731
    assert "روسيا" in keys(n("وروسيا"), "ar")
    assert "موسكو" in keys(n("بموسكو"), "ar")
    assert "روسي" in keys(n("الروسية"), "ar")  # article + feminine ending
    assert "رئيس" in keys(n("للرئيس"), "ar")
    assert "رئيس" in keys(n("رئيسه"), "ar")  # enclitic pronoun
    # too short a remainder: the enclitic is kept
    assert keys(n("فيه"), "ar")[0] == "فيه" and "في" not in keys(n("فيه"), "ar")


def test_russian_lemmas():
    assert "россия" in keys("россии", "ru")
    assert "россия" in keys("россией", "ru")
    assert "путин" in keys("путине", "ru")
    assert "алиев" in keys("алиевым", "ru")
    assert "российский" in keys("российские", "ru")


def test_english_possessive_and_plural():
    assert "russia" in keys("russia's", "en")
    assert "azeri" in keys("azeris", "en")
    assert "country" in keys("countries", "en")
    assert "turkey" not in keys("turkic", "en")


def test_longest_match_and_offsets():
    m = PhraseMatcher([("Azerbaijan", "en", "AZE"), ("Azerbaijan Airlines", "en", "AZAL")])
    text = "An Azerbaijan Airlines jet, said Azerbaijan."
    got = m.match(text, "en")
    assert [(text[x.start : x.end], x.payloads) for x in got] == [
        ("Azerbaijan Airlines", ["AZAL"]),
        ("Azerbaijan", ["AZE"]),
    ]


def test_prefix_excluded_from_span_and_inner_article():
    m = PhraseMatcher([("מערכת ההגנה האווירית", "he", "AD"), ("הקרמלין", "he", "K")])
    text = "ובמערכת ההגנה האווירית מהקרמלין"
    got = m.match(text, "he")
    assert [(text[x.start : x.end], x.prefix) for x in got] == [
        ("מערכת ההגנה האווירית", "וב"),
        ("הקרמלין", "מ"),
    ]


def test_only_first_token_takes_proclitics():
    m = PhraseMatcher([("מערכת ההגנה", "he", "AD")])
    assert m.match("מערכת וההגנה", "he") == []


def test_niqqud_and_tashkeel_offsets():
    m = PhraseMatcher([("רוסיה", "he", "RUS"), ("روسيا", "ar", "RUS")])
    he = "אמרה לְרוּסְיָה"
    (x,) = m.match(he, "he")
    assert he[x.start : x.end] == "רוּסְיָה"
    ar = "قالت لِرُوسِيَا"
    (y,) = m.match(ar, "ar")
    assert ar[y.start : y.end] == "رُوسِيَا"


def test_russian_phrase_lemmatised():
    m = PhraseMatcher([("ПВО России", "ru", "AD"), ("Кремль", "ru", "K")])
    text = "Кремлю сообщили о ПВО России"
    assert [text[x.start : x.end] for x in m.match(text, "ru")] == ["Кремлю", "ПВО России"]


def test_hebrew_article_only_dropped_after_absorbing_proclitic():
    m = PhraseMatcher([("האיטי", "he", "HTI"), ("הקרמלין", "he", "K")])
    assert m.match("תנועה איטית ואיטי", "he") == []  # "slow", not Haiti
    assert [x.payloads for x in m.match("בקרמלין ובהאיטי", "he")] == [["K"], ["HTI"]]


def test_ending_folding_only_for_inflecting_phrases():
    m = PhraseMatcher()
    m.add("רוסי", "he", "ADJ")
    m.add("ברי", "he", "SURNAME", inflect=False)
    assert [x.payloads for x in m.match("הברית הרוסית", "he")] == [["ADJ"]]


def test_fast_and_slow_normalisation_agree():
    # normalise() skips the character loop when every character maps to one; the offsets
    # and the vowel-sign tails must be those the loop gives
    from detente.normalise import _normalise_slow, normalise

    for text, lang in [
        ("MOSCOW «quote» — dash", "en"),
        ("ẞtraße and İstanbul", "en"),
        ("אָמְרוּ לְרוּסְיָה", "he"),
        ("أسيراً فلسطينياً قال", "ar"),
        ("Москва ЁЛКА", "ru"),
    ]:
        a, b = normalise(text, lang), _normalise_slow(text, lang)
        assert (a.text, a.origin, a.tail) == (b.text, b.origin, b.tail)


def test_pymorphy3_reads_its_dictionaries_through_the_c_extension():
    # dawg2 is a dependency for speed (benchmarks/bench_matcher.py, first pass); without it
    # pymorphy3 silently falls back to the pure-Python reader
    import pymorphy3.dawg

    assert pymorphy3.dawg.EXTENSION_AVAILABLE
