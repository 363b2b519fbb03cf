"""The mention evaluator on a tiny hand-made gold file (counts worked out by hand)."""

import json

from detente.actors.evaluate import evaluate_mentions, pair

S1 = "Russia said on Monday that Ukrainian drones struck Moscow."
S2 = "Thousands of protesters rallied in Tbilisi, the Kremlin said."


def _m(text, sent, entity, country, sector, role="actor"):
    start = sent.index(text)
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "entity_name": entity,
        "country": country,
        "sector": sector,
        "role": role,
    }


GOLD = [
    {
        "id": "t-1",
        "lang": "en",
        "doc_date": "2024-05-06",
        "text": S1,
        "mentions": [
            _m("Russia", S1, "Russia", "RUS", "GOV"),
            _m("Ukrainian drones", S1, "Ukrainian drones", "UKR", "MIL"),
            # the struck city: a place, not the government
            _m("Moscow", S1, "Moscow", "RUS", None, "location"),
        ],
    },
    {
        "id": "t-2",
        "lang": "en",
        "doc_date": "2024-05-06",
        "text": S2,
        "mentions": [
            # no country in the sentence: the resolver cannot find it
            _m("Thousands of protesters", S2, "Georgian protesters", "GEO", "CVL"),
            _m("Tbilisi", S2, "Tbilisi", "GEO", None, "location"),
            # "the Kremlin" deliberately left out of the gold: a false mention
        ],
    },
]


def test_evaluator_counts(tmp_path):
    p = tmp_path / "en.jsonl"
    p.write_text("\n".join(json.dumps(g) for g in GOLD) + "\n", encoding="utf-8")
    r = evaluate_mentions([p])["en"]
    # predicted: Russia (RUS GOV), Ukrainian drones (UKR MIL), Moscow (RUS GOV: a capital
    # after a verb speaks for its state), Tbilisi (after "in": location), Kremlin (RUS GOV)
    assert (r["sentences"], r["gold"], r["predicted"], r["matched"]) == (2, 5, 5, 4)
    assert r["recall"] == 0.8  # 4 of 5 gold found; the protesters are missed
    assert r["precision"] == 0.8  # 4 of 5 predicted overlap gold; the Kremlin does not
    assert r["resolution_accuracy"] == 0.75  # Moscow: GOV predicted, null in the gold
    assert r["role_accuracy"] == 0.75  # Moscow: actor vs location
    assert r["entity_accuracy"] == 0.75  # "Ukraine" is not "Ukrainian drones"
    assert [m["gold"]["text"] for m in r["misses"]] == ["Thousands of protesters"]
    assert [m["pred"]["text"] for m in r["false_mentions"]] == ["Kremlin"]
    assert [m["gold"]["text"] for m in r["wrong_resolutions"]] == ["Moscow"]


class _P:
    def __init__(self, start, end):
        self.start, self.end = start, end


def test_pairing_is_one_to_one_by_largest_overlap():
    gold = [{"start": 0, "end": 30}]
    # "Dutch" and "Australian governments" inside "the Dutch and Australian governments"
    pred = [_P(4, 9), _P(14, 30)]
    assert pair(gold, pred) == [(0, 1)]
