"""Chinese pairing: which leader each travel trigger belongs to, and the destinations it governs.

Chinese puts the time and the manner between the traveller and the verb, and the destination after
it: "国家主席习近平将于11月27日至12月5日对西班牙、阿根廷进行国事访问", "普京不会赴印度出席峰会",
"马克龙飞抵北京". A trigger governs the places right after it (a list joined by "、", "和", "及"), or,
in the foreign ministry's formula, those between "对" and "进行...访问" ("对上述四国": the countries of
the invitation), or the place a "在" puts the leader in ("在印尼参加", "在华期间"). Its traveller is
the nearest leader before it who is not the inviting host ("应X邀请"), someone met or rung ("会见X"),
or the owner of someone else ("普京的助手"), unless someone else is named in between ("他表示美国国务卿
克里将出访菲律宾"); leaders joined by "和", "与", "、" travel together, and so does one "与...共同出席".
A trip noun ("中国之行", "对法国的国事访问", "访华期间") belongs to the leader before it; "正在日本访问的
胡锦涛" to the one it describes. Last, a leader none of these paired is the subject of his future verb of
presence where "在" or "于" puts it ("蔡英文将于巴拉圭国会发表演说"), the least sure reading.
"""

from __future__ import annotations

import re

from pipeline.travel.languages.zh.lexicon import LEXICON as L
from pipeline.travel.pairing import FALLBACK_TRIGGER, Pair, Trigger
from pipeline.travel.sentences import Place, Ref, Sentence, placed_as_before

_STOP = r"[^,;:。!?]"  # any character inside one clause

_VISIT = r"(?:(?:" + L.source("visit_kind") + r")(?:性)?的?)*(?:访问|出访|访)"
_TRIP_NOUN = L.source("trip_noun")
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
    ("ended", r"结束(?:了)?(?:对(?P<edest>" + _STOP + r"{1,40}?)的)?" + _STOP + r"{0,10}?(?:" + _TRIP_NOUN + ")"),
    # "对法国的国事访问", "对中国的访问"
    ("noun", r"对(?P<ndest>" + _STOP + r"{1,40}?)的" + _STOP + r"{0,10}?(?:" + _TRIP_NOUN + ")"),
    # "正在日本访问", "在华期间", "在印尼参加", "在北京出席" (not past a "与": "在俄与印度、巴西领导人举行会晤"
    # names whom the leader meets, not where)
    ("stay", r"在(?P<sdest>[^,;:。!?与同跟]{1,24}?)(?:" + L.source("stay_verb") + r")"),
    ("arrive", L.source("arrive_verb")),
    ("transit", L.source("transit_verb")),
    ("attend", L.source("attend_verb")),
    ("left", L.source("left_verb")),
    ("move", L.source("move_verb")),
    ("visit", L.source("visit_verb")),
    ("stop", L.source("tour_stop")),
)
_PATTERNS = [(kind, re.compile(source)) for kind, source in _KINDS]
# Where a trigger can begin: each kind is tried there in turn, and the first that governs a place wins.
# Where a trigger can begin, and the kinds that can begin with that character, in their order.
_FIRST_CHARS = {"formula": "对", "ended": "结", "noun": "对", "stay": "在"}
_VERB_LISTS = {
    "arrive": "arrive_verb",
    "transit": "transit_verb",
    "attend": "attend_verb",
    "left": "left_verb",
    "move": "move_verb",
    "visit": "visit_verb",
    "stop": "tour_stop",
}
_BY_FIRST_CHAR: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _kind, _pattern in _PATTERNS:
    _chars = _FIRST_CHARS.get(_kind) or {word[0] for word in L.words(_VERB_LISTS[_kind])}
    for _char in _chars:
        _BY_FIRST_CHAR.setdefault(_char, []).append((_kind, _pattern))
_STARTS = re.compile("[" + "".join(sorted(_BY_FIRST_CHAR)) + "]")
_INNER = {"formula": "fdest", "ended": "edest", "noun": "ndest", "stay": "sdest"}
_CONNECTORS = re.compile(r"[、,和及与]|以及")
_LAST_OF_LIST = re.compile(r",\s*(?:以及|及)")
_ALSO_AT = re.compile(r"(?:以及|及|和|并|与)\s*(?:在|于)?\s*$")
# "安倍将亲自出席,", "习近平将出席并发表重要讲话": the gathering named before
_OBJECTLESS = re.compile(r"\s*(?:[,;:。!?]|并|$)")
_THE_GATHERING = re.compile(
    r"\s*(?:" + L.source("this_word") + r")?" + _STOP + r"{0,4}?(?:" + L.source("gathering_noun") + r")"
)
# "与普京等人共同参加": the verb shares the destination of the one before it in the sentence
_SHARED = re.compile(r"(?:" + L.source("companion_after") + r"|" + L.source("shared_marker") + r")(?:将|会|要)?\s*$")
# Verbs of one character that name a trip only with a place right after them: "赴美", "到北京", "去年" is none.
# "中日两国", "中日韩三国": the countries before it are a gathering's members ("出席中日两国...会议")
_MEMBERS = re.compile(r"\s*[两二三四五六七八九\d]个?国(?!家)")
# "出席中日韩首脑会谈", "出席中日韩领导人会议", "出席中巴工商界峰会": countries written together before a meeting's
# word are its members
_MEMBERS_MEETING = re.compile(
    r"\s*(?:"
    + L.source("office_word")
    + r"|首脑|外长|[\u4e00-\u9fff]{1,4}?)?\s*(?:"
    + L.source("meeting_noun")
    + r"|"
    + L.source("gathering_noun")
    + r")"
)
_SHORT_VERBS = frozenset({"赴", "去", "到", "来", "抵", "访", "离"})
# Words a trigger's first place may follow: "出席在阿根廷举行的", "前往中美洲的多明尼加", "出席将于9月举行的峰会"
# ("出访欧洲三国:法国、...", "访问欧洲3国、加拿大和美国", "前往南太平洋三友邦马绍尔群岛、...",
# "出访东南亚三个国家,分别是马来西亚、...": a count of the countries before their names; "前往乌邻国波兰":
# a country's neighbour, by its one-character name)
# (and after a described group, its members: "出访中南美的邦交国,包括宏都拉斯、尼加拉瓜", "出访的友邦包括巴拉圭")
_DESCRIPTOR_ENDS = "".join(sorted({descriptor[-1] for descriptor in L.words("place_descriptor")}))
_FILLER = re.compile(
    r"\s*(?:"
    + L.source("verb_filler")
    + r"){0,2}(?:"
    + L.source("place_descriptor")
    + r"|"
    + L.source("this_word")
    + r"|的|、|和|及|「[^」]{1,8}」|[\u4e00-\u9fff]{1,2}(?="
    + L.source("neighbour_word")
    + r")|[两二三四五六七八九十\d]+个?(?:国家?\s*(?::|,?\s*(?:"
    + L.source("named_next")
    + r")\s*:?)?|(?="
    + L.source("place_descriptor")
    + r"))|(?<=["
    + _DESCRIPTOR_ENDS
    + r"])\s*[,,]?\s*(?:"
    + L.source("named_next")
    + r")\s*:?)*\s*$"
)
# "出席将于9月举行的峰会", "出席在印度新德里召开的": a gathering's own words between the verb and its place
_OF_GAP = re.compile(_STOP + r"{0,10}(?:" + L.source("held") + r")\s*[「『\"]?\s*$")
# "访问我国太平洋友邦马绍尔群岛": "我国" owns the ally named after it, and is no destination
_OURS = re.compile(r"我国(?=(?:" + L.source("place_descriptor") + r")*?(?:" + L.source("ally_word") + r"))")
_LIST = re.compile(r"(?:" + L.source("state_suffix") + r")?\s*(?:" + L.source("list_connector") + r")?\s*")
# "对上述四国", "对该国", "对这两个国家": the countries named before
_THOSE = re.compile(r"(?:" + L.source("those_word") + r")" + _STOP + r"{0,4}?(?:" + L.source("country_word") + r")")
# "中国之行", "北京行程", "亚洲行": a trip noun right after a place
_NOUN_AFTER_PLACE = re.compile(
    r"\s*(?:的)?(?:" + L.source("visit_kind") + r")?(?:之行|之旅|行程|访问|行(?![动政业长为]))"
)
_INVITATION = re.compile(
    r"(?:" + L.source("invitation_opener") + r")" + _STOP + r"{0,60}?(?:的)?邀请|应" + _STOP + r"{0,60}?之邀"
)
_OFFICE = r"(?:" + _STOP + r"{0,10}?(?:" + L.source("office_word") + r"))?"
_OBJECT_BEFORE = re.compile(r"(?:" + L.source("object_marker") + r")" + _OFFICE + r"\s*$")
# "特朗普及夫人", "李显龙、联合国秘书长古特雷斯": someone listed with the leader (after the country or
# body they serve), who goes with him
_JOINED_BEFORE = re.compile(r"(?:" + L.source("coordinator") + r")[^,;:。!?和与及、]{0,8}$")
_REPLACED_BEFORE = re.compile(r"(?:" + L.source("replaced_marker") + r")" + _OFFICE + r"\s*$")
_WITH_BEFORE = re.compile(r"(?:" + L.source("with_marker") + r")" + _OFFICE + r"\s*$")
_MEETING = re.compile(r"[,;]|" + L.source("meeting_verb"))
# "拜登将于6月招待前来国是访问的印度总理莫迪": the guest travels, to the host's country
_HOSTING = re.compile(
    r"(?:(?:"
    + L.source("host_verb")
    + r")了?"
    + _STOP
    + r"{0,4}?|(?:"
    + L.source("host_with")
    + r"))(?:"
    + L.source("guest_word")
    + r")"
    + _STOP
    + r"{0,12}?的"
)
_COMPANION_AFTER = re.compile(r"\s*(?:等人|等)?\s*(?:" + L.source("companion_after") + r")")
# A foreign name written in full, its parts joined by dots, of which the names know the last part only:
# "塔博·" of "总统塔博·姆贝基", "若奥·贝尔纳多·维埃拉" after a title
_NAME_PARTS = r"(?:[\u4e00-\u9fff]{1,8}[·•・\-—])+"
# The rest of a foreign name written in full, of which the names know the first part only: "·雅各布" of
# "总统哈莉玛·雅各布"
_NAME_REST = r"(?:[·•・][\u4e00-\u9fff]{1,8})+"
# "和", "、" between two leaders, after a Latin name or a bracket the first may carry ("川普(Donald Trump)和"),
# or the bracket's end when the name in it is the leader's too ("安华(Anwar Ibrahim)、"), or a title's full
# name ("总统若奥·贝尔纳多·维埃拉、", "总统哈莉玛·雅各布、"); the next may follow its state's formal name
# ("、利比里亚共和国总统")
_COORDINATED = re.compile(
    r"\s*(?:\([^)]{0,40}\)|[a-z][a-z .·'-]{0,30}|"
    + _NAME_PARTS
    + r"[\u4e00-\u9fff]{1,8}|"
    + _NAME_REST
    + r")?\s*\)?\s*(?:"
    + L.source("spouse_after")
    + r")?\s*(?:"
    + L.source("coordinator")
    + r")(?:"
    + _STOP
    + r"{0,12}?(?:"
    + L.source("state_suffix")
    + r"))?"
    + _OFFICE
    + r"\s*$"
)
_NAME_GAP = re.compile(_NAME_PARTS)
# ... or after a title, the name the names do not know, written in one piece: "吉尔吉斯斯坦总理萨里耶夫、"
_TITLED_COORDINATED = re.compile(r"(?:(?![的和与及将在于对已曾、,])[\u4e00-\u9fff]){2,6}?" + _COORDINATED.pattern)
_NOT_VISIT_BEFORE = re.compile(r"(?:" + L.source("not_visit_before") + r")$")
_NOT_JOURNEY_BEFORE = re.compile(r"(?:" + L.source("not_journey_before") + r")$")
# (not "及夫人", "暨夫人": with her; nor "莫迪1日在政府工作会议上": a date, a place or an object is no owner's office)
_OF_OTHER = re.compile(r"\s*(?:的)?[^,;:。!?和与及暨、同跟在于对向将从\d]{0,6}?(?:" + L.source("of_other") + r")")
# "访问的", "访问期间的", "峰会的" (the gathering after its venue: "出席新德里峰会的美国总统拜登")
_MODIFIED = re.compile(
    r"\s*(?:" + L.source("gathering_noun") + r")?\s*(?:" + L.source("describing") + r")?的" + _OFFICE + r"\s*$"
)
_SENT = L.pattern("send_verb")
# "出席安倍国葬的政府代表团成员。", "参加峰会的代表团名单包括": the clause describes a delegation, at its end
_DELEGATION_AFTER = re.compile(
    _STOP
    + r"{0,30}?的"
    + _STOP
    + r"{0,6}?(?:"
    + L.source("delegation_noun")
    + r")(?:成员|名单)?\s*(?:[,;:。!?]|包括|$)"
)
_LEADS_BEFORE = re.compile(r"(?:" + L.source("leads") + r")\s*$")
# after a leader, his own ceremony: "尼加拉瓜总统就职典礼", "总统奥蒂嘉(Daniel Ortega)就职典礼"
_CEREMONY_AFTER = re.compile(r"\s*\)?\s*(?:\([^)]{0,40}\))?\s*(?:" + L.source("office_ceremony") + ")")
# "东盟峰会由副总统贺锦丽参与", "俄罗斯将由拉夫罗夫代表出席": someone else attends (but "由于", "自由", and
# "由北京前往": a place after "由" is where a journey starts)
_BY_ANOTHER = re.compile(
    r"(?<![自理经缘])(?:"
    + L.source("agent_marker")
    + r")(?!于)[\u4e00-\u9fff·]{1,12}?(?:"
    + L.source("on_behalf")
    + r")?$"
)
_CONTRAST = re.compile(r",\s*(?:" + L.source("contrast_opener") + r")(?!" + L.source("contrast_goes_on") + r")")
_SIDELINES = re.compile(r"(?:期间|会见|会晤|举行)$")
# "启程出访", "出发前往中南美洲访问": set off on a tour named by its region only
_SET_OFF = re.compile(
    r"(?:"
    + L.source("departed")
    + r")\s*(?:"
    + L.source("tour_word")
    + r"|(?:前往|赴)(?=(?:"
    + L.source("place_descriptor")
    + r")+(?:访问|出访|进行|之旅|[,。]|$)))"
)
# "于日本奈良市的东大寺与李在明举行领袖会谈", "在北京同普京会晤": a meeting, and where it is held
_MEETING_AT = re.compile(
    r"(?:在|于)(?P<where>[^,;:。!?在于]{1,24}?)(?:与|同|和|跟)(?P<whom>"
    + _STOP
    + r"{1,28}?)(?:"
    + L.source("meeting_noun")
    + r")"
)
_HEADLINE_BREAK = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
_REPORTED = re.compile(r"(?:" + L.source("reporting_verb") + r")[\s,:\"「『]*")
_SUBJECTLESS = re.compile(r"[\s,:\"「『]*(?:" + L.source("subjectless_opening") + r"|\d)")
_TRAVELLER_WINDOW = 90


def find_pairs(sentence: Sentence) -> list[Pair]:
    """Every (traveller, trigger, destinations) of ``sentence``, then the guests of a host, then the fallback's."""
    pairs: list[Pair] = []
    for trigger, destinations in _triggers(sentence):
        for ref, how in _travellers(trigger, destinations, sentence):
            pairs.append(Pair(ref, trigger, tuple(destinations), how))
    for match in _HOSTING.finditer(sentence.low):
        pairs.extend(_hosted(match, sentence))
    for match in _MEETING_AT.finditer(sentence.low):
        pairs.extend(_met(match, sentence))
    for match in _RECEIVED_AT.finditer(sentence.low):
        pairs.extend(_met(match, sentence))
    for match in _SET_OFF.finditer(sentence.low):
        pairs.extend(_set_off(match, sentence))
    for match in _ATTENDEES.finditer(sentence.low):
        pairs.extend(_attendees(match, sentence))
    return pairs + _future_clauses(sentence, {pair.traveller.leader for pair in pairs})


# "蔡英文将于巴拉圭国会发表演说", "普京将主持在哈萨克斯坦举行的峰会": a future word, then in its clause a verb of
# presence, and the place "在" or "于" puts it in: before the verb, or as the venue of a gathering after it
_FUTURE = L.pattern("future")
_NOT_FUTURE = L.pattern("not_future")
_PRESENCE_AFTER = re.compile(_STOP + r"{0,40}?(?P<verb>" + L.source("presence_verb") + r")")
# (not "对于", "关于", "由于": "将对于中国发表" is about China)
_AT = re.compile(r"(?:在|(?<![对关由至基鉴属用])于)\s*$")
# "在布宜诺斯艾利斯的玫瑰宫会见": a venue's own words between the place and the verb (not another "在" or "于")
_VENUE_GAP = re.compile(r"[^,;:。!?在于]{0,10}")
# but not a topic ("在叙利亚问题上发表"), a frame ("在中国的支持下发表") or a clock ("于北京时间12日出席")
_NOT_A_VENUE = re.compile(r"^\s*时间|(?:" + L.source("topic_noun") + r")|下\s*$")
_DURING = re.compile(r"期间|间隙")
# "主持11月在哈萨克斯坦举行的峰会": the gathering's date between the verb and its venue
_GATHERING_GAP = re.compile(r"[^,;:。!?在于]{0,12}(?:在|于)\s*")


def _future_clauses(sentence: Sentence, paired: set[str]) -> list[Pair]:
    """The fallback for a leader no travel word paired (``paired``: those one did): the subject of a future verb
    of presence, where its clause places it (kind ``FALLBACK_TRIGGER``, from the future word to the verb: the
    least sure reading)."""
    text = sentence.low
    futures = _NOT_FUTURE.sub(lambda found: " " * len(found.group(0)), text)  # "会见", "峰会": no future word
    pairs: list[Pair] = []
    read_to = 0
    for future in _FUTURE.finditer(futures):
        verb = _PRESENCE_AFTER.match(text, future.end())
        if future.start() < read_to or verb is None:
            continue
        read_to = verb.end()
        places = _where_present(future.end(), verb, sentence)
        if not places or _another_does_it(future.end(), verb.start("verb"), sentence):
            continue
        trigger = Trigger(future.start(), verb.end(), text[future.start() : verb.end()], FALLBACK_TRIGGER)
        pairs.extend(
            Pair(ref, trigger, tuple(places), "fallback_subject")
            for ref, how in _travellers(trigger, places, sentence)
            if how != "described" and ref.leader not in paired
        )
    return pairs


def _another_does_it(start: int, end: int, sentence: Sentence) -> bool:
    """ "考虑邀请习近平出席": a leader named between the future word and the verb is the one who does it (but
    "将在北京与习近平签署": he is met)."""
    text = sentence.low
    return any(
        start <= ref.start and ref.end <= end and not _WITH_BEFORE.search(text, max(0, ref.start - 20), ref.start)
        for ref in sentence.refs
    )


def _where_present(position: int, verb: re.Match[str], sentence: Sentence) -> list[Place]:
    """The places of the verb of presence ``verb``, in its clause from ``position``: the last "在" or "于" puts
    before it ("于北京时间12日在东京出席": Tokyo; "在印度新德里": both), or the venue of the gathering after it
    ("主持在哈萨克斯坦举行的峰会")."""
    text = sentence.low
    runs: list[list[Place]] = []
    for place in sentence.places:
        if runs and runs[-1][-1].end == place.start:
            runs[-1].append(place)
        elif place.start >= position:
            runs.append([place])
    before = [
        run
        for run in runs
        if run[-1].end <= verb.start("verb") and _AT.search(text, max(position, run[0].start - 2), run[0].start)
    ]
    if before:
        run, gap = before[-1], text[before[-1][-1].end : verb.start("verb")]
        if any(place.event is not None for place in run) and _DURING.search(gap):
            return []  # "可望在东盟峰会期间举行双边会谈": attendance only implied, as "在...峰会期间与习近平会谈"
        return run if _VENUE_GAP.fullmatch(gap) and not _NOT_A_VENUE.search(gap) else []
    after = [run for run in runs if run[0].start >= verb.end()]
    if not after or not _GATHERING_GAP.fullmatch(text, verb.end(), after[0][0].start):
        return []
    held = after[0][-1].kind == "event_in" or _HELD_HERE.match(text, after[0][-1].end) is not None
    return after[0] if held else []


# "预定出席者包括美国总统欧巴马、法国总统欧兰德", "确定出席的领导人包括...": a gathering's attendees, listed
# "应邀出席峰会的外国元首有...", "17位领导人已确认出席G20峰会,当中包括...", "其余领导人都将于31日抵达北京
# 出席峰会,包含...": the same, named after the gathering
_ATTENDEES = re.compile(
    r"(?:"
    + L.source("attend_verb")
    + r")(?:者|"
    + _STOP
    + r"{0,8}?的"
    + _STOP
    + r"{0,6}?(?:"
    + L.source("attendee_word")
    + r"))(?:包括|有|为)|(?:"
    + L.source("attendee_word")
    + r")"
    + _STOP
    + r"{0,20}?(?:"
    + L.source("attend_verb")
    + r")"
    + _STOP
    + r"{0,20}?,\s*(?:当中|其中)?(?:包括|包含)"
    # "这次的东协峰会聚集十多国领袖和高官,包括日本新任首相高市早苗": the leaders a gathering brings together
    + r"|(?:"
    + L.source("gather_verb")
    + r")"
    + _STOP
    + r"{0,12}?(?:"
    + L.source("attendee_word")
    + r")"
    + _STOP
    + r"{0,8}?,\s*(?:当中|其中)?(?:包括|包含)"
)
# after a trip's clause, the travellers it describes, then listed: "对中国进行访问的外国领导人,包括", "赴华的领导人
# 举行双边会谈,包括", "来华出席开幕式的外国领导人有:" (not "有望", "有意": a verb of the leaders)
_TRAVELLERS_LISTED = re.compile(
    r"[^,;:。!?与同跟和]{0,12}?的"
    + _STOP
    + r"{0,6}?(?:"
    + L.source("attendee_word")
    + r")"
    + _STOP
    + r"{0,16}?,?\s*(?:当中|其中)?(?:包括|包含|有(?![望意可机所])|为(?![了何]))\s*[:,]?"
)
_CLAUSE_START = re.compile(r"[,;:。!?]")
# between two attendees of a list, others listed who are no watched leader ("、美国国务卿布林肯、"), and the
# last one's ",以及"
_LISTED = re.compile(
    r"(?:\s*(?:\([^)]{0,40}\))?\s*(?:"
    + L.source("coordinator")
    + r")[^,;:。!?、]{1,16}?)*?\s*,?"
    + _COORDINATED.pattern
)
# the foreign ministry's list, each attendee's title after the name and country before it: "包括阿根廷马克里总统、
# 俄罗斯普京总统" (between the two names: "总统、俄罗斯", or "、俄罗斯" where the title is read with the name)
_LISTED_TITLE_AFTER = re.compile(
    r"\s*(?:"
    + L.source("office_word")
    + r")?\s*(?:\([^)]{0,40}\))?\s*(?:"
    + L.source("coordinator")
    + r")[^,;:。!?、和与及]{0,8}$"
)


def _attendees(match: re.Match[str], sentence: Sentence) -> list[Pair]:
    """The leaders listed as a gathering's attendees go to it: the gathering named before in the sentence, or
    in the sentences before. The trigger is the list's clause up to "包括", whose words say the tense
    ("预定出席者包括": scheduled)."""
    text = sentence.low
    events = [place for place in sentence.places if place.event is not None and place.end <= match.end()]
    where = events[-1] if events else sentence.context_event
    listed = _listed_after(match.end(), sentence)
    if where is None or not listed:
        return []
    start = max((found.end() for found in _CLAUSE_START.finditer(text, 0, match.start())), default=0)
    trigger = Trigger(start, match.end(), text[start : match.end()], "attend")
    return [Pair(ref, trigger, (where,), "attendee") for ref in listed]


def _listed_after(position: int, sentence: Sentence) -> list[Ref]:
    """The leaders of the list that begins at ``position`` ("包括美国总统拜登、法国总统马克龙和印度总理莫迪"), one
    reference each; none if the first is not near."""
    text = sentence.low
    after = [ref for ref in sentence.refs if ref.start >= position]
    if len(after) > 1 and after[0].how == "pronoun" and _RELATIVE_CLAUSE.fullmatch(text, after[0].end, after[1].start):
        after = after[1:]  # "包括他在本月会晤的意大利总理梅洛尼": the subject of a clause describing the one listed
    if not after or not _GUEST_GAP.fullmatch(text, position, after[0].start):
        return []
    listed = [after[0]]
    for ref in after[1:]:
        if (
            ref.leader != listed[-1].leader
            and not _LISTED.fullmatch(text, listed[-1].end, ref.start)
            and not _LISTED_TITLE_AFTER.match(text, listed[-1].end, ref.start)
        ):
            break
        listed.append(ref)
    return _distinct(listed)


def _set_off(match: re.Match[str], sentence: Sentence) -> list[Pair]:
    """ "蔡英文启程出访中美洲": set off on a tour, named by region only; its legs the article gives are under way.
    The departure is a trip "from" home (kind ``left``), which the rules read as ``set_off`` and no alert."""
    if any(place.start - match.end() <= 2 and place.start >= match.end() for place in sentence.places):
        return []  # "启程出访巴拉圭": the verb's own trip
    trigger = Trigger(match.start(), match.end(), match.group(0), "left")
    pairs = []
    for ref, how in _travellers(trigger, [], sentence):
        home = next((m for m in sentence.mentions if m.entity == ref.leader and m.country), None)
        if home is not None:
            place = Place(ref.start, ref.end, home.country or "", None, None, "country")
            pairs.append(Pair(ref, trigger, (place,), how))
    return pairs


def _met(match: re.Match[str], sentence: Sentence) -> list[Pair]:
    """ "高市早苗正协调于日本奈良市与李在明举行领袖会谈", "拜登将在白宫会见以色列总统赫尔佐格": both sides of a
    meeting are where it is held."""
    start, end = match.span("where")
    where = [place for place in sentence.places if start <= place.start <= start + 1 and place.end <= end]
    if not where or where[0].event is not None:
        return []  # "在电话中与普京会谈": no place; "在APEC峰会期间与习近平会谈": attendance only implied
    if any(place.start == where[0].end and place.country != where[0].country for place in sentence.places):
        return []  # "在中印领导人会晤框架下与莫迪会晤", "在美俄峰会上与普京会面": two countries that meet, not where
    whom = [ref for ref in sentence.refs if match.start("whom") <= ref.start and ref.end <= match.end("whom")]
    # "在华盛顿接待澳大利亚总理阿尔巴内塞、印度总理莫迪和日本首相岸田文雄": each of the list
    for ref in sentence.refs:
        if not whom or ref.start < whom[-1].end:
            continue
        # (the first may end on a name the names do not know: "澳大利亚总理阿尔巴内塞、")
        unknown = match.end("whom") if match.end("whom") <= ref.start else whom[-1].end
        if ref.leader != whom[-1].leader and not any(
            _COORDINATED.fullmatch(sentence.low, end, ref.start) for end in {whom[-1].end, unknown}
        ):
            break
        whom.append(ref)
    host = host_of(match.start(), sentence)
    trigger = Trigger(match.start(), match.end(), match.group(0), "host")
    parties = _distinct(whom + ([host] if host is not None else []))
    return [Pair(ref, trigger, tuple(where[:1]), "meeting_party") for ref in parties]


# a clause describing the one named after it: "(他)在本月会晤的意大利总理"
_RELATIVE_CLAUSE = re.compile(_STOP + r"{1,16}?的" + _STOP + r"{0,12}")
# between "到访的" and the first watched guest: titles, or others of the list ("欧盟执委会主席冯德莱恩、")
_GUEST_GAP = re.compile(_STOP + r"{0,24}")


def _hosted(match: re.Match[str], sentence: Sentence) -> list[Pair]:
    """ "拜登将于6月招待前来国是访问的印度总理莫迪": the guest travels to the host's country (or to the place
    "在" names before the verb: "习近平在北京会见来访的...")."""
    after = [ref for ref in sentence.refs if ref.start >= match.end()]
    host = host_of(match.start(), sentence)
    if not after or host is None or not _GUEST_GAP.fullmatch(sentence.low, match.end(), after[0].start):
        return []
    guests = [after[0]]  # "到访的法国总统马克宏、德国总理梅尔茨": each of the list
    for ref in after[1:]:
        if ref.leader != guests[-1].leader and not _COORDINATED.fullmatch(sentence.low, guests[-1].end, ref.start):
            break
        guests.append(ref)
    there = [place for place in sentence.places if host.end <= place.start and place.end <= match.start()]
    if there:
        destination = there[-1]
    else:
        home = next(
            (m.country for m in sentence.mentions if m.entity == host.leader and m.kind in ("leader", "title")), None
        )
        if home is None:
            return []
        destination = Place(host.start, host.end, home, None, None, "country")
    trigger = Trigger(match.start(), match.end(), match.group(0), "host")
    return [Pair(guest, trigger, (destination,), "guest") for guest in _distinct(guests)]


# "在白宫会见以色列总统赫尔佐格": received at a place, by the clause's subject
_RECEIVED_AT = re.compile(
    r"(?:在|于)(?P<where>[^,;:。!?在于]{1,24}?)(?:"
    + L.source("host_verb")
    + r")(?![会宴仪])了?(?P<whom>(?:"
    + _STOP
    + r"{0,8}?(?:"
    + L.source("office_word")
    + r"))?\s*[\u4e00-\u9fff·]{2,6})"
)


def host_of(position: int, sentence: Sentence) -> Ref | None:
    """The host of a guest named at ``position``: the subject of its clause, the first leader after any
    reporting verb ("X表示,拜登将于6月招待...": Biden)."""
    reported = [found.end() for found in _REPORTED.finditer(sentence.low, 0, position)]
    start = reported[-1] if reported else 0
    # "应澳大利亚总理阿博特邀请,习近平将...并在斐济同...会晤": the inviter is not the clause's subject
    inviting = [found.span() for found in _INVITATION.finditer(sentence.low, start, position)]
    return next(
        (
            ref
            for ref in sentence.refs
            if start <= ref.start
            and ref.end <= position
            and not any(begin <= ref.start and ref.end <= end for begin, end in inviting)
        ),
        None,
    )


_MET_OR_JOINED = L.pattern("meeting_verb", "companion_after")


def pronoun_subject(sentence: Sentence, position: int, named: list[Ref]) -> str | None:
    """ "拜登将与莫迪举行会谈,随后他将前往日本", "与石破茂共同参加峰会,随后他将前往中国": the pronoun at ``position``
    goes on with the clause's subject, not with the leader met or joined ("与莫迪…会谈", "会见莫迪") named
    nearer to it; None to take the nearest of ``named``."""
    text = sentence.low
    if not named or text[position : position + 1] not in ("他", "她"):
        return None
    nearest = named[-1]
    if not (_met_before(nearest, text) and _MET_OR_JOINED.search(text, nearest.end, position)):
        return None
    subjects = [ref for ref in named if ref.leader != nearest.leader and not _met_before(ref, text)]
    return subjects[-1].leader if subjects else None


def _met_before(ref: Ref, text: str) -> bool:
    before = text[max(0, ref.start - 16) : ref.start]
    return _OBJECT_BEFORE.search(before) is not None or _WITH_BEFORE.search(before) is not None


def _distinct(refs: list[Ref]) -> list[Ref]:
    """One reference per leader ("法国总统马克宏": the title's and the name's), the last of each."""
    return list({ref.leader: ref for ref in refs}.values())


def _triggers(sentence: Sentence) -> list[tuple[Trigger, list[Place]]]:
    text, places = sentence.low, sentence.places
    found: list[tuple[Trigger, list[Place]]] = []
    end = 0
    for start in _STARTS.finditer(text):
        if start.start() < end:
            continue
        for kind, pattern in _BY_FIRST_CHAR[start.group(0)]:
            match = pattern.match(text, start.start())
            if match is None:
                continue
            destinations = _destinations(kind, match, found, sentence)
            if destinations:
                found.append((Trigger(match.start(), match.end(), match.group(0), kind), destinations))
                end = match.end()
                break
    # "出席在印尼举行的东盟峰会,以及在印度举行的G20峰会": a second gathering joined to the first one's verb
    for place in places:
        if place.kind == "event_in" and _ALSO_AT.search(text, max(0, place.start - 6), place.start):
            before = [item for item in found if item[0].end <= place.start and item[0].kind in ("attend", "stay")]
            if before and not any(place is other for _, chosen in found for other in chosen):
                before[-1][1].append(place)
    # a trip noun right after a place: "中国之行", "此次亚洲行", "北京行程"
    for place in places:
        noun = _NOUN_AFTER_PLACE.match(text, place.end)
        if noun is not None and place.kind in ("country", "city"):
            trigger = Trigger(noun.start(), noun.end(), noun.group(0), "noun")
            if not any(trigger.start < t.end and t.start < trigger.end for t, _ in found):
                found.append((trigger, [place]))
    found.sort(key=lambda item: item[0].start)
    return found


_TOPIC = L.pattern("topic_noun")
_STOP_IS = re.compile(r"\s*(?:" + L.source("stop_is") + r")\s*")


def _destinations(
    kind: str, match: re.Match[str], found: list[tuple[Trigger, list[Place]]], sentence: Sentence
) -> list[Place]:
    text, places = sentence.low, sentence.places
    inner = _INNER.get(kind)
    if inner is not None:
        destinations = _inside(match.start(inner), match.end(inner), places, text)
        if kind == "stay" and _SIDELINES.search(match.group(0)) and any(p.event is not None for p in destinations):
            return []  # "在APEC峰会期间与习近平会谈": attendance only implied ("在峰会上发表演讲" is attendance)
        if kind == "stay" and _TOPIC.search(match.group(inner)):
            return []  # "在俄乌战争开始后", "在朝鲜问题上": a topic, no place the leader is in
        if not destinations and kind != "stay" and _THOSE.search(text, *match.span(inner)):
            destinations = _countries_before(match.start(), sentence)
        return destinations
    if match.group(0) == "到" and _NOT_JOURNEY_BEFORE.search(text, max(0, match.start() - 2), match.start()):
        return []  # "铺到达沃斯", "谈到中国": "as far as", no journey
    if match.group(0) == "访" and _NOT_VISIT_BEFORE.search(text, max(0, match.start() - 1), match.start()):
        return []  # "专访美国总统": an interview
    end = match.end()
    if kind == "stop":
        copula = _STOP_IS.match(text, end)  # "中东之行的第一站为以色列": the stop is the place after its copula
        end = copula.end() if copula is not None else end
    destinations = _after(end, match.group(0), sentence)
    if kind == "attend" and destinations and _MEMBERS.match(text, destinations[-1].end):
        return []  # "出席中日两国领导人会议": the countries that meet, not where
    if kind == "attend" and len(destinations) > 1 and _MEMBERS_MEETING.match(text, destinations[-1].end):
        # "出席中日韩首脑会谈": the same, written together (but "出席G20杭州峰会": an event and its city); "出席在新加坡
        # 举行的东盟与中日韩领导人会议": the members after the gathering's body, which stays
        members = len(destinations)
        while (
            members > 0
            and destinations[members - 1].kind == "country"
            and (members == len(destinations) or destinations[members - 1].end == destinations[members].start)
        ):
            members -= 1
        if len(destinations) - members > 1:
            return destinations[:members]
    if not destinations and kind in ("attend", "visit", "move"):
        if found and _SHARED.search(text, max(0, match.start() - 6), match.start()):
            return found[-1][1]  # "与俄罗斯总统普京等人共同参加": the same gathering
        if kind == "attend" and (_THE_GATHERING.match(text, match.end()) or _OBJECTLESS.match(text, match.end())):
            # "将出席峰会", "将出席此次会议": the gathering named before, in the sentence or before it
            events = [place for place in places if place.event is not None and place.end <= match.start()]
            if events:
                return events[-1:]
            # "东协峰会26日到28日将在马来西亚吉隆坡进行,美国总统川普传将亲自出席": the venue of the gathering told
            venues = [
                place
                for place in places
                if place.end <= match.start()
                and _VENUE_BEFORE.search(text, max(0, place.start - 9), place.start)
                and _HELD_AFTER.match(text, place.end)
            ]
            if venues:
                return venues[-1:]
            if sentence.context_event is not None:
                return [sentence.context_event]
    return destinations


_VENUE_BEFORE = re.compile(r"在[^,;。]{0,8}$")
_HELD_AFTER = re.compile(r"[^,;。]{0,6}?" + L.source("held_verb"))


def _countries_before(position: int, sentence: Sentence) -> list[Place]:
    """ "应美国总统布什、沙特国王阿卜杜拉邀请，胡锦涛将对上述两国进行国事访问": the countries of the invitation
    (of its places, and of the leaders and titles that name their country), else of the words before."""
    invitations = list(_INVITATION.finditer(sentence.low, 0, position))
    start, end = invitations[-1].span() if invitations else (0, position)
    countries: dict[str, Place] = {}
    for mention in sentence.mentions:
        where = mention.start - sentence.offset
        if start <= where < end and mention.country and mention.kind in ("country", "adjective", "leader", "title"):
            countries.setdefault(
                mention.country, Place(where, mention.end - sentence.offset, mention.country, None, None, "country")
            )
    return list(countries.values())


def _inside(start: int, end: int, places: list[Place], text: str) -> list[Place]:
    """The places between ``start`` and ``end``, if the words there are little else ("对西班牙、阿根廷")."""
    inside = [place for place in places if start <= place.start and place.end <= end]
    rest = len(text[start:end].strip())
    for place in inside:
        rest -= place.end - place.start
    rest -= len(_CONNECTORS.findall(text, start, end))
    return inside if rest <= 5 else []


def _after(position: int, trigger_text: str, sentence: Sentence) -> list[Place]:
    """The places a verb governs: the first right after it (or after its date: "出席9日至10日在印度举行的"),
    and the ones listed with it."""
    text = sentence.low
    after = [place for place in sentence.places if place.start >= position and not _OURS.match(text, place.start)]
    if not after:
        return []
    first = after[0]
    gap = text[position : first.start]
    if _HEADLINE_BREAK.search(text, max(0, position - 1), first.start + 1):
        return []  # "出访友邦 美国「总统过境」简报延后": a headline's space parts its clauses
    for time in sentence.times:  # a date, or a relative time: "出席本周末在新德里举行的", "出席31日起在韩国召开的"
        if position <= time.start and time.end <= first.start:
            gap = re.sub(re.escape(text[time.start : time.end]) + r"起?", "", gap)  # as folded: "下週" is "下周"
    if trigger_text in _SHORT_VERBS:
        if gap.strip():
            return []
    elif not (_FILLER.match(gap) or (len(gap) <= 15 and _OF_GAP.match(gap))):
        return []
    chosen = [first]
    for place in after[1:]:
        between = text[chosen[-1].end : place.start]
        if between and not between.strip():
            break  # "莫迪将访俄罗斯 美国反应耐人寻味", "出席APEC 美中韩元首...": a headline's next clause
        # "马绍尔群岛、吐瓦鲁,及帛琉", "...,以及帛琉": a comma before the list's last "及"
        if not between or _LIST.fullmatch(between.replace(",", "", 1) if _LAST_OF_LIST.search(between) else between):
            chosen.append(place)
        else:
            break
    return chosen


def _travellers(trigger: Trigger, destinations: list[Place], sentence: Sentence) -> list[tuple[Ref, str]]:
    text, refs = sentence.low, sentence.refs
    # "正在日本访问的中国国家主席胡锦涛", "即将出席新德里峰会的美国总统拜登": the leader the clause describes,
    # whoever the sentence named before it
    end = max([trigger.end] + [place.end for place in destinations])
    # "来华出席开幕式的外国领导人有:...", "与多位赴华的领导人举行会谈,包括印度总理莫迪、...": the leaders listed
    listing = _TRAVELLERS_LISTED.match(text, end)
    if listing is not None:
        listed = _listed_after(listing.end(), sentence)
        if listed:
            return [(ref, "described") for ref in listed]
    described = [ref for ref in refs if ref.start >= end and ref.start - end <= 12]
    if described and _MODIFIED.match(text[end : described[0].start]):
        return [(described[0], "described")]
    if _DELEGATION_AFTER.match(text, end) and not _LEADS_BEFORE.search(text, max(0, trigger.start - 3), trigger.start):
        return []  # "拜登公布了出席安倍国葬的代表团成员": the delegation travels
    hosts = [match.span() for match in _INVITATION.finditer(text, 0, trigger.start)]
    units = _units([ref for ref in refs if ref.end <= trigger.start], text)
    objects = _objects(units, text, trigger)
    subjects: list[tuple[Ref, Ref]] = []
    companions: list[Ref] = []
    joined_at = trigger.start  # where the list of travellers found so far begins
    for position in range(len(units) - 1, -1, -1):
        first, last = units[position]
        if trigger.start - last.end > _TRAVELLER_WINDOW and not subjects:
            break  # (but a list of travellers goes on as far as it is joined)
        if (
            any(start <= first.start and last.end <= end for start, end in hosts)
            or _OF_OTHER.match(text, last.end)
            or _replaced(text, first.start)
            or _nickname(last, text)
            or _CEREMONY_AFTER.match(text, last.end)
        ):
            # "应普京邀请": the host; "普京的助手": someone else; "代替习近平": not going; "川习会": a meeting;
            # "尼加拉瓜总统就职典礼": the one whose ceremony it is, at home
            continue
        if subjects:
            if _COORDINATED.fullmatch(text, last.end, joined_at) or (
                last.how == "title" and _TITLED_COORDINATED.fullmatch(text, last.end, joined_at)
            ):
                subjects.append((first, last))  # "习近平和普京将出席": both go
                joined_at = first.start
                continue
            if first is last and last.how == "title" and _NAME_GAP.fullmatch(text, last.end, joined_at):
                joined_at = first.start  # "总统阿卜杜勒—阿齐兹·布特弗利卡": the title of the name after it
                continue
            break
        if objects[position] and trigger.start - last.end > 1:
            if _COMPANION_AFTER.match(text, last.end):
                companions.append(last)  # "与普京等人共同参加": Putin goes too
            continue  # "会见普京", "与习近平和李强会面后": met, not travelling (but "迎接习近平对越南进行国事访问")
        if _someone_else_between(last.end, trigger.start, sentence):
            break
        subjects.append((first, last))
        joined_at = first.start
    if subjects or companions:
        how = "possessor" if trigger.kind in ("noun", "stay") else "subject"
        found = [(last, how if index == 0 else "coordinated") for index, (_, last) in enumerate(subjects)]
        return found + [(ref, "companion") for ref in companions]
    return []


# "川习会", "习拜会": a summit's nickname, one character for each leader who meets
_NICKNAME_REST = re.compile(r"[\u4e00-\u9fff]?会")


def _nickname(ref: Ref, text: str) -> bool:
    """Whether ``ref`` is a leader's character inside a meeting's nickname ("川习会后将访问美国": no one's trip)."""
    return ref.how == "name" and ref.end - ref.start == 1 and _NICKNAME_REST.match(text, ref.end) is not None


def _replaced(text: str, position: int) -> bool:
    """ "代替习近平", "代表习近平主席出席": the leader named at ``position`` is replaced or represented (but
    "中方代表李强", "特别代表王毅": a representative is named)."""
    found = _REPLACED_BEFORE.search(text, max(0, position - 20), position)
    return found is not None and text[max(0, found.start() - 1) : found.start()] not in _REPRESENTATIVE_OF


_REPRESENTATIVE_OF = frozenset("方国特席总")


def _someone_else_between(start: int, end: int, sentence: Sentence) -> bool:
    """ "他还表示美国国务卿克里将出访菲律宾", "奥巴马表示,克里将率团访问": another person's trip."""
    for match in sentence.language.other_person.finditer(sentence.text, start, end):
        before = max(0, match.start() - 20)
        if not _OBJECT_BEFORE.search(sentence.low, before, match.start()) and not _JOINED_BEFORE.search(
            sentence.low, before, match.start()
        ):
            return True  # but "特朗普及夫人梅拉尼娅将...": she goes with him
    if _SENT.search(sentence.low, start, end) or _CONTRAST.search(sentence.low, start, end):
        return True  # "派遣特使团赴中国": the one sent; "莫迪将访华,而斯瓦拉杰将于今日起到中国": another subject
    by = _BY_ANOTHER.search(sentence.low, start, end)
    if by is not None and not any(by.start() <= place.start < end for place in sentence.places):
        return True  # "峰会由贺锦丽参与": she attends, not the leader before
    reported = list(_REPORTED.finditer(sentence.low, start, end))
    return bool(reported) and not _SUBJECTLESS.match(sentence.low, reported[-1].end())


def _objects(units: list[tuple[Ref, Ref]], text: str, trigger: Trigger) -> list[bool]:
    """Which units are met or addressed ("会见普京", "与普京会谈后"), with every leader listed after such a one."""
    flags: list[bool] = []
    for position, (first, last) in enumerate(units):
        marked = _OBJECT_BEFORE.search(text, max(0, first.start - 20), first.start) is not None or (
            _WITH_BEFORE.search(text, max(0, first.start - 20), first.start) is not None
            and _MEETING.search(text, last.end, trigger.start) is not None
        )
        listed = position > 0 and _COORDINATED.fullmatch(text, units[position - 1][1].end, first.start) is not None
        # "会见普京和莫迪": as the one before it in the list; "拜登与莫迪会谈后": met all the same
        flags.append(marked or (listed and flags[-1]))
    return flags


def _units(refs: list[Ref], text: str) -> list[tuple[Ref, Ref]]:
    """Adjacent references to one leader ("国家主席习近平", "总统塔博·姆贝基") as one unit: (first, last)."""
    units: list[tuple[Ref, Ref]] = []
    for ref in refs:
        if (
            units
            and units[-1][1].leader == ref.leader
            and (ref.start - units[-1][1].end <= 1 or _NAME_GAP.fullmatch(text, units[-1][1].end, ref.start))
        ):
            units[-1] = (units[-1][0], ref)
        else:
            units.append((ref, ref))
    return units


# "在印尼巴厘岛(Bali)举行的二十国集团峰会": a place the names do not know (a resort, a district) may stand
# between the venue and the word that holds the event there
_HELD = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{1,5}(?:\([^)]{1,24}\))?)?(?:" + L.source("held") + r")" + _STOP + r"{0,20}?$"
)


_LESSER_MEETING_AFTER = re.compile(
    r"(?:成员国)?(?:第[\d一二三四五六七八九十]+(?:次|届))?(?:" + L.source("lesser_meeting") + r")"
)
_MEMBERS_AFTER = re.compile(r"(?:" + L.source("members_of_a_body") + r")")
# the states of a body, counted or not ("东盟三国", "东协国家", "东盟各国"), but not their leaders' meeting ("东盟国家
# 领导人会议")
_STATES_OF_A_BODY = re.compile(
    r"(?:[两二三四五六七八九十\d]{1,2}个?|各)?国家?(?!家)(?!"
    + L.source("attendee_word")
    + r"|"
    + L.source("office_word")
    + r")"
)


def locate_events(sentence: Sentence) -> list[Place]:
    """The sentence's places, each event held where the text says: "在阿根廷布宜诺斯艾利斯举行的二十国集团
    峰会", "天津上合组织峰会": the venue named before the event is its place, whatever the edition's; an event
    whose host the page's date cannot give (an undated page) is held where the sentences before located it."""
    located: list[Place] = []
    for place in placed_as_before(sentence.places, sentence.context_event):
        if place.event is not None and _LESSER_MEETING_AFTER.match(sentence.low, place.end):
            continue  # "上海合作組織成員國第十五次總理會議": the body's ministers or premiers meet, not at its summit
        if place.event is not None and _STATES_OF_A_BODY.match(sentence.low, place.end):
            continue  # "出访东盟三国", "访问东协国家印尼": the body's states, not its summit
        members = _MEMBERS_AFTER.match(sentence.low, place.end) if place.event is not None else None
        if members is not None and sentence.context_event is not None and _country_at(members.end(), sentence):
            # "上海合作组织成员国哈萨克斯坦总理马西莫夫...将出席会议" after "上海合作组织成员国总理第十四次会议将于...
            # 举行": the body's members, who go to the meeting named before (with none named before, "上合组织成员国
            # 俄罗斯、中国...的总统将出席峰会" is of the body's summit)
            continue
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
    return [_held_after(index, located, sentence.low) for index in range(len(located))]


def _country_at(position: int, sentence: Sentence) -> bool:
    """Whether a country (or its adjective, "哈萨克斯坦总理") is named at ``position`` of the sentence."""
    return any(
        mention.start - sentence.offset == position and mention.kind in ("country", "adjective")
        for mention in sentence.mentions
    )


# "G20峰会9月初将在杭州举行": an event, then where it will be held
_TO_BE_HELD = re.compile(r"[^,;:。!?在]{0,12}?在\s*$")
_HELD_HERE = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,5}?(?:\([^)]{1,24}\))?)?(?:" + L.source("held") + r")")


def _held_after(index: int, located: list[Place], text: str) -> Place:
    """An event whose host no edition gives (an undated page) is held where the words after it say."""
    place = located[index]
    if place.kind != "event" or place.country or index + 1 == len(located):
        return place
    venues = [located[index + 1]]
    if index + 2 < len(located) and located[index + 2].start == venues[0].end:
        venues.append(located[index + 2])  # "在印尼巴厘岛举行"
    if any(venue.kind not in ("country", "city") for venue in venues):
        return place
    if not _TO_BE_HELD.search(text, place.end, venues[0].start) or not _HELD_HERE.match(text, venues[-1].end):
        return place
    city = next((venue.city for venue in reversed(venues) if venue.city), None)
    return Place(place.start, place.end, venues[-1].country, city, place.event, "event_in")


_GATHERING = L.pattern("gathering_noun")
# "在新加坡国立大学的文化中心为李光耀举行国葬", "在伦敦举行的葬礼": "在" names the venue, then the words that hold
# the gathering there (a building the names do not know may follow the place)
_VENUE_THEN_HELD = re.compile(r"[^,;:。!?在于]{0,24}?(?:" + L.source("held") + r")[^,;:。!?]{0,20}?$")
_AT_BEFORE = re.compile(r"(?:在|于)\s*$")
# "葬礼将于29日在新加坡举行", "葬礼,将在26日下午4点,圣彼得广场举行": the gathering, then where it will be held
_GATHERING_THEN_AT = re.compile(r"[^;:。!?]{0,30}?(?:在|于)[^;:。!?在于]{0,24}?$")
_HELD_RIGHT_AFTER = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,5}?)?(?:" + L.source("held") + r")")


def gathering_venue(sentence: Sentence) -> Place | None:
    """Where a gathering the gazetteer does not know is held ("李光耀的葬礼", "此次仪式"): the place "在" names
    before the words that hold it ("在新加坡举行的葬礼"), else the place where the text says it will be held
    ("葬礼将于29日在新加坡举行"); for "将出席," and attendance lists in the sentences after it. (Not the place
    a trip for it goes to, "将赴新德里出席峰会": a leader who "不会出席" after it is too often not the subject.)"""
    text = sentence.low
    gathering = _GATHERING.search(text)
    if gathering is None:
        return None
    places = [place for place in sentence.places if place.kind in ("city", "country")]
    for place in places:
        if (
            place.end <= gathering.start()
            and _AT_BEFORE.search(text, max(0, place.start - 2), place.start)
            and _VENUE_THEN_HELD.fullmatch(text, place.end, gathering.start())
        ):
            return place
    for place in places:
        if (
            place.start >= gathering.end()
            and _GATHERING_THEN_AT.fullmatch(text, gathering.end(), place.start)
            and _HELD_RIGHT_AFTER.match(text, place.end)
        ):
            return place
    return None
