"""Chinese pairing: which leader each travel trigger belongs to, and the destinations it governs.

Chinese puts the time and the manner between the traveller and the verb, and the destination after
it: "国家主席习近平将于11月27日至12月5日对西班牙、阿根廷进行国事访问", "普京不会赴印度出席峰会",
"马克龙飞抵北京". A trigger governs the places right after it (a list joined by "、", "和", "及"), or,
in the foreign ministry's formula, those between "对" and "进行...访问" ("对上述四国": the countries of
the invitation). Its traveller is the nearest leader before it who is not the inviting host ("应X邀请"),
someone received or met ("会见X"), or the owner of someone else ("普京的助手"); leaders joined by "和",
"与", "、" travel together. A trip noun ("中国之行", "对法国的国事访问", "访华期间") belongs to the
leader before it; "正在日本访问的胡锦涛" to the one it describes.
"""

from __future__ import annotations

import re

from pipeline.travel.languages.zh.lexicon import LEXICON as L
from pipeline.travel.pairing import Pair, Trigger
from pipeline.travel.sentences import Place, Ref, Sentence

_STOP = r"[^,;:。!?]"  # any character inside one clause
_VISIT = r"(?:(?:" + L.source("visit_kind") + r")(?:性)?的?)*(?:访问|出访|访)"
_KINDS = (
    # "对西班牙、阿根廷进行国事访问", "对美国进行为期三天的正式访问"
    (
        "formula",
        r"对(?P<fdest>"
        + _STOP
        + r"{1,50}?)(?:"
        + L.source("formula_verb")
        + r")了?(?:为期"
        + _STOP
        + r"{1,8}?的)?"
        + _VISIT,
    ),
    # "结束对日本的国事访问", "结束对澳大利亚的访问后"
    ("ended", r"结束(?:了)?(?:对(?P<edest>" + _STOP + r"{1,40}?)的)?" + _STOP + r"{0,10}?(?:访问|行程|之行|出访)"),
    # "对法国的国事访问", "对中国的访问"
    ("noun", r"对(?P<ndest>" + _STOP + r"{1,40}?)的" + _STOP + r"{0,10}?(?:访问|出访|之行|行程)"),
    # "正在日本访问", "在华期间", "在北京期间"
    ("stay", r"(?<!存)在(?P<sdest>" + _STOP + r"{1,20}?)(?:进行" + _VISIT + r"|访问|期间)"),
    ("arrive", L.source("arrive_verb")),
    ("transit", L.source("transit_verb")),
    ("attend", L.source("attend_verb")),
    ("left", L.source("left_verb")),
    ("move", L.source("move_verb")),
    ("visit", L.source("visit_verb")),
)
TRIGGER = re.compile("|".join(f"(?P<{kind}>{source})" for kind, source in _KINDS))
_INNER = {"formula": "fdest", "ended": "edest", "noun": "ndest", "stay": "sdest"}
_CONNECTORS = re.compile(r"[、,和及与]|以及")
_THE_GATHERING = re.compile(
    r"\s*(?:该|此|这次|本届|这一|今年的|当天的)?" + _STOP + r"{0,4}?(?:峰会|会议|论坛|大会|典礼|仪式)"
)
# Verbs of one character that name a trip only with a place right after them: "赴美", "到北京", "去年" is none.
_SHORT_VERBS = frozenset({"赴", "去", "到", "来", "抵", "访", "离"})
# Words a trigger's first place may follow: "出席在阿根廷举行的", "前往中美洲的多明尼加", "出席将于9月举行的峰会"
_FILLER = re.compile(r"\s*(?:了|在|到|往|至|于|问|向)?\s*$")
_OF_GAP = re.compile(_STOP + r"{0,14}的\s*$")
_LIST = re.compile(r"\s*(?:" + L.source("list_connector") + r")?\s*$")
# "对上述四国", "对该国", "对这两个国家": the countries named before
_THOSE = re.compile(r"(?:上述|以上|这|该|两|三|四|五|六|七|八|九|十|各)" + _STOP + r"{0,4}?(?:国|国家|地)")
# "中国之行", "北京行程", "亚洲行": a trip noun right after a place
_NOUN_AFTER_PLACE = re.compile(
    r"\s*(?:的)?(?:" + L.source("visit_kind") + r")?(?:之行|之旅|行程|访问|行(?![动政业长为]))"
)
_INVITATION = re.compile(r"(?:应|受|接受|在)" + _STOP + r"{0,60}?(?:的)?邀请|应" + _STOP + r"{0,60}?之邀")
_OBJECT_BEFORE = re.compile(
    r"(?:会见|会晤|接见|接待|迎接|陪同|致电|通电话|送行|欢送|宴请|款待|拜会|会同|同|跟|与|和|及|并与|以及|、)\s*$"
)
_COMPANION_AFTER = re.compile(r"\s*(?:一同|一起|一道|共同|同行|结伴|联袂)")
_COORDINATED = re.compile(
    r"\s*(?:" + L.source("coordinator") + r")\s*(?:" + _STOP + r"{0,12}?(?:总统|总理|首相|主席|国王|领导人|元首))?\s*$"
)
_OF_OTHER = re.compile(r"\s*(?:的)?" + _STOP + r"{0,6}?(?:" + L.source("of_other") + r")")
_MODIFIED = re.compile(r"\s*(?:期间|时|途中)?的\s*$")
_TRAVELLER_WINDOW = 90


def find_pairs(sentence: Sentence) -> list[Pair]:
    """Every (traveller, trigger, destinations) of ``sentence``."""
    pairs: list[Pair] = []
    for trigger, destinations in _triggers(sentence):
        for ref, how in _travellers(trigger, destinations, sentence):
            pairs.append(Pair(ref, trigger, tuple(destinations), how))
    return pairs


def _triggers(sentence: Sentence) -> list[tuple[Trigger, list[Place]]]:
    text, places = sentence.low, sentence.places
    found: list[tuple[Trigger, list[Place]]] = []
    for match in TRIGGER.finditer(text):
        kind = next(name for name, _ in _KINDS if match.group(name) is not None)
        inner = _INNER.get(kind)
        if inner is not None:
            destinations = _inside(match.start(inner), match.end(inner), places, text)
            if not destinations and kind != "stay" and _THOSE.search(text, *match.span(inner)):
                destinations = [place for place in places if place.end <= match.start() and place.kind == "country"]
        else:
            destinations = _after(match.end(), match.group(0), places, text)
            gathering = kind == "attend" and _THE_GATHERING.match(text, match.end()) is not None
            if not destinations and gathering and sentence.context_event is not None:
                destinations = [sentence.context_event]  # "将出席峰会": the summit named before
        if destinations:
            found.append((Trigger(match.start(), match.end(), match.group(0), kind), destinations))
    # a trip noun right after a place: "中国之行", "此次亚洲行", "北京行程"
    for place in places:
        noun = _NOUN_AFTER_PLACE.match(text, place.end)
        if noun is not None and place.kind in ("country", "city"):
            trigger = Trigger(noun.start(), noun.end(), noun.group(0), "noun")
            if not any(trigger.start < t.end and t.start < trigger.end for t, _ in found):
                found.append((trigger, [place]))
    found.sort(key=lambda item: item[0].start)
    return found


def _inside(start: int, end: int, places: list[Place], text: str) -> list[Place]:
    """The places between ``start`` and ``end``, if the words there are little else ("对西班牙、阿根廷")."""
    inside = [place for place in places if start <= place.start and place.end <= end]
    rest = len(text[start:end].strip())
    for place in inside:
        rest -= place.end - place.start
    rest -= len(_CONNECTORS.findall(text, start, end))
    return inside if rest <= 5 else []


def _after(position: int, trigger_text: str, places: list[Place], text: str) -> list[Place]:
    """The places a verb governs: the first right after it, and the ones listed with it."""
    after = [place for place in places if place.start >= position]
    if not after:
        return []
    first = after[0]
    gap = text[position : first.start]
    if trigger_text in _SHORT_VERBS:
        if gap.strip():
            return []
    elif not (_FILLER.match(gap) or (len(gap) <= 15 and _OF_GAP.match(gap))):
        return []
    chosen = [first]
    for place in after[1:]:
        between = text[chosen[-1].end : place.start]
        if not between.strip() or (_LIST.match(between) and "," not in between):
            chosen.append(place)
        else:
            break
    return chosen


def _named_before(places: list[Place], position: int) -> list[Place]:
    return [place for place in places if place.end <= position and place.kind == "country"]


def _travellers(trigger: Trigger, destinations: list[Place], sentence: Sentence) -> list[tuple[Ref, str]]:
    text, refs = sentence.low, sentence.refs
    hosts = [match.span() for match in _INVITATION.finditer(text, 0, trigger.start)]
    units = _units([ref for ref in refs if ref.end <= trigger.start], text)
    subjects: list[tuple[Ref, Ref]] = []
    for first, last in reversed(units):
        if trigger.start - last.end > _TRAVELLER_WINDOW:
            break
        if any(start <= first.start and last.end <= end for start, end in hosts) or _OF_OTHER.match(text, last.end):
            continue  # "应普京邀请": the host; "普京的助手": someone else
        if subjects:
            if _COORDINATED.fullmatch(text, last.end, subjects[-1][0].start):
                subjects.append((first, last))  # "习近平和普京将出席": both go
                continue
            break
        before = text[max(0, first.start - 6) : first.start]
        if _OBJECT_BEFORE.search(before) and not _COMPANION_AFTER.match(text, last.end):
            previous = units[units.index((first, last)) - 1] if units.index((first, last)) > 0 else None
            if previous is None or not _COORDINATED.fullmatch(text, previous[1].end, first.start):
                continue  # "会见普京", "与普京会谈后": met, not travelling
        subjects.append((first, last))
    if subjects:
        how = "possessor" if trigger.kind in ("noun", "stay") else "subject"
        return [(last, how if index == 0 else "coordinated") for index, (_, last) in enumerate(subjects)]
    # "正在日本访问的中国国家主席胡锦涛": the leader the clause describes
    end = max([trigger.end] + [place.end for place in destinations])
    described = [ref for ref in refs if ref.start >= end and ref.start - end <= 12]
    if described and _MODIFIED.match(text[end : described[0].start]):
        return [(described[0], "described")]
    return []


def _units(refs: list[Ref], text: str) -> list[tuple[Ref, Ref]]:
    """Adjacent references to one leader ("国家主席习近平") as one unit: (first, last)."""
    units: list[tuple[Ref, Ref]] = []
    for ref in refs:
        if units and units[-1][1].leader == ref.leader and ref.start - units[-1][1].end <= 1:
            units[-1] = (units[-1][0], ref)
        else:
            units.append((ref, ref))
    return units


_HELD = re.compile(r"\s*(?:" + L.source("held") + r")" + _STOP + r"{0,20}?$")


def locate_events(sentence: Sentence) -> list[Place]:
    """The sentence's places, each event held where the text says: "在阿根廷布宜诺斯艾利斯举行的二十国集团
    峰会", "天津上合组织峰会": the venue named before the event is its place, whatever the edition's."""
    places = sentence.places
    located: list[Place] = []
    for place in places:
        if place.kind == "event" and located and located[-1].kind in ("country", "city"):
            venues = [located[-1]]
            if len(located) > 1 and located[-2].kind in ("country", "city") and located[-2].end == venues[0].start:
                venues.insert(0, located[-2])  # "阿根廷布宜诺斯艾利斯"
            between = sentence.low[venues[-1].end : place.start]
            if not between.strip() or _HELD.match(between):
                city = next((venue.city for venue in reversed(venues) if venue.city), None)
                del located[-len(venues) :]
                located.append(Place(venues[0].start, place.end, venues[-1].country, city, place.event, "event_in"))
                continue
        located.append(place)
    return located
