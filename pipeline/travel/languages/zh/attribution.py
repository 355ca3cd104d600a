"""Chinese attribution: who a sentence says the news comes from ("外交部发言人陆慷23日宣布", "据塔斯社报道")."""

from __future__ import annotations

import re

from pipeline.travel.sentences import Sentence

_VERB = r"(?:宣布|表示|称|说|证实|确认|透露|指出|公布|发布|发表声明|介绍|报道|报导|援引|引述|消息)"
_TIME = r"(?:\d{1,2}日|今\(?\d{0,2}\)?日|今天|昨天|昨日|周.|星期.)?"
_PATTERNS = (
    re.compile(r"(?:据|根据|援引|引述)(?P<src>[^,;:。!?()「」“”]{2,24}?)(?:的)?" + _VERB),
    re.compile(
        r"(?:^|[,;:。(\s」”])(?P<src>[^,;:。!?()「」“”\s]{2,18}?)" + _TIME + r"\s*(?:正式|对外|向媒体)?" + _VERB
    ),
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
