"""Chinese: the lexicon, dates, pairing and rule table that read Chinese news, Simplified and Traditional.

Every pattern reads the sentence folded (:func:`pipeline.tagging.chinese.fold_chinese`: Traditional
characters to Simplified, full-width letters, digits and punctuation to ASCII, one character for one),
so "習近平將於11月訪問美國" and "习近平将于11月访问美国" read alike and offsets stay those of the text.
"""

from __future__ import annotations

import re

from pipeline.tagging.chinese import fold_chinese, traditional_forms
from pipeline.travel.languages import Language
from pipeline.travel.languages.zh import attribution, dates, pairing, rules
from pipeline.travel.languages.zh.lexicon import LEXICON
from pipeline.travel.sentences import Span, split_at

# A sentence ends at "。！？；" (and their ASCII forms), with any closing quotes after them; every line ends one.
_BOUNDARY = re.compile(r"[。！？；!?;]+[”’」』)）》\]]*")
# a sentence that opens with its date: "13日晚间至16日", "7月11日"
_DATE_OPENING = r"(?:\d{1,2}月)?\d{1,2}日[^,;。]{0,6}?(?:(?:至|到|-)\s*(?:\d{1,2}月)?\d{1,2}日)?"
_OFFICES = {"国家主席": "president", "总统": "president", "总理": "prime minister", "首相": "prime minister"}


def split(text: str) -> list[Span]:
    """``split("习近平将访问法国。他将会见马克龙。")``: two sentences, with offsets into ``text``."""
    return split_at(text, _BOUNDARY)


def either_script(words: tuple[str, ...]) -> str:
    """Regex source matching any of ``words`` (Simplified) as written in either script: "访问" or "訪問".

    Words are grouped by their first character, so the engine tries only the words a character can open.
    """
    forms = traditional_forms()

    def char(simplified: str) -> str:
        return f"[{simplified}{forms[simplified]}]" if simplified in forms else re.escape(simplified)

    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [
        char(first) + ("(?:" + "|".join("".join(map(char, rest)) for rest in rests) + ")" if any(rests) else "")
        for first, rests in by_first.items()
    ]
    return "(?:" + "|".join(branches) + ")"


CHINESE = Language(
    code="zh",
    lexicon=LEXICON,
    split=split,
    pronoun=re.compile(
        # "他", "她", "其" (his), but not "他们", "其他", "其中", "尤其", "他国", "土耳其"; and the subject Chinese
        # leaves unwritten when it goes on with the last one: "(他)将过境美国", "不过,(她)会过境美国",
        # "(她)16日至17日访问圣文森"
        r"(?P<pronoun>(?<![其吉])[他她](?![们国人方乡])|(?<![尤极与及耳])其(?![他它们中间实余次后])"
        r"|^(?:(?:不过|但|而|此外|另外|同时|随后|其后|之后|届时|此后|然后|并且|接着|随即)\s*,?\s*)*(?:因为|由于)?"
        # (but "接着,黄总理将...": a comma after the word, and the subject is written after it)
        r"(?=(?:" + LEXICON.source("dropped_subject") + r")(?!\s*,))"
        r"|^(?=" + _DATE_OPENING + r"\s*(?:" + LEXICON.source("visit_verb") + "|" + LEXICON.source("move_verb") + r"))"
        # "此趟共九天八夜的「英翔专案」,...将访问巴拿马及巴拉圭": this trip, of the one who set out before
        # (not "此行是安华…第二次访华行程": a sentence that names whose trip it is)
        r"|^(?=(?:" + LEXICON.source("trip_opening") + r")(?!" + LEXICON.source("copula") + r")))"
    ),
    generic_title=re.compile(r"(?:该国|这位)(?P<title>" + LEXICON.source("generic_title") + r")"),
    office_noun=lambda word: _OFFICES.get(word, word),
    fronted_possessive=re.compile(r"^(?:在|于)(?:他|她|其)"),
    other_person=re.compile(either_script(LEXICON.words("other_person")) + r"[\u4e00-\u9fff·]{2,5}"),
    travel_word=LEXICON.pattern("travel_word"),
    locate_events=pairing.locate_events,
    find_pairs=pairing.find_pairs,
    clues=rules.ChineseClues,
    tables=rules.TABLES,
    find_times=dates.find_time_expressions,
    trip_times=dates.trip_times,
    explicitly_past=rules.explicitly_past,
    attribution=attribution.attribution,
    here_now=rules.here_now,
    reported_subject=pairing.pronoun_subject,
    gathering_venue=pairing.gathering_venue,
    anaphoric_update=rules.anaphoric_update,
    called_off=rules.called_off,
    lower=fold_chinese,
    # the foreign ministry's and Taiwan's presidential office's tours: dated once, then leg by leg
    tour_legs_share_a_month=True,
)
