"""English pairing: which leader each travel trigger belongs to, and the destinations it governs.

A trigger governs the places right after it ("will visit Japan, Papua New Guinea and Australia"), or,
after "there", the place named before. Its traveller is the possessor of a trip noun ("Xi's visit",
"his visit", "a visit by Putin"), the leader of an appositive ("Modi, on a two-day visit to Moscow,"),
or the subject of a verb: the nearest leader to its left that is not the owner of someone else
("Putin's aide"), with the leaders coordinated with it ("Macron and Scholz will travel") and those
"accompanied by" it. Hosting turns around: in "Xi will host Putin in Beijing" the guest travels; in
"Xi will be hosted by Lula in Brasilia", Xi does; at a meeting both sides are there. A host who names no
place hosts at home: in "Scholz will next week host Macron for talks" Macron goes to Germany.
"""

from __future__ import annotations

import re

from pipeline.travel.languages.en.lexicon import LEXICON as L
from pipeline.travel.pairing import FALLBACK_TRIGGER, Pair, Trigger
from pipeline.travel.sentences import Place, Ref, Sentence, placed_as_before

_KINDS = (
    ("invited", L.source("trigger_invited")),
    ("withdraw", L.source("trigger_withdraw")),
    # "left Washington on Friday": had been there; "left Dhaka for Tokyo" is a move_verb
    ("left", L.source("trigger_left") + r"(?!(?: [\w'.-]+){0,4} for\b)(?= [a-z])"),
    ("accept", L.source("trigger_accept")),
    ("nominal_verb", L.source("trigger_nominal_verb")),
    ("visit_verb", L.source("trigger_visit_verb")),
    (
        "move_verb",
        L.source("there_verb")
        + r"(?= there\b)|"
        + L.source("trigger_move_verb")
        + "|"
        + L.source("trigger_first_stop")
        + rf"(?= [\w' .-]{{2,40}}? {L.source('first_stop_after')}\b)",
    ),
    ("attend_verb", L.source("trigger_attend_verb")),
    (
        "be_in",
        L.source("trigger_be_in")
        + "|"
        + L.source("trigger_be_at")
        + rf"(?=(?: [\w-]+){{0,2}} {L.source('be_at_event')})",
    ),
    ("noun", L.source("trigger_noun")),
)
TRIGGER = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{source})" for kind, source in _KINDS) + r")\b")
# "way to" is a move only "on the way to", "on his way to" (not "the way to peace")
_ON_ONES_WAY = re.compile(r"\bon\s+(?:the|his|her|their)\s+$")
TRIGGER_STARTS = re.compile(r"\b(?:" + L.source("trigger_start") + r"|\w+-day)")
HOST = re.compile(r"\b(?P<host>" + L.source("host_verb") + r")\b")

_NOUN_LIKE = L.pattern("noun_like")
_NOUN_CONTEXT = re.compile(
    r"(?:'s?|\bwhose|\bno|\b"  # "there will be no visit of Putin to Ankara"
    + L.source("determiner")
    + r"|\b"
    + L.source("tour_includes")
    + r")\s+(?:(?:"
    + L.source("trip_modifier")
    + r"|\w+-(?:day|week|month|nation|country))\s+(?:and\s+)?){0,3}$"  # "her two-week visit", "a five-nation tour",
    # "Modi's unannounced and brief visit"
)
# "had a fruitful visit", "paid an important visit": a visit after "a" and any one word (not "a Gulf tour that also
# takes in Doha", whose legs the verb reading finds)
_A_WORD_BEFORE = re.compile(r"\b(?:a|an)\s+[\w-]+\s+$")
_THERE = re.compile(r"\s+there\b")
_THE_COUNTRY = re.compile(r"\s+(?:to\s+)?(?P<noun>" + L.pattern("country_anaphor").pattern + ")")
# "to attend the inauguration (ceremony) of", "the swearing-in of": a ceremony of the leader named next
_CEREMONY_WORDS = ("inaugura", "swearing", "investiture")
_CEREMONY_NOUN = r"(?:inauguration|inaugural|swearing-in|swearing in|investiture)"
_CEREMONY = re.compile(r"\b" + _CEREMONY_NOUN + r"\b")
_CEREMONY_OF = re.compile(r"\s+(?:the\s+)?" + _CEREMONY_NOUN + r"(?:\s+(?:ceremony|ceremonies))?\s+of\s+")
_CLAUSE_BREAK = re.compile(r";|" + L.pattern("clause_break").pattern)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "his first foreign visit since Russia invaded Ukraine": the place of the time gone by, not a destination
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$")
# "left Lagos for a break, ahead of his official trip to Abu Dhabi": the place is that other trip's
_OTHER_TRIP_BEFORE = re.compile(
    r"\b(?:ahead of|before|after|following|prior to)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
    + L.pattern("trip_noun").pattern
    + r"\s+(?:to|in)\s+(?:the\s+)?$"
)
_REACH = L.pattern("reach_verb")
_TIME_CONJUNCTION = L.pattern("time_conjunction")
_TO_AFTER_ORIGIN = re.compile(r"\s+(?:on\s+)?to\s+(?:the\s+)?")
_HOME = re.compile(r"\s+" + L.pattern("home").pattern)
_CONNECTOR = re.compile(r"^(?:\s|,|" + L.pattern("connector").pattern + r"|\w+day\b|\d+(?:st|nd|rd|th)?|-|–|\.)*$")
_LIST_CONTINUES = re.compile(r"^[^,;.]{1,50},\s*" + L.pattern("list_continues").pattern + r"\s+(?:the\s+)?$")
_REPORTER_AFTER = re.compile(
    # "..., Downing Street said", "..., South Korea's presidential office has announced": a source
    r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?:has\s+|have\s+)?|\s+)" + L.pattern("reporter_after").pattern
)
_ON_A_VISIT = re.compile(
    r"^(?:,\s*(?:who\s+)?|\s+)(?:(?:is|are|was|were)\s+)?(?:currently\s+|now\s+)?on\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_SET_FOR = re.compile(
    r"^\s+(?:(?:is|are)\s+)?"
    + L.pattern("set_for").pattern
    + r" for\s+(?:(?:a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$"
)
_POSSESSIVE_GAP = re.compile(r"^(?:'s?|,\s*whose)\s+(?:[\w-]+\s+){0,3}$")  # "Putin's", "Putin, whose"
_WORDS_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,3}$")
_BY_BEFORE = re.compile(r"\b(?:by|of)\s+(?:[\w.'-]+\s+){0,4}$")  # "a visit by Putin to", "the trip of Rabuka to"
_BY_AFTER = re.compile(r"\s+(?:by|of)\s+(?:[\w.'-]+\s+){0,4}$")  # "planning the visit of Russian President Putin"
FRONTED_CLAUSE = re.compile(r"^" + L.pattern("fronted_opener").pattern + r"[^,]{0,120},")
# an aside between commas: "Putin, who last visited Mongolia in 2019, will", "Xi will, at the invitation of
# President Tokayev, pay a state visit"
RELATIVE_CLAUSE = re.compile(
    r",\s*(?:" + L.pattern("relative_pronoun").pattern + "|" + L.pattern("fronted_invitation").pattern + r")[^,;]*,"
)
_POSSESSOR_OF_OTHER = re.compile(
    r"'s?\s+(?:(?:[\w-]+\s+){0,2}"
    + L.pattern("of_other").pattern
    + r"|(?!(?:[\w-]+\s+){0,3}"
    + L.pattern("carries_leader").pattern
    + r"))"
)
# "an aide to Putin", "the special envoy of President Donald Trump" (up to three words of his title between)
# (not "Prime Minister of Bhutan Tshering Tobgay": a head of government's title)
_AIDE_OF = re.compile(r"(?<!\bprime )" + L.pattern("aide_of").pattern + r" (?:to|of|for) (?:the )?(?:[\w.'’-]+ ){0,3}$")
_WHO_CLAUSE = re.compile(r",\s*" + L.pattern("relative_pronoun").pattern + r"\s+(?:[\w-]+\s+){0,2}")
_OTHER_CLAUSE = L.pattern("other_clause")
_AMONG_THOSE_WHO = L.pattern("among_those_who")
# "will travel to Hamburg for the G20 summit on Friday and Saturday, and will attend": its own auxiliary may follow;
# an aside after it leaves its comma ("will attend the SCO summit in Astana and, at the invitation of ..., pay")
_SECOND_VERB = re.compile(
    r"(?:,\s*|\b)" + L.source("second_verb") + r"(?:\s+(?:" + L.source("next_verb_aux") + r"))?\s*,?\s*$"
)
_GAP_WORDS = re.compile(r"[\w'-]+")
AND = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_COMPANION = re.compile(L.pattern("companion").pattern + r"\s+(?:[\w.'-]+\s+){0,5}$")
_PASSIVE_BEFORE = re.compile(L.pattern("passive_be").pattern + r"\s+$")
_BY = re.compile(r"\s+by\b")
# "in the", "to" before a place, but not "according to a White House (press release)"
_LOCATIVE_BEFORE = re.compile(r"(?<!according )\b(?:in|at|to|near)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "on the sidelines of the June 18-19 G20 summit in Los Cabos": the gathering, up to three words on
_MARGINS_BEFORE = re.compile(L.pattern("gathering_margins").pattern + r"\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}$")
_VENUE_BEFORE = re.compile(r"\s+in\s+(?:[\w.'’-]+,?\s+){0,3}")  # "(the G20 summit) in Los Cabos, (Mexico)"
_LOCATIVE_AFTER_LIST = re.compile(r",?\s+(?:\w+\s+){0,4}?(?:in|at|to)\s+(?:the\s+)?")
_ATTENDANCE = re.compile(L.pattern("attendance_cue").pattern + r"\s*(?:[\w-]+\s+){0,2}?")
_AS_WILL = re.compile(r",\s*as\s+(?:will|would|is|are|does|do|did)\s+")  # "..., as will Hun Sen"
_FOLLOWS = re.compile(L.pattern("follow_verb").pattern + r"(?!\s+(?:the|a|an|his|her|their|its|this|that|up|suit)\b)")
_EVENT_ADJUNCT = re.compile(r"\b(?:after|before|following|ahead of|around)\s+(?:the|this|next week's|this year's)\s+$")
_OBJECT_OF_VERB = re.compile(
    L.pattern("object_verb").pattern + r"\s+(?:(?:[\w.'’-]+\s+){0,4}?(?:president|minister|premier|leader|king)\s+)?"
    r"(?:[\w.'’-]+\s+){0,2}$"
)
# "... and was expected to travel", "... before returning to Austria": a verb of the clause's own subject
_AND_VERB = re.compile(
    r"\band\s+(?:then\s+|later\s+|also\s+)?(?:was|were|is|are|will|would|has|had|then|plans|expects)\b"
    r"|\b(?:before|after|then)\s+[a-z]+ing\b"
)
_INCLUDING = re.compile(r"\b(?:including|such as|among them|notably)\s+")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|for|from|against|toward|towards|between)\s+(?:(?:[\w.'’-]+\s+){0,3}?(?:president|minister|premier|"
    r"leader|king|counterpart)\s+)?(?:[\w.'’-]+\s+){0,2}$"
)
# "US Congresswoman Maxine Waters", "Chinese President", "South Africa's first lady": a place that qualifies a person
# "plans are underway for El-Sisi to visit Washington": the subject of the infinitive, not an object
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?!with\b|from\b|against\b|between\b)[\w.'’-]+\s+){0,3}$")
_TO_INFINITIVE = re.compile(r"\s+to\s+")
_QUALIFIES_A_PERSON = re.compile(
    r"(?:['’]s)?\s+(?:first lady|president|prime minister|premier|congress\w*|minister|officials?|ambassador|envoy|"
    r"delegation|counterpart|senators?|secretary|lawmakers?|navy|army|forces|troops|government|leader|spokes\w+)\b"
)
_PEOPLE_OF_BEFORE = re.compile(L.pattern("people_of").pattern + r"\s+of\s+(?:the\s+)?$")
_TOPIC_BEFORE = re.compile(L.pattern("topic_noun").pattern + r"\s+(?:in|on|of|against|with)\s+(?:the\s+)?$")
_TOPIC_AFTER = re.compile(r"\s+" + L.pattern("topic_after").pattern)
_TOPIC_VERB_BEFORE = re.compile(L.pattern("topic_verb").pattern + r"\s+(?:the\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+")
_OF_BETWEEN = re.compile(r"\s+of\s+(?:the\s+)?")
_ASKED_SOMEONE = re.compile(L.pattern("ask_verb").pattern + r"\s+(?:[\w.'’-]+\s+){1,6}to\s*$")
_TOUR_INCLUDES = re.compile(
    r"(?:,?\s*(?:which|that)\s+(?:will\s+)?(?:also\s+)?(?:"
    + L.source("tour_includes")
    + r")|,?\s*including)\s+(?:[\w-]+\s+){0,2}$"
)
# (or an aside: "Pope Leo, the first US leader of the world's 1.4 billion Catholics, will visit Turkey")
_FIRST_TO = re.compile(r"(?:\b(?:become|becomes|became|be|is|was)|,)\s+(?:the\s+)?first\s+(?:(?:sitting|serving)\s+)?$")
_REPORTED_THAT = re.compile(r"\b(?:" + L.source("reporting_verb") + r")\s+(?:[\w.'’-]+\s+){0,3}?that\s+")
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
# a pronoun that is no subject: an object, or the owner of a preposition's object ("out of her wheelchair")
_OBJECT_PRONOUN = re.compile(
    r".*(?:\b(?:him|them)|\b(?:of|in|on|at|with|from|for|to|by|into|about|after|before|during|over)\s+(?:his|her|their))$"
)
_REPORTED_IN_GAP = re.compile(r"\b(?:that|" + L.source("reporting_verb") + r")\b")
_DESCRIPTORS = frozenset(L.words("list_descriptor"))
_MEETING = re.compile(L.source("host_meeting") + r"\b")
_HOST_PAST = L.pattern("host_past")
_HOSTS_THE_TRIP = re.compile(HOST.pattern + r"\s+(?:the|a|an|this|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
# "Zelensky will meet Lula during his visit to the US": the place is the subject's trip; the one met may live there
# ... or "would be able to meet Albanese and Modi while in Hiroshima": the one who meets is away himself, and the
# others' presence there is only implied
_DURING_OWN_TRIP = re.compile(
    r"\b(?:during|on|in the course of)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay)\s+(?:to|in)\s+"
    r"(?:the\s+)?$"
    r"|\b(?:while|when)\s+(?:(?:he|she|they)\s+(?:is|are|was|were)\s+)?(?:in|at)\s+(?:the\s+)?$"
)
_HOME_DEPARTURE = re.compile(L.pattern("home_departure").pattern)
_DESTINATION_WINDOW = 70
# "is in Beijing", "was in the Chinese capital, Beijing": where one is follows in one phrase (not "while he
# is in office, and adds that he has seen America")
# "go to the mat for having the United States host", "go to the polls over the budget": "to" reaches a thing, and
# a place after it is another phrase's
_TO_SOMETHING_ELSE = re.compile(r"\s*(?:the\s+)?[\w-]+\s+(?:for|with|against|over|about)\s")
_BE_IN_GAP = re.compile(r"[^,;:]{0,60}|(?:the\s+)?[\w-]+\s+(?:capital|city),\s+")
# A trip noun's destination follows a preposition: "visit to", "trip abroad to", "stay in", "visit by Putin to".
_NOUN_LINK = re.compile(
    r"\s*(?:(?:abroad|overseas)\s+)?(?:to|in|into|at)\b|\s*(?:by|of)\s+(?:[\w.'’-]+\s+){1,5}to\b"
    # "his tour will start in Egypt", "the trip begins in Ghana on Sunday": where it starts is one of its legs
    r"|\s*(?:will|is to|is set to|is due to)?\s*(?:start|starts|begin|begins)\s+in\b"
    # "Obama's trip will continue to Indonesia, South Korea ... and then Japan": its next legs
    r"|\s*(?:will|is to|is set to|is due to)?\s*(?:continue|continues|go on|goes on|move on|moves on|proceed|proceeds)"
    r"\s+(?:on\s+)?to\b"
    # "Putin has a visit planned to China", "a trip scheduled to Japan next month"
    r"|\s*(?:planned|scheduled|slated)\s+(?:to|in)\b"
    # "Meloni's first foreign trip as prime minister will be to Paris", "his first trip abroad will either be to"
    r"|\s*(?:(?:abroad|overseas)\s+)?(?:as\s+(?:[\w'’-]+\s+){1,4})?(?:(?:this|next)\s+(?:year|month)\s+)?"
    r"(?:will|would|could|may|might|is expected to|is likely to|is set to)\s+(?:either\s+)?be\s+(?:to|in)\b"
)
# "his trip, which will also take him to", "a tour that includes": the places after are the legs of the trip
# (or its own verb: "his first trips abroad as president will include Saudi Arabia, Israel and the Vatican")
_TOUR_LEGS = re.compile(
    r"(?:\s*,?\s*(?:which|that)\s+(?:(?:will|also)\s+){0,2}|\s+(?:(?!will\b|would\b)[\w-]+\s+){0,3}"
    r"(?:will|would)\s+(?:also\s+)?)(?:take\s+(?:him|her|them)\s+to|"
    + L.source("tour_includes")
    + r")\s+(?:stops?\s+in\s+|visits?\s+to\s+)?(?:the\s+)?"
)
# "will tour sub-Saharan Africa from July 25 to 28, taking him to Cameroon, Benin and Guinea-Bissau": the tour's
# legs, however far the participle is from the verb
# "is due to visit five countries in the Far East, including China and Japan": the legs counted, then named
_COUNTED_INCLUDING = re.compile(
    r"\s*(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})[\s-]+(?:countries|nations)\b"
    r"[^,.;]{0,40}?,?\s+(?:including|among them|namely)\s+(?:the\s+)?"
)
_TAKING_HIM_TO = re.compile(r"[^.;:]{0,100}?,\s*" + L.pattern("taking_to").pattern + r"\s+(?:the\s+)?")
# "trip to the capital, Beijing" is fine; "trip to "Fortress Bakhmut" in Donetsk, one of the provinces Russia"
# is not: four words or more before a comma in the gap end the search.
# "participate in the 47th Association of Southeast Asian Nations (ASEAN) Summit and Related Summits in
# Kuala Lumpur": a long name of a gathering the watchlist does not know, then where it is
_NAMED_GATHERING = re.compile(
    r"\s+(?:the|a|an)\s+(?:[\w'’().&,-]+\s+){0,14}?"
    + L.pattern("event_noun").pattern
    + r"[\w\s()&,-]{0,40}?\s(?:in|at)\s+(?:the\s+)?"
)
_OF = re.compile(r"\s+of\b")  # "a tour of Britain, France and Italy"
# "His first stop will be the UAE", "the first stop on the tour is Tokyo": a leg is where the copula says
_STOP_LINK = re.compile(
    r"\s*(?:(?:on|of)\s+(?:the|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey)\s+)?"
    r"(?:will|would|is expected to|is set to)?\s*(?:be|is|was)\s+(?:in\s+|the\s+)?"
)
_ENDS_LINKED = re.compile(r"\b(?:at|from|to|in)$")  # "attendance at", "return from"
# "The UAE will likely be the first stop of Modi's tour": the place first, then the copula and the leg
_STOP_BEFORE = re.compile(
    r"\s+(?:will|would|is|was|could|may)\s+(?:(?:likely|probably|also)\s+)?(?:be\s+)?(?:the|his|her)\s+"
)
# ... and whose tour it is: "the first stop of (Prime Minister) Narendra Modi's Gulf trip"
_STOP_OF = re.compile(r"\s+(?:of|on|in)\s+(?:[\w-]+\s+){0,3}")
_LONG_BEFORE_COMMA = re.compile(r"[^,]*?(?:[\w'’.-]+\s+){3,}[\w'’.-]*\s*,")
# "Moscow will host", "China is set to welcome", "Japan is preparing to receive": a place as the hosting subject
_HOST_AUXILIARIES = re.compile(
    r"(?:\s+(?:will|would|is|are|to|be|set|due|poised|expected|scheduled|slated|preparing|ready|also|soon))+\s+"
)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:]\s*|\band\s+)(?:the\s+)?$")
_PLACE_NOUN_GAP = re.compile(r"(?:'s)?\s+(?:(?:state|official|working|planned|upcoming)\s+)?")
# ... after "the", "his" or a possessor, and a modifier or two: "Modi's upcoming US visit", "the two-day Paris trip";
# or after a preposition, as headlines drop the article: "Modi set for Japan trip", "embarks on Japan visit"
_PLACE_NOUN_OPENER = re.compile(
    r"(?:^|\b(?:the|his|her|their|a|an|for|on|during|ahead of)\s+|'s\s+)(?:(?:"
    + L.source("trip_modifier")
    + r"|\w+-day)\s+){0,2}$"
)
_ANAPHORIC_EVENT = re.compile(  # "will attend the summit", "confirmed his attendance at (for) the summit"
    r"\s+(?:(?:at|for)\s+)?(?:the|this|that|next week's|this year's|next month's|its)\s+(?:[\w-]+\s+){0,2}?"
    + L.pattern("event_noun").pattern
)
_WHICH_BEFORE = re.compile(r"\s*,?\s*(?:which|that)\b")
_EVENTS_AND = re.compile(r"\s*(?:,\s*)?(?:and|as well as)?\s*(?:the\s+)?")
_OBJECTLESS = re.compile(r"\s*(?:[.,;]|$|\s+(?:in person|as well|too|either|instead|and)\b)")
# "the Summer Davos Forum in northeast China's Dalian": the edition is where the text says it is held.
# "the G20 (Group of 20) Leaders' Summit in", "the WEF meeting on Africa, scheduled for May 7-9 in", "COP28,
# which will be held later this year in": an acronym in brackets, the gathering's own noun, a region it is on.
_EVENT_HELD_IN = re.compile(
    r"\s*\)?\s*(?:\([\w\s.'’-]{1,20}\)\s*)?(?:(?:[\w'’-]+\s+){0,2}?" + L.pattern("event_noun").pattern + r"\s*)?"
    r"(?:on\s+[\w-]+\s+)?,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|will be|would be|to be|being)\s+)?"
    r"(?:(?:held|hosted|taking place|convened|staged|scheduled|set|due|slated)\s+)?(?:to\s+(?:take place|be held)\s+)?"
    r"(?:(?:later|earlier)\s+this\s+\w+\s+)?(?:(?:on|from|for) [\w\s-]{1,20}?\s+)?"
    r"(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
)


def find_pairs(sentence: Sentence) -> list[Pair]:
    """Every (traveller, trigger, destinations) of ``sentence``, verbs before trip nouns, then hosting."""
    sentence.places = placed_as_before(sentence.places, sentence.context_event)
    text, refs, places = sentence.low, sentence.refs, sentence.places
    pairs: list[Pair] = []
    for trigger in _find_triggers(text, places):
        destinations = _destinations(trigger, sentence)
        if not destinations:
            continue
        travellers = _travellers(trigger, refs, sentence)
        travellers += _companions(refs, [ref for ref, _ in travellers], sentence)
        if _respective(travellers, destinations):
            # "President Rajapaksa and Prime Minister Rajapaksa are to visit China and India": one each, in order
            in_order = sorted(travellers, key=lambda pair: pair[0].start)
            places = sorted(destinations, key=lambda place: place.start)
            pairs.extend(Pair(ref, trigger, (place,), how) for (ref, how), place in zip(in_order, places, strict=True))
            continue
        pairs.extend(Pair(ref, trigger, tuple(destinations), how) for ref, how in travellers)
    for place in places:
        if place.kind not in ("event", "event_in"):
            continue
        adjunct = _EVENT_ADJUNCT.search(text, max(0, place.start - 30), place.start)
        if adjunct is not None:
            # "Biden will travel to Vietnam on September 10 after the G20 summit in India": he is there first
            trigger = Trigger(adjunct.start(), adjunct.end(), adjunct.group(0), "event_adjunct")
            where = place
            attendees = subjects_of(adjunct.start(), refs, text, named=sentence.spans)
            pairs.extend(Pair(ref, trigger, (where,), "event_adjunct") for ref in attendees)
    for follow in sentence.matches(_FOLLOWS, ("follow_verb",)):
        pairs.extend(_follower(follow, pairs, sentence))
    for also in _AS_WILL.finditer(text):
        pairs.extend(_as_will(also, pairs, sentence))
    for cue in sentence.matches(_ATTENDANCE, ("attendance_cue",)):
        pairs.extend(_attendance(cue, sentence))
    for host in sentence.matches(HOST, ("host_verb",)):
        pairs.extend(_hosted(host, sentence))
    for departure in sentence.matches(_HOME_DEPARTURE, ("home_departure",)):
        pairs.extend(_set_off(departure, sentence))
    return pairs + _future_clauses(sentence)


# "will attend the National Prayer Breakfast in Washington", "could meet the crown prince on the sidelines of the
# G20 summit in Argentina": a leader's future verb of presence, and a place it is done in or goes to.
_FUTURE_VERB = re.compile(
    r"\b(?:" + L.source("future") + r")\s+(?:(?:also|then|soon|personally|likely|probably|not)\s+)?"
    r"(?P<verb>" + L.source("presence_verb") + r")\b(?!\s+(?:electronically|virtually|remotely|online|by video))"
)
_IN_OR_TO = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_FALLBACK_WINDOW = 120
_ARTICLE_GAP = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}")


def _gathering_object(place: Place, gap: str) -> bool:
    """ "will address the UN General Assembly", "is slated to open the summit": a gathering the verb's object."""
    return place.event is not None and _ARTICLE_GAP.fullmatch(gap) is not None


# "will not attend in person due to a warrant ... for alleged war crimes in Ukraine": a cause, not where
_CAUSE_BEFORE = re.compile(r"\b(?:due to|because|amid|over|against|alleged)\b")


def _future_clauses(sentence: Sentence) -> list[Pair]:
    """The fallback where no travel word reaches the place: a leader, subject of a future verb of presence, and the
    first place after it introduced by "in", "to" or "at" within its clause and before another subject (kind
    ``future_clause``: the least sure reading; a pair the travel words found for the same trip is surer)."""
    text, refs = sentence.low, sentence.refs
    pairs: list[Pair] = []
    for future in _FUTURE_VERB.finditer(text):
        travellers = subjects_of(future.start(), refs, text, named=sentence.spans, original=sentence.text)
        if not travellers:
            continue
        verb = Trigger(future.start("verb"), future.end("verb"), future.group("verb"), FALLBACK_TRIGGER)
        for place in _without_topics(sentence.places, text):
            if place.start < verb.end:
                continue
            gap = text[verb.end : place.start]
            if (
                place.start - verb.end > _FALLBACK_WINDOW
                or _CLAUSE_BREAK.search(gap)
                or (_IN_OR_TO.search(gap) is None and not _gathering_object(place, gap))
                or _FROM_BEFORE.search(gap)
                or _CAUSE_BEFORE.search(gap)
                # "will not attend the summit, as he is scheduled to travel to Russia": another clause's subject
                or any(verb.end <= ref.start < place.start for ref in refs)
                or _QUALIFIES_A_PERSON.match(text, place.end)
                or _names_a_leader(place, text, refs)
            ):
                continue
            pairs.extend(Pair(ref, verb, (place,), "fallback_subject") for ref in travellers)
            break
    return pairs


def _respective(travellers: list[tuple[Ref, str]], destinations: list[Place]) -> bool:
    """Two or more leaders, subjects of one verb, and as many countries after it: each goes to one of them."""
    leaders = {ref.leader for ref, _ in travellers}
    countries = {place.country for place in destinations}
    return (
        len(travellers) >= 2
        and all(how == "subject" for _, how in travellers)
        and len(leaders) == len(travellers) == len(destinations) == len(countries)
        and all(place.kind == "country" for place in destinations)
    )


def _set_off(departure: re.Match[str], sentence: Sentence) -> list[Pair]:
    """ "Ruto has jetted out of the country", "Xi departed on a five-day visit to Latin America": a leader sets off
    on a tour the sentence names no country of. The departure is a trip "from" home (kind ``set_off``), which the
    rules read as no alert; the tour's legs the article gives that week are under way."""
    if _NOUN_LINK.match(sentence.low, departure.end()) and any(
        0 <= place.start - departure.end() < 30 for place in sentence.places
    ):
        return []  # "left on a visit to Peru": the trip of the verb itself
    trigger = Trigger(departure.start(), departure.end(), departure.group(0), "set_off")
    pairs = []
    for ref in subjects_of(
        departure.start(), sentence.refs, sentence.low, named=sentence.spans, original=sentence.text
    ):
        home = sentence.home(ref.leader)
        if home is not None:
            pairs.append(Pair(ref, trigger, (Place(ref.start, ref.end, home, None, None, "country"),), "subject"))
    return pairs


def _destinations(trigger: Trigger, sentence: Sentence) -> list[Place]:
    """The places ``trigger`` goes to: those after it, "there", "the India visit", or the summit named before."""
    text, places = sentence.low, sentence.places
    destinations = _destinations_after(trigger, places, text, sentence.refs)
    if destinations:
        return destinations
    if trigger.kind == "attend_verb":
        honoured = _ceremony_of_a_leader(trigger, sentence)
        if honoured is not None:
            return [honoured]
    if _THERE.match(text, trigger.end):
        return [place for place in places if place.end <= trigger.start][-1:]
    country = _THE_COUNTRY.match(text, trigger.end)
    if country is not None:
        # "Sri Lanka expects Modi to visit the island nation": the country named before it in the sentence
        named = [
            place
            for place in places
            if place.end <= trigger.start and place.kind == "country" and not _QUALIFIES_A_PERSON.match(text, place.end)
        ]
        if named:
            return [Place(country.start("noun"), country.end(), named[-1].country, None, None, "country")]
    if trigger.kind == "noun":
        # "the India visit", "his Pakistan trip", "Xi's U.S. trip": the place right before the trip noun
        naming = _place_before_noun(trigger.start, places, text)
        if naming is not None:
            return [naming]
        if trigger.text.endswith("stop"):
            leg = [place for place in places if _STOP_BEFORE.fullmatch(text, place.end, trigger.start)]
            if leg:
                return leg
    # ("will be at the summit": the trigger "be at the" ends on the article the event's noun follows)
    object_at = trigger.end - 4 if trigger.text.endswith(" the") else trigger.end
    if trigger.kind in ("attend_verb", "be_in") and (
        _ANAPHORIC_EVENT.match(text, object_at) or _OBJECTLESS.match(text, trigger.end)
    ):
        # "will attend the summit", "will be attending", "will lead China's delegation instead": the gathering
        # named earlier in the sentence ("host world leaders in Rio, while Milei is due to attend the
        # gathering"), else the summit named a few sentences before (Context.event_before).
        # (not a place of a relative clause: "Orban, who is holidaying in India, would consider attending")
        asides = [match.span() for match in RELATIVE_CLAUSE.finditer(text, 0, trigger.start)]
        earlier = [
            place
            for place in places
            if place.end <= trigger.start
            and (place.event is not None or _LOCATIVE_BEFORE.search(text, max(0, place.start - 30), place.start))
            and not any(start <= place.start < end for start, end in asides)
        ]
        if earlier:
            chosen = earlier[-1:]
            if chosen[0].event is not None and _WHICH_BEFORE.match(text, chosen[0].end):
                # "the G20 summit in Rome and the COP26 summit in Glasgow, which he will attend": each of them
                for place in reversed(earlier[:-1]):
                    if place.event is None or not _EVENTS_AND.fullmatch(text, place.end, chosen[0].start):
                        break
                    chosen.insert(0, place)
            return chosen
        if sentence.context_event is not None and not any(place.start >= trigger.end for place in places):
            # (not "will attend the opening of the campus in Istanbul": a gathering of its own, too far to be read)
            return [sentence.context_event]
    return []


def _find_triggers(text: str, places: list[Place]) -> list[Trigger]:
    """TRIGGER's matches, tried only where a word that can begin one starts (much cheaper than finditer).

    Verbs come first, then the words that can only be trip nouns ("trip", "state visit"): a verb says more
    of the trip's status than a noun; "visit" read as a noun ("on a visit", "Putin's China visit") keeps its
    place in the text.
    """
    triggers: list[Trigger] = []
    nouns: list[Trigger] = []
    end = 0
    for start in TRIGGER_STARTS.finditer(text):
        if start.start() < end:
            continue
        match = TRIGGER.match(text, start.start())
        if match is None:
            continue
        kind = match.lastgroup or "noun"
        if match.group(0) == "way to" and not _ON_ONES_WAY.search(text, max(0, start.start() - 12), start.start()):
            continue
        if (
            kind == "noun"
            and _ADVERB_BEFORE_VERB.match(match.group(0))
            and _AUXILIARY_BEFORE.search(text, max(0, start.start() - 12), start.start())
        ):
            continue  # "Trump will first visit Saudi Arabia": an adverb, then the verb (read from its own start)
        if (
            kind in ("visit_verb", "nominal_verb", "move_verb")
            and _NOUN_LIKE.match(match.group(0))
            and (
                _NOUN_CONTEXT.search(text, max(0, match.start() - 40), match.start())
                or _place_before_noun(match.start(), places, text) is not None
                or (
                    match.group(0).startswith("visit")
                    and _A_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
                )
            )
        ):
            kind = "noun"  # "Xi's visit", "Erdogan's planned visit", "his return": a trip noun, not a verb
        (nouns if match.lastgroup == "noun" else triggers).append(
            Trigger(match.start(), match.end(), match.group(0), kind)
        )
        end = match.end()
    return triggers + nouns


_ADVERB_BEFORE_VERB = re.compile(L.source("adverb_before_verb") + r"\s")
_AUXILIARY_BEFORE = re.compile(r"\b(?:will|would|shall|may|might|could|should|must|to|'ll|’ll)\s+$")


def _place_before_noun(start: int, places: list[Place], text: str) -> Place | None:
    """The country or city that names the trip noun at ``start``: "the India visit", "Xi's U.S. trip"."""
    before = [place for place in places if place.end <= start and place.kind in ("country", "city")]
    if (
        before
        and _PLACE_NOUN_GAP.fullmatch(text, before[-1].end, start)
        and _PLACE_NOUN_OPENER.search(text, 0, before[-1].start)
    ):
        return before[-1]
    return None


def _destinations_after(trigger: Trigger, places: list[Place], text: str, refs: list[Ref]) -> list[Place]:
    position = trigger.end
    after = [place for place in _without_topics(places, text) if place.start >= position]
    if not after:
        return []
    first = after[0]
    gap = text[position : first.start]
    if (
        len(after) > 1
        and first.start - position <= _DESTINATION_WINDOW
        and _FROM_BEFORE.search(gap)
        and _TO_AFTER_ORIGIN.fullmatch(text, first.end, after[1].start)
    ):
        # "will fly from Britain to France", "his trip from Beijing to Moscow": the origin is passed over
        position, after = first.end, after[1:]
        first = after[0]
        gap = text[position : first.start]
    if _REACH.fullmatch(trigger.text) and gap.strip() not in ("", "the"):
        return []  # "reached out to China", "reached a deal with China": no place reached
    taking_him_to = _TAKING_HIM_TO.fullmatch(gap) is not None or _COUNTED_INCLUDING.fullmatch(gap) is not None
    legs = taking_him_to or (trigger.kind == "noun" and _TOUR_LEGS.fullmatch(gap) is not None)
    if not taking_him_to and (
        (first.start - position > _DESTINATION_WINDOW and not _NAMED_GATHERING.fullmatch(gap))
        or (_CLAUSE_BREAK.search(gap) and not legs)
        or _FROM_BEFORE.search(gap)
        or _SINCE_BEFORE.search(gap)
        or (trigger.kind != "noun" and _OTHER_TRIP_BEFORE.search(gap))
        or _HOME.match(gap)
        or _LONG_BEFORE_COMMA.match(gap)
        or (trigger.kind == "be_in" and _BE_IN_GAP.fullmatch(gap) is None)
        or (trigger.text.endswith(" to") and _TO_SOMETHING_ELSE.match(gap) is not None)
    ):
        return []  # "will fly home on Monday after a stop in Vietnam": home is where this trigger goes
    if _QUALIFIES_A_PERSON.match(text, first.end) or _names_a_leader(first, text, refs):
        return []  # "a meeting between Caribbean leaders and US Congresswoman Waters": no trip to the US
    if (
        trigger.kind == "noun"
        and not legs
        and not _NOUN_LINK.match(gap)
        and not _ENDS_LINKED.search(trigger.text)
        and not (trigger.text.endswith(("tour", "tours")) and _OF.match(gap))
        and not (trigger.text.endswith("stop") and _STOP_LINK.fullmatch(gap))
    ):
        return []  # "his trip comes at a time when Russia ...": a trip noun's place follows "to", "in", "by X to"
    chosen = [first]
    for place in after[1:]:
        between = text[chosen[-1].end : place.start]
        if _REPORTER_AFTER.match(text, place.end, place.end + 50):
            break  # "..., Downing Street said": a source, not a destination
        if (
            _CONNECTOR.match(between)
            or _LIST_CONTINUES.match(between)
            or (
                place.country == first.country
                and not _CLAUSE_BREAK.search(between)
                and place.start - chosen[-1].end < 60
            )
        ):
            chosen.append(place)
        else:
            break
    return _without_people_of(chosen, text)


_COMPOUND_JOINS = frozenset(("-", "–", "/"))
# "Saturday's DR Congo summit in Kampala", "the Ukraine peace conference in Switzerland": what the meeting is about,
# then where it is held
_MEETING_ABOUT_HELD_IN = re.compile(
    r"\s+(?:[\w'’-]+\s+)?" + L.pattern("meeting_about").pattern + r"\s+(?:in|at)\s+(?:the\s+)?"
)


def _is_topic(place: Place, text: str) -> bool:
    """ "hold talks that could shape the war in Ukraine", "with an eye on North Korea issues", "stays home to focus
    on Syria": the place is what the talks or the leader's work are about, not a destination."""
    return (
        _TOPIC_BEFORE.search(text, max(0, place.start - 40), place.start) is not None
        or _TOPIC_VERB_BEFORE.search(text, max(0, place.start - 40), place.start) is not None
        or _TOPIC_AFTER.match(text, place.end) is not None
    )


def _without_topics(places: list[Place], text: str) -> list[Place]:
    """``places`` but those that are topics, and those joined by "and" to one ("China and North Korea issues"),
    and those of a compound of places ("US-China talks in Geneva", "the DPRK-USA summit in Hanoi": whose talks,
    not where)."""
    kept: list[Place] = []
    topic_next = False
    compound = {
        index
        for pair in range(len(places) - 1)
        if text[places[pair].end : places[pair + 1].start] in _COMPOUND_JOINS
        and places[pair].country != places[pair + 1].country  # not "Guinea-Conakry": one country named twice
        for index in (pair, pair + 1)
    }
    compound.update(
        pair
        for pair in range(len(places) - 1)
        if places[pair].kind == "country"
        and places[pair + 1].kind in ("city", "country")
        and places[pair].country != places[pair + 1].country
        and _MEETING_ABOUT_HELD_IN.fullmatch(text, places[pair].end, places[pair + 1].start) is not None
    )
    for index in range(len(places) - 1, -1, -1):
        place = places[index]
        topic = (
            index in compound
            or _is_topic(place, text)
            or (topic_next and AND.fullmatch(text, place.end, places[index + 1].start) is not None)
        )
        if not topic:
            kept.append(place)
        topic_next = topic
    return kept[::-1]


def _names_a_leader(place: Place, text: str, refs: list[Ref]) -> bool:
    """ "will attend in a call with Ukraine's Volodymyr Zelensky", "an event with Prime Minister Narendra Modi of
    India": the place is whose leader, not a destination."""
    owner = _POSSESSIVE_AFTER.match(text, place.end)
    if owner is not None and any(0 <= ref.start - owner.end() < 25 for ref in refs):
        return True
    return any(ref.end <= place.start and _OF_BETWEEN.fullmatch(text, ref.end, place.start) for ref in refs)


def _without_people_of(chosen: list[Place], text: str) -> list[Place]:
    """ "a summit with the leaders of the US, Australia and India in Washington": Washington; the places of a
    list after "the leaders of" say whose people they are."""
    kept: list[Place] = []
    of_people = False
    for index, place in enumerate(chosen):
        if _PEOPLE_OF_BEFORE.search(text, max(0, place.start - 40), place.start):
            of_people = True
        elif index and of_people and not AND.fullmatch(text, chosen[index - 1].end, place.start):
            of_people = False
        if not of_people:
            kept.append(place)
    return kept


_GATHERING = L.pattern("gathering_noun")
# "the summit, which begins in Johannesburg", "the funeral on Monday at Westminster Abbey in London", "a summit of
# the SCO in the Uzbek city of Samarkand"
_GATHERING_HELD_IN = re.compile(
    r"[^;.!?]{0,90}?\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+)?(?:city|capital|town|resort|port)\s+of\s+)?$"
)
# "the Sharm El-Sheikh peace summit", "the London summit"
_NAMES_GATHERING = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}$")
_THE_BEFORE = re.compile(r"\bthe\s+$")
# "travelling to London for next Monday's funeral": a trip's destination, then the gathering it is for
_TRIP_FOR_GATHERING = re.compile(r",?\s+for\s+(?:[\w'’-]+\s+){0,3}$")
_TO_BEFORE = re.compile(r"\b(?:to|in|visit|visits|visiting|visited)\s+(?:the\s+)?$")


def gathering_venue(sentence: Sentence) -> Place | None:
    """Where a gathering the gazetteer does not know is held: the place after "in" or "at" that follows the
    gathering's noun ("the funeral at Westminster Abbey in London"), else the place that names it ("the Sharm
    El-Sheikh peace summit"), else the place a trip for it goes to ("travelling to London for the funeral"); for
    "will attend" and attendance lists in the sentences after it."""
    text = sentence.low
    gathering = _GATHERING.search(text)
    if gathering is None:
        return None
    # (not what it is about: "a summit on countering Russia's war in Ukraine" is not held in Ukraine)
    places = [place for place in sentence.places if place.kind in ("city", "country") and not _is_topic(place, text)]
    for place in places:
        if place.start >= gathering.end() and _GATHERING_HELD_IN.fullmatch(text, gathering.end(), place.start):
            return place
    # (the words between the place and the noun, the words right before the place, how far back they may begin)
    for gap, opening, reach in ((_NAMES_GATHERING, _THE_BEFORE, 5), (_TRIP_FOR_GATHERING, _TO_BEFORE, 14)):
        for place in places:
            if (
                place.end <= gathering.start()
                and gap.fullmatch(text, place.end, gathering.start())
                and opening.search(text, max(0, place.start - reach), place.start)
            ):
                return place
    return None


_NAMES_EDITION = re.compile(r"\s+(?:\d{4}\s+)?")  # "Sydney Olympics", "Paris 2024 Olympics"
_MEMBERS_AFTER = re.compile(r"\s+" + L.pattern("members_of_a_body").pattern)


_BRACKETS = re.compile(r"\(([^()]{3,200})\)")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s*$")
_LIST_GLUE = re.compile(r"[\s,]*(?:and\s+)?")


def _unbracketed(sentence: Sentence) -> list[Place]:
    """The sentence's places but the members an acronym's brackets spell out ("the 9th Summit of the BRICS (Brazil,
    Russia, India, China, South Africa)": no destinations; "a tour of three nations (Kenya, Tanzania and Uganda)"
    are, after no acronym)."""
    places, text = sentence.places, sentence.low
    if "(" not in text:
        return places
    spans = []
    for bracket in _BRACKETS.finditer(text):
        if not _ACRONYM_BEFORE.search(sentence.text, max(0, bracket.start() - 12), bracket.start()):
            continue
        inside = [place for place in places if bracket.start() < place.start and place.end < bracket.end()]
        position = bracket.start() + 1
        for place in inside:
            if not _LIST_GLUE.fullmatch(text, position, place.start):
                break
            position = place.end
        else:
            if len(inside) >= 2 and _LIST_GLUE.fullmatch(text, position, bracket.end() - 1):
                spans.append(bracket.span())
    return [place for place in places if not any(start < place.start < end for start, end in spans)]


def locate_events(sentence: Sentence) -> list[Place]:
    """The sentence's places, each event held where the text says ("the G20 summit in Osaka", "the summit
    will be held in Delhi", "the World Economic Forum (WEF) meeting in Riyadh"): that place is its venue,
    whatever the watchlist's edition for the year or the event's usual host."""
    places = _unbracketed(sentence)
    located: list[Place] = []
    skip = -1
    for index, place in enumerate(places):
        if index <= skip:
            continue
        if place.event is not None and _MEMBERS_AFTER.match(sentence.low, place.end):
            continue  # "G7 member countries including France, Italy ...": the body's members, not its summit
        # the same event named again in brackets right after ("Group of 20 (G20)") is one name of it
        last = index
        while (
            place.kind == "event"
            and last + 1 < len(places)
            and places[last + 1].event == place.event
            and places[last + 1].start - places[last].end <= 3
        ):
            last += 1
        venue = places[last + 1] if last + 1 < len(places) else None
        if (
            place.kind == "event"
            and venue is not None
            and venue.kind in ("country", "city")
            and _EVENT_HELD_IN.fullmatch(sentence.low, places[last].end, venue.start)
        ):
            # "in Vientiane, Laos": the country after the city is the same venue
            following = places[last + 2] if last + 2 < len(places) else None
            skip = last + 1
            end, city = venue.end, venue.city
            if following is not None and following.country == venue.country and following.start - venue.end < 4:
                skip, end, city = last + 2, following.end, venue.city or following.city
            if any(places[last].end <= time.start < venue.start for time in sentence.times):
                end = places[last].end  # "scheduled for April 28-29 in Riyadh": the time is the trip's, after the place
            city = city or (place.city if place.country == venue.country else None)
            located.append(Place(place.start, end, venue.country, city, place.event, "event_in"))
        elif (
            place.kind == "event"
            and located
            and located[-1].kind == "city"
            and _NAMES_EDITION.fullmatch(sentence.low, located[-1].end, place.start)
        ):
            # "the Sydney Olympics precinct", "the Paris 2024 Olympics": the edition its city names, whatever year
            named = located[-1]
            located[-1] = Place(named.start, place.end, named.country, named.city, place.event, "event_in")
        else:
            located.append(place)
    return located


def _travellers(trigger: Trigger, refs: list[Ref], sentence: Sentence) -> list[tuple[Ref, str]]:
    text = sentence.low
    start = trigger.start
    if trigger.kind == "noun":
        # "Putin's (planned) visit", "his visit": the possessor travels.
        for ref in reversed(refs):
            if ref.end > start:
                continue
            between = text[ref.end : start]
            if _POSSESSIVE_GAP.match(between):
                return [(ref, "possessor")]
            if ref.how == "pronoun" and text[ref.start : ref.end] in ("his", "her") and _WORDS_GAP.match(between):
                return [(ref, "possessor")]
        if trigger.text.endswith("stop"):
            # "the first stop of Narendra Modi's Gulf trip": whose trip the leg is of
            for ref in refs:
                if (
                    ref.start > start
                    and _STOP_OF.fullmatch(text, trigger.end, ref.start)
                    and _POSSESSIVE_AFTER.match(text, ref.end)
                ):
                    return [(ref, "possessor")]
        # "Albanese, who is on a six-day visit to China,", "Modi, on a two-day visit to Moscow,": there now;
        # "Ramaphosa set for state visit to Indonesia" (a headline): going.
        for ref in reversed(refs):
            if ref.end <= start and (_ON_A_VISIT.match(text[ref.end : start]) or _SET_FOR.match(text[ref.end : start])):
                return [(ref, "appositive")]
        agent = _by_agent(trigger, refs, text)
        if agent:
            return agent
        if _HOSTS_THE_TRIP.search(text, max(0, start - 40), start):
            return []  # "The King will host the state visit": the host's, not a trip of his
        fronted = _after_fronted_clause(start, refs, text)
        if fronted:
            return [(ref, "fronted_subject") for ref in fronted]
        # "Modi will leave on March 10 on a five-day visit to Seychelles", "Putin has a visit planned to
        # China", "began an African tour, which includes visits to Guinea": the clause's subject travels.
        return [
            (ref, "clause_subject")
            for ref in subjects_of(start, refs, text, noun=True, named=sentence.spans, original=sentence.text)
        ]
    if trigger.kind == "nominal_verb":
        # "Moscow and Ankara are planning the visit of Putin to Turkey": the one whose visit it is travels (named
        # right after the noun; not "paid a visit to Tashkent at the invitation of the Uzbek President")
        agent = _by_agent(trigger, refs, text)
        if agent and _BY_AFTER.match(text, trigger.end, agent[0][0].start):
            return agent
        # "China has postponed President Xi's state visit to Pakistan", "are planning Putin's trip": the owner of the
        # trip named inside the words travels, not the clause's subject; so does the subject of "plans for Modi to
        # visit"
        for ref in refs:
            if start < ref.start and ref.end < trigger.end:
                if _POSSESSIVE_GAP.match(text[ref.end : text.rfind(" ", 0, trigger.end) + 1]):
                    return [(ref, "possessor")]
                if text.endswith("for ", start, ref.start) and text.startswith(" to ", ref.end):
                    return [(ref, "subject")]
    subjects = subjects_of(start, refs, text, named=sentence.spans, original=sentence.text)
    if subjects:
        return [(ref, "subject") for ref in subjects]
    return [(ref, "fronted_subject") for ref in _after_fronted_clause(start, refs, text)]


def _by_agent(trigger: Trigger, refs: list[Ref], text: str) -> list[tuple[Ref, str]]:
    """ "a visit by Putin to China", "a trip to Kyiv by Meloni", "the trip of Rabuka to Kiribati": the leader
    named after the trip noun is its traveller; not one after a comma closing the trip's words ("visits to Namibia
    and South Africa, the Office of the Prime Minister has announced": the office speaks)."""
    for ref in refs:
        if ref.start < trigger.end or ref.start - trigger.end >= 60:
            continue
        gap = text[trigger.end : ref.start]
        found = _BY_BEFORE.search(gap)
        if found is not None and not (found.group(0).startswith("of") and "," in gap[: found.start()]):
            return [(ref, "by_agent")]
    return []


def _after_fronted_clause(start: int, refs: list[Ref], text: str) -> list[Ref]:
    """ "During a visit to Berlin last year, Ramaphosa signed ...": the subject follows the clause."""
    fronted = FRONTED_CLAUSE.match(text)
    if fronted is None or start >= fronted.end():
        return []
    after = [ref for ref in refs if ref.start >= fronted.end() and ref.start - fronted.end() < 40]
    return after[:1]


def subjects_of(
    start: int,
    refs: list[Ref],
    text: str,
    noun: bool = False,
    named: list[tuple[int, int]] | None = None,
    original: str | None = None,
) -> list[Ref]:
    """The subject(s) of the verb at ``start``: the nearest leader to its left, and those coordinated with it.

    ``noun``: the words at ``start`` are a trip noun that the subject's verb governs ("will leave on a visit
    to"); the verb phrase between them may not report someone else's words ("Putin said the visit ...").
    """
    asides = [match.span() for match in RELATIVE_CLAUSE.finditer(text, 0, start)]
    left = [ref for ref in refs if ref.end <= start and not any(s < ref.start < e for s, e in asides)]
    while left:
        ref = left[-1]
        if (
            ref.how == "pronoun"
            and len(left) > 1
            and text[ref.end : start].strip()  # (not "on his way to": the travel words' own owner)
            and _OBJECT_PRONOUN.match(text[max(0, ref.start - 12) : ref.end])
        ):
            # "Fernandez will be out of her wheelchair and visit China": "her" is no subject, the one before it
            # is, whose verb phrase tells the tense (the pronoun stands in if none before it can be)
            subjects = subjects_of(start, [other for other in refs if other != ref], text, noun, named, original)
            if subjects:
                return subjects
        raw_gap = text[ref.end : start]
        gap = RELATIVE_CLAUSE.sub(",", raw_gap)  # "Putin, who last visited Mongolia in 2019, will"
        if _POSSESSOR_OF_OTHER.match(text, ref.end, start + 30) or _AIDE_OF.search(
            text, max(0, ref.start - 50), ref.start
        ):
            left.pop()
            continue
        if _WHO_CLAUSE.fullmatch(raw_gap):
            return [ref]  # "will hold talks with Modi, who will visit Moscow next week": the relative clause's own
        if len(left) > 1 and _FIRST_TO.search(text, max(0, ref.start - 40), ref.start):
            left.pop()  # "Obama will become the first U.S. president to visit Laos": the title is his, Obama travels
            continue
        if _ASKED_SOMEONE.search(gap):
            return []  # "Trump has asked Vice President Mike Pence to travel": the one asked travels
        if original is not None and _reports_another_subject(gap, ref.end, original):
            return []  # "He added that Egypt will participate": the reported clause has a subject of its own
        if (
            len(left) > 1
            and _PREPOSITION_BEFORE.search(text, max(0, ref.start - 40), ref.start)
            and not (_TO_INFINITIVE.fullmatch(gap) and _FOR_BEFORE.search(text, max(0, ref.start - 40), ref.start))
        ):
            # "flies to Panama for talks with President Torrijos before returning": an object, not the subject
            left.pop()
            continue
        # "Prabowo met Xi in Beijing and was expected to travel", "will meet Hatoyama and Emperor Akihito on
        # Friday, before heading to Singapore": the subject before the verb, not its object(s)
        objects = _coordinated_before(left, text, named, original)
        if (
            len(left) > len(objects)
            and _OBJECT_OF_VERB.search(text, max(0, objects[-1].start - 40), objects[-1].start)
            and _AND_VERB.search(gap + text[start : start + 20])
        ):
            del left[-len(objects) :]
            continue
        if noun:
            if _TOUR_INCLUDES.search(raw_gap):
                gap = _TOUR_INCLUDES.sub(" ", raw_gap)
            if _REPORTED_IN_GAP.search(gap) or len(_GAP_WORDS.findall(gap)) > 14:
                return []
        if not _subject_gap(gap):
            return []
        # "they" stands for each leader of a list, one reference each at the same words
        subjects = [other for other in left if (other.start, other.end) == (ref.start, ref.end)][::-1]
        if len(subjects) > 1:
            return subjects
        # "Macron and Scholz will travel", "President Xi Jinping of China, Brazil's President Lula and Indian
        # Prime Minister Narendra Modi are expected to attend": coordinated subjects travel together.
        return _coordinated_before(left, text, named, original)
    return []


def _coordinated_before(
    left: list[Ref], text: str, named: list[tuple[int, int]] | None, original: str | None
) -> list[Ref]:
    """The last leader of ``left`` and those listed with it before ("Hatoyama, Japan's prime minister and Emperor
    Akihito"), last first."""
    chain = [left[-1]]
    # "After a lunch hosted by Ghani, Modi will leave": a leader ending a fronted clause is listed with no one after it
    fronted = FRONTED_CLAUSE.match(text)
    fronted_end = fronted.end() if fronted is not None else -1
    for other in reversed(left[:-1]):
        if other.leader == chain[-1].leader and not text[other.end : chain[-1].start].strip(" ()'‘’"):
            continue  # "Pushpa Kamal Dahal 'Prachanda'": one leader by two names (quotes read as spaces)
        if other.end <= fronted_end <= chain[-1].start or not coordinated(
            text, other.end, chain[-1].start, named, original
        ):
            break
        chain.append(other)
    return chain


def _reports_another_subject(gap: str, offset: int, original: str) -> bool:
    """Whether ``gap`` (the words after a leader, at ``offset`` in the sentence) reports a clause whose subject is
    someone or something else: "added that Egypt will", "said that the ministry would" (not "said that he")."""
    reported = _REPORTED_THAT.search(gap)
    if reported is None:
        return False
    word = _GAP_WORDS.match(gap, reported.end())
    if word is None or word.group(0) in _SUBJECT_PRONOUNS:
        return False
    return word.group(0) == "the" or original[offset + word.start()].isupper()


def coordinated(
    text: str, start: int, end: int, named: list[tuple[int, int]] | None = None, original: str | None = None
) -> bool:
    """Whether the words between two leaders join them in a list ("and", ", President", "of China, and", "; ").

    ``named`` are spans the tagger knows (countries, "Chinese"): words inside them count as descriptors,
    as do capitalised words of ``original`` (the sentence as written: "Brazil's President Luiz Lula").
    """
    gap = text[start:end]
    if AND.fullmatch(gap):
        return True
    # (a list of leaders each with a title of their own is cut by semicolons: "Liberia's President, Joseph Boakai;
    # Malawi's President, Lazarus Chakwera")
    # ("President Zelenskyy as well as Prime Minister of Sweden Ulf Kristersson")
    if "," not in gap and ";" not in gap and " and " not in f" {gap} " and " as well as " not in f" {gap} ":
        return False
    words = [
        match
        for match in _GAP_WORDS.finditer(text, start, end)
        if not any(s <= match.start() < e for s, e in named or ())
        and not (original is not None and original[match.start()].isupper())
        and match.group(0).strip("'-")  # (the closing quote of a nickname: "Dahal 'Prachanda' and")
    ]
    return len(words) <= 8 and all(
        match.group(0) in _DESCRIPTORS or match.group(0).endswith(("'s", "’s")) for match in words
    )


def _subject_gap(gap: str) -> bool:
    """Whether the words between a leader and a travel word can be the verb phrase of that leader."""
    if _WHO_CLAUSE.fullmatch(gap):
        return True  # "Lula, who visited China in April"
    gap = _AMONG_THOSE_WHO.sub(" ", gap)
    if ";" in gap or _OTHER_CLAUSE.search(gap):
        return False
    words = _GAP_WORDS.findall(gap)
    if len(words) <= 14:
        return True
    # A second verb of the same subject: "begins a tour in Vietnam on Sunday, before stops in ...".
    return len(words) <= 28 and bool(_SECOND_VERB.search(gap))


def _companions(refs: list[Ref], travellers: list[Ref], sentence: Sentence) -> list[tuple[Ref, str]]:
    """ "..., accompanied by Ursula von der Leyen", "together with Macron and Draghi": they travel too."""
    if not travellers:
        return []
    text = sentence.low
    companions: list[Ref] = []
    for ref in refs:
        if ref in travellers or ref.how == "pronoun":
            continue
        if _COMPANION.search(text, max(0, ref.start - 60), ref.start) or (
            companions and coordinated(text, companions[-1].end, ref.start, sentence.spans, sentence.text)
        ):
            companions.append(ref)
    return [(ref, "companion") for ref in companions]


def _follower(follow: re.Match[str], pairs: list[Pair], sentence: Sentence) -> list[Pair]:
    """ "Macron travels to Washington on Monday, and Starmer follows later in the week": Starmer goes there too."""
    before = [pair for pair in pairs if pair.trigger.end <= follow.start()]
    travellers = subjects_of(follow.start(), sentence.refs, sentence.low, named=sentence.spans)
    if not before or not travellers:
        return []
    trigger = Trigger(follow.start(), follow.end(), follow.group(0), "move_verb")
    return [
        Pair(ref, trigger, before[-1].destinations, "follower") for ref in travellers if ref != before[-1].traveller
    ]


def _as_will(cue: re.Match[str], pairs: list[Pair], sentence: Sentence) -> list[Pair]:
    """ "Muhyiddin will attend the summit in Jakarta, as will Hun Sen": the leaders after "as will" go where the
    trip before it goes, told in the same tense."""
    before = [pair for pair in pairs if pair.trigger.end <= cue.start()]
    if not before:
        return []
    listed: list[Ref] = []
    for ref in sentence.refs:
        if ref.start < cue.end() or ref.how == "pronoun":
            continue
        if not listed:
            if ref.start - cue.end() > 40:
                break
            listed.append(ref)
        elif coordinated(sentence.low, listed[-1].end, ref.start, sentence.spans, sentence.text):
            listed.append(ref)
        else:
            break
    trigger = Trigger(cue.start(), cue.end(), cue.group(0), before[-1].trigger.kind)
    return [Pair(ref, trigger, before[-1].destinations, "follower") for ref in listed if ref != before[-1].traveller]


def _named_with_others(start: int, sentence: Sentence) -> list[Ref]:
    """ "Pope Francis and other international leaders will be present": the leaders named before "and other ...",
    right before the cue at ``start``."""
    others = _AND_OTHERS_BEFORE.search(sentence.low, max(0, start - 40), start)
    if others is None:
        return []
    named: list[Ref] = []
    for ref in reversed(sentence.refs):
        if ref.how == "pronoun" or ref.end > others.start():
            continue
        end = named[0].start if named else others.start()
        if not named and end - ref.end > 2:
            break
        if named and not coordinated(sentence.low, ref.end, named[0].start, sentence.spans, sentence.text):
            break
        named.insert(0, ref)
    return named


_AND_OTHERS_BEFORE = re.compile(r"\s+and\s+other\s+(?:[\w-]+\s+)?$")
_RELATIVE_AFTER_COMMA = re.compile(r",\s*" + L.pattern("relative_word").pattern)


def _attendance(cue: re.Match[str], sentence: Sentence) -> list[Pair]:
    """ "Among those in attendance will be Macron, Albanese and Lula", "will be joined by Xi and Lula",
    "the summit will be attended by Biden": each leader listed travels to the summit of the sentence or
    the one named before."""
    text = sentence.low
    listed: list[Ref] = []
    # "attended by world leaders from 200 countries and by prominent figures including Pope Francis and ..."
    including = _INCLUDING.search(text, cue.end())
    opening = including.end() if including is not None else cue.end()
    for ref in sentence.refs:
        if ref.start < opening or ref.how == "pronoun":
            continue  # "will be joined by his Brazil counterpart Lula": "his" is no one of the list
        if not listed:
            # (after another guest who is no leader: "the attendance of U.S. Vice President Kamala Harris, French
            # President Emmanuel Macron"; not in a relative clause: "the meeting, which Biden is not attending")
            if ref.start - opening > (75 if "," in text[opening : ref.start] else 40) or _RELATIVE_AFTER_COMMA.search(
                text, opening, ref.start
            ):
                break
            listed.append(ref)
        elif coordinated(text, listed[-1].end, ref.start, sentence.spans, sentence.text):
            listed.append(ref)
        else:
            break
    if not listed:
        listed = _named_with_others(cue.start(), sentence)
    if not listed:
        return []
    after = [place for place in sentence.places if place.start >= listed[-1].end]
    # (the cue's own venue too: "leaders expected to attend the funeral in London include")
    before = [place for place in sentence.places if place.end <= cue.end()]
    if after and _LOCATIVE_AFTER_LIST.fullmatch(text, listed[-1].end, after[0].start):
        destination = after[0]
    elif before and (
        before[-1].kind in ("event", "event_in", "city")
        # "the inauguration at the US Capitol will be attended by": the gathering's venue, not a summit named before
        or _LOCATIVE_BEFORE.search(text, max(0, before[-1].start - 30), before[-1].start)
    ):
        destination = before[-1]
    elif sentence.context_event is not None:
        destination = sentence.context_event
    else:
        home = _host_home(cue.start(), sentence)
        if home is None:
            return []
        destination = home
    trigger = Trigger(cue.start(), cue.end(), cue.group(0), "attend_list")
    return [Pair(ref, trigger, (destination,), "attendance_list") for ref in listed]


def placeless_trip(sentence: Sentence) -> bool:
    """Whether a sentence that names no place may still report a trip: a leader hosting another ("Scholz will
    host Macron for talks") hosts at home; one who "has embarked on a 12-day trip to Asia" has left home; one who
    "will attend the swearing-in of Trump" goes to the other's country."""
    if not sentence.named:
        return False
    low = sentence.low
    if len(sentence.named) >= 2 and (
        HOST.search(low) is not None or (any(word in low for word in _CEREMONY_WORDS) and _CEREMONY.search(low))
    ):
        return True
    return _HOME_DEPARTURE.search(low) is not None


def _ceremony_of_a_leader(trigger: Trigger, sentence: Sentence) -> Place | None:
    """ "will attend the inauguration of Senegalese President Bassirou Diomaye Faye", "the swearing-in of Trump": a
    leader's own ceremony, held in his country (when the sentence names no place after the verb). Not in a
    sentence of two ceremonies ("X attended the swearing-in of the President of Nigeria and Y attended that of the
    President of Maldives": the first one honoured is no subject of the second verb)."""
    ceremony = _CEREMONY_OF.match(sentence.low, trigger.end)
    if ceremony is None or len(_CEREMONY.findall(sentence.low)) > 1:
        return None
    honoured = next((ref for ref in sentence.refs if ref.start >= ceremony.end()), None)
    if honoured is None or honoured.how == "pronoun" or honoured.start - ceremony.end() > 40:
        return None
    home = sentence.home(honoured.leader)
    return None if home is None else Place(honoured.start, honoured.end, home, None, None, "country")


_A_HOST_OF = re.compile(r"a host\s+of\b")


def _hosted(host: re.Match[str], sentence: Sentence) -> list[Pair]:
    """ "Xi will host Putin in Beijing": the guest travels, to where the meeting is."""
    refs, places, text = sentence.refs, sentence.places, sentence.low
    if _A_HOST_OF.match(text, max(0, host.start() - 2)):
        return []  # "a host of international efforts": many, no one hosted
    guests: list[Ref] = []
    hosts: list[Ref] = []  # named after the verb only in the passive
    passive = _PASSIVE_BEFORE.search(text, max(0, host.start() - 30), host.start()) and _BY.match(text, host.end())
    if passive:
        # "Xi will be hosted by Lula in Brasilia": the subject is the guest, the one after "by" the host.
        guests = subjects_of(host.start(), refs, text, named=sentence.spans, original=sentence.text)
        hosts = [ref for ref in refs if 0 <= ref.start - host.end() < 10][:1]
    else:
        for ref in refs:
            if _POSSESSIVE_OF_GUEST.match(text, ref.start) and ref.how == "pronoun":
                continue  # "will host his French counterpart Emmanuel Macron": "his" is the host's, not a guest
            # (not "their first meeting since Modi's visit to Lahore": a leader after "since" is no one met)
            first_guest = (
                not guests
                and 0 <= ref.start - host.end() < 40
                and not _TIME_CONJUNCTION.search(text, host.end(), ref.start)
            )
            # "will meet Canadian Prime Minister Justin Trudeau, Polish President Andrzej Duda and Joe Biden"
            if first_guest or (guests and coordinated(text, guests[-1].end, ref.start, sentence.spans, sentence.text)):
                guests.append(ref)
    meeting = _MEETING.match(host.group("host")) is not None
    if not guests and meeting and not passive:
        # "Trump and Putin will meet in Alaska on Friday": each of them travels to the meeting
        guests = subjects_of(host.start(), refs, text, named=sentence.spans, original=sentence.text)
        if len(guests) == 1:
            # "Vucic agreed during a telephone conversation with Russian President Vladimir Putin to meet in Moscow":
            # the one agreed with meets too
            guests += [
                ref
                for ref in refs
                if guests[0].end < ref.start < host.start()
                and _WITH_BEFORE.search(text, max(0, ref.start - 40), ref.start)
                and _TO_AFTER.match(text, ref.end, host.start())
            ][:1]
        hosts = []
        passive = None
        after = host.end()
        place = next(
            (
                p
                for p in places
                if 0 <= p.start - after < 30
                and _LOCATIVE_BEFORE.search(text, after, p.start)
                and not _is_topic(p, text)
            ),
            None,
        )
        if place is None:
            # "X and Y will hold a bilateral meeting on the sidelines of the G20 summit", "X will meet with the
            # crown prince on the margins of the summit in Argentina": at a gathering, each one named travels
            place = _margins_place(after, places, text) or _gathering_named_before(after, sentence)
        elif len(guests) < 2:
            return []
        if place is None:
            return []
        trigger = Trigger(host.start(), host.end(), host.group(0), "host")
        return [Pair(ref, trigger, (place,), "meeting_party") for ref in guests]
    if not guests:
        return []
    after = max(ref.end for ref in guests + hosts)
    place = next(
        (
            p
            for p in places
            if p.start >= after
            and p.start - after < 80
            and _LOCATIVE_BEFORE.search(text, after, p.start)
            and not _is_topic(p, text)
            and L.search("another_move", text, after, p.start) is None  # "... before returning to Austria"
            and not _SOMEONE_ELSES_PLACE.search(text, max(0, p.start - 30), p.start)
        ),
        None,
    )
    if place is None and meeting and not passive:
        place = _margins_place(after, places, text) or _gathering_named_before(after, sentence)
    if place is None and not passive:
        # "the White House is poised to host Crown Prince Mohammed": the host is a seat of government
        place = next(
            (p for p in places if p.kind == "institution" and 0 <= host.start() - p.end < 30 and p.end <= host.start()),
            None,
        )
    if place is None and not passive and not meeting:
        # "Moscow will host Modi next week", "China is set to welcome Putin": the country or city is the host
        place = next(
            (
                p
                for p in places
                if p.kind in ("country", "city")
                and p.end <= host.start()
                and _HOST_AUXILIARIES.fullmatch(text, p.end, host.start())
                and _CLAUSE_OPENS.search(text, 0, p.start)
            ),
            None,
        )
        # (not "to receive Joe Biden's guest list", nor a leader welcomed home)
        guests = [
            ref
            for ref in guests
            if place is None
            or (sentence.home(ref.leader) != place.country and not _POSSESSIVE_AFTER.match(text, ref.end))
        ]
        if place is not None and not guests:
            return []
    trigger = Trigger(host.start(), host.end(), host.group(0), "host")
    if place is None and not passive and not meeting:
        return _hosted_at_home(trigger, guests, sentence)
    if place is None:
        return []
    pairs = [Pair(ref, trigger, (place,), "passive_guest" if passive else "guest") for ref in guests]
    if meeting and not passive and _DURING_OWN_TRIP.search(text, max(0, place.start - 60), place.start):
        pairs = []
    if meeting:
        # At a meeting both sides are there: "Putin will meet Erdogan in Ankara" is a trip of each.
        others = (
            hosts if passive else subjects_of(host.start(), refs, text, named=sentence.spans, original=sentence.text)
        )
        pairs += [Pair(ref, trigger, (place,), "meeting_party") for ref in others]
    return pairs


_POSSESSIVE_OF_GUEST = re.compile(L.source("possessive_pronoun") + r"\s+(?:[\w-]+\s+){0,2}?counterparts?\s")
# "honour Canadian soldiers killed in Hong Kong": the place describes someone else, not where they meet
_SOMEONE_ELSES_PLACE = re.compile(L.pattern("placed_participle").pattern + r"\s+(?:in|at)\s+(?:the\s+)?$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w.'’-]+\s+){0,4}$")
_TO_AFTER = re.compile(r"\s+to\s+$")


def _margins_place(after: int, places: list[Place], text: str) -> Place | None:
    """The gathering a meeting is held at, on the sidelines of which the words after ``after`` say; for a
    gathering whose host the article's date does not give, the place it is said to be in ("on the sidelines of
    the G20 summit in Los Cabos, Mexico")."""
    gathering = next(
        (
            p
            for p in places
            if 0 <= p.start - after < 70
            and p.kind in ("event", "event_in", "city", "country")
            and _MARGINS_BEFORE.search(text, after, p.start)
        ),
        None,
    )
    if gathering is None or gathering.country:
        return gathering
    return next(
        (
            p
            for p in places
            if 0 <= p.start - gathering.end < 40 and _VENUE_BEFORE.fullmatch(text, gathering.end, p.start)
        ),
        None,
    )


def _gathering_named_before(after: int, sentence: Sentence) -> Place | None:
    """ "Xi will meet with Russian President Vladimir Putin at the summit": the gathering named in the sentences
    before, where a meeting's words right after ``after`` put it at one by its noun alone."""
    if sentence.context_event is None or not sentence.context_event.country:
        return None
    if _AT_THE_GATHERING.match(sentence.low, after) is None:
        return None
    return sentence.context_event


_AT_THE_GATHERING = re.compile(
    r"\s*(?:[\w'’.-]+\s+){0,2}?(?:at|during|(?:" + L.source("gathering_margins") + r"))\s+(?:this\s+week's\s+|the\s+)"
    r"(?:[\w-]+\s+)?(?:" + L.source("gathering_noun") + r")\b(?!\s+(?:of|in|on)\b)"
)


def _host_home(before: int, sentence: Sentence) -> Place | None:
    """ "Niinisto will host the Nordic summit, which will be attended by": the home of the one leader who hosts
    the gathering the attendance cue at ``before`` is of (the verb's subject, in the sentence before the cue)."""
    text = sentence.low
    host = next((found for found in HOST.finditer(text, 0, before) if found.group(0).startswith("host")), None)
    if host is None or _HOST_PAST.match(host.group(0)):
        return None
    hosts = subjects_of(host.start(), sentence.refs, text, named=sentence.spans, original=sentence.text)
    home = sentence.home(hosts[0].leader) if len(hosts) == 1 else None
    return None if home is None else Place(-1, -1, home, None, None, "country")  # (no place of the sentence)


def _hosted_at_home(trigger: Trigger, guests: list[Ref], sentence: Sentence) -> list[Pair]:
    """ "Obama will host Cameron for a state dinner in March": no place named, so the host's own country, for
    guests of another country (a meeting, "will meet Xi", names no host and so no place)."""
    text = sentence.low
    if _HOST_PAST.match(trigger.text) or _BY.match(text, trigger.end):
        return []  # "as he hosted Macron", "will be officially welcomed by the King": told another way
    hosts = subjects_of(trigger.start, sentence.refs, sentence.low, named=sentence.spans, original=sentence.text)
    if len(hosts) != 1:
        return []
    home = sentence.home(hosts[0].leader)
    if home is None:
        return []
    where = Place(hosts[0].start, hosts[0].end, home, None, None, "country")
    located = [
        place for place in sentence.places if _LOCATIVE_BEFORE.search(text, max(0, place.start - 30), place.start)
    ]
    if any(place.country != home for place in located):
        return []  # "at a ceremony in London": somewhere, though not next to the guest
    if located:
        where = located[0]  # "on a State Visit on Tuesday, 22 August 2023, at the Union Buildings in Pretoria"
    return [
        Pair(ref, trigger, (where,), "guest_at_home") for ref in guests if sentence.home(ref.leader) not in (None, home)
    ]
