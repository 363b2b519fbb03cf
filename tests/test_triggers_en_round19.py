"""English data round 19 (data/en/triggers.yaml, grammar.yaml, roles.yaml and
aliases/countries.yaml), from a probe of fresh wire sentences, headlines, live-blog items,
explainers, opinion paragraphs and numbered lists on Africa (the Sahel, Sudan, the Great
Lakes), Latin America, South and East Asia, the Caucasus and the Balkans, and on UN, ICJ, ICC,
IAEA, EU, AU, NATO and BRICS decisions: a sum of money approved, pledged or allocated "for" a
party is economic aid to it; arrest warrants sought or requested by a prosecutor are an
accusation; ties cut or broken off in the gerund ("responded by breaking off diplomatic
relations") are a break in relations; EU "restrictive measures" or a package of measures
adopted against a party are sanctions; forces fighting alongside a party's troops cooperate
with it rather than attack it; a court or a party ordering another to halt, stop or prevent
something makes a demand on it (a leader ordering their own forces does not); a court ruling
against a party is a finding against it; retaliating with tariffs or sanctions on a party, or
banning its apps or goods, sanctions it; a resolution passed against a party censures it, and
"the Human Rights Council" is the UN's; a sanction proposed is not yet imposed; a ceasefire
that enters into force, kicks in or begins at a time is dated by its start; a date after "in the
wake of" or "in reaction to" dates that clause's own event; a date after "until" closes a
period and dates no event; a state named
with its article after a locative ("exchanged prisoners in the UAE") is where the act happens,
no party to it; and bare "Congo" is the Democratic Republic of the Congo, as the wires use it.
Every sentence was written for these tests; the expected (type, actor countries, recipient
countries) were worked out by hand against eval/README.md."""

import pytest
from event_helpers import Coder

from detente.events import code_text

D = "2025-01-01"

_coder = Coder("en", D)
happened, types, modalities = _coder.happened, _coder.types, _coder.modalities
_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # A sum approved, pledged or allocated "for" a party: economic aid to it.
        ("The EU Council approved 50 billion euros for Ukraine.", "AID", {"EUR"}, {"UKR"}),
        ("Japan pledged 4.5 billion dollars for Ukraine's recovery.", "AID", {"JPN"}, {"UKR"}),
        ("The United Nations approved 100 million dollars for Sudan.", "AID", {"UNO"}, {"SDN"}),
        # Arrest warrants sought by a prosecutor: an accusation.
        (
            "The ICC prosecutor requested arrest warrants for Netanyahu and Gallant.",
            "ACCUSE",
            {"IGO"},
            {"ISR"},
        ),
        (
            "The ICC prosecutor sought an arrest warrant for Myanmar's military leader"
            " Min Aung Hlaing.",
            "ACCUSE",
            {"IGO"},
            {"MMR"},
        ),
        # Ties cut or broken off, in the gerund.
        (
            "Kigali responded by breaking off diplomatic relations with Belgium.",
            "SANCTION",
            {"RWA"},
            {"BEL"},
        ),
        ("Rwanda is severing ties with Belgium.", "SANCTION", {"RWA"}, {"BEL"}),
        # Restrictive measures or a package of measures adopted against a party: sanctions.
        (
            "The European Union on Monday adopted a package of measures against Belarus.",
            "SANCTION",
            {"EUR"},
            {"BLR"},
        ),
        (
            "The EU imposed restrictive measures on Iranian officials.",
            "SANCTION",
            {"EUR"},
            {"IRN"},
        ),
        # Fighting alongside a party's troops: military cooperation with it.
        (
            "Russian mercenaries have fought alongside Malian troops against jihadists in the"
            " north.",
            "COOPERATE",
            {"RUS"},
            {"MLI"},
        ),
        (
            "North Korean troops fought alongside Russian forces in Kursk.",
            "COOPERATE",
            {"PRK"},
            {"RUS"},
        ),
        # A court or a party ordering another to halt or prevent something: a demand.
        (
            "The ICJ ordered Israel to prevent acts of genocide in Gaza.",
            "REQUEST",
            {"UNO"},
            {"ISR"},
        ),
        (
            "The ICJ ordered Russia to halt its invasion of Ukraine.",
            "REQUEST",
            {"UNO"},
            {"RUS"},
        ),
        (
            "Mali's junta ordered Algeria to stop interfering in its affairs.",
            "REQUEST",
            {"MLI"},
            {"DZA"},
        ),
        # A court ruling against a party.
        (
            "The International Court of Justice ruled against Colombia.",
            "ACCUSE",
            {"UNO"},
            {"COL"},
        ),
        # A state with its article after a locative is where several parties act.
        (
            "Ukraine and Russia exchanged prisoners in the UAE.",
            "RETREAT",
            {"UKR", "RUS"},
            set(),
        ),
        (
            "Venezuela and the United States swapped prisoners in the Netherlands.",
            "RETREAT",
            {"VEN", "USA"},
            set(),
        ),
        (
            "Armenia and Azerbaijan held talks in the United Arab Emirates.",
            "CONSULT",
            {"ARM"},
            {"AZE"},
        ),
        # Bare "Congo" is the Democratic Republic of the Congo.
        (
            "Rwanda and Congo signed a peace agreement in Washington.",
            "AGREE",
            {"RWA", "COD"},
            set(),
        ),
        (
            "Angola hosted talks between Congo and Rwanda.",
            "CONSULT",
            {"AGO"},
            {"COD", "RWA"},
        ),
        ("Uganda sent troops into eastern Congo.", "MOBILIZE", {"UGA"}, {"COD"}),
        # Retaliating with tariffs or sanctions on a party: its sanctions.
        ("China retaliated with tariffs on US soybeans.", "SANCTION", {"CHN"}, {"USA"}),
        (
            "Beijing responded with sanctions against American defence firms.",
            "SANCTION",
            {"CHN"},
            {"USA"},
        ),
        # A party's apps or goods banned: a trade ban on it.
        ("India banned Chinese apps including TikTok.", "SANCTION", {"IND"}, {"CHN"}),
        # A resolution passed against a party; the Human Rights Council named without "UN".
        (
            "The IAEA board of governors passed a resolution against Iran on Thursday.",
            "ACCUSE",
            {"UNO"},
            {"IRN"},
        ),
        (
            "The Human Rights Council adopted a resolution against Eritrea.",
            "ACCUSE",
            {"UNO"},
            {"ERI"},
        ),
    ],
)
def test_round19_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


def test_round19_proposed_sanctions_not_imposed():
    # A sanction proposed is not yet imposed: hypothetical, not asserted.
    text = "The European Commission proposed new sanctions against Russia."
    assert modalities(text, "SANCTION") == {"hypothetical"}
    assert not happened(text, "SANCTION")
    assert happened("The EU imposed new sanctions against Russia.", "SANCTION")


@pytest.mark.parametrize(
    "text, etype",
    [
        # Fighting alongside a party's troops is no attack on them.
        (
            "Russian mercenaries have fought alongside Malian troops against jihadists in the"
            " north.",
            "ASSAULT",
        ),
        # A court ordering a halt to an invasion neither invades nor sanctions.
        ("The ICJ ordered Russia to halt its invasion of Ukraine.", "SANCTION"),
        # A leader ordering their own forces makes no demand on another party.
        ("Putin ordered his generals to halt the advance.", "REQUEST"),
        ("Kim Jong Un ordered the army to stop the drills.", "REQUEST"),
        # A ruling out is no ruling against.
        ("Russia ruled out talks with Ukraine.", "ACCUSE"),
    ],
)
def test_round19_not_coded(text, etype):
    assert etype not in types(text)


def test_round19_place_of_exchange_is_no_party():
    assert not _coded(
        "Ukraine and Russia exchanged prisoners in the UAE.", "RETREAT", {"UKR", "RUS"}, {"ARE"}
    )
    # Congo-Brazzaville keeps its own names.
    assert _coded(
        "Russia signed a deal with the Republic of Congo.", "AGREE", {"RUS", "COG"}, set()
    )


def _dates(text, etype):
    return {(e.date, e.modality) for e in code_text(text, "en", D) if e.event_type == etype}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed to a ceasefire which enters into force on Sunday.",
        "Armenia and Azerbaijan agreed to a ceasefire beginning at midnight on Sunday.",
        "Armenia and Azerbaijan agreed to a ceasefire to take hold on Sunday.",
        "Armenia and Azerbaijan agreed to a ceasefire that kicks in on Sunday.",
    ],
)
def test_round19_ceasefire_start(text):
    # The ceasefire starts on the coming Sunday; the agreement is made on the day of the story.
    assert _dates(text, "RETREAT") == {("2025-01-05", "future")}
    assert _dates(text, "AGREE") == {("2025-01-01", "asserted")}


def test_round19_time_break_in_the_wake_of():
    # The date in the "in the wake of" clause dates Moldova's expulsion, not Russia's.
    text = (
        "Russia expelled two Moldovan diplomats in the wake of Moldova's expulsion of a Russian"
        " diplomat on Monday."
    )
    events = {
        (e.actor[0].country, e.date) for e in code_text(text, "en", D) if e.event_type == "SANCTION"
    }
    assert ("RUS", "2025-01-01") in events
    assert ("MDA", "2024-12-30") in events


def test_round19_until_closes_a_period():
    # "until 2028" is when the suspension ends, not when it was decided.
    assert _dates("Georgia suspended EU accession talks until 2028.", "SANCTION") == {
        ("2025-01-01", "asserted")
    }
