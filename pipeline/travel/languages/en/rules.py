"""English status rules: an ordered table, the first rule that applies decides (see :mod:`pipeline.travel.status`).

:class:`EnglishClues` turns one pairing into the spans the rules read: ``before`` (the words before the
traveller), ``gap`` (between traveller and trigger, without asides: only this trigger's verbs),
``verb_part`` (the gap and the trigger), ``clause`` (the clause around both), ``after`` (what follows
the trigger). The tables then read top-down like a decision list; order is meaning: the specific
readings ("has never visited", "the visit took place", "denied reports that") come before the general
ones (a future auxiliary is a plan, a past verb a past trip).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from typing import cast

from pipeline.records import TripStatus
from pipeline.travel.languages.en.dates import time_for
from pipeline.travel.languages.en.lexicon import LEXICON as L
from pipeline.travel.languages.en.pairing import RELATIVE_CLAUSE
from pipeline.travel.sentences import Place, Sentence
from pipeline.travel.status import Clues, Rule, Tables, Test, always, every
from pipeline.travel.timing import TimeExpression, day_just_gone

# -- spans and cues -------------------------------------------------------------------------------

_COUNTERFACTUAL_BEFORE = re.compile(L.pattern("counterfactual").pattern + r"\s+$")
# the list's phrases end in a space ("might (be )?"): read without the word edge after them
_MODAL_BEFORE = re.compile(r"\b(?:" + L.source("modal_before_cue") + r")\s*$")
_RESCHEDULED_FOR = re.compile(L.pattern("rescheduled_for").pattern)
_PRESENT_DEPARTURE = re.compile(
    r"(?:arrives|departs|leaves|heads|lands|flies|jets off|sets off|boards|emplanes|is in|are in)\b"
)
# a visit begun, told in the present or the past ("Lula kicks off visit to Portugal", "began his state visit")
_BEGINS_A_VISIT = re.compile(
    r"(?:begins|began|starts|started|kicks off|kicked off|commences|commenced)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:visit|tour|trip|stay)\b"
)
_REPORT_THAT = re.compile(L.pattern("report_noun").pattern + r"\s+(?:that|of|about)\b")
_CLAUSE_BREAK_SIMPLE = re.compile(r"[;.]|\b(?:who|which|but|said)\b")
_OWN_AUXILIARY = re.compile(r"\b(?:will|would|'ll|shall|to|is|are|was|were|has|have|had)\b")
_CARRIED_AUXILIARY = re.compile(L.pattern("future").pattern)
_NEXT_VERB = re.compile(r",\s*(?:and|then|before)\s|\band\s+(?=" + L.source("next_verb_aux") + r"\b)")
# where a clause ends, for the clause's start and a predicate after the trip
_CLAUSE_END = re.compile(r"[,;]")
# after the trigger, a relative clause on a thing ends the clause too: "to attend the G20 summit, which will be
# marked by the boycott of the United States" (the boycott is not this trip's)
_CLAUSE_END_AFTER = re.compile(r";|\bbut\b|,\s*which\b")
_TO_END = re.compile(r"\bto\s*$")
_WAS_BEFORE = re.compile(r"\b(?:was|were|had)\b[^,;]{0,60}$")
_UNTIL = re.compile(r"^(?:(?!\bfrom\b)[^,;]){0,40}?" + L.pattern("until").pattern)  # not "from Tuesday until Friday"
_SAID_AFTER = re.compile(r",\s*(?:[\w'.-]+\s+){1,6}?" + L.pattern("reporter_after").pattern)
_REPORTED = re.compile(
    r"\b(?:"
    + L.source("reporting_verb")
    + r"|(?:"
    + L.source("reporting_verb_with_object")
    + r")[\w\s]{0,30}?)(?:\s+"
    + L.source("reporting_time")
    + r")?\s+(?:that\s+)?(?:[a-z'’-]+\s+){0,3}$"  # "said Chinese President Xi Jinping would", "said that he would"
)
_REPORTED_THAT = re.compile(
    r"\b(?:" + L.source("reporting_verb") + r")\s+(?:(?:" + L.source("reporting_time") + r")\s+)?that\s"
)
_CALL_BEFORE = re.compile(L.pattern("call_for").pattern + r"\s+(?:[\w'.-]+\s+){0,6}$")
_AHEAD_TOO = re.compile(r"(?:after|before|following)\s+(?:attending|visiting|participating|stopping|a stop|the\s+)")
# "Obama will visit Ethiopia next month after his trip to Kenya": the leader's own trip before the next one
_OWN_TRIP_AHEAD = re.compile(r"(?:after|before|following)\s+(?:his|her|their)\s+" + L.pattern("trip_noun").pattern)
_WISH_BEFORE = re.compile(L.pattern("wish_before").pattern + r"\s+(?:[\w'’.\[\]-]+\s+){0,6}$")  # "hope [President X]"
# the first verb-like word of a gap, after commas and adverbs: " also went to belgium ..."
_FIRST_VERB = re.compile(
    # (after the day it is told on: "Duda on Saturday went on a previously unannounced visit to Kyiv")
    r"[\s,]*(?:(?:on\s+[a-z]+day|yesterday|today|tonight)\s+)?(?:(?:also|then|later|earlier|first|recently|finally|had|has)\s+)*"
    r"(?P<verb>[a-z]+(?: up| off| short| part)?)"
)
_INVITE_BEFORE = re.compile(
    r"(?:"
    + L.pattern("invite_verb").pattern
    + "|"
    + L.pattern("request_verb").pattern
    + r"(?!\s+(?:whether|if|about|why|how|what|when)\b)|"
    + L.pattern("invitation_to").pattern
    + r")\s+(?:[\w'’.-]+\s+){0,8}$"
)  # (not "when asked whether the Kremlin knew of the cancellation of Abbas' visit")
# "pushed back on reports Tuesday that President Trump": the day of the denial may follow its noun
_DENIED_REPORT = re.compile(
    L.pattern("denied_report").pattern + r"(?:\s+(?:on\s+)?(?:today|yesterday|\w+day))?\s+(?:[\w.'’-]+\s+){0,2}$"
)
_DENIED_REPORT_ANYWHERE = L.pattern("denied_report")
_DENY_BEFORE = re.compile(L.pattern("deny_before").pattern + r"\s+(?:[\w.'’-]+\s+){0,4}$")
_AFTER_PAST = re.compile(
    L.pattern("after_past").pattern
    + r"\s+(?:(?:his|her|their|the|a)\s+)?(?:[\w-]+\s+){0,2}$"
    # "their first meeting since Modi's visit to Lahore", "the first time after Modi's brief visit to Lahore": a
    # leader's trip, named by his name, before the first of something
    + r"|\b(?:since|first\s+[\w-]+\s+after)\s+(?:[\w'’-]+\s+){0,4}$"
)
_OUTCOME_OF = re.compile(L.pattern("outcome").pattern + r" (?:of|from) (?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}$")
_CONTINUES = re.compile(r"continu\w* (?:his|her|their) (?:[\w-]+ ){0,3}?(?:visit|trip)\b")
_CONTINUES_AFTER = re.compile(
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,2}?)?\s+" + L.pattern("continues_verb").pattern
)
_CLAUSE_CUE_LISTS = ("declined", "accepted", "condition", "cancel", "postpone")
_CLAUSE_CUES = L.pattern(*_CLAUSE_CUE_LISTS)
_DID_SO = re.compile(r"[^.;]{0,60}?" + L.pattern("did_so").pattern + r"\s*(?:[.,;]|$)")
_TOOK_PLACE = re.compile(
    r"[^.]{0,80}?\b(?:the|that|this|his|her|their) (?:visit|trip|tour|journey)\b[^.;]{0,30}?(?<!never )(?<!not )"
    + L.pattern("took_place").pattern
)
_HABITUAL = re.compile(r"[^.;,]{0,40}?" + L.pattern("habit").pattern)
_HABITUAL_BEFORE = re.compile(L.pattern("habit_before").pattern + r"\s+$")
_DID_NOT_HAPPEN = re.compile(r"[^.;]{0,60}?" + L.pattern("not_happened").pattern)
# "..., but the visit was called off", "but the plan was canceled": the trip (or the plan of it) called off after it
_TRIP_UPDATE = re.compile(
    r"\b(?:the|this|that|his|her|their) (?:trip|visit|tour|journey|plans?)\b[^.;]{0,40}?\b(?P<update>"
    + L.source("update_word")
    + r")"
)
# The words the cues after a trigger need, in one search: most sentences have none.
_AFTER_CUE_LISTS = ("took_place", "habit", "not_happened", "update_word")
_AFTER_CUES = L.pattern(*_AFTER_CUE_LISTS)
_POSTPONE_WORD = re.compile(L.source("postpone_word"))
# (not "was announced": a past verb of the telling, not of the trip)
_AUXILIARY = re.compile(
    r"\b(?:"
    + L.source("in_the_making")
    + r"|(?!(?:"
    + L.source("past_auxiliary")
    + r") "
    + L.source("announced_participle")
    + r"\b)(?:"
    + L.source("auxiliary")
    + r"))\b"
)
_PAST_AUXILIARIES = frozenset(L.words("past_auxiliary"))
_DATE_OF = re.compile(L.pattern("date_of").pattern + r"\s+(?:(?:the|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,3}$")
_ACCEPTS_AFTER = L.pattern("accepts_after")
_PLAN_OVERTAKEN = L.pattern("plan_overtaken")
_FUTURE_THEN = re.compile(L.pattern("future_then").pattern + r"\s+$")
_LEAVING = re.compile(L.source("leaving"))
_PAST_FORM = r"(?:[a-z]+ed|" + L.source("irregular_past") + r")"
# "described his trip", "had a fruitful visit"
_PAST_VERB_BEFORE = re.compile(
    rf"\b(?P<verb>{_PAST_FORM}(?=\s+(?:his|her|their)\s)|had)\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){{0,2}}$"
)
# "The deal was signed during May's visit to Washington in January", "had been accepted by Trump during her visit",
# "held a summit for about 15 minutes on Thursday during Kishida's visit"
# (not "will be signed", "is planned": a participle after "be", "is", "are" is no past)
_PAST_DURING = re.compile(
    rf"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bam )(?<!being )\b(?P<verb>{_PAST_FORM})\s+(?:[\w.'’-]+\s+){{0,8}}?"
    rf"during\s+(?:his|her|their|the|[\w.-]+['’]s?)\s+"
    rf"(?:[\w-]+\s+){{0,2}}$"
)
_PAST_VERB_AFTER = re.compile(
    rf"\s+(?:to|in)\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|be|been)\b)[\w'.-]+\s+){{1,5}}?"
    rf"(?P<verb>{_PAST_FORM})\b"
)
_ANNOUNCING = frozenset(L.words("announcing"))
_APPOSITION = re.compile(r",\s+(?:one of|the|a|an|his|her|their|its)\s[^,;.]{0,110},(?=\s)")
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|whose|where|[\w-]+ed)\b[^,]*$")  # ", who ...", ", re-elected on Sunday"
_ON_A_VISIT = re.compile(
    r"^(?:,\s*(?:who\s+)?|\s+)(?:(?:is|are|was|were)\s+)?(?:currently\s+|now\s+)?on\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
# "other leaders coming for the forum are", "the leaders attending the summit in Hamburg include": a list of guests
# told in the present, without an auxiliary of its own
_PRESENT_ATTENDANCE = re.compile(r"\b(?:coming|travelling|traveling|heading|attending|expected|confirmed)\b")
# a headline's words before "X to visit": title words, after a bullet mark or a live blog's time ("- ", "7m ago 18.51")
# (after a kicker: "Africa Live: Buhari to visit UK", "EXCLUSIVE: ...")
_HEADLINE_BEFORE = re.compile(
    r"^(?:[-•*–—]\s*|\d[\w.:]*\s+|ago\s+|(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*:\s+)*"
    r"(?:[A-Z][\w'.-]*\s+|the\s+|[\w'-]+'s\s+)*$"
)
# "plans are underway for Egyptian President El-Sisi to": the plan, then up to four title words before the leader
_PLAN_FOR_BEFORE = re.compile(L.pattern("plan_for").pattern + r"\s+(?:[\w'.-]+\s+){0,4}$")
_WAS_IN = re.compile(r"\b(?:was|were) in\b")
_PROGRESSIVE = L.pattern("progressive")
_PAST_VERB = re.compile(r"^" + L.pattern("past_verb").pattern)
_ARRIVAL = re.compile(r"^" + L.pattern("arrival_verb").pattern)
_CALENDAR_KINDS = frozenset({"date", "range", "month"})
_PERFECT_ARRIVAL = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|now\s+|officially\s+)?(?:arrived|landed|touched down|departed|left|reached)\b"
)
_DEPARTURE = re.compile(
    r"(?:arrived|landed|touched down|departed|left|headed|flew|set off|embarked|jetted|boarded|emplaned)\b"
)
_ARRIVAL_OR_TRAVEL = re.compile(r"(?:arrived|landed|touched down|flew|travell?ed|jetted)\b")
# the object of a calling-off: "postponing a planned trip to (Japan)"
_CUE_OBJECT = re.compile(r"\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|journey)\s+to\s+")
_INSTEAD_AFTER = re.compile(r",?\s+instead\b(?!\s+of)")
_SET_OFF = re.compile(L.pattern("departure_verb").pattern)
_EN_ROUTE = L.pattern("en_route")
_ARRIVAL_ANYWHERE = re.compile(r"\b(?:arrived|landed|touched down|departed|left|set off|jetted|flew|embarked)\b")
_OTHER_CLAUSE = re.compile(r";|" + L.pattern("other_clause").pattern)  # a full stop inside a sentence is "a.m."


class EnglishClues(Clues):
    """The spans of one English pairing that the rules read (see the module docstring)."""

    @cached_property
    def trigger_text(self) -> str:
        return self.trigger.text

    @cached_property
    def before(self) -> str:
        return self.text[max(0, self.ref.start - 80) : self.ref.start]

    @cached_property
    def gap(self) -> str:
        ref, start = self.ref, self.trigger.start
        gap = self.text[ref.end : start] if ref.end <= start else self.text[:start][-60:]
        gap = RELATIVE_CLAUSE.sub(",", gap)
        # Only the verbs of this trigger: "received an invitation to visit China and would go there".
        parts = _NEXT_VERB.split(gap)
        last = parts[-1]
        if len(parts) > 1 and _OWN_AUXILIARY.search(last) is None:
            # "would host a meeting in Warsaw and then travel to Kyiv": the first verb's auxiliary is this one's
            carried = _CARRIED_AUXILIARY.search(parts[0])
            if carried is not None:
                return carried.group(0) + " " + last
        return last

    @cached_property
    def verb_part(self) -> str:
        return self.gap + " " + self.trigger_text

    @cached_property
    def clause_start(self) -> int:
        """Where ``clause`` begins in the sentence."""
        text = self.text
        if ";" not in text and "but" not in text and "which" not in text:
            return 0
        start = min(self.ref.start, self.trigger.start)
        return max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)

    @cached_property
    def clause(self) -> str:
        text = self.text
        if ";" not in text and "but" not in text and "which" not in text:
            return text
        right_match = _CLAUSE_END_AFTER.search(text, self.trigger.end)
        return text[self.clause_start : right_match.start() if right_match else len(text)]

    @cached_property
    def clause_cues(self) -> bool:
        # One search for the clause's rarer cues; most sentences have none and skip five searches. The
        # sentence's word bits (read by every rule's word test) already say whether any can occur.
        return self.of_sentence("clause_cues", _has_clause_cues)

    @cached_property
    def after_cues(self) -> bool:
        return self.sentence.may_have(_AFTER_CUE_LISTS) and _AFTER_CUES.search(self.text, self.trigger.end) is not None

    @cached_property
    def time(self) -> TimeExpression | None:
        end = self.trigger.end
        if self.kind == "host" and self.pair.destinations:
            end = self.pair.destinations[0].end
        return time_for(self.trigger.start, end, self.sentence.times, self.text)

    @cached_property
    def own_time(self) -> TimeExpression | None:
        """The time inside the travel words ("leaves this weekend for", "departed Monday for"), else ``time``."""
        trigger = self.trigger
        inside = (t for t in self.sentence.times if not t.reporting and trigger.start <= t.start < trigger.end)
        return next(inside, None) or self.time

    @cached_property
    def future_start(self) -> date | None:
        """The trip time's start read forwards; None when there is no time or no reference date."""
        return self.time.resolve(self.day, "future").start if self.time is not None else None

    @cached_property
    def auxiliary(self) -> str | None:
        """The first auxiliary after a trip noun: "Putin's visit ... will be", "Xi's visit ... was"."""
        after = self.text[self.trigger.end : self.trigger.end + 190]
        # (past an apposition: "Zelenskyy's trip to Washington on Wednesday, one of his first foreign visits since
        # the invasion, was widely appreciated")
        after = _APPOSITION.sub(",", after, count=1)
        found = _AUXILIARY.search(after[:70])
        return found.group(0) if found else None

    def after(self, width: int) -> str:
        return self.text[self.trigger.end : self.trigger.end + width]


def _has_clause_cues(sentence: Sentence) -> bool:
    return sentence.may_have(_CLAUSE_CUE_LISTS) and _CLAUSE_CUES.search(sentence.low) is not None


def _c(clues: Clues) -> EnglishClues:
    return cast(EnglishClues, clues)  # the English tables only ever see English clues


# -- the tests the rules use, each a small function of the clues -------------------------------------


def _accepts_after(c: Clues) -> bool:
    return _ACCEPTS_AFTER.search(_c(c).after(100)) is not None


def _continued(c: Clues) -> bool:
    return _CONTINUES.match(c.trigger.text) is not None and c.trigger.text.startswith("continued")


def _continues(c: Clues) -> bool:
    return _CONTINUES.match(c.trigger.text) is not None


def _continues_after(c: Clues) -> bool:
    return _CONTINUES_AFTER.match(c.text, c.trigger.end) is not None


def _instead(c: Clues) -> bool:
    """ "will skip the meetings and visit France and Argentina instead": the trip made in place of the one called
    off ("instead" right after the places of this trip, not after another's)."""
    if not c.pair.destinations:
        return False
    end = max(place.end for place in c.pair.destinations)
    return _INSTEAD_AFTER.match(c.text, max(end, c.trigger.end)) is not None


def _never(c: Clues) -> bool:
    return L.search("never", _c(c).gap) is not None


def _after_the_trip(c: Clues) -> bool:
    start = c.trigger.start
    after = _AFTER_PAST.search(c.text, max(0, start - 70), start)
    if after is not None and L.search("update_word", c.text, after.start(), c.trigger.end) is not None:
        return False  # "shortly after he cancelled trips to Germany" (the verb may be the trigger's): no trip made
    if (
        after is not None
        and (
            _AHEAD_TOO.match(c.text, after.start())
            or (_OWN_TRIP_AHEAD.match(c.text, after.start()) and _own_future_before(c, after.start()))
        )
        and L.search("future", c.text, 0, after.start()) is not None
        and L.search("home", c.text, 0, after.start()) is None
    ):
        return False  # "Kishida will visit Madrid after attending the G7 summit": both ahead (but "fly home after")
    if after is not None and not c.text[: after.start()].strip(" \"“'‘") and _fronted_before_own_future(c):
        return False  # "After stopping by the US, Prabowo will also attend the G20 summit": both ahead
    return after is not None or _OUTCOME_OF.search(c.text, max(0, start - 50), start) is not None


def _fronted_before_own_future(c: Clues) -> bool:
    """Whether the clause after a fronted "After visiting X," is the traveller's own and in the future: "After
    stopping by the US, Prabowo will also attend"."""
    comma = c.text.find(",", c.trigger.end)
    if comma < 0:
        return False
    future = L.search("future", c.text, comma, comma + 60)
    return future is not None and any(
        ref.leader == c.ref.leader
        and comma < ref.start
        and _TITLE_GAP.fullmatch(c.original, comma + 1, ref.start) is not None
        and ref.end <= future.start()
        and _ADVERB_GAP.fullmatch(c.text, ref.end, future.start()) is not None
        for ref in c.sentence.refs
    )


_ADVERB_GAP = re.compile(r"\s*(?:(?:also|then|later|now)\s+)?")  # "Prabowo will", "Prabowo also will"
# the clause's subject right after the comma, perhaps after a title ("US President Obama"; not "Biden said he")
_TITLE_GAP = re.compile(r"\s*(?:(?:the|[A-Z][\w'’.-]*)\s+){0,4}")


def _own_future_before(c: Clues, end: int) -> bool:
    """Whether the leader of ``c`` is the subject of the last future before ``end`` ("Obama will visit Ethiopia
    after his trip to Kenya"; not "Erdogan hoped his Russian counterpart will come after his trip to China")."""
    futures = list(L.pattern("future").finditer(c.text, 0, end))
    future = futures[-1] if futures else None
    return future is not None and any(
        ref.leader == c.ref.leader and ref.end <= future.start() and not c.text[ref.end : future.start()].strip()
        for ref in c.sentence.refs
    )


def _did_not_happen(c: Clues) -> bool:
    return _c(c).after_cues and _DID_NOT_HAPPEN.match(c.text, c.trigger.end) is not None


def _came_true(c: Clues) -> bool:
    return _DID_SO.match(c.text, c.trigger.end) is not None or (
        _c(c).after_cues and _TOOK_PLACE.match(c.text, c.trigger.end) is not None
    )


def _habit(c: Clues) -> bool:
    clues = _c(c)
    return (clues.after_cues and _HABITUAL.match(c.text, c.trigger.end) is not None) or (
        _HABITUAL_BEFORE.search(clues.gap) is not None
    )


def _update(c: Clues) -> str | None:
    if not _c(c).after_cues:
        return None
    found = _TRIP_UPDATE.search(c.text, c.trigger.end)
    return found.group("update") if found else None


def _later_postponed(c: Clues) -> bool:
    word = _update(c)
    return word is not None and _POSTPONE_WORD.match(word) is not None


def _later_cancelled(c: Clues) -> bool:
    return _update(c) is not None


def _dismissed_report(c: Clues) -> bool:
    """ "Reports that Trump plans to travel to Moscow were 'a canard'": the report before, its dismissal after."""
    report = _REPORT_THAT.search(c.text, 0, c.ref.start)
    # quotes around the verdict read as spaces ("were 'a canard'")
    return report is not None and L.search("report_dismissed", c.text[c.trigger.end :].replace("'", " ")) is not None


def _no_plans_for(c: Clues) -> bool:
    """ "There are currently no plans for Donald Trump to visit Britain": the leader's trip is denied."""
    return _TO_END.search(_c(c).gap) is not None and _DENY_BEFORE.search(_c(c).before) is not None


def _denied_report(c: Clues) -> bool:
    return _DENIED_REPORT.search(_c(c).before) is not None


def _meeting_report_denied(c: Clues) -> bool:
    """ "denied a newspaper report claiming that Erdogan would meet Assad in Moscow": the report of the meeting,
    before its verb (whichever side the pair is of), is denied."""
    start = max(0, c.trigger.start - 120)
    found = list(_DENIED_REPORT_ANYWHERE.finditer(c.text, start, c.trigger.start))
    return bool(found) and _CLAUSE_BREAK_SIMPLE.search(c.text, found[-1].end(), c.trigger.start) is None


def _calling_off_in_verb(c: Clues) -> bool:
    """ "denied reports that he would cancel his trip", "denied reports that Trump's trip to Ireland was canceled":
    the calling off is the verb's, or the trip noun's predicate."""
    verb = _c(c).verb_part
    if c.kind == "noun":
        predicate = _CLAUSE_END.split(_c(c).after(60), maxsplit=1)[0]
        verb += " " + predicate
    return L.search("postpone", verb) is not None or L.search("cancel", verb) is not None


def _counterfactual(c: Clues) -> bool:
    """ "would have visited", "the visit would have been his first trip to India": what did not come about (not
    "will make his first trip to Cuba when Netanyahu would have been visiting": another clause's)."""
    if L.search("counterfactual", _c(c).verb_part) is not None:
        return True
    return _COUNTERFACTUAL_BEFORE.search(c.text, max(0, c.ref.start - 30), c.ref.start) is not None


def _unable_after(c: Clues) -> bool:
    """ "would have attended the summit, but was not able to because of ...": the trip given up."""
    return L.search("unable_after", _c(c).after(80)) is not None


def _on_a_visit(c: Clues) -> bool:
    return c.ref.end <= c.trigger.start and _ON_A_VISIT.match(c.text[c.ref.end : c.trigger.start]) is not None


def _visit_ahead(c: Clues) -> bool:
    """ "Hollande will be on a state visit", "look forward to welcoming Hollande on a state visit", "officials will
    accompany the President on his second trip to Ghana": a visit to come."""
    if L.search("future", _c(c).gap) is not None:
        return True
    if _FUTURE_VERB_OF_OBJECT.search(c.text, max(0, c.ref.start - 60), c.ref.start) is not None:
        return True
    return _WELCOMED_GUEST.search(c.text, max(0, c.ref.start - 100), c.ref.start) is not None


# the leader as the object of a verb in the future: "will accompany the President on his trip"
_FUTURE_VERB_OF_OBJECT = re.compile(r"(?:" + L.source("future") + r")\s+(?:[\w-]+\s+){1,3}$")


def _call_for_visit(c: Clues) -> bool:
    clues = _c(c)
    return _TO_END.search(clues.gap) is not None and _CALL_BEFORE.search(clues.before) is not None


def _in_clause(name: str) -> Test:
    return lambda c: _c(c).clause_cues and _real_cue(name, _c(c).clause, c)


def _real_cue(name: str, span: str, c: Clues | None = None) -> bool:
    """A calling-off cue in ``span`` that is said to happen, not threatened or possible ("could be cancelled"),
    and (given the pairing's clues) not one whose object is a trip to another country ("will also visit Papua New
    Guinea ... after postponing a planned trip to Japan")."""
    for found in L.pattern(name).finditer(span):
        if _MODAL_BEFORE.search(span, max(0, found.start() - 25), found.start()) is not None:
            continue
        if c is not None and _cue_of_another_trip(c, _c(c).clause_start + found.end()):
            continue
        if c is not None and _cue_in_a_phrase_of_time(c, _c(c).clause_start + found.start()):
            continue
        if (
            c is not None
            and c.trigger.start > _c(c).clause_start + found.end()
            and _THE_BEFORE.search(span, max(0, found.start() - 5), found.start())
            and _VERB_AFTER_CUE.match(span, found.end())
        ):
            continue  # "The postponement is regarded as a setback as Xi will be going ahead with the India visit"
        return True
    return False


# A calling-off named as the subject of its own verb, before the trip: one told before ("The postponement is ...")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_VERB_AFTER_CUE = re.compile(r"\s+(?:is|was|has|had|comes|came)\b")


# "After postponing his trip for a day, Lula begins his visit", "will travel on Thursday, following a
# rescheduled visit": a calling-off told in a phrase of time beside the trip is its history, not its status
_AFTER_PHRASE = re.compile(r"\b(?:after|following)\s+(?:[\w'’-]+\s+){0,3}$")


def _cue_in_a_phrase_of_time(c: Clues, start: int) -> bool:
    """Whether the calling-off at ``start`` opens an "after ..."/"following ..." phrase that the trigger is not in."""
    text = c.text
    phrase = _AFTER_PHRASE.search(text, max(0, start - 40), start)
    if phrase is None:
        return False
    comma = text.find(",", start)
    end = comma if comma != -1 else len(text)
    return not phrase.start() <= c.trigger.start < end


def _cue_of_another_trip(c: Clues, end: int) -> bool:
    """Whether the calling-off ending at ``end`` is of "a planned trip to" a place not among the pairing's."""
    trip = _CUE_OBJECT.match(c.text, end)
    if trip is None:
        return False
    own = {place.country for place in c.pair.destinations}
    place = next((p for p in c.sentence.places if trip.end() <= p.start <= trip.end() + 4), None)
    return place is not None and place.country not in own


# "may" as the month: a day number after it, or a preposition or "early", "mid", "late" before it
_MONTH_MAY = re.compile(r"\bmay\s+\d|\b(?:in|on|of|since|until|by|from|early|mid|late|next|last|this)[\s-]+may\b")


def _invited(c: Clues) -> bool:
    clues = _c(c)
    return _INVITE_BEFORE.search(clues.before) is not None or L.search("invited", clues.gap) is not None


def _not_invited(c: Clues) -> bool:
    return _NOT_INVITED_BEFORE.search(c.text, max(0, c.trigger.start - 40), c.trigger.start) is not None


_NOT_INVITED_BEFORE = re.compile(L.pattern("not_invited").pattern + r"\s+(?:[\w-]+\s+)?$")


def _conditional(c: Clues) -> bool:
    clues = _c(c)
    return (clues.clause_cues and _condition_in_clause(c)) or _modal("hypothetical", clues.gap)


_ASKING_BEFORE = re.compile(r"\b" + L.source("indirect_question_verb") + r"\s+$")


def _condition_in_clause(c: Clues) -> bool:
    """A condition word in the trip's clause; not one after the trip that opens a question of its own ("he will
    come through the UK and see if he can get a town hall meeting")."""
    clues = _c(c)
    start = clues.clause_start
    for found in L.pattern("condition").finditer(c.text, start, start + len(clues.clause)):
        at = found.start()
        if at < c.trigger.end or not _ASKING_BEFORE.search(c.text, max(0, at - 20), at):
            return True
    return False


_POSSIBILITY = L.pattern("possibility", before=r"\s*", after=r"\s*")


def _possible_trip(c: Clues) -> bool:
    """ "Modi may arrive in Dhaka on March 26", "Putin might travel to Turkey": the leader's trip told as
    possible, with no condition to it and not left open both ways, is a plan on the teller's word."""
    clues = _c(c)
    return (
        _POSSIBILITY.fullmatch(clues.gap) is not None
        and L.search("condition", clues.clause) is None
        and L.search("possibility_undone", c.text, c.trigger.end) is None
        and L.search("vague_time", c.text, c.trigger.end) is None
    )


def _modal(name: str, text: str) -> bool:
    """Whether a phrase of list ``name`` is in ``text``, the month not counting as "may" ("will meet leaders on May
    22 on the way to Sydney", "in May")."""
    return any(
        found.group(0) != "may" or _MONTH_MAY.search(text, max(0, found.start() - 8), found.end() + 3) is None
        for found in L.pattern(name).finditer(text)
    )


def _would_hypothetical(c: Clues) -> bool:
    clues = _c(c)
    would = L.search("would", clues.gap)
    if would is not None and c.ref.start > c.trigger.start:
        # a traveller listed after the verb ("he said he would attend, as well as Starmer"): the report is before it
        start = max(0, c.trigger.start - 60)
        would = L.search("would", c.text, start, c.trigger.start)
        return would is not None and _REPORTED.search(c.text, 0, would.start()) is None
    return (
        would is not None
        and _REPORTED.search(clues.before) is None
        and _REPORTED.search(c.text, max(0, c.ref.start - 30), c.ref.start) is None
        and _SAID_AFTER.search(c.text, c.trigger.end) is None  # "Putin would visit Vietnam, the Kremlin said"
    )


def _cancelled(c: Clues) -> bool:
    clues = _c(c)
    return (
        (clues.clause_cues and _real_cue("cancel", clues.clause, c))
        or _PLAN_OVERTAKEN.search(clues.verb_part)
        is not None  # "had been expected to travel to Israel, before the war"
        or _PLAN_OVERTAKEN.search(c.text, max(0, c.trigger.start - 60), c.trigger.start) is not None
    )


def _rescheduled_for_a_date(c: Clues) -> bool:
    """ "has been rescheduled for March 20": the trip has a new date ahead."""
    found = _RESCHEDULED_FOR.search(c.text)
    if found is None:
        return False
    time = next((t for t in c.sentence.times if 0 <= t.start - found.end() < 5), None)
    if time is None or time.precision not in ("day", "week", "month"):
        return False
    start = time.resolve(c.day, "future").start
    return _after_day(start, c.day)


def _update_before_trip(c: Clues) -> str | None:
    """ "was scheduled to travel to China in March, but had to postpone the trip" (not a calling-off only possible or
    threatened: "ending the speculation that he might call off the trip")."""
    for found in L.pattern("update_before_trip").finditer(c.text, c.trigger.end):
        if _MODAL_BEFORE.search(c.text, max(0, found.start() - 25), found.start()) is None:
            return found.group(0)
    return None


def _later_postponed_verb(c: Clues) -> bool:
    word = _update_before_trip(c)
    return word is not None and _POSTPONE_WORD.match(word) is not None


def _wished_by_others(c: Clues) -> bool:
    # "Ankara hopes that US President Donald Trump will visit Turkey": a wish, not a plan (not the traveller's own:
    # "Trump said he hopes he will visit")
    wish = _WISH_BEFORE.search(_c(c).before)
    if wish is None:
        return False
    at = c.ref.start - len(_c(c).before) + wish.start()
    return not any(ref.leader == c.ref.leader and 0 <= at - ref.end <= 2 for ref in c.sentence.refs)


def _ending_visit(c: Clues) -> bool:
    return L.search("ending_verb", c.trigger.text) is not None and not _future(c)


_ENDING_NOW = re.compile(L.source("ending_now") + r"\b", re.IGNORECASE)


def _ending_now(c: Clues) -> bool:
    """A present ending verb whose time, if any, is the report's day (or, undated, a bare weekday)."""
    if _ENDING_NOW.match(c.trigger.text) is None:
        return False
    time = _c(c).own_time
    if time is None:
        return True
    if c.day is None:
        return time.kind == "weekday" or _today(time)
    when = time.resolve(c.day, "future")
    return when.start == c.day


_BEFORE_OR_AFTER_END = re.compile(r"\b(?:before|after)\s*$")


def _clause_verb_past(c: Clues) -> bool:
    """The clause's own verb is past: "left Dhaka on Tuesday on a visit to Japan", "went to Belgium to attend"."""
    gap = _c(c).gap
    if (
        c.pair.how != "clause_subject"
        and not _TO_END.search(gap)
        # "he met the prince before travelling to Makkah": a participle's tense is its clause's
        and not (c.trigger.text.endswith("ing") and _BEFORE_OR_AFTER_END.search(gap))
    ):
        return False
    head = _clause_head(c)
    return head is not None and _PAST_VERB.match(head) is not None


def _clause_head(c: Clues) -> str | None:
    """The first verb-like word between the traveller and the trigger: "left" of "left Dhaka on Tuesday on a visit"."""
    head = _FIRST_VERB.match(_c(c).gap)
    return head.group("verb") if head is not None else None


def _hosted_remotely(c: Clues) -> bool:
    """ "will host his Chinese counterpart Xi Jinping for a virtual summit": the meeting's own words, up to the
    clause's end, hold it on screens (not "..., after a video call last week")."""
    window = c.text[c.trigger.end : c.trigger.end + 90]
    end = _CLAUSE_END.search(window)
    return L.search("remote", window[: end.start()] if end else window) is not None


def _remote(c: Clues) -> bool:
    """ "will be participating in the G20 summit in Rome via video link": virtual attendance is no trip."""
    clues = _c(c)
    return L.search("remote", clues.verb_part) is not None or L.search("remote", clues.after(100)) is not None


def _earlier_trip(c: Clues) -> bool:
    """ "Unlike his recent visit to the US, ...": the trip noun is one gone by."""
    found = L.search("earlier_trip", c.text, max(0, c.trigger.start - 30), c.trigger.end)
    return found is not None and found.end() >= c.trigger.start


def _ended_before_possessor(c: Clues) -> bool:
    """ "wrapping up her official visit to Myanmar", "after concluding his visit to": the trip is over."""
    if c.pair.how != "possessor":
        return False
    return L.search("ending_verb", c.text, max(0, c.ref.start - 25), c.ref.start) is not None


# "there will be no visit of Putin to Ankara", "no official trip is planned": the trip noun negated
_NO_TRIP = re.compile(r"\bno\s+(?:(?:" + L.source("trip_modifier") + r")\s+){0,2}$")


def _denied(c: Clues) -> bool:
    clues = _c(c)
    if L.search("deny", clues.verb_part) is not None:
        return True
    if c.kind == "noun" and _NO_TRIP.search(c.text, max(0, c.trigger.start - 40), c.trigger.start) is not None:
        return True
    if L.search("denied_after", clues.after(70).split(";")[0]) is not None:
        return True
    return L.search("remote", c.text) is not None and L.search("deny", clues.after(60)) is not None


def _ruled_out(c: Clues) -> bool:
    clues = _c(c)
    return L.search("ruled_out", clues.clause) is not None and L.search("deny", clues.clause) is not None


def _future(c: Clues) -> bool:
    return L.search("future", _c(c).verb_part) is not None


_WEIGHING_A_TRIP = re.compile(
    L.pattern("weighing_a_trip").pattern + r"\s+(?:(?:a|an|another|the)\s+(?:[\w-]+\s+){0,2})?$"
)


def _weighing_a_trip(c: Clues) -> bool:
    """ "is considering visiting Japan", "is weighing a trip to Japan", "is exploring the possibility of
    travelling to": the trip is the object of an intention."""
    if c.kind != "noun" and not c.trigger.text.endswith("ing"):
        return False
    return _WEIGHING_A_TRIP.search(_c(c).gap) is not None


def _leaving(c: Clues) -> bool:
    """ "will end his visit to China on Friday": there now; but "will end his tour in Angola" and "will conclude
    his tour with a stop in Oman" name the tour's last leg, which is still ahead."""
    if _LEAVING.match(c.trigger.text) is None:
        return False
    destination = c.pair.destinations[0].start if c.pair.destinations else c.trigger.end
    return L.search("last_leg", c.text[c.trigger.start : max(destination, c.trigger.end)] + " ") is None


def _next_leg(c: Clues) -> bool:
    """ "before flying to Canberra for the next leg of his Australian visit" (this afternoon, or undated): the trip
    has begun and this leg follows now; not a leg dated further ahead, nor one told in the past ("flew to")."""
    if _PAST_VERB.match(c.trigger.text) is not None or L.search("next_leg", c.text, c.trigger.end) is None:
        return False
    time, day = _c(c).time, c.day
    if time is None or day is None:
        return time is None
    when = time.resolve(day, "future")
    return when.start is not None and 0 <= (when.start - day).days <= 1


def _until(c: Clues) -> bool:
    return _UNTIL.search(_c(c).after(60)) is not None


def _governed_by_future(c: Clues) -> bool:
    """ "Lee plans to extend his outreach with trips to ...", "Putin, after his visit to India, will ...":
    the verb that governs a trip noun's possessor, or follows the fronted subject, is future."""
    if c.pair.how == "possessor" and c.ref.how == "pronoun":
        window = c.text[max(0, c.ref.start - 40) : c.ref.start]
        return L.search("future", window) is not None and _CLAUSE_BREAK_SIMPLE.search(window) is None
    if c.pair.how == "fronted_subject":
        # "On their arrival in Kyiv, Macron said they would ...": a future in what the subject says is not its verb
        found = L.search("future", c.text, c.ref.end, c.ref.end + 40)
        return found is not None and L.search("reporting_verb", c.text, c.ref.end, found.start()) is None
    return False


def _ahead_of_the_trip(c: Clues) -> bool:
    return _AHEAD_OF_TRIP.search(c.text, max(0, c.trigger.start - 60), c.trigger.start) is not None


_AHEAD_OF_TRIP = re.compile(r"\b(?:ahead of|prior to|in the run-up to)\s+(?:[\w'’-]+\s+){0,4}$")


def _governed_by_arrival(c: Clues) -> bool:
    """ "arrived at the airport on Tuesday for his first state visit to the Philippines": the trip noun's
    possessor is the subject of an arrival or departure told in the past; the trip has begun."""
    if c.pair.how != "possessor" or c.ref.how != "pronoun":
        return False
    window = c.text[max(0, c.ref.start - 120) : c.ref.start]
    found = [match for match in _ARRIVAL_ANYWHERE.finditer(window)]
    return bool(found) and _OTHER_CLAUSE.search(window, found[-1].end()) is None


_RETURNED_FROM_BEFORE = re.compile(
    r"\b" + L.source("returning") + r"\b[^.;,]{0,60}?\bfrom\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}$"
)


def _returned_from(c: Clues) -> bool:
    """ "returned to the Philippines on Wednesday morning from his two-day state visit to Viet Nam": the trip one
    came back from is over."""
    return _RETURNED_FROM_BEFORE.search(c.text, max(0, c.trigger.start - 110), c.trigger.start) is not None


def _leaving_now_or_ahead(c: Clues) -> bool:
    return _LEAVING_PRESENT.match(c.trigger.text) is not None


_LEAVING_PRESENT = re.compile(L.source("leaving_present") + r"\b")


def _fronted_subject_past(c: Clues) -> bool:
    """ "After a visit to Berlin, Ramaphosa flew to Paris": the subject's verb after a fronted trip is a past travel
    verb; or any verb in the past after "On", "During", "While" or "After" the trip ("On November's trip to Malaysia,
    Obama touted the deal"; not "Ahead of his trip to India, Obama said": the trip is still to come)."""
    if c.pair.how != "fronted_subject":
        return False
    head = _FIRST_VERB.match(c.text, c.ref.end)
    if head is None:
        return False
    return _PAST_VERB.match(head.group("verb")) is not None or (
        _DURING_OPENER.match(c.text) is not None and _PAST_FORM_WORD.fullmatch(head.group("verb")) is not None
    )


_DURING_OPENER = L.pattern("during_opener")
_PAST_FORM_WORD = re.compile(_PAST_FORM)


def _future_nominal(c: Clues) -> bool:
    start = c.trigger.start
    return L.search("future_nominal", c.text[max(0, start - 30) : start + 12]) is not None


def _in_itinerary(c: Clues) -> bool:
    return _ITINERARY_BEFORE.search(c.text, max(0, c.trigger.start - 50), c.trigger.start) is not None


_ITINERARY_BEFORE = re.compile(r"\b" + L.source("itinerary_includes") + r"\s+(?:[\w-]+\s+){0,2}$")


def _will_be_the_trip(c: Clues) -> bool:
    start = min(c.ref.start, c.trigger.start)
    return _WILL_BE_BEFORE.search(c.text, max(0, start - 50), start) is not None


_WILL_BE_BEFORE = re.compile(r"\b(?:this|it|that|which)\s+(?:will|is to|is set to)\s+be\s+(?:[\w'’.-]+\s+){0,4}$")


def _date_of_visit(c: Clues) -> bool:
    """ "the date of Putin's visit to Turkey would be agreed", "an official date for Xi's state visit has yet to be
    announced": the trip is a plan whose date is not set (a "new date" is a postponement's)."""
    before = c.text[max(0, min(c.ref.start, c.trigger.start) - 40) : c.trigger.start]
    found = _DATE_OF.search(before)
    return found is not None and not before[: found.start()].endswith("new ")


def _past_auxiliary(c: Clues) -> bool:
    return _c(c).auxiliary in _PAST_AUXILIARIES


def _return_noun(c: Clues) -> bool:
    return c.trigger.text.startswith("return")


def _pronoun_future_then(c: Clues) -> bool:
    return c.ref.how == "pronoun" and _FUTURE_THEN.search(c.text, max(0, c.ref.start - 40), c.ref.start) is not None


def _progressive(c: Clues) -> bool:
    span = c.text[min(c.ref.start, c.trigger.start) : c.trigger.end]
    return _PROGRESSIVE.search(RELATIVE_CLAUSE.sub(",", span)) is not None


def _progressive_with_future_time(c: Clues) -> bool:
    # "is visiting France next week"; but in "Xi, who is visiting France, will go to Serbia on Sunday"
    # the time is the next verb's.
    clues = _c(c)
    time = clues.time
    if time is None:
        # "Biden and Macron are attending the event": the time of the gathering named before, when ahead
        return _present_with_time_ahead(c)
    if not _after_day(clues.future_start, c.day, strict=True):
        return False
    return not (_RELATIVE_OPEN.search(c.text, c.ref.end, c.trigger.start) and "," in c.text[c.trigger.end : time.start])


def _perfect_or_last(c: Clues) -> bool:
    clues = _c(c)
    verb_part = clues.verb_part
    if _PERFECT_PASSIVE_TO.search(clues.gap) is not None:
        return False  # "has been reported to fly to Samarkand on Thursday": the report is done, not the trip
    return L.search("last_time", verb_part) is not None or L.search("perfect", verb_part) is not None


_PERFECT_PASSIVE_TO = re.compile(r"\b(?:has|have|had|'s)\s+been\s+[a-z]+ed\s+to\s*$")


def _past_verb(c: Clues) -> bool:
    clues = _c(c)
    gap = clues.gap.strip()
    tail = gap.split()[-1] if gap else ""
    head = c.trigger.text.split()[0] if c.kind != "noun" else ""
    return (
        _PAST_VERB.match(c.trigger.text) is not None
        or tail in ("was", "were")
        or (c.kind == "be_in" and head in ("was", "were"))
    )


def _told_in_past(c: Clues) -> bool:
    """ "Lula described his trip to Beijing in April as ...", "Xi's visit to Paris in May marked ..."."""
    clues = _c(c)
    if clues.time is not None and L.search("explicit_future", clues.time.text.lower()) is not None:
        return False
    text, trigger = c.text, c.trigger
    before = _PAST_VERB_BEFORE.search(text, max(0, trigger.start - 60), trigger.start) or _PAST_DURING.search(
        text, max(0, trigger.start - 110), trigger.start
    )
    if before is not None and before.group("verb") not in _ANNOUNCING:
        return True
    after = _PAST_VERB_AFTER.match(text, trigger.end, trigger.end + 70)
    aux = _AUXILIARY.search(text[trigger.end : trigger.end + 70])
    return (
        after is not None
        and after.group("verb") not in _ANNOUNCING
        and c.original[after.start("verb")].islower()  # not "the United States"
        and (aux is None or after.start("verb") <= trigger.end + aux.start())
    )


def _would_auxiliary(c: Clues) -> bool:
    """A trip noun with "would" is hypothetical, unless it is reported speech: "Trump announced earlier this month
    that his first foreign visit would be to Saudi Arabia" (a plan told in the past)."""
    if _c(c).auxiliary != "would":
        return False
    start = min(c.ref.start, c.trigger.start)
    return (
        _REPORTED.search(c.text, max(0, start - 50), start) is None
        or _ARRANGED_AFTER.match(c.text, c.trigger.end, c.trigger.end + 40) is None
    )


_ARRANGED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + L.pattern("arranged_as").pattern)


def _any_auxiliary(c: Clues) -> bool:
    return _c(c).auxiliary is not None


def explicitly_past(time: TimeExpression, day: date | None) -> bool:
    """ "last November", "two years ago", "yesterday", "earlier this month", a year gone by, a day just gone."""
    if time.counted_back:
        return True
    if L.search("explicit_past", time.text.lower()) is not None:
        return True
    if time.kind == "year" and time.year is not None and day is not None and time.year < day.year:
        return True
    return day_just_gone(time, day)


def _explicit_past_time(c: Clues) -> bool:
    time = _c(c).time
    return time is not None and explicitly_past(time, c.day)


def _after_day(start: date | None, day: date | None, strict: bool = False) -> bool:
    """Whether a trip starting ``start`` lies ahead of ``day``; unknown (no reference) counts as ahead."""
    if start is None or day is None:
        return day is None
    return start > day if strict else start >= day


def _nearer_behind(c: Clues) -> bool:
    """A month or date without a year, and nothing to say which way: "the photos from Modi's visit to
    Kyiv in August", read in September, show the August just gone, not one eleven months ahead (a trip
    that far off is written "next August"). A present "is"/"are" after the trip noun speaks of a plan."""
    time, day = _c(c).time, c.day
    if time is None or day is None or time.kind not in _CALENDAR_KINDS or time.has_year:
        return False
    if L.search("explicit_future", c.text, time.start, time.end + 20) or L.search(
        "is_are", c.text, c.trigger.end, c.trigger.end + 70
    ):
        return False
    ahead, behind = time.resolve(day, "future").start, time.resolve(day, "past").start
    return ahead is not None and behind is not None and (day - behind).days <= 92 and (day - behind) < (ahead - day)


def _time_ahead(c: Clues) -> bool:
    clues = _c(c)
    if clues.time is not None and c.day is None and clues.time.has_year:
        return False  # "the state visit of Herzog to Ukraine in October 2021", undated and with no future verb: told
    return (
        clues.time is not None
        and _after_day(clues.future_start, c.day)
        and not _today_only(c)
        and not _nearer_behind(c)
    )


def _today_only(c: Clues) -> bool:
    """ "at a media briefing on her tour of Japan on Sunday", read on that Sunday: a trip noun whose only day is the
    article's is not told as ahead (nor is the briefing's day the trip's); "later this week" still runs ahead."""
    time, day = _c(c).time, c.day
    if time is None or day is None:
        return False
    when = time.resolve(day, "future")
    return when.start == day and when.end == day


def _planned_for_after(c: Clues) -> bool:
    """ "has a trip to Saudi Arabia planned for March": the trip noun's own words after it say it is planned for a
    time (not "was planned for January": a plan told in the past, which ``_AUXILIARY`` finds first)."""
    return _PLANNED_FOR_AFTER.match(_c(c).after(60)) is not None


_PLANNED_FOR_AFTER = re.compile(r"[^,.;]{0,40}?\s" + L.source("planned_for") + r"\b")


def _has_time(c: Clues) -> bool:
    return _c(c).time is not None


def _past_copula_before(c: Clues) -> bool:
    return L.search("past_copula", _c(c).before) is not None


def _headline(c: Clues) -> bool:
    return _c(c).gap.strip() == "to" and _HEADLINE_BEFORE.match(c.original[: c.ref.start]) is not None


def _plan_for(c: Clues) -> bool:
    """ "plans are underway for El-Sisi to visit Washington": the leader is the subject of a plan named before."""
    return _c(c).gap.strip() == "to" and _PLAN_FOR_BEFORE.search(c.text[: c.ref.start]) is not None


def _dated(c: Clues) -> bool:
    return c.day is not None


def _plan_in_past(c: Clues) -> bool:
    """ "was set to travel to Angola", "had planned to visit": a plan told in the past tense."""
    return L.search("plan_in_past", _c(c).verb_part) is not None


def _announced_before(c: Clues) -> bool:
    """ "had confirmed his participation" in the clause: an announcement the story tells as overtaken."""
    return L.search("announced_earlier", _c(c).clause) is not None


_ANNOUNCED_TRIP = re.compile(L.pattern("announced_trip").pattern + r"\s+(?:[\w-]+\s+){0,2}$")
_TRIP_AS_NOUN = L.pattern("trip_as_noun")


def _announced_trip(c: Clues) -> bool:
    """ "Scholz has confirmed his attendance at the summit in Switzerland", "confirmed Xi's visit to Kenya": the
    trip is the object of its announcement, a plan; not one told as overtaken ("had confirmed his participation",
    "confirmed his participation, but later pulled out"), nor the subject of a clause of its own ("confirmed his
    visit to Kenya was a success")."""
    if _announcement(c) != "now":
        return False
    after = c.text[c.trigger.end : c.trigger.end + 90]
    clause = re.split(r"[,;]", after, maxsplit=1)[0]
    return L.search("announcement_undone", after) is None and L.search("past_copula", clause) is None


_UNANNOUNCED_TRIP = re.compile(L.pattern("unannounced_trip").pattern + r"\s+(?:[\w-]+\s+){0,2}$")


def _unannounced_trip(c: Clues) -> bool:
    """ "In the statement Sisi did not explicitly confirm his attendance for the summit": the trip is the object of
    an announcement not made, no plan of its own (an invitation told before it stands)."""
    if c.kind != "noun" and _TRIP_AS_NOUN.match(c.trigger.text) is None:
        return False
    return _UNANNOUNCED_TRIP.search(c.text, max(0, c.trigger.start - 70), c.trigger.start) is not None


def _announced_earlier(c: Clues) -> bool:
    """ "had confirmed his participation": an announcement the story tells as overtaken (the plan changed since)."""
    return _announcement(c) == "earlier"


def _announcement(c: Clues) -> str | None:
    """How a trip noun is told as the object of its announcement: "now" ("has confirmed his attendance"),
    "earlier" ("had confirmed his participation"), or None (it is not)."""
    if c.kind != "noun" and _TRIP_AS_NOUN.match(c.trigger.text) is None:
        return None
    before = c.text[max(0, c.trigger.start - 60) : c.trigger.start]
    found = _ANNOUNCED_TRIP.search(before)
    if found is None:
        return None
    if L.search("announced_earlier", before[: found.end()]) is None:
        return "now"
    # "the minister said on Monday that Sunak had confirmed his attendance": the tense of the report, not a plan
    # overtaken since
    return "now" if _REPORTED_THAT.search(c.text, 0, c.trigger.start - len(before) + found.start()) else "earlier"


def _present_attendance(c: Clues) -> bool:
    """ "Other leaders coming for Belt and Road forum are Putin, Macri and Zeman": the guests of a gathering
    ahead or under way, a plan stated as fact (a past time in the sentence decides before this rule)."""
    return _PRESENT_ATTENDANCE.search(c.trigger.text) is not None


def _was_to(c: Clues) -> bool:
    gap = _c(c).gap
    return _WAS_BEFORE.search(gap) is not None and _TO_END.search(gap) is not None


def _present_departure_today(c: Clues) -> bool:
    """ "Tusk arrives in Kyiv", "PM Imran leaves for Sri Lanka today", "Lula kicks off visit to Portugal", "is in
    London on Wednesday" read on Wednesday: the news of the day, under way (a later day, "leaves for Myanmar on
    Monday" read on Sunday, is a plan)."""
    time = _c(c).own_time
    if time is None and _BEGINS_A_VISIT.match(c.trigger.text) and not _OWN_AUXILIARY.search(_c(c).gap):
        return True  # "Lula kicks off visit to Portugal" (a time of its own is read below only for arrivals)
    if c.kind == "attend_list" or _PRESENT_DEPARTURE.match(c.trigger.text) is None or _OWN_AUXILIARY.search(_c(c).gap):
        return False  # (not "heads of state that confirmed their attendance ... are": a list of guests)
    if time is None or (c.day is None and _undated_day_of_report(time)):
        return True  # "leaves New Delhi on Saturday for Portugal" in an undated report: the news of the day
    return c.day is not None and time.resolve(c.day, "future").start == c.day


def _departs(c: Clues) -> bool:
    """ "left for Portugal", "jetted off to India", "departed on a visit to Peru": leaving home for the trip."""
    if _SET_OFF.match(c.trigger.text) is not None:
        return True
    head = _FIRST_VERB.match(_c(c).gap) if c.kind == "noun" else None
    return head is not None and _SET_OFF.match(head.group("verb")) is not None


def _leaves_home(c: Clues) -> bool:
    home = {m.country for m in c.sentence.mentions if m.kind in ("leader", "title") and m.entity == c.ref.leader}
    return any(place.country in home for place in c.pair.destinations)


def _set_off_recently(c: Clues) -> bool:
    return _departs(c) and _lately(c)


def _lately(c: Clues) -> bool:
    """No time, a time within two days of the report, or a weekday of an undated report (the news of the day)."""
    time = _c(c).own_time
    if time is None or (c.day is None and time.weekday is not None):
        return True
    start = time.resolve(c.day, "past").start
    return start is not None and c.day is not None and 0 <= (c.day - start).days <= 2


def _here_now_time(c: Clues) -> bool:
    time = _c(c).time
    return c.kind == "be_in" and time is not None and L.search("here_now_time", time.text.lower()) is not None


def _visiting_today(c: Clues) -> bool:
    # "Sunak, visiting Israel on Thursday, said": on the day of the report
    clues = _c(c)
    return (
        clues.gap.strip() in ("", ",")
        and c.trigger.text.split()[0].endswith("ing")
        and c.day is not None
        and clues.future_start == c.day
    )


def _arrival_today(c: Clues) -> bool:
    """ "announced his arrival in New York on the evening of 18 September", read that day: under way."""
    time = _c(c).own_time
    if not c.trigger.text.startswith("arrival") or time is None or c.day is None:
        return False
    return time.resolve(c.day, "future").start == c.day


def _en_route(c: Clues) -> bool:
    """ "Lula is on his way to China", "Zelensky, en route to Washington,": travelling now (the merge puts the
    tour's legs of that week under way); not "will stop in Lisbon on his way to China" (a future before it)."""
    return (
        _EN_ROUTE.match(c.trigger.text) is not None
        and L.search("future", c.text, 0, c.trigger.start) is None
        and not _present_with_time_ahead(c)
    )


def _present_with_time_ahead(c: Clues) -> bool:
    # "arrives in Paris on Sunday", "begins a state visit on Tuesday", "leaves this weekend for Australia": ahead,
    # unless it is the report's very day ("begins his state visit today": under way; "later this month" is still
    # ahead); in an undated report a bare weekday ("on Tuesday begins a state visit", "is returning from the
    # summit on Monday night") or "today" is the news of the day, as in ``_lately``, and a year ("in 2018 he set
    # out on a tour, heading to China") puts nothing ahead without a future word, as for a trip noun
    # (``_time_ahead``)
    time = _c(c).own_time
    if time is None and c.day is not None and c.pair.destinations and c.pair.destinations[0].start < 0:
        # "The G7 summit will be held from June 13 to 15. ... Biden is among the leaders attending the summit":
        # the time of the gathering named before, in a dated report, when its nearest reading is ahead ("was
        # held from May 2 to 4", told on May 27, is not next year's)
        return _context_time_ahead(c.sentence.context_time, c.day)
    if time is None:
        return False
    if c.day is None:
        return not (time.has_year or _undated_day_of_report(time))
    start = time.resolve(c.day, "future").start
    return _after_day(start, c.day, strict=time.kind in ("date", "range", "weekday") or _today(time))


def _context_time_ahead(time: TimeExpression | None, day: date) -> bool:
    if time is None:
        return False
    start = time.resolve(day, "future").start
    # (as for a time of its own: "later this month" is ahead, though its span begins on the report's day)
    if start is None or not _after_day(start, day, strict=time.kind in ("date", "range", "weekday") or _today(time)):
        return False
    return time.has_year or (start - day).days <= 183


def _today(time: TimeExpression) -> bool:
    return time.kind == "relative" and time.unit == "day" and not time.step and not time.count


def _undated_day_of_report(time: TimeExpression) -> bool:
    """In an undated report, a bare weekday ("on Tuesday") or "today" is the day of the news."""
    return _today(time) or (time.weekday is not None and time.step is None)


# -- hosting ("Xi will host Putin in Beijing") ---------------------------------------------------


_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|will|would|to)\s+$")
_TIME_CLAUSE_BEFORE = re.compile(L.pattern("time_clause").pattern + r"\s+$")
_PRESENT_VERB = re.compile(r"[a-z]+s\b(?<!ss)")


def _future_main_clause(c: Clues) -> bool:
    """ "may opt for an unusual route when he travels to Russia": a present verb in a clause of time is as
    future as its main clause (a future, a plan or a possibility)."""
    if c.ref.end > c.trigger.start or _PRESENT_VERB.match(c.trigger.text) is None or _c(c).gap.strip():
        return False
    opener = _TIME_CLAUSE_BEFORE.search(c.text, max(0, c.ref.start - 20), c.ref.start)
    if opener is None:
        return False
    main = c.text[max(0, opener.start() - 100) : opener.start()]
    return L.search("future", main) is not None or L.search("hypothetical", main) is not None


def _host_before(c: Clues) -> str:
    start = max(0, c.trigger.start - 40)
    if c.pair.how == "meeting_party" and c.text.endswith("to ", 0, c.trigger.start):
        # "Vucic agreed during a telephone conversation with Putin to meet in Moscow": from the first party on (an
        # infinitive's tense is its governing verb's; not "will mull ... after their meeting in Addis Ababa")
        first = min((ref.end for ref in c.sentence.refs if ref.end <= c.trigger.start), default=start)
        start = max(min(start, first), c.trigger.start - 120)
    return c.text[start : c.trigger.start]


def _host_hypothetical(c: Clues) -> bool:
    """ "would welcome him if he came", "if he visits, Kim would welcome the Pope": a welcome on a condition."""
    return (
        L.search("hypothetical", _host_before(c)) is not None
        or L.search("condition", c.text[: c.trigger.start]) is not None
        or _CONDITION_AFTER_GUEST.match(_c(c).after(80)) is not None
    )


# "he would ardently welcome the Pope if he visits Pyongyang": the guest, then the condition of the welcome
_CONDITION_AFTER_GUEST = re.compile(r"[^,;.]{0,40}?\b(?:if|unless|provided|should he|should she)\b")


def _host_called_off(c: Clues) -> bool:
    return (
        L.search("cancel", c.text) is not None
        or L.search("postpone", c.text) is not None
        or L.search("deny", _host_before(c)) is not None
    )


def _is_hosting(c: Clues) -> bool:
    return L.search("is_hosting", _host_before(c) + c.trigger.text) is not None


_HOST_AHEAD = L.pattern("future", "looking_forward")
# "look forward to welcoming President Hollande on a state visit": the guest's visit after a host's coming welcome
_WELCOMED_GUEST = re.compile(
    r"\b(?:" + _HOST_AHEAD.pattern + r")\s+" + L.pattern("host_verb").pattern + r"\s+(?:[\w.'’-]+\s+){0,4}$"
)


def _host_future(c: Clues) -> bool:
    clues = _c(c)
    if _HOST_AHEAD.search(_host_before(c)) is not None:
        # "It will come two months after Lula met Biden at the White House": a past form has a tense of its own
        # (not "will be hosted by", nor the slip "will met with Obama")
        return not (_host_past(c) and _PASSIVE_BEFORE.search(_host_before(c)) is None)
    time = clues.time
    return (
        not _is_hosting(c)
        and L.pattern("host_present").match(c.trigger.text) is not None
        and time is not None
        # "Merkel welcomes May in Berlin, Tuesday, April 9, 2019" in an undated page: a caption's present, told
        and not (c.day is None and any(other.has_year for other in c.sentence.times))
        and _after_day(clues.future_start, c.day, strict=True)
    )


def _host_past(c: Clues) -> bool:
    return L.pattern("host_past").match(c.trigger.text) is not None


def _welcomed_just_now(c: Clues) -> bool:
    time = _c(c).time
    if time is None or c.day is None:
        return False
    resolved = time.resolve(c.day, "past").start
    return resolved is not None and 0 <= (c.day - resolved).days <= 1


# -- planned or confirmed; past or ongoing --------------------------------------------------------


def _confirm_word(c: Clues) -> bool:
    return L.search("confirm", c.text) is not None


def _hedged(c: Clues) -> bool:
    """ "plans to", "is expected to", "intends", "reportedly", "sources said": an intention or a report."""
    clues = _c(c)
    if L.search("hedge", clues.verb_part) is not None or L.search("hedge_source", c.text) is not None:
        return True
    return c.kind == "noun" and L.search("hedge", c.text[max(0, c.trigger.start - 40) : c.trigger.start]) is not None


def _official_source(c: Clues) -> bool:
    source = c.sentence.attribution
    return source is not None and L.search("official", source.lower()) is not None


def _stated_as_fact(c: Clues) -> bool:
    """ "will visit", "is to visit", "is scheduled to", "is due to": the plan told as fact."""
    return L.search("firm_future", _c(c).verb_part) is not None


def _official_with_date(c: Clues) -> bool:
    time = _c(c).time
    if time is None or time.precision != "day":
        return False
    source = c.sentence.attribution
    return source is not None and L.search("official", source.lower()) is not None


def _ended(c: Clues) -> bool:
    return L.search("ended", c.text) is not None


def _no_past_time(c: Clues) -> bool:
    time = _c(c).time
    return time is None or c.day is None or time.resolve(c.day, "past").start is None


def _age(c: Clues) -> int:
    time = _c(c).time
    start = time.resolve(c.day, "past").start if time is not None else None
    return (c.day - start).days if start is not None and c.day is not None else -1


def _just_arrived(c: Clues) -> bool:
    """ "arrived in Moscow on Tuesday", "arrived on Tuesday for a state visit to Russia" (the clause's verb before
    a trip noun): an arrival within days of the report."""
    arrival = _ARRIVAL.match(c.trigger.text) is not None or _WAS_IN.search(c.trigger.text) is not None
    if not arrival and c.pair.how == "clause_subject":
        head = _clause_head(c)
        arrival = head is not None and _ARRIVAL.match(head) is not None
    return arrival and 0 <= _age(c) <= 4


def _arrival_or_travel(c: Clues) -> bool:
    return _ARRIVAL_OR_TRAVEL.match(c.trigger.text) is not None or _BEGINS_A_VISIT.match(c.trigger.text) is not None


def _weekday_of_undated(c: Clues) -> bool:
    """A bare weekday ("on Saturday", not "last Saturday") in a report with no date: the news of the day, as in
    ``_lately``."""
    time = _c(c).own_time
    return c.day is None and time is not None and time.weekday is not None and time.step is None


def _same_day(c: Clues) -> bool:
    return _age(c) == 0


def _starts_a_tour(c: Clues) -> bool:
    """ "arrived in Riyadh on Saturday to kick off a nine-day tour", "headed to China on Friday, starting a
    five-nation tour": the tour has begun, its other legs that week are under way (merge)."""
    return L.search("tour_start", c.text, c.trigger.end, c.trigger.end + 90) is not None


def _arrived_lately(c: Clues) -> bool:
    """An arrival or departure that is the news of the day (the readings of PAST_RULES that make it ongoing)."""
    return (
        (_c(c).time is None and _DEPARTURE.match(c.trigger.text) is not None)
        or (_arrival_or_travel(c) and _weekday_of_undated(c))
        or _just_arrived(c)
        or _same_day(c)
    )


NOUN = frozenset({"noun"})
HOST = frozenset({"host"})
SET_OFF = frozenset({"set_off"})
TRIP_WORDS = frozenset(
    {"invited", "withdraw", "left", "accept", "nominal_verb", "visit_verb", "move_verb", "attend_verb", "be_in", "noun"}
)

STATUS_RULES: tuple[Rule, ...] = (
    # "Putin faces arrest if he travels to South Africa": no trip in a sentence about a ban or a warrant
    Rule("travel_ban", None, lambda c: L.search("ban", c.text) is not None, needs=("ban",)),
    # leaving home on a tour named by region only ("has jetted out of the country"): under way once it has begun
    Rule("home_departure", "set_off", lambda c: _PAST_VERB.match(c.trigger.text) is not None, SET_OFF),
    Rule("not_yet_departed", None, always, SET_OFF),  # "is leaving the country today": the day's plan
    # hosting: the guest travels; the host's verb and tense decide
    Rule("host_hypothetical", None, _host_hypothetical, HOST),
    Rule("host_called_off", None, _host_called_off, HOST),
    # "will host his Chinese counterpart for a virtual summit": no one travels
    Rule("host_remote", None, _hosted_remotely, HOST, needs=("remote",)),
    # "denied a newspaper report claiming that Erdogan would meet Assad in Moscow next month"
    Rule("host_denied_report", "denied", _meeting_report_denied, HOST, needs=("denied_report",)),
    Rule("host_future", "future", _host_future, HOST),
    Rule("host_now", "ongoing", _is_hosting, HOST),
    Rule("host_welcomed_just_now", "ongoing", every(_host_past, _welcomed_just_now), HOST),
    Rule("host_past", "past", _host_past, HOST),
    Rule("host_other", None, always, HOST),
    # the trigger's own form
    # "is unlikely to accept the Taoiseach's invitation to visit Ireland", "if Duterte accepts Trump's invitation
    # to visit the White House": the invitation stands, not accepted
    Rule("invitation_not_accepted", "invited", lambda c: _denied(c) or _conditional(c), frozenset({"accept"})),
    Rule("accepted_invitation", "future", always, frozenset({"accept"})),
    Rule("invitation_then_accepted", "future", _accepts_after, frozenset({"invited"})),
    Rule("invited", "invited", always, frozenset({"invited"})),
    Rule("skipped_for_another_trip", "future", _instead, frozenset({"withdraw"})),
    Rule("withdrew", "cancelled", always, frozenset({"withdraw"})),
    # "left Beijing to attend APEC in Lima": leaving home is setting off on the tour
    Rule("left_home", "set_off", _leaves_home, frozenset({"left"})),
    # "The trip ... ends when he leaves Manila six days later": leaving a country at a time ahead ends a trip ahead
    Rule("leaving_ahead", "future", every(_leaving_now_or_ahead, _present_with_time_ahead), frozenset({"left"})),
    Rule("left_the_country", "past", always, frozenset({"left"})),
    Rule("continued_visit", "past", _continued, frozenset({"nominal_verb"})),
    Rule("continues_visit", "ongoing", _continues, frozenset({"nominal_verb"})),
    Rule("visit_continues", "ongoing", _continues_after, NOUN),
    # the specific readings
    # "Ortega also wasn't invited to attend this week's Summit of the Americas": no trip asked of him
    Rule("not_invited", None, _not_invited, needs=("not_invited",)),
    Rule("never", None, _never, needs=("never",)),
    Rule("after_the_trip", "past", _after_the_trip, needs=("after_past", "outcome")),
    Rule("did_not_happen", "cancelled", _did_not_happen, needs=("not_happened",)),
    Rule("came_true", "past", _came_true, needs=("did_so", "took_place")),
    Rule("habit", None, _habit, needs=("habit", "habit_before")),
    Rule("later_postponed", "postponed", _later_postponed, needs=("update_word",)),
    Rule("later_cancelled", "cancelled", _later_cancelled, needs=("update_word",)),
    Rule("later_postponed_verb", "postponed", _later_postponed_verb, needs=("update_before_trip",)),
    Rule(
        "later_cancelled_verb", "cancelled", lambda c: _update_before_trip(c) is not None, needs=("update_before_trip",)
    ),
    # "ends his visit to Iran on Wednesday, and will go to Syria": told on its last day, the visit is under way
    Rule("ending_visit_today", "ongoing", every(_ending_visit, _ending_now), frozenset({"nominal_verb"})),
    Rule("ending_visit", "past", _ending_visit, frozenset({"nominal_verb"})),
    Rule("ended_before_possessor", "past", _ended_before_possessor, NOUN, needs=("ending_verb",)),
    Rule("earlier_trip", "past", _earlier_trip, NOUN, needs=("earlier_trip",)),
    # "denied a report that Trump is delaying a visit to the UK": the calling-off is denied, the plan stands
    Rule("calling_off_denied", "future", every(_denied_report, _calling_off_in_verb), needs=("denied_report",)),
    Rule("denied_report", "denied", _denied_report, needs=("denied_report",)),
    Rule("no_plans_for", "denied", _no_plans_for, needs=("deny_before",)),
    Rule("dismissed_report", "denied", _dismissed_report, needs=("report_dismissed",)),
    # "May invited Mr Trump on a state visit to the UK": the invitation, not the visit under way
    Rule("invited_on_a_visit", "invited", every(_on_a_visit, _invited), NOUN),
    Rule("on_a_visit_future", "future", every(_on_a_visit, _visit_ahead), NOUN),
    Rule("on_a_visit_past", "past", every(_on_a_visit, lambda c: L.search("was_were", _c(c).gap) is not None), NOUN),
    Rule("on_a_visit", "ongoing", _on_a_visit, NOUN),
    Rule("call_for_visit", None, _call_for_visit, needs=("call_for",)),
    Rule("wished_by_others", None, _wished_by_others, needs=("wish_before",)),
    Rule("declined_invitation", "denied", _in_clause("declined"), needs=("declined",)),
    Rule("accepted_in_clause", "future", _in_clause("accepted"), needs=("accepted",)),
    Rule("invitation", "invited", _invited, needs=("invite_verb", "request_verb", "invitation_to", "invited")),
    Rule("undecided", None, lambda c: L.search("undecided", c.text) is not None, needs=("undecided",)),
    Rule("unannounced_trip", None, _unannounced_trip, needs=("unannounced_trip",)),
    Rule("possible_trip", "planned", _possible_trip, needs=("possibility",)),
    Rule("conditional", None, _conditional, needs=("condition", "hypothetical")),
    Rule("would_hypothetical", None, _would_hypothetical, needs=("would",)),
    Rule("goes_instead", "future", _instead, needs=("cancel",)),
    Rule("cancelled", "cancelled", _cancelled, needs=("cancel", "plan_overtaken")),
    Rule("rescheduled_for_a_date", "future", _rescheduled_for_a_date, needs=("rescheduled_for",)),
    Rule("postponed", "postponed", _in_clause("postpone"), needs=("postpone",)),
    Rule("remote_attendance", None, _remote, needs=("remote",)),
    Rule("denied", "denied", _denied, needs=("deny", "remote", "denied_after")),
    Rule("ruled_out", "denied", _ruled_out, needs=("ruled_out",)),
    Rule("counterfactual_unable", "cancelled", every(_counterfactual, _unable_after), needs=("unable_after",)),
    Rule("counterfactual", None, _counterfactual, needs=("counterfactual",)),
    # tense
    Rule("future_leaving", "ongoing", every(_future, _leaving)),
    Rule("next_leg", "ongoing", _next_leg, needs=("next_leg",)),
    Rule("future_be_in_until", "ongoing", every(_future, _until), frozenset({"be_in"})),
    # the same plan told in the past tense: the merge lets a calling-off of the leader's trip carry it; in an
    # undated article nothing says the plan told so is still ahead (it may have been dropped or made)
    Rule("announced_trip", "future", _announced_trip, needs=("announced_trip",)),
    Rule("announced_earlier", None, _announced_earlier, needs=("announced_earlier",)),
    # ... but not one the clause tells as overtaken: "was to attend the summit and had confirmed his participation"
    Rule("plan_in_past_overtaken", None, every(_plan_in_past, _announced_before), needs=("announced_earlier",)),
    Rule("plan_in_past", "future", every(_dated, _plan_in_past), needs=("plan_in_past",)),
    Rule("plan_in_past_undated", None, _plan_in_past, needs=("plan_in_past",)),
    Rule("future_auxiliary", "future", _future),
    Rule("weighing_a_trip", "planned", _weighing_a_trip, needs=("weighing_a_trip",)),
    Rule(
        "planning_a_trip",
        "future",
        lambda c: L.pattern("planning_verb").match(c.trigger.text) is not None,
        frozenset({"nominal_verb"}),
    ),
    Rule("governed_by_future", "future", _governed_by_future),
    # "left Lagos for a break, ahead of his trip to Abu Dhabi next month": the trip after the leaving, still ahead
    Rule("ahead_of_the_trip", "future", every(_ahead_of_the_trip, _time_ahead), NOUN),
    Rule("governed_by_arrival", "past_or_ongoing", _governed_by_arrival, NOUN),
    Rule("returned_from", "past", _returned_from, NOUN),
    Rule("fronted_subject_past", "past_or_ongoing", _fronted_subject_past),
    Rule("date_of_visit", "planned", _date_of_visit, NOUN, needs=("date_of",)),
    Rule("planned_noun_took_place", "past", every(_future_nominal, _past_auxiliary), NOUN),
    Rule("planned_noun", "future", _future_nominal, NOUN),
    Rule("in_the_itinerary", "future", _in_itinerary, NOUN, needs=("itinerary_includes",)),
    # "This will be Widodo's first state visit to Pakistan": the future is the copula's before the trip noun
    Rule("will_be_the_trip", "future", _will_be_the_trip, NOUN),
    Rule("return_noun", "past", _return_noun, NOUN),
    Rule("pronoun_future_then", "future", _pronoun_future_then, NOUN),
    # "Arab leaders including Assad have started to arrive in Jeddah ahead of the summit on Friday"
    Rule("arrivals_begun", "ongoing", lambda c: L.search("arrivals_begun", _c(c).verb_part) is not None),
    Rule("progressive_future_time", "future", every(_progressive, _progressive_with_future_time)),
    Rule("progressive", "ongoing", _progressive),
    Rule("perfect_or_last", "past", _perfect_or_last, needs=("perfect", "last_time")),
    Rule("clause_verb_past", "past_or_ongoing", _clause_verb_past),
    Rule("past_verb", "past_or_ongoing", _past_verb),
    Rule("noun_told_in_past", "past", _told_in_past, NOUN),
    Rule("noun_past_auxiliary", "past", _past_auxiliary, NOUN),
    Rule("noun_would", None, _would_auxiliary, NOUN),
    Rule("noun_auxiliary", "future", _any_auxiliary, NOUN),
    Rule("noun_past_time", "past", _explicit_past_time, NOUN),
    Rule("noun_planned_for", "future", _planned_for_after, NOUN, needs=("planned_for",)),
    Rule("noun_time_ahead", "future", _time_ahead, NOUN),
    Rule("noun_time_behind", "past", _has_time, NOUN),
    Rule("noun_past_copula", "past", _past_copula_before, NOUN),
    Rule("noun_without_tense", None, always, NOUN),
    Rule("plan_for", "planned", _plan_for, needs=("plan_for",)),
    Rule("headline_to", "future", _headline),
    Rule("past_time", "past", _explicit_past_time),
    Rule("was_to", "past", _was_to),
    Rule("present_attendance", "future", _present_attendance, frozenset({"attend_list"})),
    # "will sign the deal once he arrives in Japan": not the news of the day, a present in a clause of time
    Rule("future_main_clause", "future", _future_main_clause, needs=("time_clause",)),
    # a departure today starts the tour: its other legs that week are under way too (merge)
    Rule("set_off", "ongoing", every(_departs, _present_departure_today)),
    Rule("present_departure_today", "ongoing", _present_departure_today),
    Rule("present_here_now", "ongoing", _here_now_time),
    Rule("visiting_today", "ongoing", _visiting_today),
    Rule("arrival_today", "ongoing", _arrival_today),
    Rule("en_route", "ongoing", _en_route),
    Rule("present_time_ahead", "future", _present_with_time_ahead),
    Rule("present_time_behind", "ongoing", _has_time),
    Rule("is_in", "ongoing", always, frozenset({"be_in"})),
)

# "future": an official word or an official with a date makes a plan confirmed.
# "future": a plan is "confirmed" when it is announced or stated as fact ("will pay a state visit from
# ... to ...", "is scheduled to", "the White House said he will travel"), "planned" when it is an
# intention, an expectation or a report ("plans to", "is expected to", "reportedly", sources said).
FUTURE_RULES: tuple[Rule, ...] = (
    Rule("confirm_word", "confirmed", _confirm_word, needs=("confirm",)),
    Rule("hedged", "planned", _hedged),
    Rule("official_source", "confirmed", _official_source),
    Rule("stated_as_fact", "confirmed", _stated_as_fact),
    Rule("plan", "planned", always),
)

# "past_or_ongoing": a trip begun is still going on if it began today or the leader arrived days ago.
PAST_RULES: tuple[Rule, ...] = (
    Rule("ended", "past", _ended, needs=("ended",)),
    Rule("set_off", "ongoing", _set_off_recently),
    Rule("set_off", "ongoing", every(_starts_a_tour, _arrived_lately), needs=("tour_start",)),
    # "has arrived in Kenya", "left for Tokyo", "began his three-day state visit in London" without a time: the
    # news of the day
    Rule("perfect_arrival", "ongoing", lambda c: _PERFECT_ARRIVAL.search(_c(c).verb_part) is not None),
    Rule(
        "arrived_without_time",
        "ongoing",
        lambda c: (
            _c(c).time is None and bool(_DEPARTURE.match(c.trigger.text) or _BEGINS_A_VISIT.match(c.trigger.text))
        ),
    ),
    # "arrived in Riyadh on Saturday", "traveled to Brazil this Sunday", "began his first state visit to Lebanon on
    # Wednesday" in an undated report: the news of the day
    Rule("arrived_on_a_weekday", "ongoing", every(_arrival_or_travel, _weekday_of_undated)),
    Rule("no_time", "past", _no_past_time),
    Rule("just_arrived", "ongoing", _just_arrived),
    Rule("same_day", "ongoing", _same_day),
    Rule("before", "past", always),
)

# "set_off": a leader who left home lately is on the tour (the merge makes its legs that week under way).
SET_OFF_RULES: tuple[Rule, ...] = (
    Rule("set_off", "ongoing", _lately),
    Rule("long_ago", "past", always),
)

TABLES = Tables(
    {"status": STATUS_RULES, "future": FUTURE_RULES, "past_or_ongoing": PAST_RULES, "set_off": SET_OFF_RULES}
)


# -- where a leader is now ------------------------------------------------------------------------

_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")
_APPOSITIVE_IN_BEFORE = re.compile(r",\s*in\s+(?:the\s+)?$")
_IS_IN_BEFORE = re.compile(r"\b(?:is|are)\s+in\s+(?:the\s+)?$")
_SINCE_AFTER = re.compile(r"\s+since\b")
_FOR_A_VISIT_AFTER = re.compile(
    r"\s+(?:for|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay)\b"
)
_VISIT_BEGAN_AFTER = re.compile(_FOR_A_VISIT_AFTER.pattern + r"\s+(?:that|which)\s+" + L.pattern("visit_began").pattern)
_DAY_OF_VISIT = re.compile(
    L.pattern("visit_part").pattern
    + r" of (?:his|her|their) (?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay) (?:to|in)\s+(?:the\s+)?$"
)
_ALREADY_IN = re.compile(L.pattern("currently").pattern + r" in\s+(?:the\s+)?$")


def here_now(sentence: Sentence, place: Place) -> bool:
    """Whether the sentence says a leader is in ``place`` now: "currently in Beijing", "in Washington since
    Monday", "Putin, in China for a state visit,", "on the second day of his visit to China"."""
    text = sentence.low
    before = text[max(0, place.start - 80) : place.start]
    if not before.endswith((" in ", " to ", " the ", ",in ")):
        return False  # every form below ends "in (the)" or "to (the)" just before the place
    if _ALREADY_IN.search(before) or _DAY_OF_VISIT.search(before):
        return True
    if _SINCE_AFTER.match(text, place.end):
        return bool(_IN_BEFORE.search(before))
    if _FOR_A_VISIT_AFTER.match(text, place.end) and _APPOSITIVE_IN_BEFORE.search(before):
        return True
    return bool(_VISIT_BEGAN_AFTER.match(text, place.end) and _IS_IN_BEFORE.search(before))


# -- a sentence of its own about a trip named before ----------------------------------------------

_UPDATE_OPENING = re.compile(r"(?i)" + L.source("update_opening") + r"\b")
_ANAPHORIC_UPDATE = re.compile(
    r"^(?:update[d]?:\s*|however,\s*|but\s*)?(?:the|this|that|his|her|their) (?:planned |proposed |upcoming )?"
    r"(?:trip|visit|tour|journey)\b[^.;]{0,60}?\b(?:has been|have been|was|were|is|had been)\s+(?:now\s+)?"
    r"(?P<update>" + L.source("update_word") + r")"
)


_INVITATION_ACCEPTED = L.pattern("invitation_accepted")
_NOT_YET = re.compile(r"\b(?:not|never|yet to|n't)\b[^,;]{0,12}$")  # "has not (yet) accepted the invitation"


def anaphoric_update(sentence: Sentence) -> TripStatus | None:
    """ "Update: the visit has been postponed.": ``postponed`` or ``cancelled`` for the trips just before;
    "The invitation has been accepted in principle.": ``planned`` for the invitations just before."""
    accepted = _INVITATION_ACCEPTED.search(sentence.low)
    if (
        accepted is not None
        and not _NOT_YET.search(sentence.low, 0, accepted.start() + 1)
        # (not an acceptance supposed: "If Obama decides to accept the invitation, that would ...")
        and L.search("condition", sentence.low, max(0, accepted.start() - 40), accepted.start()) is None
    ):
        return "planned"
    if not _UPDATE_OPENING.match(sentence.text):
        return None
    found = _ANAPHORIC_UPDATE.match(sentence.low)
    if found is None:
        return None
    return "postponed" if _POSTPONE_WORD.match(found.group("update")) else "cancelled"


# -- a calling-off told without the destination ---------------------------------------------------

_CALLED_OFF_LISTS = ("update_word", "denied_report")
_PLACELESS_UPDATE = re.compile(
    r"\b(?:visit|trip|tour|journey)\b[^.;]{0,60}?\b(?P<update>" + L.source("update_word") + r")"
)
_TRAVEL_AFTER = re.compile(r"\b(?:visit\w*|travel\w*|trip|tour|journey)\b")
_CALLING_OFF = L.pattern("cancel", "postpone")


def called_off(sentence: Sentence) -> TripStatus | None:
    """ "A state visit by Xi this spring has been postponed", "officials denied media reports that Trump was expected
    to visit the South Asian nation": the leader's trip called off or denied in a sentence that names no
    destination (the merge gives the status to that leader's plans in the article)."""
    if not sentence.may_have(_CALLED_OFF_LISTS):
        return None
    text = sentence.low
    denial = _DENIED_REPORT_ANYWHERE.search(text)
    if denial is not None and _TRAVEL_AFTER.search(text, denial.end()) is not None:
        # "denied reports that the trip was cancelled": the plan stands
        return None if _CALLING_OFF.search(text, denial.end()) else "denied"
    found = _PLACELESS_UPDATE.search(text)
    if found is None or _MODAL_BEFORE.search(text, max(0, found.start("update") - 25), found.start("update")):
        return None  # "the visit could be postponed": threatened, not done
    return "postponed" if _POSTPONE_WORD.match(found.group("update")) else "cancelled"
