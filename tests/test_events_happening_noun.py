"""An act named as a noun that happens ("protests broke out", `פרצו הפגנות`, `اندلعت
احتجاجات`) is the subject of its verb: no party named before it acts in it (eval/README.md:
a protest named only as a noun has no actor); the party it is against is still its recipient,
and protesters who are the verb's subject still act. Every text was written for this test
and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2020-11-11"


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Armenia ceded territory under the deal Moscow brokered, and in Yerevan protests "
            "broke out against Prime Minister Nikol Pashinyan.",
            "en",
        ),
        (
            "ארמניה נאלצה לוותר על שטחים בנגורנו קרבאך במסגרת ההסכם שתיווכה מוסקבה, ובירוואן "
            "פרצו הפגנות סוערות נגד ראש הממשלה פשיניאן.",
            "he",
        ),
        (
            "تنازلت أرمينيا عن أراض بموجب الاتفاق الذي رعته موسكو، وفي يريفان اندلعت احتجاجات "
            "ضد رئيس الوزراء نيكول باشينيان.",
            "ar",
        ),
    ],
)
def test_no_party_before_a_happening_protest_acts_in_it(text, lang):
    protests = {t for t in coded_tuples(text, lang, DATE) if t[0] == "PROTEST"}
    assert protests == {("PROTEST", (), ("ARM",))}


def test_protesters_who_are_the_subject_still_act():
    text = (
        "Thousands of Armenian opposition supporters protested in Yerevan against the government."
    )
    assert ("PROTEST", ("ARM",), ("ARM",)) in coded_tuples(text, "en", DATE)


def test_an_english_verb_before_the_noun_takes_it_as_object():
    # "continued their protests": the supporters act; the noun is the verb's object
    text = "Georgian opposition supporters continued their protests outside parliament."
    assert ("PROTEST", ("GEO",), ("GEO",)) in coded_tuples(text, "en", DATE)
