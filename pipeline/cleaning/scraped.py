"""Boilerplate removal for scraped plain text: the page's words, one block per line, story among chrome.

A scraped page reads top to bottom as: header chrome (a leading ``date YYYY-MM-DD`` line, menus,
banners, a kicker, the headline, a standfirst, a photo caption and credit, a byline, a date line), the
story's paragraphs, then footer chrome (share lines, tag lines, comment boxes, copyright notices, and a
"Read more" block of teasers for *other* stories). Teasers often describe other trips, so leaving them
in makes false alerts downstream.

Each line is classified by its shape and its wording (:func:`classify_line`, the wording in
:mod:`.lexicon`, in English, Russian and Chinese). The story begins at the first line that reads like a
paragraph of prose; above it, the headline becomes the title and a standfirst under it stays as story.
The story ends where a block of other stories or the footer begins. Inside the story only lines that
are unmistakably chrome are dropped, so no story paragraph is lost. The cleaner says which source lines
it kept (``ScrapedParts.lines``) and where the title was (``title_line``), so it can be measured
against lines marked by hand (``python -m bench.cleaning``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

import ahocorasick

from pipeline.cleaning import lexicon
from pipeline.cleaning.normalize import normalize_lines
from pipeline.records import Month


class Kind(Enum):
    PROSE = "prose"
    SHORT = "short"  # a short line that is not a sentence: headline, kicker, subheading, bullet
    BANNER = "banner"
    SHARE = "share"
    NAVIGATION = "navigation"
    TAG_LINE = "tag_line"
    RELATED_MARKER = "related"
    INLINE_RELATED = "inline_related"
    MIN_READ = "min_read"
    CAPTION = "caption"
    COOKIE = "cookie"
    BYLINE = "byline"
    DATELINE = "date_line"
    ADVERT = "advert"
    FOOTER = "footer"  # comment box, copyright or legal notice, a prompt about the page itself
    EMBED = "embed"  # a social-media post or a bare link


def _any_of(table: lexicon.Lexicon) -> str:
    return "|".join(f"(?:{fragment})" for fragments in table.values() for fragment in fragments)


class _Phrases:
    """The plain phrases of several lexicon tables in one Aho-Corasick automaton: one pass over a line
    says which tables have a phrase in it (a regular expression of alternatives cost ~190 us a line)."""

    def __init__(self, **tables: lexicon.Lexicon) -> None:
        tags: dict[str, set[str]] = {}
        for name, table in tables.items():
            for phrases in table.values():
                for phrase in phrases:
                    tags.setdefault(phrase, set()).add(name)
        self._automaton = ahocorasick.Automaton()
        for phrase, names in tags.items():
            self._automaton.add_word(phrase, frozenset(names))
        self._automaton.make_automaton()

    def tables_in(self, lowered: str) -> frozenset[str]:
        found: frozenset[str] = frozenset()
        for _, names in self._automaton.iter(lowered):
            found |= names
        return found


_PHRASES = _Phrases(
    banner=lexicon.BANNER_PHRASES,
    footer=lexicon.FOOTER_PHRASES,
    credit=lexicon.CREDIT_LABELS,
    privacy=lexicon.PRIVACY_WORDS,
    consent=lexicon.CONSENT_WORDS,
)


_PRIVACY_WORDS = tuple(word for words in lexicon.PRIVACY_WORDS.values() for word in words)

_I = re.IGNORECASE
LEADING_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b[ \t]*", _I)

_CALL_TO_ACTION = re.compile(f"^(?:please\\s+)?(?:{_any_of(lexicon.CALLS_TO_ACTION)})\\b", _I)
_CTA_TAIL = re.compile(f"\\b(?:{_any_of(lexicon.CALL_TO_ACTION_TAILS)})\\b", _I)
_BANNER_START = re.compile(_any_of(lexicon.BANNER_STARTS), _I)
_SHARE_WORDS = frozenset(word for words in lexicon.SHARE_WORDS.values() for word in words)
_SHARE_NETWORKS = frozenset(word for words in lexicon.SHARE_NETWORKS.values() for word in words)
_TOOLBAR_WORDS = frozenset(word for words in lexicon.TOOLBAR_WORDS.values() for word in words)
_SHARE_START = re.compile(f"^(?:{_any_of(lexicon.SHARE_STARTS)})", _I)
_NAVIGATION = re.compile(
    f"^(?:{_any_of(lexicon.NAVIGATION)}|all rights reserved.*|copyright .*|© .*|\\(c\\) \\d{{4}}.*)\\.?$", _I
)
_BREADCRUMB = re.compile(r"^[\w .,'&-]{1,30}(\s*(>+|»|/|\|)\s*[\w .,'&-]{1,30}){2,}\s*>*$")
# What a short line's start alone decides, in the order the rules are tried. One alternation matches the
# line once against all of them; the first branch that matches names the kind, as trying them in turn did.
_LINE_STARTS = (
    (Kind.MIN_READ, f"(?:{_any_of(lexicon.MINUTES_TO_READ)})$"),
    (Kind.TAG_LINE, f"(?:{_any_of(lexicon.TAG_LABELS)})\\s*:\\s*\\S"),
    (Kind.RELATED_MARKER, f"(?:{_any_of(lexicon.RELATED_MARKERS)})\\s*[:.!>»]?$"),
    (Kind.INLINE_RELATED, f"\\(?(?:{_any_of(lexicon.INLINE_RELATED)})\\s*:\\s*\\S"),
    (Kind.ADVERT, f"(?:{_any_of(lexicon.ADVERTS)})\\.?$"),
)
_LINE_START = re.compile("|".join(f"(?P<{kind.name}>{pattern})" for kind, pattern in _LINE_STARTS), _I)
_FOOTER_START = re.compile(_any_of(lexicon.FOOTER_STARTS), _I)
_CAPTION_START = re.compile(f"^(?:{_any_of(lexicon.CAPTION_STARTS)})", _I)
_REPORTED = re.compile(f"(?<!\\w)(?:{_any_of(lexicon.REPORTING_VERBS)})(?!\\w)", _I)
_DOMAIN = r"[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*\.(?:ru|com|org|net|gov|io|cn|uk|fr|de|int|info|tv|eu|jp|in|ua|by)"
_CREDIT = f"(?:{_DOMAIN}|{_any_of(lexicon.CREDIT_NAMES)})"
_CREDIT_END = re.compile(
    r"(?:^|[\s.,;|/(—-])\(?(?:(?:photo|image|credit|source|picture)s?\s*(?::|by)?\s*)?" + _CREDIT + r"\)?\.?$", _I
)
_PICTURE_IN_BRACKETS = re.compile(
    f"[(\\[【][^()\\[\\]【】]{{0,60}}(?:{_any_of(lexicon.PICTURE_WORDS)})[^()\\[\\]【】]{{0,60}}[)\\]】]\\.?$", _I
)
_PICTURED = re.compile(r"[。.](图为|圖為).*[)】]$")  # "...会晤。图为两人...合影。(Reuters)"
# "... Spain. Photo: VCG", "... Photo by Jane Roe": a credit ends the caption, however long it is.
_PHOTO_WORDS = ("photo", "image", "picture")
_PHOTO_CREDIT_END = re.compile(f"(?:^|[\\s.])(?:{'|'.join(_PHOTO_WORDS)})s?\\s*(?::|by)\\s*[^.!?:]{{1,40}}$", _I)
# "印度總理莫迪。新華社資料圖", "中新社發 齊彬 攝": a Chinese caption ends on a picture word or "photographed".
_CJK_PICTURE_END = re.compile(r"(资料图|資料圖|图片|圖片|照片|摄|攝)\)?$")
_COOKIE = re.compile(r"\bcookies?\b.*\b(use|uses|accept|consent|policy|settings|preferences|privacy|agree)\b", _I)
_BYLINE = re.compile(
    r"^[Bb][Yy]\s+(?:[A-Z][\w.'-]*\.?\s?){1,4}(?:(?:,|and|&)\s+(?:[A-Z][\w.'-]*\.?\s?){1,4}){0,3}"
    r"(?:\s*[,|/—-]\s*[\w .'&-]{1,40})?$"
)
_BYLINE_LABEL = re.compile(f"^(?:{_any_of(lexicon.BYLINE_LABELS)})\\s*:?\\s*(?=\\S)", _I)
_BYLINE_END = re.compile(f"(?:{_any_of(lexicon.BYLINE_ENDS)})\\s*[,.)\\]】]?$", _I)
_MONTH = _any_of(lexicon.MONTHS)
_CALENDAR_DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(T\d{2}:\d{2}(:\d{2})?\S*)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|"
    f"\\b(?:{_MONTH})\\.?\\s+\\d{{1,2}}(st|nd|rd|th)?,?(\\s+\\d{{4}})?|"
    f"\\b\\d{{1,2}}(st|nd|rd|th)?\\s+(?:{_MONTH})\\.?,?(\\s+\\d{{4}})?",
    _I,
)
_CLOCK_OR_WEEKDAY = re.compile(
    f"\\d{{1,2}}:\\d{{2}}(:\\d{{2}})?\\s*([ap]\\.?m\\.?)?|\\b(?:{_any_of(lexicon.WEEKDAYS)})\\b\\.?", _I
)
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", _I)
_DATE_LABELS = re.compile(f"\\b(?:{_any_of(lexicon.DATE_LABELS)})(?=\\W|$)", _I)
_EMBED = re.compile(r"(https?://t\.co/|pic\.twitter\.com/|\(@\w+\)\s+\w+ \d{1,2}, \d{4}$)|^https?://\S+$", _I)
_DIGIT = re.compile(r"\d")
_STOPS = ".!?。！？"
_CLOSERS = "\"')]」』"
_SENTENCE_END = re.compile(r"""[.!?]["')\]]?$""")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_BULLET = re.compile(r"^[•●▪■◆·*-]\s")
_LOWER_WORD = re.compile(r"(?<!\S)[a-zа-яё][\w'-]*")
_LOWER_STOP = re.compile(r"[a-z]\.")  # a full stop after a word; "U.S." has none

PROSE_MIN_WORDS = 8
STORY_START_MIN_WORDS = 8
HEADLINE_WORDS = (4, 30)
STANDFIRST_MIN_WORDS = 6
QUESTION_HEADLINE_WORDS = 15
CAPTION_MAX_WORDS = 30
CONTINUED_MIN_CHARS = 50  # a line cut by a wrap, not a label ("Tags") or a short headline
LONG_LINE_TOKENS = 80  # above the largest word threshold (60), so counting exactly changes nothing


# The only non-ASCII characters that re.IGNORECASE matches to ASCII letters (a unit test checks it).
_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ, dotless i, long s, Kelvin sign


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs one of the ASCII ``words`` can match in ``text``.

    Exact, never False where the pattern can match: without the few non-ASCII look-alikes of ASCII letters,
    what such a pattern matches is ASCII letters, found again in the text's lower case by a substring test,
    which costs a fraction of the search it spares on the many lines without those words.
    """
    if any(char in text for char in _ASCII_LOOKALIKES):
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence: a full stop, question or exclamation mark, then perhaps closing
    quotes and brackets (or spaces and one quote), or a colon. Read from the end, not searched for."""
    bare = line.rstrip(_CLOSERS)
    if bare and bare[-1] in _STOPS:
        return True
    if line.endswith(("'", '"')):
        before = line[:-1].rstrip()
        if before and before[-1] in ".!?":
            return True
    return line.endswith(":")


def word_count(line: str) -> int:
    """Words in ``line``: tokens that start with a letter (after a quote or bracket, if any); Chinese and
    Japanese, written without spaces, count two characters a word."""
    if line.isascii() or not _CJK.search(line):
        return _letter_tokens(line)
    rest, runs = _CJK_RUN.subn(" ", line)
    cjk = len(line) - len(rest) + runs  # each run of Chinese characters is now one space
    return _letter_tokens(rest) + (cjk + 1) // 2


def _letter_tokens(line: str) -> int:
    tokens = line.split()
    if len(tokens) > LONG_LINE_TOKENS:
        return len(tokens)  # a paragraph: past every threshold whatever its numbers and dashes
    return sum(1 for token in tokens if token[0].isalpha() or (len(token) > 1 and token[1].isalpha()))


def classify_line(line: str) -> Kind:
    """What kind of line ``line`` (normalised) is, judged on its own; the cleaner then weighs its neighbours."""
    return _classify(line, word_count(line))


def _classify(line: str, words: int) -> Kind:
    if words <= 30 and (start := _LINE_START.match(line)) and start.lastgroup:
        return Kind[start.lastgroup]
    lowered = line.lower()
    # A line of 41 to 60 words needs the phrase tables only to find a consent notice, which has a privacy
    # word in it: a few substring tests spare most such lines the automaton.
    needs_tables = words <= 40 or (words <= 60 and any(word in lowered for word in _PRIVACY_WORDS))
    tables = _PHRASES.tables_in(lowered) if needs_tables else frozenset()
    if words <= 60 and (("cookie" in lowered and _COOKIE.search(line)) or {"privacy", "consent"} <= tables):
        return Kind.COOKIE
    if words <= 40:
        kind = _classify_short(line, lowered, words, tables)
        if kind is not None:
            return kind
    elif _pictured(line):
        return Kind.CAPTION
    if _is_prose(line, words):
        return Kind.PROSE
    return Kind.SHORT


def _is_prose(line: str, words: int) -> bool:
    if words < PROSE_MIN_WORDS:
        return False
    if line.isascii() or not _CJK.search(line):
        return words >= 25 or _ends_sentence(line)
    # Chinese: a headline may run long and hold commas, but a paragraph has a full stop in it.
    return "。" in line or _ends_sentence(line) or (words >= 24 and "," in line)


def _classify_short(line: str, lowered: str, words: int, tables: frozenset[str]) -> Kind | None:
    if not any(char.isalnum() for char in line):
        return Kind.NAVIGATION  # "|", "+", ":::"
    if words <= 12 and (
        _NAVIGATION.match(line)
        or (("/" in line or ">" in line or "|" in line or "»" in line) and _BREADCRUMB.match(line))
    ):
        return Kind.NAVIGATION
    if words <= 12 and _is_share_line(line, lowered):
        return Kind.SHARE
    if words <= 16 and ("banner" in tables or _is_banner(line, words)):
        return Kind.BANNER
    if "footer" in tables or _FOOTER_START.match(line):
        return Kind.FOOTER
    if ("http" in lowered or "pic.twitter" in lowered or "(@" in lowered) and _EMBED.search(line):
        return Kind.EMBED
    if words <= 12 and _is_byline(line, words):
        return Kind.BYLINE
    if words <= 14 and _DIGIT.search(line) and _is_date_line(line):
        return Kind.DATELINE
    if _is_caption(line, words, credited="credit" in tables):
        return Kind.CAPTION
    return None


def _is_share_line(line: str, lowered: str) -> bool:
    if _SHARE_START.match(line):
        return True
    tokens = re.findall(r"[\w+-]+|[|·•/]", lowered)
    if not tokens:
        return False
    if all(token in _SHARE_WORDS for token in tokens) and any(token in _SHARE_NETWORKS for token in tokens):
        return True
    return len(tokens) >= 3 and sum(token in _TOOLBAR_WORDS for token in tokens) >= 0.6 * len(tokens)


def _is_banner(line: str, words: int) -> bool:
    if _BANNER_START.match(line):
        return True
    if not _CALL_TO_ACTION.match(line):
        return False
    # "Support The Daily Planet!", "Contribute today", "Subscribe": a call to action, not a headline
    # such as "Support for the bill grows".
    return line.endswith("!") or words <= 2 or bool(_CTA_TAIL.search(line))


def _is_byline(line: str, words: int) -> bool:
    if _BYLINE.match(line) or _BYLINE_END.search(line):
        return True
    if words <= 4 and line.endswith(",") and all(token[0].isupper() for token in line[:-1].split()):
        return True  # "Elad Benari ,": a name over the story
    # "Автор: Зарина Ахметжанова", "责任编辑:吕泽鹏": a label, then a name or two, no sentence.
    return bool(_BYLINE_LABEL.match(line)) and words <= 8 and not _SENTENCE_END.search(line)


def _is_date_line(line: str) -> bool:
    """A date or time with at most a label and a name around it ("Updated 13 Dec, 2013 07:18am")."""
    if not _CALENDAR_DATE.search(line):
        return False
    rest = _DATE_LABELS.sub(" ", _CLOCK_OR_WEEKDAY.sub(" ", _CALENDAR_DATE.sub(" ", line)))
    left = word_count(rest)
    # "The summit opens on 9 June." is a sentence, not a date line.
    return left <= 1 or (left <= 3 and not _SENTENCE_END.search(_CLOCK_END.sub("", line.rstrip(")]"))))


def _is_caption(line: str, words: int, *, credited: bool) -> bool:
    tail = line[-80:]
    if (
        _CAPTION_START.match(line)
        or _pictured(line)
        or (may_contain(tail, _PHOTO_WORDS) and _PHOTO_CREDIT_END.search(tail))
    ):
        return True
    if words > CAPTION_MAX_WORDS:
        return False  # a long paragraph that ends with "(ANI)" or "(File Photo)" is still the story
    if credited or (line[-1] in ")]】." and _PICTURE_IN_BRACKETS.search(line[-80:])):
        return True
    if _CJK_PICTURE_END.search(line[-8:]):
        return True
    if _ends_sentence(line) and not line.endswith(")."):
        return False
    # Only the line's end can be a credit ("... in Moscow. kremlin.ru"); searching the tail keeps this cheap.
    return "©" in line or bool(_CREDIT_END.search(line[-60:]))


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the page (or hard-wrapped lines joined), with the source line numbers it came from."""

    text: str
    numbers: tuple[int, ...]
    kind: Kind
    words: int


@dataclass(frozen=True, slots=True)
class ScrapedParts:
    paragraphs: tuple[str, ...]
    title: str | None
    byline: str | None
    published: date | None
    published_month: Month | None  # a marker giving the month only ("date 2018-04")
    removed: tuple[str, ...]
    lines: tuple[int, ...]  # source line numbers (from 1) of the kept paragraphs
    title_line: int | None  # source line number of the title, when it came from the text


def split_leading_date(text: str) -> tuple[date | Month | None, str]:
    """A leading ``date YYYY-MM-DD`` marker (the scraper's) as a date, or ``date YYYY-MM`` as a month, and the
    text after it."""
    match = LEADING_DATE.match(text)
    if not match:
        return None, text
    try:
        year, month = int(match.group(1)), int(match.group(2))
        found = date(year, month, int(match.group(3))) if match.group(3) else Month(year, month)
    except ValueError:
        return None, text
    return found, text[match.end() :]


def unwrap_lines(text: str) -> list[Line]:
    """The lines of normalised ``text`` (an extractor's, one paragraph a line), hard-wrapped blocks joined,
    each with its kind (:func:`classify_line`)."""
    return _joined(text.split("\n"), continued=False)


def _joined(lines: list[str], *, continued: bool = True) -> list[Line]:
    """Non-blank ``lines`` numbered from 1, a paragraph hard-wrapped over several lines joined into one.

    A block (lines between blank lines) is hard-wrapped when its lines run to a similar width without
    ending a sentence; with ``continued``, a line that goes on in lower case after a long line cut
    mid-sentence continues it. Captions, headlines and bullets, which end without a full stop too, stay
    lines of their own.
    """
    joined: list[Line] = []
    block: list[tuple[str, int]] = []
    bridged = _double_spaced_wraps(lines) if continued else frozenset()
    for number, text in enumerate([*lines, ""], 1):
        if text:
            block.append((text, number))
            continue
        if number in bridged:
            continue  # a blank line inside a paragraph hard-wrapped with a blank line after every line
        if len(block) > 2 and _hard_wrapped([line for line, _ in block]):
            joined.append(_line(" ".join(line for line, _ in block), tuple(n for _, n in block)))
        else:
            joined.extend(_continued(block) if continued else (_line(text, (n,)) for text, n in block))
        block = []
    return joined


def _double_spaced_wraps(lines: list[str]) -> frozenset[int]:
    """The numbers (from 1) of the blank lines of a text hard-wrapped with a blank line after each of its lines
    ("... Sheikh Hasina leaves here" / "" / "tomorrow for New Delhi on a four-day official visit"): every single
    blank line between two lines, so that the text is read as wrapped with none (:func:`_hard_wrapped`,
    :func:`_continued`). Read so only where a long line ending no sentence goes on in lower case after one blank
    line three times at least (a headline over a lower-case section label, "... quits G8 summit" / "" / "world",
    is once)."""
    triples = list(enumerate(zip(lines, lines[1:], lines[2:], strict=False), 2))
    wrapped = sum(
        1
        for _, (line, blank, after) in triples
        if line
        and not blank
        and after
        and after[0].islower()
        and len(line) >= CONTINUED_MIN_CHARS
        and not _ends_sentence(line)
        and not _BULLET.match(after)
    )
    if wrapped < _DOUBLE_SPACED_MIN:
        return frozenset()
    return frozenset(number for number, (line, blank, after) in triples if line and not blank and after)


_DOUBLE_SPACED_MIN = 3  # wrapped lines going on after a blank line, for a text to be read as double-spaced


def _wrap_width(block: list[tuple[str, int]]) -> int | None:
    """The width a block of several hard-wrapped paragraphs (no blank line between them) is cut at: most of its
    lines cut mid-sentence run to within a fifth of one width, three at least, and one line goes on in lower
    case. None for a page of headlines, captions and prose lines, whose widths scatter."""
    cut = sorted(len(text) for text, _ in block if len(text) >= CONTINUED_MIN_CHARS and not _ends_sentence(text))
    if len(cut) < 3 or not any(text[0].islower() for text, _ in block[1:]):
        return None
    middle = cut[len(cut) // 2]
    near = [width for width in cut if abs(width - middle) <= middle / 5]
    return near[0] if len(near) >= 3 and len(near) >= 0.6 * len(cut) else None


def _continued(block: list[tuple[str, int]]) -> list[Line]:
    """``block``'s lines, each line that goes on in the next joined to it: the next opens in lower case after a
    long line, a function word or a comma; or the block is hard-wrapped prose (:func:`_wrap_width`) and the line, cut at
    its width, ends no sentence ("... Saudi Arabia, Morocco," / "Nigeria and Kenya for official visits")."""
    width = _wrap_width(block) if len(block) > 3 else None
    out: list[Line] = []
    texts: list[str] = []
    numbers: list[int] = []
    for text, number in block:
        if (
            texts
            and (
                (
                    text[0].islower()
                    and (
                        len(texts[-1]) >= CONTINUED_MIN_CHARS
                        or _cut_after_function_word(texts[-1])
                        or texts[-1].endswith(",")  # "Председатель КНР Си Цзиньпин," / "успешно завершив визит"
                    )
                )
                or (width is not None and len(texts[-1]) >= width)
            )
            and not _ends_sentence(texts[-1])
            and not _BULLET.match(text)
        ):
            texts.append(text)
            numbers.append(number)
            continue
        if texts:
            out.append(_line(" ".join(texts), tuple(numbers)))
        texts, numbers = [text], [number]
    if texts:
        out.append(_line(" ".join(texts), tuple(numbers)))
    return out


_WRAP_ENDERS = frozenset(word for words in lexicon.WRAP_ENDERS.values() for word in words)


def _cut_after_function_word(line: str) -> bool:
    """Whether ``line`` ends on a word no headline or label ends on ("... Vladimir Putin will")."""
    last = line.rsplit(None, 1)[-1].lower()
    return last in _WRAP_ENDERS


def _line(text: str, numbers: tuple[int, ...]) -> Line:
    words = word_count(text)
    return Line(text, numbers, _classify(text, words), words)


def _pictured(line: str) -> bool:
    return ("图为" in line or "圖為" in line) and bool(_PICTURED.search(line))


def _hard_wrapped(block: list[str]) -> bool:
    # Wrapped prose: lines cut near one width, mostly mid-sentence, at least once before a lower-case
    # word; a caption repeated, a headline and bullets are not.
    body = block[:-1]
    widths = [len(line) for line in body]
    if min(widths) < 50 or max(widths) > 1.25 * min(widths) or len(set(block)) < len(block):
        return False
    if any(_BULLET.match(line) for line in block) or not any(line[0].islower() for line in block[1:]):
        return False
    return sum(not _ends_sentence(line) for line in body) >= 0.6 * len(body)


def clean_scraped_text(text: str, *, title: str | None = None) -> ScrapedParts:
    """The story in scraped ``text``, with the header's title, byline and date, and the lines it kept.

    Usage: ``parts = clean_scraped_text(raw.text, title=raw.title)``; ``text`` is normalised here, line
    by line, so that ``parts.lines`` are the numbers of ``text``'s own lines.
    """
    source = normalize_lines(text)
    marker: date | Month | None = None
    first = next((i for i, line in enumerate(source) if line), None)
    if first is not None:
        marker, rest = split_leading_date(source[first])
        source[first] = rest.strip()
    published = marker if isinstance(marker, date) else None
    removed: list[str] = ["date_line"] if marker else []
    lines = _joined(source)
    _mark_caption_pairs(lines)

    start = next((i for i, line in enumerate(lines) if _starts_story(line)), len(lines))
    header = _read_header(lines[:start], title, removed)
    end = _story_end(lines, start, removed)
    title = title or (header.title.text.rstrip(".") if header.title else None)

    kept: list[Line] = list(header.standfirst)
    seen: set[str] = {title.lower()} if title else set()
    seen.update(line.text.lower() for line in kept)
    for i in range(start, end):
        line = lines[i]
        if line.kind is Kind.MIN_READ:
            # A teaser inside the story: drop it with the teaser, headline and kicker just above it.
            dropped = _drop_teaser_above(kept)
            removed.extend(["teaser"] * (dropped + 1))
        elif line.kind not in (Kind.PROSE, Kind.SHORT):
            removed.append(line.kind.value)
        elif _is_teaser_headline(lines, i, start, end):
            removed.append("inline_related")
        else:
            key = line.text.lower()
            if key in seen and (line.words >= 4 or key == (title or "").lower()):
                removed.append("repeated")
            else:
                seen.add(key)
                kept.append(line)
    lead = lines[start] if start < len(lines) else None
    # Teasers and headlines after the story go; the lead itself, cut short ("...") in a feed excerpt, stays.
    while kept and kept[-1] is not lead and _is_trailing_chrome(kept, last=lines[-1]):
        kept.pop()
        removed.append("trailing")
    if not kept:
        kept = _flash(header)
    return ScrapedParts(
        paragraphs=tuple(line.text for line in kept),
        title=title,
        byline=header.byline,
        published=published,
        published_month=marker if isinstance(marker, Month) else None,
        removed=tuple(removed),
        lines=tuple(sorted(number for line in kept for number in line.numbers)),
        title_line=header.title.numbers[0] if header.title else None,
    )


def _starts_story(line: Line) -> bool:
    # A question of a line or so above the story is its headline ("What can he expect in the White House?").
    return (
        line.kind is Kind.PROSE
        and line.words >= STORY_START_MIN_WORDS
        and not (line.words <= QUESTION_HEADLINE_WORDS and line.text.endswith("?"))
    )


def _mark_caption_pairs(lines: list[Line]) -> None:
    """A picture's alt text and its caption, one after the other: the same words, or the same plus a credit.

    The headline printed twice at the top of a page, before any other headline, is not a picture.
    """
    headline_seen = False
    for i in range(len(lines) - 1):
        first, second = lines[i], lines[i + 1]
        repeated_headline = first.text == second.text and _is_headline(first) and not headline_seen
        headline_seen = headline_seen or _is_headline(first)
        if first.words < 3 or repeated_headline or (first.kind is Kind.CAPTION and second.kind is Kind.CAPTION):
            continue
        shorter, longer = (first, second) if len(first.text) <= len(second.text) else (second, first)
        core = shorter.text.rstrip(".")
        at = longer.text.find(core)
        if at < 0:
            continue
        after = longer.text[at + len(core) :]
        if after.lstrip()[:1] in (",", ";"):
            continue  # the sentence goes on ("..., передает РИА Новости."): a lead after its summary
        extra = (longer.text[:at] + " " + after).strip(" .,;")
        if not extra and first.kind is Kind.PROSE and _told_by_someone(first.text):
            continue  # a lead printed twice, as the page's summary and as its first paragraph: one is kept as story
        if not extra or longer.kind is Kind.CAPTION or _is_credit(extra):
            lines[i] = _as_caption(first)
            lines[i + 1] = _as_caption(second)


def _told_by_someone(text: str) -> bool:
    """Whether ``text`` says who told it ("..., an official said Wednesday.") and opens no caption."""
    return _REPORTED.search(text) is not None and _CAPTION_START.match(text) is None


def _is_credit(extra: str) -> bool:
    return word_count(extra) <= 10 and (
        extra[0] in "([【"
        or "/" in extra
        or "credit" in _PHRASES.tables_in(extra.lower())
        or bool(_CAPTION_START.match(extra) or _CREDIT_END.search(extra))
    )


def _as_caption(line: Line) -> Line:
    return Line(line.text, line.numbers, Kind.CAPTION, line.words)


@dataclass(frozen=True, slots=True)
class _Header:
    title: Line | None
    byline: str | None
    standfirst: tuple[Line, ...]  # the summary under the headline: story, though it comes before the lead
    rest: tuple[Line, ...]  # other lines that read as text, for a page that is only a headline or a flash


def _read_header(lines: list[Line], given: str | None, removed: list[str]) -> _Header:
    at = _headline_at(lines, given)
    byline = None
    standfirst: list[Line] = []
    rest: list[Line] = []
    for i, line in enumerate(lines):
        kind = line.kind
        if kind is Kind.SHORT and line.text.endswith("!"):
            kind = Kind.BANNER  # news headlines do not shout; page chrome ("Keep us independent!") does
        if i == at:
            removed.append("title")
        elif kind is Kind.BYLINE and byline is None:
            byline = _BYLINE_LABEL.sub("", line.text, count=1).strip() or line.text
            removed.append(kind.value)
        elif kind is Kind.SHORT and _is_standfirst(line, lines[at] if at is not None else None, i > (at or 0)):
            standfirst.append(line)
        else:
            removed.append(kind.value if kind is not Kind.SHORT else "header")
            if kind is Kind.SHORT:
                rest.append(line)
    return _Header(lines[at] if at is not None else None, byline, tuple(standfirst), tuple(rest))


def _headline_at(lines: list[Line], given: str | None) -> int | None:
    if given:
        key = given.lower().rstrip(".")
        return next((i for i, line in enumerate(lines) if line.text.lower().rstrip(".") == key), None)
    candidates = [i for i, line in enumerate(lines) if _is_headline(line)]
    if not candidates:
        return None
    first = candidates[0]
    # A breadcrumb run into the headline ("Home National PM Imran leaves ..."), the headline below it.
    bare = next((i for i in candidates[1:] if lines[first].text.endswith(" " + lines[i].text)), None)
    if bare is not None:
        return bare
    # A kicker ("Inside visit to Washington") sits right above a longer headline.
    if (
        len(candidates) > 1
        and candidates[1] == first + 1
        and lines[first].words <= HEADLINE_WORDS[0]
        and lines[first + 1].words > lines[first].words + 1
    ):
        return candidates[1]
    return first


def _is_headline(line: Line) -> bool:
    text = line.text
    if line.kind is Kind.PROSE:
        return line.words <= QUESTION_HEADLINE_WORDS and text.endswith("?")
    return (
        line.kind is Kind.SHORT
        and HEADLINE_WORDS[0] <= line.words <= HEADLINE_WORDS[1]
        and not text.endswith((".", "!", "。", ":", ","))
        and not text[0].islower()
        and not _BULLET.match(text)
        and text.strip("| ").count("|") < 2  # "Home | World | Asia", not "Statement on the visit | |"
    )


def _is_standfirst(line: Line, headline: Line | None, below_headline: bool) -> bool:
    """A summary under the headline; with no headline found, only a sentence can be one."""
    sentence = line.words >= 4 and bool(_SENTENCE_END.search(line.text))
    if headline is None:
        return sentence
    if not below_headline or line.text.endswith("!") or _near_repeat(line.text, headline.text):
        return False
    return line.words >= STANDFIRST_MIN_WORDS or sentence


def _near_repeat(text: str, other: str) -> bool:
    # The headline again, give or take a character ("国事访问" / "国是访问").
    if abs(len(text) - len(other)) > 2:
        return False
    return sum(a != b for a, b in zip(text, other, strict=False)) <= 2


def _flash(header: _Header) -> list[Line]:
    """A page that is only a headline or a one-line flash: that line is the story."""
    if header.title is not None:
        return [header.title]
    return [line for line in header.rest if line.words >= HEADLINE_WORDS[0] or _cjk_sentence(line.text)][:1]


def _cjk_sentence(text: str) -> bool:
    """A Chinese or Japanese flash that is a whole sentence, however short: "普京10月将访华。" (three "words")."""
    return text.endswith(_CJK_STOPS) and len(_CJK.findall(text)) >= 5


_CJK_STOPS = ("。", "！", "？")


def _story_end(lines: list[Line], start: int, removed: list[str]) -> int:
    """Index where the footer begins: the first block of other stories, or a tag line or footer after the story."""
    after: _Tail | None = None  # built when first needed: most stories have no footer to weigh
    for i in range(start + 1, len(lines)):
        kind = lines[i].kind
        if kind in (Kind.TAG_LINE, Kind.FOOTER, Kind.RELATED_MARKER):
            after = after or _Tail(lines)
            if kind is Kind.TAG_LINE and not after.story_prose(i + 1, min_words=25):
                return _cut(lines, i, removed)
            if kind is Kind.FOOTER and not after.story_prose(i + 1, min_words=STORY_START_MIN_WORDS):
                return _cut(lines, i, removed)
            if kind is Kind.RELATED_MARKER and after.teasers(i + 1):
                return _cut(lines, i, removed)
        if (
            i + 1 < len(lines)
            and _is_headline(lines[i])
            and lines[i + 1].kind is Kind.DATELINE
            and any(_ends_sentence(line.text) for line in lines[start:i])
        ):
            # another story follows: its headline, then its date line (not after a run of headlines glued into
            # one line with no sentence in it, which began no story: the story is this headline's)
            return _cut(lines, i, removed)
    return len(lines)


def _cut(lines: list[Line], at: int, removed: list[str]) -> int:
    for line in lines[at:]:
        if line.kind in (Kind.TAG_LINE, Kind.RELATED_MARKER, Kind.FOOTER):
            removed.append(line.kind.value)
        else:
            removed.append("teaser")
    return at


class _Tail:
    """What follows each line, counted once from the end, so a page of many footer lines stays linear."""

    def __init__(self, lines: list[Line]) -> None:
        n = len(lines)
        # Index of the next related-block marker and of the next prose paragraph of 8 and of 25 words.
        self._related = [n] * (n + 1)
        self._prose = {STORY_START_MIN_WORDS: [n] * (n + 1), 25: [n] * (n + 1)}
        # Teaser evidence, headline-like lines and prose paragraphs from each line to the end.
        self._evidence = [0] * (n + 1)
        self._headlines = [0] * (n + 1)
        self._paragraphs = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            line = lines[i]
            teaser_end = line.text.endswith(("...", "詳情", "详情"))
            self._related[i] = i if line.kind is Kind.RELATED_MARKER else self._related[i + 1]
            for min_words, nexts in self._prose.items():
                story = line.kind is Kind.PROSE and line.words >= min_words and not line.text.endswith("...")
                nexts[i] = i if story else nexts[i + 1]
            self._evidence[i] = self._evidence[i + 1] + (
                line.kind in (Kind.MIN_READ, Kind.INLINE_RELATED, Kind.DATELINE)
                or teaser_end
                or bool(_BULLET.match(line.text))
            )
            self._headlines[i] = self._headlines[i + 1] + (line.kind is Kind.SHORT)
            self._paragraphs[i] = self._paragraphs[i + 1] + (line.kind is Kind.PROSE and not line.text.endswith("..."))
        self._size = n

    def story_prose(self, begin: int, *, min_words: int) -> bool:
        """Whether prose (the story itself) follows from ``begin`` before any block of other stories."""
        return self._prose[min_words][begin] < self._related[begin]

    def teasers(self, begin: int) -> bool:
        """Whether the lines from ``begin`` read as a block of other stories' teasers."""
        if begin >= self._size:
            return True
        return self._evidence[begin] >= 1 or self._headlines[begin] >= 2 or self._paragraphs[begin] == 0


def _is_teaser_headline(lines: list[Line], i: int, start: int, end: int) -> bool:
    """A link to another story between two paragraphs: a long headline-like line, not a subheading."""
    line = lines[i]
    if not 10 <= line.words <= 20 or i in (start, end - 1) or _ends_sentence(line.text):
        return False
    if not line.text.isascii() and _CJK.search(line.text):
        return False
    before = lines[i - 1].text
    return bool(_SENTENCE_END.search(before)) and not _LOWER_STOP.search(line.text) and line.text[0].isupper()


def _drop_teaser_above(kept: list[Line]) -> int:
    dropped = 0
    # The teaser text itself (prose or not), then up to two short lines: headline and kicker.
    if kept:
        kept.pop()
        dropped += 1
    while kept and dropped < 3 and kept[-1].kind is Kind.SHORT:
        kept.pop()
        dropped += 1
    return dropped


def _is_trailing_chrome(kept: list[Line], last: Line) -> bool:
    # After the story: headline-like lines and truncated teasers, not a short closing sentence, nor the
    # text's last paragraph cut off in mid-sentence (a text cut at a length limit).
    line = kept[-1]
    if line.text.endswith(("...", "…")):
        return True
    if line.kind is Kind.PROSE or _ends_sentence(line.text):
        return False
    return not (line is last and len(kept) > 1 and kept[-2].kind is Kind.PROSE and _cut_off_sentence(line))


def _cut_off_sentence(line: Line) -> bool:
    if line.words < 5:
        return False
    if _CJK.search(line.text):
        return "," in line.text or "。" in line.text
    return len(_LOWER_WORD.findall(line.text)) >= 3
