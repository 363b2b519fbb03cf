"""A list that opens as an object ("strikes on Pakistan") and ends, after "and", right on a
verb ("and Islamabad vows to respond") ends with that verb's subject: a headline style of
Arabic and Hebrew. Every sentence was written for this test and its reading checked by
hand."""

from event_helpers import coded_tuples

DATE = "2025-05-07"


def _threats(text: str, lang: str):
    return {c for c in coded_tuples(text, lang, DATE) if c[0] == "THREATEN"}


def test_arabic_subject_after_an_object_list():
    threats = _threats("ضربات هندية على باكستان وإسلام آباد تتوعد بالرد", "ar")
    assert threats and all(actors == ("PAK",) for _, actors, _ in threats)


def test_hebrew_subject_after_an_object_list():
    threats = _threats("הפצצות על אוקראינה ורוסיה מאיימת בהסלמה", "he")
    assert threats and all(actors == ("RUS",) for _, actors, _ in threats)


def test_a_subject_list_stays_whole():
    coded = coded_tuples("أدانت كل من السعودية والإمارات الهجوم.", "ar", DATE)
    assert ("ACCUSE", ("SAU", "ARE"), ()) in coded
    assert ("REJECT", ("RUS", "CHN"), ()) in coded_tuples(
        "Russia and China vetoed the resolution.", "en", DATE
    )


def test_a_name_after_the_comma_of_a_fronted_phrase_is_the_subject():
    # "after a call with Biden, the cabinet yielded to Washington's demand": Biden belongs to
    # the fronted phrase; the cabinet, right before the verb, yields
    text = "בעקבות שיחה קשה עם ביידן, הקבינט נענה לדרישת וושינגטון ופתח את מעבר כרם שלום."
    coded = coded_tuples(text, "he", DATE)
    assert ("CONCEDE", ("ISR",), ("USA",)) in coded
    assert ("CONCEDE", ("USA",), ("ISR",)) not in coded


def test_an_arabic_comma_ends_what_a_preposition_governs():
    # "after a meeting with Putin, Erdogan demands that Russia open the ports"
    text = "بعد لقاء مع بوتين، أردوغان يطالب روسيا بفتح الموانئ."
    coded = coded_tuples(text, "ar", DATE)
    assert ("REQUEST", ("TUR",), ("RUS",)) in coded
    assert ("REQUEST", ("RUS",), ("TUR",)) not in coded
