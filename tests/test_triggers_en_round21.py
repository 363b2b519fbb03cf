"""English data round 21 (data/en/triggers.yaml, aliases/organisations.yaml and
aliases/world_more.yaml), from a probe of fresh headlines, wire sentences, bulleted summaries,
think-tank paragraphs, translated official statements and parliament reports on sanctions and
embargoes ended, troop withdrawals, grain deliveries, recognition withdrawn, walk-outs, ICC and
ICJ cases, airspace violations, border clashes, targeted killings, closed sea lanes,
peacekeeping mandates and deadlines: an embargo or sanctions ended, and sanctions lifted in the
passive, are an easing; troops or peacekeepers that leave a place withdraw (not when they
leave something behind); relief goods given free are aid, not a release; recognition withdrawn
or revoked is a cut in relations, not recognition; walking out of a meeting or session rejects
the body that holds it; a party hauled before an international court is sued, and warrants
issued or an arrest sought by a prosecutor accuse; a state's airspace or territorial waters
violated or entered is a show of force (MOBILIZE), not an attack; a strike that killed someone
is an attack by the party its description names; a named strait or sea closed to a party's
ships, or a named port, restricts it; a whole mission declared personae non gratae is
expelled; a peacekeeping mandate extended is peacekeeping support and a UN mission
ended a withdrawal; formal protests "expressed" or "representations" lodged in the stiff
register of translated statements are complaints; going to war with a party attacks it;
infrastructure or a grid pounded is attacked; a deadline given to a party to act is a demand
on it (not the hours an expelled diplomat is given to leave); a party barred from operating
is banned; leaving an initiative quits a deal; imposing costs vowed is a threat; fighting that
erupts between parties is mutual; a warning that a move would do harm is no threat; "Western
ambassadors" and "Western diplomats" are the West; and "the Zionist regime" is Israel. Every
sentence was written for these tests; the expected (type, actor countries, recipient countries)
were worked out by hand against eval/README.md."""

import pytest
from event_helpers import Coder

D = "2025-01-01"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types
_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # An embargo or sanctions ended, or lifted in the passive: an easing.
        (
            "The UN Security Council ended the arms embargo on Somalia in December 2023.",
            "RETREAT",
            {"UNO"},
            {"SOM"},
        ),
        ("Sanctions on Belarusian potash were lifted by Washington.", "RETREAT", {"USA"}, {"BLR"}),
        # Troops or peacekeepers that leave a place: a withdrawal.
        (
            "The last Russian peacekeepers left Nagorno-Karabakh in June 2024.",
            "RETREAT",
            {"RUS"},
            {"AZE"},
        ),
        ("The last US troops left Afghanistan on August 30, 2021.", "RETREAT", {"USA"}, {"AFG"}),
        # Relief goods given free: aid.
        (
            "Russia delivered free grain to Somalia and Burkina Faso.",
            "AID",
            {"RUS"},
            {"SOM", "BFA"},
        ),
        # Recognition withdrawn or revoked: a cut in relations.
        (
            "Paraguay withdrew its recognition of Venezuela's government.",
            "SANCTION",
            {"PRY"},
            {"VEN"},
        ),
        # Walking out of a meeting: a rejection of the body that holds it.
        ("The Russian delegation walked out of the OSCE meeting.", "REJECT", {"RUS"}, {"IGO"}),
        # Warrants issued, an arrest sought, a party hauled before an international court.
        ("ICC judges issued warrants for Netanyahu and Gallant.", "ACCUSE", {"IGO"}, {"ISR"}),
        (
            "The ICC prosecutor sought the arrest of Myanmar's military leader.",
            "ACCUSE",
            {"IGO"},
            {"MMR"},
        ),
        (
            "Nicaragua hauled Germany before the International Court of Justice over arms"
            " sales to Israel.",
            "ACCUSE",
            {"NIC"},
            {"DEU"},
        ),
        # Airspace or territorial waters violated or entered: a show of force.
        ("A Russian drone violated Polish airspace on Wednesday.", "MOBILIZE", {"RUS"}, {"POL"}),
        (
            "Chinese coast guard vessels entered Japanese territorial waters near the Senkaku"
            " Islands.",
            "MOBILIZE",
            {"CHN"},
            {"JPN"},
        ),
        (
            "Two Russian bombers breached Japan's airspace over Rebun island.",
            "MOBILIZE",
            {"RUS"},
            {"JPN"},
        ),
        (
            "Greece reported 20 Turkish airspace violations on Monday.",
            "MOBILIZE",
            {"TUR"},
            {"GRC"},
        ),
        # A strike that killed someone: an attack by the party its description names.
        (
            "An Israeli strike killed Hezbollah commander Fuad Shukr in Beirut.",
            "ASSAULT",
            {"ISR"},
            {"LBN"},
        ),
        ("A Ukrainian strike killed a Russian general in Kursk.", "ASSAULT", {"UKR"}, {"RUS"}),
        # A named strait closed to a party's ships.
        (
            "The Houthis closed the Bab el-Mandeb to Israeli-linked ships.",
            "SANCTION",
            {"YEM"},
            {"ISR"},
        ),
        # Peacekeeping mandates extended; a UN mission ended.
        (
            "The Security Council extended the mandate of UNIFIL for another year.",
            "AID",
            {"UNO"},
            set(),
        ),
        ("The Security Council voted to end the UN mission in Mali.", "RETREAT", {"UNO"}, set()),
        # A named port closed to a party's ships; a whole mission declared unwelcome.
        ("Israel closed the port of Ashdod to Turkish ships.", "SANCTION", {"ISR"}, {"TUR"}),
        (
            "Moscow declared the whole Estonian mission personae non gratae.",
            "SANCTION",
            {"RUS"},
            {"EST"},
        ),
        # Western envoys named as one are the West.
        ("Erdogan threatens to expel 10 Western ambassadors", "THREATEN", {"TUR"}, {"IGO"}),
        # A deadline given to a party to act: a demand on it.
        (
            "Ecowas gave Niger's junta one week to reinstate President Bazoum.",
            "REQUEST",
            {"IGO"},
            {"NER"},
        ),
        # A grid pounded; going to war with a party.
        ("Russia continued to pound Ukraine's energy grid.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("In 2008 Russia went to war with Georgia.", "ASSAULT", {"RUS"}, {"GEO"}),
        # The stiff register of translated statements.
        (
            "The Ministry of Foreign Affairs of the Russian Federation expresses its resolute"
            " protest in connection with the unfriendly actions of the Finnish side.",
            "ACCUSE",
            {"RUS"},
            {"FIN"},
        ),
        (
            "The Islamic Republic of Iran strongly condemns the heinous crime of the Zionist"
            " regime against its consular premises in Damascus.",
            "ACCUSE",
            {"IRN"},
            {"ISR"},
        ),
        # A party barred from operating: a ban.
        ("Israel barred UNRWA from operating in its territory.", "COERCE", {"ISR"}, {"UNO"}),
        # Leaving an initiative: quitting a deal.
        (
            "Russia withdrew from the Black Sea Grain Initiative in July 2023.",
            "SANCTION",
            {"RUS"},
            set(),
        ),
        # Imposing costs vowed: a threat.
        (
            "The G7 condemned the annexation and vowed to impose further costs on Russia.",
            "THREATEN",
            {"IGO"},
            {"RUS"},
        ),
    ],
)
def test_round21_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


@pytest.mark.parametrize(
    "text",
    [
        "Border clashes erupted again between Kyrgyzstan and Tajikistan on Wednesday.",
        "Fighting broke out between Thai and Cambodian troops.",
    ],
)
def test_round21_fighting_between(text):
    # Fighting that erupts between two parties: each attacks the other.
    tuples = {(t, a, r) for t, a, r in _coder.tuples(text) if t == "ASSAULT"}
    assert len(tuples) == 2
    assert {a for _, a, _ in tuples} == {r for _, _, r in tuples}


@pytest.mark.parametrize(
    "text, etype",
    [
        # An embargo ended is no new embargo; recognition withdrawn is no recognition.
        ("The UN Security Council ended the arms embargo on Somalia in December 2023.", "SANCTION"),
        ("Paraguay withdrew its recognition of Venezuela's government.", "SUPPORT"),
        # Free grain is no release.
        ("Russia delivered free grain to Somalia and Burkina Faso.", "RETREAT"),
        # Troops that leave mines behind do not withdraw.
        ("Retreating Russian troops left behind mines in Bucha.", "RETREAT"),
        # The hours an expelled diplomat is given to leave are no demand.
        ("Latvia expelled a Russian diplomat and gave him 48 hours to leave.", "REQUEST"),
        # A warning that a move would do harm is no threat.
        (
            "Opposition lawmakers in Israel warned that the move would harm relations with the UN.",
            "THREATEN",
        ),
        # A call for an end to a blockade lifts nothing yet.
        ("Turkey called for an end to the blockade of Qatar.", "RETREAT"),
        # Support for a protest is no formal protest; a civilian plane entering airspace and
        # a dockers' strike at ports are no show of force or attack.
        ("The union expressed support for the protest against Israel.", "ACCUSE"),
        ("A Ukrainian airliner entered Russian airspace by mistake.", "MOBILIZE"),
        ("Dock workers went on strike at refineries and ports across France.", "ASSAULT"),
    ],
)
def test_round21_not_coded(text, etype):
    assert etype not in types(text)
