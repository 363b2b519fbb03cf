"""English data round 4: demonyms the generated country list lacks, state-adjective ethnic
names ("Bosnian Serbs"), members of armed groups ("militiamen"), summits named only as a
time, "killed in an Israeli strike", and wire-style appeals with the day before the particle ("called Thursday on").
Sentences written for these tests; the expected (type, actor countries, recipient
countries) were worked out by hand."""

import pytest
from event_helpers import coded_tuples

from detente.events import code_text

D = "2025-03-03"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Demonyms of smaller states resolve like "Russian" does.
        (
            "Burundian soldiers attacked a Congolese village near the border.",
            ("ASSAULT", ("BDI",), ("COD",)),
        ),
        ("Costa Rica granted asylum to two Panamanian journalists.", ("AID", ("CRI",), ("PAN",))),
        (
            "Guinean police arrested dozens of Liberian refugees in Conakry.",
            ("COERCE", ("GIN",), ("LBR",)),
        ),
        (
            "The Dominican Republic deported hundreds of Haitian migrants.",
            ("COERCE", ("DOM",), ("HTI",)),
        ),
        (
            "Togolese troops fired on Beninese fishermen off the coast.",
            ("ASSAULT", ("TGO",), ("BEN",)),
        ),
        (
            "Nigeria accused Sierra Leonean rebels of attacking its peacekeepers.",
            ("ACCUSE", ("NGA",), ("SLE",)),
        ),
        # A state adjective before an ethnic name is that state's people.
        (
            "Bosnian Serb forces shelled Bosnian army positions near Tuzla.",
            ("ASSAULT", ("BIH",), ("BIH",)),
        ),
        (
            "Kosovo Albanians protested against Serbia in Pristina.",
            ("PROTEST", ("XKX",), ("SRB",)),
        ),
        (
            "Bosnian Croat leaders rejected the Bosnian government's plan.",
            ("REJECT", ("BIH",), ()),
        ),
        # Wire style: the day between the verb and its particle.
        (
            "Lebanon called Thursday on the Security Council to halt the Israeli strikes.",
            ("REQUEST", ("LBN",), ("UNO",)),
        ),
        (
            "Ecuador appealed Monday to Peru for talks on the border.",
            ("REQUEST", ("ECU",), ("PER",)),
        ),
    ],
)
def test_round4_codes(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, absent_type",
    [
        # A summit named as the time of something else is no meeting.
        ("Police in Italy arrested a French activist during a G20 summit in Rome.", "CONSULT"),
        ("Two Swiss bankers were questioned after a NATO summit in Vilnius.", "CONSULT"),
    ],
)
def test_round4_no_event(text, absent_type):
    assert absent_type not in {t for t, _, _ in coded_tuples(text, "en", D)}


@pytest.mark.parametrize(
    "text, sector",
    [
        # Members of armed groups named with "-men" are rebels.
        ("Congolese militiamen killed twelve Ugandan soldiers.", "REB"),
        # The chief of an international organisation acts for its executive.
        ("The UN Secretary General condemned the Israeli strike on the school.", "GOV"),
    ],
)
def test_round4_actor_sector(text, sector):
    events = code_text(text, "en", D)
    assert events
    assert events[0].actor[0].sector == sector


def test_round4_kin_state_not_actor():
    """'Bosnian Serbs' act for Bosnia, not for Serbia."""
    got = coded_tuples("Bosnian Serbs completed their withdrawal from the town.", "en", D)
    assert any(t == "RETREAT" and actors == ("BIH",) for t, actors, _ in got)
    assert all("SRB" not in actors for _, actors, _ in got)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # "strike" after "killed in" is an attack; its adjective names the attacker
        ("A Hezbollah commander was killed in an Israeli strike in Beirut.",
         ("ASSAULT", ("ISR",), ("LBN",))),
        ("Two Iranian generals were killed in an Israeli strike on Damascus.",
         ("ASSAULT", ("ISR",), ("IRN",))),
    ],
)
def test_killed_in_a_strike(sentence, want):
    assert want in coded_tuples(sentence, "en", "2025-03-03")


def test_injured_in_a_walkout_is_no_attack():
    got = coded_tuples("Two French workers were injured in the strike at Le Havre.", "en", "2025-03-03")
    assert "ASSAULT" not in {t[0] for t in got}
