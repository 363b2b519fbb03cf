"""Domestic events: a state acting on its own people, and groups ("the police", "the
protesters") that name no country of their own. Each sentence was coded by hand; on the
code before group mentions every positive case lacked its actor or its recipient (the
guards against placing troops where they strike passed before and must still pass)."""

import pytest
from event_helpers import coded_tuples

from detente.models import RawDocument
from detente.pipeline import process


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        # the state's forces act on people of no stated country: its own
        ("Serbian police detained dozens of protesters on Saturday.", "en",
         ("COERCE", ("SRB",), ("SRB",))),
        ("Colombia's government accepted the demands of the rebels.", "en",
         ("CONCEDE", ("COL",), ("COL",))),
        # a body with no country of its own belongs to the place the clause names
        ("В Тегеране полиция задержала десятки демонстрантов.", "ru",
         ("COERCE", ("IRN",), ("IRN",))),
        ("Полиция разогнала демонстрантов у здания парламента в Тбилиси.", "ru",
         ("COERCE", ("GEO",), ("GEO",))),
        # verb-first: the group right after the verb is the subject
        ("في طهران اعتقلت الشرطة عشرات المتظاهرين.", "ar", ("COERCE", ("IRN",), ("IRN",))),
        ("בטהרן עצרה המשטרה עשרות מפגינים.", "he", ("COERCE", ("IRN",), ("IRN",))),
        # a protest at "the government" of no stated country is aimed at the protesters' own
        ("אלפים הפגינו בבלגרד מול בניין הממשלה.", "he", ("PROTEST", ("SRB",), ("SRB",))),
    ],
)
def test_domestic_events(sentence, lang, want):
    assert want in coded_tuples(sentence, lang, "2025-03-03")


def test_nearest_place_places_the_body():
    # the Palestinian state the first clause recognises is not where the ministry sits
    got = coded_tuples(
        "ספרד, אירלנד ונורבגיה הודיעו כי יכירו במדינה פלסטינית ב-28 במאי, ומשרד החוץ "
        "בירושלים החזיר מיד להתייעצויות את שגרירי ישראל בשלוש הבירות.",
        "he",
        "2024-05-22",
    )
    assert ("SANCTION", ("ISR",), ("ESP", "IRL", "NOR")) in got
    assert not any(t == "SANCTION" and a == ("PSE",) for t, a, _ in got)


@pytest.mark.parametrize(
    "sentence, lang",
    [
        # troops, gunmen and crowds are not given the country they act in: it is the target
        ("Troops shelled villages in southern Lebanon overnight.", "en"),
        ("Gunmen opened fire on worshippers in a mosque in Kabul.", "en"),
        ("מטוסי קרב תקפו את מתקן ההעשרה בנתנז.", "he"),
    ],
)
def test_forces_are_not_placed_where_they_strike(sentence, lang):
    for t, actor, _ in coded_tuples(sentence, lang, "2025-03-03"):
        assert actor == (), (t, actor)


def test_reservists_are_not_a_recipient():
    # calling up one's own reservists is not an act on a domestic group
    assert coded_tuples("Израиль призвал 300 тысяч резервистов.", "ru", "2024-06-01") == {
        ("MOBILIZE", ("ISR",), ())
    }


def test_dateline_scene_places_local_bodies():
    text = (
        "טביליסי, 1 בדצמבר 2024 — אלפי מפגינים הפגינו אמש מול בניין הפרלמנט.\n\n"
        "המשטרה פיזרה את המפגינים בתותחי מים ובגז מדמיע."
    )
    result = process(RawDocument(text=text, name="geo.txt", source="geo.txt"))
    got = {
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in result.events
    }
    assert ("PROTEST", ("GEO",), ("GEO",)) in got
    assert ("COERCE", ("GEO",), ("GEO",)) in got
    coerce = next(e for e in result.events if e.event_type == "COERCE")
    assert "the story was filed from" in coerce.why


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("رحبت مصر بالتوصل إلى اتفاق لوقف إطلاق النار في غزة.", "ar"),
        ("מצרים בירכה על הסכם הפסקת האש בעזה.", "he"),
        ("Египет приветствовал соглашение о прекращении огня в Газе.", "ru"),
    ],
)
def test_the_act_welcomed_is_not_the_welcomers(sentence, lang):
    # Egypt praised a ceasefire others reached: one SUPPORT, and no agreement of Egypt's
    got = coded_tuples(sentence, lang, "2025-01-16")
    assert any(t == "SUPPORT" and a == ("EGY",) for t, a, _ in got)
    assert not any(t in ("AGREE", "RETREAT") and "EGY" in a for t, a, _ in got), got


def test_the_act_welcomed_is_its_named_parties():
    got = coded_tuples(
        "رحبت الجزائر بتوصل مالي والنيجر إلى اتفاق لوقف إطلاق النار على الحدود.", "ar", "2025-01-16"
    )
    assert ("AGREE", ("MLI", "NER"), ()) in got
    assert not any(t == "AGREE" and "DZA" in a for t, a, _ in got)


def test_a_russian_verb_is_not_a_group():
    # "протестующие" is keyed under its verb; the verb itself names no group
    from detente.pipeline import process as run

    doc = run(RawDocument(text="ОМОН задержал десятки протестующих в Москве.", name="r", source="r"))
    groups = [m.raw_text for m in doc.mentions if m.role == "group"]
    assert groups == ["ОМОН", "протестующих"]


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Trump hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol "
         "Pashinyan at the White House.", "en"),
        ("הנשיא דונלד טראמפ אירח היום בבית הלבן את נשיא אזרבייג'ן אילהם אלייב ואת ראש ממשלת "
         "ארמניה ניקול פשיניאן.", "he"),
    ],
)
def test_titled_guests_joined_by_and_are_all_hosted(sentence, lang):
    # the title is part of the person's mention, so "and" joins the two guests
    assert ("CONSULT", ("USA",), ("AZE", "ARM")) in coded_tuples(sentence, lang, "2025-08-08")


def test_the_party_after_a_protest_is_its_target():
    # subject-first English: the consulate is marched on, the crowd is of Istanbul
    got = coded_tuples(
        "Thousands of demonstrators marched on the Israeli consulate in Istanbul on Tuesday.",
        "en",
        "2025-03-03",
    )
    assert ("PROTEST", ("TUR",), ("ISR",)) in got
    assert ("PROTEST", ("ISR",), ("TUR",)) not in got


def test_a_protest_at_parliament_with_another_country_further_on():
    # the EU named later in the sentence does not make the parliament foreign
    got = coded_tuples(
        "Thousands of protesters rallied outside parliament in Tbilisi after the government "
        "shelved EU accession talks.",
        "en",
        "2024-11-30",
    )
    assert ("PROTEST", ("GEO",), ("GEO",)) in got


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # A state dealing with its own opposition, press or citizens named with their
        # country: they are the recipient, as PLOVER codes domestic events (X -> X).
        ("The Belarusian government accused Belarusian opposition leaders of plotting a coup.",
         "en", {("ACCUSE", ("BLR",), ("BLR",))}),
        ("ממשלת טורקיה דחתה את דרישות האופוזיציה הטורקית.", "he", {("REJECT", ("TUR",), ("TUR",))}),
        ("رفضت الحكومة الجزائرية مطالب المعارضة الجزائرية.", "ar", {("REJECT", ("DZA",), ("DZA",))}),
        ("Правительство Грузии отвергло требования грузинской оппозиции.", "ru",
         {("REJECT", ("GEO",), ("GEO",))}),
        # ... and the other way: the opposition or citizens acting on their own state
        ("Georgian opposition parties rejected the Georgian government's offer of talks.",
         "en", {("REJECT", ("GEO",), ("GEO",))}),
        ("Ugandan opposition leaders accused the Ugandan government of rigging the vote.",
         "en", {("ACCUSE", ("UGA",), ("UGA",))}),
        # its own officials or forces are not another party: no recipient
        ("Putin did not admit that a Russian missile struck the plane.", "en",
         {("CONCEDE", ("RUS",), ())}),
    ],
)
def test_own_opposition_or_press_named_with_the_country_is_the_recipient(text, lang, expected):
    assert coded_tuples(text, lang, "2025-03-03") == expected
