"""Scoring rules of `detente evaluate` on small gold files written for these tests."""

from __future__ import annotations

import json

from detente.evaluation import evaluate_plover_gsr


def test_plover_examples_read_legacy_codes_and_igo_for_un_bodies(tmp_path):
    # The PLOVER example file codes UN bodies as IGO and carries old CAMEO codes such as
    # JAP; our coder says UNO and JPN. Both must count as agreement, not as misses.
    gold = [
        {
            "id": "T-1",
            "event": "ACCUSE",
            "text": "The United Nations Security Council condemned North Korea for its latest missile launch.",
            "date": "2024-05-01",
            "source": [{"code": "IGO"}],
            "target": [{"code": "PRK"}],
        },
        {
            "id": "T-2",
            "event": "CONSULT",
            "text": "Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping in Lima on Friday.",
            "date": "2024-11-16",
            "source": [{"code": "JAP"}],
            "target": [{"code": "CHN"}],
        },
        {
            # a wrong actor is still a miss: the widening is UNO/EUR/NGO -> IGO only
            "id": "T-3",
            "event": "CONSULT",
            "text": "Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping in Lima on Friday.",
            "date": "2024-11-16",
            "source": [{"code": "IGO"}],
            "target": [{"code": "CHN"}],
        },
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_plover_gsr(path)
    assert (report.overall.tp, report.overall.fn) == (2, 1)
    assert [m["id"] for m in report.misses] == ["T-3"]


def test_plover_examples_code_international_ngos_as_igo_and_networks_as_img(tmp_path):
    # Sentences written for this test. The examples code the Red Cross and Amnesty as IGO
    # and al-Qaeda as IMG; Détente says NGO and ISM for them.
    gold = [
        {
            "id": "T-4",
            "event": "ACCUSE",
            "text": "Amnesty International accused Egypt of torturing detainees.",
            "date": "2024-05-01",
            "source": [{"code": "IGO"}],
            "target": [{"code": "EGY"}],
        },
        {
            "id": "T-5",
            "event": "THREATEN",
            "text": "Al-Qaeda threatened to attack the United States.",
            "date": "2024-05-01",
            "source": [{"code": "IMG"}],
            "target": [{"code": "USA"}],
        },
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_plover_gsr(path)
    assert (report.overall.tp, report.overall.fn) == (2, 0)


def test_arabic_detection_counts_as_the_held_out_evaluation_does(tmp_path):
    # Sentences written for this test. A negated or questioned protest is coded and kept
    # by the coder, marked; the held-out evaluation counts every emitted event of the type
    # (shared/external/README.md), so they are false detections there, and only the side
    # slice "happened only" leaves them out.
    import csv

    rows = {
        "protest_gsr.csv": [
            ("p1", "yes", "تظاهر آلاف الطلاب أمس أمام البرلمان في بغداد."),
            ("p2", "easy no", "لم يتظاهر الطلاب أمس أمام البرلمان."),
            ("p3", "difficult no", "هل تظاهر الطلاب أمام البرلمان؟"),
        ],
        "assault_gsr.csv": [
            ("a1", "yes", "شنت الطائرات الإسرائيلية غارات على مواقع في جنوب لبنان أمس."),
            ("a2", "easy no", "لم تشن إسرائيل أي غارات على لبنان أمس."),
        ],
    }
    for name, items in rows.items():
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["id", "label", "text"])
            w.writeheader()
            for i, label, text in items:
                w.writerow({"id": i, "label": label, "text": text})
    from detente.evaluation import evaluate_arabic_gsr

    report = evaluate_arabic_gsr(tmp_path)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 3, 0)
    assert {f["text"][:12] for f in report.false_events} == {
        "لم يتظاهر ال",
        "هل تظاهر الط",
        "لم تشن إسرائ",
    }
    happened = report.side["happened only"]
    assert (happened.tp, happened.fp, happened.fn) == (2, 0, 0)
    assert report.as_dict()["side"]["happened only"]["precision"] == 1.0


_DEMAND_EN = "Azerbaijan demanded an apology from Russia on 26 December 2024."


def _request_line(i, lang, text, date):
    """A gold line: the sentence ``text`` states Azerbaijan's demand of Russia, dated
    ``date`` (written for these tests)."""
    return {
        "id": f"t-{i}",
        "lang": lang,
        "doc_date": "2024-12-27",
        "text": text,
        "events": [
            {
                "event_type": "REQUEST",
                "actor_country": ["AZE"],
                "recipient_country": ["RUS"],
                "date": date,
                "date_precision": "day",
                "negated": False,
                "modality": "asserted",
            }
        ],
    }


def test_a_right_event_with_a_wrong_date_is_listed_as_a_date_error(tmp_path):
    # Written for this test: the sentence says 26 December; one gold line says so, the
    # other (deliberately) says 24 December, so only the second is a date error.
    from detente.evaluation import evaluate_sentences

    def line(i, date):
        return _request_line(i, "en", _DEMAND_EN, date)

    path = tmp_path / "en.jsonl"
    path.write_text(
        "\n".join(json.dumps(line(i, d)) for i, d in ((1, "2024-12-26"), (2, "2024-12-24"))),
        encoding="utf-8",
    )
    report = evaluate_sentences([path])
    assert (report.dates_right, report.dates_total) == (1, 2)
    assert [(e["doc"], e["gold"], e["coded"]) for e in report.date_errors] == [
        ("t-2", ["2024-12-24"], ["2024-12-26"])
    ]


def test_shared_data_is_found_beside_the_repository_a_clone_came_from(tmp_path, monkeypatch):
    import subprocess

    import detente.evaluation as ev

    origin, clone = tmp_path / "work" / "main", tmp_path / "elsewhere" / "clone"
    (tmp_path / "work" / "shared").mkdir(parents=True)
    origin.mkdir()
    subprocess.run(["git", "init", "-q", str(origin)], check=True)
    subprocess.run(["git", "clone", "-q", str(origin), str(clone)], check=True, capture_output=True)
    monkeypatch.delenv("DETENTE_SHARED", raising=False)
    monkeypatch.setattr(ev, "repo_root", lambda: clone)
    assert ev.shared_dir() == tmp_path / "work" / "shared"
    monkeypatch.setattr(ev, "repo_root", lambda: origin)
    assert ev.shared_dir() == tmp_path / "work" / "shared"


def test_lang_keeps_only_that_languages_lines(tmp_path):
    # Two lines written for this test, one English and one Russian, in one file; --lang ru
    # scores the Russian one alone, from the command line as a user would.
    from typer.testing import CliRunner

    from detente.cli import app

    lines = [
        {"id": "t-en", "lang": "en", "doc_date": "2024-12-27",
         "text": "Azerbaijan demanded an apology from Russia.",
         "events": [{"event_type": "REQUEST", "actor_country": ["AZE"],
                     "recipient_country": ["RUS"]}]},
        {"id": "t-ru", "lang": "ru", "doc_date": "2024-12-27",
         "text": "Азербайджан потребовал от России извинений.",
         "events": [{"event_type": "REQUEST", "actor_country": ["AZE"],
                     "recipient_country": ["RUS"]}]},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    res = CliRunner().invoke(
        app, ["evaluate", "sentences", "--gold", str(path), "--lang", "ru", "--format", "json"]
    )
    assert res.exit_code == 0, res.output
    rep = json.loads(res.stdout)[0]
    assert rep["documents"] == 1
    assert set(rep["by_language"]) == {"ru"}
    # an external set in another language is left out, and a bad code is refused
    res = CliRunner().invoke(app, ["evaluate", "arabic-gsr", "--lang", "ru"])
    assert res.exit_code == 0 and "no documents in ru" in res.output
    assert CliRunner().invoke(app, ["evaluate", "--lang", "xx"]).exit_code == 2


def test_date_accuracy_is_reported_for_each_language(tmp_path):
    # Written for this test: two English lines, the second with a deliberately wrong gold
    # date, and one Russian line with the right one. The target holds per language, so the
    # report must say 1/2 for English and 1/1 for Russian, not only 2/3 overall.
    from detente.evaluation import evaluate_sentences

    line = _request_line
    en = _DEMAND_EN
    ru = "Азербайджан 26 декабря 2024 года потребовал от России извинений."
    (tmp_path / "en.jsonl").write_text(
        json.dumps(line(1, "en", en, "2024-12-26"))
        + "\n"
        + json.dumps(line(2, "en", en, "2024-12-24")),
        encoding="utf-8",
    )
    (tmp_path / "ru.jsonl").write_text(
        json.dumps(line(3, "ru", ru, "2024-12-26")), encoding="utf-8"
    )
    report = evaluate_sentences([tmp_path / "en.jsonl", tmp_path / "ru.jsonl"])
    assert (report.dates_right, report.dates_total) == (2, 3)
    langs = report.as_dict()["by_language"]
    assert langs["en"]["date_accuracy"] == 0.5
    assert langs["ru"]["date_accuracy"] == 1.0
