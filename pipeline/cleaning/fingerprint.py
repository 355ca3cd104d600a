"""Fingerprints that let the agents drop repeated stories.

* :func:`content_fingerprint`: the same words in the same order (whitespace, case and punctuation
  aside) give the same fingerprint: exact duplicates, such as one article re-sent by a scraper.
* :func:`minhash_signature` and :func:`near_duplicate_key`: a bottom-k MinHash sketch over 5-word
  shingles (in Chinese, Japanese and Korean script a word is one character). Two texts share a
  shingle minimum with probability equal to their Jaccard similarity, so the key (the smallest
  shingle hash) routes most near-duplicates (a story lightly edited, or syndicated by another outlet)
  to the same place, and :func:`similarity` then confirms them on the full signature, so that an
  unrelated story sharing one phrase is not taken for a duplicate.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from typing import Any

import numpy as np

SHINGLE = 5
SIGNATURE_SIZE = 64
# The signature reads the opening words only: syndicated and lightly edited copies share their opening,
# and the cost stays bounded on long pages.
MAX_TOKENS = 600
NEAR_DUPLICATE_THRESHOLD = 0.7
# Han, kana and hangul: one token per character; any other run of word characters is one token.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")
# Without any of those characters a token is a run of word characters: the same tokens, found faster.
_CJK_CHAR = re.compile(f"[{_CJK}]")
_PLAIN_WORD = re.compile(r"\w+")
_MASK = (1 << 64) - 1
_BASE = 1_000_003
_BASE_POWER = pow(_BASE, SHINGLE - 1, 1 << 64)


@functools.lru_cache(maxsize=8)  # clean_article asks for both fingerprints of the same text
def _tokens(text: str) -> tuple[str, ...]:
    lowered = text.lower()
    plain = lowered.isascii() or _CJK_CHAR.search(lowered) is None
    return tuple((_PLAIN_WORD if plain else _WORD).findall(lowered))


def content_fingerprint(text: str) -> str:
    """A hex digest of the text's words, for exact duplicates.

    Usage: ``content_fingerprint("A  b.") == content_fingerprint("a b")``.
    """
    return hashlib.blake2b(" ".join(_tokens(text)).encode(), digest_size=16).hexdigest()


def _mix(value: int) -> int:
    # splitmix64 finaliser: spreads the rolling hash so that minima are uniform.
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9 & _MASK
    value = (value ^ (value >> 27)) * 0x94D049BB133111EB & _MASK
    return value ^ (value >> 31)


def minhash_signature(text: str, size: int = SIGNATURE_SIZE) -> tuple[int, ...]:
    """The ``size`` smallest hashes of the text's 5-word shingles, ascending.

    A hash is the high 32 bits of a 64-bit one: half the memory of the repeat check's table, and two
    shingles of one text share them about once in ten thousand texts (600 shingles at most).
    """
    tokens = _tokens(text)[:MAX_TOKENS]
    if len(tokens) < SHINGLE:
        return (_mix(hash_words([zlib.crc32(token.encode()) for token in tokens])) >> 32,) if tokens else ()
    # Vectorised (numpy's uint64 arithmetic wraps modulo 2**64 like the & _MASK of the scalar version):
    # shingle i hashes to sum(h[i + j] * BASE**(SHINGLE - 1 - j)), then the splitmix64 finaliser.
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, tokens)), dtype=np.uint64, count=len(tokens))
    count = len(tokens) - SHINGLE + 1
    rolling = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):
        rolling = rolling * np.uint64(_BASE) + hashes[offset : offset + count]
    hashed = np.sort(_mix_array(rolling) >> np.uint64(32))
    # Each value once (np.unique does the same, through a hash table, several times slower on 600 values).
    distinct = hashed[np.concatenate(([True], hashed[1:] != hashed[:-1]))]
    return tuple(distinct[:size].tolist())


def _mix_array(values: Any) -> Any:
    values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def hash_words(token_hashes: list[int]) -> int:
    value = 0
    for token_hash in token_hashes:
        value = (value * _BASE + token_hash) & _MASK
    return value


def near_duplicate_key(signature: tuple[int, ...]) -> str:
    """The routing key of near-duplicates: texts with Jaccard similarity J share it with probability J."""
    return f"{signature[0]:08x}" if signature else "empty"


def similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Jaccard similarity of two texts from their signatures: exact when both texts are short enough for
    their signatures to hold every shingle, else the bottom-k estimate (which is too noisy on a handful
    of shingles: two one-line wire stories that differ only in who travels are not the same story)."""
    if not first or not second:
        return 1.0 if first == second else 0.0
    if len(first) < SIGNATURE_SIZE and len(second) < SIGNATURE_SIZE:
        return len(set(first) & set(second)) / len(set(first) | set(second))
    size = min(len(first), len(second))
    union_bottom = sorted(set(first) | set(second))[:size]
    both = set(first) & set(second)
    return sum(value in both for value in union_bottom) / size


def is_near_duplicate(first: tuple[int, ...], second: tuple[int, ...]) -> bool:
    # The estimate counts shared values among the union's smallest, so it is at most the share of
    # shared values: most pairs (different stories under one key) stop at this cheap test.
    shared = len(set(first).intersection(second))
    if first and second and shared < NEAR_DUPLICATE_THRESHOLD * min(len(first), len(second)):
        return False
    return similarity(first, second) >= NEAR_DUPLICATE_THRESHOLD
