"""English data round 20 (data/en/triggers.yaml, roles.yaml and aliases/organisations.yaml),
from a probe of fresh wire sentences, ministry press releases, call readouts, timelines, photo
captions, interview answers and corrections on cyberattacks, arms deliveries, aid money and
convoys, trade wars, travel bans and visas, recalled envoys, journalists and NGOs, and
migrants: computer networks, servers or accounts breached, infiltrated or hacked are a cyber
operation against their owner; a cyberattack attributed or linked to a party is an accusation
of it; tariffs or duties on a party's goods lifted or removed are an easing; travel from a
party banned, and visas introduced for its citizens, are restrictions on it; a group
designated undesirable or a foreign agent, and NGOs shut down, are banned; journalists ordered
to leave and migrants expelled are deported, not a diplomatic expulsion; tariffs imposed and
an envoy recalled in the passive keep their actor; weapons that arrive in a country are
delivered to it, not a visit; a state's own weapons deployed on an ally's soil are a
deployment, not aid; a sum pledged or sent "to" a party is economic aid to it; aid convoys
prevented from reaching a place are obstructed; a travel or import ban on a party lifted is
an easing; an annual or named military exercise begun or held is a drill; a promise to
respond in kind is a threat;
Fancy Bear, APT28, Sandworm, Cozy Bear, APT29 and Midnight Blizzard are the GRU's and the
SVR's hackers; the readouts' "the sides" stands for the two parties named before; and "cars"
is no "CAR" (the Central African Republic). Every sentence was written for these tests; the
expected (type, actor countries, recipient countries) were worked out by hand against
eval/README.md."""

import pytest
from event_helpers import Coder

D = "2025-01-01"

_coder = Coder("en", D)
happened, types, tuples = _coder.happened, _coder.types, _coder.tuples
_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # Networks, servers or a campaign breached, infiltrated or hacked: a cyber operation.
        (
            "Microsoft said a Chinese state-sponsored group had infiltrated US"
            " telecommunications networks.",
            "COERCE",
            {"CHN"},
            {"USA"},
        ),
        (
            "Hackers working for Russia's military intelligence breached German government"
            " networks.",
            "COERCE",
            {"RUS"},
            {"DEU"},
        ),
        ("Iran hacked the campaign of Donald Trump.", "COERCE", {"IRN"}, {"USA"}),
        # A cyberattack or attack attributed or linked to a party: an accusation of it.
        (
            "The Netherlands attributed the cyberattack on its defence ministry network to"
            " Chinese state hackers.",
            "ACCUSE",
            {"NLD"},
            {"CHN"},
        ),
        (
            "Germany linked the cyberattack on the Bundestag to Russian military intelligence.",
            "ACCUSE",
            {"DEU"},
            {"RUS"},
        ),
        ("Israel linked the attack to Hezbollah.", "ACCUSE", {"ISR"}, {"LBN"}),
        # Tariffs or duties on a party's goods lifted: an easing.
        ("Beijing lifted its punitive duties on Australian wine.", "RETREAT", {"CHN"}, {"AUS"}),
        ("Turkey lifted tariffs on American cars.", "RETREAT", {"TUR"}, {"USA"}),
        # Travel from a party banned, visas introduced for its citizens: restrictions on it.
        (
            "Trump signed a proclamation banning travel from Afghanistan and Iran.",
            "SANCTION",
            {"USA"},
            {"AFG", "IRN"},
        ),
        ("Russia introduced visas for citizens of Georgia.", "SANCTION", {"RUS"}, {"GEO"}),
        # Declared undesirable, NGOs shut down: a ban.
        (
            "Russia designated Amnesty International an undesirable organisation.",
            "COERCE",
            {"RUS"},
            {"NGO"},
        ),
        ("Moscow designated the German Marshall Fund undesirable.", "COERCE", {"RUS"}, {"DEU"}),
        (
            "Nicaragua shut down more than 3,000 NGOs, including the Red Cross.",
            "COERCE",
            {"NIC"},
            {"NGO"},
        ),
        # Journalists ordered to leave, migrants expelled: deported.
        ("India ordered a French journalist to leave the country.", "COERCE", {"IND"}, {"FRA"}),
        (
            "Mali, which expelled the French ambassador in 2022, ordered a French journalist to"
            " leave on Monday.",
            "COERCE",
            {"MLI"},
            {"FRA"},
        ),
        ("Algeria expelled hundreds of Nigerien migrants.", "COERCE", {"DZA"}, {"NER"}),
        # Passives keep their actor.
        (
            "Tariffs of 25 percent were imposed on Mexican and Canadian goods by Washington.",
            "SANCTION",
            {"USA"},
            {"MEX", "CAN"},
        ),
        ("Rwanda's ambassador to Belgium was recalled.", "SANCTION", {"RWA"}, {"BEL"}),
        ("Jordan's ambassador to Israel has been recalled.", "SANCTION", {"JOR"}, {"ISR"}),
        # Weapons arriving in a country: delivered to it.
        (
            "A shipment of German Leopard tanks arrived in Ukraine on Wednesday.",
            "AID",
            {"DEU"},
            {"UKR"},
        ),
        (
            "The first batch of American F-16s has arrived in Ukraine.",
            "AID",
            {"USA"},
            {"UKR"},
        ),
        # A sum pledged or sent "to" a party: economic aid.
        (
            "The European Union pledged 250 million euros to Moldova.",
            "AID",
            {"EUR"},
            {"MDA"},
        ),
        (
            "Saudi Arabia transferred 200 million dollars to the Palestinian Authority.",
            "AID",
            {"SAU"},
            {"PSE"},
        ),
        # Aid convoys or trucks prevented from reaching a place: an obstruction by force.
        (
            "Sudan's army prevented UN aid trucks from reaching Darfur.",
            "COERCE",
            {"SDN"},
            {"UNO"},
        ),
        # The GRU's and SVR's hacking units by the names the industry gives them.
        (
            "Fancy Bear hacked the email accounts of the German Social Democratic Party.",
            "COERCE",
            {"RUS"},
            {"DEU"},
        ),
        ("Britain accused APT29 of targeting its vaccine research.", "ACCUSE", {"GBR"}, {"RUS"}),
        # A travel or import ban on a party lifted: an easing, not a new ban.
        ("Saudi Arabia lifted its travel ban on Lebanon.", "RETREAT", {"SAU"}, {"LBN"}),
        ("China ended its import ban on Japanese seafood.", "RETREAT", {"CHN"}, {"JPN"}),
        # A named annual exercise begun by two states: their military cooperation.
        (
            "South Korea and the United States kicked off their annual Freedom Shield exercise.",
            "COOPERATE",
            {"KOR", "USA"},
            set(),
        ),
        # A promise to respond in kind: a threat.
        ("Russia's embassy said Moscow would respond in kind.", "THREATEN", {"RUS"}, set()),
        # "The sides" of a readout: the two parties named before, a joint act.
        (
            "Lithuanian Foreign Minister Gabrielius Landsbergis received the Ambassador of"
            " Japan. The sides signed a memorandum on cyber security cooperation.",
            "AGREE",
            {"LTU", "JPN"},
            set(),
        ),
    ],
)
def test_round20_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


@pytest.mark.parametrize(
    "text, etype",
    [
        # A state's own weapons deployed on an ally's soil: a deployment, not aid.
        ("Russia deployed tactical nuclear weapons to Belarus in 2023.", "AID"),
        # A ceasefire breached, a border area infiltrated: no cyber operation.
        ("The ceasefire was breached overnight near the border with Israel.", "COERCE"),
        ("Militants infiltrated the border area near Jenin.", "COERCE"),
        # Migrants expelled are no diplomatic expulsion.
        ("Algeria expelled hundreds of Nigerien migrants.", "SANCTION"),
        # A lifted travel ban is no new ban; a public relations exercise is no drill.
        ("Saudi Arabia lifted its travel ban on Lebanon.", "SANCTION"),
        ("The Turkish government staged a public relations exercise in Brussels.", "MOBILIZE"),
        # A journalist ordered to leave is no demand on a state.
        ("India ordered a French journalist to leave the country.", "REQUEST"),
    ],
)
def test_round20_not_coded(text, etype):
    assert etype not in types(text)


def test_round20_deployment_of_weapons():
    assert _coded(
        "Russia deployed tactical nuclear weapons to Belarus in 2023.",
        "MOBILIZE",
        {"RUS"},
        {"BLR"},
    )


def test_round20_cars_are_no_car():
    # "cars" does not name the Central African Republic; "CAR" still does.
    assert all("CAF" not in r for _, _, r in tuples("Turkey lifted tariffs on American cars."))
    assert _coded("Rwanda sent troops to CAR.", "MOBILIZE", {"RWA"}, {"CAF"})


def test_round20_negated_pledge():
    text = "Germany did not pledge 500 million euros to Ukraine."
    assert "AID" in types(text)
    assert not happened(text, "AID")
