"""Word lists as data, and the regular expressions generated from them.

Each language writes its words once, as named lists of phrases (``languages/<code>/lexicon.py``);
every pattern the travel stage searches with is built here from those lists, so a new trigger or cue is
one line in one list. A phrase is lower case and may use a little notation:

- ``will visit``: words separated by whitespace (for a language written without spaces, by nothing);
- ``visit~``: a word and any word characters after it ("visit", "visits", "visited", "visiting");
- ``(is|are) due``: one of several alternatives; ``(state )?visit``: an optional part; ``(state )*``:
  any number of them;
- ``{be} set to``: any phrase of another list (``be``); lists may refer to lists, never in a circle;
- ``plans?``: a question mark makes the letter before it optional;
- ``_``: any one word; ``_{0,3}``: up to three words (spaced languages only).

Patterns are matched against the sentence lower-cased with its offsets kept
(:func:`pipeline.travel.sentences.lower`); without ``re.IGNORECASE`` the engine can skip ahead on a
pattern's first letters, which is several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["Lexicon", "trie"]

_TOKEN = re.compile(
    r"\{(?P<ref>[a-z_0-9]+)\}|(?P<any>_(?:\{\d+,\d+\})?)|(?P<open>\()|(?P<close>\)[?*]?)|(?P<bar>\|)"
    r"|(?P<space> +)|(?P<tilde>~)|(?P<char>[^{}()|~ _]+|_)"
)


class LexiconError(ValueError):
    """A phrase of a lexicon cannot be compiled (a typo in a list, a list that refers to itself)."""


class Lexicon:
    """A language's named word lists, and the patterns generated from them.

    Usage: ``lexicon = Lexicon("en", {"future": ("will", "(is|are) (set|due) to")})``;
    ``lexicon.search("future", text)``; ``lexicon.source("future")`` for a larger pattern.
    """

    def __init__(self, language: str, lists: Mapping[str, Sequence[str]], *, spaced: bool = True) -> None:
        self.language = language
        self.lists = {name: tuple(phrases) for name, phrases in lists.items()}
        self.spaced = spaced
        self._sources: dict[str, str] = {}
        self._compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._single: dict[str, re.Pattern[str]] = {}
        self._occurring: dict[tuple[str, ...], tuple[re.Pattern[str], ...]] = {}
        self._anchors: dict[str, frozenset[str] | None] = {}
        self._masks: dict[tuple[str, ...], int] = {}
        self._starts: re.Pattern[str] | None = None
        self._bit: dict[str, int] = {}  # an anchor -> its bit
        self._bits: dict[str, int] = {}  # an anchor found -> the bits of every anchor it begins with
        for name in self.lists:
            self.source(name)  # every list compiles at load: a typo fails at import, not mid-stream

    def words(self, name: str) -> tuple[str, ...]:
        return self.lists[name]

    def anchors(self, name: str) -> frozenset[str] | None:
        """The words any phrase of ``name`` begins with (its first ``\\w+`` run; "visit~" for a stem), or
        None if a phrase can begin with any word ("_"): a sentence without any of these words cannot
        match, so a rule that needs the list is skipped without a search."""
        if name in self._anchors:
            return self._anchors[name]
        found: set[str] = set()
        result: frozenset[str] | None = None
        for phrase in self.lists[name]:
            first = _first_words(self, phrase)
            if first is None:
                break
            found |= first
        else:
            result = frozenset(found) if self.spaced else None
        self._anchors[name] = result
        return result

    def mask(self, names: tuple[str, ...]) -> int:
        """The bits of the words any phrase of the lists ``names`` begins with (see :meth:`anchors`), or -1
        (every bit) when a phrase of one of them can begin with any word."""
        found = self._masks.get(names)
        if found is None:
            self._compile_starts()
            found = 0
            for name in names:
                anchors = self.anchors(name)
                if anchors is None:
                    found = -1
                    break
                for anchor in anchors:
                    found |= self._bit[anchor.rstrip("~")]
            self._masks[names] = found
        return found

    def word_mask(self, text: str) -> int:
        """The bits of the anchors of every list that begin a word of ``text`` (lower case), in one search:
        a rule's word test is then one ``&`` (see :meth:`mask`). An anchor inside a phrase ("ban" of
        "travel ban") is a whole word, and so begins one."""
        if not self.spaced:
            return -1  # no anchors without spaces (see :meth:`anchors`): every list may occur
        starts = self._compile_starts()
        bits = self._bits
        found = 0
        for word in starts.findall(text):
            found |= bits[word]
        return found

    def _compile_starts(self) -> re.Pattern[str]:
        if self._starts is None:
            every = sorted({anchor.rstrip("~") for name in self.lists for anchor in (self.anchors(name) or ())})
            self._bit = {anchor: 1 << number for number, anchor in enumerate(every)}
            # a word found stands for every anchor it begins with ("ended" for "end")
            self._bits = {
                word: sum(self._bit.get(word[:length], 0) for length in range(1, len(word) + 1)) for word in every
            }
            self._starts = re.compile(r"(?<![^\W\d_])" + trie(every) if every else "(?!)")
        return self._starts

    def source(self, name: str, _stack: tuple[str, ...] = ()) -> str:
        """The regular expression source (no boundaries) matching any phrase of list ``name``."""
        if name in self._sources:
            return self._sources[name]
        if name not in self.lists:
            raise LexiconError(f"{self.language} lexicon: no list named {name!r}")
        if name in _stack:
            raise LexiconError(f"{self.language} lexicon: list {name!r} refers to itself through {' -> '.join(_stack)}")
        phrases = self.lists[name]
        if all(_literal(phrase) for phrase in phrases):
            source = trie(self._literal_text(phrase) for phrase in phrases)
        else:
            source = "(?:" + "|".join(self._phrase(phrase, (*_stack, name)) for phrase in phrases) + ")"
        self._sources[name] = source
        return source

    def pattern(self, *names: str, before: str = "", after: str = "") -> re.Pattern[str]:
        """The compiled pattern for any phrase of the lists ``names``, at word boundaries where spaced.

        ``before`` and ``after`` are regular expression source put around it, e.g. ``after=r"\\s*$"``.
        """
        key = (*names, before, after)
        found = self._compiled.get(key)
        if found is None:
            body = "|".join(self.source(name) for name in names)
            edge = r"\b" if self.spaced else ""
            found = re.compile(f"{before}{edge}(?:{body}){edge}{after}")
            self._compiled[key] = found
        return found

    def search(self, name: str, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first phrase of list ``name`` in ``text[start:end]``, at word boundaries where spaced."""
        found = self._single.get(name)
        if found is None:
            found = self._single[name] = self.pattern(name)
        return found.search(text, start) if end is None else found.search(text, start, end)

    def occurs(self, names: tuple[str, ...], text: str) -> bool:
        """Whether a phrase of one of the lists ``names`` is in ``text`` (which one is not asked).

        Written without spaces, the plain phrases of all the lists are one trie, the others one more pattern:
        the engine skips ahead on a trie's first letters, but tries an alternation of lists at every letter
        (over a dozen lists, ten times slower).
        """
        patterns = self._occurring.get(names)
        if patterns is None:
            patterns = self._occurring[names] = self._occurrence_patterns(names)
        return any(pattern.search(text) is not None for pattern in patterns)

    def _occurrence_patterns(self, names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
        if self.spaced:
            return (self.pattern(*names),)  # the word edges keep the engine from skipping ahead anyway
        phrases = [phrase for name in names for phrase in self.lists[name]]
        plain = [self._literal_text(phrase) for phrase in phrases if _literal(phrase)]
        other = [self._phrase(phrase, ()) for phrase in phrases if not _literal(phrase)]
        patterns = [re.compile(trie(plain))] if plain else []
        if other:
            patterns.append(re.compile("|".join(f"(?:{source})" for source in other)))
        return tuple(patterns)

    def _literal_text(self, phrase: str) -> str:
        return phrase if self.spaced else phrase.replace(" ", "")

    def _phrase(self, phrase: str, stack: tuple[str, ...]) -> str:
        out: list[str] = []
        depth = 0
        for match in _TOKEN.finditer(phrase):
            kind = match.lastgroup
            text = match.group(0)
            if kind == "ref":
                out.append(self.source(match.group("ref"), stack))
            elif kind == "any":
                if not self.spaced:
                    raise LexiconError(f"{self.language} lexicon: '_' needs a spaced language: {phrase!r}")
                counts = re.fullmatch(r"_\{(\d+),(\d+)\}", text)
                if counts:
                    # up to N words, each followed by whitespace: "_{0,3} visit" is "visit" after 0-3 words
                    out.append(rf"(?:[\w'’.-]+\s+){{{counts.group(1)},{counts.group(2)}}}")
                    out.append("\x00")  # the words carry their own whitespace: no separator after them
                else:
                    out.append(r"[\w'’.-]+")
            elif kind == "open":
                depth += 1
                out.append("(?:")
            elif kind == "close":
                depth -= 1
                out.append(text)  # ")", ")?" optional, ")*" any number of times
            elif kind == "bar":
                out.append("|")
            elif kind == "space":
                out.append(r"\s+" if self.spaced else "")
            elif kind == "tilde":
                out.append(r"\w*")
            else:
                # "plans?": a question mark makes the letter before it optional
                out.append("".join("?" if char == "?" else re.escape(char) for char in text))
            if depth < 0:
                raise LexiconError(f"{self.language} lexicon: unbalanced ')' in {phrase!r}")
        if depth:
            raise LexiconError(f"{self.language} lexicon: unbalanced '(' in {phrase!r}")
        source = "".join(out)
        # "_{0,3}" already ends in whitespace: drop the separator that follows it.
        return re.sub(r"\x00(?:\\s\+)?", "", source)


_WORD = re.compile(r"\w+")
_FUNCTION_WORDS = frozenset(["to", "of", "in", "on", "at", "the", "a", "an", "for", "by", "with", "that", "and", "or"])
# Words in most sentences of news: a phrase that begins with one is better told by a plain word later in it.
_COMMON_WORDS = _FUNCTION_WORDS | {"is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had"}


def _first_words(lexicon: Lexicon, phrase: str) -> set[str] | None:
    """Words one of which the text must hold for ``phrase`` to match: the last content word when the phrase
    is plain words ("travel ban": "travel" is everywhere in travel news, "ban" is not), else the words it
    can begin with; None when that cannot be told."""
    phrase = phrase.strip()
    if _literal(phrase):
        words = [word for word in _WORD.findall(phrase) if word not in _FUNCTION_WORDS] or _WORD.findall(phrase)
        return {words[-1]} if words else None
    first = _opening_words(lexicon, phrase)
    if first is None or not first.isdisjoint(_COMMON_WORDS):
        # "(will|would) (also )?be attended by": "attended", not the auxiliaries most sentences hold
        required = _required_word(phrase)
        if required is not None:
            return {required}
    return first


def _opening_words(lexicon: Lexicon, phrase: str) -> set[str] | None:
    """The words ``phrase`` (not plain words) can begin with, or None when that cannot be told."""
    if phrase.startswith("{"):
        reference = phrase[1 : phrase.index("}")]
        anchors = lexicon.anchors(reference)
        return set(anchors) if anchors is not None else None
    if phrase.startswith("("):
        depth, end = 0, 0
        for index, char in enumerate(phrase):
            depth += char == "("
            depth -= char == ")"
            if depth == 0:
                end = index
                break
        if phrase[end + 1 : end + 2] in ("?", "*"):
            return None  # an optional opening: the phrase may begin with what follows it
        found: set[str] = set()
        for alternative in _split_alternatives(phrase[1:end]):
            first = _first_words(lexicon, alternative)
            if first is None:
                return None
            found |= first
        return found
    token = phrase.split()[0]
    if token.startswith("_") or "?" in token or "|" in token:
        return None
    word = _WORD.search(token)
    if word is None:
        return None
    # "visit~": any word beginning "visit" (kept with its "~" for Sentence.may_have)
    return {word.group(0) + "~"} if token.endswith("~") and word.end() == len(token) - 1 else {word.group(0)}


def _required_word(phrase: str) -> str | None:
    """The last content word every match of ``phrase`` holds, written plain outside any brackets ("attended" of
    "(will|would) (also )?be attended by": the auxiliaries it begins with are in most sentences), or None. Such
    a word follows whitespace or opens the phrase, so it begins a word of the text."""
    tokens, depth, start = [], 0, 0
    for index, char in enumerate(phrase):
        depth += char == "("
        depth -= char == ")"
        if depth == 0 and char == "|":
            return None  # alternatives of the whole phrase: no word is in all of them
        if depth == 0 and char == " ":
            tokens.append(phrase[start:index])
            start = index + 1
    tokens.append(phrase[start:])
    content = [token for token in tokens if _PLAIN_WORD.fullmatch(token) and token not in _FUNCTION_WORDS]
    return content[-1] if content else None


_PLAIN_WORD = re.compile(r"[^\W_]+")


def _split_alternatives(body: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(body):
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(body[start:index])
            start = index + 1
    parts.append(body[start:])
    return parts


def _literal(phrase: str) -> bool:
    return not any(char in phrase for char in "{}()|~_?")


def trie(words: Iterable[str]) -> str:
    """Regex source matching any of ``words`` (literal, lower case): ``trie(["arrive", "attend"])``.

    The source is a trie ("a(?:rrive|ttend)") rather than a flat alternation: Python's engine tries a
    flat alternation's branches one by one at every position, the trie only the branch the text's
    letters lead to, which makes the cheap tests built with it about 1.5x faster. Spaces in a word
    match any whitespace.
    """
    root: dict[str, Any] = {}
    for entry in words:
        node = root
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}

    def source(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + source(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + source(root) + ")"
