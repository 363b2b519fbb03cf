"""Airlines (entities/airlines.yaml) resolve in four languages to their state, as
business, and a company's act does not make its state a party to a state's dealings."""

import pytest

from detente.events import code_text


@pytest.mark.parametrize(
    "text, lang, actors",
    [
        ("Flydubai and Air Astana suspended their flights to Russia.", "en", ["ARE", "KAZ"]),
        ("Lufthansa halted flights to Tel Aviv until the end of the month.", "en", ["DEU"]),
        ("علقت شركة فلاي دبي الإماراتية رحلاتها إلى روسيا.", "ar", ["ARE"]),
        ("أوقفت الخطوط الجوية التركية رحلاتها إلى طهران.", "ar", ["TUR"]),
        ("חברת אל על השעתה את טיסותיה למוסקבה.", "he", ["ISR"]),
        ("לופטהנזה השעתה את הטיסות לתל אביב.", "he", ["DEU"]),
        ("Авиакомпания Flydubai приостановила рейсы в Россию.", "ru", ["ARE"]),
        ("«Белавиа» приостановила полёты в Вильнюс.", "ru", ["BLR"]),
    ],
)
def test_airline_suspending_flights_is_its_states_business(text, lang, actors):
    events = [e for e in code_text(text, lang, "2025-03-03") if e.event_type == "SANCTION"]
    assert len(events) == 1, [(e.event_type, e.why) for e in events]
    assert sorted({a.country for a in events[0].actor}) == actors
    assert {a.sector for a in events[0].actor if a.sector} == {"BUS"}


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Flydubai suspended its flights to Russia. "
            "Russian air defences fired a missile, officials said.",
            "en",
        ),
        (
            "علقت شركة فلاي دبي الإماراتية رحلاتها إلى روسيا. "
            "وأصيبت الطائرة بصاروخ أطلقته الدفاعات الجوية الروسية.",
            "ar",
        ),
    ],
)
def test_airlines_country_is_not_the_party_russia_deals_with(text, lang):
    # The missile's sentence names no target, and the nearest event with Russia in it is
    # the airline's suspension: a company's act, so the Emirates are not the target.
    events = code_text(text, lang, "2024-12-27")
    strikes = [e for e in events if e.event_type == "ASSAULT"]
    assert strikes and all(a.country == "RUS" for e in strikes for a in e.actor)
    assert all("ARE" not in {r.country for r in e.recipient} for e in strikes)
