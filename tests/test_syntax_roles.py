"""Roles from the dependency parse (detente.events.syntax), on sentences written for these tests."""

import pytest

from detente.events.syntax import roles_from_syntax


def _roles(lang: str, text: str, trigger: str, mentions: list[str]):
    t = text.index(trigger)
    spans = [(text.index(m), text.index(m) + len(m)) for m in mentions]
    r = roles_from_syntax(text, lang, (t, t + len(trigger)), spans)
    if r is None:
        return None
    return [mentions[i] for i in r.actor], [mentions[i] for i in r.recipient]


@pytest.fixture(scope="module", autouse=True)
def _models():
    pytest.importorskip("spacy")
    pytest.importorskip("natasha")


# -- English --------------------------------------------------------------------------------
def test_en_active_subject_and_object():
    assert _roles(
        "en",
        "Norwegian coastguards detained a Chilean trawler near Svalbard on Tuesday.",
        "detained",
        ["Norwegian coastguards", "Chilean trawler"],
    ) == (["Norwegian coastguards"], ["Chilean trawler"])


def test_en_passive_with_by_agent():
    assert _roles(
        "en",
        "A Peruvian cargo plane was forced down by Bolivian fighter jets last week.",
        "forced down",
        ["Peruvian cargo plane", "Bolivian fighter jets"],
    ) == (["Bolivian fighter jets"], ["Peruvian cargo plane"])


def test_en_passive_without_agent():
    roles = _roles(
        "en",
        "Two Estonian border guards were abducted near the river crossing.",
        "abducted",
        ["Estonian border guards"],
    )
    assert roles == ([], ["Estonian border guards"])


def test_en_nominal_with_possessor_and_of():
    assert _roles(
        "en",
        "Chile's blockade of the Bolivian port angered regional leaders.",
        "blockade",
        ["Chile", "Bolivian port"],
    ) == (["Chile"], ["Bolivian port"])


def test_en_nominal_with_adjective_actor():
    actor, recipient = _roles(
        "en",
        "A Turkish drone strike hit a Kurdish convoy near the border.",
        "strike",
        ["Turkish", "Kurdish convoy"],
    )
    assert actor == ["Turkish"]
    assert recipient == ["Kurdish convoy"]


def test_en_coordinated_subjects():
    actor, recipient = _roles(
        "en",
        "Kenya and Tanzania condemned the attack on Ugandan villages.",
        "condemned",
        ["Kenya", "Tanzania", "Ugandan villages"],
    )
    assert actor == ["Kenya", "Tanzania"]
    assert "Kenya" not in recipient and "Tanzania" not in recipient


def test_en_xcomp_subject_of_governing_verb():
    assert _roles(
        "en",
        "Canada decided to impose sanctions on Venezuelan officials after the vote.",
        "impose sanctions",
        ["Canada", "Venezuelan officials"],
    ) == (["Canada"], ["Venezuelan officials"])


def test_en_verbs_sharing_a_subject():
    actor, recipient = _roles(
        "en",
        "Lithuania closed its border crossings and demanded that Minsk stop the flights.",
        "demanded",
        ["Lithuania", "Minsk"],
    )
    assert actor == ["Lithuania"]
    assert recipient == ["Minsk"]


def test_en_target_preposition():
    assert _roles(
        "en",
        "The Philippine navy protested to Beijing about the water cannon incident.",
        "protested",
        ["Philippine navy", "Beijing"],
    ) == (["Philippine navy"], ["Beijing"])


# -- Russian --------------------------------------------------------------------------------
def test_ru_nominative_subject_accusative_object():
    assert _roles(
        "ru",
        "Польша задержала белорусского журналиста на границе.",
        "задержала",
        ["Польша", "белорусского журналиста"],
    ) == (["Польша"], ["белорусского журналиста"])


def test_ru_object_before_verb():
    # free word order: the accusative comes first, the nominative subject last
    assert _roles(
        "ru",
        "Эстонского дипломата выслала Россия.",
        "выслала",
        ["Эстонского дипломата", "Россия"],
    ) == (["Россия"], ["Эстонского дипломата"])


def test_ru_dative_recipient():
    assert _roles(
        "ru",
        "Литва пригрозила Белоруссии закрытием границы.",
        "пригрозила",
        ["Литва", "Белоруссии"],
    ) == (["Литва"], ["Белоруссии"])


def test_ru_short_passive_with_instrumental_agent():
    assert _roles(
        "ru",
        "Грузинский беспилотник был сбит армянскими военными.",
        "сбит",
        ["Грузинский беспилотник", "армянскими военными"],
    ) == (["армянскими военными"], ["Грузинский беспилотник"])


def test_ru_passive_participle_with_instrumental_agent():
    assert _roles(
        "ru",
        "Задержанное финскими пограничниками судно принадлежит Эстонии.",
        "Задержанное",
        ["финскими пограничниками", "судно", "Эстонии"],
    ) == (["финскими пограничниками"], ["судно"])


def test_ru_preposition_target():
    assert _roles(
        "ru",
        "Молдавия ввела санкции против приднестровских чиновников.",
        "ввела санкции",
        ["Молдавия", "приднестровских чиновников"],
    ) == (["Молдавия"], ["приднестровских чиновников"])


def test_ru_origin_preposition_is_no_target():
    # "от" names where something comes from or is cut off from, not who is acted on:
    # the banks are disconnected, SWIFT is not sanctioned.
    assert _roles(
        "ru",
        "Евросоюз отключил от SWIFT ещё три российских банка.",
        "отключил",
        ["Евросоюз", "SWIFT", "российских банка"],
    ) == (["Евросоюз"], ["российских банка"])


# -- no answer --------------------------------------------------------------------------------
def test_no_parser_for_language_gives_none():
    assert roles_from_syntax("ישראל תקפה", "he", (6, 10), [(0, 5)]) is None


def test_no_mention_in_a_role_gives_none():
    text = "Officials said the talks would resume."
    t = text.index("talks")
    assert roles_from_syntax(text, "en", (t, t + 5), []) is None


def test_a_visit_in_a_time_frame_keeps_its_own_visitor_and_host():
    # "после визита Пелоси в Тайбэй": the drills' subject is not the visitor
    from event_helpers import coded_tuples

    got = coded_tuples(
        "Армия Китая начала учения вокруг Тайваня после визита Нэнси Пелоси в Тайбэй.",
        "ru",
        "2022-08-05",
    )
    assert ("CONSULT", ("USA",), ("TWN",)) in got
    assert not any(t[0] == "CONSULT" and t[1] == ("CHN",) for t in got)
