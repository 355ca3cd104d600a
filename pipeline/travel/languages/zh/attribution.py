"""Chinese attribution: who a sentence says the news comes from ("外交部发言人陆慷23日宣布", "据塔斯社报道").

The source is the shortest run before its verb once the asides between them are set apart: "克里姆林宫发言人
佩斯科夫14日在新闻发布会上表示" is "克里姆林宫发言人佩斯科夫", not "...14日在新闻".
"""

from __future__ import annotations

import re

from pipeline.travel.languages.zh.lexicon import LEXICON as L
from pipeline.travel.sentences import Sentence

_CLAUSE = r"[^,;:。!?()「」“”]"
# "演说", "游说": not a speaker's "说"
_VERB = r"(?<![演游小])" + L.source("source_verb")
_ASIDE = (
    r"(?:\s*(?:"
    + L.source("source_aside")
    + r"|\d{1,2}\s*(?:月|日|号)|(?:周|星期|礼拜)[一二三四五六日天]"
    + rf"|在{_CLAUSE}{{1,20}}?(?:上|中|时|期间|途中)|前往{_CLAUSE}{{1,10}}?途中|对{_CLAUSE}{{0,16}}?记者"
    + r"))*\s*"
)
_PATTERNS = (
    re.compile(r"(?:据|根据|援引|引述)" + _ASIDE + rf"(?P<src>{_CLAUSE}{{2,24}}?)(?:的)?" + _ASIDE + _VERB),
    re.compile(r"(?:^|[,;:。(\s」”])" + _ASIDE + r"(?P<src>[^,;:。!?()「」“”\s]{2,18}?)" + _ASIDE + _VERB),
)
_NOT_SOURCE = re.compile(r"^(?:他|她|他们|我|我们|你|报道|报导|消息|外界|有人|这|对此|此外|同时)$")


def attribution(sentence: Sentence) -> str | None:
    """The source of ``sentence``, as written; not the traveller's own words ("普京表示他将...")."""
    low = sentence.low
    travellers = {low[ref.start : ref.end] for ref in sentence.refs}
    for pattern in _PATTERNS:
        for match in pattern.finditer(low):
            raw = match.group("src")
            source = raw.strip()
            if not source or _NOT_SOURCE.match(source) or source in travellers:
                continue
            start = match.start("src") + len(raw) - len(raw.lstrip())
            return sentence.text[start : start + len(source)]
    return None
