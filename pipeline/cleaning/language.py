"""Language of a text when the article does not say, with py3langid (model shipped in its wheel)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# The languages newswatch expects to meet; restricting the model avoids rare look-alikes
# (Wu Chinese for Mandarin, Scots for English) on short texts.
LANGUAGES = [
    "af",
    "am",
    "ar",
    "az",
    "be",
    "bg",
    "bn",
    "bs",
    "ca",
    "cs",
    "cy",
    "da",
    "de",
    "el",
    "en",
    "eo",
    "es",
    "et",
    "eu",
    "fa",
    "fi",
    "fr",
    "ga",
    "gl",
    "gu",
    "he",
    "hi",
    "hr",
    "hu",
    "hy",
    "id",
    "is",
    "it",
    "ja",
    "ka",
    "kk",
    "km",
    "kn",
    "ko",
    "ku",
    "ky",
    "lo",
    "lt",
    "lv",
    "mk",
    "ml",
    "mn",
    "mr",
    "ms",
    "mt",
    "ne",
    "nl",
    "nn",
    "no",
    "pa",
    "pl",
    "ps",
    "pt",
    "ro",
    "ru",
    "si",
    "sk",
    "sl",
    "sq",
    "sr",
    "sv",
    "sw",
    "ta",
    "te",
    "th",
    "tl",
    "tr",
    "uk",
    "ur",
    "uz",
    "vi",
    "zh",
]
SAMPLE_CHARS = 1000  # the opening paragraphs: same verdicts as 2000 chars on every benchmark text, half the cost
# Too little text to tell, counted in UTF-8 bytes: a Chinese character carries about as much as a few Latin
# letters, so a one-line Chinese brief ("习近平将访问法国。", 9 characters) is long enough, "Putin in Kyiv" is not.
MIN_BYTES = 20
MIN_PROBABILITY = 0.5


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The shipped model, restricted to :data:`LANGUAGES` as it is loaded.

    The same columns as ``set_languages(LANGUAGES)`` keeps, so the same verdicts; but that method keeps the
    full model (142 columns, 27 MB) beside the restricted one, to reset to it, which newswatch never does.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    wanted = set(LANGUAGES)
    kept = [index for index, code in enumerate(classes) if code in wanted]
    return LanguageIdentifier(
        ptc[:, kept], pc[kept], [classes[index] for index in kept], nextmove, output, norm_probs=True, tk_row=row
    )


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip().encode("utf-8")) < MIN_BYTES:
        return None
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= MIN_PROBABILITY else None


def normalize_language(tag: str | None) -> str | None:
    """``"en-GB"`` -> ``"en"``; None or an unusable tag -> None."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
