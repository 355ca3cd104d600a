"""Russian case forms of watchlist names, generated when the gazetteer is built (pymorphy3).

Russian names inflect ("Путин, Путина, Путину, Путиным, Путине"; "в Китае, из Китая"), so the
gazetteer holds every case form of every name and one Aho-Corasick pass still finds them all: the cost
is paid once per watchlist, never per article. Words the OpenCorpora dictionary knows (places,
adjectives, first names, common nouns) take their forms from it; foreign surnames it does not know
("Токаев", "Макрон", "Лула") follow the declension rules of Russian grammar by their ending, which is
what the dictionary's own guesser gets wrong for them. Words with no nominative reading (a genitive
modifier such as "Безопасности" in "Совет Безопасности") and abbreviations ("ШОС", "РФ") stay as
written.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import product
from typing import Any, Final, Literal

Mode = Literal["name", "place", "all"]
Slot = tuple[str, str]  # (case, number)

CASES: Final = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CASE_ALIASES: Final = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}
_VOWELS: Final = "аеёиоуыэюя"
_INDECLINABLE_ENDINGS: Final = tuple("оеёиуыэю")
_HUSHING: Final = "жшчщц"
_VELAR_HUSHING: Final = "гкхжшчщ"
# Parts of foreign names that never decline: "бен", "Аль", "ди", "фон".
_NAME_PARTICLES: Final = frozenset(
    {
        "бен",
        "бин",
        "ибн",
        "аль",
        "эль",
        "ас",
        "аш",
        "ад",
        "ат",
        "ди",
        "да",
        "де",
        "дос",
        "ду",
        "фон",
        "ван",
        "дер",
        "ла",
        "ле",
    }
)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def release() -> None:
    """Drop the analyzer and the word forms cached while a gazetteer was built (some 15 MB a worker would
    keep for nothing): nothing else reads them, and the next build (a changed watchlist file) loads the
    dictionary again in a tenth of a second."""
    _analyzer.cache_clear()
    _word_forms.cache_clear()
    _is_noun.cache_clear()


def case_forms(phrase: str, mode: Mode, cases: tuple[str, ...] = CASES) -> tuple[str, ...]:
    """Every case form of ``phrase``, its words agreeing: ``case_forms("Южная Корея", "place")``.

    ``mode``: ``name`` for a person (unknown words declined as surnames), ``place`` for a country,
    city or institution, ``all`` for adjectives and theme words (every gender and number).
    The phrase as written comes first (unless ``cases`` leaves the nominative out: ``("gent",)``).
    """
    words = phrase.split(" ")
    # Adjectives agree with the head noun; what follows the head (a genitive: "Совет Безопасности ООН",
    # "глава государства") stays as written. A person's name declines in every word but its particles
    # ("Мухаммедом бен Заидом Аль Нахайяном").
    head = len(words) if mode == "name" else _head(words)
    agree = len(words) > 1
    tables = [
        _word_forms(word, mode, agree) if index <= head and not (mode == "name" and _particle(word)) else None
        for index, word in enumerate(words)
    ]
    forms = _combined(phrase, words, tables, cases)
    if mode == "name" and sum(table is not None for table in tables) > 1:
        # East Asian names decline in their last word only: "Нгуен Тан Зунгом", "Ким Чен Ыном".
        last = max(index for index, table in enumerate(tables) if table is not None)
        only_last = [table if index == last else None for index, table in enumerate(tables)]
        forms += tuple(form for form in _combined(phrase, words, only_last, cases) if form not in forms)
    return forms


def with_adjective_inside(office: str, adjective: str) -> str | None:
    """ "глава государства" and "российский": "глава российского государства", an office whose genitive
    noun takes the country's adjective; None for an office of another shape ("премьер-министр")."""
    words = office.split(" ")
    if len(words) != 2 or _head(words) != 0:
        return None
    parses = [p for p in _analyzer().parse(words[1]) if p.tag.case == "gent" and p.tag.number == "sing"]
    if not parses:
        return None
    inflected = _analyzer().parse(adjective)[0].inflect({"gent", "sing", parses[0].tag.gender or "masc"})
    return None if inflected is None else f"{words[0]} {inflected.word} {words[1]}"


def _particle(word: str) -> bool:
    return word.lower() in _NAME_PARTICLES


def _combined(
    phrase: str, words: list[str], tables: list[dict[Slot, set[str]] | None], cases: tuple[str, ...]
) -> tuple[str, ...]:
    """The phrase in each case its declining words share, the others as written."""
    slots = [set(table) for table in tables if table is not None]
    if not slots:
        return (phrase,)  # nothing declines: "ООН", "РФ"
    shared = {slot for slot in set.intersection(*slots) if slot[0] in cases}
    forms = dict.fromkeys([phrase] if "nomn" in cases else [])
    for slot in sorted(shared):
        options = [
            sorted(table[slot]) if table is not None else [word] for word, table in zip(words, tables, strict=True)
        ]
        for combination in product(*options):
            forms[" ".join(combination)] = None
    return tuple(forms)


@cache
def _is_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in _analyzer().parse(word))


def _head(words: list[str]) -> int:
    """Index of the phrase's first noun (its head), or of its last word when none is known."""
    for index, word in enumerate(words):
        if _is_noun(word):
            return index
    return len(words) - 1


@cache
def _word_forms(word: str, mode: Mode, agree: bool = False) -> dict[Slot, set[str]] | None:
    """The word's forms by (case, number), or None for a word that stays as written."""
    letters = [char for char in word if char.isalpha()]
    if not letters or not all("а" <= char.lower() <= "я" or char.lower() == "ё" for char in letters):
        return None  # Latin, digits: "G20"
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return None  # an abbreviation: "ШОС", "РФ"
    head, _, tail = word.rpartition("-")
    if head and tail:
        # "Алма-Ата", "Кот-д'Ивуар": the dictionary may know the whole word; if not, the last part declines.
        known = _known_forms(word, mode, agree)
        if known is not None:
            return known
        inner = _word_forms(tail, mode, agree)
        return None if inner is None else {slot: {f"{head}-{form}" for form in forms} for slot, forms in inner.items()}
    known = _known_forms(word, mode, agree)
    if known is not None:
        return known
    if mode == "name" or (mode == "place" and word[:1].isupper()):
        return _by_ending(word, animate=mode == "name")
    return None


def _known_forms(word: str, mode: Mode, agree: bool) -> dict[Slot, set[str]] | None:
    parses = [p for p in _analyzer().parse(word) if p.is_known and p.tag.case == "nomn"]
    if mode == "name":
        # Only a reading as a person's name or a place will do: "Токаев" is not the plural of "Токай".
        parses = [p for p in parses if {"Surn", "Name", "Patr", "Geox"} & p.tag.grammemes or "ADJF" in p.tag]
    elif mode == "place":
        geographic = [p for p in parses if "Geox" in p.tag.grammemes or "Orgn" in p.tag.grammemes]
        parses = geographic or [p for p in parses if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    else:
        parses = [p for p in parses if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    if not parses:
        return None
    # An adjective the dictionary reads two ways as likely ("Большая": "большой" or "больший") declines both
    # ways: "Большой двадцатки" is as much its form as "Большей двадцатки" (which no text writes).
    chosen = [
        p
        for p in parses
        if p.tag.POS == "ADJF" == parses[0].tag.POS
        and p.score == parses[0].score
        and p.tag.gender == parses[0].tag.gender
    ] or parses[:1]
    capital = word[:1].isupper()
    table: dict[Slot, set[str]] = {}
    for parse, form in ((reading, form) for reading in chosen for form in reading.lexeme):
        case = _CASE_ALIASES.get(str(form.tag.case), str(form.tag.case))
        number = str(form.tag.number)
        if case not in CASES or form.tag.POS not in (parse.tag.POS, None) or "Fixd" in parse.tag:
            continue
        if (
            parse.tag.POS == "NOUN"
            and mode != "all"
            and (number != str(parse.tag.number) or (form.tag.gender and form.tag.gender != parse.tag.gender))
        ):
            continue  # "Путин": not the plural, nor the feminine "Путина"
        if parse.tag.POS == "PRTF" and (form.tag.voice, form.tag.tense) != (parse.tag.voice, parse.tag.tense):
            continue  # "Соединённые": not "соединившие"
        if parse.tag.POS in ("ADJF", "PRTF"):
            if "Infr" in form.tag or "V-ey" in form.tag or "V-oy" in form.tag or "Supr" in form.tag:
                continue
            if (mode != "all" or agree) and number == "sing" and form.tag.gender != parse.tag.gender:
                continue
        text = form.word
        table.setdefault((case, number), set()).add(text[:1].upper() + text[1:] if capital else text)
    return table or None


def _by_ending(word: str, animate: bool) -> dict[Slot, set[str]] | None:
    """Declension of a name the dictionary does not know, by its ending (singular only)."""
    lower = word.lower()
    if lower.endswith(_INDECLINABLE_ENDINGS) or len(lower) < 2:
        return None  # Моди, Абэ, Лукашенко, Токио: indeclinable
    endings: dict[str, tuple[str, ...]]
    if lower.endswith(("ский", "цкий", "ской")):
        stem = word[:-2]
        endings = {
            "nomn": (word[-2:],),
            "gent": ("ого",),
            "datv": ("ому",),
            "accs": ("ого",),
            "ablt": ("им",),
            "loct": ("ом",),
        }
    elif lower.endswith(("ий", "ия")):
        stem = word[:-1]
        base = "й" if lower.endswith("ий") else "я"
        endings = {
            "nomn": (base,),
            "gent": ("я", "и"),
            "datv": ("ю", "и"),
            "accs": ("я", "ю"),
            "ablt": ("ем", "ей"),
            "loct": ("и",),
        }
    elif lower[-1] == "й":
        stem = word[:-1]
        endings = {"nomn": ("й",), "gent": ("я",), "datv": ("ю",), "accs": ("я", "й"), "ablt": ("ем",), "loct": ("е",)}
    elif lower[-1] == "ь":
        stem = word[:-1]
        endings = {
            "nomn": ("ь",),
            "gent": ("я", "и"),
            "datv": ("ю", "и"),
            "accs": ("я", "ь"),
            "ablt": ("ем", "ью"),
            "loct": ("е", "и"),
        }
    elif lower[-1] == "а":
        stem = word[:-1]
        gent = "и" if stem[-1:].lower() in _VELAR_HUSHING else "ы"
        instrumental = "ей" if stem[-1:].lower() in _HUSHING else "ой"
        endings = {
            "nomn": ("а",),
            "gent": (gent,),
            "datv": ("е",),
            "accs": ("у",),
            "ablt": (instrumental,),
            "loct": ("е",),
        }
    elif lower[-1] == "я":
        stem = word[:-1]
        endings = {"nomn": ("я",), "gent": ("и",), "datv": ("е",), "accs": ("ю",), "ablt": ("ей",), "loct": ("е",)}
    elif lower[-1] not in _VOWELS:
        stem = word
        # Russian surnames in -ов/-ев/-ин take -ым; other consonant-final names -ом (-ем after a hushing sound).
        russian_surname = lower.endswith(("ов", "ев", "ёв", "ин", "ын"))
        ablt: tuple[str, ...] = (
            ("ым", "ом") if russian_surname else (("ем", "ом") if lower[-1] in _HUSHING else ("ом",))
        )
        endings = {
            "nomn": ("",),
            "gent": ("а",),
            "datv": ("у",),
            "accs": ("а",) if animate else ("",),
            "ablt": ablt,
            "loct": ("е",),
        }
    else:
        return None
    return {(case, "sing"): {stem + ending for ending in options} for case, options in endings.items()}
