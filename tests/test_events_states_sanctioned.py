"""English sanctions by the United States and its departments. "States" folds to "state"
for matching, so the stop phrase for the adjective "state-sanctioned" needs its article;
executive departments (the Treasury) are the government, so "US" before them is no part
of an unknown longer name. Sentences written for this test: (type, actor countries,
recipient countries)."""

from event_helpers import coded_tuples

DATE = "2025-03-03"


def test_the_united_states_sanctioned_is_a_sanction():
    got = coded_tuples("The United States sanctioned three Iranian oil companies.", "en", DATE)
    assert ("SANCTION", ("USA",), ("IRN",)) in got


def test_a_state_sanctioned_rally_is_no_sanction():
    got = coded_tuples("Police cracked down on a state-sanctioned rally in Minsk.", "en", DATE)
    assert not any(t[0] == "SANCTION" for t in got)


def test_executive_departments_are_their_government():
    # "US" next to an unknown capitalised word was read as part of a longer name
    got = coded_tuples("The US Treasury imposed sanctions on Russian banks on Friday.", "en", DATE)
    assert ("SANCTION", ("USA",), ("RUS",)) in got
    got = coded_tuples("The US Commerce Department imposed export controls on Chinese firms.", "en", DATE)
    assert ("SANCTION", ("USA",), ("CHN",)) in got
