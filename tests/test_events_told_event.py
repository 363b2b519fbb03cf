"""An event named again by a definite noun ("the demonstrations broke out after ...",
`ההפגנות פרצו`, `وجرت التظاهرة`, "Эти протесты начались"), with no party of its own, is the
event of its type told before and has its parties. An indefinite noun, or a definite one
with no such event before it, stays without parties. Every text was written for this test
and its reading checked by hand: the protesters are the people of the city they rally in
(eval/README.md), the government or parliament they rally at is the recipient."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, lang, parties",
    [
        (
            "Thousands of people rallied outside parliament in Tbilisi on Friday. The "
            "demonstrations broke out after the government froze talks with the EU.",
            "en",
            (("GEO",), ("GEO",)),
        ),
        (
            "אלפי מפגינים הפגינו אמש מול משרד ראש הממשלה בירושלים. ההפגנות פרצו לאחר פרסום הדוח.",
            "he",
            (("ISR",), ("ISR",)),
        ),
        (
            "تظاهر آلاف الأشخاص أمس أمام مقر الحكومة في يريفان. وجرت التظاهرة في أجواء هادئة.",
            "ar",
            (("ARM",), ("ARM",)),
        ),
        (
            "تظاهر آلاف الأشخاص أمس أمام مقر الحكومة في يريفان. واندلعت الاحتجاجات بعد توقيع "
            "الاتفاق مع أذربيجان.",
            "ar",
            (("ARM",), ("ARM",)),
        ),
        (
            "Тысячи человек вышли на митинг у здания парламента в Тбилиси в пятницу. Эти "
            "протесты начались после решения правительства заморозить переговоры с ЕС.",
            "ru",
            (("GEO",), ("GEO",)),
        ),
    ],
)
def test_a_protest_named_again_has_the_parties_told_before(text, lang, parties):
    protests = {t for t in coded_tuples(text, lang, DATE) if t[0] == "PROTEST"}
    assert protests == {("PROTEST", *parties)}


@pytest.mark.parametrize(
    "text, lang",
    [
        # indefinite: protests somewhere else, not the ones told
        (
            "Thousands of people rallied outside parliament in Tbilisi on Friday. "
            "Demonstrations also broke out in Batumi.",
            "en",
        ),
        (
            "אלפי מפגינים הפגינו אמש מול משרד ראש הממשלה בירושלים. הפגנות פרצו גם בחיפה.",
            "he",
        ),
        (
            "تظاهر آلاف الأشخاص أمس أمام مقر الحكومة في يريفان. واندلعت احتجاجات أيضا في غيومري.",
            "ar",
        ),
        # definite, but the event told before is of another type
        ("Russian missiles struck Kyiv overnight. The demonstrations broke out on Monday.", "en"),
    ],
)
def test_no_protest_told_before_leaves_the_noun_without_parties(text, lang):
    assert ("PROTEST", (), ()) in coded_tuples(text, lang, DATE)


def test_a_definite_noun_alone_keeps_no_parties():
    assert coded_tuples("ההפגנות פרצו לאחר פרסום הדוח.", "he", DATE) == {("PROTEST", (), ())}
