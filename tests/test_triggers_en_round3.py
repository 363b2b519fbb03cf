"""English trigger families added in round 3 (protest, request, assault, threaten, accuse,
aid, retreat and a few neighbours). Sentences written for these tests; the expected
(type, actor countries, recipient countries) were worked out by hand."""

import pytest
from event_helpers import coded_tuples

D = "2025-03-03"


@pytest.mark.parametrize(
    "text, expected",
    [
        # PROTEST: rallies held, barricades, crowds in the streets, strikes, boycotts, stones
        (
            "Thousands of students held a rally in Belgrade against the government.",
            ("PROTEST", ("SRB",), ("SRB",)),
        ),
        ("Farmers erected barricades on roads across France.", ("PROTEST", ("FRA",), ())),
        ("Thousands of Moldovans poured into the streets of Chisinau.", ("PROTEST", ("MDA",), ())),
        (
            "Thousands of Georgians joined the protests against the government in Tbilisi.",
            ("PROTEST", ("GEO",), ("GEO",)),
        ),
        ("Teachers in Kenya are on strike.", ("PROTEST", ("KEN",), ())),
        ("Doctors in Nigeria declared an indefinite strike.", ("PROTEST", ("NGA",), ())),
        (
            "Lithuania announced a diplomatic boycott of the Beijing Olympics.",
            ("PROTEST", ("LTU",), ("CHN",)),
        ),
        (
            "Palestinian youths threw stones at Israeli soldiers in Hebron.",
            ("PROTEST", ("PSE",), ("ISR",)),
        ),
        # REQUEST: "called upon", renewed calls, applications
        ("Armenia called upon Russia to honour its commitments.", ("REQUEST", ("ARM",), ("RUS",))),
        (
            "Kyiv renewed its call for air defence systems from Germany.",
            ("REQUEST", ("UKR",), ("DEU",)),
        ),
        (
            "Ukraine applied for membership of the European Union.",
            ("REQUEST", ("UKR",), ("EUR",)),
        ),
        # ASSAULT: beatings, offensives stepped up, hijackings, aircraft strafing, gun battles
        (
            "Belarusian police beat a Polish journalist to death in Minsk.",
            ("ASSAULT", ("BLR",), ("POL",)),
        ),
        (
            "Russian forces stepped up attacks on Ukrainian positions near Avdiivka.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        (
            "Somali pirates hijacked a Greek tanker off the coast of Yemen.",
            ("ASSAULT", ("SOM",), ("GRC",)),
        ),
        ("Israeli jets strafed Syrian army positions.", ("ASSAULT", ("ISR",), ("SYR",))),
        # THREATEN: vows of punishment, "would retaliate", "will not hesitate to"
        (
            "Hezbollah vowed to punish Israel for the assassination.",
            ("THREATEN", ("LBN",), ("ISR",)),
        ),
        (
            "China said it would retaliate against the United States.",
            ("THREATEN", ("CHN",), ("USA",)),
        ),
        (
            "Iran will not hesitate to strike Israel, its foreign minister said.",
            ("THREATEN", ("IRN",), ("ISR",)),
        ),
        # ACCUSE: accusations levelled, criticism voiced, name-calling, probes, charges, courts
        (
            "Poland levelled accusations against Belarus over the migrant crisis.",
            ("ACCUSE", ("POL",), ("BLR",)),
        ),
        ("Hungary voiced criticism of the European Commission.", ("ACCUSE", ("HUN",), ("EUR",))),
        ("Hungary took issue with the European Commission.", ("ACCUSE", ("HUN",), ("EUR",))),
        ("Iraq expressed outrage at the Turkish strikes.", ("ACCUSE", ("IRQ",), ("TUR",))),
        ("Biden called Putin a war criminal.", ("ACCUSE", ("USA",), ("RUS",))),
        ("France opened a probe into Russian interference.", ("ACCUSE", ("FRA",), ("RUS",))),
        ("Nigeria filed charges against the British company.", ("ACCUSE", ("NGA",), ("GBR",))),
        ("Germany took Russia to court over the pipeline.", ("ACCUSE", ("DEU",), ("RUS",))),
        # AID: relief sent, refugees admitted, bail-outs
        (
            "Japan sent tents and blankets to Turkey after the earthquake.",
            ("AID", ("JPN",), ("TUR",)),
        ),
        ("The United States sent medical teams to Turkey.", ("AID", ("USA",), ("TUR",))),
        ("Germany admitted 500 Afghan refugees.", ("AID", ("DEU",), ("AFG",))),
        ("The IMF approved a bailout package for Pakistan.", ("AID", ("IGO",), ("PAK",))),
        # RETREAT: sieges lifted, islands returned
        ("Azerbaijan lifted its siege of Armenian villages.", ("RETREAT", ("AZE",), ("ARM",))),
        ("Japan returned the islands to China.", ("RETREAT", ("JPN",), ("CHN",))),
        # COERCE: sieges laid, forcible deportation; SANCTION: terrorist designations
        (
            "Serbia laid siege to the Bosnian town of Srebrenica.",
            ("COERCE", ("SRB",), ("BIH",)),
        ),
        ("Russia forcibly deported Ukrainian children.", ("COERCE", ("RUS",), ("UKR",))),
        (
            "The United States designated the Houthis a terrorist organisation.",
            ("SANCTION", ("USA",), ("YEM",)),
        ),
        # AGREE: signing a protocol is a joint act
        (
            "Armenia and Azerbaijan signed a protocol on border delimitation.",
            ("AGREE", ("ARM", "AZE"), ()),
        ),
    ],
)
def test_round3_family_codes(text, expected):
    assert coded_tuples(text, "en", D) == {expected}


def test_gun_battles_between_two_sides_are_mutual():
    got = coded_tuples(
        "Gun battles between Indian and Pakistani troops broke out in Kashmir.", "en", D
    )
    assert got == {("ASSAULT", ("IND",), ("PAK",)), ("ASSAULT", ("PAK",), ("IND",))}


@pytest.mark.parametrize(
    "text",
    [
        # ordinary senses of the new words: markets, sport, policy stances, disasters, courts
        "The economy returned to positive territory in Germany.",
        "The team's strikers failed to score in March.",
        "Labour abandoned its position on Brexit.",
        "Floods forced thousands of Pakistanis from their homes.",
        "The umpire called a strike.",
        "Workers resumed their strikes in Paris after the holidays.",
        "Rising costs sent food prices soaring in Egypt.",
        "Fans took part in the march in London in March.",
        "The hospital admitted 500 patients in Kenya.",
        "The company came under fire for its pricing.",
        "He entered a plea of not guilty in a London court.",
        "A US national was questioned in Italy over her role in rioting in Genoa.",
    ],
)
def test_round3_non_event_senses_code_nothing(text):
    assert coded_tuples(text, "en", D) == set()
