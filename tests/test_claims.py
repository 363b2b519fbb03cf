"""Claims and contradictions: causes, death tolls and admissions, with their sentences."""

from __future__ import annotations

from detente.fusion import update_clusters
from detente.fusion.claims import (
    Claim,
    contradictions,
    find_claims,
    find_contradictions,
)
from detente.models import Evidence, Mention, Sentence
from detente.store import open_store


def _sentences(text: str, doc_id: str = "d", lang: str = "en") -> list[Sentence]:
    out, pos = [], 0
    for i, part in enumerate(text.split("\n")):
        out.append(Sentence(doc_id, i, pos, pos + len(part), part, lang))
        pos += len(part) + 1
    return out


def _claims(text: str, lang: str, mentions=()):
    return find_claims(text, _sentences(text, lang=lang), list(mentions), lang, "d.txt", "d")


def _facts(claims: list[Claim]) -> set[tuple[str, object]]:
    return {(c.fact, c.value) for c in claims}


def test_death_tolls_in_four_languages():
    assert ("casualties", 38) in _facts(_claims("The crash killed 38 people on board.", "en"))
    assert ("casualties", 38) in _facts(_claims("В катастрофе погибли 38 человек.", "ru"))
    assert ("casualties", 38) in _facts(_claims("أسفر الحادث عن مقتل ٣٨ شخصا.", "ar"))
    assert ("casualties", 38) in _facts(_claims("בהתרסקות נהרגו 38 נוסעים.", "he"))


def test_years_and_ages_are_not_death_tolls():
    found = _facts(_claims("A murder case from 24 years ago; nobody was killed in 2024.", "en"))
    assert not any(f == "casualties" for f, _ in found)
    ar = _facts(_claims("جريمة قتل وقعت قبل 24 عاما أسفرت عن مقتل شخص.", "ar"))
    assert ("casualties", 24) not in ar


def test_causes_and_their_sources():
    text = "Russian state media said the plane hit a flock of birds.\nExperts found fragments of a missile."
    mentions = [Mention("d.txt", "d", 0, 7, "Russian", "Russia", "RUS", None, sentence_index=0)]
    claims = _claims(text, "en", mentions)
    by_value = {c.value: c for c in claims if c.fact == "cause"}
    assert set(by_value) == {"bird_strike", "missile"}
    assert by_value["bird_strike"].source == "state media (Russia)"
    assert by_value["missile"].source is None
    assert by_value["missile"].evidence.text == "Experts found fragments of a missile."


def test_cue_words_match_out_of_order_and_with_hebrew_prefixes():
    # Broken PDF text: the words of "collision with birds" are scattered across the line.
    claims = _claims("ציפורים. דפוס ההכחשה והפצת גרסאות כוזבות מהתנגשות המטוס", "he")
    assert ("cause", "bird_strike") in _facts(claims)
    assert ("responsibility", "denied") in _facts(claims)
    assert all(c.disputed for c in claims)
    # A prefix letter must not turn an unrelated word into a cue: להטיל (to impose) is not טיל.
    assert not _claims("הממשלה החליטה להטיל סנקציות", "he")


def test_demanded_apology_is_not_an_admission():
    assert ("responsibility", "admitted") in _facts(_claims("Putin apologised to Aliyev.", "en"))
    assert not _claims("Azerbaijan demanded an apology from Russia.", "en")


def _claim(value, doc_id, cluster="c1", fact="casualties", source=None, lang="en"):
    text = f"{value} killed"
    return Claim(
        fact,
        value,
        source,
        f"{doc_id}.txt",
        doc_id,
        lang,
        Evidence(text, 0, len(text)),
        cluster_id=cluster,
    )


def test_casualty_contradiction_across_reports_of_one_cluster():
    claims = [_claim(38, "en1"), _claim(37, "ar1", lang="ar"), _claim(38, "ru1", lang="ru")]
    [k] = find_contradictions(claims)
    assert (k.fact, k.scope, k.cluster_id) == ("casualties", "cluster", "c1")
    assert {v: sorted(c.doc_id for c in cs) for v, cs in k.values.items()} == {
        "38": ["en1", "ru1"],
        "37": ["ar1"],
    }
    # Agreeing reports, or disagreeing reports of different events, are not contradictions.
    assert not find_contradictions([_claim(38, "a"), _claim(38, "b")])
    assert not find_contradictions([_claim(38, "a", "c1"), _claim(37, "b", "c2")])


def test_within_document_contradiction_needs_different_sources():
    a = _claim("bird_strike", "d", None, "cause", source="state media (Russia)")
    b = _claim("missile", "d", None, "cause", source=None)
    [k] = find_contradictions([a, b])
    assert (k.scope, k.doc_id) == ("document", "d")
    same = _claim("missile", "d", None, "cause", source="state media (Russia)")
    assert not find_contradictions([a, same])


def test_seeds_bird_strike_versus_missile(tmp_path, seeds_dir):
    from detente import api

    with open_store(tmp_path / "s.db") as store:
        api.ingest([seeds_dir], store)
        update_clusters(store, embed=False)
        found = [k for k in contradictions(store) if k.fact == "cause"]
    he = [k for k in found if {"bird_strike", "missile"} <= set(k.values)]
    assert he, found
    k = he[0]
    assert all(c.language == "he" for c in k.claims)
    birds = k.values["bird_strike"][0]
    assert "ציפורים" in birds.evidence.text and birds.source and "state media" in birds.source
    assert any("טיל" in c.evidence.text for c in k.values["missile"])
