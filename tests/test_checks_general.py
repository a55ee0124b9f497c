"""General classes of false alarms of the fact checks, and the changes that must still be caught.

Each class holds faithful pairs in several languages (the check stays quiet) and changed ones
(the check fires): fractions, decades and multiples; approximate amounts ("dozens", 数十,
puluhan); Indonesian numerals; Arabic vowel marks; words that look negative and are not
(余儀なく, 不得不, ne … que, tidak hanya, لا بد); Latin-script names kept in Chinese or Japanese.
"""

from __future__ import annotations

import pytest

from checker.checks import dates, names, negation, numbers
from checker.checks.negation import implicit_negations, negations
from checker.checks.numerals import approximate_quantities, extract_quantities
from check_helpers import implicit_kinds, quantity_values, run_check


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


# --- negation ---------------------------------------------------------------------------------

FAITHFUL_NEGATION = [
    # Japanese words with ない/なく that negate nothing
    ("ja", "en", "120万人が避難を余儀なくされた。", "1.2 million people were forced to flee."),
    ("ja", "en", "間もなく結果が発表される。", "The results will be announced soon."),
    ("ja", "en", "負傷者は少なくとも10人に上る。", "At least 10 people were injured."),
    ("ja", "en", "元大統領が85歳で亡くなった。", "The former president died at 85."),
    ("ja", "en", "政府は計画を見直さなくてはならない。", "The government has to review the plan."),
    ("ja", "en", "これは間違いなく重要な一歩だ。", "This is certainly an important step."),
    ("ja", "en", "水は生活に欠かせない。", "Water is essential to life."),
    ("ja", "en", "燃料がなくなった。", "The fuel ran out."),
    ("ja", "en", "このままでは経済が悪化するのではないかとの懸念が広がっている。",
     "There are growing fears that the economy will worsen."),
    ("ja", "en", "彼らは前例のない危機に直面している。", "They face an unprecedented crisis."),
    # Chinese
    ("zh", "en", "这不仅是经济问题，也是政治问题。", "This is not only an economic issue but also a political one."),
    ("zh", "en", "毫无疑问，这是一个重要的决定。", "There is no doubt that this is an important decision."),
    ("zh", "en", "罚款不超过1000元。", "The fine is up to 1,000 yuan."),
    ("zh", "en", "不到一半的选民参加了投票。", "Less than half of voters took part."),
    ("zh", "en", "他们面临前所未有的危机。", "They face an unprecedented crisis."),
    ("en", "zh", "The central bank kept interest rates unchanged.", "央行维持利率不变。"),
    # French
    ("fr", "en", "Il n'y a que deux candidats.", "There are only two candidates."),
    ("fr", "en", "N'importe quel citoyen peut voter.", "Any citizen can vote."),
    ("fr", "en", "C'est sans doute la décision la plus importante.", "It is probably the most important decision."),
    ("fr", "en", "Non seulement les prix augmentent, mais les salaires baissent.",
     "Not only are prices rising, but wages are falling."),
    ("fr", "en", "Il est plus que jamais nécessaire d'agir.", "It is more necessary than ever to act."),
    ("fr", "zh", "Une organisation non gouvernementale a signalé l'incident.", "一个非政府组织报告了这一事件。"),
    ("en", "zh", "A non-governmental organisation reported the incident.", "一个非政府组织报告了这一事件。"),
    ("fr", "en", "Les prix ne cessent d'augmenter.", "Prices keep rising."),
    ("fr", "en", "Il n'y a pas plus de 10 candidats.", "There are no more than 10 candidates."),
    # Indonesian
    ("id", "en", "Tidak hanya harga, tetapi juga kualitas yang penting.", "Not only price but also quality matters."),
    ("id", "en", "Tak lama kemudian, polisi tiba.", "Soon after, police arrived."),
    ("id", "en", "Tidak sedikit warga yang mengungsi.", "Many residents fled."),
    ("id", "en", "Belum lama ini, pemerintah menaikkan harga.", "Recently, the government raised prices."),
    # English
    ("en", "fr", "The report must be submitted no later than Friday.", "Le rapport doit être remis au plus tard vendredi."),
    ("en", "fr", "Nonetheless, the talks continued.", "Les discussions se sont néanmoins poursuivies."),
    ("en", "ar", "There is no doubt this is an important step.", "لا شك أن هذه خطوة مهمة."),
    ("en", "zh", "Authorities have yet to identify the victims.", "当局尚未确认遇难者身份。"),
    # Arabic
    ("en", "ar", "At least 10 people were killed.", "قُتل ما لا يقل عن 10 أشخاص."),
    ("en", "ar", "Especially in the north.", "لا سيما في الشمال."),
    ("en", "ar", "However, the talks continued.", "غير أن المحادثات استمرت."),
    ("en", "ar", "The talks ended without an agreement.", "انتهت المحادثات دون التوصل إلى اتفاق."),
    ("ar", "en", "ليس فقط الأسعار بل الجودة أيضا.", "Not only prices but also quality."),
    # "no longer" is a negation in every language
    ("ja", "en", "彼はもはや大統領ではない。", "He is no longer president."),
    ("fr", "en", "Il n'est plus président.", "He is no longer president."),
    ("id", "zh", "Ia tidak lagi menjabat sebagai presiden.", "他已不再担任总统。"),
    ("ar", "en", "لم يعد رئيسا.", "He is no longer president."),
    # obligation counts the same everywhere: had to = 余儀なくされた = 不得不 = لا بد
    ("en", "ja", "1.2 million people had to flee.", "120万人が避難を余儀なくされた。"),
    ("ja", "zh", "住民は避難を余儀なくされた。", "居民们不得不撤离。"),
    ("en", "ar", "The government had to postpone the vote.", "كان لا بد للحكومة من تأجيل التصويت."),
    ("en", "fr", "He had no choice but to resign.", "Il n'avait pas d'autre choix que de démissionner."),
]

CHANGED_NEGATION = [
    ("ja", "en", "120万人が避難を余儀なくされなかった。", "1.2 million people were forced to flee."),
    ("ja", "en", "政府は計画を見直さない。", "The government must review the plan."),
    ("zh", "en", "政府没有推迟选举。", "The government had to postpone the election."),
    ("fr", "en", "Il n'y a pas deux candidats.", "There are only two candidates."),
    ("id", "en", "Tak lama kemudian, polisi tidak tiba.", "Soon after, police arrived."),
    ("en", "fr", "Not only are prices not rising, but wages are also falling.",
     "Non seulement les prix augmentent, mais les salaires baissent aussi."),
    ("en", "ja", "1.2 million people did not have to flee.", "120万人が避難を余儀なくされた。"),
    ("en", "ar", "The government did not postpone the vote.", "كان لا بد للحكومة من تأجيل التصويت."),
    ("en", "ja", "He is no longer president.", "彼は大統領だ。"),
    ("en", "zh", "Authorities have identified the victims.", "当局尚未确认遇难者身份。"),
    ("en", "ar", "The talks ended with an agreement.", "انتهت المحادثات دون التوصل إلى اتفاق."),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_NEGATION)
def test_words_that_look_negative_are_quiet(tl, rl, t, r):
    assert _run(negation, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", CHANGED_NEGATION)
def test_a_genuine_negation_still_counts(tl, rl, t, r):
    assert [f.check for f in _run(negation, t, r, tl, rl)] == ["negation"]


@pytest.mark.parametrize("text, lang, count", [
    ("他们找不到工作。", "zh", 1),                      # 找不到 = cannot find; 不到 + figure is "less than"
    ("Masa jabatannya tidak lama.", "id", 1),           # not long; "tidak lama kemudian" is "soon after"
    ("L'amende ne doit pas dépasser 1 000 euros.", "fr", 0),  # at most 1,000 euros
    ("He was unable to attend.", "en", 0),  # an implicit inability, like "stranded"
    ("قالت الوزيرة إن العجز سيبقى دون 3% من الناتج المحلي.", "ar", 0),  # دون = below
    ("غادر دون أن يقول شيئا.", "ar", 1),
])
def test_negation_counts_general(text, lang, count):
    assert len(negations(text, lang)) == count


# --- names ------------------------------------------------------------------------------------

def test_latin_name_kept_in_japanese_or_chinese_must_be_in_the_translation():
    found = _run(names, "The president said the country had no plans to join Hamilton.",
                 "大統領は、同国はBRICSに加盟する計画はないと述べた。", "en", "ja")
    assert [f.check for f in found] == ["names"]
    assert _run(names, "The president said the country had no plans to join BRICS.",
                "大統領は、同国はBRICSに加盟する計画はないと述べた。", "en", "ja") == []
    assert _run(names, "Apple said Okonkwo sales rose.", "Apple表示，iPhone销量上升。", "en", "zh")
    assert _run(names, "Apple a dit que les ventes d'iPhone avaient augmenté.", "Apple表示，iPhone销量上升。", "fr", "zh") == []
    # a gloss in brackets is a translation aid, often left out
    assert _run(names, "A team from the International Atomic Energy Agency arrived at the site.",
                "国際原子力機関（IAEA）の調査団が現地入りした。", "en", "ja") == []
    assert _run(names, "OpenAI unveiled a new version of ChatGPT.", "OpenAIはChatGPTの新版を発表した。", "en", "ja") == []


def test_a_spelled_out_name_before_its_acronym_is_a_description():
    assert _run(names, "Badan Nasional Penanggulangan Bencana (BNPB) menyatakan 2.000 warga telah mengungsi.",
                "The National Disaster Management Agency (BNPB) said 2,000 residents had been evacuated.", "id", "en") == []
    found = _run(names, "Badan Nasional Penanggulangan Bencana (Haddad) menyatakan 2.000 warga telah mengungsi.",
                 "The National Disaster Management Agency (BNPB) said 2,000 residents had been evacuated.", "id", "en")
    assert found and found[0].check == "names"


@pytest.mark.parametrize("translation, reference, t_lang, r_lang", [
    # the bracket after the spelled-out agency holds a name where the reference glosses the acronym
    ("Badan Meteorologi, Klimatologi, dan Geofisika (Kowalski) menyatakan gempa itu tidak berpotensi tsunami.",
     "気象気候地球物理庁（BMKG）は津波の恐れはないとした。", "id", "ja"),
    ("The Meteorology, Climatology and Geophysics Agency (Haddad) said there was no tsunami threat.",
     "وقالت وكالة الأرصاد الجوية والمناخ والجيوفيزياء (BMKG) إنه لا خطر من حدوث تسونامي.", "en", "ar"),
    ("印尼国家研究与创新署（Lindqvist）表示发现了一种新的树蛙。",
     "Badan Riset dan Inovasi Nasional (BRIN) mengidentifikasi spesies baru katak pohon.", "zh", "id"),
    # an acronym in the bracket, after words that spell the reference's acronym out
    ("Seleksi Nasional Berdasarkan Tes (UTBK) diikuti 860.000 peserta.",
     "全国統一大学入学試験（SNBT）には約86万人が参加した。", "id", "ja"),
])
def test_a_gloss_in_brackets_replaced_by_another_name_is_a_swap(translation, reference, t_lang, r_lang):
    found = _run(names, translation, reference, t_lang, r_lang)
    assert [f.check for f in found] == ["names"]
    assert "translation names" in found[0].message and found[0].span and found[0].reference_span


@pytest.mark.parametrize("translation, reference, t_lang, r_lang", [
    ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan gempa itu tidak berpotensi tsunami.",
     "気象気候地球物理庁（BMKG）は津波の恐れはないとした。", "id", "ja"),
    # one body's acronym in two languages: OMS and WHO
    ("L'Organisation mondiale de la santé (OMS) a publié jeudi son rapport.",
     "世界卫生组织（WHO）周四发布了报告。", "fr", "zh"),
    ("La compagnie pétrolière publique (Pertamina) a relevé ses prix.",
     "国营石油公司（Pertamina）上调了价格。", "fr", "zh"),
])
def test_glosses_that_name_the_same_body_are_no_swap(translation, reference, t_lang, r_lang):
    assert _run(names, translation, reference, t_lang, r_lang) == []


def test_expansion_is_told_from_a_person_and_party():
    assert _run(names, "Komisi Pemilihan Umum (KPU) menetapkan hasil pemilu.",
                "The General Elections Commission (KPU) confirmed the results.", "id", "en") == []
    assert _run(names, "Le Rassemblement national (RN) a critiqué le gouvernement.",
                "The National Rally (RN) criticised the government.", "fr", "en") == []
    found = _run(names, "Marine Le Pen (RN) a critiqué le gouvernement.",
                 "Marine Lindqvist (RN) criticised the government.", "fr", "en")
    assert [f.check for f in found] == ["names"]


def test_a_name_is_not_a_common_word_it_begins():
    # "Moreau" is not "more", "Haddad" not "had"
    assert _run(names, "Le festival s'est ouvert au Grand Moreau éphémère, avec plus de 1 200 auteurs.",
                "The festival opened at the Grand Palais Éphémère, with more than 1,200 authors.", "fr", "en")
    assert _run(names, "Le Premier ministre a rencontré le président russe.",
                "The prime minister met the Russian president.", "fr", "en") == []


def test_currency_and_institutions_are_not_names():
    assert _run(names, "The project is expected to cost 8 trillion rupiah.",
                "Biaya proyek diperkirakan mencapai Rp 8 triliun.", "en", "id") == []
    assert _run(names, "Annual inflation slowed to 2.8 percent, data from Statistics Indonesia showed.",
                "Inflasi tahunan melambat menjadi 2,8 persen, menurut data Badan Pusat Statistik.", "en", "id") == []


# --- dates ------------------------------------------------------------------------------------

def test_japanese_fiscal_quarter_months_answer_but_do_not_call():
    assert _run(dates, "同社の4～6月期の純利益は12億ドルとなった。",
                "The company's second-quarter net profit was $1.2 billion.", "ja", "en") == []
    assert _run(dates, "同社の4～6月期の純利益は12億ドルとなった。",
                "The company's April-June net profit was $1.2 billion.", "ja", "en") == []
    assert _run(dates, "3、4月の売上高は増えた。", "Sales rose in March and April.", "ja", "en") == []
    assert _run(dates, "3、4月の売上高は増えた。", "Sales rose in March.", "ja", "en")


# --- names, round 5: portfolios, capitals of listed names ----------------------------------------

FAITHFUL_NAMES_ROUND5 = [
    # a minister's portfolio is translated, not a name
    ("fr", "en", "La ministre des Transports, Clara Dubois, a annoncé le plan jeudi.",
     "Transport Minister Clara Dubois announced the plan on Thursday."),
    ("en", "id", "Trade and Industry Minister Tan See Leng visited the port.",
     "Menteri Perdagangan dan Industri Tan See Leng mengunjungi pelabuhan itu."),
    ("en", "fr", "The Ministry of Fisheries said quotas would be cut.",
     "Le ministère de la Pêche a indiqué que les quotas seraient réduits."),
    # a listed name written with a capital is not the common word it spells ("antara", between)
    ("ja", "id", "ジャカルタとバンドンを結ぶ列車が再開した。",
     "Kereta antara Jakarta dan Bandung kembali beroperasi."),
    # "Le Caire" and "Kairo", "Philippine" and "Filipina", "Pacifique" and "Pasifik"
    ("fr", "id", "Les deux ministres se sont rencontrés au Caire.", "Kedua menteri bertemu di Kairo."),
    ("en", "id", "The Philippine coast guard rescued 12 fishermen.",
     "Penjaga pantai Filipina menyelamatkan 12 nelayan."),
    ("fr", "id", "Les stocks de thon du Pacifique se reconstituent.", "Stok tuna Pasifik mulai pulih."),
    # a foundation, a world championship, a number sign
    ("fr", "en", "La Fondation suisse pour la nature a publié son rapport.",
     "The Swiss nature foundation published its report."),
    ("id", "en", "Tim itu lolos ke Kejuaraan Dunia di Jakarta.", "The team qualified for the World Championship in Jakarta."),
    ("fr", "en", "Le signal n° 8 a été levé.", "The No. 8 signal was lowered."),
]


def test_a_portfolio_does_not_hide_a_swapped_minister():
    assert _run(names, "La ministre des Transports, Clara Dubois, a annoncé le plan jeudi.",
                "Transport Minister Claire Martin announced the plan on Thursday.", "fr", "en")
    # where a portfolio ends is unknown when more capitalised words follow: they stay names
    assert [n for *_, n in names.proper_names("said Minister for Europe Stephen Doughty.", "en")] == [
        "Europe Stephen Doughty"]


# --- names and quotes, round 6 -----------------------------------------------------------------

FAITHFUL_NAMES_ROUND6 = [
    ("fr", "en", "La Banque d'Indonésie a maintenu son taux.", "Bank Indonesia kept its rate unchanged."),
    # a body named by a listed form on one side, by its country on the other
    ("zh", "fr", "印尼央行维持利率不变。", "La banque centrale d'Indonésie a maintenu son taux."),
    ("id", "fr", "Penjelajah milik Uni Emirat Arab itu akan diluncurkan.", "Le rover émirien sera lancé."),
    ("id", "fr", "Sekolah ditutup, kata dinas pendidikan Makkah.", "Les écoles sont fermées, selon l'éducation de La Mecque."),
    ("en", "id", "The Royal Commission for Riyadh City said so.", "Komisi Kerajaan untuk Kota Riyadh mengatakan demikian."),
]


def test_a_country_swapped_for_its_neighbour_is_still_caught():
    # "south-sudan" holds "sudan" but names another country, not a body of it
    assert _run(names, "Les réfugiés ont fui vers le Soudan du Sud.", "The refugees fled to Sudan.", "fr", "en")


def test_a_latin_or_katakana_name_in_brackets_is_no_quotation():
    from checker.checks import quotes

    assert _run(quotes, "同社のサービス「M-Pesa」の取引が増えた。", "Transactions on its M-Pesa service rose.", "ja", "en") == []
    assert _run(quotes, "探査車「ラシード2」を打ち上げる。", "It will launch the Rashid 2 rover.", "ja", "en") == []
    assert _run(quotes, "彼は「計画は失敗だった」と語った。", "He spoke about the plan.", "ja", "en")


def test_a_title_in_title_marks_answers_a_quoted_title_but_is_no_speech():
    from checker.checks import quotes

    assert _run(quotes, "她凭借小说《盐的档案》获奖。", "She won for \"The Salt Archive\", her novel.", "zh", "en") == []
    assert _run(quotes, "她凭借小说《盐的档案》获奖。", "She won for her novel.", "zh", "en") == []
    assert _run(quotes, "『雪国』の作者が語った。", "The author of Snow Country spoke.", "ja", "en") == []


# --- names and quotes, round 8 -------------------------------------------------------------------

FAITHFUL_NAMES_ROUND8 = [
    ("fr", "en", "Le ministre éthiopien de l'Eau, Tesfaye Gebremedhin, a démenti.", "Ethiopian Water Minister Tesfaye Gebremedhin denied it."),
    ("fr", "en", "Selon l'Agence de gestion des incendies et des catastrophes, 14 personnes sont mortes.",
     "The Fire and Disaster Management Agency said 14 people died."),
    # a title of a work is translated
    ("fr", "en", "« Le Dernier Port », de Rania Haddad, a gagné.", "\"The Last Harbour\", by Rania Haddad, won."),
    # an acronym glossed on one side only
    ("id", "fr", "Turbin Bendungan Renaisans Agung Ethiopia (GERD) telah diuji.", "La turbine du Grand barrage de la Renaissance a été testée."),
    # a country added or dropped as an explanation
    ("id", "en", "Otoritas penerbangan sipil Prancis (DGAC) belum mencapai kesepakatan.",
     "The civil aviation authority DGAC has not reached a deal."),
    ("id", "fr", "Suhu mencapai 44,1 derajat Celsius, menurut Biro Meteorologi Australia.",
     "Le thermomètre a atteint 44,1 °C, selon le Bureau de météorologie."),
    ("id", "en", "Jalur baru menghubungkan Chongqing dan Xi'an.", "A new line links Chongqing and Xi'an."),
    ("en", "fr", "The UN refugee agency warned on Tuesday.", "Le Haut-Commissariat de l'ONU pour les réfugiés a averti mardi."),
    ("id", "en", "Gubernur BI Arief Santoso mengatakan inflasi akan turun.", "Governor Arief Santoso said inflation would fall."),
]


def test_a_place_replaced_by_another_name_is_still_a_swap():
    # the place dropped is not an explanation when a new name stands where it stood
    assert _run(names, "Measles cases in Lindqvist and Central Asia rose.",
                "Les cas de rougeole en Europe et en Asie centrale ont augmenté.", "en", "fr")
    # a dropped attribution to a body is still a finding
    assert _run(names, "Le président est arrivé à Paris.", "The president arrived in Paris, Reuters reported.", "fr", "en")


def test_a_named_craft_in_quotation_marks_is_no_speech():
    from checker.checks import quotes

    assert _run(quotes, "其研制的“天枢三号”量子计算机完成了任务。", "Their Tianshu-3 quantum computer solved it.", "zh", "en") == []


# --- names, round 9 ---------------------------------------------------------------------------------

FAITHFUL_NAMES_ROUND9 = [
    ("fr", "en", "Un manuscrit du XVIIe siècle a été restitué au Mali.", "A 17th-century manuscript was handed back to Mali."),
    ("ar", "ja", "فازت اليابانية آيكو تانابي على البولندية مارتا كوفالتشيك.", "田辺愛子がマルタ・コワルチク（ポーランド）を破った。"),
    ("fr", "ja", "Les touristes étrangers se rendant à Bali paieront une taxe.", "インドネシア・バリ州を訪れる外国人観光客に税を課す。"),
    ("fr", "zh", "Une société soutenue par des capitaux chinois investira à Morowali.", "中资背景的公司将在莫罗瓦利投资。"),
    ("id", "en", "Komisi Pemilihan Umum Malaysia menetapkan tanggal pemungutan suara.", "Malaysia's Election Commission set the polling date."),
    ("id", "en", "Seorang pejabat BPBD mengatakan tidak ada korban jiwa.", "A disaster agency official said there were no casualties."),
]


def test_a_katakana_country_is_still_a_country_beside_a_place():
    from checker.checks.names import entity_mentions

    assert [c for *_, c in entity_mentions("マルタ島とイタリア", "ja")] == ["malta", "italy"]
    assert [c for *_, c in entity_mentions("インドネシア・バリ州", "ja")] == ["indonesia", "bali"]
    assert _run(names, "Les touristes se rendant en Thaïlande paieront une taxe.", "インドネシア・バリ州を訪れる観光客に税を課す。", "fr", "ja")


# --- names and quotes, round 10: a city and its country, holidays and exonyms, Indonesian
# institutions, acronyms kept in any script, titles in capitals --------------------------------

FAITHFUL_NAMES_ROUND10 = [
    ("zh", "ja", "开罗阿赫利队以2比1击败卡萨布兰卡维达德队。", "アル・アハリはカイロでウィダード・カサブランカ（モロッコ）を2－1で破った。"),
    ("zh", "fr", "雅万高铁周二迎来第1000万名旅客。", "Le train à grande vitesse Jakarta-Bandung a transporté mardi son dix-millionième passager."),
    ("fr", "en", "Le métro prolongera ses horaires le soir du Nouvel An.", "The MRT will extend its hours on New Year's Eve."),
    ("id", "en", "Sebanyak 146,5 juta orang akan mudik Lebaran tahun ini.", "Some 146.5 million people will travel home for Idul Fitri this year."),
    ("fr", "id", "Les garde-côtes ont secouru 47 migrants au sud de la Crète.", "Penjaga pantai menyelamatkan 47 migran di selatan Pulau Kreta."),
    ("id", "fr", "Kebakaran menghanguskan 45 rumah, kata Dinas Penanggulangan Kebakaran dan Penyelamatan.",
     "Un incendie a ravagé 45 maisons, selon les pompiers."),
    ("id", "en", "Kementerian Pendidikan Dasar dan Menengah menyatakan sekolah belum dibuka.",
     "The Primary and Secondary Education Ministry said schools had yet to reopen."),
    ("ar", "zh", "وأكدت وكالة الأرصاد (BMKG) أنه لا خطر تسونامي في إندونيسيا.", "印尼气象局（BMKG）表示不会引发海啸。"),
]


def test_a_country_swapped_beside_a_city_named_on_both_sides_is_still_caught():
    assert _run(names, "俄罗斯和土耳其在伊斯坦布尔会谈。", "Russia and Ukraine held talks in Istanbul.", "zh", "en")


def test_a_title_in_capitals_is_no_speech_but_a_sentence_is():
    from checker.checks import quotes

    assert _run(quotes, "Her debut film, \"Les Marées de Joal\", won.", "Film debutnya, Les Marées de Joal, menang.", "en", "id") == []
    assert _run(quotes, "« Rumah Tanpa Pintu » (« La maison sans porte ») a attiré 4,2 millions de spectateurs.",
                "恐怖片《无门之屋》观影人次达420万。", "fr", "zh") == []
    assert _run(quotes, "She said: \"we never expected this\".", "Elle a dit qu'elle ne s'y attendait pas.", "en", "fr")
    assert _run(quotes, "获得最高奖“金种马奖”。", "Elle a remporté l'Étalon d'or.", "zh", "fr") == []


# --- round 11: katakana words, the euro, national bodies and their country, parks and stations ---

FAITHFUL_NAMES_ROUND11 = [
    ("zh", "ja", "法国轮胎制造商公布上半年净利润13亿欧元。", "フランスのタイヤメーカーは純利益が13億ユーロだったと発表した。"),
    ("id", "ar", "Komisi Pemberantasan Korupsi (KPK) menetapkan bupati itu sebagai tersangka.",
     "صنّفت هيئة مكافحة الفساد الإندونيسية الحاكم مشتبهاً به."),
    ("en", "id", "They found a colony in a remote valley of Fiordland National Park.",
     "Mereka menemukan koloni di lembah terpencil Taman Nasional Fiordland."),
    ("en", "id", "The line will connect Bundaran HI with Kota station.", "Jalur itu akan menghubungkan Bundaran HI dengan Stasiun Kota."),
]


def test_a_katakana_name_is_a_whole_word():
    from checker.checks.names import entity_mentions

    assert [c for *_, c in entity_mentions("タイとベトナム", "ja")] == ["thailand", "vietnam"]
    assert [c for *_, c in entity_mentions("フランスのタイヤメーカー", "ja")] == ["france"]
    assert _run(numbers, "2国間の貿易額を1500億ドルに引き上げる。", "They will lift bilateral trade to $150 billion.", "ja", "en") == []


# --- round 12: geographic words, the possessive of a cut name, a word of the other language at a
# sentence start, holidays and exonyms ------------------------------------------------------------

FAITHFUL_NAMES_ROUND12 = [
    ("en", "id", "Patrol boats detained two trawlers off the Natuna Islands.", "Kapal patroli menangkap dua kapal pukat di perairan Kepulauan Natuna."),
    ("en", "fr", "A strong quake shook Japan's Noto Peninsula.", "Un fort séisme a secoué la péninsule de Noto, au Japon."),
    ("en", "fr", "Chili prices fell in Surabaya, Indonesia's second city.", "Le prix du piment a baissé à Surabaya, deuxième ville d'Indonésie."),
    ("en", "id", "Cattle prices rose ahead of Eid al-Adha.", "Harga sapi naik menjelang Iduladha."),
    ("fr", "en", "Le volcan se trouve dans les Petites îles de la Sonde orientales.", "The volcano is in East Nusa Tenggara."),
    ("fr", "id", "Le centre a maintenu l'alerte au niveau III.", "Pusat itu mempertahankan status Level III."),
]


def test_round12_names_still_swap():
    assert _run(names, "Patrol boats detained two trawlers off the Riau Islands.",
                "Kapal patroli menangkap dua kapal pukat di perairan Kepulauan Natuna.", "en", "id")
    # "Noto" is not the word "not" cut short
    assert _run(names, "A quake shook Japan's Hamilton Peninsula; officials did not issue a warning.",
                "Gempa mengguncang Semenanjung Noto, Jepang; otoritas tidak mengeluarkan peringatan.", "en", "id")
    # the other language's word for Chile inside a sentence is still Chile
    assert _run(names, "Les prix ont baissé au Chili.", "Prices fell in Peru.", "fr", "en")


# --- round 13: institution words, the big islands and their exonyms, Medina, French Guiana -------

FAITHFUL_NAMES_ROUND13 = [
    ("fr", "en", "Le séisme a frappé le nord de Célèbes.", "The quake struck northern Sulawesi."),
    ("fr", "id", "Les écoles de Medan, sur l'île de Sumatra, restent ouvertes.", "Sekolah-sekolah di Medan tetap buka."),
    ("fr", "en", "La déforestation a surtout touché Kalimantan, la partie indonésienne de Bornéo.",
     "Deforestation mostly hit Kalimantan."),
    ("id", "fr", "Jemaah diimbau tidak ke Madinah pada siang hari.", "Les pèlerins sont invités à ne pas se rendre à Médine en journée."),
    ("en", "fr", "The rocket lifted off from Kourou in French Guiana.", "La fusée a décollé de Kourou, en Guyane."),
    ("id", "en", "RSUP Dr. Sardjito melakukan 212 transplantasi ginjal.", "Dr. Sardjito Hospital performed 212 kidney transplants."),
    ("en", "id", "The Indonesian Shrimp Association said exports fell.", "Asosiasi Udang Indonesia menyatakan ekspor turun."),
    ("id", "en", "Penjabat Gubernur Heru Budi Hartono meresmikan halte itu.", "Acting governor Heru Budi Hartono opened the stop."),
    ("id", "fr", "PVMBG mempertahankan status gunung itu pada Level III (Siaga).", "Le PVMBG a maintenu l'alerte au niveau III."),
    # round 14: words of places, events and offices that each language translates
    ("id", "en", "Presiden menerima para menteri di Istana Merdeka.", "The president received the ministers at Merdeka Palace."),
    ("en", "id", "Traders at Senen Market said prices rose.", "Para pedagang di Pasar Senen mengatakan harga naik."),
    ("fr", "en", "Le Salon du livre de Francfort s'ouvre mardi.", "The Frankfurt Book Fair opens on Tuesday."),
    ("id", "en", "Tim renang Indonesia meraih dua emas.", "Indonesia's swimming team won two golds."),
    ("fr", "id", "Le défilé de la fête de l'Indépendance aura lieu samedi.", "Parade Hari Kemerdekaan digelar Sabtu."),
    # a bracket after a title glosses it; a name spelled out before its acronym, in brackets or
    # after "atau"
    ("en", "id", "“Laut Pasang” (High Tide) won the best film award.", "Film “Laut Pasang” meraih penghargaan film terbaik."),
    ("id", "en", "PT Kereta Api Indonesia (Persero) atau KAI telah menjual 2,8 juta tiket.", "State railway operator KAI has sold 2.8 million tickets."),
    ("id", "en", "Kota itu mengumpulkan Rp1,42 triliun dari Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB).",
     "The city collected Rp 1.42 trillion in land and building acquisition duty (BPHTB)."),
    ("id", "en", "Setiap desa akan menerima Dana Desa rata-rata Rp946 juta.", "Each village will receive Rp 946 million from the Village Fund."),
]


def test_round13_swapped_glosses_and_leftovers():
    # the gloss is a word, spelled out before its bracket: the bracket still stands for it
    assert _run(names, "Belanja selama Hari Belanja Online Nasional (Santoso) mencapai Rp25,7 triliun.",
                "“全国网购日”（Harbolnas）期间消费25.7万亿印尼盾。", "id", "zh")
    assert _run(names, "Belanja selama Hari Belanja Online Nasional (Harbolnas) mencapai Rp25,7 triliun.",
                "“全国网购日”（Harbolnas）期间消费25.7万亿印尼盾。", "id", "zh") == []
    # one word in brackets after an acronym is no expansion of it
    assert _run(names, "Badan Pengungsi PBB (Moreau) menyatakan hal itu, Jumat.",
                "The UN refugee agency UNHCR said so on Friday.", "id", "en")
    # the word left beside the same listed name differs on the two sides
    assert _run(names, "The pair withdrew from the Malaysia Hamilton on Tuesday.",
                "Pasangan itu mundur dari Malaysia Open, Selasa.", "en", "id")
    assert _run(names, "The pair withdrew from the Malaysia Open on Tuesday.",
                "Pasangan itu mundur dari Malaysia Open, Selasa.", "en", "id") == []
    # a word of a translated title left on one side only goes
    assert _run(names, "The Paris Book Festival opened on Friday.",
                "Le Festival du livre de Paris a ouvert vendredi.", "en", "fr") == []


def test_round13_islands_still_swap():
    assert _run(names, "Le séisme a frappé le nord de Sumatra.", "The quake struck northern Sulawesi.", "fr", "en")
    assert _run(names, "地震袭击了苏门答腊北部。", "Gempa mengguncang Sulawesi bagian utara.", "zh", "id")


# --- every round's faithful name pairs ----------------------------------------------------------

@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL_NAMES_ROUND5 + FAITHFUL_NAMES_ROUND6 + FAITHFUL_NAMES_ROUND8
                         + FAITHFUL_NAMES_ROUND9 + FAITHFUL_NAMES_ROUND10 + FAITHFUL_NAMES_ROUND11
                         + FAITHFUL_NAMES_ROUND12 + FAITHFUL_NAMES_ROUND13)
def test_later_rounds_faithful_names_are_quiet(tl, rl, t, r):
    assert _run(names, t, r, tl, rl) == []


@pytest.mark.parametrize("tl, rl, t, r", [
    # the energy ministry by its Indonesian acronym, its full name or a plain description
    ("id", "en", "Kementerian ESDM menyatakan tarif listrik tidak berubah pada kuartal ini.",
     "The energy ministry said electricity tariffs would not change this quarter."),
    ("en", "zh", "The Ministry of Energy and Mineral Resources (ESDM) said tariffs would stay unchanged.",
     "能源与矿产资源部表示，电价将保持不变。"),
    # Indonesian nouns capitalised in the names of bodies and posts are no names of their own
    ("id", "en", "Ia lulus dari Fakultas Hukum Universitas Airlangga dengan IPK 3,91.",
     "She graduated from Airlangga University's law faculty with a GPA of 3.91."),
    ("id", "fr", "Kepala Pusat Asesmen dan Kurikulum mengatakan ujian diikuti 2.300 sekolah.",
     "Le directeur du centre d'évaluation et des programmes a indiqué que 2 300 écoles avaient passé l'examen."),
    ("id", "en", "Vice President Infrastruktur Kendaraan Listrik PLN mengatakan 500 stasiun akan dibangun.",
     "PLN's vice president for EV infrastructure said 500 stations would be built."),
    # a code glued to a figure is no name: "4Ps" is not "Ps"
    ("en", "id", "312,000 households left the Pantawid Pamilyang Pilipino Program (4Ps) after assessments.",
     "312.000 rumah tangga keluar dari Pantawid Pamilyang Pilipino Program (4Ps) setelah penilaian."),
    # the words of a spelled-out name, translated, beside a listed name and the same acronym
    ("en", "id", "37 percent had never heard of the Smart Indonesia Card (KIP) education aid.",
     "37 persen tidak pernah mendengar tentang bantuan pendidikan Kartu Indonesia Pintar (KIP)."),
    # a portfolio after "secrétaire", and Indonesian words of posts that a title capitalises
    ("fr", "en", "La secrétaire philippine à la Protection sociale, Lorna Dizon-Abad, a parlé vendredi.",
     "Philippine Social Welfare Secretary Lorna Dizon-Abad spoke on Friday."),
    ("id", "fr", "Menteri Koordinator Bidang Pembangunan Manusia Gatot Sulistyo pada Rabu memerintahkan verifikasi.",
     "Le ministre coordinateur du Développement humain, Gatot Sulistyo, a ordonné mercredi une vérification."),
    ("id", "fr", "Mereka yang tidak memiliki Sertifikat Vaksinasi Internasional tidak akan diizinkan naik pesawat.",
     "Ceux qui ne disposent pas de certificat international de vaccination ne pourront pas embarquer."),
    ("id", "fr", "kata Direktur Jenderal Penyelenggaraan Haji dan Umrah Ahmad Fauzan Siregar.",
     "a déclaré Ahmad Fauzan Siregar, directeur général du hajj et de la omra."),
])
def test_bodies_posts_codes_and_spelled_out_names_are_no_missing_names(tl, rl, t, r):
    assert run_check(names, t, r, tl, rl) == []
    assert run_check(names, r, t, rl, tl) == []


def test_the_energy_ministry_swapped_for_another_body_is_still_reported():
    assert run_check(names, "Kementerian ESDM menyatakan tarif listrik tidak berubah.",
                     "The Financial Services Authority said electricity tariffs would not change.", "id", "en") != []


# --- round 22: an illness is no failure, an emphatic zero no coordination, a name inside "not … only"

@pytest.mark.parametrize("lang, text", [
    ("en", "He died of heart failure in a hotel in Mecca."),
    ("id", "Ia meninggal dunia akibat gagal jantung di sebuah hotel di Mekkah."),
    ("fr", "Il est mort d'une insuffisance cardiaque dans un hôtel de La Mecque."),
    ("ar", "توفي بسبب قصور في القلب في فندق بمكة."),
    ("ar", "توفي بسبب فشل كلوي في فندق بمكة."),
    ("ja", "メッカのホテルで心不全のため死亡した。"),
    ("zh", "他因心力衰竭在麦加一家酒店去世。"),
])
def test_the_failure_of_an_organ_is_an_illness_not_a_negation(lang, text):
    assert negations(text, lang) == [] and implicit_negations(text, lang) == []


def test_a_failure_that_is_no_illness_is_still_one():
    assert implicit_kinds("Ia gagal memenuhi target.", "id") == ["failure"]
    assert run_check(negation, "The pilgrim, 78, died of heart failure on Thursday.",
                     "78岁的朝觐者周四因心力衰竭去世。", "en", "zh") == []
    assert run_check(negation, "The pilgrim, 78, did not die of heart failure on Thursday.",
                     "78岁的朝觐者周四因心力衰竭去世。", "en", "zh") != []


def test_an_emphatic_zero_in_japanese_is_no_coordination():
    ja = "避難した住民1250人のうち、補助金を受け取った人は、水が引いてから3週間たった今も1人もいない。"
    assert implicit_negations(ja, "ja") == []
    en = "None of the 1,250 displaced residents have yet received the grants, three weeks after the waters receded."
    assert run_check(negation, ja, en, "ja", "en") == []
    # two members, each with も, still coordinate under one negation
    assert implicit_kinds("コメも小麦も届いていない。", "ja") == ["coordination"]


@pytest.mark.parametrize("lang, text", [
    ("ja", "数百万人が退職年齢を迎えかねないとの懸念が広がっている。"),   # かねない: "could well"
    ("ja", "子どもが学校で恥ずかしい思いをするという。"),
    ("ar", "ما يعني أن 23.9 مليون شخص ما زالوا دون خط الفقر."),        # below the poverty line
])
def test_words_that_only_look_negative_are_no_negations(lang, text):
    assert negations(text, lang) == []


def test_a_quoted_name_inside_not_only_keeps_the_restriction():
    ar = "لا يشمل غطاء هيئة الضمان الاجتماعي \"بي بي جي إس كيتيناغاكيرجاان\" سوى 9.4 مليون عامل."
    assert negations(ar, "ar") == []
    assert run_check(negation, ar, "Seuls 9,4 millions de travailleurs sont couverts par BPJS Ketenagakerjaan.",
                     "ar", "fr") == []


def test_zero_with_the_arabic_article_pairs_with_zero():
    ar = "قال الحاكم إن المقاطعة لن تحقق هدف خفض الفقر المدقع إلى الصفر بحلول عام 2026."
    en = "The governor said the province would meet its target of cutting extreme poverty to zero by 2026."
    assert run_check(negation, ar, en, "ar", "en") != []
    assert run_check(negation, ar, en.replace("would meet", "would not meet"), "ar", "en") == []


def test_an_arabic_word_with_the_article_is_no_city_without_it():
    from checker.checks.names import entity_mentions

    assert entity_mentions("تضررت 18500 أسرة من السيول التي اجتاحت ديماك.", "ar") == []
    assert [c for *_, c in entity_mentions("زار الرئيس سيول يوم الاثنين.", "ar")] == ["seoul"]
    # a nisba adjective still takes the article
    assert [c for *_, c in entity_mentions("قالت الحكومة الإندونيسية إن العمل مستمر.", "ar")] == ["indonesia"]


def test_until_a_day_is_no_limit_that_renders_not_until():
    # "jusqu'à jeudi" and "hingga Senin" say how long, not a ceiling: against "not … until" the
    # meaning is reversed
    en = "The agency warned that heavy rain is not expected across Jakarta until Thursday."
    assert run_check(negation, en, "L'agence a averti que de fortes pluies devraient tomber sur Jakarta "
                     "jusqu'à jeudi.", "en", "fr") != []
    assert run_check(negation, "The race was not postponed until Monday, the federation said.",
                     "Lomba itu ditunda hingga Senin, kata federasi.", "en", "id") != []
    # the same limit said with "not … before" on both sides stays quiet
    assert run_check(negation, "Schools in Lahore will not reopen until November 17.",
                     "Les écoles de Lahore ne rouvriront pas avant le 17 novembre.", "en", "fr") == []


@pytest.mark.parametrize("lang, text", [
    # "illegal" is a legal status in every language (Indonesian "ilegal", Japanese 違法 take no prefix)
    ("en", "Police arrested 19 people at an illegal tin mine."),
    ("fr", "La police a arrêté 19 personnes dans une mine d'étain illégale."),
    ("id", "Polisi menangkap 19 orang di tambang timah ilegal."),
    ("zh", "警方在一处非法锡矿逮捕了19人。"),
    ("ja", "警察は不法な錫鉱山で19人を逮捕した。"),
    ("ar", "اعتقلت الشرطة 19 شخصا في منجم قصدير غير قانوني."),
    # unexploded ordnance, in the words each language has for it
    ("en", "Deminers removed nearly 2,700 mines and unexploded shells."),
    ("fr", "Les démineurs ont retiré près de 2 700 mines et obus non explosés."),
    ("id", "Petugas menyingkirkan hampir 2.700 ranjau dan bom yang belum meledak."),
    ("zh", "排雷人员清除了近2700枚地雷和未爆炮弹。"),
    ("ja", "除去要員が地雷や不発弾を2700個近く除去した。"),
    ("ar", "أزال خبراء نحو 2700 لغم وقذيفة غير منفجرة."),
    # Africa, a suspicious object, a fault, safely, irregularities
    ("zh", "第三届泛非电影节在非洲联盟总部开幕。"),
    ("ja", "同センターは不審な物を見つけたら通報するよう呼びかけた。"),
    ("ja", "システムの不具合により、患者は無事に退院した。"),
    ("fr", "Les irrégularités invoquées par le candidat ont été examinées."),
])
def test_words_whose_prefix_made_a_word_of_their_own_negate_nothing(lang, text):
    found = implicit_kinds(text, lang) + [text[a:b] for a, b in negations(text, lang)]
    assert found == []


def test_a_not_added_beside_an_illegal_mine_is_reported():
    en = "Police arrested 19 people at an illegal tin mine but have not yet identified who financed it."
    assert run_check(negation, "Polisi menangkap 19 orang di tambang timah ilegal, tetapi mengidentifikasi "
                     "penyandang dananya.", en, "id", "en") != []
    assert run_check(negation, "Polisi menangkap 19 orang di tambang timah ilegal, tetapi belum mengidentifikasi "
                     "penyandang dananya.", en, "id", "en") == []


@pytest.mark.parametrize("tl, rl, t, r", [
    # "below target" says "has not reached the target", in every language
    ("id", "ar", "Produksi minyak rata-rata 580.000 barel per hari, belum mencapai target 605.000 barel per hari.",
     "بلغ إنتاج النفط في المتوسط 580 ألف برميل يوميا، دون المستهدف البالغ 605 آلاف برميل."),
    ("id", "fr", "Produksi minyak rata-rata 580.000 barel per hari, belum mencapai target 605.000 barel per hari.",
     "La production a atteint en moyenne 580 000 barils par jour, en deçà de l'objectif de 605 000 barils."),
    ("en", "zh", "Oil output averaged 580,000 barrels a day, failing to reach the 605,000-barrel target.",
     "石油产量平均为每日58万桶，低于目标。"),
    ("ar", "ja", "سجلت البورصة تداولات بلغت 1.13 مليون طن، وهو ما يقل كثيراً عن المستهدف البالغ 3 ملايين طن.",
     "取引量は113万トンで、目標の300万トンを大きく下回った。"),
])
def test_below_target_renders_not_reaching_it(tl, rl, t, r):
    assert run_check(negation, t, r, tl, rl) == []


def test_a_not_added_beside_below_target_is_still_reported():
    assert run_check(negation, "La production n'a pas atteint en moyenne 580 000 barils par jour, en deçà de "
                     "l'objectif de 605 000 barils.", "Produksi minyak rata-rata 580.000 barel per hari, di bawah "
                     "target 605.000 barel per hari.", "fr", "id") != []


def test_paying_a_sum_in_french_is_no_acquittal():
    assert implicit_negations("Seuls 35 % des visiteurs se sont acquittés des 150 000 roupies.", "fr") == []
    assert implicit_kinds("Le tribunal a acquitté le prévenu.", "fr") == ["acquittal"]


@pytest.mark.parametrize("lang, text", [
    ("ja", "途中出場の選手が同点ゴールを決め、W杯出場への望みをつないだ。"),   # つなぐ, to keep alive
    ("zh", "过去五年间，海岸侵蚀已吞没该县42公顷农田。"),                       # 吞没, swallowed
    ("zh", "法院周三判处该男子无期徒刑。"),                                     # a life sentence
    ("id", "Film horor Malam Tanpa Bulan telah meraup 4,2 juta penonton."),      # a title
    ("en", "The horror film Rumah Tanpa Pintu (House Without a Door) drew 4.2 million viewers."),
])
def test_words_and_titles_that_hold_a_negator_negate_nothing(lang, text):
    assert negations(text, lang) == []


def test_a_capitalised_negator_that_starts_a_sentence_still_counts():
    assert len(negations("No one was hurt, and Tanpa Bulan kept its lead.", "en")) == 1
    assert len(negations("Tidak ada korban jiwa.", "id")) == 1


def test_menghalangi_is_a_prevention():
    assert implicit_kinds("Cuaca buruk menghalangi pengiriman kotak suara.", "id") == ["prevention"]


def test_private_hospitals_are_not_deprived_of_anything():
    assert implicit_negations("Les médecins des hôpitaux privés de Manille ont fait grève.", "fr") == []
    assert implicit_kinds("Les habitants sont privés d'eau potable.", "fr") == ["lack"]


def test_an_arabic_nisba_adjective_names_its_place_when_only_the_place_is_listed():
    from checker.checks.names import entity_mentions

    assert [c for *_, c in entity_mentions("اعتقلت الشرطة قبطان القارب، وهو تايواني يبلغ 41 عاماً.", "ar")] == ["taiwan"]
    assert [c for *_, c in entity_mentions("أنقذت السفينة التايلاندية 12 بحارا.", "ar")] == ["thailand"]
    assert run_check(names, "اعتقلت الشرطة ثلاثة رجال بينهم قبطان القارب، وهو تايواني يبلغ من العمر 41 عاماً.",
                     "Police arrested three men, including the boat's 41-year-old Taiwanese captain.", "ar", "en") == []


@pytest.mark.parametrize("tl, rl, t, r", [
    ("zh", "fr", "印尼盾兑美元汇率周五下跌0.4%至16420印尼盾兑1美元。",
     "La roupie a reculé vendredi de 0,4 %, à 16 420 pour un dollar."),
    ("en", "zh", "The Philippine peso fell 0.3% to 58.2 per dollar on Friday.", "比索周五下跌0.3%，至1美元兑58.2比索。"),
])
def test_a_country_that_only_names_a_currency_is_no_missing_name(tl, rl, t, r):
    assert run_check(names, t, r, tl, rl) == []


def test_no_longer_needed_in_japanese_renders_no_longer_need():
    ja = "農家は購入時に実物のカードを提示する必要がなくなる。"
    assert run_check(negation, "农民今后购买时无需再出示实体卡。", ja, "zh", "ja") == []
    assert run_check(negation, "Farmers will no longer need to show a physical card.", ja, "en", "ja") == []


# --- round 23: aucun … ne across "et", absence, avoiding, prohibited goods, chess, "not before" in Japanese

def test_a_french_subject_with_aucun_takes_its_ne_across_et():
    fr = "Aucun des députés et des sénateurs présents ne s'est opposé au texte."
    assert len(negations(fr, "fr")) == 1
    # two negations, each with its own ne, stay two
    assert len(negations("Aucune plainte n'a été déposée et aucun suspect n'a été arrêté.", "fr")) == 2
    # an aucun after a ne is an object: a later ne in another clause is a negation of its own
    assert len(negations("Il n'a trouvé aucun document et les enquêteurs ne comprennent pas.", "fr")) == 2


@pytest.mark.parametrize("lang, text, kind", [
    ("fr", "La liste des candidats reste incomplète.", "lack"),
    ("fr", "Les syndicats jugent la réforme injuste.", "morphology"),
    ("ar", "تغيّب الوزير، الذي كان في زيارة رسمية، يوم الثلاثاء مرة أخرى عن الجلسة.", "failure"),
    ("id", "Kerugian yang lebih besar dapat dihindari berkat evakuasi dini.", "prevention"),
    ("en", "The deal averted a strike at the port.", "prevention"),
    ("ar", "وهو ما جنّب المدينة انقطاع الكهرباء.", "prevention"),
    ("id", "Petugas menyita 40 kilogram barang terlarang.", "prevention"),
    ("ar", "ضبطت الشرطة أقراصاً محظورة في الميناء.", "prevention"),
    ("zh", "海关查获一批违禁药品。", "prevention"),
    ("zh", "法院裁定该合同无效。", "morphology"),
    ("ja", "最高裁は原告の訴えを退けた。", "refusal"),
    ("en", "The province will waive late fees on land tax.", "exemption"),
    ("ar", "لن تُقبل بعد الآن أي هبات مجهولة المصدر.", "anonymity"),
])
def test_round_23_implicit_forms(lang, text, kind):
    assert kind in implicit_kinds(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le champion du monde d'échecs a remporté le tournoi de Jakarta."),
    ("fr", "La Fédération française des échecs a publié son classement."),
    ("fr", "Les dépôts sur les comptes d'épargne-retraite ont progressé de 4 %."),
    ("fr", "Le nombre de personnes sans emploi a reculé à 7,2 millions."),
    ("ja", "韓国の選手を2-0で退けた。"),             # to beat an opponent is no refusal
    ("ar", "سار الجنود جنباً إلى جنب مع المتطوعين."),  # side by side
])
def test_round_23_words_that_only_look_negative(lang, text):
    assert negations(text, lang) == [] and implicit_negations(text, lang) == []


def test_a_failure_in_the_plural_is_still_one():
    assert implicit_kinds("Après des échecs répétés, le club change d'entraîneur.", "fr") == ["failure"]


def test_not_before_in_japanese_is_a_limit_as_elsewhere():
    ja = "組合は来月15日より前にはストライキを行わないと表明した。"
    assert negations(ja, "ja") == []
    assert run_check(negation, ja, "The union said it would not strike before the 15th of next month.",
                     "ja", "en") == []
    assert run_check(negation, ja, "The union said it would strike before the 15th of next month.",
                     "ja", "en") != []


def test_a_road_closure_is_no_prohibition_of_its_own():
    ja = "警察は午前6時から正午までメインストリートを通行止めにする。"
    assert run_check(negation, ja, "Police will close Main Street from 6 a.m. to noon.", "ja", "en") == []
    assert run_check(negation, ja, "La circulation sera interdite sur la rue principale de 6 heures à midi.",
                     "ja", "fr") == []


def test_japanese_not_by_a_deadline_is_a_negation_not_a_limit():
    # までに is "by" (a deadline): "will not close it by 2030" negates; まで…ない is "not until"
    ja = "政府は2030年までに石炭火力発電所を廃止しないと述べた。"
    assert len(negations(ja, "ja")) == 1
    assert run_check(negation, ja, "The government said it would retire the coal plant by 2030.", "ja", "en") != []
    assert negations("工事は3月まで再開されない。", "ja") == []


def test_a_coordination_needs_a_negation_in_its_own_clause():
    id_ = ("Gempa mengguncang Sulawesi pada Senin, namun ada laporan korban jiwa maupun kerusakan bangunan, "
           "dan BMKG menyatakan tidak ada potensi tsunami.")
    en = ("An earthquake shook Sulawesi on Monday, but there were no reports of deaths or damage to buildings, "
          "and BMKG said there was no tsunami threat.")
    assert run_check(negation, id_, en, "id", "en") != []
    assert run_check(negation, id_.replace("namun ada", "namun tidak ada"), en, "id", "en") == []


@pytest.mark.parametrize("lang, text, kind", [
    ("id", "Museum itu dapat dikunjungi tanpa dipungut biaya selama libur sekolah.", "free"),
    ("fr", "Les soins sont dispensés sans frais aux réfugiés.", "free"),
    ("ar", "تقدم العيادة العلاج دون مقابل للاجئين.", "free"),
    ("id", "Laga itu berakhir imbang tanpa gol.", "zero"),
    ("ar", "انتهت المباراة بالتعادل السلبي.", "zero"),
])
def test_free_of_charge_and_goalless_are_no_negations(lang, text, kind):
    assert negations(text, lang) == []
    assert implicit_kinds(text, lang) == [kind]


def test_not_stopping_someone_from_doing_says_they_did_it():
    en = "The heat did not stop thousands of pilgrims from reaching the mosque on Friday."
    assert negations(en, "en") == []
    assert run_check(negation, en, "尽管天气炎热，周五仍有数千名朝圣者抵达清真寺。", "en", "zh") == []
    assert len(negations("The heat did not stop on Friday.", "en")) == 1


def test_sans_qu_aucun_is_one_negation():
    assert len(negations("Le feu a été maîtrisé sans qu'aucun blessé ne soit signalé.", "fr")) == 1


def test_bu_fu_disagreeing_with_a_claim_is_no_negation_but_failing_a_standard_is():
    zh = "外交部表示，这与网上流传的说法不符。"
    assert negations(zh, "zh") == [] and implicit_kinds(zh, "zh") == ["morphology"]
    assert len(negations("该批次产品不符合安全标准。", "zh")) == 1


@pytest.mark.parametrize("text", [
    "判定が出るまで調査は終了しないという。",        # a verb before まで: "not until the ruling"
    "工事は来年初めまで始まらない。",
    "2030年より前の開業は見込めない。",              # より前の: "not before 2030"
    "救助隊は夜明けまで現場に入れなかった。",
])
def test_japanese_not_until_after_a_verb_or_a_time_is_a_limit(text):
    assert negations(text, "ja") == []


@pytest.mark.parametrize("text, count", [
    ("10分もたたないうちに水が引いた。", 0),      # ないうちに: "before ten minutes had passed"
    ("これまで一度も停止したことはない。", 1),     # これまで: "so far", no limit
    ("子供までが食べられなかった。", 1),          # までが: "even"
])
def test_japanese_words_around_made_are_read_as_they_mean(text, count):
    assert len(negations(text, "ja")) == count


def test_not_merely_in_arabic_is_not_only():
    ar = "قال الوزير: «الاتفاق ليس مجرد وثيقة تجارية، بل شراكة طويلة الأمد»."
    assert negations(ar, "ar") == []
    assert run_check(negation, ar, "部长说：“该协议不仅是一份贸易文件，更是一项长期伙伴关系。”", "ar", "zh") == []


@pytest.mark.parametrize("text, kind", [
    ("地裁は住民の請求を時効を理由に退けた。", "refusal"),
    ("この薬は保険の適用外となる。", "morphology"),     # 適用外: not covered
])
def test_japanese_rejection_and_outside_of(text, kind):
    assert kind in implicit_kinds(text, "ja")


@pytest.mark.parametrize("lang, text, kind", [
    ("ar", "بعد أن تخلفت الشركة المشغلة عن دفع الرواتب في موعدها.", "failure"),
    ("id", "Jalan tol baru itu digratiskan selama dua pekan.", "free"),
])
def test_defaulting_and_made_free(lang, text, kind):
    assert implicit_kinds(text, lang) == [kind]


def test_left_behind_in_arabic_is_no_failure():
    assert implicit_negations("قال الرئيس: «لن يتخلف أحد عن الركب».", "ar") == []


def test_only_may_in_indonesian_is_a_limit():
    id_ = "Hakim mengatakan pungutan itu baru boleh ditarik setelah sidang bulan depan."
    assert run_check(negation, id_, "The judge said the levy may not be collected before next month's hearing.",
                     "id", "en") == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Our cooperation is not limited to trade."),
    ("fr", "Notre coopération ne se limite pas au commerce."),
    ("id", "Kerja sama kami tidak terbatas pada perdagangan."),
    ("ja", "両国の協力は貿易だけにとどまらない。"),
    ("zh", "两国合作不限于贸易。"),
])
def test_not_limited_to_is_not_only_in_every_language(lang, text):
    assert negations(text, lang) == []


def test_unpaid_and_below_the_minimum():
    assert implicit_kinds("Les salaires restent impayés depuis mars.", "fr") == ["morphology"]
    assert implicit_negations("Les impayés ont baissé d'un tiers.", "fr") == []   # arrears, a noun
    assert implicit_kinds("Ses fonds propres sont inférieurs au minimum requis.", "fr") == ["shortfall"]


@pytest.mark.parametrize("lang, text", [
    ("zh", "恐怖片《无人之岛》上映首周观影人次达120万。"),
    ("ja", "映画『帰らない夏』は初週に12万人を動員した。"),
    ("ar", "حقق فيلم الرعب الإندونيسي «جزيرة بلا أحد» 1.2 مليون مشاهدة."),
    ("fr", "Le film indonésien « Pulau Tanpa Orang » (« L'île sans personne ») a attiré 1,2 million de spectateurs."),
])
def test_a_negator_in_the_title_of_a_work_negates_nothing(lang, text):
    assert negations(text, lang) == []


def test_a_quotation_that_is_no_title_still_negates():
    assert len(negations("قال الوزير: «لا نية لرفع الأسعار».", "ar")) == 1
    assert len(negations("« Nous ne céderons pas », a dit le ministre.", "fr")) == 1
    assert len(negations("部长说：“我们不会让步。”", "zh")) == 1


def test_calling_off_in_japanese_renders_no_longer():
    ja = "市は4月からレジ袋の無料配布を取りやめる。"
    assert "refusal" in implicit_kinds(ja, "ja")


def test_an_implicit_form_in_the_title_of_a_work_negates_nothing():
    assert implicit_negations("印尼《无尽对决》电竞队周日夺冠。", "zh") == []
    assert implicit_kinds("比赛的热度无尽。", "zh") == ["morphology"]


def test_aucun_takes_its_ne_across_a_description_in_commas():
    fr = "Aucun des 300 habitants, évacués par la crue de mardi, n'a encore été relogé."
    assert len(negations(fr, "fr")) == 1
    # a Balinese name "Ni" is no ni that a later ne completes
    fr2 = "Les vendeurs n'acceptent pas QRIS, et Ni Made Sari, une marchande, affirme n'avoir jamais payé en ligne."
    assert len(negations(fr2, "fr")) == 2


@pytest.mark.parametrize("text", [
    "خسر المنتخب أمام مضيفه بهدفين دون رد.",          # 2-0: "two goals without reply"
    "يشترط ألا يقل المعدل التراكمي عن 3.25.",          # at least
])
def test_arabic_idioms_that_negate_nothing(text):
    assert negations(text, "ar") == []
