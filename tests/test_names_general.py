"""General classes of false alarms of the names and quotes checks, and the swaps that must still be
caught.

Latin-script names kept in Chinese or Japanese, spelled-out names before their acronyms, glosses in
brackets, portfolios, capitals and countries, holidays and exonyms, institution words, katakana
words, titles in title marks or capitals (no speech), Arabic words with the article and nisba
adjectives. Round by round, each class keeps a swapped name that is still reported.
"""

from __future__ import annotations

import pytest

from checker.checks import names, numbers, quotes
from check_helpers import run_check


_run = run_check


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


# --- rounds 22–23: Arabic words with the article, nisba adjectives, a country that names a currency

def test_an_arabic_word_with_the_article_is_no_city_without_it():
    from checker.checks.names import entity_mentions

    assert entity_mentions("تضررت 18500 أسرة من السيول التي اجتاحت ديماك.", "ar") == []
    assert [c for *_, c in entity_mentions("زار الرئيس سيول يوم الاثنين.", "ar")] == ["seoul"]
    # a nisba adjective still takes the article
    assert [c for *_, c in entity_mentions("قالت الحكومة الإندونيسية إن العمل مستمر.", "ar")] == ["indonesia"]


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


# --- round 24: time zones, Bandar Udara, the prosecutor's office, the Ombudsman, the Sunda Strait -

@pytest.mark.parametrize("tl, rl, t, r", [
    ("id", "en", "Bayi kembar empat itu lahir pukul 04.50 WITA di Mataram.", "The quadruplets were born at 4:50 a.m. in Mataram."),
    ("fr", "id", "Ils ont été interpellés à l'aéroport international de Kuala Lumpur.",
     "Mereka ditahan di Bandar Udara Internasional Kuala Lumpur."),
    ("en", "id", "A fire destroyed an archive room at the South Sulawesi High Prosecutor's Office.",
     "Kebakaran menghanguskan ruang arsip Kejaksaan Tinggi Sulawesi Selatan."),
    ("fr", "en", "Le Médiateur de la République a constaté des abus dans six commissariats de Jakarta.",
     "The Ombudsman found maladministration at six police stations in Jakarta."),
    ("en", "fr", "Waves reached three metres in the Sunda Strait.", "Les vagues ont atteint trois mètres dans le détroit de la Sonde."),
    ("zh", "en", "巽他海峡浪高达3米。", "Waves reached three metres in the Sunda Strait."),
])
def test_round_24_words_and_exonyms_that_are_no_missing_names(tl, rl, t, r):
    assert _run(names, t, r, tl, rl) == []


def test_round_24_names_still_swap():
    assert _run(names, "Les vagues ont atteint trois mètres dans le détroit de Malacca.",
                "Waves reached three metres in the Sunda Strait.", "fr", "en")
    assert _run(names, "Mereka ditahan di Bandar Udara Internasional Soekarno-Hatta.",
                "Ils ont été interpellés à l'aéroport international de Kuala Lumpur.", "id", "fr")


# --- round 25: syllable acronyms, Central Aceh, 对华, the coconut, the Molucca Sea ---------------

@pytest.mark.parametrize("tl, rl, t, r", [
    ("id", "fr", "Beras itu tiba pada Senin, kata Badan Pangan Nasional (Bapanas).",
     "Le riz est arrivé lundi, a indiqué l'Agence nationale de l'alimentation."),
    ("en", "id", "Rescuers from the National Search and Rescue Agency found the boat.",
     "Tim dari Badan SAR Nasional (Basarnas) menemukan perahu itu."),
    ("zh", "en", "中亚齐县一家咖啡合作社向法国出口了320吨咖啡。", "A coffee cooperative in Central Aceh shipped 320 tonnes to France."),
    ("zh", "en", "随着对华出口激增，椰子价格翻了一番。", "Coconut prices doubled as exports to China surged."),
    ("ar", "en", "تضاعف سعر جوز الهند مع ارتفاع الصادرات إلى الصين.", "Coconut prices doubled as exports to China surged."),
    ("en", "fr", "Waves reached four metres in the Molucca Sea.", "Les vagues ont atteint quatre mètres en mer des Moluques."),
])
def test_round_25_names_that_are_no_missing_names(tl, rl, t, r):
    assert _run(names, t, r, tl, rl) == []


def test_round_25_names_still_swap():
    # a bracketed name that no words before it spell is still compared
    assert _run(names, "Beras itu tiba pada Senin, kata Badan Pangan Nasional (Hamilton).",
                "Le riz est arrivé lundi, a indiqué l'Agence nationale de l'alimentation.", "id", "fr")
    assert _run(names, "تضاعف سعر جوز الهند مع ارتفاع الصادرات إلى الهند.", "Coconut prices doubled as exports to China surged.",
                "ar", "en")
    assert _run(names, "中亚国家的咖啡出口增加。", "Coffee exports from Central Aceh rose.", "zh", "en")


@pytest.mark.parametrize("tl, rl, t, r", [
    ("id", "fr", "Suhu di Aswan mencapai 49 derajat.", "Le thermomètre a atteint 49 degrés à Assouan."),
    ("id", "fr", "Ribuan warga merayakan Maulid Nabi Muhammad di Cirebon.", "Des milliers d'habitants ont fêté la naissance de Mahomet à Cirebon."),
    ("en", "fr", "Pupils recited the Quran for six hours.", "Les élèves ont récité le Coran pendant six heures."),
    ("id", "en", "Prosesi Semana Santa di Larantuka digelar selama Pekan Suci.", "The procession in Larantuka is held during Holy Week."),
    ("fr", "en", "La Banque populaire de Chine a abaissé ses taux.", "The People's Bank of China cut its rates."),
    ("en", "id", "Crowds gathered at Gandoriah Beach in Pariaman.", "Warga berkumpul di Pantai Gandoriah, Pariaman."),
    ("id", "en", "Tari itu berasal dari tradisi Jawa.", "The dance comes from Javanese tradition."),
    ("ja", "id", "米連邦準備制度理事会が金利を据え置いた。", "Bank sentral AS, Federal Reserve, mempertahankan suku bunganya."),
])
def test_round_25_exonyms_and_words_that_are_no_missing_names(tl, rl, t, r):
    assert _run(names, t, r, tl, rl) == []


def test_round_25_listed_names_still_swap():
    assert _run(names, "Crowds gathered at Gandoriah Beach in Pariaman.", "Warga berkumpul di Pantai Air Manis, Padang.", "en", "id")
    assert _run(names, "La Banque populaire de Chine a abaissé ses taux.", "The Bank of Japan cut its rates.", "fr", "en")


@pytest.mark.parametrize("tl, rl, t, r", [
    # words of a programme or an institution, translated on the other side
    ("id", "en", "Program Makan Bergizi Gratis telah menjangkau 3,2 juta siswa.",
     "The free nutritious meals programme has reached 3.2 million pupils."),
    ("id", "fr", "Kebakaran terjadi di Tempat Pengolahan Sampah Terpadu Bantar Gebang.",
     "Un incendie s'est déclaré dans la décharge de Bantar Gebang."),
    ("fr", "en", "Le port a traité 1,2 million d'EVP.", "The port handled 1.2 million TEUs."),
    # a possessive is no part of the name
    ("en", "id", "China's Zhongnan Metals and Indonesia's PT Aneka Bumi broke ground on Saturday.",
     "Zhongnan Metals asal China dan PT Aneka Bumi melakukan peletakan batu pertama pada Sabtu."),
    # "Lima" opening a sentence is five, no capital of Peru
    ("ja", "id", "ガザの学生50人が奨学金を得た。", "Lima puluh mahasiswa asal Gaza mendapatkan beasiswa."),
    # the Indian Ocean, in each language's words
    ("id", "fr", "Gelombang tinggi terjadi di Samudra Hindia.", "De hautes vagues sont attendues dans l'océan Indien."),
])
def test_round_27_translated_words_are_no_missing_names(tl, rl, t, r):
    assert _run(names, t, r, tl, rl) == []


def test_round_27_names_still_swap():
    assert _run(names, "Indonesia's PT Aneka Bumi broke ground.", "PT Aneka Bumi asal Malaysia melakukan peletakan batu.",
                "en", "id")
    assert _run(names, "Kebakaran terjadi di Tempat Pengolahan Sampah Terpadu Bantar Gebang.",
                "Un incendie s'est déclaré dans la décharge de Suwung.", "id", "fr")
    assert _run(names, "De hautes vagues sont attendues dans l'océan Indien.", "Gelombang tinggi terjadi di Samudra Pasifik.",
                "fr", "id")


@pytest.mark.parametrize("tl, rl, t, r", [
    # "tied fifth" (5位タイ) is no Thailand; the Asia-Pacific is neither Asia nor the Pacific alone
    ("en", "ja", "Rafi Danendra finished tied for fifth at the Asia-Pacific Amateur Championship in Manila.",
     "ラフィ・ダネンドラはマニラで行われたアジア太平洋アマチュア選手権で5位タイに入った。"),
    ("en", "zh", "The team won two gold medals at the Asia-Pacific Youth Robotics Cup in Tokyo.",
     "该队在东京举行的亚太青少年机器人杯上获得两枚金牌。"),
    ("id", "ar", "Tim itu meraih dua medali emas dalam Asia-Pacific Youth Robotics Cup di Tokyo.",
     "فاز الفريق بميداليتين ذهبيتين في كأس آسيا والمحيط الهادئ للروبوتات في طوكيو."),
    # بكينيا is "in Kenya", not Beijing; الرياضية is "sports", not Riyadh; للدولار الأمريكي a currency
    ("en", "ar", "Two-thirds of primary schools in rural Kenya have no internet.",
     "ثلثا المدارس الابتدائية في المناطق الريفية بكينيا بلا اتصال بالإنترنت."),
    ("zh", "ar", "巨港体育城水上运动中心的翻修工程将耗资4500亿印尼盾。",
     "تجديد المركز المائي في مدينة جاكابارينغ الرياضية في باليمبانغ سيكلف 450 مليار روبية."),
])
def test_round_27_entities_that_are_not_there(tl, rl, t, r):
    assert _run(names, t, r, tl, rl) == []


def test_round_27_entities_still_swap():
    assert _run(names, "The team won two gold medals at the Asia-Pacific Youth Robotics Cup in Tokyo.",
                "该队在东京举行的欧洲青少年机器人杯上获得两枚金牌。", "en", "zh")
    assert _run(names, "Two-thirds of primary schools in rural Kenya have no internet.",
                "ثلثا المدارس الابتدائية في المناطق الريفية بأوغندا بلا اتصال بالإنترنت.", "en", "ar")


def test_the_sea_games_and_an_olympic_committee():
    assert _run(names, "Komite Olimpiade Indonesia menargetkan 80 medali emas pada SEA Games mendatang.",
                "The Indonesian Olympic Committee is targeting 80 gold medals at the next Southeast Asian Games.",
                "id", "en") == []
    assert _run(names, "Komite Olimpiade Indonesia menargetkan 80 medali emas pada SEA Games mendatang.",
                "印尼奥委会的目标是在下届东南亚运动会上获得80枚金牌。", "id", "zh") == []
    assert _run(names, "Komite Olimpiade Indonesia menargetkan 80 medali emas pada SEA Games mendatang.",
                "印尼奥委会的目标是在下届欧洲运动会上获得80枚金牌。", "id", "zh")


@pytest.mark.parametrize("tl, rl, t, r", [
    ("id", "en", "Pekerja dideportasi melalui Pos Lintas Batas Entikong di Kalimantan Barat.",
     "Workers were deported through the Entikong border post in West Kalimantan."),
    ("en", "id", "The Navy's Third Fleet Command sent two ships to the Banda Sea.",
     "Komando Armada III TNI AL mengirim dua kapal ke Laut Banda."),
    ("id", "en", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi membuka pendaftaran pegawai.",
     "The Ministry of Administrative and Bureaucratic Reform opened civil service registration."),
])
def test_round_27_more_institution_words(tl, rl, t, r):
    assert _run(names, t, r, tl, rl) == []


def test_round_27_a_place_behind_institution_words_still_swaps():
    assert _run(names, "Pekerja dideportasi melalui Pos Lintas Batas Entikong di Kalimantan Barat.",
                "Workers were deported through the Aruk border post in West Kalimantan.", "id", "en")


def test_a_word_in_the_bracket_of_an_acronym_glossed_elsewhere_too_is_a_swap():
    zh = "印尼海上安全局（Bakamla）发言人说，该局周三扣押了一艘越南渔船。"
    assert [f.check for f in _run(names, "Indonesia's Maritime Security Agency (Hamilton) detained a Vietnamese boat, "
                                  "a Bakamla spokesman said.", zh, "en", "zh")] == ["names"]
    assert _run(names, "Indonesia's Maritime Security Agency (Bakamla) detained a Vietnamese boat, "
                "a Bakamla spokesman said.", zh, "en", "zh") == []
    # a company's legal form in brackets is no gloss of a name
    assert _run(names, "Listrik padam di Jambi, kata PT PLN (Persero).", "印尼国家电力公司（PLN）称，占碑停电。",
                "id", "zh") == []
