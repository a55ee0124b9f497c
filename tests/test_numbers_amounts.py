"""General classes of false alarms of the numbers check, and the changes that must still be caught.

Each class holds faithful pairs in several languages (the check stays quiet) and changed ones (the
check fires): fractions, decades and multiples (四分之一, 4分の1, "a quarter", "one in three");
approximate amounts ("dozens", 数十, puluhan); Indonesian numerals; Arabic vowel marks; Japanese
fiscal quarters against months.
"""

from __future__ import annotations

import pytest

from checker.checks import dates, negation, numbers
from checker.checks.negation import negations
from checker.checks.numerals import approximate_quantities, extract_quantities
from check_helpers import quantity_values, run_check


_run = run_check
_values = quantity_values


# --- numbers: fractions, decades, multiples ---------------------------------------------------

FAITHFUL_NUMBERS = [
    # fractions: 四分之一 and 4分の1 are 25 %, answered by "a quarter", "un quart", "25 %"
    ("en", "zh", "Ticket sales fell by a quarter in 2023, to 9.6 million.", "2023年门票销量下降四分之一，降至960万张。"),
    ("en", "ja", "Ticket sales fell by a quarter in 2023, to 9.6 million.", "2023年のチケット販売数は4分の1減って960万枚となった。"),
    ("fr", "ja", "Les ventes ont reculé d'un quart l'an dernier.", "昨年の販売数は4分の1減少した。"),
    ("id", "zh", "Penjualan turun seperempat tahun lalu.", "去年销量下降了四分之一。"),
    ("ar", "ja", "انخفضت المبيعات بمقدار الربع العام الماضي.", "昨年の販売数は4分の1減った。"),
    ("ja", "fr", "住民の約3分の1が避難した。", "Environ un tiers des habitants ont été évacués."),
    ("zh", "fr", "四分之三的选民投了赞成票。", "Les trois quarts des électeurs ont voté pour."),
    ("en", "zh", "Two thirds of the budget goes to salaries.", "三分之二的预算用于工资。"),
    ("zh", "en", "销量下降了25%。", "Sales fell by a quarter."),
    ("en", "fr", "Half of the residents have left.", "50 % des habitants sont partis."),
    ("zh", "en", "今年前三季度，出口同比增长百分之五点二。", "Exports grew 5.2 percent in the first three quarters."),
    # ratios: "one in three" is 3 or a third
    ("en", "fr", "One in three TGV trains will run.", "Un TGV sur trois circulera."),
    ("en", "zh", "One in five adults is obese.", "成年人中五分之一肥胖。"),
    ("id", "ja", "Satu dari lima orang dewasa mengalami obesitas.", "成人の5人に1人が肥満だ。"),
    ("ar", "en", "واحد من كل خمسة بالغين يعاني من السمنة.", "One in five adults is obese."),
    # decades
    ("en", "zh", "It was the lowest figure in a decade.", "这是十年来的最低数字。"),
    ("en", "ja", "It was the lowest figure in a decade.", "この10年で最低の数字だった。"),
    ("fr", "id", "C'est le plus bas niveau depuis une décennie.", "Ini angka terendah dalam satu dekade."),
    ("ar", "ja", "هذا أدنى مستوى منذ عقد.", "過去10年で最低の水準だ。"),
    ("en", "zh", "The war lasted two decades.", "这场战争持续了二十年。"),
    ("fr", "ja", "La guerre a duré deux décennies.", "戦争は20年続いた。"),
    ("id", "en", "Perang itu berlangsung dua dekade.", "The war lasted 20 years."),
    ("ar", "fr", "استمرت الحرب ثلاثة عقود.", "La guerre a duré trois décennies."),
    ("en", "ar", "It is the first such visit by a U.S. president in two decades.", "وهي أول زيارة من نوعها لرئيس أمريكي منذ عقدين."),
    ("zh", "en", "这座桥于上世纪六十年代建成。", "The bridge was built in the 1960s."),
    ("zh", "en", "这座桥于二十世纪六十年代建成。", "The bridge was built in the 1960s."),
    ("fr", "en", "Le pont a été construit dans les années 60.", "The bridge was built in the 1960s."),
    ("ar", "en", "بني الجسر في ستينيات القرن الماضي.", "The bridge was built in the 1960s."),
    # twice, double, triple
    ("en", "ja", "Prices have doubled since 2020.", "価格は2020年以降2倍になった。"),
    ("en", "zh", "Prices have doubled since 2020.", "自2020年以来价格翻了一番。"),
    ("en", "id", "Prices have doubled since 2020.", "Harga naik dua kali lipat sejak 2020."),
    ("en", "ar", "Prices have doubled since 2020.", "تضاعفت الأسعار منذ 2020."),
    ("ar", "ja", "ارتفعت الأسعار إلى الضعف منذ 2020.", "価格は2020年以降2倍になった。"),
    ("en", "ja", "Output tripled in five years.", "生産量は5年で3倍になった。"),
    ("fr", "id", "La production a triplé en cinq ans.", "Produksi naik tiga kali lipat dalam lima tahun."),
    ("en", "ar", "Output tripled in five years.", "تضاعف الإنتاج ثلاث مرات في خمس سنوات."),
    ("en", "zh", "The company's profit doubled to 3 billion yuan.", "该公司利润翻番至30亿元。"),
    # the Japanese fiscal quarter 4～6月期 is "the second quarter" or "April-June"
    ("ja", "en", "同社の4～6月期の純利益は12億ドルとなった。", "The company's second-quarter net profit was $1.2 billion."),
    ("ja", "en", "同社の4～6月期の純利益は12億ドルとなった。", "The company's April-June net profit was $1.2 billion."),
]


CHANGED_NUMBERS = [
    ("en", "zh", "Ticket sales fell by a third last year.", "去年门票销量下降了四分之一。"),
    ("ja", "en", "昨年のチケット販売数は3分の1減った。", "Ticket sales fell by a quarter last year."),
    ("zh", "ja", "去年门票销量下降了三分之一。", "昨年のチケット販売数は4分の1減った。"),
    ("en", "zh", "Sales fell by 30%.", "销量下降了四分之一。"),
    ("en", "fr", "One in four adults is obese.", "Un adulte sur cinq est obèse."),
    ("en", "zh", "It was the lowest figure in 12 years.", "这是十年来的最低数字。"),
    ("zh", "en", "这是二十年来的最低数字。", "It was the lowest figure in a decade."),
    ("en", "zh", "The war lasted three decades.", "这场战争持续了二十年。"),
    ("fr", "ja", "La guerre a duré trois décennies.", "戦争は20年続いた。"),
    ("zh", "en", "这座桥于上世纪七十年代建成。", "The bridge was built in the 1960s."),
    ("en", "ja", "Prices have tripled since 2020.", "価格は2020年以降2倍になった。"),
    ("ja", "en", "価格は2020年以降3倍になった。", "Prices have doubled since 2020."),
    ("ja", "en", "同社の4～6月期の純利益は12億ドルとなった。", "The company's third-quarter net profit was $1.2 billion."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_NUMBERS)
def test_fractions_decades_and_multiples_are_quiet(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_NUMBERS)
def test_changed_fractions_decades_and_multiples_are_caught(tl, rl, t, r):
    assert [f.check for f in _run(numbers, t, r, tl, rl)][:1] == ["numbers"]


def test_cjk_fractions_are_percentages():
    assert _values("四分之一的学校仍然关闭", "zh") == [(25.0, "percent")]
    assert _values("住民の約3分の1が避難した", "ja") == [(33.333, "percent")]
    assert _values("增长百分之三点五", "zh") == [(3.5, "percent")]
    assert _values("经济增长三点五个百分点", "zh") == [(3.5, "number")]


# --- numbers: approximate amounts ------------------------------------------------------------

FAITHFUL_APPROXIMATE = [
    ("en", "fr", "A dozen people were injured.", "Une douzaine de personnes ont été blessées."),
    ("en", "zh", "A dozen people were injured.", "十几人受伤。"),
    ("en", "id", "A dozen people were injured.", "Selusin orang terluka."),
    ("en", "ja", "Dozens of people were injured.", "数十人が負傷した。"),
    ("fr", "ar", "Des dizaines de personnes ont été blessées.", "أصيب عشرات الأشخاص."),
    ("id", "en", "Puluhan orang terluka.", "Dozens of people were injured."),
    ("id", "en", "Belasan orang terluka.", "More than a dozen people were injured."),
    ("ja", "en", "十数人が負傷した。", "More than a dozen people were injured."),
    ("zh", "en", "十多人受伤。", "More than 10 people were hurt."),
    ("en", "zh", "Hundreds of people were evacuated.", "数百人被疏散。"),
    ("en", "id", "Hundreds of people were evacuated.", "Ratusan orang dievakuasi."),
    ("en", "ar", "Hundreds of people were evacuated.", "تم إجلاء مئات الأشخاص."),
    ("en", "zh", "Thousands of people were evacuated.", "上千人被疏散。"),
    ("fr", "id", "Des milliers de personnes ont été évacuées.", "Ribuan orang dievakuasi."),
    ("en", "id", "Tens of thousands of people marched.", "Puluhan ribu orang berunjuk rasa."),
    ("en", "ar", "Tens of thousands of people marched.", "تظاهر عشرات الآلاف من الأشخاص."),
    ("en", "id", "Hundreds of thousands of people marched.", "Ratusan ribu orang berunjuk rasa."),
    ("en", "fr", "About 20 people were hurt.", "Une vingtaine de personnes ont été blessées."),
    ("en", "zh", "The death toll has risen to more than 2,000, a third of them children.",
     "死亡人数已升至2000多人，其中三分之一是儿童。"),
    ("en", "ar", "The death toll has risen to more than 2,000, a third of them children.",
     "ارتفعت حصيلة القتلى إلى أكثر من ألفين، ثلثهم من الأطفال."),
    ("en", "ja", "Unemployment fell to its lowest level in more than a decade.", "失業率は10年余りぶりの低水準に下がった。"),
    ("en", "zh", "Unemployment fell to its lowest level in more than a decade.", "失业率降至十多年来的最低水平。"),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_APPROXIMATE)
def test_approximate_amounts_answer_each_other(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


def test_approximate_amounts_never_call_for_a_figure_but_a_wrong_figure_is_caught():
    # "une vingtaine" answers 20 but not 30
    assert _run(numbers, "About 30 people were hurt.", "Une vingtaine de personnes ont été blessées.", "en", "fr")
    # 二十多 is 20 and more: 50 is not in it
    assert _run(numbers, "More than 50 people were hurt.", "二十多人受伤。", "en", "zh")
    # an approximate amount is no figure of its own
    assert _values("Dozens of people and hundreds of homes", "en") == []
    assert [(q.value, q.high) for q in approximate_quantities("十多人受伤", "zh")] == [(10, 20)]
    assert _values("Tens of thousands of people marched.", "en") == []
    # a plural scale word after a figure is the figure's: "five millions", "3 millions"
    assert _values("le ministre a annoncé cinq millions pour la police", "fr") == [(5e6, "number")]
    assert _values("the minister announced five millions for the police", "en") == [(5e6, "number")]
    assert _values("Il y a 3 millions d'habitants.", "fr") == [(3e6, "number")]


# --- numbers: Indonesian numerals, Arabic marks ----------------------------------------------

@pytest.mark.parametrize("text, values", [
    ("Sebelas orang tewas.", [11]),
    ("Dua belas orang tewas.", [12]),
    ("Lima belas orang tewas.", [15]),
    ("Dua puluh lima orang tewas.", [25]),
    ("Seratus lima puluh orang tewas.", [150]),
    ("Tiga ratus dua belas rumah rusak.", [312]),
    ("Dua ribu lima ratus warga mengungsi.", [2500]),
    ("Sejuta orang mengungsi.", [1e6]),
    ("Satu juta orang mengungsi.", [1e6]),
    ("Setengah juta orang mengungsi.", [5e5]),
    ("“Kami tidak meminta belas kasihan,” kata pengacara itu.", []),  # belas kasihan = mercy
    ("Puluhan ribu orang berunjuk rasa.", []),
])
def test_indonesian_numerals(text, values):
    assert [q.value for q in extract_quantities(text, "id") if q.value != 1 or values == [1]] == values


def test_changed_indonesian_teens_are_caught():
    assert _run(numbers, "Dua belas orang tewas.", "Twelve people were killed.", "id", "en") == []
    assert _run(numbers, "Tiga belas orang tewas.", "Fifteen people were killed.", "id", "en")
    assert _run(numbers, "Sejuta orang mengungsi.", "Two million people fled.", "id", "en")


def test_arabic_vowel_marks_do_not_split_words():
    # وستُشغَّل ("and will be operated") is not و + ست (six)
    assert _run(numbers, "وستُشغَّل الرحلات إلى نيروبي أربع مرات أسبوعيًا.",
                "Flights to Nairobi will operate four times a week.", "ar", "en") == []
    assert _values("قُتل عشرون ألفًا من السكان", "ar") == [(20000.0, "number")]
    assert len(negations("لَمْ يُصَبْ أحد بأذى.", "ar")) == 1
    assert _run(negation, "لَمْ يُصَبْ أحد بأذى.", "Someone was hurt.", "ar", "en")


# --- dates ------------------------------------------------------------------------------------

def test_japanese_fiscal_quarter_months_answer_but_do_not_call():
    assert _run(dates, "同社の4～6月期の純利益は12億ドルとなった。",
                "The company's second-quarter net profit was $1.2 billion.", "ja", "en") == []
    assert _run(dates, "同社の4～6月期の純利益は12億ドルとなった。",
                "The company's April-June net profit was $1.2 billion.", "ja", "en") == []
    assert _run(dates, "3、4月の売上高は増えた。", "Sales rose in March and April.", "ja", "en") == []
    assert _run(dates, "3、4月の売上高は増えた。", "Sales rose in March.", "ja", "en")


# --- round 24: the year of a numeric date, a decimal before 日, 車両, "per thousand", "tiga setengah"

def test_the_year_of_a_numeric_date_answers_a_year_but_never_calls_for_one():
    id_ = "Polisi menangkap 14 orang pada Jumat (14/6/2024) di Medan."
    assert _run(numbers, id_, "2024年6月14日（金）、メダンの警察が14人を逮捕した。", "id", "ja") == []
    assert _run(numbers, id_, "The police arrested 14 people in Medan on Friday.", "id", "en") == []
    assert _run(numbers, "警察は2025年6月14日（金）、14人を逮捕した。", id_, "ja", "id")


def test_a_decimal_before_ri_is_a_number_of_days_not_a_date():
    ja = "平均滞留日数は2.8日に短縮した。"
    assert _run(numbers, ja, "平均滞港时间降至2.8天。", "ja", "zh") == []
    assert _run(numbers, ja, "平均滞港时间降至3.8天。", "ja", "zh")


def test_a_word_that_holds_a_number_word_is_no_amount():
    # 車両 (vehicles) holds the 両 of 両国 (both): it must not answer "dua kali lipat" (twice)
    ja = "前年同期のほぼ2倍となる1万8540台の車両を輸出した。"
    id_ = "Pelabuhan mengekspor 18.540 unit kendaraan, hampir dua kali lipat dibandingkan tahun lalu."
    assert _run(numbers, id_, ja, "id", "ja") == []
    assert _run(numbers, id_.replace("dua kali", "tiga kali"), ja, "id", "ja")


@pytest.mark.parametrize("tl, rl, t, r", [
    ("fr", "zh", "L'Indonésie compte 0,47 médecin pour 1 000 habitants.", "印尼每千人仅有0.47名医生。"),
    ("ja", "en", "医師数は人口千人当たり0.47人にとどまる。", "There are only 0.47 doctors per 1,000 people."),
    ("id", "zh", "Waktu tempuh menjadi sekitar tiga setengah jam.", "行程时间将缩短至约3.5小时。"),
    ("id", "en", "Ia dipenjara selama satu setengah tahun.", "He was jailed for a year and a half."),
])
def test_per_thousand_and_a_half_said_after_a_number_word(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


def test_a_changed_rate_or_half_is_still_caught():
    assert _run(numbers, "L'Indonésie compte 0,47 médecin pour 10 000 habitants.", "印尼每千人仅有0.47名医生。", "fr", "zh")
    assert _run(numbers, "Waktu tempuh menjadi sekitar tiga setengah jam.", "行程时间将缩短至约4.5小时。", "id", "zh")
    assert _values("dua setengah juta orang", "id") == [(2500000.0, "number")]


# --- round 27: parts per million, MMSCFD, bands, a million and thousands ---------------------

@pytest.mark.parametrize("tl, rl, t, r", [
    ("zh", "ja", "传感器检测到硫化氢浓度高达百万分之35。", "センサーが最大35ppmの硫化水素を検知した。"),
    ("ja", "en", "センサーが最大35ppmの硫化水素を検知した。", "Sensors detected up to 35 parts per million of hydrogen sulphide."),
    ("zh", "ar", "硫化氢浓度高达百万分之35。", "رصدت تركيزات تصل إلى 35 جزءا في المليون."),
    ("ja", "fr", "価格を100万BTU当たり6ドルに抑える。", "Le prix restera à 6 dollars par million de British thermal units."),
    ("fr", "en", "La production devrait atteindre 120 millions de pieds cubes par jour.", "Output is expected to reach 120 MMSCFD."),
    ("zh", "id", "三家运营商获得2×45兆赫的频谱。", "Tiga operator mendapat pita selebar 2x45 MHz."),
    ("zh", "ar", "金条价格降至每克141.8万印尼盾。", "تراجع سعر السبائك إلى مليون و418 ألف روبية للغرام."),
    ("id", "en", "Harganya Rp1 juta 418 ribu per gram.", "The price is Rp1,418,000 per gram."),
])
def test_round_27_units_and_compound_amounts(tl, rl, t, r):
    assert _run(numbers, t, r, tl, rl) == []


def test_round_27_changed_amounts_are_still_caught():
    assert _run(numbers, "传感器检测到硫化氢浓度高达百万分之53。", "センサーが最大35ppmの硫化水素を検知した。", "zh", "ja")
    assert _run(numbers, "La production devrait atteindre 210 millions de pieds cubes par jour.",
                "Output is expected to reach 120 MMSCFD.", "fr", "en")
    assert _run(numbers, "金条价格降至每克141.8万印尼盾。", "تراجع سعر السبائك إلى مليون و481 ألف روبية للغرام.", "zh", "ar")
    # two amounts side by side stay two
    assert _values("total aset Rp86,5 triliun dan 1,3 juta nasabah", "id") == \
        [(86500000000000.0, "number"), (1300000.0, "number")]
    assert _values("bantuan Rp2 juta dan 500 orang", "id") == [(2000000.0, "number"), (500.0, "number")]
