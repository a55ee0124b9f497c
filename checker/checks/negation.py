"""Negation and polarity: a "not" added or dropped reverses the meaning of a sentence.

Negators per language come from the data files; French "ne … pas" counts once, and phrases that
look negative but are not ("ne … que" = only, "不过" = but) are removed before counting.

Languages say the same negation explicitly ("did not land", 未能降落) or implicitly ("failed to
land", "refused", "lack of", 无视, 未定, "non-governmental", غير مسبوق), and a faithful translation
often switches between the two. So each side gets a range, from its explicit negations to
explicit plus implicit ones (``implicit_negators``, ``implicit_negation_patterns``, by class:
refusal, denial, failure, lack…), and a finding is raised only when the two ranges do not
overlap. Implicit forms of one class on both sides translate each other and are paired off
first, so a "not" added or dropped next to them still shows.

Five classes say "did not" outright: failure ("failed to", "gagal", 決裂), prevention
("banned", 禁止, "avoid"), lack ("lacks", 缺乏, يفتقر: "does not have"), condition
("unless", ما لم, 除非: "if not") and inability ("unable to", عاجز: "could not"). Another
language renders them by the same class or by an explicit
negation, seldom by a positive word, so such a form left unpaired on one side while the explicit
counts are equal and the other side has no implicit form left to match it means its counterpart
is missing: "未能进入轨道" against "gagal memasuki orbit" is fine, "能进入轨道" against it is not
(``_STRONG``). Refusals ("rejected" / "turned down") and votes against ("by 412 votes to 103")
are too often rendered by a positive word or a tally for that, and so is an absence ("a shortage",
"missing", 不足: "a power cut" says "privé d'électricité"), which pairs with a lack but fires on
nothing alone.

A restriction ("ne … qu'en cas de nécessité", "لا … إلا": "only") pairs off with the other
side's "not … unless" (a contrast) but widens nothing on its own.

An exceptive construction says "only" with or without a negation: "do not travel unless it is
necessary", "jangan … kecuali", "必要な場合を除き、移動しないで" against "ne vous déplacez qu'en cas
de nécessité". A negator that an exceptive word completes (``negation_except_after``, after it in
its clause; ``negation_except_before``, before it in its sentence) is counted as an implicit
"contrast" together with its exceptive word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from checker.checks import at_sentence_start, file_span, language, marks_span, strip_marks
from checker.checks.anchors import Match, matched_clause
from checker.checks.quotes import NAME_CHARS, named_in_marks, quoted_spans, word_before
from checker.documents import split_sentences
from checker.report import Finding, TextSpan


def negations(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the negations in ``text``."""
    stripped, kept = strip_marks(text)  # Arabic vowel marks: "لَمْ" is "لم"
    spans = _negations(stripped, lang)
    return [marks_span(kept, len(text), a, b) for a, b in spans] if kept is not None else spans


@lru_cache(maxsize=None)
def _limit_patterns(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(``negation_limits``: "did not exceed 61%", لم يتجاوز, 不超过; ``limit_words``: "only",
    "at most", "below", 仅, فقط) of ``lang``, compiled once."""
    data = language(lang)
    limits = data.get("negation_limits", [])
    words = data.get("limit_words", [])
    alternation = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    if alternation and data.get("script") != "han":
        alternation = rf"(?<![\w])(?:{alternation})(?![\w])"
    return (re.compile("|".join(f"(?:{p})" for p in limits)) if limits else None,
            re.compile(alternation) if alternation else None)


def limited_negations(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the negations that set a limit ("did not exceed 61%" says "61% at most"): a
    negation when the other side says the opposite ("exceeded 15 million"), none when it says
    the limit its own way ("only 61%", "below 3%": :func:`says_limit`)."""
    limits, _ = _limit_patterns(lang)
    if limits is None:
        return []
    stripped, kept = strip_marks(text)
    masked = _without_exceptions(stripped.lower().replace("’", "'"), lang)
    regions = [m.span() for m in limits.finditer(masked) if m.end() > m.start()]
    if not regions:
        return []
    # the negations the construction holds, counted as everywhere else ("aucun … n'" is one,
    # "did not not expect … before" two)
    spans = [(a, b) for a, b in _negation_spans(stripped, lang, limits=False)[0]
             if any(x <= a and b <= y for x, y in regions)]
    return [marks_span(kept, len(text), a, b) for a, b in spans] if kept is not None else spans


def says_limit(text: str, lang: str, implicit: list[tuple[int, int, str]] | None = None) -> bool:
    """Whether ``text`` says a limit without a negation: "only", "at most", "below", 仅, فقط
    (``limit_words``), or a restriction ("n'a reçu que", لم يتلق سوى; ``implicit``: the
    :func:`implicit_negations` of ``text`` when already at hand)."""
    _, words = _limit_patterns(lang)
    lower = strip_marks(text)[0].lower().replace("’", "'")
    if words is not None and words.search(lower):
        return True
    implicit = implicit_negations(text, lang) if implicit is None else implicit
    return any(kind == "restriction" for *_, kind in implicit)  # "ne … que", لا … إلا


# "non-governmental", "non-pemerintah": a prefix that makes a word, not a negation of the clause
# (非政府, غير حكومية carry none either)
_NON_PREFIX = re.compile(r"(?<![\w-])non-(?=\w)")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern | None, tuple[re.Pattern, ...], re.Pattern | None]:
    """(listed exceptions, exception constructions, negators) of ``lang`` as compiled patterns,
    built once per language."""
    data = language(lang)
    han = data.get("script") == "han"
    # Arabic writes "and"/"so" onto the negator: ولم, ولا, فلن
    procl = "|".join(re.escape(p) for p in data.get("negation_proclitics", []))
    procl = rf"(?:{procl})?" if procl else ""

    def alternation(words):
        return "|".join(re.escape(w.lower().replace("’", "'")) for w in sorted(words, key=len, reverse=True))

    exceptions = data.get("negation_exceptions", [])
    listed = None
    if exceptions:
        # longest first: 少なくない ("not a few", i.e. many) before 少な; in spaced scripts from a
        # word start: "no doubt" is not inside "piano doubts"; ولا سيما is لا سيما
        # (a phrase that starts a longer word takes the whole word: what is left of it is no word
        # of its own; عما, "about what", starts عمالًا, workers, whose لا negates nothing)
        listed = re.compile(alternation(exceptions) if han else rf"(?<![\w]){procl}(?:{alternation(exceptions)})\w*")
    parts = []
    for word in sorted(data.get("negators", []), key=len, reverse=True):
        w = word.lower().replace("’", "'")
        if han:
            parts.append(re.escape(w))
        elif w.endswith("'"):
            parts.append(rf"(?<![\w]){re.escape(w)}")
        elif w.startswith("n'"):
            parts.append(rf"{re.escape(w)}(?![\w])")
        elif not w[0].isalnum():
            # right after a punctuation mark, with or without a space: ", pas les bus", « pas
            # excessive » (the mark itself is no part of the negation)
            rest = w.lstrip(",;:«“\" ")
            mark = re.escape(w[:len(w) - len(rest)].strip())
            parts.append(rf"(?:(?<={mark})|(?<={mark}\s)){re.escape(rest)}(?![\w])")
        else:
            parts.append(rf"(?<![\w]){procl}{re.escape(w)}(?![\w])")
    negators = re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None
    constructions = tuple(re.compile(p) for p in data.get("negation_exception_patterns", []))
    return listed, constructions, negators


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


# "ne … que" means "only": not a negation, nor is "ne … plus … que" ("ne seront plus alimentés
# qu'une fois par semaine", only once a week from now on)
# (but "ne … pas … que" is a negation followed by a clause: "n'ont pas indiqué que")
# ("n'utilisez l'ascenseur qu'en cas d'incendie": an elided article is part of its word; "ne
# s'attendait à ce que" is a negation with a clause after it)
# ("aucune donnée n'avait été perdue et que …": a que after a conjunction opens a clause of its own)
_FR_ONLY = re.compile(r"\b(ne\b|n')(\s*(?!(?:pas|jamais|rien|personne|aucune?|guère|point|ce|et|ou|mais|car)\b)(?:\w+')?\w+){0,6}?\s+que?\b")
# a negative subject right before a ne, up to four words apart: "rien ne", "aucun témoin ne"
_FR_NEGATIVE_SUBJECT = re.compile(r"\b(?:rien|personne|aucune?|nul(?:le)?)(?:\s+[^\s,;:.!?«»]+){0,4}?\s*$")


# a title in quotation marks right after a word for a work (``work_words``), and its gloss in
# brackets: the horror film « Rumah Tanpa Pintu » (« La maison sans porte »), فيلم الرعب
# الإندونيسي «بيت بلا باب». The quotation marks are the language's (``quote_pairs``), read by the
# quotes check; a title is short (a quoted span of at most as many characters, marks included, as
# a name the quotes check reads in marks after a word for it)
_TITLE_CHARS = NAME_CHARS
# the gloss in brackets right after a title, quoted or not: (« La maison sans porte »), (Le pays
# sans ombres)
_GLOSS = re.compile(r"\s*[(（][^()（）]+[)）]")


def _title_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the titles of works and other names in ``text``: quoted after a word for a work
    (``work_words``) with the quoted gloss in brackets after it, or in marks that name rather than
    quote (``quote_title_pairs``: 《无月之夜》, 『誰も知らない』; :func:`checker.checks.quotes.named_in_marks`)."""
    out = named_in_marks(text, lang)
    # a word for a work up to three words before the title ("son nouveau film d'horreur « … »")
    head = word_before(lang, ("work_words",), 3)
    if head is None:
        return out
    for a, b in quoted_spans(text, lang):
        if b - a <= _TITLE_CHARS and head.search(text, 0, a):
            out.append((a, b))
            gloss = _GLOSS.match(text, b)
            if gloss and len(gloss.group().strip()) <= _TITLE_CHARS + 2:  # its brackets besides
                out.append(gloss.span())
    return out


def _negations(text: str, lang: str) -> list[tuple[int, int]]:
    spans = _negation_spans(text, lang)[0]
    titles = _title_spans(text, lang)
    latin = language(lang).get("script") == "latin"
    return [(a, b) for a, b in spans if not any(x < a and b < y for x, y in titles)
            and not (latin and _in_title(text, a, b))]


# the next word, capitalised, maybe after a small word: "Malam Tanpa Bulan", "No Time to Die",
# "House Without a Door"
_NEXT_CAPITAL = re.compile(r"\s+(?:(?:a|an|the|to|of|de|la|le|les|du|des|di|ke|dan)\s+)?[A-ZÀ-Ý]")


def _in_title(text: str, a: int, b: int) -> bool:
    """Whether the negator at ``a:b`` is a capitalised word of a title or a name, mid-sentence,
    followed by another capitalised word ("the film Malam Tanpa Bulan", "No Time to Die")."""
    return text[a:a + 1].isupper() and not at_sentence_start(text, a) and _NEXT_CAPITAL.match(text, b) is not None


def _without_exceptions(lower: str, lang: str) -> str:
    """``lower`` with what looks negative and is not blanked: constructions too varied for a
    phrase list ("n'avait d'autre choix que", had to), then the listed phrases."""
    listed, constructions, _ = _patterns(lang)
    for pattern in constructions:
        lower = pattern.sub(_blank, lower)
    return listed.sub(_blank, lower) if listed is not None else lower


def _negation_spans(text: str, lang: str, limits: bool = True) -> tuple[list[tuple[int, int]], list[tuple[int, int]],
                                                   list[tuple[int, int]], list[tuple[int, int]],
                                                   list[tuple[int, int]]]:
    """(explicit negations, exceptive ones, their exceptive words, restrictive ones, coordinated
    ones: the second ni of "ni … ni") of ``text``:
    a negator that an exceptive word completes ("do not travel unless", "jangan … kecuali",
    "必要な場合を除き…ない") says "only" as much as "not" and is counted apart, as an implicit
    negation; so is one that a restriction completes ("ne … qu'en cas de", "لا … إلا"), which
    negates nothing but renders the other side's "not … unless". The negations of a limit
    ("did not exceed", "not … until": ``negation_limits``) are left out, unless ``limits`` is
    false."""
    data = language(lang)
    lower = text.lower().replace("’", "'")
    masked = _without_exceptions(lower, lang)
    _, _, negators = _patterns(lang)
    limit_pattern, _ = _limit_patterns(lang)
    if limits and limit_pattern is not None:  # counted apart: limited_negations
        masked = limit_pattern.sub(_blank, masked)
    if data.get("script") == "latin":
        masked = _NON_PREFIX.sub(_blank, masked)
    restrictive, coordinated = [], []
    if lang == "fr":
        # (a ne that completes a negative subject before it is no "only": "Rien ne prouve que …",
        # "personne ne savait que …")
        def says_only(m: re.Match) -> bool:
            return not _FR_NEGATIVE_SUBJECT.search(m.string, 0, m.start())

        restrictive = [m.span(1) for m in _FR_ONLY.finditer(masked) if says_only(m)]
        masked = _FR_ONLY.sub(lambda m: _blank(m) if says_only(m) else m.group(), masked)
    only = _only_after(lang)
    spans = [(m.start(), m.end()) for m in negators.finditer(masked)] if negators is not None else []
    if only is not None:
        # "لم يتبق سوى يومين" (only two days are left), "لم يختصر … فحسب، بل" (not only … but):
        # a negator that a restriction word completes later in its clause negates nothing. The
        # word completes the nearest negator before it: one earlier in the clause still negates
        relative = _relative_pronouns(lang)
        restricted = [(a, b) for a, b in spans if _restricted(masked, b, only, _next_start(spans, b), relative)]
        restrictive += restricted
        spans = [s for s in spans if s not in restricted]
    if lang == "fr":
        # "ne … pas/jamais/rien": the second word belongs to the same negation
        cancel = data.get("negation_cancel_after", [])
        # the negative words (aucun, personne, rien, jamais): those that complete a ne after it and
        # take one in before it
        concord = set(cancel) & set(data.get("negation_absorb_ne", []))
        expletive_after = data.get("negation_expletive_after", [])
        kept = []
        ne_positions = [a for a, b in spans if lower[a:b] in ("ne", "n'")]
        for a, b in spans:
            word = lower[a:b]
            if word in cancel and any(0 < a - p < 40 for p in ne_positions):
                continue
            # "n'avoir jamais parlé de leurs problèmes à personne": a negative word further on in the
            # clause of a ne joins its negation too
            if word in concord and any(
                    0 < a - p < 100 and not _CLAUSE_END.search(lower, p, a) for p in ne_positions):
                continue
            if word in ("ne", "n'") and any(re.search(rf"(?<![\w]){x}", lower[max(0, a - 60):a])
                                            for x in expletive_after):
                # "à moins que … ne", "tant que … n'aura pas" (not "autant que", not "en tant que"):
                # the ne goes with the conjunction
                continue
            kept.append((a, b))
        spans = kept
        spans, coordinated = _french_pronoun_negation(lower, spans, data)
    # "neither … nor": a nor after a neither of its sentence coordinates, as the second ni does
    # (``negation_coordinators``: a negator, and the words before it that make it one). Arabic
    # "ولا" coordinates only after a negation of its own clause (``negation_clause_coordinators``:
    # "لم تسجل إصابات ولا أضرار", no injuries or damage); after a comma it negates a clause of its
    # own ("لن يستقيل، ولا يخشى")
    proclitics = tuple(data.get("negation_proclitics", ()))

    def head(x: int, y: int, heads) -> bool:
        """Whether the negator at ``x:y`` is one of ``heads``, with or without a proclitic ("ولن")."""
        word = lower[x:y]
        return word in heads or any(word.startswith(p) and word[len(p):] in heads for p in proclitics)

    for key, boundary in (("negation_coordinators", _SENTENCE_END), ("negation_clause_coordinators", _CLAUSE_PUNCT)):
        for word, heads in data.get(key, {}).items():
            for a, b in list(spans):
                if lower[a:b] == word and any(head(x, y, heads) and y <= a and not boundary.search(lower, y, a)
                                              for x, y in spans):
                    spans.remove((a, b))
                    coordinated.append((a, b))
    # "لن تحصل لا بولوغ ولا التجار" (neither Bulog nor the traders will get): the first word of a
    # correlative pair (``negation_correlatives``: لا … ولا), after a negation of its own clause,
    # coordinates as its second word does
    for first, second in data.get("negation_correlatives", {}).items():
        for a, b in list(spans):
            if lower[a:b] != first:
                continue
            later = [x for x, y in spans + coordinated
                     if x >= b and lower[x:y] == second and not _CLAUSE_PUNCT.search(lower, b, x)]
            earlier = [x for x, y in spans if y <= a and not _CLAUSE_PUNCT.search(lower, y, a)]
            if later and earlier:
                spans.remove((a, b))
                coordinated.append((a, b))
    # "without a helmet or a licence", "tanpa helm atau SIM": a disjunction after a negation of its
    # clause (``negation_disjunctions``) coordinates, as "nor" does: another language may negate each
    # noun ("未戴头盔、也没有驾照")
    for word in data.get("negation_disjunctions", []):
        bound = re.escape(word) if data.get("script") == "han" else rf"(?<![\w]){re.escape(word)}(?![\w])"
        for m in re.finditer(bound, masked):
            if any(y <= m.start() and not _CLAUSE_PUNCT.search(lower, y, m.start()) for _, y in spans):
                coordinated.append(m.span())
    after, before = _except_words(lang)
    excepted, exceptive = [], []
    for a, b in spans:
        # (in the unmasked text: ما لم, "unless", is itself a listed exception)
        word = (_exceptive_after(lower, b, after, _next_start(spans, b)) if after is not None else None) or \
            (_exceptive_before(lower, a, before) if before is not None else None)
        if word is not None:
            excepted.append((a, b))
            exceptive.append(word)
    return (sorted(s for s in spans if s not in excepted), sorted(excepted), exceptive, sorted(restrictive),
            sorted(coordinated))


# (brackets do not end a clause: "Aucune des banques contrôlées par l'OJK (…) ne respectait")
_CLAUSE_END = re.compile(r"[,;:.!?«»\"“”]|\b(?:mais|et|ou|car)\b")
_CLAUSE_END_NO_QUOTES = re.compile(r"[,;:.!?]|\b(?:mais|et|ou|car)\b")
# any language: punctuation that closes the clause of a negator (Arabic and CJK commas included)
_CLAUSE_PUNCT = re.compile(r"[,;:.!?«»\"“”()،؛؟，。；：！？「」『』]")
_NAME_IN_MARKS = re.compile(r"[\"«“(「（](?:[^\s\"«»“”()「」（）,.;:!?،؛؟，。；：！？]+\s?){1,6}[\"»”)」）]")


@lru_cache(maxsize=None)
def _only_after(lang: str) -> re.Pattern | None:
    """Words (``negation_only_after``) that turn an earlier negator of their clause into "only"
    or "not only"."""
    words = language(lang).get("negation_only_after", [])
    return re.compile(rf"(?<![\w])(?:{'|'.join(words)})(?![\w])") if words else None


@lru_cache(maxsize=None)
def _except_words(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """Exceptive words after (``negation_except_after``: "unless", "kecuali", "sauf") and before
    (``negation_except_before``: を除き, 以外, 除非) a negator of their sentence: "not … except X" is
    "only X", said with or without a negation."""
    data = language(lang)
    han = data.get("script") == "han"
    out = []
    for key in ("negation_except_after", "negation_except_before"):
        words = "|".join(data.get(key, []))
        out.append(re.compile(words if han else rf"(?<![\w])(?:{words})(?![\w])") if words else None)
    return out[0], out[1]


# what ends the sentence, or the quotation, that an exceptive word before a negator belongs to
_SENTENCE_END = re.compile(r"[.!?«»\"“”()。！？「」『』\n]")


def _exceptive_before(lower: str, start: int, words: re.Pattern) -> tuple[int, int] | None:
    """The exceptive word before the negator starting at ``start`` in its sentence, within 40
    characters (a comma may come between: 必要な場合を除き、移動しないで)."""
    lo = max(0, start - 40)
    ends = list(_SENTENCE_END.finditer(lower, lo, start))
    if ends:
        lo = ends[-1].end()
    m = words.search(lower, lo, start)
    return (m.start(), m.end()) if m else None


def _next_start(spans: list[tuple[int, int]], end: int) -> int | None:
    """Where the first of ``spans`` after ``end`` starts, if any."""
    return min((a for a, _ in spans if a >= end), default=None)


def _exceptive_after(lower: str, end: int, words: re.Pattern, limit: int | None = None) -> tuple[int, int] | None:
    """The exceptive word after the negator ending at ``end`` in its clause, within 16 words
    and before ``limit`` (the next negator: the word goes with the nearest) ("do not travel
    unless", "لا تتنقلوا إلا")."""
    hi = min(len(lower), end + 120, len(lower) if limit is None else limit)
    stop = _CLAUSE_PUNCT.search(lower, end, hi)
    if stop:
        # a comma right before the exceptive word keeps it in the clause ("n'y avaient pas droit,
        # sauf s'ils…", "not allowed, except for…")
        if lower[stop.start()] in ",،，":
            rest = lower[stop.end():hi]
            after = words.match(lower, stop.end() + len(rest) - len(rest.lstrip()), hi)
            if after:
                return after.span()
        hi = stop.start()
    tokens = list(re.finditer(r"\S+", lower[end:hi]))
    if len(tokens) > 16:
        hi = end + tokens[15].end()
    m = words.search(lower, end, hi)
    return (m.start(), m.end()) if m else None


@lru_cache(maxsize=None)
def _relative_pronouns(lang: str) -> re.Pattern | None:
    """What opens a relative clause set off by commas (``relative_pronouns``: "التي", "which")."""
    words = language(lang).get("relative_pronouns", [])
    return re.compile(rf"\s*(?:{'|'.join(words)})(?![\w])") if words else None


def _restricted(masked: str, end: int, only: re.Pattern, limit: int | None = None,
                relative: re.Pattern | None = None) -> bool:
    """Whether a restriction word follows the negator ending at ``end`` in the same clause, within
    16 words and before ``limit`` (the next negator). A relative clause set off by commas is no
    end of the clause: لم تستقبل الجزيرة، التي كانت …، سوى 4300 زائر."""
    window = masked[end:min(end + 160, len(masked) if limit is None else limit)]
    # a short name in quotes or brackets («بي بي جي إس», "(BPJS)") is part of the clause
    window = _NAME_IN_MARKS.sub(lambda m: " " * len(m.group()), window)
    stop = _CLAUSE_PUNCT.search(window)
    while stop and window[stop.start()] in ",،，" and relative is not None and relative.match(window, stop.end()):
        close = _CLAUSE_PUNCT.search(window, stop.end())
        if not close or window[close.start()] not in ",،，":
            break
        window = window[:stop.start()] + " " * (close.end() - stop.start()) + window[close.end():]
        stop = _CLAUSE_PUNCT.search(window, close.end())
    if stop:
        window = window[:stop.start()]
    window = " ".join(window.split()[:16])
    return only.search(window) is not None


def _french_pronoun_negation(lower: str, spans: list[tuple[int, int]],
                              data: dict) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(negations, coordinated ni) of French: "Aucune décision n'a été prise", "personne n'a été
    blessé": the negative word and the ne after it are one negation. "Ne … ni … ni" is one
    negation and a coordination, as "neither … nor" (even across quotation marks: « n'avait été
    question « ni d'une baisse ni d'une hausse »). "Personne" and "rien" without a ne in their
    clause are nouns ("une personne", "pour rien") and negate nothing."""
    absorb = set(data.get("negation_absorb_ne", []))
    need_ne = set(data.get("negation_need_ne", []))

    def same_clause(a: int, b: int, quotes_too: bool = True) -> bool:
        lo, hi = min(a, b), max(a, b)
        return not (_CLAUSE_END if quotes_too else _CLAUSE_END_NO_QUOTES).search(lower[lo:hi])

    ne_spans = [(a, b) for a, b in spans if lower[a:b] in ("ne", "n'")]

    def completes(x: int, y: int, a: int) -> bool:
        """Whether the ne at ``a`` completes the negative word at ``x:y`` before it: in one clause,
        where "et"/"ou" may join the subject's nouns ("Aucun des élus et des maires ne …") and
        commas set off a description of it ("Aucun des habitants, déplacés par la crue, n'a …"), unless
        a ne before the word makes it an object ("n'a vu aucun policier et les témoins ne …") or
        the word already has its ne ("Aucune alerte n'a été émise et aucune victime n'a …")."""
        if same_clause(y, a):
            return True
        if re.search(r"[;:.!?«»\"“”]|\b(?:mais|car)\b", lower[y:a]) or any(y <= u < a for u, _ in ne_spans):
            return False
        if "," in lower[y:a] and lower[x:y] in ("ni", "jamais"):
            return False  # "… et Ni Ketut, une marchande, affirme n'avoir …": a name, not ni
        return not any(u < x and same_clause(v, x) for u, v in ne_spans)

    kept = []
    for a, b in spans:
        word = lower[a:b]
        if word in ("ne", "n'") and any(lower[x:y] in absorb and x < a and completes(x, y, a) for x, y in spans):
            continue  # the ne completes a negative word before it
        if word in ("ne", "n'") and any(lower[x:y] == "ni" and x > b and same_clause(b, x, False) for x, y in spans):
            continue  # "n'était ni libre ni équitable": the first ni carries the negation
        # (a ni goes with its ne across quotation marks: « n'avait été question « ni d'une baisse »;
        # "sans casque ni permis": with a sans before it in its clause, as its coordination)
        if word in need_ne and not any(same_clause(a, x, word != "ni") for x, _ in ne_spans) and \
                not (word == "ni" and any(lower[x:y] == "sans" and x < a and same_clause(y, a) for x, y in spans)):
            continue
        kept.append((a, b))
    coordinated = [(a, b) for a, b in kept if lower[a:b] == "ni"
                   and any(lower[x:y] in ("ni", "sans") and x < a and same_clause(y, a, False) for x, y in kept)]
    return [s for s in kept if s not in coordinated], coordinated


@lru_cache(maxsize=None)
def _implicit_patterns(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(class, pattern) of the implicit and morphological negative forms of ``lang``: the
    ``implicit_negators`` of each class (outside han script from a word start, optionally after a
    negation proclitic, and possibly ending mid-word so that a stem works) and its
    ``implicit_negation_patterns``."""
    data = language(lang)
    han = data.get("script") == "han"
    # besides "and"/"so", Arabic writes li- and bi- onto an implicit form (لإخفاقها, "for its
    # failure"; لتجنب, "to avoid"), not onto a negator (لما is "when", بلا a word of its own)
    clitics = data.get("negation_proclitics", []) + data.get("implicit_proclitics", [])
    procl = "|".join(re.escape(p) for p in sorted(clitics, key=len, reverse=True))
    procl = rf"(?:{procl})?" if procl else ""
    words, patterns = data.get("implicit_negators", {}), data.get("implicit_negation_patterns", {})
    # a plain list is one class
    words = {"implicit": words} if isinstance(words, list) else words
    patterns = {"implicit": patterns} if isinstance(patterns, list) else patterns
    out = []
    for kind in sorted(set(words) | set(patterns)):
        stems = sorted((w.lower().replace("’", "'") for w in words.get(kind, [])), key=len, reverse=True)
        parts = []
        if stems:
            alternation = "|".join(re.escape(w) for w in stems)
            parts.append(alternation if han else rf"(?<![\w]){procl}(?:{alternation})")
        parts += patterns.get(kind, [])
        if parts:
            out.append((kind, re.compile("|".join(f"(?:{p})" for p in parts))))
    return tuple(out)


@lru_cache(maxsize=None)
def _implicit_exceptions(lang: str) -> re.Pattern | None:
    """Phrases whose negative-looking word negates nothing (``implicit_exceptions``: the failure of
    an organ is an illness)."""
    found = language(lang).get("implicit_exceptions", [])
    return re.compile("|".join(f"(?:{p})" for p in found)) if found else None


def implicit_negations(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, class) of the implicit or morphological negations in ``text`` ("failed to"
    is a failure, "refused" a refusal, 未定 and غير a morphology), none inside an explicit
    negation and none overlapping another (on a tie a listed class beats "morphology":
    "unprecedented" is a novelty)."""
    patterns = _implicit_patterns(lang)
    if not patterns and not any(_except_words(lang)):
        return []
    stripped, kept = strip_marks(text)
    lower = stripped.lower().replace("’", "'")
    explicit, excepted, exceptive, restrictive, coordinated = _negation_spans(stripped, lang)
    # a pattern may look ahead at an explicit negator (Japanese "AもBもない" = neither A nor B)
    # but not take one in; a negator that an exceptive word completes is a "contrast" ("only"),
    # counted once with its exceptive word ("not … unless" is one); an ``implicit_exceptions``
    # phrase ("heart failure", gagal ginjal, 腎不全: an illness) holds none
    taken = explicit + excepted + exceptive
    exceptions = _implicit_exceptions(lang)
    if exceptions is not None:
        taken = taken + [m.span() for m in exceptions.finditer(lower)]
    taken = taken + _title_spans(stripped, lang)  # 《无尽对决》 is a game, no endlessness
    # a capitalised word inside a sentence is a name ("Ungaran", the Non-Aligned Movement), whatever
    # prefix it starts with
    latin = language(lang).get("script") == "latin"
    found = sorted([(m.start(), m.end(), kind) for kind, pattern in patterns for m in pattern.finditer(lower)
                    if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b in taken)
                    and not (kind == "morphology" and latin and stripped[m.start()].isupper()
                             and not at_sentence_start(stripped, m.start()))]
                   + [(a, b, "contrast") for a, b in excepted]
                   + [(a, b, "restriction") for a, b in restrictive]
                   + [(a, b, "coordination") for a, b in coordinated],
                   key=lambda x: (x[0], -x[1], x[2] == "morphology"))
    spans, end = [], -1
    for a, b, kind in found:
        if a >= end:
            spans.append((a, b, kind))
            end = b
    if kept is None:
        return spans
    return [(*marks_span(kept, len(text), a, b), kind) for a, b, kind in spans]


# classes that translate each other: "the brakes failed" (a breakdown) is "gagal" (a failure), a
# boat "intercepted" (an interception, no strong class: 停船させた says it too) is 阻止 (a prevention),
# a road "closed to traffic" (a closure: 暂停开放 says it too) is 通行禁止
_FAMILY = {"breakdown": "failure", "interception": "prevention", "closure": "prevention",
           # violators who "fail to comply" (違反した小売業者), a record "missed" that a side
           # "failed to break" (gagal memecahkan rekor, 記録に及ばなかった)
           "violation": "failure", "shortfall": "failure",
           # what is missing, absent or short ("shortage", hilang, 不足) against what a side lacks
           "absence": "lack",
           # "unless" (ما لم, 除非, à moins que) among the contrasts ("rather than", "far from")
           "condition": "contrast",
           # passengers "stranded" (滞留, bloqués) against those "unable to leave"
           "stranding": "inability",
           # refraining (外出を控えた, 出荷を控えた) against "stayed home", "held back stock"
           "abstention": "prevention",
           # a crop that "failed to produce a harvest" (绝收, gagal panen)
           "harvest": "failure",
           # "warned against travelling" (告诫不要, しないよう警告)
           "warning": "prevention"}


def _family(kind: str) -> str:
    return _FAMILY.get(kind, kind)


def _ranges_apart(t_explicit: int, t_implicit: list[str], r_explicit: int, r_implicit: list[str]) -> bool:
    """Whether [explicit, explicit + implicit] of the two sides do not overlap, once implicit
    forms of the same class on both sides are paired off ("refused" with رفض, "denied" with
    否认): those translate each other and leave no room for a "not" added or dropped elsewhere."""
    t_left, r_left = _unpaired(t_implicit, r_implicit)
    return t_explicit > r_explicit + len(r_left) or r_explicit > t_explicit + len(t_left)


# classes that say "did not" outright (failed to, banned, lacks, unless, unable): rendered
# elsewhere by the same class or by an explicit negation, hardly ever by a positive word
_STRONG = frozenset({"failure", "prevention", "lack", "condition", "inability"})


def _unpaired(t_implicit: list[str], r_implicit: list[str]) -> tuple[list[str], list[str]]:
    """The implicit classes of each side left once those of one class (or family) on both sides
    pair off, the same class first."""
    t_left, r_left = list(t_implicit), list(r_implicit)
    for same in (lambda a, b: a == b, lambda a, b: _family(a) == _family(b)):
        for kind in list(t_left):
            match = next((k for k in r_left if same(kind, k)), None)
            if match is not None:
                t_left.remove(kind)
                r_left.remove(match)
    return t_left, r_left


def _strong_unmatched(t_implicit: list[str], r_implicit: list[str]) -> tuple[str, str] | None:
    """With equal explicit counts: (side, class) when "translation" or "reference" has a strong
    implicit form ("failed to", "banned") that nothing on the other side is
    left to render (no implicit form of its own unpaired), else None."""
    t_left, r_left = _unpaired(t_implicit, r_implicit)
    for side, mine, other, other_all in (("translation", t_left, r_left, r_implicit), ("reference", r_left, t_left, t_implicit)):
        # a second form of a class the other side says once is a repetition ("sanctions … 禁止" against
        # one 禁じる), not a missing counterpart
        strong = [k for k in mine if k in _STRONG and k not in other_all]
        if strong and not other:
            return side, strong[0]
    return None


def _pair_restrictions(t_implicit: list[str], r_implicit: list[str]) -> tuple[list[str], list[str]]:
    """A restriction ("ne … qu'en cas de nécessité", "لا … إلا") renders the other side's "not …
    unless" (a "contrast"): the two pair off. Left alone it says "only", which another language
    says without a negation, and widens nothing."""
    t_left, r_left = list(t_implicit), list(r_implicit)
    for mine, other in ((t_left, r_left), (r_left, t_left)):
        while "restriction" in mine and "contrast" in other:
            mine.remove("restriction")
            other.remove("contrast")
    return [k for k in t_left if k != "restriction"], [k for k in r_left if k != "restriction"]


def run(pair, langs, context) -> list[Finding]:
    """Negations compared sentence by sentence where both sides of the segment have the same
    number of sentences (an implicit form in one sentence does not stand for a "not" dropped
    from another), else over the whole segment."""
    t_sents = [s for s in split_sentences(pair.translation.text, langs.translation) if s.kind == "sentence"]
    r_sents = [s for s in split_sentences(pair.reference.text, langs.reference) if s.kind == "sentence"]
    if len(t_sents) >= 2 and len(t_sents) == len(r_sents):
        diffs = [len(negations(ts.text, langs.translation)) - len(negations(rs.text, langs.reference))
                 for ts, rs in zip(t_sents, r_sents)]
        # a negation one side says in the first sentence and the other in the second (the same
        # fact, placed otherwise) shows as a surplus on each side: compare the whole segment
        if not (any(d > 0 for d in diffs) and any(d < 0 for d in diffs)):
            for ts, rs in zip(t_sents, r_sents):
                sub = replace(pair, translation=TextSpan(ts.text, pair.translation.start + ts.start,
                                                         pair.translation.start + ts.end, pair.translation.line),
                              reference=TextSpan(rs.text, pair.reference.start + rs.start,
                                                 pair.reference.start + rs.end, pair.reference.line))
                found = _compare(sub, langs)
                if found:
                    return found
            return []
    return _compare(pair, langs)


def _limit_count(text: str, lang: str, implicit: list[tuple[int, int, str]],
                 limited: list[tuple[int, int]]) -> int:
    """How many limits ``text`` says without a negation (:func:`says_limit`: limit words and
    restrictions), leaving out a limit word that is part of, or next to, the construction of one of
    its ``limited`` negations (最高不超过, "at most … did not exceed")."""
    limits, words = _limit_patterns(lang)
    count = sum(1 for *_, kind in implicit if kind == "restriction")
    if words is None:
        return count
    lower = strip_marks(text)[0].lower().replace("’", "'")
    regions = [m.span() for m in limits.finditer(_without_exceptions(lower, lang))] \
        if limited and limits is not None else []
    return count + sum(1 for m in words.finditer(lower)
                       if not any(m.start() <= b + 2 and a - 2 <= m.end() for a, b in regions))


def _coordinations_kept(text: str, spans: list[tuple[int, int]], implicit: list[tuple[int, int, str]],
                        kinds: list[str]) -> list[str]:
    """``kinds`` with a coordination ("nor", the second ni, "maupun", AもBも) kept only as often as
    one has a negation in its own clause to go with ("belum ada laporan korban maupun kerusakan";
    自由でも公正でもなかった): with none there ("tidak … maupun" with its tidak dropped, or a
    negation in another clause: "… maupun kerusakan, dan … tidak ada ancaman") it stands for
    nothing."""
    # (a coordination that opens its clause, ", ni ne leur fixe", goes with a negation earlier in
    # its sentence: "ne reconnaît pas …, ni ne …")
    supported = sum(1 for a, b, kind in implicit if kind == "coordination" and any(
        not _CLAUSE_PUNCT.search(text, min(b, x), max(a, y))
        or (y <= a and re.search(r"[,;،，；]\s*$", text[:a]) and not _SENTENCE_END.search(text, y, a))
        for x, y in spans))
    kept = []
    for kind in kinds:
        if kind == "coordination":
            if not supported:
                continue
            supported -= 1
        kept.append(kind)
    return kept


def _compare(pair, langs) -> list[Finding]:
    t = negations(pair.translation.text, langs.translation)
    r = negations(pair.reference.text, langs.reference)
    # "did not exceed 61%" against "only 61%" sets the same limit; against "exceeded" it reverses.
    # Said with a negation on both sides ("will not open until" / "tidak dibuka sebelum"), the
    # negations are counted on both
    t_implicit = implicit_negations(pair.translation.text, langs.translation)
    r_implicit = implicit_negations(pair.reference.text, langs.reference)
    t_limited = limited_negations(pair.translation.text, langs.translation)
    r_limited = limited_negations(pair.reference.text, langs.reference)
    # Limits said by a word on both sides ("only 58%" / 58％にとどまる) render each other: only a
    # side's surplus of them renders a limited negation of the other ("will not be completed before
    # 2027" / 2027年より前の完成は見込めない stays a negation on each side)
    t_says = _limit_count(pair.translation.text, langs.translation, t_implicit, t_limited)
    r_says = _limit_count(pair.reference.text, langs.reference, r_implicit, r_limited)
    if r_limited or r_says <= t_says:
        t = sorted(t + t_limited)
    if t_limited or t_says <= r_says:
        r = sorted(r + r_limited)
    t_kinds, r_kinds = _pair_restrictions([k for *_, k in t_implicit], [k for *_, k in r_implicit])
    t_kinds = _coordinations_kept(pair.translation.text, t, t_implicit, t_kinds)
    r_kinds = _coordinations_kept(pair.reference.text, r, r_implicit, r_kinds)
    if len(t) == len(r):
        found = _strong_unmatched(t_kinds, r_kinds)
        if found is None:
            # Equal counts, but a side with an implicit form left over may render one of the other
            # side's negations by it and carry a negation of its own that the other side lacks: a
            # "not" added next to "failed to" stands out when a figure ties its clause to one with
            # nothing negative
            t_left, r_left = _unpaired(t_kinds, r_kinds)
            # (a coordination left over renders no negation of its own: "not on Saturday or Sunday")
            return _anchored(pair, langs, t, r, tuple(side for side, left in (("translation", t_left),
                                                                             ("reference", r_left))
                                                      if any(k != "coordination" for k in left)))
        side, kind = found
        if side == "translation":
            # the last form of its class: the earlier ones pair off with the reference's
            a, b, _ = [x for x in t_implicit if x[2] == kind][-1]
            word = pair.translation.text[a:b]
            return [Finding("negation", "critical",
                            f"the translation says “{word}” ({kind}) but the reference has no negation "
                            f"left to match it: check that the meaning is not reversed",
                            file_span(pair.translation, a, b), None, 0.6)]
        a, b, _ = [x for x in r_implicit if x[2] == kind][-1]
        word = pair.reference.text[a:b]
        return [Finding("negation", "critical",
                        f"the reference says “{word}” ({kind}) but the translation has no negation "
                        f"left to match it: check that the meaning is not reversed",
                        None, file_span(pair.reference, a, b), 0.6)]
    if not _ranges_apart(len(t), t_kinds, len(r), r_kinds):
        # the other side's implicit forms could account for the extra negation, unless a figure
        # ties its clause to a clause of the other side that says nothing negative
        return _anchored(pair, langs, t, r, ("translation",) if len(t) > len(r) else ("reference",))
    # the negation to show: one whose clause a figure ties to a clause of the other side with
    # nothing negative (the clause the other side's counterpart is missing from), else the first
    # one past the other side's count
    if len(t) > len(r):
        (a, b), other = _shown(pair.translation, langs.translation, t, pair.reference, langs.reference, r)
        word = pair.translation.text[a:b]
        return [Finding("negation", "critical",
                        f"the translation has {len(t)} negation(s) (“{word}”…) where the reference has {len(r)}: "
                        f"check that the meaning is not reversed", file_span(pair.translation, a, b), other, 0.7)]
    (a, b), other = _shown(pair.reference, langs.reference, r, pair.translation, langs.translation, t)
    word = pair.reference.text[a:b]
    return [Finding("negation", "critical",
                    f"the reference says “{word}” ({len(r)} negation(s)) but the translation has {len(t)}: "
                    f"check that the meaning is not reversed", other, file_span(pair.reference, a, b), 0.7)]


def _shown(mine, lang: str, spans: list[tuple[int, int]], other, other_lang: str,
           other_spans: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """(the surplus negation of ``mine`` to show, the file span to show on the ``other`` side):
    the negation whose clause is tied to a clause of the other side with nothing negative, and that
    clause; else the first negation past the other side's count, and the other side's first."""
    tied = _unrendered(mine.text, lang, spans, other.text, other_lang)
    if tied:
        return tied[0], file_span(other, tied[1].other_start, tied[1].other_end)
    return spans[len(other_spans)], file_span(other, *other_spans[0]) if other_spans else None


def _unrendered(text: str, lang: str, spans: list[tuple[int, int]], other: str,
                other_lang: str) -> tuple[tuple[int, int], Match] | None:
    """(span, the other side's tied clause) of the first of ``spans`` whose clause a figure or a
    listed name ties (:func:`checker.checks.anchors.matched_clause`) to a clause of ``other`` that
    says nothing negative: no negation (of a limit too), no implicit form of any class and, when
    the span is a limited negation ("did not exceed"), no limit word ("only", 仅)."""
    limited = limited_negations(text, lang)
    negative = None  # where ``other`` says something negative, read once when first needed
    for a, b in spans:
        match = matched_clause(text, lang, a, other, other_lang)
        if match is None:
            continue
        if negative is None:
            negative = [x for x, _ in negations(other, other_lang) + limited_negations(other, other_lang)] + \
                [x for x, _, _ in implicit_negations(other, other_lang)]
        lo, hi = match.other_start, match.other_end
        if not any(lo <= x < hi for x in negative) and \
                not ((a, b) in limited and says_limit(other[lo:hi], other_lang)):
            return (a, b), match
    return None


def _anchored(pair, langs, t: list[tuple[int, int]], r: list[tuple[int, int]],
              sides: tuple[str, ...]) -> list[Finding]:
    """A finding for the first negation of one of ``sides`` ("translation", "reference") that
    :func:`_unrendered` finds: its clause is tied to a clause of the other side that says nothing
    negative, so no implicit form elsewhere renders it."""
    for side in sides:
        mine, spans, other = (pair.translation, t, pair.reference) if side == "translation" else \
            (pair.reference, r, pair.translation)
        lang, other_lang = (langs.translation, langs.reference) if side == "translation" else \
            (langs.reference, langs.translation)
        tied = _unrendered(mine.text, lang, spans, other.text, other_lang)
        if tied is None:
            continue
        (a, b), match = tied
        other_side = "reference" if side == "translation" else "translation"
        message = (f"the {side} says “{mine.text[a:b]}” in the clause with {match.figures[0]}, but the "
                   f"{other_side}'s clause with that figure says nothing negative: check that the meaning is "
                   f"not reversed")
        here, there = file_span(mine, a, b), file_span(other, match.other_start, match.other_end)
        return [Finding("negation", "critical", message, *((here, there) if side == "translation" else (there, here)),
                        0.6)]
    return []
