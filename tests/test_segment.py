
import pytest
from shared_data import SEEDS

from detente.segment import segment, segment_sentences

HE_SEED = (SEEDS / "000_ee65b16fb3b2a586.txt").read_text(encoding="utf-8")
AR_SEED = (SEEDS / "002_a06e4be71bb4080b.txt").read_text(encoding="utf-8")

EN = (
    "Talks in Geneva\n\n"
    "GENEVA, March 3 (Reuters) - Mr. Smith and Dr. Jones met U.S. officials on Jan. 5 "
    "to discuss the plan. The deal, worth $3.5 billion, lapsed on 25.12.2024. "
    "See https://example.com/a.b/c.html for details.\n"
    "V. Putin said nothing. Did they agree? No!\n"
    "- First point without a full stop\n"
    "- Second point\n"
    "1. Numbered item.\n"
)
RU = (
    "Переговоры в Москве\n"
    "В. Путин встретился с И. Алиевым в 2024 г. Стороны обсудили торговлю, энергетику "
    "и т.д. Затем, т.е. после обеда, министры подписали соглашение на 3,5 млрд. руб. "
    "Встреча прошла на ул. Ильинка."
)
HE = (
    "השיחות בירושלים\n"
    'ראש הממשלה נפגש עם שר החוץ של ארה"ב. צה"ל לא הגיב! האם ייחתם הסכם? '
    "לדברי הדובר, ההסכם ייחתם ב-2025.\n"
    "- סעיף ראשון\n"
    "- סעיף שני\n"
)
AR = (
    "المحادثات في موسكو\n"
    "قال د. محمد إن الاجتماع كان مثمرا. هل توصل الطرفان إلى اتفاق؟ لم يعلن ذلك بعد۔ "
    "وأضاف أن المفاوضات ستستمر."
)
WRAPPED = (
    "The minister said on Tuesday that the negotiations between the two\n"
    "governments had reached a critical stage and that a final agreement\n"
    "could be signed before the end of the month. He added that the\n"
    "question of the border was still open.\n"
    "\n"
    "A second paragraph starts here and it is also wrapped over several\n"
    "lines of similar length so that the segmenter must join them.\n"
)


def _texts(text, lang=None):
    return [text[a:b] for a, b in segment(text, lang)]


def _check_integrity(text, spans):
    prev_end = 0
    for a, b in spans:
        assert prev_end <= a < b <= len(text)
        s = text[a:b]
        assert s == s.strip()
        prev_end = b
    # Nothing but whitespace is left outside the spans.
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)


@pytest.mark.parametrize(
    ("text", "lang"),
    [(HE_SEED, "he"), (AR_SEED, "ar"), (HE_SEED, None), (EN, "en"), (RU, "ru"), (HE, "he"),
     (AR, "ar"), (WRAPPED, "en")],
)  # fmt: skip
def test_span_integrity(text, lang):
    _check_integrity(text, segment(text, lang))
    sentences = segment_sentences(text, "doc", lang)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_english():
    assert _texts(EN, "en") == [
        "Talks in Geneva",
        "GENEVA, March 3 (Reuters) - Mr. Smith and Dr. Jones met U.S. officials on Jan. 5 "
        "to discuss the plan.",
        "The deal, worth $3.5 billion, lapsed on 25.12.2024.",
        "See https://example.com/a.b/c.html for details.",
        "V. Putin said nothing.",
        "Did they agree?",
        "No!",
        "- First point without a full stop",
        "- Second point",
        "1. Numbered item.",
    ]


def test_russian():
    assert _texts(RU, "ru") == [
        "Переговоры в Москве",
        "В. Путин встретился с И. Алиевым в 2024 г.",
        "Стороны обсудили торговлю, энергетику и т.д.",
        "Затем, т.е. после обеда, министры подписали соглашение на 3,5 млрд. руб.",
        "Встреча прошла на ул. Ильинка.",
    ]


def test_hebrew():
    assert _texts(HE, "he") == [
        "השיחות בירושלים",
        'ראש הממשלה נפגש עם שר החוץ של ארה"ב.',
        'צה"ל לא הגיב!',
        "האם ייחתם הסכם?",
        "לדברי הדובר, ההסכם ייחתם ב-2025.",
        "- סעיף ראשון",
        "- סעיף שני",
    ]


def test_arabic():
    assert _texts(AR, "ar") == [
        "المحادثات في موسكو",
        "قال د. محمد إن الاجتماع كان مثمرا.",
        "هل توصل الطرفان إلى اتفاق؟",
        "لم يعلن ذلك بعد۔",
        "وأضاف أن المفاوضات ستستمر.",
    ]


def test_wrapped_paragraphs_are_joined():
    assert _texts(WRAPPED, "en") == [
        "The minister said on Tuesday that the negotiations between the two\n"
        "governments had reached a critical stage and that a final agreement\n"
        "could be signed before the end of the month.",
        "He added that the\nquestion of the border was still open.",
        "A second paragraph starts here and it is also wrapped over several\n"
        "lines of similar length so that the segmenter must join them.",
    ]


def test_blank_line_ends_a_sentence_in_ordinary_text():
    text = "Short heading\n\nA paragraph that has no full stop\n\nAnother one."
    assert _texts(text) == ["Short heading", "A paragraph that has no full stop", "Another one."]


def test_long_run_on_is_split_at_commas():
    text = ", ".join(["the quick brown fox jumps over the lazy dog"] * 40)
    spans = segment(text)
    _check_integrity(text, spans)
    assert len(spans) > 1
    assert all(b - a <= 600 for a, b in spans)
    # Each cut falls just after a comma.
    assert all(text[a - 2] == "," for a, _ in spans[1:])


def test_arabic_seed():
    sentences = _texts(AR_SEED, "ar")
    # 28 lines; by eye, 8 of them hold two sentences each.
    assert len(sentences) == 36
    assert sentences[0] == "أسباب توتر العلاقات بين روسيا وأذربيجان في الفترة الأخيرة لعدة أسباب:"
    assert sentences[1] == "- حادث إسقاط الطائرة الأذربيجانية (ديسمبر 2024):"
    assert "تحولات إقليمية ودولية" in sentences  # heading line
    assert "هل توصلت روسيا وأذربيجان إلى اتفاق؟" in sentences
    assert "ومع ذلك:" in sentences
    assert sentences[-1] == "المصدر: الجزيرة + وكالة الأناضول + بي بي سي"


def test_hebrew_seed():
    spans = segment(HE_SEED, "he")
    sentences = [HE_SEED[a:b] for a, b in spans]
    # The seed puts an empty line after every PDF line; those lines are joined, so there
    # are far fewer sentences than its 121 lines.
    assert 40 <= len(sentences) <= 90
    assert all(len(s) <= 600 for s in sentences)
    # Footnote URLs stand alone.
    assert "https://euvsdisinfo.eu/mh17-ten-years-of-russian-lying-and-denying/" in sentences
    assert not any("https://" in s and not s.startswith("https://") for s in sentences)
    # A sentence wrapped over two PDF lines comes out whole.
    assert any(s.endswith("רוסיה \n\n שחקנים אחרים תופסים את מקומה.") for s in sentences)


def test_segment_sentences_languages():
    text = "ראש הממשלה נפגש עם נשיא רוסיה. Putin spoke.\nכן."
    sentences = segment_sentences(text, "d1")
    assert [(s.text, s.language) for s in sentences] == [
        ("ראש הממשלה נפגש עם נשיא רוסיה.", "he"),
        ("Putin spoke.", "en"),  # another script: detected even though short
        ("כן.", "he"),
    ]
    assert all(s.doc_id == "d1" for s in sentences)
    assert [s.language for s in segment_sentences(text, "d1", "he", detect=False)] == ["he"] * 3


def test_empty_text():
    assert segment("") == []
    assert segment(" \n\n ") == []
    assert segment_sentences("", "d") == []
