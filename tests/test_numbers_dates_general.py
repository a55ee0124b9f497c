"""General classes of false alarms of the numbers and dates checks, and the changes that must
still be caught.

Classes: Arabic 11–19 (cardinals and ordinals, masculine and feminine, with the article and
proclitics); clock hours on a 12- or 24-hour dial ("11 p.m.", "23.00", 午後11時, 晚上十一点,
الساعة الحادية عشرة); numeric dates ("Minggu (3/3)", "3/3（日）"); days listed before or after one
month ("lundi 18 et mardi 19 novembre", 11月18日（月）と19日（火）); a range sharing one scale word
("30 and 40 million" against 3000万～4000万); figures in codes (G20, "Group of 20"); Roman
numerals (XIIe siècle, World War II); small ordinal words with no figure on the other side
("second term" against 连任); Arabic اليوم ("today" and "the day"); 昨夜 and "last night".
"""

from __future__ import annotations

import pytest

from checker.checks import dates, numbers
from checker.checks.dates import extract_dates
from checker.checks.numerals import extract_quantities
from check_helpers import quantity_values, run_check


_run = run_check
_values = quantity_values


# --- Arabic 11–19 ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("انتشل رجال الإنقاذ اثني عشر شخصا أحياء.", 12),
    ("وصل اثنا عشر لاعبا إلى المطار.", 12),
    ("قتلت اثنتا عشرة امرأة في الهجوم.", 12),
    ("أصيب أحد عشر شخصا بجروح.", 11),
    ("فازت إحدى عشرة دولة بميداليات.", 11),
    ("شارك ثلاثة عشر فريقا في البطولة.", 13),
    ("اعتقلت الشرطة سبع عشرة امرأة.", 17),
    ("يعود المسجد إلى القرن الحادي عشر.", 11),
    ("تقام الدورة التاسعة عشرة في الدوحة.", 19),
    ("والحادية عشرة من الدورة", 11),
    ("في الذكرى الحادية والعشرين للهجوم", 21),
])
def test_arabic_teens_are_read(text, value):
    assert (value, "number") in _values(text, "ar")


def test_arabic_verb_after_negation_is_no_nine():
    assert _values("قالت إن الصين «لم تسعَ قط إلى الهيمنة».", "ar") == []
    assert (9, "number") in _values("زارت تسع دول.", "ar")


# --- clock times ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A fire broke out at around 11 p.m. yesterday.", "en"),
    ("Kebakaran terjadi sekitar pukul 23.00 WIB kemarin.", "id"),
    ("昨夜11時ごろ、火災が発生した。", "ja"),
    ("昨天晚上十一点左右发生火灾。", "zh"),
    ("اندلع الحريق نحو الساعة الحادية عشرة من مساء أمس.", "ar"),
    ("اندلع الحريق نحو الساعة 11 مساءً أمس.", "ar"),
    ("L'incendie s'est déclaré hier vers 23 h.", "fr"),
])
def test_clock_hours_are_times(text, lang):
    times = [v for v, kind in _values(text, lang) if kind == "time"]
    assert times and times[0] % 720 == 660


FAITHFUL_TIMES = [
    ("id", "en", "Kebakaran melanda gudang itu sekitar pukul 23.00 WIB kemarin dan padam empat jam kemudian.",
     "A fire broke out in the warehouse at around 11 p.m. yesterday and was put out four hours later."),
    ("en", "ar", "A fire broke out in the warehouse at around 11 p.m. yesterday.",
     "اندلع حريق في المستودع نحو الساعة الحادية عشرة من مساء أمس."),
    ("fr", "en", "Un incendie s'est déclaré hier vers 23 heures dans un entrepôt.",
     "A fire broke out in a warehouse at around 11 p.m. yesterday."),
    ("ja", "id", "昨夜１１時ごろ、倉庫で火災が発生し、４時間後に鎮圧された。",
     "Kebakaran melanda gudang sekitar pukul 23.00 WIB kemarin dan dapat dikendalikan empat jam kemudian."),
    ("zh", "fr", "昨晚11点左右，一座仓库发生火灾。", "Un incendie s'est déclaré hier vers 23 heures dans un entrepôt."),
    ("ar", "ja", "بدأ الاجتماع في الساعة 9 صباحا يوم الثلاثاء.", "会議は火曜日の午前9時に始まった。"),
    ("en", "zh", "The polls close at 8 p.m. on Sunday.", "投票站于周日晚上8点关闭。"),
    ("fr", "ja", "Le scrutin ferme à 20 h dimanche.", "投票は日曜日の午後8時に締め切られる。"),
]

CHANGED_TIMES = [
    ("en", "id", "A fire broke out in the warehouse at around 10 p.m. yesterday.",
     "Kebakaran melanda gudang itu sekitar pukul 23.00 WIB kemarin."),
    ("ar", "en", "اندلع حريق في المستودع نحو الساعة العاشرة من مساء أمس.",
     "A fire broke out in the warehouse at around 11 p.m. yesterday."),
    ("fr", "en", "Un incendie s'est déclaré hier vers 22 heures dans un entrepôt.",
     "A fire broke out in a warehouse at around 11 p.m. yesterday."),
    ("ja", "zh", "昨夜10時ごろ、倉庫で火災が発生した。", "昨晚11点左右，一座仓库发生火灾。"),
    ("zh", "en", "投票站于周日晚上9点关闭。", "The polls close at 8 p.m. on Sunday."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_TIMES)
def test_clock_hours_on_either_dial_agree(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_TIMES)
def test_changed_clock_hours_are_caught(tl, rl, t, r):
    assert [f.check for f in _run(numbers, t, r, tl, rl)][:1] == ["numbers"]


def test_a_duration_in_hours_stays_a_number():
    assert (4, "number") in _values("火災は4時間後に鎮圧された。", "ja")
    assert (2, "number") in _values("catatan waktu 2 jam 2 menit 16 detik", "id")
    assert (24, "number") in _values("استمر القصف 24 ساعة.", "ar")


# --- numeric dates and listed days ------------------------------------------------------------

FAITHFUL_DATES = [
    ("id", "en", "Benson Kipruto menjuarai Tokyo Marathon pada Minggu (3/3) dengan catatan waktu 2 jam 2 menit 16 detik.",
     "Benson Kipruto won the Tokyo Marathon on Sunday, 3 March, in 2 hours, 2 minutes and 16 seconds."),
    ("zh", "id", "本森·基普鲁托3月3日（星期日）夺得东京马拉松冠军。",
     "Benson Kipruto menjuarai Tokyo Marathon pada Minggu (3/3)."),
    ("ar", "id", "فاز كيبروتو بماراثون طوكيو يوم الأحد 3 مارس/آذار.", "Kipruto menjuarai Tokyo Marathon pada Minggu (3/3)."),
    ("ja", "fr", "キプルトは3/3（日）の東京マラソンで優勝した。", "Kipruto a remporté dimanche 3 mars le marathon de Tokyo."),
    ("fr", "en", "Les dirigeants du G20 se réuniront les lundi 18 et mardi 19 novembre à Rio de Janeiro.",
     "Leaders of the Group of 20 (G20) will meet in Rio de Janeiro on Monday and Tuesday, 18 and 19 November."),
    ("zh", "id", "二十国集团（G20）领导人将于11月18日（星期一）至19日（星期二）在里约热内卢举行会晤。",
     "Para pemimpin Kelompok 20 (G20) akan bertemu di Rio de Janeiro pada Senin dan Selasa, 18–19 November."),
    ("ja", "ar", "G20首脳は11月18日（月）と19日（火）にリオデジャネイロで会合を開く。",
     "يجتمع قادة مجموعة العشرين في ريو دي جانيرو يومي الاثنين والثلاثاء 18 و19 نوفمبر."),
    ("fr", "zh", "Le festival aura lieu les 17, 18 et 19 mai à Cannes.", "电影节将于5月17日、18日和19日在戛纳举行。"),
    ("en", "fr", "The talks resumed on 18/11/2024 in Geneva.", "Les pourparlers ont repris le 18 novembre à Genève."),
]

CHANGED_DATES = [
    ("id", "en", "Benson Kipruto menjuarai Tokyo Marathon pada Minggu (4/3).",
     "Benson Kipruto won the Tokyo Marathon on Sunday, 3 March."),
    ("id", "zh", "Kipruto menjuarai Tokyo Marathon pada Minggu (3/4).", "基普鲁托3月3日（星期日）夺得东京马拉松冠军。"),
    ("fr", "en", "Les dirigeants se réuniront les lundi 17 et mardi 19 novembre à Rio de Janeiro.",
     "Leaders will meet in Rio de Janeiro on Monday and Tuesday, 18 and 19 November."),
    ("zh", "id", "领导人将于11月18日（星期一）至20日（星期二）在里约热内卢举行会晤。",
     "Para pemimpin akan bertemu di Rio de Janeiro pada Senin dan Selasa, 18–19 November."),
    ("ja", "en", "首脳は11月18日（月）と21日（火）に会合を開く。", "The leaders will meet on Monday and Tuesday, 18 and 19 November."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_DATES)
def test_numeric_and_listed_dates_are_quiet(tl, rl, t, r):
    assert _run(dates, t, r, tl, rl) == []
    assert _run(numbers, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_DATES)
def test_changed_numeric_and_listed_dates_are_caught(tl, rl, t, r):
    assert "dates" in {f.check for f in _run(dates, t, r, tl, rl)}


@pytest.mark.parametrize("text, lang", [
    ("Dua pertiga anggota (2/3) menyetujui usulan itu.", "id"),
    ("Le texte a été adopté à la majorité des 3/5.", "fr"),
    ("The score was 3/4 on the first attempt.", "en"),
])
def test_a_fraction_is_no_date(text, lang):
    assert [d for d in extract_dates(text, lang) if d.kind == "day-month"] == []


# --- ranges sharing a scale word, codes, Roman numerals, small ordinals -----------------------

FAITHFUL_NUMBERS = [
    ("en", "ja", "Al-Hilal signed the striker for a fee of between 30 and 40 million euros.",
     "アル・ヒラルは同選手を3000万～4000万ユーロの移籍金で獲得した。"),
    ("ar", "ja", "تعاقد النادي مع المهاجم مقابل مبلغ يتراوح بين 30 و40 مليون يورو.",
     "同クラブは3000万～4000万ユーロで同選手を獲得した。"),
    ("fr", "zh", "Le club a payé entre 30 et 40 millions d'euros.", "该俱乐部支付了3000万至4000万欧元。"),
    ("id", "en", "Proyek itu bernilai antara 5 hingga 7 triliun rupiah.", "The project is worth between 5 and 7 trillion rupiah."),
    ("fr", "en", "Les dirigeants du G20 se réuniront à Rio.", "Leaders of the Group of 20 (G20) will meet in Rio."),
    ("fr", "ja", "Une mosquée du XIIe siècle a rouvert ses portes après dix ans de travaux.",
     "12世紀のモスクが10年に及ぶ修復工事を終えて再開された。"),
    ("fr", "ar", "Une mosquée du XIIe siècle a rouvert ses portes vendredi.", "أعاد مسجد يعود إلى القرن الثاني عشر فتح أبوابه يوم الجمعة."),
    ("en", "zh", "The veterans of World War II were honoured.", "第二次世界大战的老兵受到表彰。"),
    ("fr", "zh", "Le gouverneur a annoncé qu'il ne briguerait pas de second mandat.", "省长宣布他将不寻求连任。"),
    ("id", "en", "Bank sentral menaikkan suku bunga untuk kelima kalinya berturut-turut.",
     "The central bank raised rates again, its latest in a row of increases."),
    ("id", "ar", "Bank sentral menaikkan suku bunga menjadi 14,25 persen, kenaikan kelima berturut-turut.",
     "رفع البنك المركزي سعر الفائدة إلى 14.25%، في خامس زيادة على التوالي."),
    ("fr", "ja", "La banque a relevé son taux d'un point de pourcentage, à 14,25 %.", "同行は政策金利を1％引き上げ、14.25％とした。"),
    ("ar", "id", "قالت المنظمة إن قرابة ألفي شخص توفوا بسبب الكوليرا.", "Organisasi itu mengatakan hampir 2.000 orang meninggal akibat kolera."),
    ("en", "ar", "Carbon dioxide emissions rose by 3 percent.", "ارتفعت انبعاثات ثاني أكسيد الكربون بنسبة 3%."),
    ("en", "zh", "Carbon dioxide emissions rose by 3 percent.", "二氧化碳排放量增长了3%。"),
]

CHANGED_NUMBERS = [
    ("en", "ja", "Al-Hilal signed the striker for a fee of between 20 and 40 million euros.",
     "アル・ヒラルは同選手を3000万～4000万ユーロの移籍金で獲得した。"),
    ("zh", "id", "二十国集团（G46）领导人将在里约热内卢举行会晤。", "Para pemimpin Kelompok 20 (G20) akan bertemu di Rio de Janeiro."),
    ("fr", "ja", "Une mosquée du XIIIe siècle a rouvert ses portes.", "12世紀のモスクが再開された。"),
    ("id", "ar", "Bank sentral menaikkan suku bunga menjadi 14,25 persen, kenaikan keenam berturut-turut.",
     "رفع البنك المركزي سعر الفائدة إلى 14.25%، في خامس زيادة على التوالي."),
    ("en", "fr", "The governor will not seek a third term, he said on the 5th day of talks.",
     "Le gouverneur ne briguera pas de second mandat, a-t-il dit le 5e jour des pourparlers."),
    ("ar", "id", "انتشل رجال الإنقاذ ثلاثة عشر شخصا أحياء.", "Tim penyelamat mengevakuasi 12 orang dalam keadaan hidup."),
    ("ar", "ja", "ذكرت الشرطة أن إحدى عشرة امرأة أصيبت.", "警察によると、女性12人が負傷した。"),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_NUMBERS)
def test_faithful_figures_are_quiet(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_NUMBERS)
def test_changed_figures_are_caught(tl, rl, t, r):
    assert [f.check for f in _run(numbers, t, r, tl, rl)][:1] == ["numbers"]


def test_roman_numerals_need_capitals_and_stay_small():
    assert (12, "number") in _values("une mosquée du XIIe siècle", "fr")
    assert (5, "number") in _values("la Ve République", "fr")
    assert _values("I said LIV Golf and XL Axiata", "en") == []


# --- relative days ----------------------------------------------------------------------------

FAITHFUL_RELATIVE = [
    ("ar", "fr", "دعت السكان إلى عدم الاقتراب من الساحل طوال ما تبقى من اليوم.",
     "Elle a appelé les habitants à ne pas s'approcher du littoral jusqu'à la fin de la journée."),
    ("zh", "ar", "气象厅呼吁居民当天余下时间内不要靠近海岸。", "دعت الوكالة السكان إلى عدم الاقتراب من الساحل طوال ما تبقى من اليوم."),
    ("ja", "en", "昨夜11時ごろ、倉庫で火災が発生した。", "A fire broke out in a warehouse at around 11 p.m. yesterday."),
    ("zh", "en", "昨晚有三人在事故中受伤。", "Three people were injured in the accident last night."),
]

CHANGED_RELATIVE = [
    ("ar", "en", "قال الوزير أمس إن المحادثات ستستأنف.", "The minister said today that the talks would resume."),
    ("en", "ar", "The minister said yesterday that the talks would resume.", "قال الوزير اليوم إن المحادثات ستستأنف."),
    ("ja", "en", "今夜、倉庫で火災が発生した。", "A fire broke out in a warehouse yesterday."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_RELATIVE)
def test_faithful_relative_days_are_quiet(tl, rl, t, r):
    assert _run(dates, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_RELATIVE)
def test_changed_relative_days_are_caught(tl, rl, t, r):
    assert "dates" in {f.check for f in _run(dates, t, r, tl, rl)}


# --- a day of the month alone (Chinese, Japanese); half hours; midnight and noon -------------

def test_a_bare_day_answers_a_full_date_and_calls_for_none():
    assert _run(dates, "政府は15日、新たな対策を発表した。", "The government announced new measures on March 15.", "ja", "en") == []
    assert _run(numbers, "政府は15日、新たな対策を発表した。", "Le gouvernement a annoncé de nouvelles mesures.", "ja", "fr") == []
    assert _run(dates, "外交部发言人15日下午表示，中方反对制裁。", "Le porte-parole a déclaré le 15 mars que la Chine s'y opposait.", "zh", "fr") == []
    changed = _run(dates, "政府は18日、新たな対策を発表した。", "The government announced new measures on March 15.", "ja", "en")
    assert "dates" in {f.check for f in changed}


def test_days_as_a_duration_are_no_day_of_the_month():
    assert [d for d in extract_dates("同紙が録音を公開した2日後の土曜日、大臣は辞任した。", "ja") if d.kind == "day"] == []
    assert [d for d in extract_dates("会议持续3日。", "zh") if d.kind == "day"] == []


@pytest.mark.parametrize("tl, rl, t, r", [
    ("ar", "en", "بدأ الاجتماع في الساعة الثالثة والنصف عصر الثلاثاء.", "The meeting began at 3:30 p.m. on Tuesday."),
    ("fr", "ja", "La réunion a commencé à 15 h 30 mardi.", "会議は火曜日の午後3時半に始まった。"),
    ("zh", "en", "会议于上午十时三十分开幕。", "The meeting opened at 10:30 a.m."),
    ("en", "id", "The curfew starts at midnight.", "Jam malam dimulai pukul 00.00 WIB."),
    ("zh", "fr", "仪式于中午12点开始。", "La cérémonie a commencé à midi."),
])
def test_half_hours_and_midnight_agree(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", [
    ("ar", "en", "بدأ الاجتماع في الساعة الرابعة والنصف عصر الثلاثاء.", "The meeting began at 3:30 p.m. on Tuesday."),
    ("zh", "en", "会议于上午十一时三十分开幕。", "The meeting opened at 10:30 a.m."),
    ("en", "ja", "The ceremony began at midnight.", "式典は午前1時に始まった。"),
    ("id", "en", "Kebakaran terjadi sekitar pukul 71.00 WIB.", "The fire broke out at around 11 p.m."),
])
def test_changed_half_hours_and_midnight_are_caught(tl, rl, t, r):
    assert [f.check for f in _run(numbers, t, r, tl, rl)][:1] == ["numbers"]


# --- round 3: percent words, durations, fractions, names, ordinal figures, month ranges, -----
# --- codes, ranges in words, plural and ambiguous weekdays, "last night" ---------------------

FAITHFUL_ROUND3 = [
    # Arabic في المائة is "percent", not the number 100
    ("ar", "en", "ارتفعت الأسعار بنسبة 7 في المائة خلال 12 شهرا.", "Prices rose 7% over 12 months."),
    ("en", "ar", "Turnout reached 64 percent.", "بلغت نسبة المشاركة 64 بالمئة."),
    # a duration in hours and minutes against the same hours and minutes as numbers
    ("fr", "ja", "Il a bouclé la course en 3 h 05 min.", "彼は3時間5分でレースを終えた。"),
    ("en", "id", "The flight took 1:45 in all.", "Penerbangan itu memakan waktu 1 jam 45 menit."),
    # Arabic خمس / سبع: "five" and "a fifth"
    ("ar", "en", "تراجعت المبيعات بمقدار الخمس هذا العام.", "Sales fell by a fifth this year."),
    ("fr", "ar", "Un septième des électeurs s'est abstenu.", "امتنع سبع الناخبين عن التصويت."),
    # a numeral inside a Chinese or Japanese name
    ("zh", "en", "导演山田洋二周四在东京出席了首映式。", "Director Yoji Yamada attended the premiere in Tokyo on Thursday."),
    ("ja", "fr", "監督の山田洋二（やまだ・ようじ）さんが会見した。", "Le réalisateur Yoji Yamada a tenu une conférence de presse."),
    # a term or round counted with a figure, rendered without one
    ("ja", "en", "市長は3期目の当選を果たした。", "The mayor was re-elected."),
    ("zh", "id", "他第二次当选总统。", "Ia kembali terpilih sebagai presiden."),
    # a range of months from January against "the first N months"
    ("ja", "en", "1～9月の販売台数は増えた。", "Sales rose in the first nine months of the year."),
    ("en", "fr", "Sales rose from January-June.", "Les ventes ont augmenté au cours des six premiers mois."),
    # a code whose figure the other side leaves out
    ("en", "zh", "The MERS-19 outbreak closed schools.", "这次疫情导致学校停课。"),
    # a range in words sharing one scale word
    ("en", "id", "Between twenty and thirty million tourists came.", "Antara 20 dan 30 juta wisatawan datang."),
    ("fr", "en", "Entre deux et trois milliards d'euros ont été perdus.", "Between 2 and 3 billion euros were lost."),
]

CHANGED_ROUND3 = [
    ("ar", "en", "ارتفعت الأسعار بنسبة 9 في المائة خلال 12 شهرا.", "Prices rose 7% over 12 months."),
    ("fr", "ja", "Il a bouclé la course en 3 h 15 min.", "彼は3時間5分でレースを終えた。"),
    ("ar", "en", "تراجعت المبيعات بمقدار الخمس هذا العام.", "Sales fell by a third this year."),
    ("ja", "en", "市長は5期目の当選を果たした。", "The mayor won a second term."),
    ("zh", "en", "导演山田洋二周四在东京出席了3场首映式。", "Director Yoji Yamada attended 2 premieres in Tokyo on Thursday."),
    ("ja", "en", "1～9月の販売台数は増えた。", "Sales rose in the first six months of the year."),
    ("en", "zh", "The MERS-19 outbreak closed schools.", "MERS-21疫情导致学校停课。"),
    ("en", "id", "Between twenty and fifty million tourists came.", "Antara 20 dan 30 juta wisatawan datang."),
    ("zh", "en", "警方逮捕了三名男子。", "Police arrested two men."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_ROUND3)
def test_round3_faithful_figures_are_quiet(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []
    assert _run(dates, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_ROUND3)
def test_round3_changed_figures_are_caught(tl, rl, t, r):
    assert [f.check for f in _run(numbers, t, r, tl, rl)][:1] == ["numbers"]


def test_a_range_in_words_is_two_figures():
    assert _values("between thirty and forty million", "en") == [(30, "number"), (40e6, "number")]
    assert _values("soixante et onze", "fr") == [(71, "number")]
    assert _values("one hundred and five", "en") == [(105, "number")]


def test_arabic_percent_words_make_a_percentage():
    assert _values("نمت بنسبة 3٫5 في المائة", "ar") == [(3.5, "percent")]


FAITHFUL_DAYS_ROUND3 = [
    ("fr", "en", "Le marché est ouvert tous les samedis.", "The market is open on Saturdays."),
    ("ar", "fr", "يفتح السوق كل يوم سبت.", "Le marché est ouvert tous les samedis."),
    ("id", "en", "Festival itu berlangsung dua minggu.", "The festival lasts two weeks."),
    ("ar", "en", "انهار المبنى الليلة الماضية.", "The building collapsed last night."),
    ("fr", "id", "L'immeuble s'est effondré la nuit dernière.", "Gedung itu runtuh tadi malam."),
]

CHANGED_DAYS_ROUND3 = [
    ("fr", "en", "Le marché est ouvert tous les dimanches.", "The market is open on Saturdays."),
    ("ar", "fr", "يفتح السوق كل يوم جمعة.", "Le marché est ouvert tous les samedis."),
    ("id", "en", "Festival itu dibuka hari Minggu.", "The festival opens on Saturday."),
    ("ar", "en", "انهار المبنى الليلة الماضية.", "The building collapsed this morning."),
    ("ja", "en", "1～9月の販売台数は増えた。", "Sales rose from March to September."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_DAYS_ROUND3)
def test_round3_faithful_days_are_quiet(tl, rl, t, r):
    assert _run(dates, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_DAYS_ROUND3)
def test_round3_changed_days_are_caught(tl, rl, t, r):
    assert [f.check for f in _run(dates, t, r, tl, rl)][:1] == ["dates"]


def test_arabic_ordinal_days_are_dates():
    found = [(d.kind, d.value) for d in extract_dates("تبدأ المحادثات في الثالث عشر من أبريل.", "ar")]
    assert ("day-month", (4, 13)) in found
    assert _run(dates, "Les élections auront lieu le 22 mars.", "ستجرى الانتخابات في الثاني والعشرين من مارس.",
                "fr", "ar") == []
    assert _run(dates, "Les élections auront lieu le 25 mars.", "ستجرى الانتخابات في الثاني والعشرين من مارس.",
                "fr", "ar")
    # the first week of a month is no first day
    assert ("day-month", (5, 1)) not in [(d.kind, d.value) for d in
                                         extract_dates("تستأنف المحادثات في الأسبوع الأول من مايو.", "ar")]


def test_amounts_that_answer_each_other_cover_no_changed_figure():
    t = "La crue a emporté 740 moutons et détruit des centaines de maisons."
    r = "The flood swept away 250 sheep and destroyed hundreds of homes."
    assert [f.check for f in _run(numbers, t, r, "fr", "en")][:1] == ["numbers"]
    # an amount left alone still stands for a figure: "hundreds" for 250
    assert _run(numbers, "La crue a détruit des centaines de maisons.", "The flood destroyed 250 homes.",
                "fr", "en") == []


# --- round 4: years, scores, fractions as ordinals, counters, hours said in words ------------
# Classes: a range of years cut to two figures ("2026-27"); zero said in words ("goalless",
# "nul et vierge", "tanpa gol", سلبي, "zero", 零比零) answering every 0 of a score; "neither of the
# two" / "aucune des deux"; English ordinals written with a fraction's article ("a third term");
# Japanese counter + 目 ordinals (2隻目, 3人目) and zh 第三个任期; Indonesian -nya on amount words;
# "cents" after a figure; hours said in words (الواحدة بعد الظهر, "one o'clock", 下午一点, "half
# past three") and a bare "one" answering a one o'clock; durations in words ("half an hour",
# "a fortnight"); basis points; Arabic hundreds in one word (خمسمائة); Japanese era years; 一成.

FAITHFUL_ROUND4 = [
    # a range of years whose second year keeps two figures
    ("en", "fr", "The 2025-26 budget was passed.", "Le budget 2025-2026 a été adopté."),
    ("ja", "id", "2024〜25年度の売上高は増えた。", "Penjualan tahun fiskal 2024-2025 naik."),
    ("fr", "en", "La saison 1999-2000 fut la meilleure.", "The 1999-00 season was the best."),
    # a goalless draw: "0-0" against words for no goals (each word answers both zeros)
    ("en", "zh", "The derby ended in a goalless draw.", "这场德比战以0比0收场。"),
    ("fr", "ja", "Le match s'est terminé sur un nul et vierge.", "試合は0-0の引き分けに終わった。"),
    ("ar", "en", "انتهت المباراة بالتعادل السلبي.", "The match ended 0-0."),
    ("id", "en", "Laga itu berakhir imbang tanpa gol.", "The match ended 0-0."),
    # "neither of the two", "aucune des deux" is "neither": no figure
    ("fr", "id", "Aucune des deux parties n'a commenté.", "Tidak ada pihak yang berkomentar."),
    ("en", "zh", "Neither of the two companies commented.", "这些公司均未置评。"),
    # English writes an ordinal with the article of a fraction: "a third term" is 第三届
    ("en", "zh", "He won a third term on Sunday.", "他周日赢得第三个任期。"),
    ("fr", "en", "Il a remporté un quatrième titre.", "He won a fourth title."),
    # Japanese counts the n-th thing with counter + 目: another language says "another", "again"
    ("ja", "fr", "2人目の容疑者が逮捕された。", "Un autre suspect a été arrêté."),
    ("ja", "en", "ストは3日目に入った。", "The strike went on."),
    # Indonesian enclitic -nya on an amount word: sepertiganya, setengahnya
    ("id", "zh", "Sekitar setengahnya adalah perempuan.", "其中约一半是女性。"),
    ("id", "en", "Lebih dari sepertiganya rusak.", "More than a third were damaged."),
    # a currency unit "cents" after a figure is no "hundred"
    ("fr", "en", "Le litre a augmenté de 15 cents.", "The litre rose by 15 cents."),
    # a one o'clock against a bare "one" of the other side; Arabic afternoon hours
    ("en", "ar", "The talks ended at 1 p.m.", "انتهت المحادثات عند الواحدة."),
    ("ar", "en", "بدأ الاجتماع في الثالثة بعد الظهر.", "The meeting began at 3 p.m."),
    ("ar", "ja", "فاز الفريق 3-1 مساء السبت.", "チームは土曜日夜、3-1で勝った。"),
    ("zh", "en", "下午一点开会。", "The meeting is at 1 p.m."),
    ("en", "ar", "The shops open at one o'clock.", "تفتح المتاجر في الساعة 1."),
    # zero said in words answers a 0 figure
    ("en", "zh", "Growth was zero in the third quarter.", "第三季度增长为0%。"),
    ("fr", "en", "Le taux est resté à zéro.", "The rate stayed at 0%."),
    ("id", "en", "Inflasi nol persen.", "Inflation was 0%."),
    ("ar", "en", "بقي معدل الفائدة عند صفر في المئة.", "The interest rate stayed at 0%."),
    ("zh", "en", "两队零比零战平。", "The two teams drew 0-0."),
    # durations said with a fraction or a unit word; basis points; hours said with "half past"
    ("en", "fr", "The talks lasted half an hour.", "Les discussions ont duré 30 minutes."),
    ("ar", "en", "استمر الاجتماع ربع ساعة.", "The meeting lasted 15 minutes."),
    ("en", "fr", "over the past fortnight", "au cours des 15 derniers jours"),
    ("en", "ja", "The central bank cut rates by 25 basis points.", "中央銀行は金利を0.25%引き下げた。"),
    ("zh", "fr", "央行将利率下调50个基点。", "La banque centrale a baissé son taux de 0,5 point."),
    ("en", "zh", "It happened at half past three.", "事情发生在三点半。"),
    ("en", "fr", "They met at a quarter to four.", "Ils se sont retrouvés à 15 h 45."),
    # Arabic hundreds in one word; a Japanese era year; 一成 (a tenth)
    ("en", "ar", "around 1,500 people", "نحو ألف وخمسمائة شخص"),
    ("ja", "en", "令和8年度予算が成立した。", "The budget for fiscal 2026 was passed."),
    ("zh", "en", "同比增长一成。", "It rose 10% year on year."),
    ("zh", "en", "这一政策一成不变。", "The policy is unchanged."),
]

CHANGED_ROUND4 = [
    ("en", "fr", "The 2025-27 budget was passed.", "Le budget 2025-2026 a été adopté."),
    ("en", "zh", "The derby ended in a goalless draw.", "这场德比战以3比3收场。"),
    ("ar", "en", "انتهت المباراة بالتعادل السلبي.", "The match ended 3-3."),
    ("en", "zh", "He won a third term on Sunday.", "他周日赢得第四个任期。"),
    ("ja", "ar", "3人目の容疑者が逮捕された。", "اعتُقل مشتبه به ثانٍ."),
    ("id", "en", "Lebih dari sepertiganya rusak.", "More than 25% were damaged."),
    ("fr", "en", "Le litre a augmenté de 15 cents.", "The litre rose by 25 cents."),
    ("en", "ar", "The talks ended at 2 p.m.", "انتهت المحادثات عند الواحدة بعد الظهر."),
    ("ar", "en", "بدأ الاجتماع في الرابعة بعد الظهر.", "The meeting began at 3 p.m."),
    ("en", "ar", "The shops open at one o'clock.", "تفتح المتاجر في الساعة الثالثة."),
    ("fr", "en", "Le taux est resté à zéro.", "The rate stayed at 2%."),
    ("en", "fr", "The 2026-27 season.", "La saison 2026-2028."),
    ("en", "fr", "The talks lasted half an hour.", "Les discussions ont duré 40 minutes."),
    ("zh", "en", "美联储将利率下调25个基点。", "The Fed cut rates by 50 basis points."),
    ("en", "zh", "It happened at half past three.", "事情发生在四点半。"),
    ("en", "fr", "They met at a quarter to four.", "Ils se sont retrouvés à 16 h 45."),
    ("en", "ar", "around 1,500 people", "نحو ألف وستمائة شخص"),
    ("ja", "en", "令和8年度予算が成立した。", "The budget for fiscal 2027 was passed."),
    ("zh", "en", "同比增长一成。", "It rose 20% year on year."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_ROUND4)
def test_round4_faithful_figures_are_quiet(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_ROUND4)
def test_round4_changed_figures_are_caught(tl, rl, t, r):
    assert [f.check for f in _run(numbers, t, r, tl, rl)][:1] == ["numbers"]


FAITHFUL_DATES_ROUND4 = [
    # an abbreviated month keeps its full stop: "Nov. 28", "Sept. 3-4"
    ("en", "id", "Talks resume on Nov. 28.", "Perundingan dilanjutkan pada 28 November."),
    ("en", "fr", "The summit runs Sept. 3-4.", "Le sommet a lieu les 3 et 4 septembre."),
    # two days of one month, the first written without its 日
    ("ja", "fr", "会議は11月29、30両日に開かれる。", "La réunion se tiendra les 29 et 30 novembre."),
    ("zh", "en", "会议将于11月29、30日举行。", "The meeting will be held on November 29-30."),
    # a half hour said in words before "مساء"; "近百" (nearly a hundred)
    ("en", "ar", "It starts at 8:30 p.m.", "يبدأ في الثامنة والنصف مساء."),
    ("zh", "en", "近百人受伤。", "Nearly 100 people were hurt."),
]

CHANGED_DATES_ROUND4 = [
    ("en", "id", "Talks resume on Nov. 27.", "Perundingan dilanjutkan pada 28 November."),
    ("ja", "fr", "会議は11月28、30両日に開かれる。", "La réunion se tiendra les 29 et 30 novembre."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_DATES_ROUND4)
def test_round4_faithful_dates_are_quiet(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []
    assert _run(dates, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_DATES_ROUND4)
def test_round4_changed_dates_are_caught(tl, rl, t, r):
    assert [f.check for f in _run(dates, t, r, tl, rl)][:1] == ["dates"]


def test_arabic_half_hour_before_evening_word():
    assert [(q.value, q.kind) for q in extract_quantities("في الثامنة والنصف مساء", "ar")] == [(510.0, "time")]


# --- round 5: currency codes on the figure, capitalised number words, Arabic "and" on a day,
# hour-minute-second durations, weekday abbreviations, counts per week ------------------------

FAITHFUL_ROUND5 = [
    # a currency code written onto the figure
    ("en", "fr", "Shops that break the rule face fines of up to RM5,000.",
     "Les magasins en infraction risquent jusqu'à 5 000 ringgits d'amende."),
    ("id", "ja", "Tiketnya dijual seharga Rs250.", "チケットは250ルピーで販売される。"),
    # a number word with a capital inside a sentence is a name: the city of Lima
    ("id", "en", "Pesawat itu kembali ke Lima 40 menit setelah lepas landas.",
     "The plane returned to Lima 40 minutes after take-off."),
    # the Arabic "and" written onto the day of a date
    ("ar", "id", "تستمر الحملة بين 4 مايو/أيار و18 يونيو/حزيران.", "Kampanye berlangsung antara 4 Mei dan 18 Juni."),
    # a race time h:mm:ss against an Arabic dual ("two hours") and minutes and seconds
    ("ar", "en", "أنهى السباق في ساعتين و8 دقائق و31 ثانية.", "He finished the race in 2:08:31."),
    # a French month before a figure with a thousands space is no "month day" date
    ("fr", "ja", "Le port a traité en mars 12 300 conteneurs.", "同港は3月に1万2300個のコンテナを扱った。"),
    # 每周三班 is "three flights a week", not Wednesday; 水曜夜 is Wednesday night
    ("zh", "en", "该航线每周三班。", "The route has three flights a week."),
    ("ja", "en", "水曜夜に停電が起きた。", "A power cut hit on Wednesday night."),
]

CHANGED_ROUND5 = [
    (numbers, "en", "fr", "Shops that break the rule face fines of up to RM6,000.",
     "Les magasins en infraction risquent jusqu'à 5 000 ringgits d'amende."),
    (numbers, "ar", "en", "أنهى السباق في ساعتين و9 دقائق و31 ثانية.", "He finished the race in 2:08:31."),
    (dates, "ar", "id", "تستمر الحملة بين 4 مايو/أيار و19 يونيو/حزيران.", "Kampanye berlangsung antara 4 Mei dan 18 Juni."),
    (dates, "ja", "en", "木曜夜に停電が起きた。", "A power cut hit on Wednesday night."),
    (dates, "zh", "en", "该航线每周三开通。", "The route opens on Thursday."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_ROUND5)
def test_round5_faithful_numbers_and_dates_are_quiet(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []
    assert _run(dates, t, r, tl, rl) == []


def test_a_capitalised_number_word_starts_a_sentence_as_a_number():
    assert _values("Lima orang tewas.", "id") == [(5.0, "number")]
    assert _values("Ia tiba di Lima kemarin.", "id") == []


# --- round 6: idioms holding a fraction or a numeral, ordinals of scale words, "2 heures du
# matin", 第三年 ------------------------------------------------------------------------------

FAITHFUL_ROUND6 = [
    ("zh", "en", "乘客可以扫描二维码进站。", "Passengers can scan a QR code to enter."),
    ("zh", "fr", "她在四分之一决赛中以21比18获胜。", "Elle s'est imposée 21-18 en quarts de finale."),
    ("en", "zh", "The museum welcomed its two-millionth visitor.", "博物馆迎来了第200万名游客。"),
    ("fr", "id", "Le musée a accueilli son deux-millionième visiteur.", "Museum itu menyambut pengunjung ke-2 juta."),
    ("fr", "en", "Le métro circulera jusqu'à 1 heure du matin, soit deux heures de plus.",
     "The metro will run until 1 a.m., two hours later than now."),
    ("zh", "en", "该镇连续第四年冻结房产税。", "The town froze property taxes for a fourth straight year."),
]

CHANGED_ROUND6 = [
    (numbers, "zh", "en", "她在四分之一决赛中以21比17获胜。", "She won 21-18 in the quarter-final."),
    (numbers, "en", "zh", "The museum welcomed its three-millionth visitor.", "博物馆迎来了第200万名游客。"),
    (numbers, "fr", "en", "Le métro circulera jusqu'à 3 heures du matin.", "The metro will run until 2 a.m."),
]


# --- round 7: a numeral restating a listed pair, Indonesian teen ordinals, midnight in Arabic ------

FAITHFUL_ROUND7 = [
    ("fr", "zh", "Le gouvernement a ouvert 1 100 abris dans les districts de Sylhet et de Sunamganj.",
     "政府已在锡尔赫特和苏纳姆甘杰两县开设1100处避难所。"),
    ("fr", "id", "Les filles devancent les garçons dans les douze régions.",
     "Siswi mengungguli siswa laki-laki di kedua belas wilayah."),
    ("ar", "ja", "انهارت المحادثات قبيل منتصف ليل الخميس.", "交渉は木曜日の深夜0時直前に決裂した。"),
]


def test_a_changed_count_beside_a_listed_pair_is_caught():
    assert _run(numbers, "Le gouvernement a ouvert 1 200 abris dans les districts de Sylhet et de Sunamganj.",
                "政府已在锡尔赫特和苏纳姆甘杰两县开设1100处避难所。", "fr", "zh")
    assert _run(numbers, "Les filles devancent les garçons dans les onze régions.",
                "Siswi mengungguli siswa laki-laki di kedua belas wilayah.", "fr", "id")


# --- round 8: Arabic thousands with their remainder, yen and sen, kilowatts and gigawatts,
# ordinals past ten, a brace and a century, a repeated figure against one ----------------------

FAITHFUL_ROUND8 = [
    ("ar", "fr", "شرّدت الفيضانات أكثر من 12 ألفاً و400 شخص.", "Les inondations ont déplacé plus de 12 400 personnes."),
    ("ar", "ja", "لم يولد سوى 238 ألفاً و300 طفل.", "出生数は23万8300人にとどまった。"),
    ("ja", "id", "日経平均株価は4万1250円37銭で取引を終えた。", "Indeks Nikkei ditutup di level 41.250,37."),
    ("ja", "en", "設備容量は2億1200万キロワットに達した。", "Capacity reached 212 gigawatts."),
    ("zh", "fr", "新增装机容量2.12亿千瓦。", "La capacité installée a augmenté de 212 gigawatts."),
    ("zh", "id", "这是她本赛季的第三个冠军。", "Ini merupakan gelar ketiganya musim ini."),
    ("fr", "en", "C'est la treizième turbine du barrage.", "It is the dam's 13th turbine."),
    ("zh", "en", "肯尼亚红十字会表示，17人死亡。", "The Kenya Red Cross said 17 people died."),
    ("fr", "ja", "Le Maroc a gagné 2-0 grâce à un doublé de son attaquant.", "モロッコが2－0で勝ち、FWが2ゴールを挙げた。"),
    ("ja", "ar", "略奪から100年以上を経ての返還となった。", "أعيدت القطع بعد أكثر من قرن على نهبها."),
    # one 2 against "the two cities … 2 hours": the other side's "kedua" answers the second
    ("id", "en", "Waktu tempuh antara kedua kota menjadi 2 jam 58 menit.",
     "The journey between the two cities falls to 2 hours 58 minutes."),
    ("zh", "en", "周二日经225指数收盘上涨2.1%。", "The Nikkei closed 2.1% higher on Tuesday."),
]

CHANGED_ROUND8 = [
    ("ar", "fr", "شرّدت الفيضانات أكثر من 12 ألفاً و500 شخص.", "Les inondations ont déplacé plus de 12 400 personnes."),
    ("ja", "id", "日経平均株価は4万1250円47銭で取引を終えた。", "Indeks Nikkei ditutup di level 41.250,37."),
    ("ja", "en", "設備容量は2億2200万キロワットに達した。", "Capacity reached 212 gigawatts."),
    ("fr", "en", "C'est la quatorzième turbine du barrage.", "It is the dam's 13th turbine."),
    ("id", "en", "Waktu tempuh antara kedua kota menjadi 3 jam 58 menit.",
     "The journey between the two cities falls to 2 hours 58 minutes."),
]


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_ROUND8)
def test_round8_changed_numbers_are_caught(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl)


def test_a_figure_repeated_on_one_side_is_reported_once():
    found = _run(numbers, "Les deux villes sont à 2 heures.", "The two cities are 2 hours and 2 minutes apart.", "fr", "en")
    assert len(found) == 1


# --- round 9: French "mai", "a four-to-three vote", half a percentage point, "one in every four"
# in Arabic, "2 h 16 min" as a duration, "cette nuit" ------------------------------------------

FAITHFUL_ROUND9 = [
    (dates, "fr", "en", "Les exportations ont progressé de 4,3 % en mai.", "Exports rose 4.3% in May."),
    (numbers, "ja", "en", "決定は4対3の賛成多数で、反対した3人は据え置きを主張した。",
     "The decision was a four-to-three vote, with the three dissenters favouring no change."),
    (numbers, "ja", "en", "政策金利を0.5％引き下げ、9.25％とした。", "It cut its rate by half a percentage point to 9.25%."),
    (numbers, "ar", "zh", "طلبت إلغاء رحلة من كل أربع رحلات.", "要求取消四分之一的航班。"),
    (numbers, "fr", "ar", "Elle a gagné en 2 h 16 min 48 s.", "فازت بزمن قدره ساعتان و16 دقيقة و48 ثانية."),
    (dates, "zh", "fr", "车票将于今晚0时开售。", "Les billets seront mis en vente cette nuit à minuit."),
]


def test_round9_changes_are_caught():
    assert _run(dates, "Les exportations ont progressé de 4,3 % en juin.", "Exports rose 4.3% in May.", "fr", "en")
    assert _run(numbers, "決定は5対3の賛成多数だった。", "The decision was a four-to-three vote.", "ja", "en")
    assert _run(numbers, "政策金利を0.75％引き下げた。", "It cut its rate by half a percentage point.", "ja", "en")
    assert _run(numbers, "Elle a gagné en 2 h 17 min 48 s.", "فازت بزمن قدره ساعتان و16 دقيقة و48 ثانية.", "fr", "ar")


# --- round 10: stages named by teams left, the second half's minutes, a score without reply ------

FAITHFUL_ROUND10 = [
    ("zh", "fr", "她首次打进大满贯赛事八强。", "Elle atteint pour la première fois les quarts de finale d'un tournoi du Grand Chelem."),
    ("ja", "en", "四大大会で初のベスト8入りを果たした。", "She reached her first Grand Slam quarter-final."),
    ("zh", "ja", "前锋在第88分钟打入制胜球。", "FWが後半43分に決勝点を挙げた。"),
    ("en", "ar", "Indonesia lost 2-0 to Saudi Arabia.", "خسر المنتخب الإندونيسي أمام نظيره السعودي بهدفين دون رد."),
]


def test_round10_changes_are_caught():
    assert _run(numbers, "前锋在第87分钟打入制胜球。", "FWが後半43分に決勝点を挙げた。", "zh", "ja")
    assert _run(numbers, "Indonesia lost 3-0 to Saudi Arabia.", "خسر المنتخب الإندونيسي أمام نظيره السعودي بهدفين دون رد.", "en", "ar")


# --- round 12: 兆 as "mega" of a unit, numerals inside transliterated towns, "a fourth
# consecutive" as an ordinal, a prison term of years and months ------------------------------------

FAITHFUL_ROUND12 = [
    ("zh", "en", "该地热电站装机容量为110兆瓦。", "The geothermal plant has a capacity of 110 megawatts."),
    ("zh", "fr", "该频段为2.4兆赫。", "La bande est de 2,4 mégahertz."),
    ("zh", "id", "渔船在马六甲海峡被扣押。", "Kapal ikan itu ditahan di Selat Malaka."),
    ("zh", "en", "三宝垄和万鸦老的机场恢复运营。", "Airports in Semarang and Manado reopened."),
    ("en", "ja", "The team lost for a fourth consecutive week.", "チームは4週連続で敗れた。"),
    ("en", "id", "Organisers added a third concert on Sunday.", "Panitia menambah konser 3 pada Minggu."),
    ("en", "zh", "The 38.2-million-cubic-metre reservoir will irrigate 3,000 hectares.", "这座库容3820万立方米的水库将灌溉3000公顷土地。"),
    ("fr", "zh", "L'opérateur a installé 900 antennes 5G cette année.", "该运营商今年安装了900座5G基站，5G覆盖率随之提高。"),
    ("fr", "zh", "Les deux tiers des logements sont en zone rurale.", "其中三分之二的住房位于农村地区。"),
    ("fr", "ja", "La police a interpellé 40 adolescents.", "警察は10代の若者40人を拘束した。"),
    ("en", "zh", "The auction will take place in the second half of the year.", "拍卖将于今年下半年举行。"),
    ("fr", "en", "La chaîne fermera d'ici fin décembre 13 de ses 96 magasins.", "The chain will close 13 of its 96 stores by the end of December."),
    ("ar", "en", "ضبطت الجمارك يوم 12 يناير/كانون الثاني 3.2 كيلوغرام من المخدرات.", "Customs seized 3.2 kilograms of drugs on January 12."),
]


def test_round12_changes_and_readings():
    # 兆 before a currency is still a trillion; before a unit it is "mega"
    assert [q.value for q in quantity_values_of("市值达3兆日元。", "zh")] == [3e12]
    assert [q.value for q in quantity_values_of("装机容量为55兆瓦。", "zh")] == [55]
    assert _run(numbers, "该电站装机容量为120兆瓦。", "The plant has a capacity of 110 megawatts.", "zh", "en")
    assert _run(numbers, "The team lost for a fourth consecutive week.", "チームは5週連続で敗れた。", "en", "ja")
    # "a third of" is still a share
    assert _run(numbers, "A third of the flights were cancelled.", "三分之一的航班被取消。", "en", "zh") == []
    # 禁錮2年6月 is a term, not June; 令和6年6月 is June
    assert _run(dates, "裁判所は禁錮2年6月の判決を言い渡した。", "The court sentenced him to 30 months.", "ja", "en") == []
    assert _run(dates, "令和6年6月に施行された。", "It took effect in May 2024.", "ja", "en")
    # a range of days whose first day goes without its 日; the English month before its day
    assert _run(dates, "セールは12月10～16日に開かれた。", "La vente a eu lieu du 10 au 16 décembre.", "ja", "fr") == []
    assert _run(dates, "The sale ran on December 13.", "La vente a eu lieu le 14 décembre.", "en", "fr")
    assert _run(numbers, "The operator switched on 900 4G antennas.", "该运营商开通了900座5G基站。", "en", "zh")


# --- round 13: number words in titles, names that end in 万, Roman numerals in names, hundredths
# after 秒 or "s", millième, 周一度 ------------------------------------------------------------------

FAITHFUL_ROUND13 = [
    (numbers, "zh", "en", "乐团将演出贝多芬《第九交响曲》。", "The orchestra will perform Beethoven's Ninth Symphony."),
    (numbers, "zh", "fr", "法院判处被告古纳万九年有期徒刑。", "Le tribunal a condamné Gunawan à neuf ans de prison."),
    (numbers, "id", "ja", "PT Angkasa Pura II mencatat 54 juta penumpang.", "アンカサ・プラ社の旅客数は5400万人だった。"),
    (numbers, "ja", "en", "１０秒０８で優勝した。", "He won in 10.08 seconds."),
    (numbers, "fr", "en", "Il a couru le 100 m en 10 s 08.", "He ran the 100 m in 10.08 seconds."),
    (numbers, "fr", "zh", "La chaîne a ouvert son millième magasin.", "该连锁店开设了第1000家门店。"),
    (dates, "zh", "ar", "印尼盾上周一度贬值。", "ضعفت الروبية الأسبوع الماضي."),
    # round 14: a half said after the number, the French billion, names holding numerals
    (numbers, "fr", "en", "Les réserves couvrent six mois et demi d'importations.", "Reserves cover 6.5 months of imports."),
    (numbers, "en", "ja", "Travel time fell to two and a half hours.", "所要時間は2時間半に短縮された。"),
    (numbers, "fr", "ar", "Le trajet ne durera plus que deux heures et demie.", "ستستغرق الرحلة ساعتين ونصف فقط."),
    (numbers, "fr", "en", "Les réserves sont estimées à 2,3 billions de pieds cubes.", "Reserves are put at 2.3 trillion cubic feet."),
    (numbers, "ja", "fr", "九州の工場が3日間停止した。", "L'usine de Kyushu s'est arrêtée trois jours."),
    (numbers, "ar", "en", "ستصل الطائرات المسيرة إلى 12 جزيرة في جزر الألف.", "Drones will reach 12 islands in the Thousand Islands."),
    (numbers, "id", "zh", "Sopir itu satu-satunya orang di dalam mobil.", "司机是车内唯一的人。"),
    (numbers, "ja", "fr", "女子500メートルで33秒812を記録した。", "Elle a réalisé 33,812 secondes sur le 500 mètres."),
    (numbers, "fr", "en", "L'eau ne sera distribuée qu'un jour sur deux.", "Water will be supplied every other day."),
    (numbers, "zh", "en", "印尼恐怖片《十三楼》上映头四天观影人次达120万。", "The horror film drew 1.2 million viewers in its first four days."),
    (numbers, "ja", "id", "森田健二領事は、手続きに5営業日かかると述べた。", "Konsul Kenji Morita mengatakan prosesnya memakan waktu lima hari kerja."),
    (numbers, "zh", "en", "领事森田健二表示，办理需要五个工作日。", "Consul Kenji Morita said processing would take five working days."),
    (numbers, "ja", "en", "二重国籍は認めない。", "Dual citizenship will not be allowed."),
]


def test_round13_changes_are_caught():
    assert _run(numbers, "１０秒０９で優勝した。", "He won in 10.08 seconds.", "ja", "en")
    assert _run(numbers, "法院判处被告古纳万八年有期徒刑。", "Le tribunal a condamné Gunawan à neuf ans de prison.", "zh", "fr")
    assert _run(numbers, "Les réserves couvrent six mois et demi d'importations.", "Reserves cover 7.5 months of imports.", "fr", "en")
    assert _run(numbers, "所要時間は3時間半に短縮された。", "Travel time fell to two and a half hours.", "ja", "en")
    # a figure in a quoted name is kept, not translated: a changed one still shows
    assert _run(numbers, 'أطلق الصاروخ "إتش 4" يوم الأحد بعد 3 تأجيلات.', "The H3 rocket lifted off on Sunday after 3 delays.", "ar", "en")


def quantity_values_of(text, lang):
    from checker.checks.numbers import _values

    return _values(text, lang)[0]


# --- every later round's faithful number pairs -----------------------------------------------------

@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_ROUND6 + FAITHFUL_ROUND7 + FAITHFUL_ROUND8 + FAITHFUL_ROUND10
                         + FAITHFUL_ROUND12)
def test_later_rounds_faithful_numbers_are_quiet(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


# --- round 15: the evening of a range, French "et un", implied and idiomatic figures, day ranges --

FAITHFUL_ROUND15 = [
    # "seven and ten" is a range of two hours, not 17; the evening word closes the range
    (numbers, "ar", "fr", "لم يتمكن كثيرون من الاتصال بين الساعة السابعة والعاشرة مساء.",
     "Beaucoup n'ont pas pu appeler entre 19 heures et 22 heures."),
    (numbers, "ar", "ja", "لم يتمكن كثيرون من الاتصال بين الساعة السابعة والعاشرة مساء.",
     "午後7時から10時までは多くの人がつながらなかった。"),
    # balita is "under five": it answers a five, and calls for none
    (numbers, "id", "fr", "Tim akan memastikan tidak ada balita yang terlewat.",
     "Les équipes veilleront à ce qu'aucun enfant de moins de cinq ans ne soit oublié."),
    (numbers, "id", "en", "Tim akan memastikan tidak ada balita yang terlewat.",
     "The teams will make sure no toddler is missed."),
    # pedagang kaki lima (street vendors) holds no five
    (numbers, "id", "ja", "Sampel diambil dari 58 pedagang kaki lima.", "58の露天商から採取した。"),
    # round the clock: "24 heures sur 24" is one figure
    (numbers, "fr", "ar", "La ligne fonctionne 24 heures sur 24.", "يعمل الخط على مدار 24 ساعة."),
    (numbers, "en", "id", "The hotline runs 24/7.", "Layanan itu buka 24 jam."),
    (numbers, "fr", "en", "Elle a vingt et un ans.", "She is 21."),
    # the same range from January on both sides
    (dates, "ar", "fr", "جمعت العينات بين يناير ويونيو.", "Les échantillons ont été collectés entre janvier et juin."),
    # hundredths of a second
    (numbers, "fr", "ja", "Il a amélioré le record de 9 centièmes.", "記録を0秒09更新した。"),
    (numbers, "en", "id", "He improved the record by nine hundredths of a second.", "Ia mempertajam rekor 9 perseratus detik."),
    # 四王群岛 is Raja Ampat
    (numbers, "zh", "en", "政府将升级四王群岛的港口。", "The government will upgrade harbours in Raja Ampat."),
    # 4日間 counts days: no fourth day of the month
    (numbers, "ja", "en", "祭りは10月29日（水）から4日間開かれる。", "The festival runs for four days from Wednesday, October 29."),
    (dates, "ja", "en", "祭りは10月29日（水）から4日間開かれる。", "The festival runs for four days from Wednesday, October 29."),
    # a feast named after a weekday names no weekday
    (dates, "id", "zh", "Prosesi digelar pada Jumat Agung, 3 April.", "游行将于4月3日耶稣受难日举行。"),
    (dates, "en", "ar", "The procession is held on Good Friday, April 3.", "تقام المسيرة في الجمعة العظيمة، 3 أبريل."),
]

CHANGED_ROUND15 = [
    (numbers, "fr", "en", "Elle a vingt et un ans.", "She is 20."),
    (numbers, "ar", "fr", "لم يتمكن كثيرون من الاتصال بين الساعة السابعة والعاشرة مساء.",
     "Beaucoup n'ont pas pu appeler entre 19 heures et 23 heures."),
    # a range from January answers "the first six months", but not another range's end
    (dates, "ar", "fr", "جمعت العينات بين يناير ومايو.", "Les échantillons ont été collectés entre janvier et juin."),
    (numbers, "fr", "ja", "Il a amélioré le record de 8 centièmes.", "記録を0秒09更新した。"),
    (dates, "id", "en", "Prosesi digelar pada Jumat Agung, 3 April.", "The procession is held on Good Friday, April 4."),
    (dates, "id", "en", "Prosesi digelar pada Jumat, 3 April.", "The procession is held on Thursday, April 3."),
]


def test_a_range_from_january_still_answers_the_first_months():
    assert _run(dates, "جمعت العينات بين يناير ويونيو.", "Samples were collected in the first six months.", "ar", "en") == []


@pytest.mark.parametrize("text, lang, surfaces", [
    ("pada 15–28 Mei agar", "id", ["15", "28 Mei"]),
    ("du 5 au 7 mai", "fr", ["5", "7 mai"]),
    ("May 15-28", "en", ["May 15", "28"]),
])
def test_a_day_range_marks_each_day_on_its_own(text, lang, surfaces):
    assert [d.surface for d in extract_dates(text, lang) if d.kind == "day-month"] == surfaces


# --- round 16: restated counts, pairs, kilowatts, second-hand, TEU, weekday lists --------------

FAITHFUL_ROUND16 = [
    (numbers, "en", "fr", "Forty-one lawmakers signed the motion.", "Quarante et un députés ont signé la motion."),
    (numbers, "zh", "id", "法院判处三名青少年服刑18个月，三人于3月深夜在街头袭击一名小贩。",
     "Pengadilan menghukum tiga remaja 18 bulan atas serangan di jalan pada Maret."),
    (numbers, "ja", "en", "警察は男3人を逮捕した。3人は容疑を否認している。", "Police arrested three men, who deny the charges."),
    (numbers, "zh", "en", "两人提交的8.4万份复印件中只有61402份有效。",
     "Only 61,402 of the 84,000 copies the pair submitted were valid."),
    (numbers, "ja", "en", "出力5万5000キロワットの地熱発電所を建設する。", "It will build a 55-megawatt geothermal plant."),
    (numbers, "zh", "fr", "海关查获2140部二手手机。", "Les douaniers ont saisi 2 140 téléphones portables d'occasion."),
    (numbers, "zh", "en", "集装箱吞吐量达186万标准箱。", "Throughput reached 1.86 million TEUs (twenty-foot equivalent units)."),
    (numbers, "zh", "fr", "集装箱吞吐量达186万标准箱。", "Le trafic a atteint 1,86 million d'EVP (équivalents vingt pieds)."),
    (numbers, "zh", "en", "股价上周三天内飙升34%。", "Shares jumped 34 percent over three days last week."),
    (dates, "zh", "en", "股价上周三天内飙升34%。", "Shares jumped 34 percent over three days last week."),
    (dates, "ar", "ja", "تقلع الرحلات في الساعة 23:45 كل ثلاثاء وخميس وسبت.", "毎週火・木・土曜日の午後11時45分に出発する。"),
    (dates, "id", "ar", "Anwar Fauzi mengungguli dua pesaingnya, kata KPU, Minggu (8/12).",
     "تقدم أنور فوزي على منافسَيه الاثنين، وفقاً للجنة، الأحد 8 ديسمبر."),
    # بين ("between") is no dual: "between Monday and Wednesday"
    (dates, "ar", "en", "ألغت الشركة 42 رحلة بين الاثنين والأربعاء.", "The airline cancelled 42 flights between Monday and Wednesday."),
]

CHANGED_ROUND16 = [
    (numbers, "en", "fr", "Forty-one lawmakers signed the motion.", "Quarante-deux députés ont signé la motion."),
    (numbers, "ja", "en", "出力5万5000キロワットの地熱発電所を建設する。", "It will build a 65-megawatt geothermal plant."),
    (dates, "ar", "ja", "تقلع الرحلات في الساعة 23:45 كل ثلاثاء وخميس وسبت.", "毎週火・金・土曜日の午後11時45分に出発する。"),
    (dates, "ar", "en", "أعلنت الحكومة الاثنين أن الرحلات ستبدأ.", "The government said on Tuesday that flights would start."),
]


# --- round 17: restated counts and ratios; round 18: years and months, proportions, round the
# clock, a counted subject restated, a name's numeral before "and" ----------------------------------

FAITHFUL_ROUND17 = [
    (numbers, "ja", "zh", "成体まで生き残るのは1000匹に1匹にも満たない見込みだ。", "预计能存活到成年的不到千分之一。"),
    (numbers, "ar", "en", "أضاف أن ثلاثا من الشركات لم تدفع التعويضات.", "He added that three of the companies had not paid severance."),
    (numbers, "fr", "ja", "L'Indonésie, l'Australie et le Timor oriental organiseront un exercice conjoint.",
     "インドネシア、オーストラリア、東ティモールの3カ国は合同訓練を実施する。"),
    (numbers, "fr", "ja", "Les Philippines ont expulsé 17 Indonésiens vers Manado. Ils disent avoir travaillé sans être payés.",
     "インドネシア人17人をマナドへ強制送還した。17人は、無給で働かされていたと話している。"),
    (numbers, "zh", "en", "宪兵拘留了3名士兵。发言人说，这3名士兵并未接到命令。", "Police detained three soldiers, who had not been ordered to go."),
]

FAITHFUL_ROUND18 = [
    # a sentence in years and months is a fraction of years
    (numbers, "id", "zh", "Hakim menjatuhkan vonis empat tahun enam bulan penjara kepada terdakwa.", "法官判处被告四年半有期徒刑。"),
    (numbers, "ja", "ar", "地裁は被告に懲役3年6月の判決を言い渡した。", "قضت المحكمة بسجن المتهم ثلاثة أعوام ونصف العام."),
    (numbers, "en", "fr", "He was jailed for five years and six months.", "Il a été condamné à cinq ans et demi de prison."),
    (numbers, "ar", "en", "حكمت المحكمة بسجنه ثلاث سنوات ونصف السنة.", "The court jailed him for three and a half years."),
    # a year count and a month count in two clauses stay two figures
    (numbers, "en", "fr", "The project will take three years, six months of which on design.",
     "Le projet prendra trois ans, dont six mois de conception."),
    # a proportion in two figures is the share of the other side
    (numbers, "en", "zh", "Nearly three in five nurses work night shifts.", "近五分之三的护士上夜班。"),
    (numbers, "id", "en", "Tiga dari empat warga mendukung rencana itu.", "Seventy-five percent of residents back the plan."),
    (numbers, "fr", "zh", "Deux élèves sur cinq n'ont pas d'ordinateur.", "五分之二的学生没有电脑。"),
    (numbers, "ja", "fr", "住民の4人に3人が計画を支持している。", "Trois habitants sur quatre soutiennent le projet."),
    (numbers, "ar", "zh", "اثنان من كل خمسة طلاب لا يملكون حاسوبا.", "五分之二的学生没有电脑。"),
    # round the clock is 24 hours a day
    (numbers, "en", "id", "Volunteers patrol the peatland round the clock.", "Relawan berpatroli di lahan gambut selama 24 jam."),
    (numbers, "ar", "ja", "يعمل الميناء على مدار الساعة.", "港は24時間体制で稼働している。"),
    # 頭 like 人: the count restated as the subject of the next clause
    (numbers, "ja", "en", "保護施設は象4頭を森に放した。4頭は10年間施設で暮らしていた。",
     "The centre released four elephants, which had lived there for ten years."),
    # the 二 of 健二 before 与 ("and") is part of the name
    (numbers, "zh", "en", "大使山本健二与省长周四签署协议。", "Ambassador Kenji Yamamoto and the governor signed the deal on Thursday."),
]

CHANGED_ROUND18 = [
    (numbers, "id", "zh", "Hakim menjatuhkan vonis empat tahun delapan bulan penjara.", "法官判处被告四年半有期徒刑。"),
    (numbers, "en", "zh", "Nearly two in five nurses work night shifts.", "近五分之三的护士上夜班。"),
    (numbers, "id", "en", "Dua dari tiga warga mendukung rencana itu.", "Seventy-five percent of residents back the plan."),
    # the first count changed still shows, though the restated one answers the other side
    (numbers, "ja", "en", "保護施設は象5頭を森に放した。4頭は10年間施設で暮らしていた。",
     "The centre released four elephants, which had lived there for ten years."),
]


# --- round 19: the second end of a clock range, a range's own scales, years and months in months,
# a count said twice, the month before, a day range with its article, one month said twice ---------

FAITHFUL_ROUND19 = [
    (numbers, "id", "en", "Museum buka pukul 08.30 hingga 15.45 setiap hari.", "The museum opens from 8.30 a.m. to 3.45 p.m. daily."),
    (numbers, "id", "fr", "Jalan ditutup antara pukul 05.00 dan 07.20.", "La route est fermée entre 5 h et 7 h 20."),
    (numbers, "ar", "en", "قروض تتراوح بين 3 ملايين و20 مليون روبية.", "Loans of between Rp 3 million and Rp 20 million."),
    (numbers, "fr", "ja", "Des prêts de 3 à 20 millions de roupies.", "300万～2000万ルピアの融資。"),
    (numbers, "ja", "en", "裁判所は禁錮2年3カ月を言い渡した。", "The court sentenced him to 27 months in prison."),
    (numbers, "ja", "id", "警察は容疑者4人を逮捕した。4人は容疑を否認している。", "Polisi menangkap empat tersangka yang membantah tuduhan itu."),
    (numbers, "zh", "en", "两名登山者失踪，二人周日出发。", "Two climbers who set out on Sunday are missing."),
    (dates, "ja", "en", "9月の販売台数は前月比4％増えた。", "Sales rose 4 percent in September from August."),
    (dates, "en", "zh", "Sales rose 4 percent month-on-month in September.", "9月销量比8月增长4%。"),
    (dates, "fr", "en", "Le salon se tiendra entre le 12 et le 15 mai.", "The fair runs from May 12 to 15."),
    (numbers, "fr", "en", "Le salon se tiendra entre le 12 et le 15 mai.", "The fair runs from May 12 to 15."),
]

CHANGED_ROUND19 = [
    (numbers, "id", "en", "Museum buka pukul 08.30 hingga 15.45 setiap hari.", "The museum opens from 8.30 a.m. to 4.45 p.m. daily."),
    (numbers, "ja", "en", "裁判所は禁錮2年3カ月を言い渡した。", "The court sentenced him to 28 months in prison."),
    (dates, "ja", "en", "9月の販売台数は前月比4％増えた。", "Sales rose 4 percent in September from July."),
    (dates, "fr", "en", "Le salon se tiendra entre le 12 et le 16 mai.", "The fair runs from May 12 to 15."),
]


def test_one_month_said_twice_is_reported_once():
    found = _run(dates, "ارتفعت الصادرات 11% عن يوليو/تموز.", "Exports rose 11 percent.", "ar", "en")
    assert len(found) == 1


# --- the pairs of rounds 5, 6, 9, 13, 15–19 that name their check ---------------------------------

@pytest.mark.parametrize("check, tl, rl, t, r", FAITHFUL_ROUND9 + FAITHFUL_ROUND13 + FAITHFUL_ROUND15 + FAITHFUL_ROUND16
                         + FAITHFUL_ROUND17 + FAITHFUL_ROUND18 + FAITHFUL_ROUND19)
def test_faithful_pairs_of_both_checks_are_quiet(check, tl, rl, t, r):
    assert _run(check, t, r, tl, rl) == []


@pytest.mark.parametrize("check, tl, rl, t, r", CHANGED_ROUND5 + CHANGED_ROUND6 + CHANGED_ROUND15 + CHANGED_ROUND16
                         + CHANGED_ROUND18 + CHANGED_ROUND19)
def test_changes_of_both_checks_are_caught(check, tl, rl, t, r):
    assert _run(check, t, r, tl, rl)


def test_noon_in_arabic_answers_twelve_o_clock():
    assert _run(numbers, "Pelajaran dimulai pukul 08.00 hingga pukul 12.00.",
                "تبدأ الدروس في الثامنة صباحاً وتنتهي عند الظهر.", "id", "ar") == []
    assert _run(numbers, "Pelajaran dimulai pukul 08.00 hingga pukul 13.00.",
                "تبدأ الدروس في الثامنة صباحاً وتنتهي عند الظهر.", "id", "ar") != []


@pytest.mark.parametrize("lang, text", [
    ("en", "The deal was signed in Dili by the two countries' trade ministers."),
    ("en", "The two companies agreed to merge their cargo units."),
    ("fr", "L'accord a été signé à Dili par les ministres du Commerce des deux pays."),
])
def test_the_two_countries_restates_a_count_the_sentence_gives(lang, text):
    # "the two countries" names Indonesia and Timor-Leste again: another language says it without a two
    assert [q.soft for q in extract_quantities(text, lang)] == [True]


def test_a_first_count_of_people_is_no_restatement():
    assert [q.soft for q in extract_quantities("Two men were arrested at the port.", "en")] == [False]
    assert [q.soft for q in extract_quantities("The two men were arrested at the port.", "en")] == [True]


@pytest.mark.parametrize("lang, text", [
    ("en", "Halal food exports reached US$8.3 billion in January–September."),
    ("fr", "Les exportations d'aliments halal ont atteint 8,3 milliards de dollars de janvier à septembre."),
    ("id", "Ekspor makanan halal pada Januari–September mencapai 8,3 miliar dolar AS."),
    ("ar", "بلغت صادرات الأغذية الحلال 8.3 مليار دولار في الفترة من يناير إلى سبتمبر."),
])
def test_a_figure_read_from_a_mantissa_and_a_scale_equals_the_same_figure_in_another_scale(lang, text):
    # 8.3 × 10⁹ in floating point is 8300000000.000001; 83亿 is 83 × 10⁸, exactly 8300000000
    zh = "1月至9月印尼清真食品出口额达83亿美元。"
    assert [q.value for q in extract_quantities(text, lang) if q.value > 1e6] == [8.3e9]
    assert _run(numbers, zh, text, "zh", lang) == []
    assert _run(numbers, zh.replace("83亿", "84亿"), text, "zh", lang) != []


@pytest.mark.parametrize("lang, text, values", [
    ("en", "A video showed three ninth-graders beating a classmate.", [3, 9]),
    ("ar", "يستغرق مني نسج السارونغ الواحد ثلاثة أشهر.", [1, 3]),
    # units and tens still make one number where a language composes them
    ("en", "twenty-three people", [23]),
    ("ar", "ثلاثة وعشرون شخصا", [23]),
    ("fr", "quatre-vingt-dix personnes et dix-sept enfants", [90, 17]),
    ("id", "dua puluh tiga orang", [23]),
])
def test_two_units_side_by_side_are_two_numbers(lang, text, values):
    assert [q.value for q in extract_quantities(text, lang)] == values


def test_arabic_al_ahad_ashar_is_eleven_not_sunday_and_ten():
    text = "ولم يغلق أي من المؤشرات القطاعية الأحد عشر على ارتفاع يوم الأحد."
    # the one Sunday is يوم الأحد at the end
    assert [(d.kind, d.value) for d in extract_dates(text, "ar")] == [("weekday", 7)]
    assert 11 in [q.value for q in extract_quantities(text, "ar")]
    assert 10 not in [q.value for q in extract_quantities(text, "ar")]


def test_the_two_after_inna_is_no_monday():
    from checker.checks.dates import extract_dates
    assert extract_dates("وقال المستشفى إن الاثنين في حالة جيدة.", "ar") == []
    assert [d.kind for d in extract_dates("قال الوزير يوم الاثنين إن المشروع سيكتمل.", "ar")] == ["weekday"]


def test_a_changed_figure_inside_a_code_of_letters_and_figures_is_found():
    from checker.checks import numbers
    found = run_check(numbers, "Hasil uji dinyatakan negatif flu burung H5N6.", "Tests were negative for H5N1 bird flu.",
                      "id", "en")
    assert [f.message for f in found] == ["reference says H5N1, translation says H5N6"]
    assert run_check(numbers, "Vaksin nOPV2 diberikan kepada anak.", "儿童接种nOPV2疫苗。", "id", "zh") == []
    # a code the other side leaves out is no finding
    assert run_check(numbers, "Flu burung H5N1 terdeteksi.", "Bird flu was detected.", "id", "en") == []
