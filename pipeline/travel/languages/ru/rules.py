"""Russian status rules: an ordered table, the first rule that applies decides (see :mod:`pipeline.travel.status`).

:class:`RussianClues` turns one pairing into what the rules read: the trigger's ``form`` (its tense, from
its ending: "посетит" ahead, "посетил" done, "посещает" now, "посетить" governed by another verb),
``lead`` (the clause's words before the trigger, where Russian puts its negation and its modal verbs:
"не планирует посещать", "может посетить"), ``clause`` (the clause around the trigger) and ``after``
(what follows the trigger: "визит состоится", "поездку перенесли"). The tables read top-down; order is
meaning: the specific readings (an invitation, a denial, a calling-off, "после визита") come before
the tense of the verb, and a trip noun without a tense of its own takes its clause's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property

from pipeline.records import TripStatus
from pipeline.travel.languages.ru.dates import time_for
from pipeline.travel.languages.ru.grammar import Form, verb_form
from pipeline.travel.languages.ru.lexicon import LEXICON as L
from pipeline.travel.sentences import Place, Sentence
from pipeline.travel.status import Clues, Rule, Tables, Test, always, either, every
from pipeline.travel.timing import TimeExpression, day_just_gone

_CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s(?!" + L.source("editor_note") + r")|" + L.pattern("clause_break").pattern)
_LEAD_BREAK = re.compile(r",|" + _CLAUSE_BREAK.pattern)
_NO_PLANS = re.compile(r"\bплан(?:ов|ы|ах)\b[^.;]{0,90}\b(?:нет|не имеется|не существует)\b")
_UNDECIDED = re.compile(
    r"\bрешени\w*\s+(?:[^.;]{0,160}?)\b(?:не принят\w*|пока не|ещ[её] не|не приняли|не принял\w*)"
    r"|\bне решил\w*|\bне определил\w*"
)
_OVERTAKEN = re.compile(r"\bдолж(?:ен|на|но|ны)\s+(?:был[аои]?)\b|\bбыл[аои]?\s+долж(?:ен|на|но|ны)\b")
# "Изначально планировалось, что Путин приедет в Астану": the plan as it first was, since changed
_FIRST_PLAN = re.compile(
    r"\b(?:изначально|первоначально|поначалу)\s+(?:[\w-]+\s+){0,1}(?:планировал\w*|предполагал\w*|ожидал\w*|"
    r"намечал\w*)\b[^.;]{0,80}$"
)
_NOT_AFTER_NOUN = re.compile(
    r"[^.;,]{0,90}?\bне\s+(?:планиру\w+|ожида\w+|запланирован\w*|предусмотрен\w*|рассматрива\w+|обсужда\w+|готови\w+"
    r"|намечен\w*|стоит в (?:графике|повестке)|прим(?:ет|ут)|принима\w+)"  # "в саммите участия не примет"
)
# "сроки/программа визита ... не обсуждались": what is negated is the trip's details, not the trip
_DETAILS_OF = re.compile(
    r"\b(?:срок\w*|дат[аыу]|даты|программ\w*|детал\w*|подробност\w*|параметр\w*|формат\w*|повестк\w*)"
    r"\s+(?:[\w-]+\s+){0,1}$"
)
_UNTIL = re.compile(
    r"[^,;.]{0,40}?\bдо\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|\d|конца недели)"
)
_NOT_BEFORE = re.compile(r"\bне\s+$")
_NEGATED = re.compile(r"\bне\s+(?:[\w-]+\s+){0,2}$")
_NEGATED_NEAR = re.compile(
    r"\bне\s+(?:(?:будет|будут|стал|станет|сможет|смогут|смог|смогла|может|могут|могу|можем|мог|могла|могли|намерен"
    r"|собирается|собираются|планирует|планируют)\s+)?$"
)
_AFTER_TRIP = re.compile(L.pattern("after_trip").pattern + r"\s+(?:[\w-]+\s+){0,2}$")
_RESULTS_OF_TRIP = re.compile(L.pattern("results_of_trip").pattern + r"\s+(?:[\w-]+\s+){0,2}$")
_BEFORE_TRIP = re.compile(L.pattern("before_trip").pattern + r"\s+(?:[\w-]+\s+){0,3}$")
_DURING_TRIP = re.compile(L.pattern("during_trip").pattern + r"\s+(?:[\w-]+\s+){0,3}$")
# "Пекин подтвердил визит Си Цзиньпина во Владивосток": a trip confirmed (not "не подтвердил") is one ahead
_CONFIRMED_NOUN = re.compile(r"(?<!\bне )\bподтверд(?:ил|ила|ило|или|ит|ят|ить|ив)\s+(?:[\w-]+\s+){0,1}$")
# "свое участие в саммите в Бишкеке подтвердил Лукашенко": the confirming verb after the trip, its subject after it
_CONFIRMED_AFTER_NOUN = re.compile(r"[^.;:]{0,60}?(?<!\bне )\bподтверд(?:ил|ила|или|ит|ят)\s+")
_FUTURE_NOMINAL = re.compile(L.pattern("future_nominal").pattern + r"\s+(?:[\w-]+\s+){0,2}$")
_PAST_NOMINAL = re.compile(
    r"\b(?:недавн\w*|прошлогодн\w*|прошедш\w*|состоявш\w*|минувш\w*|заверш(?:ил|ился|илась|ен|ена)\w*|закончил\w*"
    r"|состоял(?:ся|ась))\s+(?:[\w-]+\s+){0,2}$"
)
_LAST_BEFORE = re.compile(r"\bпоследн\w*\s+(?:[\w-]+\s+){0,2}$")
# "вернулся в Кыргызстан из рабочей поездки в Москву": the trip one comes back from is over
# "подтвердил факт визита экс-президента в российскую столицу": the fact of a visit is one made
_FACT_OF = re.compile(L.pattern("fact_noun").pattern + r"\s+(?:[\w-]+\s+){0,1}$")
_RETURNED_FROM = re.compile(L.pattern("returning").pattern + r"\s+(?:[\w-]+\s+){0,3}?(?:из|со?)\s+(?:[\w-]+\s+){0,2}$")
_WILL_BE_BEFORE = re.compile(r"\b(?:будет|будут|станет|станут)\s+(?:[\w-]+\s+){0,2}$")
# (a beginning told in the past only of the trip itself, its words between: not "началась ли проработка визита")
_BEGINS_BEFORE = re.compile(
    L.pattern("begins_now").pattern
    + r"\s+(?:[\w-]+\s+){0,3}$|"
    + L.pattern("began_now").pattern
    + r"\s+(?:"
    + L.source("trip_modifier")
    + r"\s+){0,3}$"
)
_FUTURE_AFTER = re.compile(r"^[^.;]{0,60}?" + L.pattern("future_after_noun").pattern)
_PAST_AFTER = re.compile(r"^[^.;]{0,60}?" + L.pattern("past_after_noun").pattern)
_PAST_VERB = re.compile(r"\b[а-яё]{3,}(?:ал|ял|ил|ел|ыл|ул|ёл)(?:а|о|и)?(?:ся|сь)?\b")
_FUTURE_VERB = re.compile(
    r"\b(?:будет|будут|станет|стан(?:ут)|провед(?:ет|ёт|ут)|встрет(?:ится|ятся)|подпиш(?:ет|ут)|обсуд(?:ит|ят)|"
    r"посет(?:ит|ят)|прим(?:ет|ут)|выступ(?:ит|ят)|проследу(?:ет|ют)|отправ(?:ится|ятся)|заверш(?:ит|ится)|"
    r"нанес(?:ет|ёт|ут|ти)|соверш(?:ит|ат|ить)|может|могут|должен|должна|должны|отправится|прибуд(?:ет|ут)|"
    r"состо(?:ится|ятся)|пройд(?:ет|ёт|ут)|планиру(?:ет|ется|ют)|намерен[аоы]?|намерева(?:ется|ются)|"
    r"собира(?:ется|ются)|предстоит|ожида(?:ется|ются))\b"
)
_ARRIVAL = re.compile(
    r"^(?:прибы|приеха|прилете|прилета|вылете|вылета|отправил|отправилась|отправились|отбыл|приземл|направил|"
    r"поехал|поехали|уехал|улетел|выехал|добрал|прибыв|прилетев|отбыв|начал|начала|начали|отправивш|приехавш|вылетевш|направивш)"
)
_GOING = re.compile(r"(?:ед(?:ет|ут)|лет(?:ит|ят)|отправля\w+|направля\w+|уезжа\w+|улета\w+)\b")
# "улетел из Бишкека" ends a visit there; "улетел в Токио" sets off for one (an arrival, above)
_ENDED = re.compile(
    r"\b(?:заверш(?:ил|ила|или|ился|илась|ились)|вернул(?:ся|ась|ись)|покинул\w*|улетел\w*(?= (?:из|со?|домой)\b))"
)
_POSSIBLE = re.compile(r"\b" + L.source("possible") + r"\b")
_PLAN_WORDS = re.compile(
    r"\b(?:планиру\w*|намерен\w*|намерева\w*|собира\w*|ожида\w*|предполага\w*|хочет|хотят|надеет\w*|рассчитыва\w*|"
    r"может|могут|возможн\w*|вероятн\w*|предположительно|скорее всего|видимо|не исключ\w*|готов(?:а|ы)?\b|"
    r"согласил\w*|договорил\w*|пообещал\w*|обещал\w*|решил\w*)"
)
_PRESS = re.compile(r"\b" + L.source("press") + r"(?!\w)")
_OFFICIAL = re.compile(r"\b" + L.source("official"))
_CONFIRM = re.compile(r"\b" + L.source("confirm"))
_CANCEL = L.pattern("cancel")
_POSTPONE = L.pattern("postpone")
_MODAL_CUE = re.compile(r"(?:" + L.source("modal_before_cue") + r")\s*$")
_DECLINED = L.pattern("declined")
_DECLINED_OFFER = L.pattern("declined_offer")
_ACCEPTED = L.pattern("accepted")
_INVITED_PASSIVE = L.pattern("invited_passive")
_CONDITION = L.pattern("condition")
_HYPOTHETICAL = L.pattern("hypothetical")
_DEPENDS_ON = L.pattern("depends_on")
# "Трамп прилетит в Турцию, если Путин присоединится": a condition closing the trip's sentence
_CONDITION_AFTER = re.compile(r"[^.;:!?«»\",]{0,100},\s*(?=" + L.source("condition") + r"\b)")
_HEDGE_CONDITION = L.pattern("hedge_condition")
_REMOTE = re.compile(r"(?<!\w)" + L.source("remote") + r"(?!-)")  # "онлайн-брифинг": a remote word's compound
# the wish ends right where the trip's clause begins: "надеется, что", "выразил надежду на то, что", "хотел бы, чтобы"
_WISH_BEFORE = re.compile(r"\b(?:" + L.source("wish_before") + r")(?:(?:\s+на\s+то)?,?\s+(?:что|чтобы))?\s*$")
_DENY = L.pattern("deny")
_NO_INFORMATION = L.pattern("no_information")
# a denial denied is none: "не подтвердил, но и не опроверг", "не стал ни подтверждать, ни опровергать"
_DENIED_REPORT = L.pattern("denied_report", before=r"(?<!\bне )(?<!\bни )")
_BAN = L.pattern("ban")
_HABIT = L.pattern("habit")
_LAST_TIME = L.pattern("last_time")
_NOT_YET = re.compile(r"\b(?:" + L.source("not_yet") + r")\s+не\s+$")
# what a calling-off is of: a trip, or a meeting ("Трамп отменил встречу с Путиным в Будапеште")
_TRIP_WORD = re.compile(r"\b(?:визит\w*|поездк\w*|поездок|турне|вояж\w*|приезд\w*|участи\w*|саммит\w*|встреч\w*)")
_CALENDAR_KINDS = frozenset({"date", "range", "month"})
_ASKED_WHETHER = L.pattern("asked_whether")
# "Посетит ли Путин США в ближайшее время", "Поедет ли Си на саммит?": the trip asked about, the verb before "ли"
_QUESTION_AFTER_VERB = re.compile(r"\s+ли\b")


class RussianClues(Clues):
    """The spans of one Russian pairing that the rules read (see the module docstring)."""

    @cached_property
    def form(self) -> Form | None:
        if self.kind == "noun":
            return None
        return verb_form(self.trigger.text.split()[0])

    @cached_property
    def clause_start(self) -> int:
        start = self.trigger.start
        if self.ref.end <= start:
            start = min(start, self.ref.start)
        breaks = [match.end() for match in _CLAUSE_BREAK.finditer(self.text, 0, start)]
        return breaks[-1] if breaks else 0

    @cached_property
    def lead(self) -> str:
        """The clause's words before the trigger (at most 70 characters): negation, modal verbs, auxiliaries."""
        start = max(self.clause_start, self.trigger.start - 70)
        breaks = [match.end() for match in _LEAD_BREAK.finditer(self.text, start, self.trigger.start)]
        return self.text[breaks[-1] if breaks else start : self.trigger.start]

    @cached_property
    def clause(self) -> str:
        text = self.text
        end_match = _CLAUSE_BREAK.search(text, self.trigger.end)
        end = end_match.start() if end_match else len(text)
        return text[self.clause_start : end]

    @cached_property
    def after(self) -> str:
        return self.text[self.trigger.end : self.trigger.end + 90]

    @cached_property
    def rest(self) -> str:
        """The sentence from the clause with the trigger on: where a calling-off of this trip is told."""
        return self.text[self.clause_start :]

    @cached_property
    def time(self) -> TimeExpression | None:
        end = self.trigger.end
        if self.kind == "host" and self.pair.destinations and self.pair.destinations[0].start >= 0:
            end = max(end, self.pair.destinations[0].end)
        return time_for(self.trigger.start, end, self.sentence.times, self.text)

    @cached_property
    def future_start(self) -> date | None:
        return self.time.resolve(self.day, "future").start if self.time is not None else None


def _c(clues: Clues) -> RussianClues:
    assert isinstance(clues, RussianClues)
    return clues


# -- the tests the rules use ---------------------------------------------------------------------------


def _form(*forms: str | None) -> Test:
    return lambda c: _c(c).form in forms


def _in_lead(name: str) -> Test:
    return lambda c: L.search(name, _c(c).lead) is not None


def _real_cue(pattern: re.Pattern[str], span: str) -> bool:
    """A calling-off cue in ``span`` said to happen, not one possible or threatened ("может быть отменен")."""
    for found in pattern.finditer(span):
        if _MODAL_CUE.search(span, max(0, found.start() - 25), found.start()) is None:
            return True
    return False


def _travel_ban(c: Clues) -> bool:
    return _BAN.search(c.text) is not None and _DENY.search(c.text) is None


def _remote(c: Clues) -> bool:
    return _REMOTE.search(_c(c).rest) is not None


def _denied_report(c: Clues) -> bool:
    return _DENIED_REPORT.search(c.text) is not None


def _negated(c: Clues) -> bool:
    lead = _c(c).lead
    span = lead + c.trigger.text
    return (
        _NEGATED_NEAR.search(lead) is not None
        or (
            c.kind == "noun"
            and _NOT_AFTER_NOUN.match(_c(c).after) is not None  # "визит не планируется"
            and _DETAILS_OF.search(c.text, max(0, c.trigger.start - 30), c.trigger.start) is None
        )
        # a denial said, not one negated: "не исключил визита" is a possibility
        or any(
            _NOT_BEFORE.search(span, max(0, found.start() - 4), found.start()) is None
            and _NO_INFORMATION.match(span, found.start()) is None  # "об отсутствии информации о визите"
            for found in _DENY.finditer(span)
        )
        or _NO_PLANS.search(_c(c).clause) is not None  # "планов по визиту в Иран ... нет"
    )


def _after_the_trip(c: Clues) -> bool:
    return _AFTER_TRIP.search(c.text, max(0, c.trigger.start - 50), c.trigger.start) is not None


def _results_of_the_trip(c: Clues) -> bool:
    return _RESULTS_OF_TRIP.search(c.text, max(0, c.trigger.start - 50), c.trigger.start) is not None


def _postponed(c: Clues) -> bool:
    clues = _c(c)
    return _real_cue(_POSTPONE, clues.rest) and _TRIP_WORD.search(clues.rest) is not None


def _cancelled(c: Clues) -> bool:
    clues = _c(c)
    return _real_cue(_CANCEL, clues.rest) and _TRIP_WORD.search(clues.rest) is not None


def _conditional(c: Clues) -> bool:
    clues = _c(c)
    opening = c.text[max(0, clues.clause_start - 12) : clues.clause_start]  # "Если Путин посетит ...": the break word
    after = _CONDITION_AFTER.match(c.text, c.trigger.end)
    return (
        _CONDITION.search(clues.lead) is not None
        or _CONDITION.search(opening) is not None
        or _HYPOTHETICAL.search(clues.lead) is not None
        or (after is not None and _HEDGE_CONDITION.match(c.text, after.end()) is None)
    )


def _depends_on(c: Clues) -> bool:
    """ "поездка Зеленского будет зависеть от исхода переговоров в Женеве": the trip's clause says it hangs on
    something else (its place may be that something's)."""
    clues = _c(c)
    return _DEPENDS_ON.search(c.text, c.trigger.end, clues.clause_start + len(clues.clause)) is not None


def _wished_by_others(c: Clues) -> bool:
    """ "Зеленский надеется, что Байден примет участие": someone else's wish, no plan (the traveller is in the
    clause after the wish; "Путин надеется посетить" is his own intention)."""
    clues = _c(c)
    return _WISH_BEFORE.search(c.text, max(0, clues.clause_start - 60), clues.clause_start) is not None


def _question(c: Clues) -> bool:
    """ "Посетит ли Путин США в ближайшее время — прогноз политолога": a headline asking whether, no plan."""
    # (in the original's case: "будет представлять Ли Цян" names Li Qiang)
    return _QUESTION_AFTER_VERB.match(c.original, c.trigger.end) is not None


def _asked_whether(c: Clues) -> bool:
    """ "на вопрос о том, возможна ли поездка Путина", "отвечая на вопрос, посетит ли он": the trip is the question."""
    return _ASKED_WHETHER.search(c.text, max(0, c.trigger.start - 60), c.trigger.end + 15) is not None


def _habit(c: Clues) -> bool:
    clues = _c(c)
    return _HABIT.search(clues.lead) is not None or _HABIT.search(clues.after[:40]) is not None


def _last_time(c: Clues) -> bool:
    return _LAST_TIME.search(_c(c).clause) is not None


def _accepted(c: Clues) -> bool:
    return _accepted_in(c.text)


def _accepted_in(span: str) -> bool:
    """An acceptance said to happen: "принял приглашение", not "не принял приглашение"."""
    return any(
        _NOT_BEFORE.search(span, max(0, found.start() - 4), found.start()) is None for found in _ACCEPTED.finditer(span)
    )


def _declined(c: Clues) -> bool:
    return _DECLINED.search(c.text) is not None or (
        c.kind == "accept" and _NOT_BEFORE.search(c.text, max(0, c.trigger.start - 4), c.trigger.start) is not None
    )


def _declined_in_clause(c: Clues) -> bool:
    """ "Зеленский отклонил предложение Путина о проведении переговоров в Москве": the trip offered to the traveller,
    named before, and declined (not "отклонил предложение и пригласил Путина в Киев": Putin is invited)."""
    found = _DECLINED_OFFER.search(c.text, _c(c).clause_start, c.trigger.start)
    return found is not None and c.ref.end <= found.start()


def _invitee(c: Clues) -> bool:
    return c.pair.how == "invitee"


def _invited_lead(c: Clues) -> bool:
    return _INVITED_PASSIVE.search(_c(c).lead) is not None


def _until(c: Clues) -> bool:
    return _UNTIL.match(_c(c).after) is not None


def _future_lead(c: Clues) -> bool:
    return L.search("future", _c(c).lead) is not None


def _possible_lead(c: Clues) -> bool:
    return _POSSIBLE.search(_c(c).lead) is not None


def explicitly_past(time: TimeExpression, day: date | None) -> bool:
    """ "в прошлом году", "два года назад", "вчера", a year gone by, a day just gone."""
    if time.counted_back:
        return True
    if L.search("explicit_past", time.text.lower()) is not None:
        return True
    if time.kind == "year" and time.year is not None and day is not None and time.year < day.year:
        return True
    return day_just_gone(time, day)


def _after_day(start: date | None, day: date | None, strict: bool = False) -> bool:
    if start is None or day is None:
        return day is None
    return start > day if strict else start >= day


def _time_ahead(c: Clues) -> bool:
    clues = _c(c)
    return clues.time is not None and _after_day(clues.future_start, c.day) and not explicitly_past(clues.time, c.day)


def _time_strictly_ahead(c: Clues) -> bool:
    clues = _c(c)
    return clues.time is not None and _after_day(clues.future_start, c.day, strict=True)


def _explicit_past_time(c: Clues) -> bool:
    time = _c(c).time
    return time is not None and explicitly_past(time, c.day)


def _going(c: Clues) -> bool:
    return _GOING.match(c.trigger.text) is not None


def _today(c: Clues) -> bool:
    clues = _c(c)
    return clues.time is not None and c.day is not None and clues.time.resolve(c.day, "future").start == c.day


def _has_time(c: Clues) -> bool:
    return _c(c).time is not None


# -- trip nouns -----------------------------------------------------------------------------------


def _noun_before_trip(c: Clues) -> bool:
    return _BEFORE_TRIP.search(c.text, max(0, c.trigger.start - 50), c.trigger.start) is not None


# a trip made, the clause's verb: "совершил государственный визит", "посетил", "побывал"
_TRIP_MADE = re.compile(r"\b(?:" + L.source("trip_made") + r")(?!\w)")


def _clause_trip_made(c: Clues) -> bool:
    """ "До визита в Танзанию Си Цзиньпин совершил государственный визит в Россию": another trip made first (not
    "Перед визитом в Китай Путин заявил": a saying before a trip ahead)."""
    return _TRIP_MADE.search(_c(c).clause) is not None and not _clause_future(c)


def _noun_confirmed(c: Clues) -> bool:
    """ "подтвердил визит Си Цзиньпина во Владивосток"; not "еще 28 августа подтвердили визит" (a time before the
    confirming verb is the confirmation's, and what became of the trip since is told elsewhere)."""
    clues = _c(c)
    found = _CONFIRMED_NOUN.search(c.text, max(0, c.trigger.start - 40), c.trigger.start)
    if found is None:
        after = _CONFIRMED_AFTER_NOUN.match(c.text, c.trigger.end)
        return after is not None and 0 <= c.ref.start - after.end() < 40  # the one who confirms is the traveller
    return clues.time is None or clues.time.start > found.start()


def _noun_future_nominal(c: Clues) -> bool:
    span = c.text[max(0, c.trigger.start - 40) : c.trigger.end]
    return _FUTURE_NOMINAL.search(c.text, max(0, c.trigger.start - 40), c.trigger.start) is not None or (
        L.search("future_nominal", c.trigger.text) is not None and bool(span)
    )


def _noun_past_nominal(c: Clues) -> bool:
    start = c.trigger.start
    return (
        _PAST_NOMINAL.search(c.text, max(0, start - 40), start) is not None
        or _LAST_BEFORE.search(c.text, max(0, start - 30), start) is not None
        or _RETURNED_FROM.search(c.text, max(0, start - 70), start) is not None
        or re.search(r"\b(?:недавн|прошлогодн|последн|состоявш)", c.trigger.text) is not None
    )


def _noun_begins_now(c: Clues) -> bool:
    """ "Сегодня начинается визит ...", "Начался официальный визит ...": a trip beginning as the news is told."""
    clues = _c(c)
    return _BEGINS_BEFORE.search(c.text, max(0, c.trigger.start - 50), c.trigger.start) is not None and (
        clues.time is None or _today(c) or (_within_a_day(c) and clues.time.step == 0)
    )


def _noun_will_be(c: Clues) -> bool:
    """ "Это будет первый визит Кима в Китай", "станет первой поездкой": the trip is the one ahead."""
    return _WILL_BE_BEFORE.search(c.text, max(0, c.trigger.start - 40), c.trigger.start) is not None


def _noun_future_after(c: Clues) -> bool:
    return _FUTURE_AFTER.search(_c(c).after) is not None and not _noun_past_after_first(c)


# "Первый официальный визит Ким Чен Ира в Россию по приглашению президента России Владимира Путина состоялся в
# июле-августе 2001 года": "took place" speaks of the trip however far after it
_TOOK_PLACE_AFTER = re.compile(r"^[^.;]{0,110}?" + L.pattern("took_place").pattern)


def _noun_past_after_first(c: Clues) -> bool:
    after = _c(c).after
    past = _PAST_AFTER.search(after) or _TOOK_PLACE_AFTER.search(c.text[c.trigger.end : c.trigger.end + 140])
    future = _FUTURE_AFTER.search(after)
    return past is not None and (future is None or past.end() < future.end())


def _during(c: Clues) -> bool:
    return _DURING_TRIP.search(c.text, max(0, c.trigger.start - 40), c.trigger.start) is not None


def _clause_future(c: Clues) -> bool:
    return _FUTURE_VERB.search(_c(c).clause) is not None


def _clause_past(c: Clues) -> bool:
    return _PAST_VERB.search(_c(c).clause) is not None


# a saying that reports what follows ("добавил, что"), not one done during the trip ("рассказал о ... во время визита")
_REPORTING_VERB = re.compile(r"\b" + L.source("reporting_verb") + r"(?!\w)(?=,?\s+что\b)")


def _clause_past_as_said(c: Clues) -> bool:
    """ "во время своего визита в Москву в октябре пригласил": the clause's past; not the past of its saying
    ("Бразильский лидер добавил, что в ходе своих визитов в Россию и Китай рассчитывает обсудить")."""
    return _PAST_VERB.search(_REPORTING_VERB.sub(" ", _c(c).clause)) is not None


def _told_before_a_colon_in_the_past(c: Clues) -> bool:
    """ "встречался уже дважды в этом году: в ходе визита лидера КНР в Москву в марте": a clause without a verb
    after a colon spells out the one before it, and takes its past."""
    clues = _c(c)
    start = clues.clause_start
    if start == 0 or c.text[start - 1] != ":" or _PAST_VERB.search(clues.clause) or _clause_future(c):
        return False
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(c.text, 0, start - 1)]
    before = c.text[breaks[-1] if breaks else 0 : start - 1]
    return _PAST_VERB.search(before) is not None and _FUTURE_VERB.search(before) is None


def _clause_ahead_as_said(c: Clues) -> bool:
    """A future verb in the clause, or an intention ("в ходе своих визитов в Россию и Китай рассчитывает обсудить")."""
    return _clause_future(c) or _PLAN_WORDS.search(_REPORTING_VERB.sub(" ", _c(c).clause)) is not None


# -- hosting ---------------------------------------------------------------------------------------


def _host_hypothetical(c: Clues) -> bool:
    """ "если Путин примет Трампа", "мог бы встретиться": no trip said to happen ("может встретиться
    в Давосе" is a plan, as "может посетить" is)."""
    before = c.text[max(0, c.trigger.start - 40) : c.trigger.start]
    return _CONDITION.search(before) is not None or _HYPOTHETICAL.search(before) is not None


def _host_called_off(c: Clues) -> bool:
    start = max(0, c.trigger.start - 40)
    # (a denial's "не" is looked for in the whole text: "не исключили" cut at the window's edge is no denial)
    return (
        _CANCEL.search(c.text) is not None
        or _POSTPONE.search(c.text) is not None
        or _NEGATED_NEAR.search(c.text[start : c.trigger.start]) is not None
        or any(
            _NOT_BEFORE.search(c.text, max(0, found.start() - 4), found.start()) is None
            for found in _DENY.finditer(c.text, start, c.trigger.start)
        )
    )


def _host_future(c: Clues) -> bool:
    before = c.text[max(0, c.trigger.start - 40) : c.trigger.start]
    form = verb_form(c.trigger.text.split()[0])
    return form in ("future", "infinitive") or L.search("future", before) is not None


def _host_ready(c: Clues) -> bool:
    return L.search("host_ready", c.text, max(0, c.trigger.start - 40), c.trigger.start) is not None


def _host_present(c: Clues) -> bool:
    return verb_form(c.trigger.text.split()[0]) == "present"


def _host_past(c: Clues) -> bool:
    return verb_form(c.trigger.text.split()[0]) == "past"


def _welcomed_just_now(c: Clues) -> bool:
    time = _c(c).time
    if c.day is None:
        return False
    if time is None:
        return True  # "Лукашенко встретил Путина в аэропорту": the news of the day
    resolved = time.resolve(c.day, "past").start
    return resolved is not None and 0 <= (c.day - resolved).days <= 1


# -- planned or confirmed; past or ongoing -----------------------------------------------------------


def _plan_words(c: Clues) -> bool:
    clues = _c(c)
    opening = c.text[max(0, clues.clause_start - 30) : clues.clause_start]  # "Ожидается, что Путин посетит"
    return _PLAN_WORDS.search(opening + " " + clues.lead + c.trigger.text) is not None or (
        c.kind == "noun" and _PLAN_WORDS.search(clues.after[:50]) is not None
    )


def _press_report(c: Clues) -> bool:
    source = c.sentence.attribution
    return (source is not None and _PRESS.search(source.lower()) is not None) or c.text.startswith("сми")


def _confirm_word(c: Clues) -> bool:
    return _CONFIRM.search(c.text) is not None


def _official_source(c: Clues) -> bool:
    source = c.sentence.attribution
    return source is not None and _OFFICIAL.search(source.lower()) is not None


def _stated_as_fact(c: Clues) -> bool:
    return _c(c).form == "future"


def _ended(c: Clues) -> bool:
    return _ENDED.search(c.text) is not None


def _arrival(c: Clues) -> bool:
    return _ARRIVAL.match(c.trigger.text) is not None


def _age(c: Clues) -> int:
    time = _c(c).time
    start = time.resolve(c.day, "past").start if time is not None else None
    return (c.day - start).days if start is not None and c.day is not None else -1


def _today_said(c: Clues) -> bool:
    """ "сегодня, 25 декабря, отправился": the day of the news, with or without a publication date to count from."""
    clues = _c(c)
    return re.search(r"\bсегодня\b", c.text[clues.clause_start : c.trigger.start]) is not None


def _within_a_day(c: Clues) -> bool:
    """ "вчера", "накануне", "сегодня": a time counted from the day of the news, whatever that day was."""
    time = _c(c).time
    return time is not None and time.kind == "relative" and time.unit == "day" and time.step in (-1, 0)


def _weekday_only(c: Clues) -> bool:
    time = _c(c).time
    return time is not None and time.kind == "weekday"


def _day_without_year(c: Clues) -> bool:
    """ "Лукашенко 16 мая прибыл в Москву": a wire's day and month, no year (a retrospect gives the year)."""
    time = _c(c).time
    return time is not None and time.kind == "date" and time.year is None and time.year_step is None


def _no_past_time(c: Clues) -> bool:
    time = _c(c).time
    return time is None or c.day is None or time.resolve(c.day, "past").start is None


TRIP_KINDS = ("visit_verb", "move_verb", "nominal_verb", "attend_verb", "be_in", "noun")
NOUN = frozenset({"noun"})
HOST = frozenset({"host"})

STATUS_RULES: tuple[Rule, ...] = (
    # "ордер МУС": no trip in a sentence about a warrant (unless it says the trip is off)
    Rule("travel_ban", None, _travel_ban),
    # hosting: the guest travels; the host's verb and tense decide
    Rule("host_hypothetical", None, _host_hypothetical, HOST),
    Rule("host_called_off", None, _host_called_off, HOST),
    # "заявил о готовности встретиться с Зеленским в Москве": an offer to the guest, no plan of his
    Rule("host_ready", "invited", _host_ready, HOST),
    Rule("host_future", "future", _host_future, HOST),
    Rule("host_now", "ongoing", _host_present, HOST),
    Rule("host_welcomed_just_now", "ongoing", every(_host_past, _welcomed_just_now), HOST),
    Rule("host_past", "past", _host_past, HOST),
    Rule("host_other", None, always, HOST),
    # the trigger's own form
    Rule("declined_invitation", "denied", _declined, frozenset({"accept", "invited"})),
    Rule("declined_offer", "denied", _declined_in_clause),
    Rule("accepted_invitation", "future", always, frozenset({"accept"})),
    Rule("invitation_then_accepted", "future", _accepted, frozenset({"invited"})),
    Rule("invited", "invited", always, frozenset({"invited"})),
    Rule("invitation_accepted", "future", every(_invitee, _accepted), frozenset(TRIP_KINDS)),
    Rule("invited_to_visit", "invited", every(_invitee, lambda c: not _accepted(c))),
    # "Президент приглашен для участия в саммите", "получил приглашение посетить США"
    Rule("invited_to", "invited", every(_invited_lead, lambda c: not _accepted(c))),
    Rule("asked_to_go", None, lambda c: c.pair.how == "asked"),
    Rule("withdrew", "cancelled", always, frozenset({"withdraw"})),
    # the specific readings
    Rule("remote_attendance", "denied", _remote),
    Rule("denied_report", "denied", _denied_report),
    # "почему Орбан до сих пор не посетил Киев": no trip made yet, no plan denied
    Rule("not_yet", None, every(_form("past"), lambda c: _NOT_YET.search(_c(c).lead) is not None)),
    Rule("negated", "denied", _negated),
    Rule("results_of_the_trip", "past", _results_of_the_trip, NOUN),
    # "после участия в пятницу в церемонии ... вылетит в Москву", read on that Friday: there now
    Rule("same_day", "ongoing", every(_after_the_trip, _today), NOUN),
    Rule("after_the_trip_ahead", "future", every(_after_the_trip, _clause_future), NOUN),
    Rule("after_the_trip", "past", _after_the_trip, NOUN),
    Rule("postponed", "postponed", _postponed),
    Rule("cancelled", "cancelled", _cancelled),
    # "должен был приехать в Россию 5 февраля": a plan overtaken
    Rule("plan_overtaken", "cancelled", lambda c: _OVERTAKEN.search(_c(c).lead) is not None),
    Rule(
        "first_plan",
        "cancelled",
        lambda c: _FIRST_PLAN.search(c.text, max(0, c.trigger.start - 120), c.trigger.start) is not None,
    ),
    Rule("conditional", None, _conditional),
    Rule("depends_on", None, _depends_on, NOUN),
    Rule("wished_by_others", None, _wished_by_others),
    Rule("asked_whether", None, _asked_whether),
    Rule("question", None, _question),
    # "решение об участии Путина в саммите пока не принято"
    Rule("undecided", None, lambda c: _UNDECIDED.search(_c(c).rest) is not None),
    Rule("habit", None, _habit),
    Rule("last_time", "past", every(_last_time, lambda c: _c(c).form not in ("future", "infinitive"))),
    # the verb's form
    # "будет находиться в Москве до пятницы", "пробудет в России до 7 октября": there now, until then
    Rule(
        "future_be_in_until",
        "ongoing",
        every(_until, either(lambda c: L.search("future", _c(c).lead + c.trigger.text) is not None, _form("future"))),
        frozenset({"be_in"}),
    ),
    Rule("future_form", "future", _form("future")),
    Rule("future_auxiliary", "future", every(_form("infinitive", "present"), _future_lead)),
    Rule("possible_infinitive", "future", every(_form("infinitive"), _possible_lead)),
    # "принял приглашение посетить Турцию"
    Rule(
        "accepted_invitation_to",
        "future",
        every(_form("infinitive"), lambda c: _accepted_in(_c(c).lead)),
    ),
    # (not a stay told in an undated report: "Путин находится в среду с визитом в Казахстане" is the news of the day)
    Rule(
        "present_time_ahead",
        "future",
        every(_form("present"), _time_strictly_ahead, lambda c: c.day is not None or c.trigger.kind != "be_in"),
    ),
    # "Зеленский едет в Вашингтон", "Пашинян едет к Путину в Москву": a headline's present of going is a plan
    Rule("going_to", "future", every(_form("present"), _going, lambda c: not _today(c))),
    # "завтра будет уже в Москве": the stay is ahead
    Rule("future_be_in", "future", every(_form(None), _future_lead), frozenset({"be_in"})),
    Rule("is_in", "ongoing", _form("present", "present_participle", None), frozenset({"be_in"})),
    # "Путин — в Китай": a headline's way there
    Rule("headline_dash", "future", lambda c: c.pair.how == "dash_subject", frozenset({"move_verb"})),
    Rule("progressive", "ongoing", _form("present", "present_participle")),
    Rule("past_form", "past_or_ongoing", _form("past", "past_participle")),
    Rule("gerund_future", "future", every(_form("gerund"), _clause_future)),
    Rule("gerund_past", "past_or_ongoing", _form("gerund")),
    # trip nouns: their words, then their clause's tense, then their time
    Rule("begins_now", "ongoing", _noun_begins_now, NOUN),
    # "До визита в Танзанию Си Цзиньпин совершил визит в Россию": the trip came after a past one, and may be past
    Rule("before_the_trip_told_in_past", None, every(_noun_before_trip, _clause_trip_made), NOUN),
    Rule("before_the_trip", "future", every(_noun_before_trip, lambda c: not _noun_past_after_first(c)), NOUN),
    Rule(
        "fact_of_the_trip",
        "past",
        lambda c: _FACT_OF.search(c.text, max(0, c.trigger.start - 30), c.trigger.start) is not None,
        NOUN,
    ),
    Rule("confirmed_noun", "future", _noun_confirmed, NOUN),
    Rule("upcoming_noun", "future", _noun_future_nominal, NOUN),
    Rule("earlier_noun", "past", _noun_past_nominal, NOUN),
    Rule("will_be_the_trip", "future", _noun_will_be, NOUN),
    Rule("noun_took_place", "past", _noun_past_after_first, NOUN),
    Rule("noun_will_take_place", "future", _noun_future_after, NOUN),
    Rule("during_future", "future", every(_during, _clause_ahead_as_said), NOUN),
    # "во время своего визита в Москву в октябре пригласил ...": the clause's past verb dates the trip
    Rule("during_past", "past", every(_during, _clause_past_as_said), NOUN),
    Rule("during_told_before_a_colon", "past", every(_during, _told_before_a_colon_in_the_past), NOUN),
    Rule("noun_past_time", "past", _explicit_past_time, NOUN),
    Rule("noun_time_ahead", "future", _time_ahead, NOUN),
    Rule("clause_future", "future", _clause_future, NOUN),
    Rule("noun_time_behind", "past", _has_time, NOUN),
    Rule("noun_without_tense", None, always, NOUN),
)

# "future": an official word or source makes a plan confirmed, a plan's own words keep it planned.
FUTURE_RULES: tuple[Rule, ...] = (
    Rule("intended", "planned", _plan_words),
    Rule("press_report", "planned", _press_report),
    Rule("confirm_word", "confirmed", _confirm_word),
    Rule("official_source", "confirmed", _official_source),
    Rule("stated_as_fact", "confirmed", _stated_as_fact),
    Rule("plan", "planned", always),
)

# "past_or_ongoing": a trip begun is still going on if the leader arrived today or days ago.
PAST_RULES: tuple[Rule, ...] = (
    Rule("ended", "past", _ended),
    Rule("arrived_without_time", "ongoing", lambda c: _c(c).time is None and _arrival(c)),
    # "прибыл в понедельник" read days later; "вчера прибыл" even with no publication date to count from
    Rule(
        "just_arrived",
        "ongoing",
        lambda c: _arrival(c) and (_within_a_day(c) or _today_said(c) or 0 <= _age(c) <= 4),
    ),
    # "вылетел в четверг утром в Москву" in an undated report: a weekday is the news of the day, the trip under way
    Rule("arrived_on_a_weekday", "ongoing", lambda c: _arrival(c) and c.day is None and _weekday_only(c)),
    Rule("arrived_on_a_day", "ongoing", lambda c: _arrival(c) and c.day is None and _day_without_year(c)),
    Rule("no_time", "past", _no_past_time),
    Rule("same_day", "ongoing", lambda c: _age(c) == 0),
    Rule("before", "past", always),
)

TABLES = Tables({"status": STATUS_RULES, "future": FUTURE_RULES, "past_or_ongoing": PAST_RULES})


# -- where a leader is now ------------------------------------------------------------------------

_HERE_NOW_BEFORE = re.compile(
    r"(?:наход(?:ится|ятся|ящ\w+)|пребыва(?:ет|ют|ющ\w+))\s+(?:[\w-]+\s+){0,3}?(?:в|во|на)\s+(?:[\w-]+\s+)?$"
)
# (not days before or after it: "за два дня до ее поездки в Киев")
_DAY_OF_VISIT = re.compile(
    r"\b(?:день|дне|дня)\s+(?:(?!(?:до|перед|после|спустя)\s)[\w-]+\s+){0,2}(?:визит|поездк|пребывани)\w*\s+"
    r"(?:в|во|на)\s+(?:[\w-]+\s+)?$"
)


def here_now(sentence: Sentence, place: Place) -> bool:
    """Whether the sentence says a leader is in ``place`` now: "находится с визитом в Китае", "во второй день
    визита в Китай"."""
    before = sentence.low[max(0, place.start - 80) : place.start]
    if not before.endswith((" в ", " во ", " на ")):
        return False
    return bool(_HERE_NOW_BEFORE.search(before) or _DAY_OF_VISIT.search(before))


# -- a sentence of its own about a trip named before ----------------------------------------------

_ANAPHORIC_UPDATE = re.compile(
    r"^(?:(?:однако|но|впрочем|позднее|позже|теперь)\s*,?\s*)?(?:этот\s+|эта\s+|данн\w+\s+)?(?:визит|поездка|турне)\b"
    r"[^.;]{0,40}?\b(?P<update>" + L.source("postpone") + r"|" + L.source("cancel") + r")"
)


_INVITATION_ACCEPTED = re.compile(
    r"^\W*(?:это\s+)?приглашение\s+(?:было\s+)?(?:с\s+благодарностью\s+|уже\s+)?принято|^\W*(?:он|она)\s+(?:с\s+благодарностью\s+)?"
    r"принял\w*\s+(?:это\s+)?приглашение"
)


_ANAPHORIC_DATE = re.compile(
    # "Официальный визит пройдет с 5 по 7 октября.", "Апостольский визит в Турцию запланирован на 27 ноября."
    # "По словам Ковача, встреча должна состояться 13 мая."
    r"^\W*(?:по\s+(?:(?:его|ее|её|их)\s+словам|словам\s+(?:[\w-]+\s+){0,2}[\w-]+),?\s+)?"
    r"(?:(?:сам|их|его|ее|её|" + L.source("trip_modifier") + r")\s+){0,2}"
    r"(?:визит|поездка|турне|встреча|(?:данное|это)\s+мероприятие)\s+"
    r"(?:[\w-]+\s+){0,4}?"
    r"(?:состоится|пройдет|пройдёт|запланирован\w*|намечен\w*|начнется|начнётся|ожидается"
    r"|(?:долж(?:ен|на|но|ны)|может)\s+(?:состояться|пройти|начаться))\b"
)


def anaphoric_time(sentence: Sentence) -> TimeExpression | None:
    """ "Визит состоится 4 ноября.": the date of the trip the sentences before announced."""
    if _ANAPHORIC_DATE.match(sentence.low) is None:
        return None
    times = [time for time in sentence.times if not time.reporting and time.precision in ("day", "week", "month")]
    return times[0] if times else None


def anaphoric_update(sentence: Sentence) -> TripStatus | None:
    """ "Визит перенесен.", "Однако поездка была отменена.": ``postponed`` or ``cancelled`` for the plans before;
    "Приглашение было с благодарностью принято.", "Визит запланирован на 29 сентября.": ``planned`` for the
    invitations before (a visit given its date is one accepted)."""
    if _INVITATION_ACCEPTED.search(sentence.low) or anaphoric_time(sentence) is not None:
        return "planned"
    found = _ANAPHORIC_UPDATE.match(sentence.low)
    if found is None:
        return None
    return "postponed" if _POSTPONE.match(found.group("update")) else "cancelled"
