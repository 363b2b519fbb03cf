"""What a draft resolution demands or condemns is its author's act (grammar.yaml
`draft_words`): "استخدمت الولايات المتحدة حق النقض ضد مشروع قرار جزائري يطالب بوقف ..." is a
REJECT by the United States of Algeria's draft and a REQUEST by Algeria, addressed to no
one the sentence names (eval/README.md and gold ar-004, en-029). Before, the vetoer was the
one demanding. Each sentence was written for this test and read by hand."""

import pytest

from detente.events import code_text

DATE = "2025-01-10"


def coded(text: str, lang: str) -> set[tuple[str, tuple, tuple]]:
    return {
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in code_text(text, lang, DATE)
    }


@pytest.mark.parametrize(
    "text, author",
    [
        (
            "استخدمت الولايات المتحدة حق النقض ضد مشروع قرار جزائري يطالب بوقف فوري لإطلاق النار "
            "في غزة.",
            "DZA",
        ),
        (
            "أسقطت روسيا بالفيتو مشروع قرار بريطاني في مجلس الأمن يطالب بانسحاب القوات الأجنبية "
            "من السودان.",
            "GBR",
        ),
    ],
)
def test_the_draft_demands_not_the_vetoer(text, author):
    got = coded(text, "ar")
    assert ("REQUEST", (author,), ()) in got
    assert not any(t[0] == "REQUEST" and t[1] != (author,) for t in got)


@pytest.mark.parametrize(
    "lang, text, want",
    [
        # guards (passed before): a decision's own subject, a draft's author as subject
        ("ar", "اتخذت روسيا قرارا بطرد دبلوماسيين بريطانيين.", ("SANCTION", ("RUS",), ("GBR",))),
        (
            "en",
            "A resolution drafted by the UAE demanded an immediate humanitarian ceasefire in Gaza.",
            ("REQUEST", ("ARE",), ("PSE",)),
        ),
        (
            "en",
            "The Security Council adopted a resolution demanding that Israel halt settlement "
            "activity.",
            ("REQUEST", ("UNO",), ("ISR",)),
        ),
    ],
)
def test_drafts_leave_other_readings_alone(lang, text, want):
    assert want in coded(text, lang)


@pytest.mark.parametrize(
    "lang, text, voters",
    [
        # before: asserted, or the invader as the one condemning
        (
            "en",
            "China and India abstained in the Security Council vote on a resolution condemning "
            "the Russian invasion of Ukraine.",
            {"CHN", "IND"},
        ),
        (
            "ar",
            "امتنعت الصين والهند عن التصويت على القرار الذي يدين الغزو الروسي لأوكرانيا.",
            {"CHN", "IND"},
        ),
    ],
)
def test_abstaining_on_a_condemnation_is_not_condemning(lang, text, voters):
    # eval/README.md and gold ar-042: the abstainers' condemnation, negated
    accusations = [e for e in code_text(text, lang, DATE) if e.event_type == "ACCUSE"]
    assert accusations
    for e in accusations:
        assert {a.country for a in e.actor} == voters
        assert e.negated
        assert "RUS" in {r.country for r in e.recipient}


def test_voting_against_a_demand_is_not_demanding():
    got = [
        e
        for e in code_text(
            "США проголосовали против резолюции с требованием прекратить огонь в Газе.", "ru", DATE
        )
        if e.event_type == "REQUEST"
    ]
    assert got and all(e.negated for e in got)
