"""What a state demands right after summoning an envoy, in the same sentence ("summoned the
Russian ambassador to demand ...", "вызвал посла России и потребовал ...", `استدعت ...
السفير الفرنسي وطالبت`), is said to the envoy: it is addressed to the envoy's state, not to
the party the demand is about, and the envoy is never the one demanding. Every text was
written for this test and its reading checked by hand (eval/README.md: summoning an
ambassador is ACCUSE; the demand is REQUEST summoner -> envoy's state)."""

import pytest
from event_helpers import coded_tuples

DATE = "2024-10-20"


@pytest.mark.parametrize(
    "text, lang, summoner, envoy",
    [
        (
            "South Korea summoned the Russian ambassador to demand the immediate withdrawal of "
            "North Korean troops sent to Russia.",
            "en",
            "KOR",
            "RUS",
        ),
        (
            "Сеул вызвал посла России и потребовал немедленно вывести северокорейских "
            "военных, переброшенных в Россию.",
            "ru",
            "KOR",
            "RUS",
        ),
        ("استدعت الخارجية الجزائرية السفير الفرنسي وطالبت بتوضيحات.", "ar", "DZA", "FRA"),
    ],
)
def test_the_demand_after_a_summons_is_made_to_the_envoys_state(text, lang, summoner, envoy):
    requests = {t for t in coded_tuples(text, lang, DATE) if t[0] == "REQUEST"}
    assert requests == {("REQUEST", (summoner,), (envoy,))}


def test_without_a_summons_the_demand_keeps_its_own_recipient():
    text = "South Korea demanded the immediate withdrawal of North Korean troops from Russia."
    assert ("REQUEST", ("KOR",), ("PRK",)) in coded_tuples(text, "en", DATE)


def test_another_party_demanding_in_the_same_sentence_is_not_the_summoner():
    text = (
        "Poland summoned the Belarusian charge d'affaires, and Lithuania demanded that Minsk "
        "close the border."
    )
    assert ("REQUEST", ("LTU",), ("BLR",)) in coded_tuples(text, "en", DATE)
