"""Arabic stop phrases, triggers, cues, sector terms and an alias changed in round 20
(data/ar/triggers.yaml, data/ar/grammar.yaml, data/ar/sectors.yaml, data/ar/aliases):
preventing someone from an act (لمنع المحتجين من قطع الطرق، لمنعها من قصف) stops the act; a killing named as the time, the concession or the
cause of another act (إثر/رغم مقتل ... في هجوم، أثار اغتيال ... في هجوم) is a background noun
with no named author and gives no attack, while a background killing with its author named and
a casualty report are still coded; the act a purpose clause is for (لكي تقصف) is hypothetical,
but a protest followed by its purpose is reported; dying of or under torture (توفي نتيجة
التعذيب، لقي حتفه تحت التعذيب) asserts the torture; handing over wanted men with the state
between (سلمت تركيا العراق مطلوبين) is security cooperation; and words that only look like
triggers name no act: celebrating in the streets, a rank (احتلت المرتبة), a political
bombshell, sparking a crisis (فجرت أزمة), a student (طالب فلسطيني), a parcel (طرد مشبوه), a
political manoeuvre, rallying voters (حشدت أنصارها), a constitutional deadline, hastening steps
(حثت الخطى), teams meeting in a match, a legal challenge (طعنت في نتائج الانتخابات), verbal
clashes and legal battles, keeping silent (اعتصم بالصمت), pilgrims visiting a city, floods
raiding villages, an epidemic sweeping a region, a fire brought under control, a team leaving
a tournament, adherence (التمسك), caution (توخي الحذر), the names "اللقاء الديمقراطي" and "حزب
الدعوة", peace advocates (دعاة السلام), and the preposition "أمام" (in front of), no longer
read as "إمام" (an imam), and "وفاة" (death), no longer read as the agency "وفا" with a pronoun
(data/ar/aliases/organisations.yaml).
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, mentions_of

DATE = "2025-03-03"

_coder = Coder("ar", DATE)
happened, types, tuples, modalities = _coder.happened, _coder.types, _coder.tuples, _coder.modalities


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # an act someone was prevented from doing did not take place
        ("عززت الشرطة الفرنسية انتشارها لمنع المحتجين من قطع الطرق المؤدية إلى باريس.", "PROTEST"),
        ("ضغطت الولايات المتحدة على إسرائيل لمنعها من قصف المنشآت النووية الإيرانية.", "ASSAULT"),
        # a killing in an attack as the concession, the time or the cause of what is reported
        ("قال الرئيس الفرنسي إن بلاده لن تنسحب من مالي رغم مقتل جنديين فرنسيين في هجوم انتحاري.", "ASSAULT"),
        ("دعت الحكومة الأردنية إلى ضبط النفس غداة مقتل ثلاثة جنود أردنيين في هجوم على الحدود.", "ASSAULT"),
        ("وأثار اغتيال المعارض التونسي في هجوم مسلح أمام منزله موجة من الاحتجاجات.", "ASSAULT"),
        # celebrations, ranks, bombshells and crises sparked
        ("خرج آلاف المغاربة إلى الشوارع للاحتفال بفوز المنتخب.", "PROTEST"),
        ("احتلت قطر المرتبة الأولى عربيا في مؤشر السلام العالمي.", "COERCE"),
        ("فجرت الوزيرة الأردنية قنبلة سياسية بإعلان استقالتها.", "ASSAULT"),
        ("فجرت تصريحات الوزير الإسرائيلي أزمة دبلوماسية مع الأردن.", "ASSAULT"),
        # homographs: a student, a parcel, a manoeuvre, voters, a legal deadline, steps, a match
        ("قتل طالب فلسطيني برصاص الجيش الإسرائيلي في نابلس.", "REQUEST"),
        ("عثرت الشرطة المصرية على طرد مشبوه قرب السفارة البريطانية في القاهرة.", "SANCTION"),
        ("وصف المحللون الخطوة بأنها مناورة سياسية من الرئيس التركي.", "MOBILIZE"),
        ("حشدت الأحزاب الجزائرية أنصارها للانتخابات.", "MOBILIZE"),
        ("انتهت المهلة الدستورية لتشكيل الحكومة العراقية.", "THREATEN"),
        ("حثت الحكومة السعودية الخطى نحو تنويع الاقتصاد.", "REQUEST"),
        ("يلتقي الأهلي المصري والوداد المغربي في لقاء حاسم بنهائي دوري أبطال إفريقيا.", "CONSULT"),
        # a legal challenge, a verbal clash, a legal battle, silence, pilgrims
        ("طعنت المعارضة الجزائرية في نتائج الانتخابات أمام المجلس الدستوري.", "ASSAULT"),
        ("بعد اشتباك كلامي في البرلمان العراقي، خاض الحزبان معارك قضائية طويلة.", "ASSAULT"),
        ("اعتصم الوزير اللبناني بالصمت إزاء الاتهامات.", "PROTEST"),
        ("زار آلاف الحجاج الإيرانيين مدينة كربلاء العراقية.", "CONSULT"),
        # floods, an epidemic, a fire brought under control, a team leaving a tournament
        ("داهمت السيول قرى في جنوب اليمن.", "COERCE"),
        ("اجتاح وباء كورونا دول الخليج.", "ASSAULT"),
        ("سيطرت فرق الدفاع المدني الأردنية على الحريق في المصنع.", "COERCE"),
        ("انسحب المنتخب الإيراني من البطولة الآسيوية.", "RETREAT"),
        # adherence (التمسك, read as التمس + ك) and caution (الحذر, read as حذر with the article)
        ("أكد الحريري التمسك بالمحكمة الدولية.", "REQUEST"),
        ("وحث كرزاي القوات الغربية مرارا على توخي الحذر لتفادي سقوط قتلى بين المدنيين.", "THREATEN"),
        # a parliamentary bloc, a party and advocates named: no meeting, no request
        ("شارك نواب من اللقاء الديمقراطي وحزب الدعوة ودعاة السلام في ندوة ببيروت.", "CONSULT"),
        ("شارك نواب من اللقاء الديمقراطي وحزب الدعوة ودعاة السلام في ندوة ببيروت.", "REQUEST"),
    ],
)
def test_round20_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round20_purpose_is_hypothetical():
    sentence = "نشرت روسيا مقاتلات في قاعدة حميميم لكي تقصف مواقع المعارضة السورية."
    assert modalities(sentence, "ASSAULT") == {"hypothetical"}
    assert not happened(sentence, "ASSAULT")
    # the deployment itself is reported
    assert happened(sentence, "MOBILIZE")


def test_round20_amam_is_no_imam_and_death_no_agency():
    # "أمام" (in front of) is no imam of the country, "وفاة" (death) no WAFA news agency
    sentence = "تظاهر مئات الطلاب أمام البرلمان العراقي في بغداد احتجاجا على وفاة زميلهم."
    texts = {m.raw_text for m in mentions_of(sentence, "ar")}
    assert "أمام" not in texts
    assert "وفاة" not in texts


@pytest.mark.parametrize(
    "sentence, want",
    [
        # death from torture: the victims' state, no named torturer
        ("توفي ثلاثة معتقلين فلسطينيين نتيجة التعذيب في سجن إسرائيلي.", ("ASSAULT", (), ("PSE",))),
        ("لقي معتقل مصري حتفه تحت التعذيب في أحد السجون.", ("ASSAULT", (), ("EGY",))),
        # handing over wanted men, the state between verb and object
        ("سلمت تركيا العراق عشرة مطلوبين.", ("COOPERATE", ("TUR",), ("IRQ",))),
        # the student arrested is the recipient of the arrest, not of a demand
        ("اعتقلت الشرطة الإيرانية طالبا جامعيا فرنسيا في طهران.", ("COERCE", ("IRN",), ("FRA",))),
        # controls: what the stop phrases leave coded
        ("تصاعد التوتر بعد اغتيال هنية على يد إسرائيل في طهران.", ("ASSAULT", ("ISR",), ("PSE",))),
        ("منعت إسرائيل الصحفيين الأجانب من دخول قطاع غزة.", ("COERCE", ("ISR",), ("PSE",))),
        ("احتلت القوات الروسية مدينة باخموت بعد معارك طويلة.", ("COERCE", ("RUS",), ("UKR",))),
        ("دعت الحكومة الأردنية إلى ضبط النفس غداة مقتل ثلاثة جنود أردنيين في هجوم على الحدود.", ("REQUEST", ("JOR",), ())),
        ("طالب الرئيس الفلسطيني إسرائيل بوقف الاستيطان.", ("REQUEST", ("PSE",), ("ISR",))),
        ("طعن مسلح فلسطيني جنديا إسرائيليا في القدس.", ("ASSAULT", ("PSE",), ("ISR",))),
    ],
)
def test_round20_coded(sentence, want):
    assert want in tuples(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a protest for a purpose, a protest in the streets
        ("نظم العمال إضرابا عاما لكي يضغطوا على الحكومة.", "PROTEST"),
        ("خرج آلاف اللبنانيين إلى الشوارع للاحتجاج على الضرائب.", "PROTEST"),
    ],
)
def test_round20_happened(sentence, etype):
    assert happened(sentence, etype)
