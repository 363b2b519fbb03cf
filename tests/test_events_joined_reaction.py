"""A reaction that names no recipient and follows a like act by another party joins that act
and shares its recipient ("France condemned Russia's strike. Germany also condemned it" is
Germany → Russia), unless the earlier act was done to this actor, which then answers in kind
("Poland expelled Russian diplomats. Russia expelled ..." is Russia → Poland). Before, the
first reactor was taken for the one answered (Germany → France). Every text was written for
this test and its reading checked by hand."""

from event_helpers import coded_tuples

DATE = "2025-03-10"


def test_a_second_condemnation_shares_the_first_ones_target():
    text = "France condemned Russia's missile attack on Kyiv. Germany also condemned the strike."
    accuse = {t for t in coded_tuples(text, "en", DATE) if t[0] == "ACCUSE"}
    assert accuse == {("ACCUSE", ("FRA",), ("RUS",)), ("ACCUSE", ("DEU",), ("RUS",))}


def test_a_second_expulsion_shares_the_first_ones_target():
    text = "Poland expelled two Russian diplomats on Monday. Lithuania also expelled a diplomat."
    assert coded_tuples(text, "en", DATE) == {
        ("SANCTION", ("POL",), ("RUS",)),
        ("SANCTION", ("LTU",), ("RUS",)),
    }


def test_the_one_acted_on_answers_in_kind():
    text = "Poland expelled two Russian diplomats on Monday. Moscow expelled a diplomat in response."
    assert ("SANCTION", ("RUS",), ("POL",)) in coded_tuples(text, "en", DATE)


def test_a_welcome_answers_the_recognition_of_its_actor():
    text = "Spain and Norway recognised the State of Palestine. The Palestinian Authority welcomed the step."
    assert ("SUPPORT", ("PSE",), ("ESP", "NOR")) in coded_tuples(text, "en", DATE)
