"""English: the lexicon, dates, pairing and rule table that read English news."""

from __future__ import annotations

import re

from pipeline.travel.languages import Language
from pipeline.travel.languages.en import attribution, dates, pairing, references, rules
from pipeline.travel.languages.en.lexicon import LEXICON
from pipeline.travel.lexicon import trie
from pipeline.travel.sentences import Span, abbreviation_test, split_at

# a full stop before a capital, after a space; or glued to the next sentence by a scraper ("met Moon Jae-in.After
# South Korea, Trump will", "in advance.Kim and Putin", "in 2019.The", "May 7 and 8.The"): a word's last two letters
# or digits (or a one-digit number), the stop, a capitalised word.
# Both begin with the stop, outside the alternation: the engine then skips ahead to the next stop (3x faster).
_BOUNDARY = re.compile(r"""[.!?](?:["')\]]*(?=\s+["'(\[]?[A-Z0-9])|(?<=[a-z\d]{2}\.|\s\d\.)(?=[A-Z][a-z]+\b))""")
_IS_ABBREVIATION = abbreviation_test(LEXICON.words("abbreviation"))
# office words the watchlist's titles spell another way: Qatar's "amir" is its "Emir", the "pontiff" the "Pope"
_OFFICE_SPELLINGS = {"amir": "emir", "pontiff": "pope", "pm": "prime minister"}


def split(text: str) -> list[Span]:
    """``split("Mr. Putin left. He flew home.")``: two sentences, with offsets into ``text``."""
    return split_at(text, _BOUNDARY, _IS_ABBREVIATION)


ENGLISH = Language(
    code="en",
    lexicon=LEXICON,
    split=split,
    pronoun=re.compile(
        r"\b(?P<pronoun>" + LEXICON.source("pronoun") + r")\b(?!\s+(?:" + LEXICON.source("honorific") + r"))"
    ),
    # "the president"; "PM" without "the" too, as South Asian outlets write it ("PM will pay a visit"; not "5 pm")
    generic_title=re.compile(r"\b(?:the |(?<![\d.:] )(?=pm\b))(?P<title>" + LEXICON.source("generic_title") + r")\b"),
    office_noun=lambda word: _OFFICE_SPELLINGS.get(word, word),
    fronted_possessive=re.compile(
        r"^(?:[\w-]+\s+){0,2}" + LEXICON.pattern("fronted_possessive").pattern + r"\s+(?:his|her)\b"
    ),
    other_person=re.compile(
        r"\b(?:(?:"
        + trie(
            [
                "Secretary",
                "Minister",
                "Ambassador",
                "Senator",
                "Governor",
                "Envoy",
                "Spokesman",
                "Spokeswoman",
                "Spokesperson",
                "Mayor",
                "General",
                "Adviser",
                "Advisor",
                "Chairman",
            ]
        )
        + r")(?: of State| General)?,?\s+(?:[A-Z][\w'’-]+\s?){1,3}|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+|"
        r"[Ff]irst [Ll]ady|[Vv]ice[- ][Pp]resident|"
        # "the crown prince will hold talks with Prime Minister Imran Khan ... He will also travel to India": he is
        # the prince (one the watchlist names is its own mention: "Crown Prince Mohammed bin Salman")
        r"\b[Tt]he (?:[Cc]rown )?[Pp]rince\b|\b[Tt]he (?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance) [Mm]inister\b|"
        # "Biden's office announced that he will travel" (in 2011): the office of someone named, not a leader
        # (nor an office word: "the President's office said he will travel" is the president's)
        r"(?!(?:President|PM|Prime|Premier|Chancellor|King|Queen|Emir|Sultan|Leader)['’])"
        r"[A-Z][\w-]+['’]s (?:office|spokes(?:man|woman|person)|aides?)\b)"
    ),
    travel_word=re.compile(r"\b" + LEXICON.source("travel_word")),
    trip_anaphor=re.compile(r"(?P<trip>(?:the|this) " + LEXICON.source("trip_anaphor") + r")\b(?!\s+(?:of|by)\b)"),
    place_anaphor_stems=tuple(LEXICON.words("place_anaphor_stem")),
    place_anaphor=re.compile(
        # (after an invitation, "invited him to visit the country", the country is the inviter's: group ``invited``)
        r"\b(?:(?P<invited>"
        + LEXICON.source("invite_verb")
        + r")\s+(?:[\w'’.-]+\s+){0,4}?)?(?:"
        + LEXICON.source("place_anaphor_after")
        + r")\s+(?P<place>"
        + LEXICON.source("place_anaphor")
        + r"|(?P<regional>"
        + LEXICON.source("regional_anaphor")
        + r"))\b(?!['’]s)"
    ),
    namesake=re.compile(
        r"(?<![\w\"“'‘-])(?=(?P<given>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*\.?\s+){1,3})(?P<surname>[A-Z][\w'’-]+)\b)"
    ),
    namesake_cue=re.compile(r"(?i)\b(?:she|her|hers|herself|mrs|ms|madame|madam|first lady)\b"),
    not_a_given_name=frozenset(LEXICON.words("not_a_given_name")),
    title_before_name=frozenset(LEXICON.words("title_before_name")),
    locate_events=pairing.locate_events,
    gathering_venue=pairing.gathering_venue,
    find_pairs=pairing.find_pairs,
    clues=rules.EnglishClues,
    tables=rules.TABLES,
    find_times=dates.find_time_expressions,
    trip_times=dates.trip_times,
    explicitly_past=rules.explicitly_past,
    attribution=attribution.attribution,
    here_now=rules.here_now,
    previous_leg=re.compile(r"(?:^|[,;:]\s*|\band\s+)" + LEXICON.source("previous_leg") + r"$"),
    anaphoric_update=rules.anaphoric_update,
    placeless_trip=pairing.placeless_trip,
    called_off=rules.called_off,
    reported_subject=references.reported_subject,
    gathering_reach=6,
    gathering_of_article=True,
    plural_subject=references.plural_subject,
    plural_pronoun=references.PLURAL_PRONOUN,
    object_only=references.possessor_in_the_predicate,
    owner_of_subject=references.owner_of_the_subject,
    fronted_phrase=references.fronted_invitation,
    tour_legs_share_a_month=True,
)
