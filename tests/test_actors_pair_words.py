"""Phrases for the two parties a text is about ("both countries", "البلدين", "שני הצדדים",
"стороны") stand for both of them (roles.yaml `pair_words`)."""

import pytest
from event_helpers import coded_tuples, mentions_of


def _at(text: str, lang: str, phrase: str) -> set[str]:
    start = text.index(phrase)
    return {m.country for m in mentions_of(text, lang) if m.start == start}


# Two countries joined by "and" in the sentence before: the phrase stands for both.
JOINED = [
    (
        "en",
        "Kenya and Ethiopia signed a border accord on Monday. Officials of both countries "
        "praised the deal.",
        "both countries",
        {"KEN", "ETH"},
    ),
    (
        "ar",
        "وقعت مصر والسودان اتفاقا لتقاسم المياه. ورحب وزيرا خارجية البلدين بالاتفاق.",
        "البلدين",
        {"EGY", "SDN"},
    ),
    (
        "he",
        "יוון וטורקיה חידשו את השיחות על הים האגאי. שני הצדדים הסכימו להיפגש שוב בחודש הבא.",
        "שני הצדדים",
        {"GRC", "TUR"},
    ),
    (
        "ru",
        "Армения и Азербайджан завершили переговоры в Абу-Даби. Стороны согласовали текст "
        "мирного договора.",
        "Стороны",
        {"ARM", "AZE"},
    ),
]


@pytest.mark.parametrize("lang, text, phrase, countries", JOINED)
def test_pair_phrase_stands_for_the_two_joined_before(lang, text, phrase, countries):
    assert _at(text, lang, phrase) == countries


# Not a pair: a place ("on both sides of"), every party ("כל הצדדים"), and the
# genitive singular "стороны" after a preposition or an adjective.
NOT_PAIRS = [
    (
        "en",
        "Kenya and Ethiopia signed a border accord. Herders live on both sides of the line.",
        "both sides",
    ),
    ("he", "ישראל ולבנון החליפו אש. כל הצדדים נקראו לרגיעה.", "הצדדים"),
    ("ru", "Россия и Украина обменялись пленными. Со стороны России говорил Мединский.", "стороны"),
    (
        "ru",
        "Россия и Украина обменялись пленными. Позицию украинской стороны изложил Умеров.",
        "стороны",
    ),
]


@pytest.mark.parametrize("lang, text, phrase", NOT_PAIRS)
def test_pair_phrase_blocked_where_it_means_something_else(lang, text, phrase):
    assert _at(text, lang, phrase) == set()


def test_without_a_joined_pair_the_two_countries_named_most():
    # No sentence near the phrase joins two countries; the text names Serbia and Kosovo
    # most, the EU once.
    text = (
        "Serbia accused Kosovo of provoking violence in the north. Kosovo rejected the charge "
        "and said Serbia was arming local groups. The European Union urged calm. Envoys met "
        "officials of both countries on Friday."
    )
    assert _at(text, "en", "both countries") == {"SRB", "XKX"}


def test_a_single_named_country_makes_no_pair():
    text = (
        "Sudan's army and the Rapid Support Forces clashed in Khartoum. Both sides claimed gains."
    )
    assert _at(text, "en", "Both sides") == set()


# Events take both parties. In each, the subject of the sentence before is another party
# (or none), so only the phrase can name them.
EVENTS = [
    (
        "en",
        "Kenya and Ethiopia ended a week of border clashes. On Monday both countries agreed "
        "to reopen their embassies.",
        ("AGREE", ("KEN", "ETH"), ()),
    ),
    (
        "ar",
        "رحبت الولايات المتحدة بالمحادثات بين مصر والسودان في الخرطوم. واتفق الجانبان على "
        "استئناف الرحلات الجوية.",
        ("AGREE", ("EGY", "SDN"), ()),
    ),
    (
        "ru",
        "Россия и Украина провели переговоры в Стамбуле. По их итогам стороны провели обмен "
        "пленными.",
        ("RETREAT", ("RUS", "UKR"), ()),
    ),
    (
        "he",
        "ישראל וחמאס הסכימו על הפסקת אש. שני הצדדים החליפו אסירים.",
        ("RETREAT", ("ISR", "PSE"), ()),
    ),
]


@pytest.mark.parametrize("lang, text, event", EVENTS)
def test_events_take_both_parties(lang, text, event):
    assert event in coded_tuples(text, lang, "2025-03-03")


def test_actor_own_country_is_not_its_recipient_through_a_pair():
    # "двух стран" names Russia and Azerbaijan; the Russian police do not raid Russia
    text = (
        "Москва вызвала посла Азербайджана. Отношения двух стран ухудшились после того, как "
        "российская полиция провела рейды в Екатеринбурге."
    )
    coded = coded_tuples(text, "ru", "2025-07-01")
    raids = {c for c in coded if c[0] == "COERCE"}
    assert raids and all("RUS" not in c[2] for c in raids)


def test_mention_says_why():
    text = "Kenya and Ethiopia signed a border accord. Officials of both countries praised it."
    ms = [m for m in mentions_of(text, "en") if m.raw_text == "both countries"]
    assert ms and all("both countries" in (m.why or "") and "KEN and ETH" in m.why for m in ms)


def test_pair_words_are_data():
    from detente.actors.kb import default_kb

    for lang in ("en", "ar", "he", "ru"):
        assert default_kb().lang_roles(lang).get("pair_words"), lang
