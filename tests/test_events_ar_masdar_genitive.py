"""Arabic: after ", و + verb" the subject is dropped when the verb is followed by a
preposition-prefixed masdar ("، وطالبت بانسحاب القوات الروسية"): the name after the masdar
is its genitive, and the verb keeps the subject of the verb before. Every sentence was
written for this test and its reading checked by hand."""

from event_helpers import coded_tuples

DATE = "2025-01-10"


def test_the_masdar_genitive_is_the_one_demanded_of():
    text = "ودان الاتحاد الأوروبي الهجوم الروسي، وطالب بانسحاب القوات الروسية من الأراضي الأوكرانية."
    coded = coded_tuples(text, "ar", DATE)
    assert ("REQUEST", ("EUR",), ("RUS",)) in coded
    assert not any(c[0] == "REQUEST" and "RUS" in c[1] for c in coded)

