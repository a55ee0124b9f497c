import pytest

from checker.documents import (
    InputError,
    detect_language,
    document_from_segments,
    normalize_text,
    normalize_with_offsets,
    read_document,
    read_jsonl_pair,
    split_lines,
    split_sentences,
)

SEED = "seeds/kazakhstan.fr.txt"


def test_offsets_survive_bom_crlf_and_decomposed_accents(tmp_path):
    text = "Le cafe\u0301 est ouvert.\r\nIl ferme a\u0300 midi.\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    doc = read_document(path, "fr")
    assert [s.text for s in doc.sentences] == ["Le cafe\u0301 est ouvert.", "Il ferme a\u0300 midi."]
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text  # offsets index the file's text, BOM excluded
    assert doc.sentences[1].line == 2
    assert doc.sentences[0].normalized == "Le café est ouvert."


def test_normalize_with_offsets_maps_every_character_back():
    text = "  Cafe\u0301\u00a0 ouvert.\r\n x"
    norm, back = normalize_with_offsets(text)
    assert norm == normalize_text(text) == "Café ouvert. x"
    assert len(back) == len(norm) + 1
    i = norm.index("ouvert")
    assert text[back[i]:back[i + 6]] == "ouvert"


def test_seed_article_splits_into_its_sentences():
    doc = read_document(SEED, "fr")
    texts = [s.text for s in doc.sentences]
    assert doc.sentences[0].kind == "boilerplate" and texts[0] == "Partager:"
    assert len(texts) == 21
    # the quotation in « guillemets » stays inside its sentence
    assert texts[3].startswith("« Les citoyens américains") and texts[3].endswith("a déclaré le département d’État américain.")
    assert texts[9].startswith("Mais les États-Unis ont également")
    assert texts[-1] == "(system supported by DigitalSiber.id)"
    assert [s.line for s in doc.sentences[:3]] == [1, 3, 5]


@pytest.mark.parametrize("lang,text,expected", [
    ("zh", "美国敦促哈萨克斯坦寻求和平解决方案。他说：“好！”真的吗？", ["美国敦促哈萨克斯坦寻求和平解决方案。", "他说：“好！”", "真的吗？"]),
    ("ja", "首相は声明を発表した。詳細は不明だ！", ["首相は声明を発表した。", "詳細は不明だ！"]),
    # a sentence that opens with a figure is a sentence of its own
    ("ja", "空港は閉鎖された。12便が欠航した。", ["空港は閉鎖された。", "12便が欠航した。"]),
    ("zh", "机场关闭。１２个航班取消。", ["机场关闭。", "１２个航班取消。"]),
    ("ar", "هل أنت بخير؟ نعم أنا بخير.", ["هل أنت بخير؟", "نعم أنا بخير."]),
    ("id", "Dr. Budi pergi ke Jl. Sudirman. Dia tiba pukul 10.30 WIB.", ["Dr. Budi pergi ke Jl. Sudirman.", "Dia tiba pukul 10.30 WIB."]),
    ("fr", "M. Dupont est arrivé. Il a dit « Bonjour. » puis est parti.", ["M. Dupont est arrivé.", "Il a dit « Bonjour. » puis est parti."]),
])
def test_sentence_splitting_per_language(lang, text, expected):
    assert [s.text for s in split_sentences(text, lang)] == expected


def test_markdown_headings_and_list_items_are_segments():
    text = "# Titre\n\nUn paragraphe. Deux phrases.\n\n- premier point\n- second point\n"
    sents = split_sentences(text, "fr", markdown=True)
    assert [(s.kind, s.text) for s in sents] == [
        ("heading", "# Titre"), ("sentence", "Un paragraphe."), ("sentence", "Deux phrases."),
        ("list-item", "- premier point"), ("list-item", "- second point")]


def test_line_aligned_keeps_empty_lines_and_crlf():
    sents = split_lines("a\r\n\r\nb\n")
    assert [(s.text, s.start, s.end, s.line) for s in sents] == [("a", 0, 1, 1), ("", 3, 3, 2), ("b", 5, 6, 3)]


def test_jsonl_offsets_point_into_the_file(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"translation": "le chat", "reference": "the cat"}\n'
                    '{"translation": "dit \\"non\\"", "reference": "said no"}\n', encoding="utf-8")
    t, r = read_jsonl_pair(path, "fr", "en")
    assert t.text[t.sentences[0].start:t.sentences[0].end] == "le chat"
    assert r.sentences[1].text == "said no" and r.sentences[1].line == 2
    assert t.sentences[1].text == 'dit "non"'


@pytest.mark.parametrize("content,message", [
    (b"\xff\xfe\x00a", "not UTF-8"),
])
def test_unreadable_input_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


def test_bad_jsonl_names_the_line(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"translation": "a", "reference": "b"}\n{"translation": 3}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"p.jsonl:2: expected an object"):
        read_jsonl_pair(path)


@pytest.mark.parametrize("text,lang", [
    ("Les autorités américaines ont annoncé le départ volontaire des employés.", "fr"),
    ("Amerika Serikat mendesak Kazakhstan mencari solusi damai atas krisis itu.", "id"),
    ("美国敦促哈萨克斯坦寻求和平解决方案。", "zh"),
    ("日本の首相は火曜日に声明を発表した。", "ja"),
    ("قال المتحدث إن الوضع هادئ في العاصمة", "ar"),
    ("The State Department declined to comment on the email.", "en"),
])
def test_language_detection_among_supported_languages(text, lang):
    assert detect_language(text) == lang


def test_in_memory_documents_reject_line_breaks_in_segments():
    assert [s.text for s in document_from_segments(["a b", "c"]).sentences] == ["a b", "c"]
    with pytest.raises(InputError):
        document_from_segments(["a\nb"])


def test_language_model_kept_unpacked_ranks_as_the_packed_one(tmp_path):
    from py3langid.langid import _load_identifier

    from checker.documents import _load_unpacked

    packed = _load_identifier(norm_probs=False)
    texts = ["Le gouvernement a démissionné mardi.", "Pemerintah mengundurkan diri pada Selasa.",
             "政府は火曜日に総辞職した。", "استقالت الحكومة يوم الثلاثاء."]
    first = _load_unpacked(tmp_path)  # writes the unpacked copy
    [written] = list(tmp_path.iterdir())
    again = _load_unpacked(tmp_path)  # reads it
    for identifier in (first, again):
        assert [identifier.rank(t)[:3] for t in texts] == [packed.rank(t)[:3] for t in texts]
    assert written.suffix == ".npz" and not list(tmp_path.glob("*.part"))


def test_language_model_falls_back_to_the_packed_one_when_it_cannot_unpack(tmp_path):
    from checker.documents import _load_unpacked

    blocked = tmp_path / "not-a-directory"
    blocked.write_text("x")
    assert _load_unpacked(blocked) is None
