"""Boilerplate removal for scraped plain text: the page's words, one block per line, story among chrome.

A scraped page reads top to bottom as: header chrome (a leading ``date YYYY-MM-DD`` line, donation or
subscription banners, the headline, a photo caption and credit, a byline), the story's paragraphs, then
footer chrome (share lines, "Read more about: ..." tag lines, and a "Read more" block of teasers for
*other* stories, each a kicker, a headline, a teaser and "N Min read"). Teasers often describe other
trips, so leaving them in makes false alerts downstream.

Each line is classified by its shape and wording (:func:`classify_line`); the story begins at the
first line that reads like a paragraph of prose and ends where a related-stories block begins. Inside
the story only lines that are unmistakably chrome are dropped, so no story paragraph is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum


class Kind(Enum):
    PROSE = "prose"
    SHORT = "short"  # a short line that is not a sentence: headline, kicker, subheading
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


_I = re.IGNORECASE
LEADING_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*", _I)

_CALL_TO_ACTION = re.compile(
    r"^(please\s+)?(support|keep|donate|contribute|subscribe|sign\s+up|join|become\s+a|make\s+a|give|help\s+us|"
    r"upgrade|register|unlock|get\s+unlimited|start\s+your|try)\b",
    _I,
)
_CTA_TAIL = re.compile(
    r"\b(us|our|today|now|here|journalism|newsletters?|membership|members?|subscri\w*|donat\w*|"
    r"contribut\w*|access|free|trial|supporter|premium|independent|reader-funded)\b",
    _I,
)
_BANNER_PHRASES = re.compile(
    r"(\bnewsletter\b|\bpaywall\b|\bsubscribers? only\b|already a subscriber|log\s?in to (read|continue)|"
    r"\bsign in\b|\bcreate (a free )?account\b|support (independent|quality) journalism|"
    r"\bdonations?\b|\bbecome a (member|patron|supporter)\b|\bour journalism\b|\bfund our\b)",
    _I,
)
_SHARE_WORDS = frozenset(
    [
        "share",
        "shares",
        "shared",
        "sharing",
        "tweet",
        "email",
        "e-mail",
        "mail",
        "print",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "telegram",
        "reddit",
        "copy",
        "link",
        "links",
        "comments",
        "comment",
        "save",
        "pinterest",
        "vk",
        "flipboard",
        "messenger",
        "on",
        "this",
        "article",
        "story",
        "via",
        "the",
        "page",
        "url",
        "|",
        "·",
        "•",
        "/",
        "-",
        "and",
        "or",
        "to",
        "with",
        "follow",
        "us",
    ]
)
_SHARE_START = re.compile(
    r"^(share|tweet|follow (us|the \w+|@\w+)|like us on|join (us|our \w+) on|copy link|print (this|article))\b", _I
)
_NAVIGATION = re.compile(
    r"^(skip to (main )?content|main menu|menu|search|back to top|home|sections|next article|previous article|"
    r"close|open menu|toggle navigation|listen to (this )?article|audio|watch|video|scroll (down )?to continue|"
    r"continue reading( below)?|view comments|show comments|load more|see all|all rights reserved.*|"
    r"copyright .*|© .*|\(c\) \d{4}.*|terms of (use|service)|privacy policy|contact us|about us)\.?$",
    _I,
)
_BREADCRUMB = re.compile(r"^[\w .,'&-]{1,30}(\s*(>|»|/|\|)\s*[\w .,'&-]{1,30}){2,}$")
_ADVERT = re.compile(r"^(advertisement|advertising|sponsored( content)?|ad|promoted|paid (post|content))\.?$", _I)
_TAG_LINE = re.compile(
    r"^(read more about|more about|more on|tags?|topics?|related topics|filed under|categories|keywords|"
    r"subjects?)\s*:\s*\S",
    _I,
)
_RELATED_MARKER = re.compile(
    r"^(read more|read next|related|related (articles?|stories|news|coverage|content|reading|posts|links)|"
    r"more (stories|news|articles|from [\w .'&-]{1,40}|on this (story|topic)|to read)|"
    r"you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| stories| reading)?|"
    r"most (read|popular|viewed|shared)|latest( news| stories| articles)?|trending( now| stories)?|"
    r"don't miss|also read|see also|further reading|editor'?s'? picks|top stories|what to read next|"
    r"in other news|popular( now| stories)?|more in [\w .'&-]{1,40}|recent (posts|stories|articles))[:.!]?$",
    _I,
)
_INLINE_RELATED = re.compile(r"^(read more|read also|also read|see also|related|read next|more)\s*:\s*\S", _I)
_MIN_READ = re.compile(
    r"^(\d+\s*(-\s*\d+\s*)?(min|mins|minute|minutes)\.?\s*(read|reading)|reading time:?\s*\d+.*)$", _I
)
_CAPTION_START = re.compile(
    r"^(photo|photos|photograph|image|images|picture|pictured|caption|file photo|file|illustration|video|"
    r"credit|courtesy|above|top|main image|gallery)\s*(:|\||-|—|/|\))",
    _I,
)
_CREDIT_END = re.compile(
    r"(?:^|[\s.,;|/(—-])\(?(?:(?:photo|image|credit|source|picture)s?\s*(?::|by)?\s*)?"
    r"(?:[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*\.(?:ru|com|org|net|gov|io|cn|uk|fr|de|int|info|tv|eu|jp|in|ua|by)|"
    r"reuters|ap|ap photo|afp|afp via getty images|getty images|getty|epa|epa-efe|tass|xinhua|ria novosti|"
    r"sputnik|anadolu( agency)?|shutterstock|pool|handout|wikimedia commons|kremlin press service|"
    r"press service|press office|official photo|file photo|bloomberg|dpa|kyodo|yonhap|ani|pti|iStock|"
    r"imago|alamy|sipa|abaca|zuma( press)?|nurphoto)\)?\.?$",
    _I,
)
_COOKIE = re.compile(r"\bcookies?\b.*\b(use|uses|accept|consent|policy|settings|preferences|privacy|agree)\b", _I)
_BYLINE = re.compile(
    r"^[Bb][Yy]\s+(?:[A-Z][\w.'-]*\.?\s?){1,4}(?:(?:,|and|&)\s+(?:[A-Z][\w.'-]*\.?\s?){1,4}){0,3}"
    r"(?:\s*[,|/—-]\s*[\w .'&-]{1,40})?$"
)
_DATELINE = re.compile(
    r"^((published|updated|posted|last updated|modified)( on)?:?\s+.{0,40}|"
    r"(mon|tue|wed|thu|fri|sat|sun)\w*,?\s+.{0,30}\d{4}.{0,15}|"
    r"\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?,?\s+\d{4}.{0,20}|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}.{0,20}|"
    r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}.{0,10})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}( \d{1,2}:\d{2})?)$",
    _I,
)
_TERMINAL = re.compile(r"""[.!?。！？]["')\]」』]*$|[.!?]\s*["']$|:$""")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_WORD = re.compile(r"\w+(?:['-]\w+)*")

PROSE_MIN_WORDS = 8
STORY_START_MIN_WORDS = 8


def _words(line: str) -> int:
    return len(_WORD.findall(line)) + len(_CJK.findall(line)) // 2


def word_count(line: str) -> int:
    """Words in ``line``, cheaply; Chinese and Japanese, written without spaces, count two characters a word."""
    words = len(line.split())
    if not line.isascii():
        words += len(_CJK.findall(line)) // 2
    return words


_SHARE_HINTS = (
    "share",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "email",
    "follow",
    "copy link",
    "print",
)


def classify_line(line: str) -> Kind:
    """What kind of line ``line`` is, judged on its own (context is applied by :func:`clean_scraped_text`)."""
    words = word_count(line)
    if words <= 30:
        if _MIN_READ.match(line):
            return Kind.MIN_READ
        if _TAG_LINE.match(line):
            return Kind.TAG_LINE
        if _RELATED_MARKER.match(line):
            return Kind.RELATED_MARKER
        if _INLINE_RELATED.match(line):
            return Kind.INLINE_RELATED
        if _ADVERT.match(line):
            return Kind.ADVERT
    lowered = line.lower()
    if words <= 60 and "cookie" in lowered and _COOKIE.search(line):
        return Kind.COOKIE
    if words <= 40:
        kind = _classify_short(line, lowered, words)
        if kind is not None:
            return kind
    if words >= PROSE_MIN_WORDS and (words >= 25 or _TERMINAL.search(line)):
        return Kind.PROSE
    return Kind.SHORT


def _classify_short(line: str, lowered: str, words: int) -> Kind | None:
    if words <= 12 and (
        _NAVIGATION.match(line)
        or (("/" in line or ">" in line or "|" in line or "»" in line) and _BREADCRUMB.match(line))
    ):
        return Kind.NAVIGATION
    if words <= 12 and any(hint in lowered for hint in _SHARE_HINTS) and _is_share_line(lowered):
        return Kind.SHARE
    if words <= 16 and _is_banner(line, words):
        return Kind.BANNER
    if words <= 12 and _BYLINE.match(line):
        return Kind.BYLINE
    if words <= 12 and _DATELINE.match(line):
        return Kind.DATELINE
    if _is_caption(line):
        return Kind.CAPTION
    return None


def _is_share_line(lowered: str) -> bool:
    if _SHARE_START.match(lowered):
        return True
    tokens = re.findall(r"[\w-]+|[|·•/]", lowered)
    return (
        bool(tokens)
        and sum(token in _SHARE_WORDS for token in tokens) == len(tokens)
        and any(
            token in ("share", "tweet", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email")
            for token in tokens
        )
    )


def _is_banner(line: str, words: int) -> bool:
    if _BANNER_PHRASES.search(line):
        return True
    if not _CALL_TO_ACTION.match(line):
        return False
    # "Support The Daily Planet!", "Contribute today", "Subscribe": a call to action, not a headline
    # such as "Support for the bill grows".
    return line.endswith("!") or words == 1 or bool(_CTA_TAIL.search(line))


def _is_caption(line: str) -> bool:
    if _CAPTION_START.match(line):
        return True
    if _TERMINAL.search(line) and not line.endswith(")."):
        return False
    # Only the line's end can be a credit ("... in Moscow. kremlin.ru"); searching the tail keeps this cheap.
    return "©" in line or bool(_CREDIT_END.search(line[-60:]))


@dataclass(frozen=True, slots=True)
class ScrapedParts:
    paragraphs: tuple[str, ...]
    title: str | None
    byline: str | None
    published: date | None
    removed: tuple[str, ...]


def split_leading_date(text: str) -> tuple[date | None, str]:
    """A leading ``date YYYY-MM-DD`` marker (the scraper's) as a date, and the text after it."""
    match = LEADING_DATE.match(text)
    if not match:
        return None, text
    try:
        found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None, text
    return found, text[match.end() :]


def unwrap_lines(text: str) -> list[str]:
    """The text's lines, with hard-wrapped paragraphs (blocks of long lines without end punctuation) joined."""
    lines: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        block_lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(block_lines) > 2 and _hard_wrapped(block_lines):
            lines.append(" ".join(block_lines))
        else:
            lines.extend(block_lines)
    return lines


def _hard_wrapped(block_lines: list[str]) -> bool:
    body = block_lines[:-1]
    long_enough = sum(len(line) >= 50 for line in body) >= 0.8 * len(body)
    unterminated = sum(not _TERMINAL.search(line) for line in body) >= 0.6 * len(body)
    return long_enough and unterminated


def clean_scraped_text(text: str, *, title: str | None = None) -> ScrapedParts:
    """The story in ``text`` (already normalised), with the header's title, byline and date.

    Usage: ``parts = clean_scraped_text(normalize_text(raw.text), title=raw.title)``.
    """
    published, text = split_leading_date(text)
    removed: list[str] = ["date_line"] if published else []
    lines = unwrap_lines(text)
    kinds = [classify_line(line) for line in lines]

    start = next(
        (
            i
            for i, (line, kind) in enumerate(zip(lines, kinds, strict=True))
            if kind is Kind.PROSE and _words(line) >= STORY_START_MIN_WORDS
        ),
        len(lines),
    )
    found_title, byline = _read_header(lines[:start], kinds[:start], removed)
    end = _story_end(lines, kinds, start, removed)
    title = title or found_title

    paragraphs: list[str] = []
    seen: set[str] = {title.lower()} if title else set()
    i = start
    while i < end:
        line, kind = lines[i], kinds[i]
        if kind is Kind.MIN_READ:
            # A teaser inside the story: drop it with the teaser, headline and kicker just above it.
            dropped = _drop_teaser_above(paragraphs)
            removed.extend(["teaser"] * (dropped + 1))
        elif kind in (Kind.PROSE, Kind.SHORT):
            key = line.lower()
            if key in seen and (_words(line) >= 4 or key == (title or "").lower()):
                removed.append("repeated")
            else:
                seen.add(key)
                paragraphs.append(line)
        else:
            removed.append(kind.value)
        i += 1
    while paragraphs and _is_trailing_chrome(paragraphs[-1]):
        paragraphs.pop()
        removed.append("trailing")
    return ScrapedParts(tuple(paragraphs), title, byline, published, tuple(removed))


def _read_header(lines: list[str], kinds: list[Kind], removed: list[str]) -> tuple[str | None, str | None]:
    title = byline = None
    for line, kind in zip(lines, kinds, strict=True):
        if kind is Kind.SHORT and line.endswith("!"):
            kind = Kind.BANNER  # news headlines do not shout; page chrome ("Keep us independent!") does
        if kind is Kind.BYLINE and byline is None:
            byline = line[3:].strip()
        elif kind in (Kind.SHORT, Kind.PROSE) and title is None and 2 <= _words(line) <= 25:
            title = line.rstrip(".")
            removed.append("title")
            continue
        removed.append(kind.value if kind not in (Kind.SHORT, Kind.PROSE) else "header")
    return title, byline


def _story_end(lines: list[str], kinds: list[Kind], start: int, removed: list[str]) -> int:
    """Index where the footer begins: the first related-stories block or tag line after the story."""
    for i in range(start + 1, len(lines)):
        kind = kinds[i]
        if kind is Kind.TAG_LINE and _no_prose_after(lines, kinds, i):
            return _cut(lines, kinds, i, removed)
        if kind is Kind.RELATED_MARKER and _looks_like_teasers(lines, kinds, i + 1):
            return _cut(lines, kinds, i, removed)
    return len(lines)


def _cut(lines: list[str], kinds: list[Kind], at: int, removed: list[str]) -> int:
    for kind in kinds[at:]:
        if kind is Kind.TAG_LINE:
            removed.append("tag_line")
        elif kind is Kind.RELATED_MARKER:
            removed.append("related")
        else:
            removed.append("teaser")
    return at


def _looks_like_teasers(lines: list[str], kinds: list[Kind], begin: int) -> bool:
    tail = list(zip(lines[begin:], kinds[begin:], strict=True))
    if not tail:
        return True
    evidence = sum(
        kind in (Kind.MIN_READ, Kind.INLINE_RELATED, Kind.DATELINE) or line.endswith("...") for line, kind in tail
    )
    headlines = sum(kind is Kind.SHORT for _, kind in tail)
    prose = sum(kind is Kind.PROSE and not line.endswith("...") for line, kind in tail)
    return evidence >= 1 or headlines >= 2 or prose == 0


def _no_prose_after(lines: list[str], kinds: list[Kind], at: int) -> bool:
    # A tag line ends the story unless long prose (the story itself) follows without a related block.
    for i in range(at + 1, len(lines)):
        if kinds[i] is Kind.RELATED_MARKER:
            return True
        if kinds[i] is Kind.PROSE and _words(lines[i]) >= 25 and not lines[i].endswith("..."):
            return False
    return True


def _drop_teaser_above(paragraphs: list[str]) -> int:
    dropped = 0
    # The teaser text itself (prose or not), then up to two short lines: headline and kicker.
    if paragraphs:
        paragraphs.pop()
        dropped += 1
    while paragraphs and dropped < 3 and classify_line(paragraphs[-1]) is Kind.SHORT:
        paragraphs.pop()
        dropped += 1
    return dropped


def _is_trailing_chrome(line: str) -> bool:
    # After the story: headline-like lines and truncated teasers, not a short closing sentence.
    return line.endswith("...") or (classify_line(line) is not Kind.PROSE and not _TERMINAL.search(line))
