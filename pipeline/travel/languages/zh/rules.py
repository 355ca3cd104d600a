"""Chinese status rules: an ordered table, the first rule that applies decides (see :mod:`pipeline.travel.status`).

:class:`ChineseClues` turns one pairing into the spans the rules read: ``gap`` (between traveller and
trigger: where Chinese puts "将", "曾", "正在", "不会", "计划"), ``before`` (the words before the
traveller: "邀请", "希望"), ``after`` (what follows the trigger and its places: "了", "期间", "的邀请"),
``clause`` (the comma clause around both) and the trigger's time. Order is meaning: the specific
readings (an ended visit, a calling-off, a denial, an invitation) come before the general ones (an
auxiliary "将" is a plan, "曾" a past trip, a date ahead a plan).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cached_property

from pipeline.records import TripStatus
from pipeline.tagging.chinese import fold_chinese
from pipeline.travel.languages.zh.dates import number, time_for
from pipeline.travel.languages.zh.lexicon import LEXICON as L
from pipeline.travel.languages.zh.pairing import host_of
from pipeline.travel.sentences import Place, Sentence
from pipeline.travel.status import Clues, Rule, Tables, Test, always, either, every, negate
from pipeline.travel.timing import TimeExpression, day_just_gone

# a comma, or a space between Chinese words: headlines part their clauses with one ("蔡英文今出访友邦 美国...")
_CLAUSE_BREAK = re.compile(r"[,;:。!?]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_STOP = r"[^,;:。!?]"
_NO_PLAN = re.compile(r"(?:" + L.source("no_word") + r")" + _STOP + r"{0,10}?(?:" + L.source("plan_noun") + r")")
_INVITE = L.source("invite")
# "邀请金正恩", "邀请朝鲜最高领导人金正恩": the one invited, right after the word or after his title
_INVITED_BEFORE = re.compile(
    r"(?:" + _INVITE + r")(?:" + _STOP + r"{0,4}|" + _STOP + r"{0,10}?(?:" + L.source("office_word") + r"))$"
)
# An invitation taken up: "应普京邀请", "受习近平之邀" (an inviter named), "应邀", "接受了…邀请"; but "受邀访问",
# "获邀" alone only say an invitation was received.
_ACCEPTED = re.compile(
    r"应"
    + _STOP
    + r"{0,60}?(?:邀请|之邀)|受"
    + _STOP
    + r"{1,60}?(?:邀请|之邀)|应邀|(?:"
    + L.source("accepted")
    + r")"
    + _STOP
    + r"{0,12}?邀请"
)
_INVITATION_SENT = re.compile(r"(?:" + L.source("invitation_sent") + r")" + _STOP + r"{0,8}?邀请|邀请函")
# (not "会" of "会见", "会谈", "会计"; but "将见证" is future)
_FUTURE = re.compile(r"(?:" + L.source("future") + r")(?!(?<=会)[见晤谈议面场员计])")
_NOT_FUTURE = L.pattern("not_future")
_PERFECTIVE_AFTER = re.compile(r"\s*(?:了|过)(?!解|程|境|去|后)")
_PERFECTIVE_INSIDE = re.compile(r"了(?!解)")
_ALREADY = re.compile(r"已经?$")
_QUESTION = re.compile(r"\?[\s\"”」』)]*$")  # a question ("...吗?"): only whether there is one is asked
_NOT_GONE = re.compile(r"(?:" + L.source("not_word") + r")\s*(?:亲自)?$")
_ASIDE = re.compile(r"\([^)]*\)|【[^】]*】")  # "(中央社新德里19日综合外电报导)": a dateline, not a report
_TEMPORAL_AFTER = re.compile(r"\s*(?:" + L.source("temporal") + r")")
_ANNOUNCED = L.pattern("announce")
_HEDGE = L.pattern("hedge")
_OFFICIAL = L.pattern("official")
_NOT_BEFORE = re.compile(r"(?:" + L.source("not_word") + r")\s*$")
_ONGOING = L.pattern("ongoing")
# "第五次访问", "第24次会议", "第十七次会议": an ordinal (of a visit or a meeting) counts none behind; the whole
# number is read, so no digit of it is taken for a count ("第24次" is no "4次")
_TIMES = re.compile(
    r"(?<![首第\d零一二三四五六七八九十百两])(?<!第\s)(?:[2-9]|[1-9]\d+|[二三四五六七八九十两几数多][十百]?[一二三四五六七八九]?)\s*次|"
    + L.source("times")
)
# "将是他首度拜访华盛顿", "将由他率团出访": the future verb stands before the traveller
# after a past marker, a plan announced then: "此前已确定出席", "早前宣布将访问", "曾表示将出席"
_SAID_AHEAD = re.compile(r"(?:" + L.source("announce") + r"|将)")
# "计划在9月派国务院总理李强赴纽约": the sender's plan is the trip's; "将改由中国国务院总理李强率团出席": the one
# who goes instead
_FUTURE_BEFORE = re.compile(
    r"(?:"
    + L.source("future")
    + r")(?:(?:是|为|(?:改|则|交)?由(?:"
    + _STOP
    + r"{0,10}?(?:"
    + L.source("office_word")
    + r"))?)?\s*|"
    + _STOP
    + r"{0,10}?(?:"
    + L.source("send_verb")
    + r")(?:"
    + _STOP
    + r"{0,8}?(?:"
    + L.source("office_word")
    + r"))?)$"
)
# "若特朗普今年访华,习近平明年愿赴美": the clause before the traveller's is a condition
_CONDITION_CLAUSE = re.compile(r"(?:^|[,;:。!?])\s*(?:" + L.source("if_word") + r")" + _STOP + r"*,\s*$")
_DEPARTED = L.pattern("departed")
_ENDED = L.pattern("ended")
_REPORTED = L.pattern("reporting_verb")
_EN_ROUTE = re.compile(r"\s*(?:的)?(?:" + L.source("en_route") + r")")
_MAYBE_BEFORE = L.pattern("maybe")
_RARE_LISTS = (
    "ban", "never", "not_happened", "denied_report", "rescheduled_for", "postpone", "cancel", "not_absent",
    "no_word", "deny", "remote", "invite", "condition", "if_word", "wish", "original_plan", "habit", "continue",
    "en_route", "unchanged",
)  # fmt: skip
_TRIP_NOUN_NEAR = L.pattern("called_off_object")
_CONTINUE_AFTER = re.compile(r"\s*,?\s*(?:" + L.source("continue") + r")")
_NEXT_VERB_FUTURE = re.compile(r"[^。]{0,20}?(?:,|" + L.source("next_verb") + r")\s*(?:" + L.source("future") + r")")
# "川普访华将是在十九大后", "行程可能缩水": a trip noun whose clause goes on in the future
_FUTURE_AFTER = re.compile(r"\s*(?:" + _STOP + r"{0,8}?)(?:" + L.source("future") + r")")
_NOT_AFTER = re.compile(r"\s*(?:" + L.source("temporal") + r"|" + L.source("perfective") + r")")
# "30日启程往中国准备出席峰会的元首": set out already; what follows the setting out is its purpose
# (not "出发": "从两国关系大局出发,将访问" proceeds from a principle)
_SET_OUT = re.compile(r"(?:启程|起程|动身)")
# "结束4日访华行程", "完成访美行程后": the trip the verb names is one being ended
# (but "结束访日后将对韩国进行国事访问": a visit after the one ended)
_ENDING_BEFORE = re.compile(r"(?:结束|完成)了?[^,;:。!?后]{0,8}$")
_TRIP_NOUN_AFTER = re.compile(r"\s*(?:的)?(?:" + L.source("trip_noun") + r")")


class ChineseClues(Clues):
    """The spans of one Chinese pairing that the rules read (see the module docstring)."""

    @cached_property
    def gap(self) -> str:
        """The words between traveller and trigger, after the last reporting verb ("川普表示,将于4月访华")."""
        ref, start = self.ref, self.trigger.start
        if self.pair.how == "attendee":
            return ""  # the list's own clause, the trigger, says the tense
        if self.pair.how == "described":
            # "即将出席新德里峰会的美国总统拜登": the describing clause's own words, not the sentence's before it
            left = max((m.end() for m in _CLAUSE_BREAK.finditer(self.text, 0, start)), default=0)
            return self.text[left:start]
        if ref.end > start:
            # a guest named after the host's verb: the host's words say the tense ("拜登将于6月招待...")
            host = host_of(start, self.sentence)
            return self.text[host.end if host else 0 : start]
        reported = list(_REPORTED.finditer(self.text, ref.end, start))
        return self.text[reported[-1].end() if reported else ref.end : start]

    @cached_property
    def before(self) -> str:
        return self.text[max(0, self.ref.start - 25) : self.ref.start]

    @cached_property
    def places_end(self) -> int:
        return max([self.trigger.end] + [place.end for place in self.pair.destinations])

    @cached_property
    def after(self) -> str:
        return self.text[self.places_end : self.places_end + 20]

    @cached_property
    def rest_of_clause(self) -> str:
        """What follows the trigger and its places up to the clause's end ("的行程被取消")."""
        end = _CLAUSE_BREAK.search(self.text, self.places_end)
        return self.text[self.places_end : end.start() if end else len(self.text)]

    @cached_property
    def verb_part(self) -> str:
        """The gap and the trigger, without the invitation clause ("应普京邀请，"), which says nothing of tense."""
        return _ACCEPTED.sub("", self.gap) + self.trigger.text

    @cached_property
    def clause(self) -> str:
        """The words from the clause before the traveller to the end of the trigger's clause."""
        text = self.text
        start = min(self.ref.start, self.trigger.start)
        left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
        right = _CLAUSE_BREAK.search(text, self.places_end)
        return text[left : right.start() if right else len(text)]

    @cached_property
    def rare_cue(self) -> bool:
        return self.of_sentence("rare_cue", _has_rare_cue)

    @cached_property
    def time(self) -> TimeExpression | None:
        return time_for(self.trigger.start, self.places_end, self.sentence.times, self.text)

    def resolved(self, tense: str) -> date | None:
        time = self.time
        return time.resolve(self.day, tense).start if time is not None else None  # type: ignore[arg-type]

    @cached_property
    def nearest(self) -> date | None:
        """The trip time's start where nothing says which way it points: the nearer of the two readings
        ("12日至13日" in a paper of the 15th is two days ago, not four weeks ahead); a bare weekday is the
        last one (a coming one is written "将于周五", "下周五")."""
        ahead, behind = self.resolved("future"), self.resolved("past")
        if ahead is None or behind is None or self.day is None:
            return ahead or behind
        time = self.time
        if time is not None and time.kind == "weekday" and time.step is None:
            return behind
        return behind if (self.day - behind) < (ahead - self.day) else ahead


def _has_rare_cue(sentence: Sentence) -> bool:
    return L.occurs(_RARE_LISTS, sentence.low) or _QUESTION.search(sentence.low) is not None


def _c(clues: Clues) -> ChineseClues:
    assert isinstance(clues, ChineseClues)
    return clues


def _in(name: str, span: str) -> bool:
    return L.search(name, span) is not None


# -- the tests the rules use ------------------------------------------------------------------------


def _ban(c: Clues) -> bool:
    return _in("ban", c.text)


def _never(c: Clues) -> bool:
    return _in("never", _c(c).gap)


def _did_not_happen(c: Clues) -> bool:
    clues = _c(c)
    return _in("not_happened", clues.clause) or _in("not_happened", clues.after)


def _denied_report(c: Clues) -> bool:
    """ "否认普京将访问印度的报道", "习近平将于明年访问美国的说法并不属实": a report of the trip, denied."""
    if _in("neither_nor", c.text):
        return False
    before = _in("denied_report", c.text[: c.trigger.start]) and _in("denied_report", _c(c).clause + _c(c).before)
    return before or _REPORT_DENIED.search(c.text, _c(c).places_end) is not None


# "川普到英国进行国是访问的计画未变", "这个计划并没有改变": a trip's plan that stands
_PLAN_UNCHANGED = re.compile(
    r"(?:" + L.source("plan_noun") + r")" + _STOP + r"{0,2}?(?:" + L.source("unchanged") + r")"
)


def _plan_unchanged(c: Clues) -> bool:
    """ "特朗普已推迟访英,首相办公室表示,特朗普对英国的国事访问计划没有改变": the plan of the trip, told after it
    in the sentence, stands, whatever the sentence said of its calling-off (not another trip's, with places of its
    own: "访问日本,访问韩国的计划不变")."""
    end = _c(c).places_end
    cue = _PLAN_UNCHANGED.search(c.text, end)
    if cue is None or _MAYBE_BEFORE.search(c.text, max(end, cue.start() - 12), cue.start()):
        return False
    named = {place.country for place in c.sentence.places if max(end, cue.start() - 10) <= place.start < cue.start()}
    return not named or named <= {place.country for place in c.pair.destinations}


def _rescheduled_for_a_date(c: Clues) -> bool:
    clues = _c(c)
    return _in("rescheduled_for", clues.clause) and clues.time is not None


_FRAME_THEN_TRIP = re.compile(r"[^,;。]{0,40}?(?:之)?后[^,;。]{1,30}?" + L.source("trip_after_frame"))


_FILE_PHOTO = re.compile(r"\W*" + L.source("file_photo"))
_OUTCOME_AFTER = re.compile(r"的" + L.source("outcome_noun"))


def _outcome_told(c: Clues) -> bool:
    """ "通报...会晤的结果": the trip's words end on its outcome."""
    return (
        c.trigger.text.endswith(("的结果", "的結果", "的成果"))
        or _OUTCOME_AFTER.match(c.text, c.trigger.end) is not None
    )


def _dates_another_trip(c: Clues) -> bool:
    """ "取消原计划在出席G20峰会后对英国和荷兰的访问": a trip told only to date another ("after attending"), which
    the words about that other trip (its calling-off, its original plan) do not touch."""
    return "在" in c.text[max(0, c.trigger.start - 3) : c.trigger.start] and (
        _FRAME_THEN_TRIP.match(c.text, c.trigger.end) is not None
    )


def _called_off(name: str, c: Clues) -> bool:
    """A calling-off ("取消", "推迟") in the trip's clause that is not only possible ("可能...甚至取消")."""
    clues = _c(c)
    if _dates_another_trip(c):
        return False
    for span in (clues.clause, clues.rest_of_clause):
        cue = L.search(name, span)
        if cue is not None and not _MAYBE_BEFORE.search(span, max(0, cue.start() - 12), cue.start()):
            return True
    return False


def _later_called_off(name: str, c: Clues) -> bool:
    """ "得知美方不允许其过境纽约后,才决定取消出访行程": a later clause calls the whole trip off."""
    end = _c(c).places_end
    rest = c.text[end:]
    cue = L.search(name, rest)
    if (
        cue is None
        or _TRIP_NOUN_NEAR.search(rest, max(0, cue.start() - 8), cue.end() + 8) is None
        or _MAYBE_BEFORE.search(rest, max(0, cue.start() - 12), cue.start())
    ):
        return False
    # "赴日本出席峰会,但取消会后访问澳洲的行程": the trip called off has places of its own, not this one's
    named = {place.country for place in c.sentence.places if end + cue.start() <= place.start <= end + cue.end() + 20}
    return not named or bool(named & {place.country for place in c.pair.destinations})


def _set_out(c: Clues) -> bool:
    """ "30日启程往中国准备出席峰会的外国元首有...": a setting out with no future word before it, at a time
    not ahead, has begun the trip (the "准备出席" after it is its purpose, not its tense)."""
    gap = _c(c).verb_part
    found = _SET_OUT.search(gap)
    return (
        found is not None
        and _FUTURE.search(_NOT_FUTURE.sub(" ", gap[: found.start()])) is None
        and _HEDGE.search(gap, 0, found.start()) is None
        and not _time_ahead(c)
    )


def _ending(c: Clues) -> bool:
    """ "晚上离开北京,结束4日访华行程": the visit named is the one ending (now or on the day said)."""
    start = c.trigger.start
    return (
        _ENDING_BEFORE.search(c.text, max(0, start - 12), start) is not None
        and _TRIP_NOUN_AFTER.match(c.text, _c(c).places_end) is not None
    )


def _postponed(c: Clues) -> bool:
    return _called_off("postpone", c)


def _cancelled(c: Clues) -> bool:
    return _called_off("cancel", c)


def _not_absent(c: Clues) -> bool:
    return _in("not_absent", _c(c).verb_part)


def _no_plan(c: Clues) -> bool:
    """ "没有计划前往", "近期没有访问中国的计划", "暂无海外访问的安排"."""
    clues = _c(c)
    return _NO_PLAN.search(clues.verb_part + c.text[c.trigger.end : clues.places_end] + clues.after) is not None


def _denied(c: Clues) -> bool:
    return _in("deny", _c(c).verb_part)


# "在与习近平视讯通话后,已接受邀请,将访问中国": a call held on screens before, not the trip's way
_REMOTE_CALL = re.compile(r"(?:" + L.source("remote") + r")(?:" + L.source("remote_call") + r")")


def _remote(c: Clues) -> bool:
    """ "通过视频连线参加", "出席世界经济论坛在线对话会": not there in person, so no trip."""
    return _in("remote", _REMOTE_CALL.sub("", _c(c).verb_part)) or _in("remote", _c(c).after[:6])


def _accepted_invitation(c: Clues) -> bool:
    """ "应普京邀请，金正恩将...", "接受了邀请，将于...访华", "应邀出席": an invitation taken up."""
    clues = _c(c)
    accepted = _ACCEPTED.search(c.text, 0, c.trigger.start)
    if accepted is None or _FUTURE.search(clues.verb_part) is None:
        return False
    # "若教皇接受访朝邀请,他将成为首位...": an acceptance supposed, no plan
    return not _in("condition", c.text[max(0, accepted.start() - 12) : accepted.start()])


_RECEIVED = re.compile(r"(?:" + L.source("received") + r")" + _STOP + r"{0,20}?邀请")


def _received_and_planned(c: Clues) -> bool:
    """ "他已收到习近平的邀请,可能很快访问中国": the guest's own words after the invitation he received."""
    gap = _c(c).gap
    found = _RECEIVED.search(gap)
    return found is not None and _FUTURE.search(_NOT_FUTURE.sub(" ", gap[found.end() :])) is not None


def _invited(c: Clues) -> bool:
    """ "普京邀请金正恩访俄", "向金正恩发出访俄邀请", "邀请习近平出席": asked, not yet accepted."""
    clues = _c(c)
    if _ACCEPTED.search(clues.clause) is not None:
        return False
    return (
        _INVITED_BEFORE.search(clues.before) is not None
        or _in("invite", clues.gap)
        or _INVITATION_SENT.search(c.text) is not None
        or (c.trigger.text.startswith("访") and clues.after.lstrip().startswith("邀请"))
    )


def _conditional(c: Clues) -> bool:
    """ "如果普京访华", "普京是否将出席", "普京会访问中国吗?": a condition or a question, no plan."""
    clues = _c(c)
    return (
        _in("condition", clues.gap)
        or _in("condition", clues.before[-8:])
        or _CONDITION_CLAUSE.search(c.text, 0, _clause_start(c.text, c.ref.start)) is not None
        or _QUESTION.search(c.text) is not None
    )


def _clause_start(text: str, position: int) -> int:
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, position)), default=0)


def _wished_by_others(c: Clues) -> bool:
    return _in("wish", _c(c).before[-6:])


def _own_wish(c: Clues) -> bool:
    """ "岸田希望尽早访美", "默茨表示期待不久后访华": the traveller's own wish for the trip is a plan (but
    "希望有朝一日访问蒙古": a wish for some day is none; "希望在访华期间", "希望对法国的访问取得成果": a wish
    for the visit's days, or its outcome, says nothing of when the visit is)."""
    gap = _c(c).gap
    return c.kind not in NOUNS and _in("own_wish", gap) and not _in("some_day", gap) and not _temporal_clause(c)


def _original_plan(c: Clues) -> bool:
    return _in("original_plan", _c(c).gap) and not _dates_another_trip(c)


def _habit(c: Clues) -> bool:
    return _in("habit", _c(c).gap)


def _past_marker(c: Clues) -> bool:
    """ "曾访问", "此前访问过"; but "此前已确定出席", "早前宣布将访问": what was said before is a plan. "Last time"
    right before the traveller too: "和上次安倍首相访华安排一样" (like the arrangements of Abe's last China visit)."""
    verb_part = _c(c).verb_part
    marker = L.search("past_marker", verb_part)
    # (read from the marker on, without the words that hold a "将" that is no future: "都曾将西安作为...")
    if marker is not None and _SAID_AHEAD.search(_NOT_FUTURE.sub(" ", verb_part[marker.start() :])) is None:
        return True
    return _LAST_TIME_BEFORE.search(c.text, max(0, c.ref.start - 10), c.ref.start) is not None


# "上次安倍首相访华": the last time, before the traveller and his title
_LAST_TIME_BEFORE = re.compile(r"(?:上次|上一次)[^,;:。!?，；：、\s]{0,6}$")


def _perfective(c: Clues) -> bool:
    clues = _c(c)
    return (
        _PERFECTIVE_AFTER.match(c.text, c.trigger.end) is not None
        or _PERFECTIVE_AFTER.match(c.text, clues.places_end) is not None
        or _PERFECTIVE_INSIDE.search(c.trigger.text) is not None  # "进行了国事访问"
        or _ALREADY.search(clues.gap[-3:]) is not None  # "已抵达", "已经启程" (but "已确定出席" is a plan)
    )


# "正在积极进行出访北韩的准备": the trip is what is being prepared
_PREPARED_AFTER = re.compile(r"[^,;:。!?]{0,12}?的?(?:" + L.source("preparation") + r")")


def _ongoing(c: Clues) -> bool:
    """ "正在法国进行国事访问" ("在" may open the trigger); but "正在考虑越南之行" is a plan, and so is
    "正在进行出访北韩的准备"."""
    verb_part = _c(c).verb_part
    found = _ONGOING.search(verb_part)
    return (
        found is not None
        and _HEDGE.search(verb_part, found.end()) is None
        and _PREPARED_AFTER.match(c.text, c.trigger.end) is None
    )


def _future(c: Clues) -> bool:
    verb_part = _NOT_FUTURE.sub(" ", _c(c).verb_part)
    return _FUTURE.search(verb_part) is not None


def _future_nominal(c: Clues) -> bool:
    return _in("future_nominal", c.text[max(0, c.trigger.start - 12) : c.trigger.start])


def _future_after(c: Clues) -> bool:
    """ "川普访华将是在十九大后": nothing before the trip says its tense, the words after it do."""
    clues = _c(c)
    after = _NOT_FUTURE.sub(" ", clues.after)
    return not clues.gap.strip() and not _NOT_AFTER.match(after) and _FUTURE_AFTER.match(after) is not None


def _temporal_clause(c: Clues) -> bool:
    """ "普拉博沃抵达美国时", "访华期间": the trip dates another verb, whose tense is the sentence's."""
    return _TEMPORAL_AFTER.match(_c(c).after) is not None


def _future_in_sentence(c: Clues) -> bool:
    """ "访华期间,两国将签署", "在川普访华前": the sentence's own verb is future."""
    rest = c.text[: c.ref.start] + " " + c.text[_c(c).places_end :]
    return _FUTURE.search(_NOT_FUTURE.sub(" ", rest)) is not None


def _next_verb_future(c: Clues) -> bool:
    """ "应佐科邀请访问印度尼西亚,并将出席东亚峰会": the traveller's next verb is future, and so is this one."""
    return _NEXT_VERB_FUTURE.match(_NOT_FUTURE.sub(" ", c.text[_c(c).places_end : _c(c).places_end + 40])) is not None


def _same_trip_later_future(c: Clues) -> bool:
    """ "并未说明莫迪访问波兰的具体日期,但...莫迪将于本周稍晚展开出访行程": the traveller's trip, named again,
    lies ahead."""
    end = _c(c).places_end
    for ref in c.sentence.refs:
        if ref.start >= end and ref.leader == c.ref.leader:
            later = _NOT_FUTURE.sub(" ", c.text[ref.end : ref.end + 24])
            if _FUTURE.match(later) and _TRIP_NOUN_NEAR.search(later):
                return True
    return False


def _briefing(c: Clues) -> bool:
    """A briefing held on the trip ("就习近平主席出访举行中外媒体吹风会"), or officials told of its plans
    ("介绍习近平主席…对巴布亚新几内亚、文莱和菲律宾进行国事访问…有关情况", after a briefing named before)."""
    if _in("briefing", c.text):
        return True
    before = _BRIEFED_BEFORE.search(c.text, max(0, c.trigger.start - 120), c.trigger.start)
    return before is not None and _BRIEFED_AFTER.match(c.text, c.trigger.end) is not None


_BRIEFED_BEFORE = re.compile(L.source("briefed_on") + r"[^。;;!?]*$")
_BRIEFED_AFTER = re.compile(r"[^。;;!?]{0,80}?(?:" + L.source("briefed_matter") + r")")


def _set_off(c: Clues) -> bool:
    """ "岸田文雄已于9日启程离开日本": a leader leaving home is on a tour, whose legs are under way."""
    home = {m.country for m in c.sentence.mentions if m.kind in ("leader", "title") and m.entity == c.ref.leader}
    return any(place.country in home for place in c.pair.destinations) and not _future(c)


def _en_route(c: Clues) -> bool:
    """ "泽伦斯基今天前往美国途中表示": on the way there now."""
    return _EN_ROUTE.match(_c(c).after) is not None


def _continues(c: Clues) -> bool:
    """ "习近平还将赴曼彻斯特继续访英行程": a visit under way goes on."""
    clues = _c(c)
    return (
        _in("continue", clues.gap[-6:])
        or _in("continue", c.text[max(0, c.trigger.start - 4) : c.trigger.start])
        or _CONTINUE_AFTER.match(clues.after) is not None  # "前往维也纳,继续对奥地利的访问"
    )


def _planned_before(c: Clues) -> bool:
    return _FUTURE.search(_NOT_FUTURE.sub(" ", c.text[: c.trigger.start])) is not None


def _uncertain(c: Clues) -> bool:
    return _in("uncertain", _c(c).gap)


def _did_not_go(c: Clues) -> bool:
    """ "因这原因没去宏都拉斯", "蔡英文没有访问宏都拉斯": not going (the trip's side of it is said elsewhere)."""
    return _NOT_GONE.search(_c(c).gap) is not None


def _counted(c: Clues) -> bool:
    return _TIMES.search(_c(c).gap) is not None


def _future_before(c: Clues) -> bool:
    return _FUTURE_BEFORE.search(_c(c).before) is not None


def _departed(c: Clues) -> bool:
    return _DEPARTED.search(_c(c).gap) is not None or _DEPARTED.search(c.trigger.text) is not None


def _began(c: Clues) -> bool:
    return _in("began", _c(c).gap[-8:])


def explicitly_past(time: TimeExpression, day: date | None) -> bool:
    """ "去年", "上月", "两年前", "日前", a year gone by, a time of this year's named year that has ended ("今年1月
    下旬" in a paper of February), a day just gone ("将于11月6日至7日前往" on a page of November 10)."""
    if time.counted_back:
        return True
    if time.year_step is not None and time.year_step < 0:
        return True
    if L.search("explicit_past", time.text) is not None:
        return True
    if day is None:
        return False
    if time.kind == "year" and time.year is not None:
        return time.year < day.year
    if time.year_step == 0 or time.year == day.year:
        end = time.resolve(day, "past").end
        return end is not None and end < day
    return day_just_gone(time, day)


def _explicit_past_time(c: Clues) -> bool:
    time = _c(c).time
    return time is not None and explicitly_past(time, c.day)


def _not_behind(c: Clues) -> bool:
    """No time, or a time not gone by: what a weak cue of a plan needs ("今年4月在习近平访美的...期间": gone;
    "9月稍晚" in a paper of 15 September, "今年", have not ended, and are not gone)."""
    clues, day = _c(c), c.day
    start = clues.nearest
    if start is None or day is None or start >= day:
        return True
    time = clues.time
    if time is None or time.precision not in ("month", "year"):
        return False
    ahead = time.resolve(day, "future")
    return ahead.start == start and ahead.end is not None and ahead.end >= day


def _time_ahead(c: Clues) -> bool:
    """A time after the publication's day, or in an undated page a time that counts forward ("下周", "明天");
    or a time later than the report's, whatever day it is ("今年稍后时间", "本周稍晚")."""
    time = _c(c).time
    if time is not None and time.part == "later":
        return True
    if c.day is None:
        return time is not None and time.kind == "relative" and ((time.step or 0) > 0 or (time.count or 0) > 0)
    start = _c(c).nearest
    return start is not None and start > c.day


def _time_today(c: Clues) -> bool:
    """ "今天", "今起", or the publication's own day ("14日至16日" in an undated page is no day known)."""
    time = _c(c).time
    if time is None or time.precision != "day":
        return False
    if c.day is None:
        return time.kind == "relative" and time.step == 0
    return _c(c).resolved("past") == c.day


def _time_spans_today(c: Clues) -> bool:
    """ "本周在中国访问", "1日至3日访问日本" in a paper of the 2nd: a stay whose days hold the report's."""
    time, day = _c(c).time, c.day
    if time is None or day is None or time.precision not in ("day", "week"):
        return False
    span = time.resolve(day, "past")
    return span.start is not None and span.end is not None and span.start < day <= span.end


# "3日起展开为期12天的亚洲行": the days of a tour, from the day it began
_DAYS_FROM = re.compile(r"\s*起[^,;。!?]{0,12}?为期(?P<days>\d{1,2}|[一二三四五六七八九十两]{1,3})(?:天|日)")


def _tour_days_hold_today(c: Clues) -> bool:
    """ "川普3日起展开为期12天的亚洲行,依序访问日本、南韩" in a paper of the 4th: the tour's days hold the report's."""
    time, day = _c(c).time, c.day
    if time is None or day is None or time.precision != "day":
        return False
    found = _DAYS_FROM.match(c.text, time.end)
    if found is None:
        return False
    start = time.resolve(day, "past").start
    return start is not None and start <= day < start + timedelta(days=number(found.group("days")))


def _has_time(c: Clues) -> bool:
    return _c(c).time is not None and c.day is not None


# -- planned or confirmed; past or ongoing ----------------------------------------------------------


def _hedged(c: Clues) -> bool:
    """ "计划访问", "可能赴美": the traveller's own words are an intention or a likelihood."""
    return _HEDGE.search(_c(c).verb_part) is not None


def _reported(c: Clues) -> bool:
    """ "据报道", "消息人士透露": the news comes from reports, not from an announcement."""
    return _HEDGE.search(_ASIDE.sub(" ", c.text[: c.ref.start])) is not None


def _announced(c: Clues) -> bool:
    """An announcement ("宣布", "证实"; not "没有证实", "尚未宣布"), or an official source."""
    words = [not _NOT_BEFORE.search(c.text, max(0, m.start() - 3), m.start()) for m in _ANNOUNCED.finditer(c.text)]
    if words and not any(words):
        return False  # "发言人没有证实": an official who does not announce
    source = c.sentence.attribution
    return any(words) or (source is not None and _OFFICIAL.search(fold_chinese(source)) is not None)


def _scheduled(c: Clues) -> bool:
    clues = _c(c)
    time = clues.time
    return _in("scheduled", clues.verb_part) or (time is not None and time.precision == "day")


def _ended(c: Clues) -> bool:
    return _ENDED.search(c.text, c.trigger.end) is not None


def _age(c: Clues) -> int | None:
    start = _c(c).resolved("past")
    return (c.day - start).days if start is not None and c.day is not None else None


def _recent(c: Clues) -> bool:
    age = _age(c)
    return age is None or 0 <= age <= 4


def _undated_perfective(c: Clues) -> bool:
    """ "参加了杭州G20峰会": a trip begun by its perfective verb alone (the status rule "perfective", not "set_out"
    read before it), with no time of its own."""
    return _c(c).time is None and _perfective(c) and not _set_out(c)


ARRIVE = frozenset({"arrive"})
NOUNS = frozenset({"noun", "stay"})


def rare(test: Test) -> Test:
    """A test of one of the rarer readings (a calling-off, a denial, an invitation, a condition), tried only
    when the sentence holds one of their words: most sentences hold none, and skip a dozen searches."""

    def gated(clues: Clues) -> bool:
        return _c(clues).rare_cue and test(clues)

    return gated


STATUS_RULES: tuple[Rule, ...] = (
    # "普京若前往南非将面临逮捕": no trip in a sentence about a warrant
    Rule("travel_ban", None, rare(_ban)),
    # "资料照片: 5月3日,施罗德在柏林总理府举行仪式欢迎温家宝对德国进行正式访问": a file photo's caption tells the past
    Rule("file_photo", "past", lambda c: _FILE_PHOTO.match(c.text) is not None),
    Rule("ended_visit", "past", always, frozenset({"ended"})),
    Rule("ending_ahead", "ongoing", every(_ending, _future)),
    Rule("ended_trip", "past", _ending),
    Rule("set_off", "ongoing", _set_off, frozenset({"left"})),
    Rule("left_the_country", "past", always, frozenset({"left"})),
    Rule("en_route", "ongoing", rare(_en_route)),
    # "将通报他在8月15日于阿拉斯加与川普会晤的结果": the outcome of a meeting told is of one held
    Rule("outcome_told", "past", _outcome_told),
    Rule("continues_visit", "ongoing", rare(_continues)),
    Rule("never", None, rare(_never)),
    Rule("did_not_happen", "cancelled", rare(_did_not_happen)),
    Rule("denied_report", "denied", rare(_denied_report)),
    Rule("plan_unchanged", "future", rare(_plan_unchanged)),
    Rule("rescheduled_for_a_date", "future", rare(_rescheduled_for_a_date)),
    Rule("postponed", "postponed", rare(_postponed)),
    Rule("cancelled", "cancelled", rare(_cancelled)),
    Rule("later_postponed", "postponed", rare(lambda c: _later_called_off("postpone", c))),
    Rule("later_cancelled", "cancelled", rare(lambda c: _later_called_off("cancel", c))),
    Rule("will_not_be_absent", "future", rare(_not_absent)),
    Rule("no_plan", "denied", rare(_no_plan)),
    Rule("denied", "denied", rare(_denied)),
    Rule("remote", None, rare(_remote)),
    Rule("accepted_invitation", "future", rare(_accepted_invitation)),
    Rule("received_invitation_and_plan", "future", rare(_received_and_planned)),
    Rule("invitation", "invited", rare(_invited)),
    Rule("conditional", None, rare(_conditional)),
    Rule("wished_by_others", None, rare(_wished_by_others)),
    Rule("own_wish", "future", rare(_own_wish)),
    Rule("original_plan", None, rare(_original_plan)),
    Rule("habit", None, rare(_habit)),
    Rule("did_not_go", None, _did_not_go),
    Rule("past_marker", "past", _past_marker),
    Rule("set_out", "past_or_ongoing", _set_out),
    Rule("progressive", "ongoing", _ongoing),
    Rule("future_auxiliary", "future", every(_future, negate(_explicit_past_time))),
    Rule("future_before_traveller", "future", every(_future_before, _not_behind)),
    Rule("future_nominal", "future", _future_nominal, NOUNS),
    Rule("future_after_trip", "future", every(_future_after, _not_behind)),
    # (not a plan told in the past: "此前,…中国官方曾许诺,习近平在访问莫斯科后会与泽连斯基通话")
    Rule(
        "future_temporal_clause",
        "future",
        every(
            _temporal_clause,
            _future_in_sentence,
            _not_behind,
            lambda c: not _in("past_marker", c.text[: c.trigger.start]),
        ),
    ),
    Rule("temporal_clause", None, _temporal_clause),
    Rule("visits_counted", "past", _counted),
    Rule("uncertain_departure", "planned", every(_uncertain, either(_perfective, _departed))),
    Rule("perfective", "past_or_ongoing", _perfective),
    Rule("arrival_ahead", "future", every(_time_ahead, either(_departed, lambda c: c.kind == "arrive"))),
    # "准备出发,…先抵达美国夏威夷": an arrival in an itinerary is still ahead
    Rule("arrival_in_a_plan", "future", _planned_before, ARRIVE),
    Rule("arrived", "past_or_ongoing", always, ARRIVE),
    Rule("departed", "past_or_ongoing", _departed),
    Rule("began", "past_or_ongoing", _began),
    Rule(
        "surprise_visit",
        "past_or_ongoing",
        lambda c: _in("surprise", c.text[max(0, c.trigger.start - 2) : c.trigger.end]),
    ),
    Rule("next_verb_future", "future", every(_next_verb_future, _not_behind)),
    Rule("same_trip_later_future", "future", every(_same_trip_later_future, _not_behind)),
    Rule("briefing_before_the_trip", "future", _briefing),
    # "声明表示,拜登中东之行的第一站为以色列": a stop of a trip, announced (its days told before)
    Rule(
        "stop_announced",
        "future",
        every(lambda c: c.trigger.kind == "stop", _announced, negate(_past_marker), _not_behind),
    ),
    Rule("past_time", "past", _explicit_past_time),
    Rule("time_ahead", "future", _time_ahead),
    Rule("visiting_today", "ongoing", _time_today),
    Rule("visiting_these_days", "ongoing", _time_spans_today),
    Rule("tour_days_hold_today", "ongoing", _tour_days_hold_today),
    Rule("time_behind", "past", _has_time),
)

# "future": an intention or a report is a plan; an announcement or a dated schedule is confirmed.
FUTURE_RULES: tuple[Rule, ...] = (
    # "今天将在华府会见", "预计在25日下午抵达日本" in a paper of the 25th: the trip is under way on the day
    Rule("under_way_today", "ongoing", _time_today, frozenset({"stay", "arrive"})),
    Rule("hedged", "planned", _hedged),
    Rule("announced", "confirmed", _announced),
    Rule("reported", "planned", _reported),
    Rule("scheduled", "confirmed", _scheduled),
    Rule("plan", "planned", always),
)

# "past_or_ongoing": a trip begun is going on if it began within days of the report.
PAST_RULES: tuple[Rule, ...] = (
    Rule("ended", "past", _ended),
    # begun by a perfective verb alone, without a time (so not shown to be old): it may still tell an old trip,
    # and the merge puts no leg dated after the report under way with it
    Rule("tour_begun_undated", "ongoing", _undated_perfective),
    # arrived or set off within days: on a tour, whose other legs that week the merge reads as under way
    Rule("tour_begun", "ongoing", _recent),
    Rule("before", "past", always),
)

TABLES = Tables({"status": STATUS_RULES, "future": FUTURE_RULES, "past_or_ongoing": PAST_RULES})


# -- where a leader is now ------------------------------------------------------------------------

_HERE_BEFORE = re.compile(r"(?:" + L.source("here_before") + r")\s*$")
_HERE_AFTER = re.compile(r"\s*(?:进行" + _STOP + r"{0,6}?访问|访问|期间)")


def here_now(sentence: Sentence, place: Place) -> bool:
    """Whether the sentence says a leader is in ``place`` now: "正在日本访问的胡锦涛", "目前在北京" (but not
    "正在中国访问的印度外长": someone else the words describe)."""
    text = sentence.low
    here = _HERE_AFTER.match(text, place.end)
    if here is None or not _HERE_BEFORE.search(text, max(0, place.start - 6), place.start):
        return False
    if not text.startswith("的", here.end()):
        return True
    return any(0 <= ref.start - here.end() <= 9 for ref in sentence.refs)


# -- a sentence of its own about a trip named before ----------------------------------------------

# "此访已推迟", "不过,双普二会的计划已在10月21日遭到搁置": the trip just named is called off
_UPDATE = re.compile(
    r"^\s*(?:但|不过|然而|而)?\s*,?\s*"
    + _STOP
    + r"{0,12}?(?:"
    + L.source("update_opening")
    + r")"
    + _STOP
    + r"{0,16}?(?P<update>"
    + L.source("postpone")
    + "|"
    + L.source("cancel")
    + r")"
)


def anaphoric_update(sentence: Sentence) -> TripStatus | None:
    """ "此访已推迟。", "相关报导纯属臆测。": ``postponed``, ``cancelled`` or ``denied`` for the trips just before."""
    low = sentence.low
    if _REPORT_DENIED.search(low) and not _in("neither_nor", low):
        return "denied"
    found = _UPDATE.match(low)
    if found is None or _MAYBE_BEFORE.search(low, 0, found.start("update")):
        return None
    return "postponed" if L.search("postpone", found.group("update")) else "cancelled"


# "总统府发言人表示,相关报导纯属臆测", "媒体有关今年总统出访规划的安排纯属臆测": the report of the trip before
# is denied (the report's own words may name what it said, within its clause)
_REPORT_DENIED = re.compile(
    r"(?:" + L.source("report_noun") + r")" + _STOP + r"{0,16}?(?:" + L.source("denied_report") + r")"
)


# "取消出访", "中止南美访问行程", "推迟访问": a calling-off of a trip named without its destination
_PLACELESS_UPDATE = re.compile(
    r"(?P<update>"
    + L.source("postpone")
    + "|"
    + L.source("cancel")
    + r")[^，。,;；:：]{0,6}?(?:"
    + L.source("trip_noun")
    + r")"
)


def called_off(sentence: Sentence) -> TripStatus | None:
    """ "胡锦涛又致电两国总统,解释临时取消出访的原因": the leader's trip called off in a sentence that gives it no
    destination (the merge gives the status to that leader's plans in the article)."""
    low = sentence.low
    found = _PLACELESS_UPDATE.search(low)
    if found is None or _MAYBE_BEFORE.search(low, max(0, found.start() - 8), found.start()):
        return None
    if any(found.start() <= place.start < found.end() for place in sentence.places):
        return None  # "取消G7峰会后行程": the trip after the summit, not the summit's (the status pass reads it)
    return "postponed" if L.search("postpone", found.group("update")) else "cancelled"
