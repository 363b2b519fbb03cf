"""English data round 18 (data/en/triggers.yaml, grammar.yaml and aliases/organisations.yaml),
from a probe of fresh headlines, wire sentences, short stories and policy-paper paragraphs on
maritime incidents, cyberattacks, embassies, prisoner swaps, nuclear talks, gas supplies,
border closures, monitors, exercises, arms embargoes, elections, extraditions and asylum:
straits, canals and harbours closed to a party's ships, a whole land border or every crossing
point on it closed, and arms sales, exports or licences to a party blocked or suspended are
sanctions (not military aid); a party targeted with a cyberattack or malware is a cyber
operation, not an armed attack; monitors or a monitoring mission deployed are a
peacekeeping-type mission, not troops; money pledged "in support" or as emergency support is
economic aid, not political support; congratulations offered or conveyed are praise;
inspectors barred are a cut in cooperation; a ship stopped at sea is a seizure; gas taps turned
off are a supply cut; an extradition approved, or a deserter handed over, is judicial
cooperation; the last or several consulates closed in a headline are closed; a humanitarian
visa or asylum received from a state is its protection; named kinds of exercise (largest, snap,
nuclear) are a show of force; the E3 is a group of Western states; what a party protests is
not its own act; a share of its arms bought from a supplier over the years is a pattern of
trade; a treaty text initialled is agreed; a visit or meeting a party reacts to is not its
own; a country goods pass through is no party to their supply; and "not only", or "not" on
an evaluative adjective ("neither free nor fair"), negates no verb. Every sentence was written
for these tests; the expected (type, actor countries, recipient countries) were worked out by
hand against eval/README.md."""

import pytest
from event_helpers import Coder

D = "2025-01-01"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types
_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # Straits, canals and harbours closed to a party's ships.
        ("Turkey closed the Bosporus to Russian warships in 2022.", "SANCTION", {"TUR"}, {"RUS"}),
        ("Egypt closed the Suez Canal to Israeli ships in 1956.", "SANCTION", {"EGY"}, {"ISR"}),
        # A whole land border, or every crossing point on it, closed.
        ("Finland closed its entire border with Russia.", "SANCTION", {"FIN"}, {"RUS"}),
        (
            "Finland closed all eight crossing points on its border with Russia in December 2023.",
            "SANCTION",
            {"FIN"},
            {"RUS"},
        ),
        # Arms sales, exports or licences to a party blocked or suspended: an embargo.
        ("Turkey blocked arms sales to Israel.", "SANCTION", {"TUR"}, {"ISR"}),
        ("Britain suspended 30 arms export licences to Israel.", "SANCTION", {"GBR"}, {"ISR"}),
        ("Spain cancelled weapons sales to Israel.", "SANCTION", {"ESP"}, {"ISR"}),
        # A party targeted with a cyberattack or malware: a cyber operation.
        (
            "Russian hackers targeted Ukraine's power grid with a cyberattack in 2015.",
            "COERCE",
            {"RUS"},
            {"UKR"},
        ),
        (
            "North Korean hackers targeted South Korean defence firms with malware.",
            "COERCE",
            {"PRK"},
            {"KOR"},
        ),
        # Monitors or a monitoring mission deployed: a peacekeeping-type mission.
        ("The OSCE deployed monitors to eastern Ukraine in 2014.", "AID", {"IGO"}, {"UKR"}),
        (
            "The EU deployed a civilian monitoring mission to Armenia.",
            "AID",
            {"EUR"},
            {"ARM"},
        ),
        # Money pledged in support, or emergency support: economic aid.
        (
            "The European Union pledged 250 million euros in emergency support to Moldova.",
            "AID",
            {"EUR"},
            {"MDA"},
        ),
        ("Japan pledged $4.5 billion in support to Ukraine.", "AID", {"JPN"}, {"UKR"}),
        # Congratulations offered: praise.
        ("Modi offered his congratulations to Putin.", "SUPPORT", {"IND"}, {"RUS"}),
        # Inspectors barred: a cut in cooperation with their agency.
        ("Iran barred IAEA inspectors.", "SANCTION", {"IRN"}, {"UNO"}),
        # A ship stopped at sea: a seizure.
        (
            "Denmark stopped a Russian shadow-fleet tanker in the Baltic Sea for inspection.",
            "COERCE",
            {"DNK"},
            {"RUS"},
        ),
        # Gas taps turned off to a party: a supply cut.
        ("Gazprom turned off the taps to Latvia.", "SANCTION", {"RUS"}, {"LVA"}),
        # An extradition approved: judicial cooperation with the receiving state.
        (
            "A Moroccan court approved the extradition of a Uyghur activist to China.",
            "COOPERATE",
            {"MAR"},
            {"CHN"},
        ),
        ("A Polish court approved his extradition to Germany.", "COOPERATE", {"POL"}, {"DEU"}),
        # A humanitarian visa or asylum received from a state: its protection.
        (
            "Belarusian athlete Krystsina Tsimanouskaya received a humanitarian visa from Poland.",
            "AID",
            {"POL"},
            {"BLR"},
        ),
        ("An Iranian dissident obtained asylum from Germany.", "AID", {"DEU"}, {"IRN"}),
        # Named kinds of exercise: a show of force.
        ("NATO began its largest exercise since the Cold War.", "MOBILIZE", {"IGO"}, set()),
        ("Russia began snap exercises near the Ukrainian border.", "MOBILIZE", {"RUS"}, {"UKR"}),
        # The E3: a group of Western states (IGO).
        (
            "Iran and the E3 held talks on the nuclear programme in Geneva.",
            "CONSULT",
            {"IRN"},
            {"IGO"},
        ),
        ("Tehran accused the E3 of violating the nuclear deal.", "ACCUSE", {"IRN"}, {"IGO"}),
        # Headlines drop the article: the last consulate closed is still closed.
        ("Poland to close last Russian consulate", "SANCTION", {"POL"}, {"RUS"}),
        # A deserter handed over to his state: judicial cooperation.
        ("Kazakhstan hands over Russian deserter to Moscow", "COOPERATE", {"KAZ"}, {"RUS"}),
        # A treaty text initialled: agreement to it (a joint act).
        (
            "The foreign ministers of Armenia and Azerbaijan initialled the text of a peace treaty"
            " in Washington.",
            "AGREE",
            {"ARM", "AZE"},
            set(),
        ),
        # A weapons purchase still codes when it is no share of a whole arsenal.
        ("Armenia bought howitzers from India last year.", "AID", {"IND"}, {"ARM"}),
    ],
)
def test_round18_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


@pytest.mark.parametrize(
    "text, etype",
    [
        # "not only" adds; "not" on an evaluative adjective negates no later verb.
        ("Russia not only attacked Ukraine but also threatened Moldova.", "ASSAULT"),
        ("The EU said the vote was not credible and imposed sanctions on Belarus.", "SANCTION"),
        (
            "The EU said the vote was neither free nor fair and refused to recognise the result.",
            "REJECT",
        ),
    ],
)
def test_round18_not_negated(text, etype):
    assert happened(text, etype)


def test_round18_negation_still_holds():
    assert not happened("Russia did not attack Ukraine.", "ASSAULT")


@pytest.mark.parametrize(
    "text, etype",
    [
        # What a party protests is someone else's act, not its own.
        ("Russia protested the arrest of its journalists by Azerbaijani police.", "COERCE"),
        ("Moscow protested the detention of two Russian citizens in Baku.", "COERCE"),
        # A share of a party's arms bought over the years: a pattern of trade, no aid.
        (
            "Armenia has depended on Russia for its security, buying most of its weapons from"
            " Moscow.",
            "AID",
        ),
        # Arms sales blocked are no arms sent.
        ("Turkey blocked arms sales to Israel.", "AID"),
        # A cyberattack is no armed attack.
        ("Russian hackers targeted Ukraine's power grid with a cyberattack in 2015.", "ASSAULT"),
        # Delegations or troops sent to monitor a truce are no mission of monitors.
        ("Egypt will send two security delegations to monitor the truce in Gaza.", "AID"),
        ("Russia deployed troops to monitor the ceasefire.", "AID"),
        # Pledged emergency support is aid, not political support.
        (
            "The European Union pledged 250 million euros in emergency support to Moldova.",
            "SUPPORT",
        ),
        # A visit or meeting a party reacts to is not its own.
        ("Beijing responded to the visit by staging large-scale drills around Taiwan.", "CONSULT"),
        ("China reacted angrily to the meeting between Biden and the Dalai Lama.", "CONSULT"),
        # Ships no longer attacked are not stopped.
        ("The Houthis stopped attacking ships in the Red Sea.", "COERCE"),
    ],
)
def test_round18_not_coded(text, etype):
    assert etype not in types(text)


def test_round18_transit_through():
    # A country gas flows through is the way it travels, no party to the supply.
    text = "Azerbaijan began pumping gas to Europe through Turkey."
    assert not _coded(text, "COOPERATE", {"AZE"}, {"TUR"})
    assert _coded(
        "Russia supplied gas to Hungary through the TurkStream pipeline.",
        "COOPERATE",
        {"RUS"},
        {"HUN"},
    )
