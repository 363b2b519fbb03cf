"""Arabic data added in round 30 (data/ar/triggers.yaml, data/ar/grammar.yaml,
data/ar/aliases/organisations.yaml), from a probe of fresh wire stories, digests, readouts,
timelines, Q&A transcripts and headlines on attacks by unnamed or described authors,
kidnappings and hostages, journalists, NGOs and foreign outlets, "foreign agent" listings,
closed consulates, diplomatic notes, peace plans, aid and loans, deportations, piracy and
ship seizures, ICJ filings and condolence messages: militias, pirates, jihadists and a drone
of no stated party as attackers that leave the attack without an actor (grammar.yaml
`unnamed_agents`); "from the side of", "at the hands of" with ب and the shrapnel of a weapon
as agent phrases (من طرف، بأيدي، بشظايا); listing a person, an outlet or an organisation as a
"foreign agent" or on the list of undesirable organisations (صنفت * عميلا أجنبيا، أدرجت * على
قائمة المنظمات غير المرغوب فيها) as a ban; condolences offered with the giver between or
after "expressed" (قدم * تعازيه، أعرب * عن تعازيه); filing a case with "submitted" (تقدمت *
بدعوى، قدمت * دعوى ضد); barring an outlet from broadcasting (منعت * من البث) and two outlets in
the dual (بث قناتي) as censorship; ordering the closure of a consulate (أمرت بإغلاق القنصلية) as
a diplomatic sanction; a letter of protest (رسالة احتجاج) as a complaint; approving a loan named
right after "على" (وافق * على قرض) as the aid itself; sending refugees or migrants back (أعادت *
لاجئين * إلى) as a deportation; sinking a ship (أغرقت * سفينة حربية) as an attack; praising a
party's role with the masculine past (ثمن * الدور) and cabling congratulations (أبرق * مهنئا);
suspending an organisation's activities (علقت * أنشطة منظمة) as a ban.
And what they must not code: aid workers (عامل إغاثة) and an intercepted aid ship (اعترضت *
سفينة مساعدات) as aid given, an approved loan as an agreement with the borrower, rain that
"sank" streets as an attack, an agency suspending its own relief work (علقت * أنشطة الإغاثة)
as aid or a ban, and negated bans as done.
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ar", DATE)
happened, types, tuples = _coder.happened, _coder.types, _coder.tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # attackers of no stated party: no actor, the named party as target
        (
            "استهدفت طائرة مسيرة مجهولة قافلة للجيش العراقي قرب الحدود السورية.",
            ("ASSAULT", (), ("IRQ",)),
        ),
        ("قتلت الميليشيا ثلاثة عمال إغاثة أمريكيين.", ("ASSAULT", (), ("USA",))),
        ("هاجم قراصنة سفينة صيد إيرانية قبالة سواحل الصومال.", ("ASSAULT", (), ("IRN",))),
        ("هاجم جهاديون قاعدة للجيش المالي.", ("ASSAULT", (), ("MLI",))),
        ("قتلت مليشيات مسلحة ثلاثة جنود أمريكيين.", ("ASSAULT", (), ("USA",))),
        # agent phrases: "at the hands of" with ب, "from the side of", shrapnel of a weapon
        ("اعتقل ناشط مصري بأيدي قوات الأمن السعودية.", ("COERCE", ("SAU",), ("EGY",))),
        ("اعتقل صحفي تركي من طرف الشرطة الإسرائيلية.", ("COERCE", ("ISR",), ("TUR",))),
        ("أصيب صحفيان أوكرانيان بشظايا قذيفة روسية في خيرسون.", ("ASSAULT", ("RUS",), ("UKR",))),
        # foreign agents and undesirable organisations
        ("صنفت وزارة العدل الروسية إذاعة صوت أمريكا عميلا أجنبيا.", ("COERCE", ("RUS",), ("USA",))),
        (
            "أعلنت روسيا الصحفي الأمريكي إيفان غيرشكوفيتش عميلا أجنبيا.",
            ("COERCE", ("RUS",), ("USA",)),
        ),
        (
            "أدرجت موسكو منظمة العفو الدولية على قائمة المنظمات غير المرغوب فيها.",
            ("COERCE", ("RUS",), ("NGO",)),
        ),
        # outlets barred or suspended
        ("منعت الهند قناة الجزيرة من البث على أراضيها.", ("COERCE", ("IND",), ("QAT",))),
        (
            "علقت السلطات المالية بث قناتي فرانس 24 وإذاعة فرنسا الدولية.",
            ("COERCE", ("MLI",), ("FRA",)),
        ),
        # condolences
        (
            "قدم الرئيس الروسي تعازيه إلى نظيره الإيراني في ضحايا الانفجار.",
            ("SUPPORT", ("RUS",), ("IRN",)),
        ),
        ("أعرب ملك البحرين عن تعازيه للرئيس الإيراني.", ("SUPPORT", ("BHR",), ("IRN",))),
        # filing a case
        (
            "تقدمت نيكاراغوا بدعوى أمام محكمة العدل الدولية ضد ألمانيا.",
            ("ACCUSE", ("NIC",), ("DEU",)),
        ),
        ("قدمت أوكرانيا دعوى ضد روسيا أمام محكمة العدل الدولية.", ("ACCUSE", ("UKR",), ("RUS",))),
        # closing a consulate by order; a letter of protest
        ("أمرت واشنطن بإغلاق القنصلية الصينية في هيوستن.", ("SANCTION", ("USA",), ("CHN",))),
        (
            "بعثت الحكومة العراقية رسالة احتجاج إلى مجلس الأمن بشأن القصف التركي.",
            ("ACCUSE", ("IRQ",), ("UNO",)),
        ),
        # a loan approved
        (
            "وافق صندوق النقد الدولي على قرض جديد لمصر بقيمة 8 مليارات دولار.",
            ("AID", ("IGO",), ("EGY",)),
        ),
        # refugees and migrants sent back
        ("أعادت الدنمارك لاجئين سوريين إلى دمشق.", ("COERCE", ("DNK",), ("SYR",))),
        ("أعادت اليونان مهاجرين أفغان إلى تركيا.", ("COERCE", ("GRC",), ("AFG",))),
        # sinking a warship
        (
            "أغرقت زوارق أوكرانية مسيرة سفينة حربية روسية في البحر الأسود.",
            ("ASSAULT", ("UKR",), ("RUS",)),
        ),
        ("أغرقت أوكرانيا الطراد الروسي موسكفا.", ("ASSAULT", ("UKR",), ("RUS",))),
        # praise of a role
        ("ثمن الرئيس الأمريكي الدور المصري في الوساطة.", ("SUPPORT", ("USA",), ("EGY",))),
        ("أبرق الملك سلمان مهنئا الرئيس الأمريكي بفوزه.", ("SUPPORT", ("SAU",), ("USA",))),
        # an organisation's activities suspended
        (
            "علقت السلطات الروسية أنشطة منظمة أطباء بلا حدود في البلاد.",
            ("COERCE", ("RUS",), ("NGO",)),
        ),
    ],
)
def test_round30_coded(sentence, want):
    assert want in tuples(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # aid workers and an intercepted aid ship are no aid given
        ("اختطف عامل إغاثة بريطاني من طرف مسلحين في شمال سوريا.", "AID"),
        ("اعترضت البحرية الإسرائيلية سفينة مساعدات متجهة إلى غزة.", "AID"),
        # an approved loan is the aid, no agreement with the borrower
        ("وافق صندوق النقد الدولي على قرض جديد لمصر بقيمة 8 مليارات دولار.", "AGREE"),
        # rain that floods streets
        ("أغرقت الأمطار الغزيرة شوارع المدينة.", "ASSAULT"),
        # the militia kills aid workers: no aid given
        ("قتلت الميليشيا ثلاثة عمال إغاثة أمريكيين.", "AID"),
        # an agency suspending its own relief work
        ("علقت منظمة أطباء بلا حدود أنشطة الإغاثة في غزة.", "AID"),
        ("علقت منظمة أطباء بلا حدود أنشطة الإغاثة في غزة.", "COERCE"),
    ],
)
def test_round30_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round30_unnamed_attackers_are_no_actor():
    # the target's state is not read as the attacker
    assert ("ASSAULT", ("USA",), ()) not in tuples("قتلت الميليشيا ثلاثة عمال إغاثة أمريكيين.")
    assert ("ASSAULT", ("IRQ",), ("SYR",)) not in tuples(
        "استهدفت طائرة مسيرة مجهولة قافلة للجيش العراقي قرب الحدود السورية."
    )


def test_round30_intercepted_aid_ship_is_coercion():
    assert "COERCE" in types("اعترضت البحرية الإسرائيلية سفينة مساعدات متجهة إلى غزة.")


def test_round30_negated_ban_did_not_happen():
    assert not happened("لم تمنع الهند قناة الجزيرة من البث.", "COERCE")
