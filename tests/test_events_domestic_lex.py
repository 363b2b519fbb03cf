"""Domestic events that turn on sector words added to ``sectors.yaml``: state bodies (riot
police, security forces) and the groups they act on (rioters, bloggers, clerics, pupils).
Each sentence was written for this test and coded by hand; without the word it names,
the actor or the recipient is missing."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        # en: rioters, bloggers, human rights defenders, security forces, priests
        ("Police in Nairobi arrested several rioters on Tuesday.", "en",
         ("COERCE", ("KEN",), ("KEN",))),
        ("Belarusian authorities detained several bloggers ahead of the vote.", "en",
         ("COERCE", ("BLR",), ("BLR",))),
        ("The Turkish government jailed two human rights defenders last year.", "en",
         ("COERCE", ("TUR",), ("TUR",))),
        ("Security forces in Tehran arrested dozens of students overnight.", "en",
         ("COERCE", ("IRN",), ("IRN",))),
        ("Nicaraguan police arrested two priests in Managua.", "en",
         ("COERCE", ("NIC",), ("NIC",))),
        # he: מתפרעים, תלמידים, שוטרי יס"מ, בלוגרים, פעילי (construct)
        ("המשטרה הטורקית עצרה עשרות מתפרעים באיסטנבול.", "he",
         ("COERCE", ("TUR",), ("TUR",))),
        ("בטהרן עצרה המשטרה עשרות תלמידים.", "he", ("COERCE", ("IRN",), ("IRN",))),
        ('בטהרן עצרו שוטרי יס"מ עשרות סטודנטים.', "he", ("COERCE", ("IRN",), ("IRN",))),
        ("השלטונות בבלארוס עצרו שלושה בלוגרים.", "he", ("COERCE", ("BLR",), ("BLR",))),
        ("הממשלה הטורקית עצרה פעילי זכויות אדם.", "he", ("COERCE", ("TUR",), ("TUR",))),
        # ar: المشاغبين, قوات مكافحة الشغب, المدونين, نشطاء, أئمة, قوات الأمن
        ("الشرطة التركية اعتقلت عددا من المشاغبين في إسطنبول.", "ar",
         ("COERCE", ("TUR",), ("TUR",))),
        ("في طهران اعتقلت قوات مكافحة الشغب عشرات الطلاب.", "ar",
         ("COERCE", ("IRN",), ("IRN",))),
        ("اعتقلت السلطات الإيرانية عددا من المدونين.", "ar", ("COERCE", ("IRN",), ("IRN",))),
        ("اعتقلت السلطات المصرية نشطاء بارزين.", "ar", ("COERCE", ("EGY",), ("EGY",))),
        ("اعتقلت الحكومة التونسية عددا من أئمة المساجد.", "ar", ("COERCE", ("TUN",), ("TUN",))),
        ("في القاهرة اعتقلت قوات الأمن عشرات الطلاب.", "ar", ("COERCE", ("EGY",), ("EGY",))),
        # ru: омоновцы, блогеры, погромщики, силы безопасности, школьники, росгвардейцы
        ("В Минске омоновцы задержали десятки студентов.", "ru", ("COERCE", ("BLR",), ("BLR",))),
        ("Белорусские власти задержали нескольких блогеров.", "ru",
         ("COERCE", ("BLR",), ("BLR",))),
        ("Турецкая полиция задержала десятки погромщиков в Стамбуле.", "ru",
         ("COERCE", ("TUR",), ("TUR",))),
        ("В Тегеране силы безопасности задержали десятки студентов.", "ru",
         ("COERCE", ("IRN",), ("IRN",))),
        ("Грузинская полиция задержала школьников в Тбилиси.", "ru",
         ("COERCE", ("GEO",), ("GEO",))),
        ("В Москве росгвардейцы задержали участников акции протеста.", "ru",
         ("COERCE", ("RUS",), ("RUS",))),
    ],
)
def test_domestic_sector_words(sentence, lang, want):
    assert want in coded_tuples(sentence, lang, "2025-03-03")
