"""Clauses tied across languages by the figures and names they share, and the negation check that
uses them: a "not" in a clause whose counterpart says nothing negative is reported even when the
other side has an implicit form ("unreliable", "lack of") elsewhere in the sentence."""

from __future__ import annotations

import pytest

from checker.checks import negation
from checker.checks.anchors import clauses, matched_clause
from check_helpers import run_check


def _texts(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in clauses(text)]


def test_clauses_end_at_punctuation_of_every_script_not_inside_figures():
    assert _texts("Fuel rose to 12,200 rupiah, and 3.5 million people paid more.") == \
        ["Fuel rose to 12,200 rupiah,", "and 3.5 million people paid more."]
    assert _texts("燃油涨至每升1.22万印尼盾，约350万人受影响。") == ["燃油涨至每升1.22万印尼盾，", "约350万人受影响。"]
    assert _texts("ارتفع السعر إلى 12200 روبية، وتأثر 3,5 مليون شخص.") == \
        ["ارتفع السعر إلى 12200 روبية،", "وتأثر 3,5 مليون شخص."]
    assert _texts("no punctuation at all") == ["no punctuation at all"]


def test_a_figure_ties_a_clause_to_the_clause_that_holds_it_on_the_other_side():
    en = "The ministry said 412 schools used paper, while 3,100 schools sat the exam online."
    fr = "Le ministère a indiqué que 3 100 écoles avaient passé l'examen en ligne, contre 412 sur papier."
    match = matched_clause(en, "en", en.index("3,100"), fr, "fr")
    assert match is not None and match.figures == ("3,100",)
    assert fr[match.other_start:match.other_end].startswith("Le ministère a indiqué que 3 100 écoles")
    assert fr[match.other_start:match.other_end].endswith("en ligne,")
    # a listed name ties clauses as a figure does
    id_ = "Menteri tiba di Malaysia pada pagi hari, lalu bertemu para petani."
    ja = "大臣は午前中にマレーシアに到着し、その後農家と面会した。"
    match = matched_clause(id_, "id", 5, ja, "ja")
    assert match is not None and "マレーシア" in ja[match.other_start:match.other_end]


def test_nothing_ties_a_clause_without_a_shared_figure_or_with_a_repeated_one():
    en = "Officials said the road was closed, and 40 families left."
    id_ = "Pejabat menyebut jalan itu ditutup, dan 40 keluarga mengungsi."
    assert matched_clause(en, "en", 3, id_, "id") is None  # no figure in that clause
    en = "The 40 trucks arrived, and 40 more are expected."
    id_ = "Ke-40 truk itu tiba, dan 40 truk lagi diperkirakan datang."
    assert matched_clause(en, "en", 3, id_, "id") is None  # 40 twice: it ties nothing


def test_a_clause_is_not_tied_to_one_of_a_very_different_share():
    # the whole English sentence is one clause; the French figure sits in a short aside
    en = "The court ruled by seven votes to four on Thursday that platforms are liable even without a court order."
    fr = "La cour a statué jeudi, par sept voix contre quatre, que les plateformes sont responsables même en l'absence de décision."
    assert matched_clause(en, "en", en.index("without"), fr, "fr") is None


def test_in_chinese_and_japanese_the_match_takes_in_the_neighbouring_clauses():
    en = "No aircraft could take off or land during the 35-minute listening test."
    zh = "在35分钟的听力考试期间，所有飞机一律禁止起降。"
    match = matched_clause(en, "en", 0, zh, "zh")
    assert match is not None and "禁止" in zh[match.other_start:match.other_end]
    assert run_check(negation, en, zh, "en", "zh") == []


def test_the_match_does_not_take_in_a_neighbouring_clause_that_renders_another_clause():
    # 期限を守らなければ … 15％ renders "faute de quoi … 15 %", not the clause with 2,3 millions
    ja = "大臣は地方政府に対し、受給者230万人のデータを確認するよう命じ、期限を守らなければ配分額が15％削減される可能性があるとした。"
    added = ("Le ministre n'a pas ordonné aux régions de vérifier les données de 2,3 millions de bénéficiaires, "
             "faute de quoi leurs dotations pourraient être réduites de 15 %.")
    match = matched_clause(added, "fr", added.index("n'a"), ja, "ja")
    assert match is not None and ja[match.other_start:match.other_end] == "大臣は地方政府に対し、受給者230万人のデータを確認するよう命じ、"
    [finding] = run_check(negation, added, ja, "fr", "ja")
    assert added[slice(*finding.span)] == "n'"
    assert run_check(negation, added.replace("n'a pas ordonné", "a ordonné"), ja, "fr", "ja") == []


REFERENCE = "The ministry said 412 schools used paper because of unreliable internet, and 3,100 schools sat the exam online."


@pytest.mark.parametrize("lang, text", [
    ("id", "Kementerian menyebut 412 sekolah memakai kertas karena internet yang kurang andal, "
           "dan 3.100 sekolah tidak mengikuti ujian daring."),
    ("fr", "Le ministère a indiqué que 412 écoles avaient composé sur papier faute d'un internet fiable, "
           "et que 3 100 écoles n'avaient pas passé l'examen en ligne."),
])
def test_a_not_added_to_a_clause_is_reported_though_the_reference_is_negative_elsewhere(lang, text):
    found = run_check(negation, text, REFERENCE, lang, "en")
    assert len(found) == 1 and "3" in found[0].message and "says nothing negative" in found[0].message
    assert found[0].span is not None and found[0].reference_span is not None


@pytest.mark.parametrize("lang, text", [
    ("id", "Kementerian menyebut 412 sekolah memakai kertas karena internetnya tidak andal, "
           "dan 3.100 sekolah mengikuti ujian daring."),
    ("fr", "Le ministère a indiqué que 412 écoles avaient composé sur papier, internet n'étant pas fiable, "
           "et que 3 100 écoles avaient passé l'examen en ligne."),
    ("zh", "教育部称，由于网络不稳定，412所学校使用纸质试卷，另有3100所学校参加了线上考试。"),
])
def test_a_not_that_renders_the_references_negative_word_stays_quiet(lang, text):
    assert run_check(negation, text, REFERENCE, lang, "en") == []


def test_a_not_dropped_from_the_translation_is_reported_against_the_references_clause():
    # the reference's "tidak" sits in the clause with 3.100; the translation's "unreliable" is elsewhere
    id_ = ("Kementerian menyebut 412 sekolah memakai kertas karena internetnya kurang andal, "
           "dan 3.100 sekolah tidak mengikuti ujian daring.")
    found = run_check(negation, REFERENCE, id_, "en", "id")
    assert len(found) == 1 and found[0].message.startswith("the reference says “tidak” in the clause with 3.100")


def test_the_finding_points_at_the_negation_whose_clause_lost_its_counterpart():
    en = "Officials said 120 families had not received aid, and 45 schools did not reopen."
    # the reference's first clause is the one without a negation: that "not" is the one to show
    id_ = "Pejabat menyebut 120 keluarga menerima bantuan, dan 45 sekolah tidak dibuka kembali."
    found = run_check(negation, en, id_, "en", "id")
    assert len(found) == 1
    t_start = found[0].span[0]
    assert t_start == en.index("not")  # the first "not", not the second
    assert "120 keluarga menerima bantuan" in _reference_text(id_, found[0])


def test_a_dropped_negation_points_at_the_translation_clause_that_lacks_it():
    en = "Officials said 120 families had not received aid, and 45 schools did not reopen."
    id_ = "Pejabat menyebut 120 keluarga belum menerima bantuan, dan 45 sekolah dibuka kembali."
    found = run_check(negation, id_, en, "id", "en")
    assert len(found) == 1
    a, b = found[0].span
    assert "45 sekolah dibuka kembali" in id_[a:b] and "belum" not in id_[a:b]
    ra, rb = found[0].reference_span
    assert ra == en.index("did not") + len("did ")  # the second "not" of the reference


def _reference_text(text: str, finding) -> str:
    a, b = finding.reference_span
    return text[a:b]


ID_REFERENCE = "Penerbangan dibatalkan karena tidak ada bahan bakar, dan 40 penumpang naik bus."


def test_equal_counts_hide_no_negation_added_next_to_an_implicit_rendering():
    # "a fuel shortage" renders the reference's "tidak ada"; the "not" in the clause with 40 is the
    # translation's own: the counts are equal, the clauses are not
    found = run_check(negation, "Flights were cancelled over a fuel shortage, and 40 passengers did not board buses.",
                      ID_REFERENCE, "en", "id")
    assert len(found) == 1 and "clause with 40" in found[0].message
    # "lack of", a strong form, is itself left with nothing to match it
    found = run_check(negation, "Flights were cancelled for lack of fuel, and 40 passengers did not board buses.",
                      ID_REFERENCE, "en", "id")
    assert len(found) == 1 and "“lack” (lack)" in found[0].message


@pytest.mark.parametrize("text", [
    "Flights were cancelled for lack of fuel, and 40 passengers boarded buses.",
    "Flights were cancelled over a fuel shortage, and 40 passengers boarded buses.",
    "Flights were cancelled because there was no fuel, and 40 passengers boarded buses.",
])
def test_an_implicit_or_explicit_rendering_alone_stays_quiet(text):
    assert run_check(negation, text, ID_REFERENCE, "en", "id") == []


def test_a_limit_word_in_the_tied_clause_renders_no_plain_negation():
    # "less than 40 minutes" is said on both sides; the "tidak" is the translation's own
    en = "All 65,000 tickets sold out in less than 40 minutes, an unprecedented pace for the stadium."
    id_ = "Seluruh 65.000 tiket tidak terjual habis dalam waktu kurang dari 40 menit, rekor baru bagi stadion itu."
    found = run_check(negation, id_, en, "id", "en")
    assert len(found) == 1 and "says nothing negative" in found[0].message
    # while a limit word still renders a limited negation: "did not exceed 40 minutes" / "below 40"
    assert run_check(negation, "Antrean tidak melebihi 40 menit, rekor baru bagi stadion itu.",
                     "Queues were below 40 minutes, an unprecedented pace for the stadium.", "id", "en") == []


def test_figures_spread_over_two_clauses_tie_by_the_one_nearest_the_negation():
    en = ("More than 9,000 students from 150 campuses applied for the internship scheme, "
          "competing for 3,400 places at companies and non-governmental groups.")
    id_ = ("Lebih dari 9.000 mahasiswa dari 150 kampus tidak mendaftar program magang "
           "untuk 3.400 kursi di perusahaan dan organisasi masyarakat.")
    found = run_check(negation, id_, en, "id", "en")
    assert len(found) == 1 and "clause with 150" in found[0].message


def test_a_conjunction_that_opens_a_clause_ends_the_one_before_it():
    text = "Serangan itu mengganggu layanan selama 14 jam sehingga nasabah tidak dapat membayar, namun data aman."
    assert [text[a:b].strip() for a, b in clauses(text, "id")] == [
        "Serangan itu mengganggu layanan selama 14 jam", "sehingga nasabah tidak dapat membayar,", "namun data aman."]
    # after a comma the conjunction opens the clause the comma opened; "sehingga" in another
    # language is a word like any other
    assert len(clauses("Prices rose 5%, but exports did not.", "en")) == 2
    assert len(clauses(text)) == 2


def test_a_not_in_the_clause_after_the_conjunction_is_not_tied_by_the_figure_before_it():
    t = "Serangan siber mengganggu layanan selama hampir 14 jam sehingga nasabah tidak dapat mentransfer dana."
    r = "A cyberattack disrupted services for nearly 14 hours, leaving customers unable to transfer money."
    assert run_check(negation, t, r, "id", "en") == []


def test_a_japanese_topic_set_off_by_a_comma_belongs_to_the_clause_after_it():
    text = "東ジャワ州の製糖工場は、5月19日に予定していた圧搾期をまだ開始していない。熟度が不十分なためだ。"
    assert [text[a:b] for a, b in clauses(text, "ja")] == [
        "東ジャワ州の製糖工場は、5月19日に予定していた圧搾期をまだ開始していない。", "熟度が不十分なためだ。"]
    assert len(clauses("政府は15日、計画を発表したが、詳細は明らかにしなかった。", "ja")) == 3


def test_a_weekday_holds_no_figure():
    # الاثنين (Monday) is "the two"; 周三 (Wednesday) holds a 三
    zh = "医院周一晚间停电近4个小时，原因是两台备用发电机均未能启动，医生推迟了9台手术。"
    ar = ("انقطع التيار الكهربائي قرابة أربع ساعات مساء الاثنين عن المستشفى، بعد أن أخفق المولدان "
          "الاحتياطيان في العمل، ما اضطر الأطباء إلى تأجيل تسع عمليات.")
    assert run_check(negation, zh, ar, "zh", "ar") == []
