"""Russian: a name whose case does not show ("Баку", "США") right after a noun is that noun's
genitive ("действиями Баку"), not a subject standing after its verb; after a verb it may
still be the subject. Every sentence was written for this test and its reading checked by
hand."""

from event_helpers import coded_tuples

DATE = "2025-01-10"


def test_an_indeclinable_name_after_a_noun_does_not_act():
    text = "Замминистра вручил послу ноту протеста в связи с недружественными действиями Баку."
    assert not any("AZE" in actors for _, actors, _ in coded_tuples(text, "ru", DATE))


def test_an_indeclinable_name_after_the_verb_still_acts():
    coded = coded_tuples("Санкции против Ирана ввели США.", "ru", DATE)
    assert ("SANCTION", ("USA",), ("IRN",)) in coded
