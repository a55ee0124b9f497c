"""Negation as a range: implicit and morphological negatives ("failed to", "refused", "lack of",
未定, غير) widen a side's count, so faithful paraphrases stay quiet while a "not" added or dropped
still fires."""

from __future__ import annotations

import pytest

from checker.align import LanguagePair, SegmentPair
from checker.checks import negation
from checker.checks.negation import _ranges_apart, implicit_negations, negations
from checker.documents import document_from_segments


def _run(t: str, r: str, tl: str, rl: str):
    td = document_from_segments([t], tl)
    rd = document_from_segments([r], rl)
    pair = SegmentPair(td.sentences[0].span(), rd.sentences[0].span())
    return negation.run(pair, LanguagePair(tl, rl), None)


# faithful translations: one side says the negation implicitly, by a negative word or a prefix
FAITHFUL = [
    # failure
    ("en", "zh", "A rescue helicopter also failed to land on Saturday because of thick fog.",
     "一架救援直升机周六也因大雾未能降落。"),
    ("ar", "ja", "أخفقت مروحية إنقاذ في الهبوط يوم السبت بسبب الضباب الكثيف.",
     "土曜日には濃霧のため救助ヘリコプターも着陸できなかった。"),
    ("id", "en", "Tim SAR gagal menjangkau desa itu karena jalan terputus.",
     "Rescue teams could not reach the village because the road was cut off."),
    ("fr", "en", "Les négociations ont échoué faute d'accord sur le calendrier.",
     "The talks did not succeed because there was no agreement on the timetable."),
    # refusal
    ("fr", "en", "Le porte-parole du ministère a refusé de commenter ces informations.",
     "The ministry spokesman would not comment on the reports."),
    ("ja", "en", "政府は詳細についてのコメントを控えた。", "The government did not comment on the details."),
    ("id", "zh", "Spanyol menolak berkomitmen pada target baru itu.", "西班牙不愿对这一新目标作出承诺。"),
    ("ar", "en", "رفضت الحكومة التعليق على التقرير.", "The government would not comment on the report."),
    # denial
    ("id", "en", "Polisi membantah bahwa petugas menggunakan gas air mata.",
     "Police said officers did not use tear gas."),
    ("ar", "fr", "نفت الشركة أي تورط في الحادث.", "L'entreprise a affirmé n'avoir joué aucun rôle dans l'accident."),
    ("zh", "en", "该公司否认存在任何违规行为。", "The company said there had been no wrongdoing."),
    # lack, absence
    ("en", "ja", "The vote was postponed because of the lack of a quorum.",
     "定足数に達しなかったため、採決は延期された。"),
    ("ar", "fr", "دعت السلطات السكان إلى عدم الاقتراب من الساحل.",
     "Les autorités ont appelé les habitants à ne pas s'approcher du littoral."),
    ("fr", "zh", "Le scrutin s'est déroulé en l'absence d'observateurs internationaux.",
     "选举是在没有国际观察员的情况下进行的。"),
    # morphological negatives: prefixes and negative kanji
    ("zh", "fr", "警方表示，火灾原因仍不明。",
     "La police a indiqué que la cause de l'incendie n'était pas encore connue."),
    ("id", "ja", "Perundingan akan dilanjutkan pekan depan, meskipun tanggalnya belum ditetapkan.",
     "協議は来週再開されるが、日程は未定だ。"),
    ("en", "id", "The ministry said the figures were incomplete.", "Kementerian menyatakan data itu belum lengkap."),
    ("fr", "id", "Spanyol juge cet objectif « déraisonnable ».".replace("Spanyol", "L'Espagne"),
     "Spanyol menyebut target itu \"tidak masuk akal\"."),
    ("fr", "ar", "Le bilan de l'accident reste inconnu.", "لم تُعرف حصيلة الحادث بعد."),
    ("en", "ar", "Officials said the strike was illegal.", "قال المسؤولون إن الإضراب غير قانوني."),
    ("ar", "en", "قال المسؤولون إن الإضراب غير قانوني.", "Officials said the strike was not legal."),
    ("en", "fr", "The result was unexpected.", "Le résultat n'était pas attendu."),
    # "unprecedented" said with a negation on one side
    ("fr", "id", "Les prix ont connu une hausse sans précédent.", "Harga mengalami kenaikan yang belum pernah terjadi."),
    # prevention, disregard
    ("zh", "en", "警方设置路障，阻止抗议者进入广场。",
     "Police set up barricades so that protesters could not enter the square."),
    ("ja", "id", "労働者の権利を無視する合意は受け入れない。",
     "Kami tidak akan menerima kesepakatan yang tidak menghormati hak-hak pekerja."),
]

# restriction and idioms that only look negative
FAITHFUL_IDIOMS = [
    ("ar", "id", "لم يتبق أمام المفاوضين سوى يومين للتوصل إلى اتفاق.",
     "Para perunding hanya punya waktu dua hari lagi untuk mencapai kesepakatan."),
    ("ar", "zh", "قال الوزير إن الخط لم يختصر زمن الرحلة إلى 45 دقيقة فحسب، بل وفر آلاف فرص العمل.",
     "部长表示，这条线路不仅将行程缩短至45分钟，还创造了数千个就业岗位。"),
    ("fr", "en", "Il ne reste plus que deux jours aux négociateurs.", "The negotiators have only two days left."),
    ("ja", "en", "これはこの10年で最も重要な進歩と言っても過言ではない。",
     "This is arguably the most important breakthrough of the decade."),
    ("en", "zh", "It is no exaggeration to call it the deal of the decade.", "称其为十年来最重要的协议也不为过。"),
    ("ja", "fr", "これは平和に向けた重要な一歩ではないでしょうか。", "C'est peut-être un pas important vers la paix."),
    ("fr", "zh", "Un hélicoptère n'a pas non plus réussi à se poser.", "一架直升机也未能降落。"),
    ("id", "zh", "\"Kegagalan bukanlah pilihan,\" kata mediator.", "调解人说：“失败不是选项。”"),
    # Japanese "AもBもない" is one negation where "neither … nor", 既不…也不 and ni … ni count two
    ("ja", "en", "野党は、投票は自由でも公正でもなかったと述べた。", "The opposition said the vote was neither free nor fair."),
    ("zh", "ja", "反对党称这次投票既不自由也不公平。", "野党は、投票は自由でも公正でもなかったと述べた。"),
]


@pytest.mark.parametrize("tl, rl, t, r", FAITHFUL + FAITHFUL_IDIOMS)
def test_faithful_implicit_negation_is_quiet(tl, rl, t, r):
    assert _run(t, r, tl, rl) == []


# a "not" added or dropped next to implicit forms that agree, or with none at all
CHANGED = [
    # the implicit forms on both sides translate each other and pair off
    ("en", "zh", "The company denied the report and did not comment further.", "该公司否认了这一报道，并发表了进一步评论。"),
    ("fr", "ar", "Le gouvernement a refusé de commenter et n'a pas publié de communiqué.",
     "رفضت الحكومة التعليق وأصدرت بيانا."),
    ("id", "ja", "Polisi membantah laporan itu dan tidak menahan siapa pun.", "警察は報道を否定し、数人を拘束した。"),
    ("zh", "en", "由于缺乏资金，该项目没有启动。", "The project started despite a lack of funding."),
    ("ar", "fr", "فشلت المحادثات ولم يتم التوصل إلى اتفاق.", "Les discussions ont échoué et un accord a été trouvé."),
    # plain negations with no implicit form near them
    ("en", "fr", "The minister did not approve the budget on Tuesday.", "Le ministre a approuvé le budget mardi."),
    ("ja", "zh", "大臣は火曜日に予算案を承認した。", "部长周二没有批准预算案。"),
    ("id", "ar", "Menteri tidak menyetujui anggaran itu pada Selasa.", "وافق الوزير على الميزانية يوم الثلاثاء."),
    ("zh", "id", "政府不会推迟选举。", "Pemerintah akan menunda pemilu."),
    ("ar", "en", "لن تؤجل الحكومة الانتخابات.", "The government will postpone the election."),
    # a negation dropped beside an idiom that is not one
    ("fr", "en", "Il ne reste plus que deux jours aux négociateurs, et ils ne sont pas parvenus à un accord.",
     "The negotiators have only two days left, and they have reached an agreement."),
    ("ar", "en", "لم يتبق سوى يومين، ولم يتم التوصل إلى اتفاق.", "Only two days remain, and an agreement was reached."),
]


@pytest.mark.parametrize("tl, rl, t, r", CHANGED)
def test_an_added_or_dropped_negation_fires(tl, rl, t, r):
    assert [f.check for f in _run(t, r, tl, rl)] == ["negation"]


@pytest.mark.parametrize("text, lang, kinds", [
    ("A helicopter also failed to land on Saturday.", "en", ["failure"]),
    ("The spokesman declined to comment and denied the reports.", "en", ["refusal", "denial"]),
    ("Les autorités ont refusé de commenter.", "fr", ["refusal"]),
    ("Le résultat reste inconnu.", "fr", ["morphology"]),
    ("Polisi membantah laporan itu.", "id", ["denial"]),
    ("该公司否认了这一报道。", "zh", ["denial"]),
    ("日程は未定だ。", "ja", ["morphology"]),
    ("قال المسؤولون إن الإضراب غير قانوني.", "ar", ["morphology"]),
    ("They face an unprecedented crisis.", "en", ["novelty"]),     # a listed class wins over un-
    # no implicit negative: "under", "united", "unique" are not un- negatives; 非常 is "very"
    ("The United Nations launched a unique programme under new rules.", "en", []),
    ("UNHCR and UNESCO signed a universal, unilateral pledge.", "en", []),
    ("政府も野党も合意しなかった。", "ja", ["coordination"]),
    ("大臣も首相も辞任した。", "ja", []),                              # both resigned: no negation
    ("这是一个非常重要的决定。", "zh", []),
    ("会議は未来について話し合った。", "ja", []),
])
def test_implicit_forms_are_classed(text, lang, kinds):
    assert [k for *_, k in implicit_negations(text, lang)] == kinds


def test_an_explicit_negation_is_not_also_implicit():
    # 未能 counts once, as the explicit 未; "unable" is explicit in English
    assert len(negations("直升机未能降落。", "zh")) == 1 and implicit_negations("直升机未能降落。", "zh") == []
    assert len(negations("He was unable to attend.", "en")) == 1
    assert implicit_negations("He was unable to attend.", "en") == []


def test_indonesian_particle_lah_keeps_the_negation():
    assert len(negations("\"Kegagalan bukanlah pilihan,\" kata mediator.", "id")) == 1


def test_restriction_only_counts_in_its_clause():
    # سوى in the next clause does not turn the first negation into "only"
    assert len(negations("لم يصب أحد، ولم يبق سوى الحطام.", "ar")) == 1
    assert len(negations("لم يصب أحد في الحادث.", "ar")) == 1


@pytest.mark.parametrize("t_explicit, t_implicit, r_explicit, r_implicit, apart", [
    (1, [], 0, ["failure"], False),          # 未能 / failed to
    (0, ["failure"], 1, [], False),
    (2, [], 0, ["failure"], True),           # one implicit form covers one negation, not two
    (1, ["denial"], 0, ["denial"], True),    # denied / 否认 pair off: the extra "not" shows
    (1, ["denial"], 0, ["refusal"], False),  # different classes do not pair off
    (0, [], 0, [], False),
    (1, [], 1, [], False),
])
def test_ranges(t_explicit, t_implicit, r_explicit, r_implicit, apart):
    assert _ranges_apart(t_explicit, t_implicit, r_explicit, r_implicit) is apart
    assert _ranges_apart(r_explicit, r_implicit, t_explicit, t_implicit) is apart
