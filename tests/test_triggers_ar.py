"""Arabic trigger and cue lexicons (data/ar/triggers.yaml, grammar.yaml) through the real matcher.

All sentences are written for these tests.
"""

import pytest

from detente.events.lexicon import lexicon

CONFLICT = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"} | CONFLICT


def _triggers(sentence):
    """(span, spec) of each trigger as the coder reads it: a gapped phrase ("نظمت * مظاهرة")
    spans up to its last part; stop phrases (type NONE) and unverified gapped phrases drop out."""
    from detente.events import _choose_spec
    from detente.mentions import tokenize
    from detente.normalise import normalise

    lex = lexicon("ar")
    norm = normalise(sentence, "ar")
    tokens = tokenize(norm.text)
    out = []
    for m in lex.triggers.match_tokens(norm, tokens, "ar"):
        chosen = _choose_spec(m, norm, tokens, "ar", int(lex.grammar.get("max_gap", 3)))
        if chosen is not None and chosen[0].event_type != "NONE":
            out.append((sentence[m.start : chosen[1]], chosen[0]))
    return out


def _cues(sentence):
    return [(sentence[m.start : m.end], set(m.payloads)) for m in lexicon("ar").cues.match(sentence, "ar")]


# (sentence, word that must be (inside) the trigger span, PLOVER type, mode or None)
POSITIVE = [
    # ASSAULT: shoot-downs, strikes, shelling, attacks, clashes, casualties
    ("أسقط الجيش الروسي طائرة مسيرة أوكرانية فوق بيلغورود", "أسقط", "ASSAULT", "aerial"),
    ("أعلنت طهران أن دفاعاتها الجوية أسقطت الطائرة عن طريق الخطأ", "أسقطت", "ASSAULT", "aerial"),
    ("وتحدث التقرير عن إسقاط الطائرة الأذربيجانية فوق غروزني", "إسقاط الطائرة", "ASSAULT", "aerial"),
    ("تم إسقاط الطائرة من قبل الدفاعات الجوية الروسية", "تم إسقاط", "ASSAULT", "aerial"),
    ("شنت إسرائيل غارات جوية على جنوب لبنان", "غارات جوية", "ASSAULT", "aerial"),
    ("وقتل ثلاثة مدنيين في غارة على مخيم النصيرات", "غارة", "ASSAULT", "aerial"),
    ("قصفت الطائرات الروسية مواقع للمعارضة في إدلب", "قصفت", "ASSAULT", "aerial"),
    ("وتواصل القوات السودانية قصفها للأحياء السكنية", "قصفها", "ASSAULT", "aerial"),
    ("قصفت المدفعية الإسرائيلية بلدات حدودية", "قصفت المدفعية", "ASSAULT", "shelling"),
    ("هاجمت جماعة الحوثي سفينة تجارية في البحر الأحمر", "هاجمت", "ASSAULT", "firearms"),
    ("استهدفت مسيرة إسرائيلية سيارة في مدينة صور", "استهدفت", "ASSAULT", "drone"),
    ("واندلعت اشتباكات عنيفة بين الجيش والمسلحين في الفاشر", "اشتباكات", "ASSAULT", "firearms"),
    ("وأسفر الهجوم عن سقوط عشرات الجرحى", "الهجوم", "ASSAULT", "firearms"),
    ("أعلنت السلطات المحلية مقتل 38 شخصا في القصف", "مقتل", "ASSAULT", "kill"),
    ("وقتل جنديان برصاص قناصة عند الحاجز", "قتل", "ASSAULT", "kill"),
    ("ورصد الجيش إطلاق صواريخ من جنوب لبنان", "إطلاق صواريخ", "ASSAULT", "missile"),
    ("وأكد الجيش اغتيال قيادي بارز في الحركة", "اغتيال", "ASSAULT", "assassinate"),
    # COERCE
    ("اعتقلت الشرطة الأذربيجانية مواطنين روسا في باكو", "اعتقلت", "COERCE", "arrest"),
    ("وأدانت منظمات حقوقية اعتقال الصحفي في طهران", "اعتقال", "COERCE", "arrest"),
    ("وقالت الشرطة إنه تم اعتقال ثلاثة مشتبه بهم", "تم اعتقال", "COERCE", "arrest"),
    ("وأكدت الأسرة احتجاز ابنها في مطار القاهرة", "احتجاز", "COERCE", "arrest"),
    ("وأعلن الأمن العام توقيف شخصين في بيروت", "توقيف", "COERCE", "arrest"),
    ("داهمت قوات الأمن مكاتب وكالة سبوتنيك في باكو", "داهمت", "COERCE", "raid"),
    ("ونفذ الجيش الإسرائيلي مداهمات في مدينة جنين", "مداهمات", "COERCE", "raid"),
    ("سجنت السلطات الإيرانية صحفيا بريطانيا", "سجنت", "COERCE", "imprison"),
    ("وصدر حكم بالسجن عشر سنوات على المعارض", "بالسجن", "COERCE", "imprison"),
    # SANCTION
    ("ألغت موسكو زيارة الوفد الأذربيجاني", "ألغت", "SANCTION", "cancel"),
    ("وقررت الحكومة إلغاء الاتفاقية الثقافية مع روسيا", "إلغاء", "SANCTION", "cancel"),
    ("أعلنت شركة الطيران تعليق الرحلات إلى موسكو", "تعليق الرحلات", "SANCTION", "suspend"),
    ("وعلقت الرحلات بين البلدين حتى إشعار آخر", "علقت الرحلات", "SANCTION", "suspend"),
    ("فرضت الولايات المتحدة عقوبات على شركات إيرانية", "عقوبات", "SANCTION", "economic"),
    ("وطردت فرنسا دبلوماسيين روسا", "طردت", "SANCTION", "expel"),

    # REQUEST, ACCUSE, REJECT, THREATEN
    # summoning an envoy is a protest to the envoy's state (eval/README.md)
    ("استدعت الخارجية المغربية السفير الجزائري", "استدعت", "ACCUSE", "disapprove"),
    ("طالب الرئيس الأذربيجاني روسيا بالاعتذار", "طالب", "REQUEST", "demand"),
    ("وطالبت باكو بمعاقبة المسؤولين عن الحادث", "طالبت", "REQUEST", "demand"),
    ("وجددت أذربيجان مطالبتها بتعويضات", "مطالبتها", "REQUEST", "demand"),
    ("وقدمت الحكومة مطالب واضحة إلى موسكو", "مطالب", "REQUEST", "demand"),
    ("دعت الأمم المتحدة إلى وقف فوري لإطلاق النار", "دعت", "REQUEST", "appeal"),
    ("اتهمت روسيا أوكرانيا بتنفيذ الهجوم", "اتهمت", "ACCUSE", "accuse"),
    ("ونفت كييف الاتهام الروسي جملة وتفصيلا", "الاتهام", "ACCUSE", "accuse"),
    ("وأصبحت الشركة متهمة بتهريب الأسلحة", "متهمة", "ACCUSE", "accuse"),
    ("أدانت الجامعة العربية الهجوم على المستشفى", "أدانت", "ACCUSE", "criticize"),
    ("رفضت إيران الاتهامات الأمريكية", "رفضت", "REJECT", "reject"),
    ("ونفت موسكو أي علاقة لها بالحادث", "نفت", "REJECT", "deny"),
    ("هددت إسرائيل بالرد على الهجوم الإيراني", "هددت", "THREATEN", "military"),
    ("ووجه الحرس الثوري تهديدا مباشرا إلى واشنطن", "تهديدا", "THREATEN", "military"),
    # PROTEST
    ("تظاهر الآلاف أمام السفارة الإسرائيلية في عمان", "تظاهر", "PROTEST", "demonstrate"),
    ("وخرجت مظاهرات في عدة مدن أردنية", "مظاهرات", "PROTEST", "demonstrate"),
    ("ونظمت النقابات مظاهرة أمام مقر الحكومة", "مظاهرة", "PROTEST", "demonstrate"),
    ("وتجددت الاحتجاجات في العاصمة لليوم الثالث", "الاحتجاجات", "PROTEST", "demonstrate"),
    ("وتجمع مئات المتظاهرين أمام مبنى البرلمان", "المتظاهرين", "PROTEST", "demonstrate"),
    ("واحتشد المحتجون في الساحة الرئيسية للمدينة", "المحتجون", "PROTEST", "demonstrate"),
    ("واندلعت أمس احتجاجات غاضبة في مدن الجنوب", "احتجاجات", "PROTEST", "demonstrate"),
    ("وشارك الآلاف في مظاهرة حاشدة وسط العاصمة", "مظاهرة", "PROTEST", "demonstrate"),
    ("وسيتظاهر العمال غدا أمام وزارة العمل", "وسيتظاهر", "PROTEST", "demonstrate"),
    ("ونفذ الطلاب اعتصاما أمام مبنى الجامعة", "اعتصاما", "PROTEST", "demonstrate"),
    ("وأعلن المعلمون إضرابا عاما عن العمل", "إضرابا", "PROTEST", None),
    # MOBILIZE
    ("وبدأت روسيا حشد قوات على الحدود الشمالية", "حشد قوات", "MOBILIZE", "troops"),
    ("وأكد البنتاغون نشر قوات إضافية في المنطقة", "نشر قوات", "MOBILIZE", "troops"),
    ("أعلنت الحكومة حالة التأهب القصوى", "حالة التأهب", "MOBILIZE", "alert"),
    # cooperation side
    ("اعتذر الكرملين لأذربيجان عن الحادث", "اعتذر", "SUPPORT", "apologize"),
    ("وقدم بوتين اعتذارا للرئيس علييف", "اعتذارا", "SUPPORT", "apologize"),
    ("وأعرب الوزير عن أسفه لسقوط ضحايا مدنيين", "عن أسفه", "SUPPORT", "apologize"),
    ("أفرجت حماس عن ثلاثة رهائن", "أفرجت", "RETREAT", "release"),
    ("زاروا المنطقة المنكوبة برفقة المحافظ", "زاروا", "CONSULT", "visit"),
    ("يزور وزير الخارجية التركي القاهرة الأحد", "يزور", "CONSULT", "visit"),
    ("وتأتي زيارته في إطار تحسين العلاقات", "زيارته", "CONSULT", "visit"),
    ("التقى الرئيس المصري نظيره الفرنسي في باريس", "التقى", "CONSULT", "meet"),
    ("وأجرى أردوغان اتصالا هاتفيا مع بوتين", "اتصالا هاتفيا", "CONSULT", "phone"),
    ("وبدأت مباحثات بين الوفدين في الدوحة", "مباحثات", "CONSULT", None),
    ("تتوسط قطر بين إسرائيل وحماس", "تتوسط", "CONSULT", "mediate"),
    ("وأشاد الطرفان بالوساطة المصرية", "الوساطة", "CONSULT", "mediate"),
    ("أعلنت الولايات المتحدة التوصل إلى وقف إطلاق النار في لبنان", "التوصل إلى وقف", "AGREE", "ceasefire"),
    ("دخل وقف إطلاق النار حيز التنفيذ فجر اليوم", "وقف إطلاق النار", "RETREAT", "ceasefire"),
    ("ووافقت الحكومة الإسرائيلية على اتفاق التبادل", "وافقت", "AGREE", None),
    ("وقعت مصر والأردن أمس مذكرة تفاهم للطاقة", "مذكرة", "AGREE", "agreement"),
    ("وقطعت البحرين والإمارات علاقاتها الدبلوماسية مع إيران", "علاقاتها", "SANCTION", "diplomatic"),
    ("علقت شركة الطيران جميع رحلاتها إلى بيروت", "رحلاتها", "SANCTION", "suspend"),
    ("فرضت واشنطن ولندن أمس عقوبات على مسؤولين إيرانيين", "عقوبات", "SANCTION", "economic"),
    ("ونشرت روسيا على الحدود قوات إضافية", "قوات", "MOBILIZE", "troops"),
    ("أصدرت المحكمة مذكرة اعتقال بحق الرئيس السابق", "مذكرة اعتقال", "ACCUSE", "sue"),
    ("ورضخت الحكومة لمطالب المحتجين", "ورضخت", "CONCEDE", "yield"),
    ("وأقرت الوزارة بمسؤوليتها عن الخطأ", "بمسؤوليتها", "CONCEDE", "yield"),
    ("اختطف مسلحون مجهولون مهندسين أجانب قرب الحدود", "اختطف", "ASSAULT", None),
    ("وانفجرت سيارة مفخخة قرب مركز للشرطة", "سيارة", "ASSAULT", "bombing"),
    ("وقتل خمسة جنود في هجوم انتحاري على قاعدتهم", "في هجوم انتحاري", "ASSAULT", "bombing"),
    ("وأطلقت الفصائل مساء أمس صواريخ على المستوطنات", "صواريخ", "ASSAULT", "missile"),
    ("ودخلت الهدنة حيز التنفيذ صباح الخميس", "الهدنة", "RETREAT", "ceasefire"),
    ("أرسلت السعودية مساعدات إنسانية إلى السودان", "مساعدات إنسانية", "AID", "humanitarian"),
    ("ووصلت المساعدات إلى معبر رفح", "المساعدات", "AID", "humanitarian"),
    ("وانسحبت القوات الإسرائيلية من البلدة", "انسحبت", "RETREAT", "withdraw"),
    ("أجرت الصين وروسيا مناورات بحرية مشتركة", "مناورات", None, None),
]


@pytest.mark.parametrize("sentence,word,etype,mode", POSITIVE)
def test_trigger_found(sentence, word, etype, mode):
    found = _triggers(sentence)
    hits = [spec for span, spec in found if word in span or span in word]
    assert hits, f"no trigger at {word!r} in {sentence!r}: {found}"
    if etype is not None:
        assert any(s.event_type == etype for s in hits), found
    if mode is not None:
        assert any(s.event_type == etype and s.mode == mode for s in hits), found


def test_enough_sentences():
    assert len(POSITIVE) >= 40 and len(NO_EVENT) >= 15


def test_every_type_has_triggers():
    from detente.resources import load_yaml

    # NONE: stop phrases; SAME: "حذت حذوها", the type of the act it repeats
    assert {entry["type"] for entry in load_yaml("ar/triggers.yaml")} - {"NONE", "SAME"} == PLOVER
    assert lexicon("ar").n_triggers > 1000


def test_modes_are_plover_modes():
    from detente.resources import load_yaml

    table = load_yaml("plover.yaml")["types"]
    for entry in load_yaml("ar/triggers.yaml"):
        if entry["type"] in ("NONE", "SAME"):
            continue
        assert entry["type"] in table
        if entry.get("mode") is not None:
            assert entry["mode"] in table[entry["type"]]["modes"], entry


def test_passive_and_agent_forms():
    spec = dict(_triggers("تم إسقاط الطائرة من قبل الدفاعات الجوية"))["تم إسقاط"]
    assert spec.passive
    spec = dict(_triggers("وقتل جنديان برصاص قناصة"))["قتل"]
    assert spec.passive and spec.needs_actor
    spec = dict(_triggers("أعلنت السلطات مقتل 38 شخصا"))["مقتل"]
    assert spec.needs_actor
    spec = dict(_triggers("وخرجت مظاهرات في عدة مدن"))["خرجت مظاهرات"]
    assert not spec.needs_actor


def test_governing_verbs():
    for sentence, word in [("طالبت باكو بالاعتذار", "طالبت"), ("اتهمت روسيا أوكرانيا", "اتهمت"),
                           ("هددت إيران بالرد", "هددت"), ("دعت مصر إلى التهدئة", "دعت")]:
        assert dict(_triggers(sentence))[word].governs


def test_longest_phrase_wins():
    # "طائرات مسيرة" is a drone, not a march; a ceasefire is not a shooting
    found = _triggers("أعلن الطرفان وقف إطلاق النار بعد هجوم بطائرات مسيرة")
    types = [(span, s.event_type, s.mode) for span, s in found]
    assert ("وقف إطلاق النار", "RETREAT", "ceasefire") in types
    assert ("هجوم بطائرات مسيرة", "ASSAULT", "drone") in types
    assert not any(s.event_type == "PROTEST" for _, s in found)
    found = _triggers("ووقعت اشتباكات مع الشرطة في وسط المدينة")
    assert any(s.event_type == "PROTEST" and s.mode == "riot" for _, s in found)
    found = _triggers("وقدمت الخارجية احتجاجا رسميا إلى السفير")
    assert any(s.event_type == "ACCUSE" for _, s in found)


NO_EVENT = [
    "فاز المنتخب المغربي على نظيره الجزائري بهدفين دون رد في المباراة النهائية",
    "سجل اللاعب هدفا رائعا في الدقيقة الأخيرة من الشوط الثاني",
    "ارتفعت أسعار النفط بنسبة ثلاثة في المئة يوم الاثنين",
    "ضرب زلزال بقوة ست درجات جنوب تركيا فجر اليوم",
    "ضربت الأزمة الاقتصادية قطاع السياحة بشدة هذا العام",
    "تصدت الدفاعات الجوية السورية لأهداف معادية فوق دمشق",
    "أعلنت وزارة الدفاع الأمريكية تعيين متحدث جديد باسمها",
    "قالت وزارة الصحة إن الحادث لم يسفر عن أي إصابات",
    "توقعت الأرصاد الجوية هطول أمطار غزيرة على المناطق الساحلية",
    "نشرت الصحيفة مقالا مطولا عن تاريخ المدينة القديمة",
    "يرى الكاتب أن السياسة الخارجية للبلاد تحتاج إلى مراجعة شاملة",
    "وجاء ذلك في البيان الصادر عن وزارة الخارجية مساء الأحد",
    "ارتفع عدد مستخدمي مواقع التواصل الاجتماعي في المنطقة",
    "انخفضت درجات الحرارة فجر اليوم في معظم المناطق",
    "وهناك حاجة ماسة إلى تطوير البنية التحتية في الريف",
    "أطلقت الحكومة حملة لتشجيع السياحة الداخلية",
    "رسم الفنان لوحة كبيرة تصور مدينة القدس",
    "تراجع سعر صرف الجنيه أمام الدولار في التعاملات الصباحية",
    "افتتح وزير الثقافة معرضا للكتاب في العاصمة",
    "دفعت الأسر ثمنا باهظا لارتفاع أسعار الغذاء",
    "اجتمع أعضاء النادي لانتخاب مجلس إدارة جديد",  # a meeting, but not a conflict
    "عاد اللاعب إلى التدريبات بعد تعافيه من الإصابة",
]


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_no_conflict_trigger(sentence):
    found = _triggers(sentence)
    assert not [(span, s.event_type) for span, s in found if s.event_type in CONFLICT], found


@pytest.mark.parametrize("sentence", NO_EVENT[:20])
def test_no_trigger_at_all(sentence):
    assert _triggers(sentence) == []


def test_sector_words_are_not_triggers():
    for s in ["وزارة الدفاع", "الدفاعات الجوية", "وزارتي الخارجية والدفاع", "حادث سير", "الأمم المتحدة"]:
        assert _triggers(s) == [], s


# -- cues -------------------------------------------------------------------------------------------
def _cat(sentence, word):
    return set().union(*[cats for span, cats in _cues(sentence) if span == word] or [set()])


def test_negation_cues():
    assert "negation" in _cat("لم تقصف إسرائيل المدينة", "لم")
    assert "negation" in _cat("ولم تعتقل الشرطة أحدا", "ولم")
    assert "negation" in _cat("لن تفرض الحكومة عقوبات جديدة", "لن")
    assert "negation" in _cat("أعلنت عدم مشاركتها في المناورات", "عدم")
    assert "negation" in _cat("انتهى الاجتماع دون اتفاق", "دون")


def test_hypothetical_cues():
    assert "hypothetical" in _cat("قد يكون الهجوم ردا على الاغتيال", "قد يكون")
    assert "hypothetical" in _cat("ربما تفرض واشنطن عقوبات", "ربما")
    assert "hypothetical" in _cat("تعتزم فرنسا إرسال قوات", "تعتزم")
    assert "hypothetical" in _cat("وإذا هاجمت إيران فسترد إسرائيل", "وإذا")
    assert "hypothetical" in _cat("من المحتمل أن تنسحب القوات", "من المحتمل")
    # past-perfect "كانت ... قد" and the complementiser "إن/أن" are not hypothetical
    assert not any("hypothetical" in c for _, c in _cues("وكانت روسيا قد أسقطت الطائرة"))
    assert not any("hypothetical" in c for _, c in _cues("وقال الوزير إن روسيا أسقطت الطائرة"))


def test_future_and_reported_cues():
    assert "future" in _cat("من المقرر أن يزور الرئيس موسكو", "من المقرر")
    assert "future" in _cat("سوف تفرض أوروبا عقوبات", "سوف")
    assert "reported" in _cat("وفقا لمصادر محلية قصفت الطائرات القرية", "وفقا")
    assert "reported" in _cat("وبحسب الإعلام الرسمي اعتقلت الشرطة ثلاثة", "بحسب")
    assert "reported" in _cat("زعمت موسكو أن كييف هاجمت المحطة", "زعمت")
    assert "reported" in _cat("أفادت وكالة الأنباء باعتقال صحفيين", "أفادت")
    assert "reported" in _cat("ونقلا عن شهود فإن الجيش داهم القرية", "نقلا عن")


def test_role_cues():
    assert "agent_markers" in _cat("تم إسقاط الطائرة من قبل الدفاعات الروسية", "من قبل")
    assert "agent_markers" in _cat("قتل الصحفي على يد مسلحين", "على يد")
    assert "agent_markers" in _cat("أصيب شاب برصاص الجيش", "برصاص")
    assert "passive_auxiliaries" in _cat("تم اعتقال المشتبه به", "تم")
    assert "recipient_markers" in _cat("فرضت عقوبات ضد روسيا", "ضد")
    assert "coordinators" in _cat("روسيا بالإضافة إلى الصين", "بالإضافة إلى")
    assert "coordinators" in _cat("فرنسا فضلا عن ألمانيا", "فضلا عن")
    assert "clause_breaks" in _cat("أدانت مصر الهجوم بينما رحبت به إيران", "بينما")
    assert "clause_breaks" in _cat("الطائرة التي أسقطتها روسيا", "التي")
    assert "clause_breaks" in _cat("قصفت إسرائيل غزة بعد أن أطلقت حماس صواريخ", "بعد أن")
    assert "locative" in _cat("انفجار قرب السفارة", "قرب")
    assert "locative" in _cat("مظاهرة بالقرب من البرلمان", "بالقرب من")


# -- principles added with the PROTEST/ASSAULT revision (sentences written for these tests) ----
def test_protest_participants_alone_are_not_events():
    # "the police dispersed the demonstrators", "one of the protesters said": no protest event
    for sentence in ["واستخدمت الشرطة الغاز لتفريق المتظاهرين في الساحة",
                     "وقال أحد المحتجين إن المطالب لم تتحقق بعد",
                     "ويكفل الدستور حق التظاهر السلمي لجميع المواطنين",
                     "وعادت ظاهرة شغب الملاعب إلى الدوري المحلي"]:
        assert not [s for _, s in _triggers(sentence) if s.event_type == "PROTEST"], sentence


def test_victim_genitive_masdars_are_passive():
    for sentence, word in [("وأحيا اللبنانيون ذكرى اغتيال رئيس الوزراء الأسبق", "اغتيال"),
                           ("وتحدث الشهود عن تفجير السفارة قبل عشرين عاما", "تفجير"),
                           ("وطالبت العائلة بكشف مصير المخطوفين بعد اختطاف ابنها", "اختطاف")]:
        spec = dict(_triggers(sentence))[word]
        assert spec.event_type == "ASSAULT" and spec.passive, (sentence, spec)


def test_self_contained_attacks_need_no_actor():
    for sentence in ["وانفجرت سيارة مفخخة قرب سوق شعبي وسط المدينة",
                     "وقتل ثلاثة أشخاص في هجوم انتحاري استهدف حافلة للركاب"]:
        found = [s for _, s in _triggers(sentence) if s.event_type == "ASSAULT"]
        assert any(not s.needs_actor for s in found), (sentence, found)


def test_families_are_not_captives():
    # "أسرته" is "his family", not "she captured him"
    found = _triggers("ومنحت موسكو الرئيس السابق وأسرته حق اللجوء")
    assert not [s for _, s in found if s.event_type == "ASSAULT"], found
    assert any(s.event_type == "AID" for _, s in found), found


def test_verbal_attack_is_criticism():
    found = _triggers("شن الوزير هجوما لاذعا على المعارضة في البرلمان")
    assert any(s.event_type == "ACCUSE" for _, s in found), found


def test_ceasefire_agreement_codes_agree_and_retreat():
    found = _triggers("وأعلن الوسطاء التوصل إلى اتفاق لوقف إطلاق النار في القطاع")
    agree = [s for _, s in found if s.event_type == "AGREE"]
    assert agree and ("RETREAT", "ceasefire") in agree[0].also, found


def _types(sentence):
    return {spec.event_type for _, spec in _triggers(sentence)}


def test_definite_attack_noun_recaps_an_earlier_attack():
    # "the attack" alone, "the suicide attack" and "the attack that targeted" refer back
    assert "ASSAULT" not in _types("وقال المتحدث إن الهجوم يكشف ضعف الإجراءات الأمنية في المدينة")
    assert "ASSAULT" not in _types("ويعتقد المحققون أن التنظيم يقف وراء الهجوم الانتحاري")
    assert "ASSAULT" not in _types("وتواصلت التحقيقات في الانفجار الذي استهدف القافلة الشهر الماضي")
    assert "ASSAULT" not in _types("وكانت الهجمات موضوع نقاش طويل في البرلمان")
    assert "ASSAULT" not in _types("وتحدث التقرير عن قواعد الاشتباك البحرية")


def test_attack_noun_with_target_verb_or_claim_codes():
    assert "ASSAULT" in _types("شنت الميليشيا فجر اليوم هجوما على ثكنة للجيش")
    assert "ASSAULT" in _types("نفذ مسلحون هجوما مسلحا على نقطة تفتيش")
    assert "ASSAULT" in _types("تبنى التنظيم الهجوم على مقر البلدية")
    assert "ASSAULT" in _types("وتعرضت دورية الشرطة أمس لهجوم بالقنابل")
    assert "ASSAULT" in _types("قتل جنديان في هجوم بسيارة مفخخة")
    assert "ASSAULT" in _types("وقال المتحدث إن الهجوم أسفر عن مقتل ثلاثة حراس")


def test_targeted_needs_a_weapon():
    assert "ASSAULT" not in _types("وقال إن هذه التصريحات تستهدف استقرار البلاد")
    assert "ASSAULT" in _types("استهدفت طائرات مسيرة مستودعا للذخيرة قرب الحدود")
    assert "ASSAULT" in _types("استهدف المسلحون الدورية بعبوة ناسفة")


def test_demonstrating_in_general_is_not_a_protest():
    assert "PROTEST" not in _types("وأكد الوزير أن التظاهر السلمي مكفول بالقانون")
    assert "PROTEST" not in _types("ووضعت النقابة ضوابط للتظاهر أمام مقرها")
    assert "PROTEST" not in _types("وافتتحت التظاهرة الثقافية في المدينة القديمة")
    assert "PROTEST" not in _types("وكان اللص يتظاهر بأنه موظف في الشركة")
    assert "PROTEST" in _types("تظاهر آلاف الطلاب أمس أمام الوزارة")
    assert "PROTEST" in _types("خرجت تظاهرة حاشدة في وسط العاصمة")


def test_condemn_without_hamza():
    assert "ACCUSE" in _types("ودانت الحكومة القصف وطالبت بتحقيق دولي")


# --- Broadened lexicon (MSA news style): verbs, masdars, agreement forms and phrases that the
# earlier lexicon did not generate. All sentences written for these tests.
BROADENED = [
    ("شكل مئات الأرمن سلسلة بشرية حول مبنى البرلمان", "سلسلة بشرية", "PROTEST", "demonstrate"),
    ("خرجت مظاهرات مناهضة للحكومة في شوارع بيروت", "مظاهرات مناهضة", "PROTEST", "demonstrate"),
    ("احتجاجات عمت المدن الإيرانية ضد غلاء الأسعار", "احتجاجات عمت", "PROTEST", "demonstrate"),
    ("نظم عشرات الصحفيين وقفة أمام نقابة الصحفيين", "نظم عشرات الصحفيين وقفة", "PROTEST", "demonstrate"),
    ("دعت المعارضة إلى مليونية في ميدان التحرير يوم الجمعة", "مليونية", "PROTEST", "demonstrate"),
    ("قاطعت الدول الغربية خطاب الوزير الروسي في جنيف", "قاطعت", "PROTEST", "boycott"),
    ("نسف الجيش الإسرائيلي منزل منفذ العملية في جنين", "نسف الجيش الإسرائيلي منزل", "ASSAULT", "bombing"),
    ("أطلق الجندي النار على الشاب فأرداه قتيلا", "أرداه قتيلا", "ASSAULT", "kill"),
    ("سقطت قذائف على حي سكني في مدينة حلب", "سقطت قذائف على", "ASSAULT", "shelling"),
    ("دكت المدفعية الروسية مواقع الجيش الأوكراني قرب خاركيف", "دكت", "ASSAULT", "shelling"),
    ("وكانت السفارة قد تعرضت إلى هجوم بالقنابل", "تعرضت إلى هجوم", "ASSAULT", "firearms"),
    ("اختطف مسلحون ملثمون مهندسين صينيين في شمال نيجيريا", "اختطف مسلحون", "ASSAULT", None),
    ("قام مسلحون مقنعون بخطف صحفي في بغداد", "قام مسلحون مقنعون بخطف", "ASSAULT", None),
    ("زار وزير الخارجية التركي طهران أمس", "زار", "CONSULT", "visit"),
    ("تباحث الرئيس الفرنسي مع ولي العهد السعودي", "تباحث", "CONSULT", "talks"),
    ("ساندت الجزائر تونس في أزمتها المالية", "ساندت", "SUPPORT", "defend"),
    ("تراجعت الحكومة عن شروطها بعد ضغوط أمريكية", "تراجعت الحكومة عن شروطها", "CONCEDE", "yield"),
    ("قدمت الحكومة تنازلات للمعارضة", "قدمت الحكومة تنازلات", "CONCEDE", "yield"),
    ("أخلت السلطات الإيرانية سبيل باحثة فرنسية", "أخلت السلطات الإيرانية سبيل", "RETREAT", "release"),
    ("وقال المتحدث إنه تم الإفراج عن الصحفي أمس", "تم الإفراج عن", "RETREAT", "release"),
    ("فتحت مصر معبر رفح أمام الجرحى", "فتحت مصر معبر", "RETREAT", "ease"),
    ("افتتحت البحرين سفارتها في تل أبيب", "افتتحت البحرين سفارتها", "COOPERATE", "diplomatic"),
    ("وأكد الجانبان استمرار التنسيق الأمني بينهما", "التنسيق الأمني", "COOPERATE", "intelligence"),
    ("أقامت الإمارات مستشفى ميدانيا في رفح", "مستشفى ميدانيا", "AID", "humanitarian"),
    ("حضت الولايات المتحدة إسرائيل على حماية المدنيين", "حضت", "REQUEST", "appeal"),
    ("اعتبرت الأردن الهجوم انتهاكا للقانون الدولي", "اعتبرت الأردن الهجوم انتهاكا", "ACCUSE", "criticize"),
    ("أمهلت إسرائيل الحركة أسبوعا للإفراج عن الرهائن", "أمهلت", "THREATEN", "ultimatum"),
    ("صنفت كندا الحرس الثوري منظمة إرهابية", "صنفت كندا الحرس الثوري منظمة إرهابية", "SANCTION", "restrict"),
    ("أدرجت الخزانة الأمريكية الشركة على القائمة السوداء", "القائمة السوداء", "SANCTION", None),
    ("استنفرت القوات الجزائرية على الحدود مع مالي", "استنفرت", "MOBILIZE", "alert"),
    ("عززت تركيا قواتها على الحدود مع سوريا", "عززت تركيا قواتها", "MOBILIZE", "troops"),
    ("أرسلت الولايات المتحدة حاملة طائرات إلى المتوسط", "أرسلت الولايات المتحدة حاملة طائرات", "MOBILIZE", "troops"),
    ("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع", "فرقت الشرطة المتظاهرين", "COERCE", "restrict"),
    ("وضعت السلطات المعارض قيد الإقامة الجبرية", "وضعت السلطات المعارض قيد الإقامة الجبرية", "COERCE", "arrest"),
]


@pytest.mark.parametrize("sentence,word,etype,mode", BROADENED)
def test_broadened_trigger_found(sentence, word, etype, mode):
    test_trigger_found(sentence, word, etype, mode)


# End to end: the type and the actor and recipient countries, checked by hand.
BROADENED_EVENTS = [
    ("زار وزير الخارجية التركي طهران أمس لبحث الملف السوري.", "CONSULT", ["TUR"], ["IRN"]),
    ("زارت وزيرة الخارجية الألمانية الأردن في جولة إقليمية.", "CONSULT", ["DEU"], ["JOR"]),
    ("تباحث الرئيس الفرنسي مع ولي العهد السعودي في الرياض حول الحرب في السودان.", "CONSULT", ["FRA"], ["SAU"]),
    ("ساندت الجزائر تونس في أزمتها المالية مع صندوق النقد.", "SUPPORT", ["DZA"], ["TUN"]),
    ("تراجعت الحكومة التركية عن شروطها لانضمام السويد إلى الحلف.", "CONCEDE", ["TUR"], ["SWE"]),
    ("استجابت الحكومة العراقية لمطالب الولايات المتحدة بإغلاق مكاتب الفصائل.", "CONCEDE", ["IRQ"], ["USA"]),
    ("أخلت السلطات الإيرانية سبيل باحثة فرنسية بعد عامين من الاحتجاز.", "RETREAT", ["IRN"], ["FRA"]),
    ("سلمت حركة حماس الرهائن الإسرائيليين إلى الصليب الأحمر في خان يونس.", "RETREAT", ["PSE"], ["ISR"]),
    ("افتتحت البحرين سفارتها في تل أبيب بحضور وزير الخارجية الإسرائيلي.", "COOPERATE", ["BHR"], ["ISR"]),
    ("حضت الولايات المتحدة إسرائيل على تجنب استهداف المدنيين.", "REQUEST", ["USA"], ["ISR"]),
    ("صنفت كندا الحرس الثوري الإيراني منظمة إرهابية.", "SANCTION", ["CAN"], ["IRN"]),
    ("عززت تركيا قواتها على الحدود مع سوريا.", "MOBILIZE", ["TUR"], ["SYR"]),
    ("قامت القوات الإسرائيلية باغتيال قيادي في حزب الله جنوب لبنان.", "ASSAULT", ["ISR"], ["LBN"]),
    ("دكت المدفعية الروسية مواقع الجيش الأوكراني قرب خاركيف.", "ASSAULT", ["RUS"], ["UKR"]),
    # armed men are no coded actor: the victims are the recipient, not the actor
    ("اختطف مسلحون ملثمون مهندسين صينيين في شمال نيجيريا.", "ASSAULT", [], ["CHN"]),
    # a protest held at the parliament has it as recipient (eval/README.md, protesters)
    ("احتشد آلاف المغاربة أمام البرلمان في الرباط للمطالبة بوقف التطبيع.", "PROTEST", ["MAR"], ["MAR"]),
]


@pytest.mark.parametrize("text,etype,actor,recipient", BROADENED_EVENTS)
def test_broadened_events_end_to_end(text, etype, actor, recipient):
    from detente.events import code_text

    events = [e for e in code_text(text, lang="ar", date="2024-05-01") if e.event_type == etype]
    assert events, f"no {etype} in {text!r}"
    got = [([a.country for a in e.actor], [r.country for r in e.recipient]) for e in events]
    assert (actor, recipient) in got, got
    assert all(not e.negated and e.modality == "asserted" for e in events)


def test_broadened_lookalikes_are_not_triggers():
    # "وزارة" is not و + "زار" (visited); "تقاطع" is a crossroads; "تبارك الله" a blessing;
    # "بحث" alone is also research; the genitive "خطف المسلحين" is not "gunmen abducted"
    assert "CONSULT" not in _types("أعلنت وزارة الدفاع الأمريكية تعيين متحدث جديد")
    assert "CONSULT" not in _types("وقالت وزارتها في بيان إن الاجتماع تأجل")
    assert "PROTEST" not in _types("وقع الحادث عند تقاطع الطرق في وسط المدينة")
    assert "SUPPORT" not in _types("وقال تبارك الله على هذا الإنجاز")
    assert "CONSULT" not in _types("ونشر الباحث بحثه العلمي مع زملائه")
    found = [s for _, s in _triggers("وتحدث التقرير عن خطف المسلحين في المنطقة") if s.event_type == "ASSAULT"]
    assert all(s.passive for s in found), found
    # a protest noun with the festival sense of تظاهرة and a crowd adjective stays out
    assert "PROTEST" not in _types("وافتتحت التظاهرة الثقافية الشعبية في المدينة")


def test_any_cue_does_not_match_province():
    # "لأي" (any) would match "ولاية" (province) once و and the enclitic ة are taken off
    assert not any("hypothetical" in c for _, c in _cues("قتل ثلاثة جنود في ولاية هلمند"))
    assert "hypothetical" in _cat("رفعت القوات حالة التأهب تحسبا لأي هجوم", "لأي هجوم")
