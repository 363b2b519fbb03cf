"""An attack on a place that, by a relative clause right after it, hosts a party's forces
("the Al Udeid air base near Doha, which hosts US troops", `قاعدة ... التي تستضيف قوات
أمريكية`, `שמארח כוחות אמריקניים`) targets those forces, not the country the place lies in
(as the demo gold codes Iran's strike on Al Udeid). Without such a clause the place's country
stays the target. Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-06-24"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Iran fired missiles at the Al Udeid air base near Doha, which hosts US troops.", "en"),
        ("أطلقت إيران صواريخ على قاعدة العديد الجوية التي تستضيف قوات أمريكية قرب الدوحة.", "ar"),
        ("استهدفت صواريخ إيرانية قاعدة عين الأسد التي تضم جنوداً أمريكيين في الأنبار.", "ar"),
        ("איראן שיגרה טילים לעבר בסיס אל-עודייד ליד דוחא, שמארח כוחות אמריקניים.", "he"),
    ],
)
def test_the_forces_a_struck_base_hosts_are_the_target(text, lang):
    assaults = {t for t in coded_tuples(text, lang, DATE) if t[0] == "ASSAULT"}
    assert assaults == {("ASSAULT", ("IRN",), ("USA",))}


def test_without_a_hosting_clause_the_place_is_the_target():
    text = "Iran fired missiles at the Al Udeid air base near Doha."
    assert ("ASSAULT", ("IRN",), ("QAT",)) in coded_tuples(text, "en", DATE)
