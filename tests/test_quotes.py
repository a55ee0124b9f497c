"""Quotation marks around a name are not speech: a company, a ship, a programme or a person that one
language sets in quotes and another does not is no dropped or invented quotation."""

from __future__ import annotations

import pytest

from checker.checks import quotes
from check_helpers import run_check

EN_PT = "PT Kobe Nusantara Raya said on Monday that it would build a 120 megawatt plant in Banten."


@pytest.mark.parametrize("arabic", [
    # Arabic sets foreign company, ship and rail names in quotes, their acronym spelled letter by letter
    "قالت شركة «بي تي كوبي نوسانتارا رايا» يوم الاثنين إنها ستبني محطة بقدرة 120 ميغاواط في بانتن.",
    "قالت شركة \"بي تي كوبي نوسانتارا رايا\" يوم الاثنين إنها ستبني محطة بقدرة 120 ميغاواط في بانتن.",
])
def test_an_arabic_name_with_a_spelled_out_acronym_is_no_quotation(arabic):
    assert run_check(quotes, arabic, EN_PT, "ar", "en") == []
    assert run_check(quotes, EN_PT, arabic, "en", "ar") == []


def test_arabic_speech_in_quotes_is_still_a_quotation():
    speech = "قال المدير: «لن نرفع الأسعار هذا العام مهما حدث»."
    [finding] = run_check(quotes, speech, "The director said prices would not rise this year.", "ar", "en")
    assert finding.span is not None


@pytest.mark.parametrize("translation, lang", [
    ("当地至少4700个家庭尚未领到\u201c希望家庭计划\u201d（PKH）补助。", "zh"),   # glossed by its acronym
    ("少なくとも4700世帯が「希望家族プログラム（PKH）」の給付を受けていない。", "ja"),
    ("渔民获得了\u201c乡村基金\u201d的贷款。", "zh"),                                # a programme
    ("「敬老の日」の式典が開かれた。", "ja"),                                        # a day
    ("她在\u201c塔纳维亚·阿玛\u201d号上工作。", "zh"),                                # a person, dotted
])
def test_a_programme_day_or_person_named_in_quotes_is_no_quotation(translation, lang):
    assert run_check(quotes, translation, "At least 4,700 families have not received PKH aid.", lang, "en") == []


def test_a_short_speech_quote_in_chinese_or_japanese_still_counts():
    assert run_check(quotes, "他说：\u201c我们不会放弃这个计划的目标。\u201d", "He spoke about the plan.", "zh", "en")
    assert run_check(quotes, "彼は「計画は失敗だった」と語った。", "He spoke about the plan.", "ja", "en")


@pytest.mark.parametrize("translation, lang", [
    ("让悬挂巴拿马国旗的散货船\u201c海洋明珠\u201d号（MV Ocean Pearl）搁浅。", "zh"),   # a ship, then 号
    ("开往伦敦的\u201c欧洲之星\u201d列车不受影响。", "zh"),                             # a train
    ("測位衛星「みちびき」６号機を打ち上げる予定だ。", "ja"),                             # a satellite
    ("公立小学校「ロンアパリ第4小学校」の教員が語った。", "ja"),                           # a school
])
def test_a_craft_or_school_named_in_quotes_is_no_quotation(translation, lang):
    assert run_check(quotes, translation, "The Ocean Pearl, the Eurostar, Michibiki and the school.", lang, "en") == []


@pytest.mark.parametrize("lang, text", [
    ("zh", "约7万人在“塔布伊克”仪式上观看。"),
    ("zh", "展览在“古兰经之家”博物馆开幕。"),
    ("ja", "バリ島は「ニュピ（静寂の日）」を迎えた。"),
])
def test_a_short_term_in_chinese_or_japanese_marks_is_no_speech(lang, text):
    assert quotes.quotations(text, lang) == []


def test_a_short_sentence_in_chinese_marks_is_still_speech():
    assert len(quotes.quotations("他说：“我们不会放弃。”", "zh")) == 1


def test_a_short_quoted_span_right_after_a_word_for_a_programme_or_a_group_names_it():
    from checker.checks.quotes import quotations
    ar = 'أرسلت إندونيسيا 18240 عاملا ضمن برنامج "العمال ذوي المهارات المحددة" خلال عام 2024.'
    assert quotations(ar, "ar") == []
    ar = 'وقال منسق مجموعة "تضامن السائقين عبر الإنترنت" ديدي كورنياوان: "نعمل 12 ساعة يوميا"'
    assert len(quotations(ar, "ar")) == 1
    # speech after "said" or "called" stays speech
    assert len(quotations('The group said "we will not stop until the law changes".', "en")) == 1
    assert len(quotations('The jury called it "a quietly devastating portrait of exile".', "en")) == 1


def test_a_short_japanese_term_in_brackets_is_no_speech():
    from checker.checks.quotes import quotations
    assert quotations("投票までの3日間を「静穏期間」とする。", "ja") == []
    assert len(quotations("同氏は「準備はまだできていない」と述べた。", "ja")) == 1


def test_an_arabic_company_or_model_in_marks_is_a_name_not_speech():
    ar = 'وضعت شركة "تشونغنان للمعادن غير الحديدية" الصينية حجر الأساس لمصنع جديد.'
    assert run_check(quotes, ar, "Zhongnan Nonferrous Metals asal China meletakkan batu pertama pabrik baru.",
                     "ar", "id") == []


def test_a_quotation_longer_than_a_name_is_not_rendered_by_a_name_in_marks():
    # the quotation dropped, a company named in marks left: still a dropped quotation
    ar = ('قال ريزال بوهان، المحلل في شركة "مينرال إنسايت" الاستشارية: لم تعد المصاهر قادرة على انتظار '
          'الإمدادات المحلية أكثر من ذلك.')
    en = ('"Smelters could not wait any longer for local supply," said Rizal Pohan, an analyst at consultancy '
          'Mineral Insight.')
    assert [f.check for f in run_check(quotes, ar, en, "ar", "en")] == ["quotes"]
    zh = "审判长说：批评公职人员的工作表现并不构成侮辱。该法即《电子信息与交易法》。"
    en = '"Criticism of a public official\'s performance is not an insult," the presiding judge said.'
    assert [f.check for f in run_check(quotes, zh, en, "zh", "en")] == ["quotes"]
    # a short phrase still pairs off a name or a title in marks on the other side
    assert run_check(quotes, "他称这一计划“困难但必要”。", 'He called the plan "difficult but necessary".',
                     "zh", "en") == []
