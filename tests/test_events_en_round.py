"""English event coder round: commitments, easing, force posture, repression, stop phrases.

Sentences are written for these tests in the style of international news; each checks a
class of phrasing (a copula before "ready to", an adjectival "occupied", ...), not one
example sentence.
"""

import pytest

from detente.evaluation import _run


def coded(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (
            e.event_type,
            tuple(sorted({a.country for a in e.actor if a.country})),
            tuple(sorted({r.country for r in e.recipient if r.country})),
        )
        for e in _run(text, "t", "2024-03-01")
    }


def types(text: str) -> set[str]:
    return {t for t, _, _ in coded(text)}


@pytest.mark.parametrize(
    "text, want",
    [
        # a copula before ready/willing/prepared is not a passive: the subject commits
        ("Norway is ready to send engineers to Moldova.", ("AGREE", ("NOR",), ("MDA",))),
        ("Chile said it was willing to host talks with Peru.", ("AGREE", ("CHL",), ("PER",))),
        ("Japan offered its troops to the mission in Cambodia.", ("AGREE", ("JPN",), ("KHM",))),
        # readiness to coerce or use force is a threat
        ("Iran is prepared to impose new restrictions on Iraq.", ("THREATEN", ("IRN",), ())),
        (
            "Turkey is ready to take military action against Syria.",
            ("THREATEN", ("TUR",), ("SYR",)),
        ),
        # refusing and not accepting are rejections
        ("Hungary is refusing to lift its veto on aid to Ukraine.", ("REJECT", ("HUN",), ())),
        ("Jordan says it will not accept more refugees from Syria.", ("REJECT", ("JOR",), ())),
        # force posture
        (
            "Russia has strengthened its forces near the border with Finland.",
            ("MOBILIZE", ("RUS",), ()),
        ),
        (
            "Greek troops remained on alert along the border with Turkey.",
            ("MOBILIZE", ("GRC",), ()),
        ),
        # diplomatic recognition
        ("Bhutan has established diplomatic ties with India.", ("SUPPORT", ("BTN",), ("IND",))),
    ],
)
def test_coded(text, want):
    etype, actor, recipient = want
    got = coded(text)
    assert any(
        t == etype and set(actor) <= set(a) and set(recipient) <= set(r) for t, a, r in got
    ), got


def test_agreeing_to_act_codes_only_the_agreement():
    got = types("Israel agreed to Egyptian mediation in talks with Hamas.")
    assert "AGREE" in got and "CONSULT" not in got
    assert types("Jordan and Britain agreed to hold joint military exercises.") == {"AGREE"}


def test_preparing_to_resume_shelling_is_posture_not_attack():
    got = types("The Serbian army prepared to resume shelling Bosnian positions.")
    assert "MOBILIZE" in got and "ASSAULT" not in got and "AGREE" not in got


def test_easing_a_curfew_is_a_concession():
    assert "CONCEDE" in types("Ethiopia lifted the night curfew in Tigray on Monday.")


def test_repression_of_protest_is_coercion_not_protest():
    got = types("Kenyan police used tear gas to disperse demonstrators in Nairobi.")
    assert "COERCE" in got and "PROTEST" not in got


def test_ban_from_running_is_coercion():
    assert "COERCE" in types(
        "Belarus has banned opposition candidates from running in the election."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops patrolled the occupied West Bank on Sunday.",
        "In a letter handed over to the United Nations, Iraq set out its position.",
        "Despite warnings of famine from aid agencies, Sudan closed the crossing.",
    ],
)
def test_no_false_event_from_descriptive_uses(text):
    got = types(text)
    assert not got & {"COERCE", "RETREAT", "THREATEN"}, got


def test_deal_to_end_the_fighting_is_a_ceasefire():
    got = coded("Sudan and South Sudan signed a deal to end the fighting along their border.")
    assert ("AGREE", ("SDN", "SSD"), ()) in got
    assert ("RETREAT", ("SDN", "SSD"), ()) in got
    got = coded("Ethiopia and Eritrea agreed to end the war in July.")
    assert ("RETREAT", ("ERI", "ETH"), ()) in got


def test_as_the_starts_a_new_clause():
    got = coded("Hundreds of Kenyans protested in Nairobi as the British prime minister arrived.")
    assert not any(t == "PROTEST" and "GBR" in r for t, _, r in got), got


def test_reducing_supplies_is_a_sanction():
    assert ("SANCTION", ("RUS",), ("MDA",)) in coded("Russia reduced gas supplies to Moldova.")


@pytest.mark.parametrize(
    "text, not_type",
    [
        ("EU ministers agreed on a large package of support for Moldova.", "SUPPORT"),
    ],
)
def test_descriptive_nouns_are_not_events(text, not_type):
    assert not_type not in types(text)


def test_agreeing_to_restore_relations_is_a_joint_agreement():
    from event_helpers import coded_tuples

    got = coded_tuples("Saudi Arabia and Iran agreed to restore relations within two months.", "en", "2023-03-10")
    assert ("AGREE", ("SAU", "IRN"), ()) in got
