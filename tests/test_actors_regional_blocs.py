"""Regional blocs of Africa and the Americas, trade forums and the UN labour agency are in
the base in all four languages: ECOWAS, the OAS, SADC, Mercosur and APEC are IGO, the ILO
is UNO. The OAS's "American" is not the United States. Every text was written for this test
and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples, mentions_of

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("ECOWAS suspended Niger after the coup.", "en", "IGO"),
        ("The Organization of American States condemned the vote.", "en", "IGO"),
        ("The ILO urged Qatar to protect migrant workers.", "en", "UNO"),
        ("הקהילה הכלכלית של מדינות מערב אפריקה השעתה את ניז'ר.", "he", "IGO"),
        ('אקוו"אס השעתה את ניז\'ר.', "he", "IGO"),
        ("ארגון העבודה הבינלאומי קרא לקטאר להגן על העובדים.", "he", "UNO"),
        ("علقت المجموعة الاقتصادية لدول غرب أفريقيا عضوية النيجر.", "ar", "IGO"),
        ("أدانت منظمة الدول الأمريكية الانتخابات.", "ar", "IGO"),
        ("ЭКОВАС приостановило членство Нигера.", "ru", "IGO"),
        ("ОАГ осудила выборы в Венесуэле.", "ru", "IGO"),
    ],
)
def test_a_bloc_resolves_to_its_code(text, lang, code):
    countries = {m.country for m in mentions_of(text, lang, DATE)}
    assert code in countries
    assert "USA" not in countries


def test_a_bloc_suspending_a_member_is_a_sanction():
    assert ("SANCTION", ("IGO",), ("NER",)) in coded_tuples(
        "ECOWAS suspended Niger after the coup.", "en", DATE
    )
