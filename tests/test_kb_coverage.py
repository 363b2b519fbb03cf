"""benchmarks/kb_coverage.py: the SPK column is the foreign-ministry spokesperson only; SPK+
also counts government and presidential spokespeople (titles written here by hand)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import kb_coverage  # noqa: E402


@pytest.mark.parametrize(
    "title, spk, spk_plus",
    [
        ("spokesperson of the ministry of foreign affairs", True, True),
        ("government spokesperson", False, True),
        ("presidential spokesperson", False, True),
        ("press secretary of the president", False, True),
        ("deputy government spokesperson", False, False),
        ("idf spokesperson", False, False),
        ("press secretary of the prime minister", False, False),
    ],
)
def test_spokesperson_title_rules(title, spk, spk_plus):
    assert kb_coverage.is_mfa_spokesperson(title) is spk
    assert kb_coverage.is_official_spokesperson(title) is spk_plus


def test_spain_has_a_government_but_no_foreign_ministry_spokesperson():
    from detente.actors import default_kb

    cov = kb_coverage.coverage(default_kb(), ["ESP"], "2022-01-01", "2025-12-31")
    assert cov["ESP"]["SPK"][0] == "-"
    assert cov["ESP"]["SPK+"][0] == "Y"
    assert "Pilar Alegría" in cov["ESP"]["SPK+"][1]
