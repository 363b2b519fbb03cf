"""Arabic joins verbs that share a subject with the prefixed "and" alone, comma or not:
"موسكو تستدعي السفير الألماني وتطرد أربعة دبلوماسيين" is Moscow summoning and Moscow
expelling, not the German ambassador expelling. A name after a preposition ("على") is no
subject of the joined verb; a name in a gapped phrase's gap is ("وطردت ألمانيا
دبلوماسيين روسا"). Expected codings follow eval/README.md; every sentence was written for
this test."""

from __future__ import annotations

from event_helpers import coded_tuples


def _coded(text):
    return coded_tuples(text, "ar", "2024-08-02")


def test_a_joined_verb_without_a_comma_keeps_the_subject():
    got = _coded("موسكو تستدعي السفير الألماني وتطرد أربعة دبلوماسيين")
    assert ("SANCTION", ("RUS",), ("DEU",)) in got
    assert not any(a == ("DEU",) for _, a, _ in got)


def test_a_name_after_a_preposition_is_not_the_joined_verbs_subject():
    got = _coded("استدعت واشنطن السفير الصيني، وفرضت عقوبات على شركة صينية")
    assert ("SANCTION", ("USA",), ("CHN",)) in got
    assert not any(a == ("CHN",) for _, a, _ in got)


def test_a_subject_in_the_gap_of_the_joined_phrase_is_its_own():
    got = _coded("استدعت روسيا السفير الألماني وطردت ألمانيا دبلوماسيين روسا")
    assert ("ACCUSE", ("RUS",), ("DEU",)) in got
    assert ("SANCTION", ("DEU",), ("RUS",)) in got
