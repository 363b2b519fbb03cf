"""An arrest told in the passive with no agent (plover.yaml `state_from_place`) is the
act of the state where it happens, on people it treats as that state's own; the group
named is the one acted on, never the actor. Sentences written for this test; each
expected reading checked by hand: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        (
            "Three journalists were arrested in Moscow on Friday.",
            "en",
            ("COERCE", ("RUS",), ("RUS",)),
        ),
        (
            "Several opposition activists were detained in Minsk.",
            "en",
            ("COERCE", ("BLR",), ("BLR",)),
        ),
        # a patient of a stated nationality keeps it
        (
            "An American journalist was arrested in Yekaterinburg on spying charges.",
            "en",
            ("COERCE", ("RUS",), ("USA",)),
        ),
        ("שלושה עיתונאים נעצרו במוסקבה ביום שישי.", "he", ("COERCE", ("RUS",), ("RUS",))),
        ("עשרות מפגינים נעצרו בתל אביב.", "he", ("COERCE", ("ISR",), ("ISR",))),
        ("В Москве задержаны трое журналистов.", "ru", ("COERCE", ("RUS",), ("RUS",))),
    ],
)
def test_passive_arrest_is_the_state_of_the_place(sentence, lang, want):
    assert want in coded_tuples(sentence, lang, DATE)


def test_active_arrest_keeps_its_named_actor():
    got = coded_tuples("Police in Minsk detained several opposition activists.", "en", DATE)
    assert ("COERCE", ("BLR",), ("BLR",)) in got


def test_passive_arrest_with_no_place_codes_no_state():
    # nothing says whose authorities made the arrest
    assert not any(
        t[0] == "COERCE" for t in coded_tuples("Three journalists were arrested.", "en", DATE)
    )
