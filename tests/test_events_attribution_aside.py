"""A speaker named between commas inside a sentence (", Trump said, warning Iran ...") is
the source of the act before it, not its recipient; the act keeps the place it names as its
target, and the date the attribution gives ("said on Oct. 22") still dates it. Every text
was written for this test and its reading checked by hand."""

from event_helpers import coded_tuples

from detente.events import code_text

DATE = "2025-06-22"


def test_the_speaker_between_commas_is_no_recipient():
    text = (
        "US bombers struck the nuclear sites at Fordow overnight, Trump said, warning Iran "
        "against retaliation."
    )
    tuples = coded_tuples(text, "en", DATE)
    assert ("ASSAULT", ("USA",), ("IRN",)) in tuples
    assert ("THREATEN", ("USA",), ("IRN",)) in tuples


def test_the_attributions_date_still_dates_the_act():
    text = (
        "The United States imposed sanctions on Rosneft, Russia's largest oil company, the "
        "Treasury said on Oct. 22, citing the Kremlin's stance on the war."
    )
    sanctions = [e for e in code_text(text, "en", "2025-10-23") if e.event_type == "SANCTION"]
    assert [e.date for e in sanctions] == ["2025-10-22"]
