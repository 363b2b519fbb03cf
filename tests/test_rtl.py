import re

from shared_data import SEEDS

from detente.normalise import rtl
from detente.normalise.rtl import assess, repair, signals

HE_SEED = (SEEDS / "000_ee65b16fb3b2a586.txt").read_text(encoding="utf-8")
AR_SEED = (SEEDS / "002_a06e4be71bb4080b.txt").read_text(encoding="utf-8")

# Clean Hebrew with loanwords that end in a non-final letter (ג'יפ, סקייפ) and
# abbreviations with gershayim.
CLEAN_HE = (
    "ראש הממשלה נפגש היום בירושלים עם שר החוץ של אזרבייג'ן ודן עמו בשיתוף הפעולה "
    "בתחום האנרגיה. בשיחה, שהתקיימה בלשכת ראש הממשלה, סוכם כי שתי המדינות יקימו צוות "
    "משותף לבחינת פרויקטים בתחומי הגז, הסייבר וההיי-טק.\n"
    "לדברי גורמים מדיניים, השר הגיע לישראל ב-2024 ונסע בג'יפ צבאי לגבול הצפון, ואף קיים "
    'שיחת סקייפ עם עמיתו הטורקי. צה"ל ומשרד הביטחון לא הגיבו לדיווחים, אך בארה"ב '
    "העריכו כי ההסכם ייחתם בתוך חודשים ספורים (כך לפי הדיווח).\n"
)
CLEAN_AR = (
    "التقى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو نظيره الأذربيجاني، وبحث معه "
    "العلاقات الثنائية والوضع في جنوب القوقاز. وقال لافروف إن بلاده مستعدة للتعاون مع "
    "باكو، مثلا في مجال الطاقة، وأضاف أن الحوار لا بديل عنه.\n"
    "وأشار الوزير إلى أن العلاقات مرت بمرحلة صعبة (بعد حادث الطائرة في ديسمبر 2024)، "
    "لكنه أكد أن الجانبين يسعيان إلى تجاوز الخلافات أولا.\n"
)
CLEAN_EN = "Azerbaijan and Russia signed an agreement in Baku (the capital) on 5 May 2024.\n"
CLEAN_RU = "Россия и Азербайджан подписали соглашение в Баку (столице) 5 мая 2024 г.\n"


def _reverse_words(text: str, letters: str) -> str:
    return re.sub(f"[{letters}]{{3,}}", lambda m: m.group()[::-1], text)


def test_hebrew_seed_is_flagged_with_evidence():
    flags = assess(HE_SEED)
    assert len(flags) == 1
    assert flags[0].code == "rtl_broken"
    # Evidence I checked in the seed: line 8 starts with ")עיר", line 38 holds "2014-ב".
    assert "brackets are mirrored" in flags[0].reason
    assert "prefixes follow their number" in flags[0].reason
    assert "chunks" in flags[0].reason


def test_hebrew_seed_signals_include_known_cases():
    counts = signals(HE_SEED).counts
    assert counts["number_prefix"] >= 1  # "2014-ב"
    assert counts["mirrored_bracket"] >= 2  # ")עיר" and "צ׳צ׳ניה("
    assert counts["line_end_prefix"] >= 1  # "... העיר הקזחית אקטאו ב"


def test_arabic_seed_is_not_flagged():
    assert assess(AR_SEED) == []
    assert assess(AR_SEED, "ar") == []


def test_clean_texts_are_not_flagged():
    assert assess(CLEAN_HE) == []
    assert assess(CLEAN_HE, "he") == []
    assert assess(CLEAN_AR, "ar") == []
    assert assess(CLEAN_EN, "en") == []
    assert assess(CLEAN_RU, "ru") == []
    assert assess(CLEAN_EN + CLEAN_HE, "en") == []


def test_reversed_words_are_flagged():
    assert [f.code for f in assess(_reverse_words(CLEAN_HE, "א-ת"))] == ["rtl_broken"]
    assert [f.code for f in assess(_reverse_words(CLEAN_AR, "\u0621-\u064a"))] == ["rtl_broken"]


def test_repair_turns_confidently_reversed_words():
    assert repair("הוא הגיע םויה לירושלים") == "הוא הגיע היום לירושלים"
    assert repair("דובר ץוחה של רוסיה") == "דובר החוץ של רוסיה"
    assert repair("اللغة ةيبرعلا") == "اللغة العربية"
    assert repair("قال مويلا إن") == "قال اليوم إن"
    # A mark stays after its own letter: the fatha on the alif moves with it.
    assert repair("مويلاَ") == "اَليوم"


def test_repair_leaves_clean_text_alone():
    for text in (CLEAN_HE, CLEAN_AR, CLEAN_EN, CLEAN_RU, AR_SEED):
        assert repair(text) == text


def test_repair_keeps_length_and_never_invents_words():
    for clean, letters in ((CLEAN_HE, "א-ת"), (CLEAN_AR, "\u0621-\u064a")):
        broken = _reverse_words(clean, letters)
        fixed = repair(broken)
        assert len(fixed) == len(broken)
        triples = list(zip(clean.split(), broken.split(), fixed.split(), strict=True))
        # Every word is either left as it was or turned back to the original.
        assert all(f in (c, b) for c, b, f in triples)
        assert sum(1 for c, b, f in triples if b != c and f == c) >= 10


def test_repair_does_not_touch_the_glued_chunk_in_the_seed():
    # "ןוקדירוב" is "עליהן"'s final nun glued to "וקדירוב": not a reversed word.
    fixed = repair(HE_SEED)
    assert len(fixed) == len(HE_SEED)
    assert "ןוקדירוב" in fixed
    assert fixed == HE_SEED


# ----------------------------------------------------------------- reading order

# Lines as a broken extraction leaves them (written for these tests): each line's chunks
# in reverse, and one line whose last words ("דרישות פומביות ל") open the sentence.
BROKEN = (
    "שתי  נשיא מצרים עבד אל-פתאח א-סיסי הציב  בתום הפסגה בקהיר,\n\n"
    "ישראל: לפתוח את מעבר רפיח ולהכניס סיוע הומניטרי לרצועה. דרישות פומביות ל\n\n"
    "כשלוש שעות, כך נמסר  הפגישה נמשכה  לדברי גורמים מצריים,\n\n"
    "מיד לדרישות, והדיון  לא נענתה  המשלחת הישראלית\n\n"
    "בימים הקרובים, כך נראה  להיפגש שוב  נמשך. הצדדים צפויים\n\n"
    "בתוך שבוע או שבועיים  מקווים לפתוח את המעבר  המתווכים מקטאר\n"
)


def test_reading_order_puts_chunks_back_and_keeps_every_character():
    text, origin = rtl.reading_order(BROKEN)
    assert len(text) == len(BROKEN) and sorted(origin) == list(range(len(BROKEN)))
    for i, j in enumerate(origin):
        assert text[i] == BROKEN[j] or (BROKEN[j] == "\n" and text[i] == " ")
    assert "בתום הפסגה בקהיר,  נשיא מצרים עבד אל-פתאח א-סיסי הציב  שתי" in text
    # the lone prefix at the line's end is glued back to the word the line opens with
    assert "שתי  דרישות פומביות לישראל: לפתוח את מעבר רפיח" in text
    assert "המשלחת הישראלית  לא נענתה  מיד לדרישות," in text


def test_reading_order_leaves_clean_and_latin_lines_alone():
    clean = "נשיא מצרים הציב שתי דרישות לישראל.\nPutin  met  Aliyev.\n"
    text, origin = rtl.reading_order(clean)
    assert text == clean.replace("\n", " ") and origin == list(range(len(clean)))


def test_broken_document_events_found_in_reading_order():
    from detente.ingest import read_text
    from detente.pipeline import process

    done = process(read_text(BROKEN, "broken.txt"))
    assert [q.code for q in done.document.quality] == ["rtl_broken"]
    found = {
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient)): e
        for e in done.events
    }
    demand = found[("REQUEST", ("EGY",), ("ISR",))]
    # the sentence as read is quoted in the reason ...
    assert "found in reading order (the broken lines' chunks put back): '" in demand.why
    assert "הציב שתי דרישות פומביות לישראל: לפתוח את מעבר רפיח" in demand.why
    # ... while the evidence is the stretch of the document it was read from, as written,
    # and the offsets point into the document as stored
    assert demand.evidence.text == BROKEN[demand.evidence.start : demand.evidence.end]
    assert demand.evidence.start == 0 and "דרישות פומביות ל" in demand.evidence.text
    assert BROKEN[demand.trigger_start : demand.trigger_end] == "דרישות"
    refusal = found[("REJECT", ("ISR",), ("EGY",))]
    assert BROKEN[refusal.trigger_start : refusal.trigger_end] == "לא נענתה"
