"""A state's act of force or law on its own officials has them as recipient ("Turkish police
detained Istanbul Mayor Ekrem Imamoglu" is TUR → TUR; plover.yaml `own_officials`), and a
society acting on its own state has that state as recipient ("protested against the Serbian
government"). Before, a person or state of the actor's own country was always read as the
same side and dropped. For other acts a state's own leader stays the same side. Every text
was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-24"


@pytest.mark.parametrize(
    "text, lang, etype, country",
    [
        ("Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday.", "en", "COERCE", "TUR"),
        (
            "A Brazilian court sentenced former president Jair Bolsonaro to 27 years in prison.",
            "en",
            "COERCE",
            "BRA",
        ),
        ("בית המשפט העליון בברזיל גזר על הנשיא לשעבר בולסונרו 27 שנות מאסר.", "he", "COERCE", "BRA"),
        ("Суд в Стамбуле арестовал мэра Экрема Имамоглу.", "ru", "COERCE", "TUR"),
        ("מפגינים בבלגרד הפגינו נגד ממשלת סרביה.", "he", "PROTEST", "SRB"),
    ],
)
def test_a_domestic_target_of_the_actors_own_country_is_its_recipient(text, lang, etype, country):
    assert (etype, (country,), (country,)) in coded_tuples(text, lang, DATE)


def test_a_states_own_leader_is_still_the_same_side_of_its_support():
    assert coded_tuples("Moscow backed Putin's peace plan.", "en", DATE) == {
        ("SUPPORT", ("RUS",), ())
    }
