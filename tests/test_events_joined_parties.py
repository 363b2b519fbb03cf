"""Parties that join another's act share it: "Kazakhstan joined Azerbaijan, Israel and the
UAE in suspending flights to Russia" (issue 4's own example) is one SANCTION with four
actors, in every language (grammar.yaml `join_words`, `join_links`). Lists run on across
"and other states, including ..." (`list_inclusion_words`, `list_filler_words`) and across
an English article outside the name ("and the UAE"); a relative clause after a list is about
the whole list. Each sentence was written for this test; its expected reading was checked
by hand against eval/README.md (a list of actors is one event with several actors)."""

import pytest
from event_helpers import mentions_of

from detente.events import code_text

DATE = "2025-01-10"


def coded(text: str, lang: str) -> set[tuple[str, frozenset, frozenset]]:
    return {
        (
            e.event_type,
            frozenset(a.country for a in e.actor),
            frozenset(r.country for r in e.recipient),
        )
        for e in code_text(text, lang, DATE)
    }


FOUR = frozenset({"KAZ", "AZE", "ISR", "ARE"})
TWO = frozenset({"AZE", "KAZ"})
RUS = frozenset({"RUS"})


@pytest.mark.parametrize(
    "lang, text, want",
    [
        # each of these coded only part of the list before (the nearest name, or the
        # joining verb's subject alone; "вслед за" made the followed states recipients)
        (
            "en",
            "Kazakhstan joined Azerbaijan, Israel and the UAE in suspending flights to Russia.",
            FOUR,
        ),
        (
            "en",
            "Kazakhstan joined Azerbaijan and other states, including Israel and the UAE, "
            "that suspended their national airlines' flights to Russia.",
            FOUR,
        ),
        (
            "he",
            "קזחסטאן הצטרפה לאזרבייג'ן ולמדינות אחרות, ובהן ישראל ואיחוד האמירויות, "
            "שהשעו את הטיסות לרוסיה.",
            FOUR,
        ),
        ("he", "בדומה לאזרבייג'ן, גם קזחסטאן השעתה את הטיסות לרוסיה.", TWO),
        (
            "ar",
            "انضمت كازاخستان إلى أذربيجان وإسرائيل والإمارات في تعليق الرحلات الجوية إلى روسيا.",
            FOUR,
        ),
        ("ar", "على غرار أذربيجان، علقت كازاخستان رحلاتها إلى روسيا.", TWO),
        (
            "ar",
            "وانضمت كازاخستان إلى أذربيجان ودول أخرى بينها إسرائيل والإمارات التي علقت "
            "رحلاتها إلى روسيا.",
            FOUR,
        ),
        (
            "ru",
            "Казахстан вслед за Азербайджаном, Израилем и ОАЭ приостановил полёты в Россию.",
            FOUR,
        ),
        (
            "ru",
            "Казахстан присоединился к Азербайджану, Израилю и ОАЭ, приостановившим "
            "авиасообщение с Россией.",
            FOUR,
        ),
        ("ru", "Вслед за Азербайджаном Казахстан приостановил полёты в Россию.", TWO),
        # guard (passed before): the joining verb in the same clause as the list
        (
            "he",
            "קזחסטאן הצטרפה לאזרבייג'ן, לישראל ולאיחוד האמירויות והשעתה את הטיסות לרוסיה.",
            FOUR,
        ),
    ],
)
def test_joined_parties_share_the_act(lang, text, want):
    assert ("SANCTION", want, RUS) in coded(text, lang)


def test_joined_by_adds_the_party_named_after_it():
    assert coded("Britain, joined by Canada, expelled two Russian diplomats.", "en") == {
        ("SANCTION", frozenset({"GBR", "CAN"}), RUS)
    }


@pytest.mark.parametrize(
    "lang, text, want",
    [
        # the parse named the list's head only (USA)
        (
            "en",
            "The United States and other countries, including Britain and France, condemned "
            "the strike.",
            ("ACCUSE", frozenset({"USA", "GBR", "FRA"}), frozenset()),
        ),
        # guard (passed before): the Russian list with "в том числе"
        (
            "ru",
            "США и другие страны, в том числе Великобритания и Франция, осудили удар России по Киеву.",
            ("ACCUSE", frozenset({"USA", "GBR", "FRA"}), RUS),
        ),
    ],
)
def test_lists_run_on_across_including(lang, text, want):
    assert want in coded(text, lang)


@pytest.mark.parametrize(
    "lang, text, want",
    [
        # a relative clause after a list is about all of it (before: its last item only)
        (
            "he",
            "אזרבייג'ן ומדינות אחרות, ובהן ישראל ואיחוד האמירויות, שהשעו את הטיסות לרוסיה, "
            "ספגו ביקורת.",
            ("SANCTION", frozenset({"AZE", "ISR", "ARE"}), RUS),
        ),
        (
            "he",
            "ספרד, אירלנד ונורבגיה, שהכירו במדינה פלסטינית, זכו לגינוי מישראל.",
            ("SUPPORT", frozenset({"ESP", "IRL", "NOR"}), frozenset({"PSE"})),
        ),
        (
            "ar",
            "إسبانيا وإيرلندا والنرويج، التي اعترفت بدولة فلسطين، تعرضت لانتقادات إسرائيلية.",
            ("SUPPORT", frozenset({"ESP", "IRL", "NOR"}), frozenset({"PSE"})),
        ),
        (
            "ru",
            "Испания, Ирландия и Норвегия, которые признали Палестину, подверглись критике Израиля.",
            ("SUPPORT", frozenset({"ESP", "IRL", "NOR"}), frozenset({"PSE"})),
        ),
    ],
)
def test_a_relative_clause_after_a_list_is_about_the_whole_list(lang, text, want):
    assert want in coded(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        # guards (passed before): what a state joined is no party to a later act
        ("en", "Finland joined NATO in 2023 and Russia threatened retaliation."),
        ("he", 'פינלנד הצטרפה לנאט"ו ב-2023, ורוסיה איימה בתגובה.'),
        (
            "ru",
            "Финляндия присоединилась к НАТО в 2023 году, а Россия пригрозила ответными мерами.",
        ),
    ],
)
def test_joining_a_bloc_does_not_make_it_the_actor_of_a_later_act(lang, text):
    threats = [t for t in coded(text, lang) if t[0] == "THREATEN"]
    assert threats and all(t[1] == RUS for t in threats)


def test_a_verb_after_comma_and_and_opens_its_own_clause():
    # "وهددت روسيا" after the comma is Russia's threat alone; the join before it made
    # Finland and NATO co-threateners in a first version
    got = coded("انضمت فنلندا إلى حلف الناتو عام 2023، وهددت روسيا بالرد.", "ar")
    assert {t[1] for t in got if t[0] == "THREATEN"} == {RUS}


def test_similarly_to_is_not_the_duma():
    # "בדומה ל" ("similarly to") read as ב + הדומה, the State Duma, before
    ms = mentions_of("בדומה לשנים קודמות, קזחסטאן השעתה את הטיסות לרוסיה.", "he")
    assert [m.country for m in ms] == ["KAZ", "RUS"]
    assert any(m.raw_text == "הדומה" for m in mentions_of("חברי הדומה גינו את ההחלטה.", "he"))
