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


def _normalise_by_character(text, lang):
    """The definition normalise() must keep: each character maps through the language
    table (else to its case-folded form); a dropped vowel sign right after a kept
    character extends that character's original end (its tail)."""
    import unicodedata

    from detente.normalise.tables import char_table

    table = char_table(lang)
    out, origin, tail, kept_end = [], [], {}, -1
    for i, ch in enumerate(text):
        rep = table.get(ch)
        if rep is None:
            rep = ch.casefold() if ch.isupper() else ch
        elif rep == "":
            if i == kept_end and out and unicodedata.category(ch) == "Mn":
                kept_end = tail[len(out) - 1] = i + 1
            continue
        kept_end = i + 1
        out.extend(rep)
        origin.extend([i] * len(rep))
    return "".join(out), origin + [len(text)], tail


def test_normalisation_offsets_match_the_character_by_character_definition():
    # normalise() takes runs of one-to-one characters at once (and skips the work
    # entirely when there are none of the others); offsets and vowel-sign tails must be
    # what the definition gives, wherever the dropped or expanded characters fall
    import random

    texts = [
        ("MOSCOW «quote» — dash", "en"),
        ("ẞtraße and İstanbul", "en"),
        ("אָמְרוּ לְרוּסְיָה", "he"),
        ("أسيراً فلسطينياً قال", "ar"),
        ("ـقالـت", "ar"),
        ("\u064bقال\u064b", "ar"),
        ("Москва ЁЛКА", "ru"),
        ("", "ar"),
    ]
    rng = random.Random(7)
    alphabet = "aBßẞİ \u064b\u0651\u0640أإآةىكабвЁё\u05b0\u05bc\u200fש"
    for _ in range(2000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        texts.append((word, rng.choice(["he", "ar", "ru", "en", None])))
    for text, lang in texts:
        got = normalise(text, lang)
        assert (got.text, got.origin, got.tail) == _normalise_by_character(text, lang), text


def test_pymorphy3_reads_its_dictionaries_through_the_c_extension():
    # dawg2 is a dependency for speed (benchmarks/bench_matcher.py, first pass); without it
    # pymorphy3 silently falls back to the pure-Python reader
    import pymorphy3.dawg

    assert pymorphy3.dawg.EXTENSION_AVAILABLE


def test_phrases_added_after_matching_are_found_in_words_seen_before():
    # the matcher remembers, per word, which phrases it may start (and for Russian, which
    # words are worth lemmatising): adding a phrase must not leave that stale
    m = PhraseMatcher([("Кремль", "ru", "K"), ("الكرملين", "ar", "K")])
    ru = "в Кремле и во Франции заявили"
    assert [x.payloads for x in m.match(ru, "ru")] == [["K"]]
    m.add("Франция", "ru", "FRA")
    assert [ru[x.start : x.end] for x in m.match(ru, "ru")] == ["Кремле", "Франции"]
    ar = "قال الكرملين وفرنسا"
    assert [x.payloads for x in m.match(ar, "ar")] == [["K"]]
    m.add("فرنسا", "ar", "FRA")
    assert [x.payloads for x in m.match(ar, "ar")] == [["K"], ["FRA"]]


def test_russian_names_pymorphy3_only_guesses_still_match_inflected():
    # dictionary words that are no form of any phrase word skip lemmatising; words
    # pymorphy3 does not know (foreign surnames, new place names) must not
    m = PhraseMatcher()
    m.add("Алиев", "ru", "ALIYEV", name=True)
    m.add("Пашинян", "ru", "PASHINYAN", name=True)
    text = "Путин встретился с Алиевым, а затем позвонил Пашиняну"
    assert [text[x.start : x.end] for x in m.match(text, "ru")] == ["Алиевым", "Пашиняну"]


def test_longer_phrase_tried_only_where_its_second_word_follows():
    m = PhraseMatcher(
        [
            ("министр", "ru", "MIN"),
            ("министр обороны", "ru", "DEF"),
            ("министр иностранных дел", "ru", "FM"),
        ]
    )
    text = "Министр обороны, министр иностранных дел и министр финансов"
    assert [x.payloads for x in m.match(text, "ru")] == [["DEF"], ["FM"], ["MIN"]]
    assert [text[x.start : x.end] for x in m.match(text, "ru")][2] == "министр"


def _match_all(matcher, texts, lang):
    matcher.clear_caches()
    return [[(x.start, x.end, x.prefix, x.phrases) for x in matcher.match(t, lang)] for t in texts]


def test_words_skipped_before_analysis_are_exactly_those_that_start_nothing(monkeypatch):
    # Hebrew and Arabic words are first tested against every form the index's keys can be
    # reached from (clitics off, an enclitic or a folded ending put back); a word that
    # fails starts no phrase. Matching the demo corpus with and without that test must
    # give the same matches.
    from pathlib import Path

    import detente.mentions as mentions
    from detente.actors import default_kb

    corpus = Path(mentions.__file__).parent.parent / "demo" / "corpus"
    kb = default_kb()
    for lang in ("he", "ar"):
        texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob(f"{lang}_*.txt"))]
        assert texts
        matcher = kb.matcher(lang)
        filtered = _match_all(matcher, texts, lang)
        with monkeypatch.context() as mp:
            mp.setattr(mentions, "_REACH", {})
            unfiltered = _match_all(matcher, texts, lang)
        assert filtered == unfiltered
        assert sum(map(len, filtered)) > 50


def test_reach_test_lets_clitics_enclitics_and_endings_through():
    m = PhraseMatcher(
        [("روسيا", "ar", "RUS"), ("رئيس", "ar", "HEAD"), ("روسي", "ar", "RUS")]
        + [("רוסיה", "he", "RUS"), ("רוסי", "he", "RUS")]
    )
    ar = "وبروسيا قال رئيسها إن الروسية لن تتراجع"
    assert [x.phrase for x in m.match(ar, "ar")] == ["روسيا", "رئيس", "روسي"]
    he = "ולרוסיה אמר הרוסית שבבאקו"
    assert [x.phrase for x in m.match(he, "he")] == ["רוסיה", "רוסי"]
