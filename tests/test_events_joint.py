"""Shared acts named as such ("joint patrol", "совместные учения"): every party is an actor
and none a recipient; the place where they happen is no party. Sentences written for these
tests; expected codes by hand (eval/README.md, joint and one-sided acts)."""

import pytest
from event_helpers import coded_tuples

D = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, parties",
    [
        ("Russian and Turkish troops held a joint patrol near Kobani on Monday.", "en", {"RUS", "TUR"}),
        ("Россия и Китай провели совместные учения в Японском море.", "ru", {"RUS", "CHN"}),
        ("ישראל ויוון ערכו תרגיל משותף בים התיכון.", "he", {"ISR", "GRC"}),
        ("نفّذت القوات المصرية والسعودية مناورات مشتركة في البحر الأحمر.", "ar", {"EGY", "SAU"}),
        # one party with the other after "with"
        ("Egypt held joint exercises with Greece in the Mediterranean.", "en", {"EGY", "GRC"}),
    ],
)
def test_a_joint_act_has_every_party_as_actor(text, lang, parties):
    got = coded_tuples(text, lang, D)
    coop = [(a, r) for t, a, r in got if t == "COOPERATE"]
    assert len(coop) == 1, got
    actors, recipients = coop[0]
    assert set(actors) == parties and recipients == ()


def test_help_given_to_a_party_is_not_a_joint_act():
    # "with the help of" is one side's support: the helpers act on the one helped
    got = coded_tuples('רוב הטילים יורטו בסיוע ארה"ב ובריטניה לישראל.', "he", D)
    assert all(r for t, a, r in got if t == "COOPERATE")


def test_each_reading_splits_joint_parties_by_its_own_type():
    # the call goes first-named -> other; the agreement reached in it stays joint
    got = coded_tuples("Путин и Эрдоган договорились по телефону провести встречу в Анкаре.", "ru", D)
    assert ("CONSULT", ("RUS",), ("TUR",)) in got, got
    assert ("AGREE", ("RUS", "TUR"), ()) in got, got
