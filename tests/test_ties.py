"""Standing relations (ties) from sentences in four languages and from the two seeds."""

from __future__ import annotations

import pytest
from shared_data import SEEDS

from detente.models import TIE_TYPES, RawDocument, Tie
from detente.pipeline import prepare, process
from detente.relations.ties import extract_ties, parse_figures, ties_lexicon


def ties_of(text: str, date: str | None = "2025-01-05") -> list[Tie]:
    raw = RawDocument(text=text, name="t", source="t", date=date, date_source="option")
    doc, match_text = prepare(raw)
    pd = process(raw, code_events=False)
    ties = extract_ties(pd.document, pd.sentences, pd.mentions, match_text=match_text)
    for t in ties:
        assert t.tie_type in TIE_TYPES
        assert doc.text[t.evidence.start : t.evidence.end] == t.evidence.text
        assert t.trigger and t.trigger in t.evidence.text
    return ties


def summary(t: Tie) -> tuple:
    return (
        t.tie_type,
        tuple(e.country for e in t.source),
        tuple(e.country for e in t.target),
        t.directed,
    )


def only(text: str, date: str | None = "2025-01-05") -> Tie:
    ties = ties_of(text, date)
    assert len(ties) == 1, [summary(t) for t in ties]
    return ties[0]


# -- figures -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang,text,value,unit",
    [
        ("en", "about 80 percent of", 0.8, "percent"),
        ("en", "some 80% of", 0.8, "percent"),
        ("en", "$5 billion a year", 5e9, "usd"),
        ("en", "10 bcm of gas", 10.0, "bcm"),
        ("en", "1.4 million barrels per day", 1.4e6, "bpd"),
        ("he", "כ-80 אחוזים מיצוא", 0.8, "percent"),
        ("he", "אחוזים   80-הסחר", 0.8, "percent"),  # broken right-to-left order
        ("ar", "نحو ٨٠٪ من", 0.8, "percent"),
        ("ar", "80 في المائة من", 0.8, "percent"),
        ("ar", "3 مليارات دولار", 3e9, "usd"),
        ("ru", "около 80 процентов нефти", 0.8, "percent"),
        ("ru", "2,5 млрд долларов", 2.5e9, "usd"),
        ("ru", "20 млрд кубометров", 20.0, "bcm"),
    ],
)
def test_figures(lang, text, value, unit):
    figs = parse_figures(text, lang)
    assert len(figs) == 1
    assert figs[0].value == pytest.approx(value)
    assert figs[0].unit == unit
    assert figs[0].text in text


def test_every_language_has_cues():
    for lang in ("he", "ar", "ru", "en"):
        assert ties_lexicon(lang).n_cues > 20


# -- English ----------------------------------------------------------------------------------
def test_en_oil_transit_with_figure():
    t = only("About 80 percent of Kazakhstan's oil exports pass through Russia.")
    assert summary(t) == ("transit", ("KAZ",), ("RUS",), True)
    assert (t.figure, t.value, t.unit, t.commodity) == ("80 percent", 0.8, "percent", "oil")
    assert t.trigger == "pass through"
    assert t.date == "2025-01-05" and t.date_precision == "day"


def test_en_energy_dependence():
    t = only("Armenia depends on Russia for 85% of its gas.")
    assert summary(t) == ("energy_dependence", ("ARM",), ("RUS",), True)
    assert (t.value, t.commodity) == (0.85, "gas")


def test_en_alliance_is_undirected():
    t = only("Azerbaijan has a strategic alliance with Turkey.")
    assert summary(t) == ("alliance", ("AZE",), ("TUR",), False)


def test_en_treaty_dated_by_the_sentence():
    t = only("Azerbaijan and Russia signed the Declaration on Allied Interaction in 2022.")
    assert summary(t) == ("treaty", ("AZE",), ("RUS",), False)
    assert (t.date, t.date_precision) == ("2022", "year")


def test_en_membership_and_base():
    ties = ties_of("Armenia is a member of the CSTO and hosts a Russian military base in Armenia.")
    got = {(t.tie_type, t.source[0].country, t.target[0].entity_name) for t in ties}
    assert ("membership", "ARM", "Collective Security Treaty Organization") in got
    assert ("military_base", "RUS", "Armenia") in got


def test_en_named_pipeline():
    t = only("The Southern Gas Corridor carries gas to Europe.")
    assert t.tie_type == "pipeline" and t.commodity == "gas"
    assert [e.country for e in t.source] == ["AZE"]
    assert [e.country for e in t.target][:2] == ["GEO", "TUR"]


def test_en_destination_is_not_the_transit_country():
    t = only("Russia is looking for a way to sell gas to Turkey through Azerbaijan.")
    assert summary(t) == ("transit", ("RUS",), ("AZE",), True)


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine.",
        "Oil prices rose 5% last week.",
        "Oil prices rose 5% in Russia.",
        "Kazakhstan exported more oil this year.",
        "The minister said via a spokesman that Russia and Ukraine would talk.",
    ],
)
def test_en_negatives(text):
    assert ties_of(text) == []


# -- Hebrew -----------------------------------------------------------------------------------
def test_he_oil_transit():
    t = only("כ-80 אחוזים מיצוא הנפט הקזחי עובר דרך רוסיה.")
    assert summary(t) == ("transit", ("KAZ",), ("RUS",), True)
    assert (t.value, t.unit, t.commodity, t.trigger) == (0.8, "percent", "oil", "עובר דרך")


def test_he_dependence_and_alliance_and_base():
    assert summary(only("תלותה של קזחסטאן ברוסיה גדולה.")) == (
        "trade_dependence",
        ("KAZ",),
        ("RUS",),
        True,
    )
    assert summary(only("אזרבייג'ן כוננה ברית אסטרטגית עם טורקיה.")) == (
        "alliance",
        ("AZE",),
        ("TUR",),
        False,
    )
    assert summary(only("לרוסיה יש בסיס צבאי בארמניה.")) == (
        "military_base",
        ("RUS",),
        ("ARM",),
        True,
    )


def test_he_treaty_name_wins_over_alliance_word():
    t = only("רוסיה ואזרבייג'ן חתמו על ההצהרה על אינטראקציה בעלת ברית ב-2022.")
    assert summary(t) == ("treaty", ("RUS",), ("AZE",), False)
    assert t.date == "2022"


def test_he_negatives():
    assert ties_of("רוסיה תקפה את אוקראינה.") == []
    assert ties_of("מחירי הנפט עלו ב-5%.") == []


# -- Arabic -----------------------------------------------------------------------------------
def test_ar_oil_transit_with_arabic_digits():
    t = only("يمر نحو ٨٠٪ من صادرات النفط الكازاخستاني عبر روسيا.")
    assert summary(t) == ("transit", ("KAZ",), ("RUS",), True)
    assert (t.figure, t.value, t.commodity) == ("٨٠٪", 0.8, "oil")


def test_ar_verb_first_dependence():
    t = only("تعتمد أرمينيا على روسيا في 80 في المائة من إمدادات الغاز.")
    assert summary(t) == ("energy_dependence", ("ARM",), ("RUS",), True)
    assert t.value == 0.8


def test_ar_alliance_membership_base_treaty():
    assert summary(only("أذربيجان أقامت تحالفا استراتيجيا مع تركيا.")) == (
        "alliance",
        ("AZE",),
        ("TUR",),
        False,
    )
    t = only("أرمينيا عضو في منظمة معاهدة الأمن الجماعي.")
    assert t.tie_type == "membership" and t.source[0].country == "ARM"
    assert summary(only("لروسيا قاعدة عسكرية في أرمينيا.")) == (
        "military_base",
        ("RUS",),
        ("ARM",),
        True,
    )
    t = only("وقعت روسيا وأذربيجان معاهدة الصداقة عام 1997.")
    assert summary(t) == ("treaty", ("RUS",), ("AZE",), False)
    assert (t.date, t.date_precision) == ("1997", "year")


def test_ar_negatives():
    assert ties_of("هاجمت روسيا أوكرانيا.") == []
    assert ties_of("ارتفعت أسعار النفط بنسبة 5%.") == []


# -- Russian ----------------------------------------------------------------------------------
def test_ru_oil_transit():
    t = only("Около 80 процентов казахстанской нефти проходит через Россию.")
    assert summary(t) == ("transit", ("KAZ",), ("RUS",), True)
    assert (t.figure, t.value, t.commodity) == ("80 процентов", 0.8, "oil")


def test_ru_dependence_membership_base_treaty_partnership():
    t = only("Армения зависит от России на 85% в поставках газа.")
    assert summary(t) == ("energy_dependence", ("ARM",), ("RUS",), True)
    assert t.value == 0.85
    t = only("Армения является членом ОДКБ.")
    assert t.tie_type == "membership" and t.source[0].country == "ARM"
    assert summary(only("У России есть военная база в Армении.")) == (
        "military_base",
        ("RUS",),
        ("ARM",),
        True,
    )
    t = only("Россия и Азербайджан подписали Декларацию о союзническом взаимодействии в 2022 году.")
    assert summary(t) == ("treaty", ("RUS",), ("AZE",), False)
    assert t.date == "2022"
    assert summary(only("Россия и Казахстан — стратегические партнеры.")) == (
        "partnership",
        ("RUS",),
        ("KAZ",),
        False,
    )


def test_ru_negatives():
    assert ties_of("Россия атаковала Украину.") == []
    assert ties_of("Цены на нефть выросли на 5%.") == []


# -- the seeds, end to end --------------------------------------------------------------------
def seed_ties(name: str) -> list[Tie]:
    path = SEEDS / name
    if not path.exists():
        pytest.skip("seed documents not available")
    raw = RawDocument(text=path.read_text(encoding="utf-8"), name=path.name, source=str(path))
    doc, match_text = prepare(raw)
    pd = process(raw)
    ties = extract_ties(pd.document, pd.sentences, pd.mentions, match_text=match_text)
    for t in ties:
        assert doc.text[t.evidence.start : t.evidence.end] == t.evidence.text
    return ties


def test_hebrew_seed_kazakh_oil_through_russia():
    ties = seed_ties("000_ee65b16fb3b2a586.txt")
    oil = [t for t in ties if t.commodity == "oil"]
    assert len(oil) == 1
    t = oil[0]
    assert summary(t) == ("transit", ("KAZ",), ("RUS",), True)
    assert t.value == 0.8 and t.unit == "percent"
    assert "80" in t.evidence.text and "80" in t.figure
    assert "קזחסטאן" in t.evidence.text and "הנפט" in t.evidence.text
    assert t.trigger == "עובר דרך"
    # Broken right-to-left text: kept, but with lower confidence than clean text.
    assert t.confidence < 0.7


def test_hebrew_seed_no_pair_without_anchor():
    # In broken text a tie needs exactly two parties; every pair found involves Russia.
    for t in seed_ties("000_ee65b16fb3b2a586.txt"):
        assert "RUS" in {e.country for e in t.source + t.target}


def test_arabic_seed_ties():
    got = {summary(t) for t in seed_ties("002_a06e4be71bb4080b.txt")}
    # "Azerbaijan, backed by Turkey, became less dependent on Russia"
    assert ("trade_dependence", ("AZE",), ("RUS",), True) in got
    # "Armenia, Russia's traditional ally"
    assert ("alliance", ("ARM",), ("RUS",), False) in got
    # Zakharova: back to the level of strategic partnership
    assert ("partnership", ("RUS",), ("AZE",), False) in got
    # Treaty of friendship, cooperation and mutual security (1997)
    assert ("treaty", ("RUS",), ("AZE",), False) in got
    assert not any(t[1] == ("TUR",) for t in got)  # Turkey backs, it does not depend


def test_arabic_seed_treaty_year():
    treaty = [t for t in seed_ties("002_a06e4be71bb4080b.txt") if t.tie_type == "treaty"]
    assert treaty and treaty[0].date == "1997" and treaty[0].date_precision == "year"


def test_hebrew_seed_kazakh_dependence_on_russia():
    # "Kazakhstan and other states ... wish to reduce their dependence on Russia" (ברוסיה).
    got = {summary(t) for t in seed_ties("000_ee65b16fb3b2a586.txt")}
    assert ("trade_dependence", ("KAZ",), ("RUS",), True) in got


# -- CLI --------------------------------------------------------------------------------------
def test_ties_command_lists_stored_ties(tmp_path):
    import json

    import typer
    from typer.testing import CliRunner

    from detente.cli_ties import register
    from detente.store import open_store

    raw = RawDocument(
        text="About 80 percent of Kazakhstan's oil exports pass through Russia. "
        "Azerbaijan has a strategic alliance with Turkey.",
        name="n.txt",
        source="n.txt",
        date="2025-01-05",
        date_source="option",
    )
    doc, match_text = prepare(raw)
    pd = process(raw)
    pd.ties = extract_ties(pd.document, pd.sentences, pd.mentions, match_text=match_text)
    db = str(tmp_path / "t.db")
    with open_store(db) as store:
        store.add(pd)
    app = typer.Typer()
    app.command("noop")(lambda: None)
    register(app)
    res = CliRunner().invoke(app, ["ties", "--db", db, "--country", "KAZ", "-f", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines() if line.strip()]
    assert [(r["tie_type"], r["value"]) for r in rows] == [("transit", 0.8)]
    res = CliRunner().invoke(app, ["ties", "--db", db, "--type", "alliance", "-f", "csv"])
    assert res.exit_code == 0 and "Turkey" in res.output and "Kazakhstan" not in res.output
    res = CliRunner().invoke(app, ["ties", "--db", db, "--type", "nonsense"])
    assert res.exit_code != 0
