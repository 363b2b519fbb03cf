"""Protesters of no stated nationality act for the place they protest in; a later verb of its
own keeps what follows it. Sentences written for these tests; expected codes by hand."""

import pytest
from event_helpers import coded_tuples

D = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Thousands of people rallied in Belgrade on Sunday.", "en", ("SRB",)),
        ("אלפי מפגינים הפגינו אמש בבודפשט.", "he", ("HUN",)),
        ("تظاهر الآلاف في بغداد أمس.", "ar", ("IRQ",)),
        ("Тысячи людей вышли на акции протеста в Тбилиси.", "ru", ("GEO",)),
    ],
)
def test_protesters_are_people_of_the_place(text, lang, expected):
    assert coded_tuples(text, lang, D) == {("PROTEST", expected, ())}


def test_named_protesters_and_their_target_stay():
    got = coded_tuples(
        "Thousands of Serbs protested outside the Croatian embassy in Belgrade.", "en", D
    )
    assert got == {("PROTEST", ("SRB",), ("HRV",))}


def test_what_follows_a_later_verb_is_that_verbs():
    got = coded_tuples(
        "Putin ordered the call-up of 300,000 reservists and warned the West of a tough response.",
        "en",
        D,
    )
    assert ("MOBILIZE", ("RUS",), ()) in got
    # two verbs joined by "and" share their object
    got = coded_tuples("Russian jets bombed and shelled Ukrainian positions near Bakhmut.", "en", D)
    assert got == {("ASSAULT", ("RUS",), ("UKR",))}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Protests broke out in Yerevan on Monday.", "en"),
        ("בירוואן פרצו הפגנות סוערות.", "he"),
        ("В Ереване начались протесты.", "ru"),
        ("اندلعت احتجاجات في يريفان أمس.", "ar"),
    ],
)
def test_a_protest_that_only_happens_has_no_actor(text, lang):
    assert coded_tuples(text, lang, D) == {("PROTEST", (), ())}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the second verb shares Baku; "مواطنين" (-ين, not -ون) is its object
        ("ألغت باكو الحفلات وسجنت ثمانية مواطنين روس.", ("COERCE", ("AZE",), ("RUS",))),
        ("اعتقلت الشرطة الأذربيجانية ثلاثة صحفيين روس أمس.", ("COERCE", ("AZE",), ("RUS",))),
        # a name ending in -ين (البحرين) is still a subject
        ("وطردت البحرين دبلوماسيين إيرانيين.", ("SANCTION", ("BHR",), ("IRN",))),
    ],
)
def test_arabic_oblique_plural_is_not_the_subject(text, expected):
    assert expected in coded_tuples(text, "ar", D)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "India and Pakistan traded accusations on Sunday.",
            "en",
            {("ACCUSE", ("IND",), ("PAK",)), ("ACCUSE", ("PAK",), ("IND",))},
        ),
        (
            "Heavy fighting between India and Pakistan continued.",
            "en",
            {("ASSAULT", ("IND",), ("PAK",)), ("ASSAULT", ("PAK",), ("IND",))},
        ),
        (
            "تبادلت الهند وباكستان الاتهامات.",
            "ar",
            {("ACCUSE", ("IND",), ("PAK",)), ("ACCUSE", ("PAK",), ("IND",))},
        ),
        # two participants of one country joined by "and" stay two
        (
            "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع.",
            "ar",
            {("ASSAULT", ("SDN",), ("SDN",))},
        ),
    ],
)
def test_a_mutual_act_goes_each_way(text, lang, expected):
    assert coded_tuples(text, lang, D) == expected


def test_a_joint_act_that_is_not_mutual_stays_joint():
    got = coded_tuples("India and Pakistan agreed on a ceasefire on Saturday.", "en", D)
    assert ("AGREE", ("IND", "PAK"), ()) in got


@pytest.mark.parametrize(
    "text, lang, expected, absent",
    [
        # its own troops, its own participation: not a recipient
        ("Вашингтон объявил о выводе американских войск из Ирака.", "ru", "RETREAT", ("USA",)),
        ("Moscow suspended its participation in the Russian-brokered grain deal.", "en", "SANCTION", ("RUS",)),
        # force can be domestic: Russian police detaining Russian activists stays RUS -> RUS
        ("Russian police detained dozens of Russian activists in Moscow.", "en", "COERCE", None),
    ],
)
def test_a_state_does_not_withdraw_from_or_sanction_itself(text, lang, expected, absent):
    got = coded_tuples(text, lang, D)
    events = [t for t in got if t[0] == expected]
    assert events, got
    if absent:
        assert all(t[2] != absent for t in events)
    else:
        assert ("COERCE", ("RUS",), ("RUS",)) in got


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Russian jets began strikes in Syria at the request of President Bashar al-Assad.", "en"),
        ("بدأت الطائرات الحربية الروسية غاراتها في سوريا بناءً على طلب من الرئيس الأسد.", "ar"),
        ("ВКС России приступили к авиаударам в Сирии по просьбе Башара Асада.", "ru"),
        ("מטוסי רוסיה החלו לתקוף בסוריה לבקשת הנשיא אסד.", "he"),
    ],
)
def test_at_the_request_of_x_x_asks_the_clauses_subject(text, lang):
    assert ("REQUEST", ("SYR",), ("RUS",)) in coded_tuples(text, lang, "2015-09-30")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("France announced the withdrawal of French troops from Mali.", "en", ("FRA", "MLI")),
        ("Париж объявил о выводе французских войск из Мали.", "ru", ("FRA", "MLI")),
    ],
)
def test_own_troops_are_not_a_recipient_beside_the_other_party(text, lang, expected):
    # the troops withdrawn are the actor's own; the country they leave is the recipient
    got = coded_tuples(text, lang, D)
    assert ("RETREAT", expected[:1], expected[1:]) in got, got


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The French ambassador was summoned to the Algerian foreign ministry on Monday.", "en"),
        ("Посол Франции был вызван в МИД Алжира.", "ru"),
    ],
)
def test_the_ministry_one_is_summoned_to_is_the_actor(text, lang):
    assert ("ACCUSE", ("DZA",), ("FRA",)) in coded_tuples(text, lang, D)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A British minister said that Libya must hand over the two suspects.", "en"),
        ("ישראל חייבת לשחרר את האסירים.", "he"),
    ],
)
def test_an_obligation_is_not_an_act_that_happened(text, lang):
    from detente.events import code_text

    # what must be done is not reported as done; a speaker's obligation is a demand
    # (tests/test_events_obligation.py)
    events = code_text(text, lang, D)
    assert not any(
        e.event_type == "RETREAT" and e.modality in ("asserted", "reported") for e in events
    )


def test_a_verb_first_subject_in_a_gapped_phrase_is_the_actor():
    # "שחרר * חטופים": Hamas stands in the gap; the mediators before the comma are not it
    got = coded_tuples(
        "במסגרת ההסכם שתיווכו קטאר ומצרים, שחרר חמאס הבוקר 20 חטופים ישראלים.", "he", D
    )
    assert ("RETREAT", ("PSE",), ("ISR",)) in got, got


def test_the_next_day_is_not_a_hypothetical_cue():
    # by lemma "следует" (should) would also take "следующий" (next)
    from detente.events import code_text

    events = code_text(
        "Иран выпустил ракеты по Израилю. На следующий день Катар осудил атаку.", "ru", D
    )
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].modality == "asserted"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # A fronted place, a comma, then the subject: not a list of two parties.
        (
            "בתום הפסגה בקהיר, נשיא מצרים עבד אל-פתאח א-סיסי הציב שתי דרישות פומביות לישראל.",
            "he",
            {("CONSULT", ("EGY",), ()), ("REQUEST", ("EGY",), ("ISR",))},
        ),
        ("בטהרן, שר החוץ הסעודי נפגש עם עמיתו האיראני.", "he", {("CONSULT", ("SAU",), ("IRN",))}),
        (
            "In Ankara, Turkish President Erdogan demanded that Sweden act against the PKK.",
            "en",
            {("REQUEST", ("TUR",), ("SWE",))},
        ),
    ],
)
def test_a_place_before_a_comma_is_not_listed_with_the_subject(text, lang, expected):
    assert coded_tuples(text, lang, D) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a trigger that holds its own object does not share the next verb's
        (
            "Президент Беларуси объявил частичную мобилизацию и пригрозил Западу применением силы.",
            "ru",
            {("MOBILIZE", ("BLR",), ()), ("THREATEN", ("BLR",), ("IGO",))},
        ),
        (
            "Кремль объявил мобилизацию и пригрозил Западу ядерным оружием.",
            "ru",
            {("MOBILIZE", ("RUS",), ()), ("THREATEN", ("RUS",), ("IGO",))},
        ),
        # two bare verbs joined by "and" still share it
        ("Israeli jets bombed and shelled Gaza overnight.", "en", {("ASSAULT", ("ISR",), ("PSE",))}),
    ],
)
def test_only_bare_verbs_share_what_follows_the_next_one(text, lang, expected):
    assert coded_tuples(text, lang, D) == expected
