"""A shared act whose own "between X and Y" phrase names its parties ("a ceasefire between
Israel and Iran", "وقف لإطلاق النار بين إسرائيل وإيران", "прекращение огня между Израилем и
Ираном") has those parties, and no other: the one who announces it is not a party
(eval/README.md, joint acts). Every sentence was written for this test and its reading
checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-06-24"


@pytest.mark.parametrize(
    "text, lang, etype",
    [
        ("Trump announced a ceasefire between Israel and Iran early on Tuesday.", "en", "RETREAT"),
        ("أعلنت قطر التوصل إلى اتفاق لوقف إطلاق النار بين إسرائيل وحماس.", "ar", "AGREE"),
        ("أعلنت قطر التوصل إلى اتفاق لوقف إطلاق النار بين إسرائيل وحماس.", "ar", "RETREAT"),
        ("Трамп объявил о прекращении огня между Израилем и Ираном.", "ru", "RETREAT"),
    ],
)
def test_the_announcer_of_an_act_between_others_is_no_party(text, lang, etype):
    coded = {c for c in coded_tuples(text, lang, DATE) if c[0] == etype}
    assert coded
    for _, actors, recipients in coded:
        assert not recipients
        assert {"USA", "QAT"}.isdisjoint(actors)
        assert len(set(actors)) == 2


def test_a_between_phrase_after_an_earlier_clause_keeps_that_clauses_parties_out():
    # the USA (Washington, Trump) belongs to the thanking clause, not to the truce
    text = (
        "وشكر الرئيس الأمريكي دونالد ترامب إيران على إبلاغ واشنطن مسبقاً بالهجوم، ثم أعلن "
        "فجر اليوم التوصل إلى وقف لإطلاق النار بين إسرائيل وإيران."
    )
    coded = coded_tuples(text, "ar", DATE)
    assert ("RETREAT", ("ISR", "IRN"), ()) in coded
    assert ("AGREE", ("ISR", "IRN"), ()) in coded
    assert not any("USA" in c[1] for c in coded if c[0] in ("AGREE", "RETREAT"))


def test_a_signer_with_a_partner_stays_a_party():
    coded = coded_tuples("Israel signed a ceasefire with Hamas.", "en", DATE)
    assert ("AGREE", ("ISR", "PSE"), ()) in coded


def test_a_mediator_still_mediates_between_the_parties():
    coded = coded_tuples("Qatar brokered a ceasefire between Israel and Hamas.", "en", DATE)
    assert ("CONSULT", ("QAT",), ("ISR", "PSE")) in coded


def test_the_parties_right_inside_an_announced_gapped_phrase_share_the_act():
    # "announced the reaching by India and Pakistan of a ceasefire deal": Egypt announces
    coded = coded_tuples("أعلنت مصر مساء أمس توصل الهند وباكستان إلى اتفاق لوقف إطلاق النار.", "ar", DATE)
    assert ("AGREE", ("IND", "PAK"), ()) in coded
    assert ("RETREAT", ("IND", "PAK"), ()) in coded
    assert not any("EGY" in c[1] for c in coded)


def test_signers_in_a_verb_first_gap_stay_the_parties_and_the_sponsor_mediates():
    text = "وقّعت أرمينيا وأذربيجان برعاية أمريكية اتفاقاً للسلام في واشنطن."
    coded = coded_tuples(text, "ar", DATE)
    assert ("AGREE", ("ARM", "AZE"), ()) in coded
    assert ("CONSULT", ("USA",), ("ARM", "AZE")) in coded
