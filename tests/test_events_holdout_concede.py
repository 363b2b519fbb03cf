"""Approving or ratifying another party's step at the end of a hold-out ("after a 20-month
delay", `לאחר עיכוב`, `بعد تأخير`, "после задержки") is giving in: CONCEDE, not AGREE
(eval/README.md, AGREE or CONCEDE). Without such words it stays AGREE, and a shared signing
after a delay stays a joint AGREE. Every text was written for this test and its reading
checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2024-01-24"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Turkey's parliament ratified Sweden's accession to NATO after a 20-month delay.", "en"),
        ('הפרלמנט הטורקי אישר את הצטרפות שוודיה לנאט"ו לאחר עיכוב של 20 חודשים.', "he"),
        (
            "صادق البرلمان التركي على انضمام السويد إلى حلف شمال الأطلسي بعد تأخير دام عشرين شهراً.",
            "ar",
        ),
        ("Парламент Турции одобрил вступление Швеции в НАТО после 20-месячной задержки.", "ru"),
    ],
)
def test_approval_after_a_holdout_is_conceding(text, lang):
    tuples = coded_tuples(text, lang, DATE)
    assert any(t[0] == "CONCEDE" and t[1] == ("TUR",) and "SWE" in t[2] for t in tuples)
    assert not any(t[0] == "AGREE" for t in tuples)


def test_approval_alone_is_agreeing():
    tuples = coded_tuples("Turkey's parliament ratified Sweden's accession to NATO.", "en", DATE)
    assert ("AGREE", ("TUR",), ("SWE",)) in tuples
    assert not any(t[0] == "CONCEDE" for t in tuples)


def test_a_shared_signing_after_a_delay_stays_joint():
    text = "Armenia and Azerbaijan signed the peace treaty after a two-year delay."
    assert ("AGREE", ("ARM", "AZE"), ()) in coded_tuples(text, "en", DATE)
