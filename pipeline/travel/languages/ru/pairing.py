"""Russian pairing: which leader each travel trigger belongs to, and the destinations it governs.

A trigger governs the places after it that a preposition of direction or place introduces ("прибыл
в Москву", "находится с визитом в Узбекистане", "на саммит ШОС"), or that "посетить" takes directly
("посетит Турцию и Ливан"); a place introduced by "из", "с" or "от" is where the leader comes from. With
none after it, a place opening the clause before it ("В Москву прибыл ...") is the destination.

The traveller is found by case, since Russian word order is free: the subject of a verb is the
nearest reference in the nominative within the clause, before the verb or, inverted, after it ("В
Москву прибыл президент Киргизии Садыр Жапаров"); references in another case ("с Путиным",
"по приглашению Мирзиёева") are passed over. The traveller of a trip noun is the leader in the genitive
right after it ("визит Путина в Китай"), the owner a possessive pronoun names ("его визит"), or, with
"свой" or no owner, the clause's subject. An invitation's traveller is the one invited ("пригласил
Трампа посетить Пекин"); hosting turns around as in English: the guest travels ("Путин примет
Токаева в Кремле"), and at a meeting both sides are there ("Токаев и Си проведут переговоры в Нур-Султане").
"""

from __future__ import annotations

import re

from pipeline.travel.languages.ru.grammar import is_dative, may_be_genitive, may_be_subject, verb_form
from pipeline.travel.languages.ru.lexicon import LEXICON as L
from pipeline.travel.lexicon import trie
from pipeline.travel.pairing import FALLBACK_TRIGGER, Pair, Trigger
from pipeline.travel.sentences import Place, Ref, Sentence, placed_as_before

_KINDS = (
    ("invited", L.source("trigger_invited")),
    ("accept", L.source("trigger_accept")),
    ("withdraw", L.source("trigger_withdraw")),
    ("nominal_verb", L.source("trigger_nominal_verb")),
    ("attend_verb", L.source("trigger_attend_verb")),
    ("visit_verb", L.source("trigger_visit_verb")),
    ("move_verb", L.source("trigger_move_verb")),
    ("be_in", L.source("trigger_be_in")),
    ("noun", L.source("trigger_noun")),
)
TRIGGER = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{source})" for kind, source in _KINDS) + r")\b")
TRIGGER_STARTS = re.compile(r"\b" + trie(L.words("trigger_start")))
HOST = re.compile(r"\b(?P<host>" + L.source("host_verb") + r")\b")
MEET = re.compile(r"\b(?P<meet>" + L.source("meet_verb") + r"|" + L.source("talks_verb") + r")\b")
_TALKS_VERB = re.compile(L.source("talks_verb"))
# "проведет в Пекине переговоры с Си": the place before the talks
_MEET_OBJECT_AFTER_PLACE = re.compile(
    r"(?=\s+(?:в|во|на)\s+(?:[\w-]+\s+){1,3}?" + L.pattern("meet_object").pattern + r")"
)
_MEET_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + L.pattern("meet_object").pattern)
_WITH_A_VISIT = re.compile(r"\s+с\s+(?:[\w-]+\s+){0,2}?визитом")
_NOT_GUEST = re.compile(r"\s+(?:[\w-]+\s+)?" + L.pattern("not_guest").pattern)
_NOT_A_STAY = re.compile(r"\s+(?:в|во|на)\s+" + L.pattern("not_a_stay").pattern)

_DESTINATION_WINDOW = 80
# a dash ends a clause; "государств - членов", "стран - участниц" is one word spaced out
_CLAUSE_BREAK = re.compile(
    r"[;:«»\"]|\s[—–-]\s(?!\d|член|участни|" + L.source("editor_note") + r")|" + L.pattern("clause_break").pattern
)
_TO_PLACE = re.compile(r"\b" + L.source("to_place") + r"\s+(?:[\w-]+\s+){0,3}$")
# "в Йоханнесбург", "в городе Йоханнесбурге", "в южноафриканском городе Йоханнесбурге"
_TO_PLACE_NEAR = re.compile(r"\b" + L.source("to_place") + r"\s+(?:[\w-]+\s+)?(?:(?:город|столиц)\w*\s+)?$")
_FROM_PLACE = re.compile(r"\b" + L.source("from_place") + r"\s+(?:[\w-]+\s+){0,3}$")
# "на переговоры РФ и Украины", "на встречу России, США и Украины": a country right after talks is a party to them
_PARTY_TO_TALKS = re.compile(
    r"\b(?:" + L.source("talks_noun") + r")\s+(?:(?!(?:в|во|на|с|со|к|по)\s)[\w-]+\s+){0,2}?(?:(?:и|,)\s+)?$"
)
_CONFLICT_AT = re.compile(r"\b(?:" + L.source("conflict_at") + r")\s+(?:на|в|во|вокруг)\s+$")
_DIRECT_GAP = re.compile(r"\s*(?:[\w.-]+,?\s+){0,4}$")  # "посетит 8 июля Москву", "посетит столицу Казахстана"
_CONNECTOR = re.compile(r"^(?:\s|,|" + L.pattern("connector").pattern + r"|\d+|-|–|—)*$")
_REPORTER_AFTER = re.compile(r",?\s+(?:[\w-]+\s+){0,2}?" + L.pattern("reporting_verb").pattern)
# a place that is itself the speaker: "и Пекин заявил" (after a comma the trip's clause has ended: "в Ереван и
# Минск, заявил замглавы администрации" keeps Minsk)
_SPEAKER_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + L.pattern("reporting_verb").pattern)
_WORDS = re.compile(r"[\w-]+")
_COMMA_ASIDE = re.compile(
    r",\s*(?:(?:по словам|по данным|по информации|по мнению|как сообщ\w*|как отмеча\w*|в свою очередь|в частности"
    r"|в том числе|в первую очередь|скорее всего|вероятно|возможно|видимо|напомним|кроме того|по-видимому"
    r"|по его словам|по ее словам|по её словам)[^,;]{0,60}"
    r"|" + L.source("relative_pronoun") + r"[^,;]{0,120}"
    r"|[\w-]*(?:вш|щ)(?:ий|ая|ее|ие|ийся|аяся)\b[^,;]{0,100}"  # "Путин, прибывший в Пекин,"
    r"|[\w-]*(?:вшись|вши)\b[^,;]{0,100}"  # "Эрдоган, откликнувшись на приглашение Си,"
    # "Си Цзиньпин, успешно завершив визит в Танзанию," (not a surname: "Путин, Медведев, Лавров")
    r"|(?:[\w-]+о\s+)?[\w-]{3,}(?:ив|ав|ыв|яв)\b[^,;]{0,100}"
    r"|(?:[\w-]+\s+){0,6}[\w-]*(?:ого|его|ой|ей)\s+[\w-]+"  # an apposition: "Мирзиёев, глава Узбекистана,"
    r"|\s*(?:[\w-]+\s*){1,3}"  # a short aside: "в среду, 21 декабря,"
    r")\s*,"
)
# "Садыр Жапаров, президент Кыргызстана, планирует": the commas around a title after the name
_APPOSITION_OPEN = re.compile(r"\s*,\s*(?:[\w-]+\s+){0,2}")
_APPOSITION_CLOSE = re.compile(r"\s*,")
_SAID_THAT = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?" + L.source("reporting_verb") + r"\s*(?:[\w-]+\s*){0,9}?,?\s*что\s+(?:[\w-]+\s+){0,4}"
)
_INSTEAD = re.compile(r"\bвместо\b")
_INSTEAD_OF = re.compile(r"\bвместо\s+(?:[\w-]+\s+)?$")
_PARTICIPLES = ("past_participle", "present_participle")
_GERUND_AFTER_COMMA = re.compile(r"[^,;]{0,120},\s*")
# "Прибыв в Москву, премьер Госсовета КНР Ли Цян заявил": a gerund opening the sentence, its subject after the comma
_GERUND_OPENING = re.compile(r"[^,;]{0,100},\s*(?:[\w-]+\s+){0,5}")
_SECOND_PREDICATE = re.compile(r"[^,;]*,\s*(?:а|и|а также|а затем|затем|после чего|после этого|потом|а потом)\s+[^,;]*")
# "Путин и президент США Джордж Буш": two subjects, a title between
# (a bracket after a name may give his country: "Владимир Путин (Россия), Нурсултан Назарбаев (Казахстан)")
_AND = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:а также|и)?|и|а также)\s*(?:[\w-]+\s+){0,4}$")
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?P<pronoun>"
    + "|".join(L.source(name) for name in ("possessive", "plural_possessive", "reflexive"))
    + r")\s+(?:[\w-]+\s+){0,3}$"
)
# "вместе с Путиным" ("вместе с тем", "however", is no company)
_COMPANION_BEFORE = re.compile(L.pattern("companion").pattern + r"\s+(?!тем\b)(?:[\w.-]+\s+){0,5}$")
_LED_BY_BEFORE = re.compile(
    r"\b(?:делегаци\w*|команд\w*)\b[^,;.]{0,60}\b" + L.source("led_by") + r"\s+(?:[\w.-]+\s+){0,5}$"
)
_OTHER_PREPOSITION = re.compile(
    r"\b(?:по|с|со|к|ко|от|из|у|для|при|о|об|за|между|против|после|перед|без|через|вместе|вслед)\b"
)
_PLANS_OF = re.compile(
    r"\b(?:план(?:ы|ов|ах|ам)?|намерени\w*|решени\w*|желани\w*|готовност\w*)\s+(?P<owner>[\w-]+)"
    r"(?:\s+[\w-]+){0,3}\s+$"
)
_MEETING_NOUN = re.compile(r"(?:встреч|переговор)")
_HELD_BEFORE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:должн\w*|может|могут)\s+)?(?:состо\w+|пройд\w+|прош\w+|проход\w+|запланирован\w*"
    r"|намечен\w*|планиру\w+)\s+(?:[\w-]+\s+){0,2}"
)
_OFFICE_BEFORE = re.compile(
    r"\b(?:председател|президент|глав|премьер|лидер|руководител|корол|канцлер|министр|посл|спикер|монарх|эмир|султан)"
    r"\w*\s+$"
)
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:я|меня)\s+(?:[\w-]+\s+){0,4}$")
_SAID_AFTER_QUOTE = re.compile(
    r"[,.]?\s*[—–-]+\s*(?:сказал|заявил|написал|отметил|добавил|подчеркнул|пояснил|сообщил|признал)\w*\s+(?:[\w-]+\s+)?"
)
_PLACE_LIST = re.compile(r"X(?:\s*(?:,|и)\s*X)+")
_WORDS_ONLY = re.compile(r"\s+(?:[\w-]+\s+){0,1}")
_NEAR_WORDS = re.compile(r"\s+(?:[\w-]+\s+){0,1}")
# "Путин, который посетит", "Шольц станет первым европейским лидером, который посетит"
# "Трамп совершит турне по Азии, в ходе которого посетит Японию": the trip's traveller makes its stops
_DURING_WHICH = re.compile(
    r"[^,;]{0,80}?\b"
    + L.source("trip_noun_word")
    + r"\b[^,;]{0,40},\s*(?:в ходе|в рамках|во время)\s+котор(?:ого|ой|ых)\s+"
    r"(?:[\w-]+\s+){0,4}"
)
# "X и Y в списке иностранных лидеров, которые посетят парад": the ones listed are of those who go
_LISTED_AMONG_WHO = re.compile(
    r"\s+(?:в|во)\s+(?:списке|числе)\s+(?:[\w-]+\s+){0,5}?(?:лидер|глав|гост|руководител)\w*\s*,\s*котор(?:ые|ых)\s+"
    r"(?:также\s+)?"
)
_WHO_WILL = re.compile(
    r"(?:\s+(?:станет|стал|будет|является|оказался)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,\s*котор(?:ый|ая|ое|ые)\s+"
    r"(?:[\w-]+\s+){0,4}"
)
_GENITIVE_LIST = re.compile(r"\s*(?:,|и|,\s*и|,\s*а также)\s*(?:[\w-]+\s+){0,3}")
_OF_OTHER = re.compile(r"\b" + L.source("of_other") + r"\s*$")
_OTHER_PERSON = L.pattern("other_person")
_OTHERS_AFTER = re.compile(r"\s+(?:" + L.source("people_genitive") + "|" + L.source("of_other") + r")\b")
_INVITE_VERB = re.compile(r"\b(?:" + L.source("invite_verb") + r"|предложил\w*|предлага\w*)\b")
_INVITE_NOUN = re.compile(r"\bприглашени(?:е|я|ю|ем|и)\b")
_INVITED_SUBJECT = L.pattern("invited_passive")
_AT_INVITATION = L.pattern("at_invitation")
_ASKED = re.compile(r"\b(?:поручил\w*|попросил\w*|просит|просят|призвал\w*)\s+(?:[\w.-]+\s+){1,6}$")
_EVENT_HELD_IN = re.compile(
    r"\)?\s*,?\s*(?:(?:который|которая|которое|которые)\s+)?(?:(?:пройдет|пройдёт|прошел|прошёл|прошла|прошло|состоится"
    r"|состоялся|состоялась|проходит|пройдут|будет проходить|будет проведен\w*|проводится|намечен\w*|запланирован\w*"
    r"|планируется провести|должен состояться)\s+)?"
    # (not a source's place after its verb: "саммите ШОС, рассказал дипломатический источник в Турции")
    r"(?:(?!(?:" + L.source("reporting_verb") + r")\s)[\w–-]+\s+){0,4}?(?:в|во|на)\s+(?:[\w-]+\s+){0,2}$"
)
_ABBREVIATION = re.compile(r"\s*\([\w-]+\)")  # an event's short name after its full one: "(ШОС)"
_THIS_EVENT_BEFORE = re.compile(
    r"\bна\s+(?:этой|этом|той|том|данной|данном)\s+(?:встрече|саммите|мероприятии|форуме|заседании)\b[^.;,]{0,40}$"
)
_THERE = re.compile(r"\s+туда\b")
_WHICH_COUNTRY = re.compile(r"\s+" + L.pattern("which_country").pattern + r"\s+(?:[\w-]+\s+){0,3}$")
# (not a meeting with someone: "примет участие в саммите с премьер-министром Японии": a bilateral summit, no
# gathering named before)
_TO_EVENT_NOUN = re.compile(r"\s*(?:в|во|на)\s+(?:[\w-]+\s+){0,2}?" + L.source("event_noun") + r"\b(?!\s+(?:с|со)\s)")
# "Также приедет президент Сербии": a sentence opening on "also" and the verb, the place elided (the one before)
_ALSO_OPENING = re.compile(r"\s*(?:также|тоже|кроме того,?)\s+")
# (and its relative clause: "В мероприятии, которое пройдёт под председательством главы Туркменистана, примут участие")
_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:в|во|на)\s+"
    + L.source("event_noun")
    + r"(?:\s*,\s*котор\w+\s+[^,.;:]{1,90},)?\s+(?:также\s+|тоже\s+|лично\s+)?$"
)
_HELD_IN_WHICH = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:в|во|на)\s+[^.;]{0,90}?,\s*(?:котор\w+|что)\s+(?:также\s+)?"
    r"(?:состоится|пройдет|пройдёт|пройдут|будет проходить"
    r"|проходит|проходят|прошел|прошёл|прошла|прошло|состоялся|состоялась|состоялось|запланирован\w*|намечен\w*)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:в|во|на)\s+"
)
# "встречу Путина и Трампа, которая пройдет завтра, 15 августа, на Аляске": a meeting's owners, then where it is held
_MEETING_HELD_IN = re.compile(
    r"(?:\s+[\w-]+){1,8}?\s*,\s*котор\w+\s+(?:также\s+)?(?:состоится|пройдет|пройдёт|будет проходить)\s+"
    r"(?:[\w-]+,?\s+){0,4}?(?:в|во|на)\s+"
)
_HELD_IN_RELATIVE = re.compile(
    r",\s*котор\w+\s+(?:состоится|пройдет|пройдёт|пройдут|будет проходить|проходит)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:в|во|на)\s+$"
)
_BESIDES_ASIDE = re.compile(r",\s*(?:помимо|кроме|наряду с)\s+[^,.;:]{1,90},\s*")
_VENUE_REACH = 60  # how far after "состоится в" the venue's country or city may come
_VENUE_END = re.compile(r"[,.;:()]|\s[—–-]\s")
_AFTER_RELATIVE = re.compile(r"[^,;.]{0,30},\s*(?:[\w-]+\s+){0,2}")
_IN_WHICH = re.compile(r",\s*(?:в|во|на)\s+котор\w+\s+(?:также\s+|уже\s+|лично\s+)?$")
_WHICH_VISITED = re.compile(r",\s*(?:который|которое|которую)\s+(?:также\s+|уже\s+|лично\s+)?(?:[\w-]+\s+){0,2}$")
_DASH_COPULA = re.compile(r"\s[—–-]\s+(?:уже\s+)?(?:в|во|на)\s+")
_PASSIVE_REPRESENTED = re.compile(r"представлен(?:а|о|ы)?\b")
_DELEGATION = re.compile(r"делегаци\w*")
_AWAITED = re.compile(
    r"\b(?:ждут|ждет|ждёт|ожидают|ожидает|готовятся\s+к|готовится\s+к|рассчитывают\s+на)\s+(?:[\w-]+\s+){0,3}$"
)
_IN_BEFORE = re.compile(r"\b(?:в|во|на)\s+$")
# "на полях саммита АТЭС", "на полях экономического форума в Давосе"
_SIDELINES_BEFORE = re.compile(r"\bна\s+полях\s+(?:[\w-]+\s+){0,3}?(?:(?:в|во)\s+)?$")
# a locative or accusative adjective's noun: a name ("в египетском Шарм-эль-Шейхе", "во французский Эвиан") or
# a word for a city ("городе Иокогама", "в турецкую столицу")
_NAMED_AFTER = re.compile(
    r"(?<=(?:ом|ем|ой|ей|ий|ый|ую|юю))\s+(?:(?:городе?|столиц[еу]|курорте?|порту?)(?:\s+[А-ЯЁ][\w-]+)?|[А-ЯЁ][\w-]+)"
)
_TOUR_OF = re.compile(r"\b(?:турне|поездк\w*|вояж\w*|тур)\s+по\s+(?:[\w-]+\s+){0,2}$")
_WITH_VISIT = re.compile(r"\bсо?\s+(?:[\w-]+\s+){0,2}(?:визитом|визитами|делегацией)\b")
_AND_THEN_NAMED = re.compile(r"\s*,?\s*(?:и|а также|затем|а затем)\s+(?:[\w-]+\s+){1,2}")  # "и Королевство Таиланд"
# a short name in quotes: "выставки «ЭКСПО – 2017» в Астане", "форум «Россия – Африка» в Сочи" (its dash and its
# places are the name's, not a clause's or a destination)
_QUOTED_NAME = re.compile(r"[\"«][^\"«»]{1,60}[\"»]")
_PARENTHESES = re.compile(r"\([^()]{0,60}\)")  # "с рабочим визитом": no origin
_PLACE_RIGHT_AFTER = re.compile(r"(?:\s+(?:[\w-]+\s+){0,1}?)?\s*(?:\d[\d\s–-]*\w+\s+)?(?:в|во|на)\s+(?:[\w-]+\s+){0,2}")
_VISIT_WORD = re.compile(r"\bпосе[тщ]\w*\s*$|\bпосе[тщ]\w*(?=\s)")


def find_pairs(sentence: Sentence) -> list[Pair]:
    """Every (traveller, trigger, destinations) of ``sentence``: verbs before trip nouns, then hosting."""
    sentence.places = placed_as_before(sentence.places, sentence.context_event)
    text, refs = sentence.low, _own_references(sentence)
    pairs: list[Pair] = []
    for trigger in find_triggers(text):
        if trigger.kind == "be_in" and _NOT_A_STAY.match(text, trigger.end):
            continue  # "подготовка к визиту находится в финальной стадии": no one stays anywhere
        destinations = _destinations(trigger, sentence)
        if not destinations:
            continue
        travellers = _travellers(trigger, refs, sentence)
        if not travellers:
            continue
        travellers += _companions(refs, [ref for ref, _ in travellers], sentence.low)
        pairs.extend(Pair(ref, trigger, tuple(destinations), how) for ref, how in travellers)
    for dash in _DASH_COPULA.finditer(text):
        pairs.extend(_dash_copula(dash, sentence, refs))
    for host in HOST.finditer(text):
        pairs.extend(_hosted(host, sentence, refs))
    for meet in MEET.finditer(text):
        pairs.extend(_meeting(meet, sentence, refs))
    pairs += _confirmed_list(sentence, refs, {pair.traveller.leader for pair in pairs})
    return pairs + _future_presence(sentence, refs, {pair.traveller.leader for pair in pairs})


def _confirmed_list(sentence: Sentence, refs: list[Ref], paired: set[str]) -> list[Pair]:
    """ "Среди глав государств, которые подтвердили свое участие, премьер-министр Японии Синдзо Абэ, ...": each
    leader listed after "among those who confirmed their participation" goes to the gathering of the sentence, or
    the one named before."""
    found = _AMONG_CONFIRMED.search(sentence.low)
    if found is None:
        return []
    destinations = [place for place in sentence.places if place.event is not None]
    if not destinations and sentence.context_event is not None:
        destinations = [sentence.context_event]
    if not destinations:
        return []
    trigger = Trigger(found.start("noun"), found.end("noun"), found.group("noun"), "noun")
    listed = [ref for ref in refs if ref.start >= found.end() and ref.how in ("name", "title")]
    return [Pair(ref, trigger, tuple(destinations), "confirmed_list") for ref in listed if ref.leader not in paired]


_AMONG_CONFIRMED = re.compile(
    r"\bсреди\s+(?:[\w-]+,?\s+){0,4}?(?:которые|кто)\s+(?:уже\s+)?(?:"
    + L.source("among_confirmed")
    + r")\s+(?:сво[её]\s+)?(?P<noun>"
    + L.source("among_confirmed_noun")
    + r")\b[^,:]{0,40}[,:]"
)


def _own_references(sentence: Sentence) -> list[Ref]:
    """The references, less a bare office word that begins someone else's title: "президент Франции" (the
    tagger's country adjective), "премьер-министр Абэ" stays (the name the tagger did not know is his). A theme
    ("Государственный визит") is no one's title: the trip told before keeps its traveller."""
    base = sentence.offset
    spans = [(m.start - base, m.end - base) for m in sentence.mentions if m.kind != "theme"]
    return [
        ref
        for ref in sentence.refs
        if ref.how != "generic" or not any(s < ref.end + 2 and ref.start < e for s, e in spans)
    ]


def find_triggers(text: str) -> list[Trigger]:
    """TRIGGER's matches where a word that can begin one starts; verbs first, then trip nouns."""
    verbs: list[Trigger] = []
    nouns: list[Trigger] = []
    end = 0
    for start in TRIGGER_STARTS.finditer(text):
        if start.start() < end:
            continue
        match = TRIGGER.match(text, start.start())
        if match is None:
            continue
        kind = match.lastgroup or "noun"
        (nouns if kind == "noun" else verbs).append(Trigger(match.start(), match.end(), match.group(0), kind))
        end = match.end()
    return verbs + nouns


# -- destinations -----------------------------------------------------------------------------------


def _destinations(trigger: Trigger, sentence: Sentence) -> list[Place]:
    text, places = sentence.low, sentence.places
    delegation = _DELEGATION.search(trigger.text)
    if delegation is not None and delegation.start() == 0:
        # "делегацию на саммите в Душанбе возглавит премьер-министр": the places between the delegation and its head
        trigger = Trigger(trigger.start, trigger.start + delegation.end(), delegation.group(0), trigger.kind)
    # (the quotes are read in the sentence as written: its lower-cased text has them blanked, at the same offsets)
    names = [found.span() for found in _QUOTED_NAME.finditer(sentence.text) if found.start() >= trigger.end]
    which_country = _WHICH_COUNTRY.search(text, max(0, trigger.start - 90), trigger.start)
    if which_country is not None and trigger.kind == "visit_verb":
        # "Россия станет первой страной, которую посетит Си Цзиньпин": the country the clause is about
        named = [place for place in places if 0 <= which_country.start() - place.end < 8 and place.kind == "country"]
        if named:
            return named[-1:]
    destinations = _destinations_after(trigger, places, text, names)
    if destinations:
        return destinations
    if _THERE.match(text, trigger.end):
        # "отправится туда" ("посетит эту страну" is a place of its own: detect._place_anaphor)
        countries = [place for place in places if place.end <= trigger.start and place.kind == "country"]
        return countries[-1:]
    if trigger.kind in ("invited", "accept", "withdraw"):
        return []
    which = _IN_WHICH.search(text, max(0, trigger.start - 40), trigger.start)
    if which is None and trigger.kind == "visit_verb":
        # "в Душанбе пройдет саммит СВМДА, который также намерен посетить китайский лидер"
        which = _WHICH_VISITED.search(text, max(0, trigger.start - 60), trigger.start)
    if which is not None:
        # "в Минске состоится заседание СНГ, в котором примет участие Путин": the gathering's place
        earlier = [
            place
            for place in places
            if place.end <= which.start()
            and (
                place.kind in ("event", "event_in")
                or _TO_PLACE_NEAR.search(text, max(0, place.start - 20), place.start)
            )
        ]
        if earlier:
            return earlier[-1:]
    held = _HELD_IN_WHICH.match(text, trigger.end)
    if held is None and trigger.kind == "noun" and _MEETING_NOUN.match(trigger.text):
        held = _MEETING_HELD_IN.match(text, trigger.end)
    if held is not None and trigger.kind in ("attend_verb", "noun", "move_verb", "visit_verb"):
        # "примет участие в Совете глав государств СНГ, который состоится в Туркмении"; the place may follow the
        # venue's own name: "которая состоится в национальной туристической зоне «Аваза» в Туркменистане"
        return [
            place
            for place in places
            if 0 <= place.start - held.end() < _VENUE_REACH and not _VENUE_END.search(text, held.end(), place.start)
        ][:1]
    before = _destination_before(trigger, places, text)
    if before is not None:
        return [before]
    if trigger.text.startswith("представ") and _THIS_EVENT_BEFORE.search(
        text, max(0, trigger.start - 60), trigger.start
    ):
        # "не поедет на саммит G20 в Нью-Дели, Китай на этой встрече представит Ли Цян": the event named before it
        named = [place for place in places if place.end <= trigger.start and place.kind in ("event", "event_in")]
        if named:
            return named[-1:]
    if trigger.text.startswith("представ") and sentence.context_event is not None:
        return [sentence.context_event]  # "Китай будет представлять Ли Цян", the summit named before
    if trigger.kind in ("attend_verb", "noun", "be_in", "move_verb") and sentence.context_event is not None:
        # "примет участие в саммите" / "на саммит", with the summit named a sentence or two before;
        # "Ожидается участие Президента Азербайджана ...": participation in it
        follows = text[trigger.end : trigger.end + 40]
        if (
            _TO_EVENT_NOUN.match(follows)
            or trigger.text.startswith("участи")
            or delegation is not None  # "белорусскую делегацию возглавит премьер-министр": to the summit named before
            # "в заседании также примет участие Ху Цзиньтао", "на саммит приедут Путин и Моди": the gathering
            # before the verb
            or (
                trigger.kind in ("attend_verb", "move_verb")
                and (
                    _EVENT_NOUN_BEFORE.search(text, max(0, trigger.start - 140), trigger.start)
                    or _ALSO_OPENING.fullmatch(text, 0, trigger.start)
                )
            )
        ) and not any(_governed(text, place, trigger.end, False) for place in places if place.start >= trigger.end):
            return [sentence.context_event]
    return []


def _governed(text: str, place: Place, after: int, direct: bool) -> bool:
    """Whether the place starting after position ``after`` is one a trigger goes to, not one it comes from
    ("турне по Японии": a trip noun's "по" is where it goes; "конфликта на Украине" is where a conflict is)."""
    if _CONFLICT_AT.search(text, max(0, place.start - 40), place.start):
        return False
    if place.kind not in ("event", "event_in") and _PARTY_TO_TALKS.search(
        text, max(after, place.start - 40), place.start
    ):
        return False
    if _TOUR_OF.search(text, max(0, place.start - 40), place.start):
        return True
    if place.kind in ("event", "event_in"):
        # "примет участие в саммите ШОС", "посетит саммит НАТО", "на Игры"; "с рабочим визитом на саммит" is no origin
        return not _FROM_PLACE.search(_WITH_VISIT.sub(" ", text[max(after, place.start - 30) : place.start]))
    # (from a little before ``after``: a trigger may end in its preposition, "собирается в", "уже в")
    window = _WITH_VISIT.sub(" ", text[max(after - 3, place.start - 40) : place.start])
    if _FROM_PLACE.search(window) and not _TO_PLACE.search(window):
        return False
    if _TO_PLACE.search(window):
        to = _TO_PLACE.search(window)
        source = _FROM_PLACE.search(window)
        return source is None or (to is not None and to.start() > source.start())
    gap = _WITH_VISIT.sub(" ", text[after : place.start])
    # "посетит председатель Китайской Народной Республики Си": the country of a title is no destination
    return direct and _DIRECT_GAP.fullmatch(gap) is not None and _OFFICE_BEFORE.search(gap) is None


def _destinations_after(trigger: Trigger, places: list[Place], text: str, names: list[tuple[int, int]]) -> list[Place]:
    position = trigger.end
    chosen: list[Place] = []
    represent = trigger.text.startswith(("представ", "выступ"))
    for place in places:
        if place.start < position or (represent and place.kind not in ("event", "event_in")):
            continue  # "представит Россию на саммите АТЭС": the summit is where the leader goes
        if any(
            start < place.start and place.end < end and (start + 1, end - 1) != (place.start, place.end)
            for start, end in names
        ):
            continue  # "посетит форум «Россия – Африка» в Сочи": a name's place (not a place quoted alone)
        if not chosen:
            gap = text[position : place.start]
            for start, end in names:
                if end <= place.start:
                    gap = gap[: start - position] + " " * (end - start) + gap[end - position :]
            # "посетит Москву", "согласился посетить Москву", "пригласил Трампа посетить Пекин": no preposition
            direct = (
                trigger.kind == "visit_verb"
                or _VISIT_WORD.search(trigger.text + gap) is not None
                or trigger.text.startswith("посещени")  # "посещение Мишустиным Китая"
            )
            # a trip noun's owners come between it and the place: "встреча президента США Дональда Трампа и
            # президента России Владимира Путина состоится в Хельсинки"
            # and so does the gathering attended: "примет участие в торжественной церемонии открытия международной
            # специализированной выставки «ЭКСПО – 2017» в Астане"
            window = _DESTINATION_WINDOW * (2 if trigger.kind in ("noun", "attend_verb") else 1)
            if (
                place.start - position > window
                or _CLAUSE_BREAK.search(gap)
                or gap.count(",") > 1
                or (trigger.kind not in ("accept", "invited") and _another_verb(gap))
            ):
                return []  # "отправится в Европу, а затем прилетит в Санкт-Петербург": the second verb's place
            if not _governed(text, place, position, direct):
                if _FROM_PLACE.search(text, max(position, place.start - 30), place.start):
                    continue  # "отбыл из Пекина, начав визит в Казахстан": look on past the origin
                if trigger.kind == "noun" and _REPORTER_AFTER.match(text, place.end):
                    return []
                continue
            chosen.append(place)
            continue
        # "Вьетнам (6-7 апреля) и Таиланд"; "Объединённые Арабские Эмираты (ОАЭ), Египет": past the bracket closed
        between = _PARENTHESES.sub(" ", text[chosen[-1].end : place.start]).lstrip(")")
        if _SPEAKER_AFTER.match(text, place.end, place.end + 40):
            break  # "... и Пекин заявил": a source, not a destination
        if (_CONNECTOR.match(between) or _AND_THEN_NAMED.fullmatch(between)) and not _FROM_PLACE.search(
            text, max(0, place.start - 10), place.start
        ):
            chosen.append(place)
        elif place.country == chosen[-1].country and place.start - chosen[-1].end < 4:
            chosen.append(place)  # "в Ташкент, Узбекистан"
        else:
            break
    return chosen


def _another_verb(gap: str) -> bool:
    return any(trigger.kind != "noun" for trigger in find_triggers(gap)) if TRIGGER_STARTS.search(gap) else False


# a place right before the visit verb, a word of the plan between at most ("Польшу должен посетить")
_RIGHT_BEFORE_VERB = re.compile(r"\s+(?:" + L.source("future") + r"\s+)?")
_PREPOSITION_END = re.compile(r"\b(?:в|во|на|из|с|со|от|до|по|для|о|об|к|ко|у|за|при|через)\s+$")


def _destination_before(trigger: Trigger, places: list[Place], text: str) -> Place | None:
    """ "В Москву с рабочим визитом прибыл ...", "Японию посетил президент": the place opens the clause;
    "о планируемой в Вашингтоне встрече": where a meeting is held."""
    if trigger.kind == "noun":
        awaited = _AWAITED.search(text, max(0, trigger.start - 80), trigger.start)
        if awaited is not None:
            # "в Пекине ждут визита Путина", "в России готовятся к приезду Токаева": where they wait
            waiting = [place for place in places if place.end <= awaited.start() and awaited.start() - place.end < 40]
            if (
                waiting
                and waiting[-1].kind in ("country", "city")
                and (
                    _TO_PLACE_NEAR.search(text, max(0, waiting[-1].start - 12), waiting[-1].start)
                    or not text[waiting[-1].end : awaited.start()].strip()  # "Турция ожидает визит Путина"
                )
                and not _CLAUSE_BREAK.search(text, waiting[-1].end, trigger.start)
            ):
                return waiting[-1]
        if not _MEETING_NOUN.match(trigger.text):
            return None
        near = [place for place in places if place.end <= trigger.start and trigger.start - place.end < 60]
        if (
            near
            and _TO_PLACE_NEAR.search(text, max(0, near[-1].start - 12), near[-1].start)
            and (
                _WORDS_ONLY.fullmatch(text, near[-1].end, trigger.start)
                or _HELD_BEFORE.fullmatch(text, near[-1].end, trigger.start)
            )
        ):
            return near[-1]  # "о планируемой в Вашингтоне встрече", "в Москве должна состояться встреча"
        return None
    held = [place for place in places if place.end <= trigger.start and trigger.start - place.end < 70]
    if (
        trigger.kind in ("visit_verb", "attend_verb")
        and held
        and _HELD_IN_RELATIVE.search(text, max(0, held[-1].start - 60), held[-1].start)
        and _AFTER_RELATIVE.fullmatch(text, held[-1].end, trigger.start)
    ):
        # "Саммит ЕАЭС, который состоится в Бишкеке 9 декабря, планирует посетить Арипов"
        return held[-1]
    # "В саммите ШОС, помимо президента Узбекистана Шавката Мирзиёева, будут участвовать ...": an aside of those
    # besides whom others come names no place of the verb's
    skipped = 0
    for aside in _BESIDES_ASIDE.finditer(text, max(0, trigger.start - 150), trigger.start):
        if len(text[aside.end() : trigger.start].split()) <= 2:  # "..., будут участвовать"
            text = text[: aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end() :]
            places = [place for place in places if not aside.start() <= place.start < aside.end()]
            skipped = aside.end() - aside.start()
    before = [place for place in places if place.end <= trigger.start and trigger.start - place.end - skipped < 60]
    if trigger.text.startswith(("представ", "выступ")):
        before = [place for place in before if place.kind in ("event", "event_in")]
    if not before:
        return None
    place = before[-1]
    if _CLAUSE_BREAK.search(text, place.end, trigger.start) or "," in text[place.end : trigger.start]:
        return None
    window = text[max(0, place.start - 30) : place.start]
    if _TO_PLACE_NEAR.search(window) and not _FROM_PLACE.search(text, max(0, place.start - 6), place.start):
        return place
    direct = trigger.kind == "visit_verb"
    if direct and (
        re.search(r"(?:^|[.,]\s*|\b(?:визитом|года|году)\s+)(?:[\w-]+\s+){0,2}$", window)
        or _WITH_VISIT.fullmatch(text[place.end : trigger.start].strip())
        or (_RIGHT_BEFORE_VERB.fullmatch(text, place.end, trigger.start) and not _PREPOSITION_END.search(window))
    ):
        # "15-16 декабря с рабочим визитом Японию посетил ...", "столицу Казахстана с визитом посетит", "в конце этой
        # недели Польшу должен посетить президент": the object right before the verb, however the clause opens
        return place
    if place.kind in ("event", "event_in") and not _FROM_PLACE.search(window):
        return place
    return None


def locate_events(sentence: Sentence) -> list[Place]:
    """The sentence's places, each event held where the text says ("саммит ШОС в Тяньцзине", "саммит
    БРИКС, который пройдет в ЮАР"): that place is its venue, whatever the watchlist's edition; and the
    places a country's adjective names ("в японском городе Иокогама", "в египетском Шарм-эль-Шейхе")."""
    places = sorted([*sentence.places, *_places_by_adjective(sentence)], key=lambda place: place.start)
    located: list[Place] = []
    skip = -1
    for index, place in enumerate(places):
        if index <= skip:
            continue
        venue = places[index + 1] if index + 1 < len(places) else None
        end, step = place.end, 1
        if (
            place.kind == "event"
            and venue is not None
            and venue.kind == "event"
            and _ABBREVIATION.fullmatch(sentence.low, place.end, venue.end + 1)
        ):
            # "саммите Шанхайской организации сотрудничества (ШОС), который состоится в Самарканде": one event
            end, step = venue.end, 2
            venue = places[index + 2] if index + 2 < len(places) else None
        if (
            place.kind == "event"
            and venue is not None
            and venue.kind in ("country", "city")
            and venue.start - end < 90
            and _EVENT_HELD_IN.fullmatch(sentence.low, end, venue.start)
            # "лидеры стран ШОС обсудят ситуацию на Украине": where the conflict is, not where the event is held
            and not _CONFLICT_AT.search(sentence.low, max(end, venue.start - 40), venue.start)
        ):
            located.append(Place(place.start, venue.end, venue.country, venue.city, place.event, "event_in"))
            skip = index + step
            following = places[index + step + 1] if index + step + 1 < len(places) else None
            if following is not None and following.country == venue.country and following.start - venue.end < 4:
                skip = index + step + 1
                located[-1] = Place(place.start, following.end, venue.country, venue.city, place.event, "event_in")
        else:
            located.append(place)
    return located


_GATHERING = L.pattern("gathering_noun")
_GATHERING_HELD = L.pattern("gathering_held")
_TO_ATTEND = re.compile(
    r"\s*,?\s*(?:[\w-]+\s+){0,3}?(?:"
    + L.source("attend_purpose")
    + r")\s+(?:в|во|на)\s+(?:[\w-]+\s+){0,3}?"
    + L.source("event_noun")
)


# "лидеры, которые посетят парад в Пекине": the place of the gathering a verb of going names
_VISITED_GATHERING_IN = re.compile(
    r"\b(?:посет\w+|(?:приед|прибуд|прилет)\w+\s+на)\s+(?:[\w-]+\s+){0,2}?(?:"
    + L.source("gathering_noun")
    + r")\s+(?:[\w-]+\s+){0,3}?(?:в|во)\s+$"
)


def gathering_venue(sentence: Sentence) -> Place | None:
    """ "Консультативная встреча глав государств Центральной Азии состоится 15-16 ноября в Ташкенте": the
    place ("в", "во") of a gathering the sentence says is to be held, for "в саммите примут участие" after it;
    or the place one comes to for it ("прибудет в Санкт-Петербург для участия в неформальной встрече")."""
    text = sentence.low
    for place in sentence.places:
        if place.kind in ("city", "country") and (
            (_IN_BEFORE.search(text, max(0, place.start - 4), place.start) and _TO_ATTEND.match(text, place.end))
            or _VISITED_GATHERING_IN.search(text, max(0, place.start - 90), place.start)
        ):
            return place
    if _GATHERING.search(text) is None or _GATHERING_HELD.search(text) is None:
        return None
    for place in sentence.places:
        if place.kind in ("city", "country") and _IN_BEFORE.search(text, max(0, place.start - 4), place.start):
            return place
    return None


def _places_by_adjective(sentence: Sentence) -> list[Place]:
    """ "в египетском Шарм-эль-Шейхе", "в российской столице": a place the gazetteer does not know, in the
    country its adjective names (the adjective in the locative, then a capital or "городе", "столице")."""
    found: list[Place] = []
    taken = [(place.start, place.end) for place in sentence.places]
    for mention in sentence.mentions:
        if mention.kind != "adjective" or not mention.country:
            continue
        start, end = mention.start - sentence.offset, mention.end - sentence.offset
        if " " in sentence.low[start:end] or not _IN_BEFORE.search(sentence.low, max(0, start - 4), start):
            continue  # "президент Франции" is a title, not a place
        named = _NAMED_AFTER.match(sentence.text, end)
        if named is None or any(s < named.end() and start < e for s, e in taken):
            continue
        found.append(Place(start, named.end(), mention.country, None, None, "city"))
    return found


# -- travellers -------------------------------------------------------------------------------------


def _travellers(trigger: Trigger, refs: list[Ref], sentence: Sentence) -> list[tuple[Ref, str]]:
    text = sentence.low
    # "вместо Путина представит Медведев", "вместо него отправится Вэнс": the one replaced stays home
    refs = [ref for ref in refs if not _INSTEAD_OF.search(text, max(0, ref.start - 12), ref.start)]
    if trigger.kind == "invited":
        return [(ref, "invitee") for ref in _invitees(trigger, refs, text)]
    if trigger.kind == "noun":
        owner = _owner(trigger, refs, sentence)
        if owner is not None:
            return owner
        if _OTHERS_AFTER.match(text, trigger.end):
            return []  # "поднять вопрос об участии граждан Индии": theirs, not the clause's subject's
    if _PASSIVE_REPRESENTED.match(trigger.text):
        # "Россия на саммите будет представлена председателем правительства": the one by whom
        agents = [ref for ref in refs if 0 <= ref.start - trigger.end < 30 and not may_be_subject(text, ref)]
        return [(agents[0], "represented_by")] if agents else []
    if trigger.kind == "nominal_verb":
        owner = _owner(trigger, refs, sentence)
        if owner is not None:
            return owner
    planned_by = _PLANS_OF.search(text, max(0, trigger.start - 80), trigger.start)
    if planned_by is not None and trigger.kind != "noun":
        # "о планах президента РФ поехать во Францию": the one whose plan it is goes
        owners = [ref for ref in refs if ref.start == planned_by.start("owner")]
        if owners:
            return [(owners[0], "plan_owner")]
    first_person = _FIRST_PERSON_BEFORE.search(text, max(0, trigger.start - 60), trigger.start)
    if first_person is not None and trigger.kind != "noun":
        # "«В апреле я отправлюсь в Китай», — сказал он", "пригласил меня посетить Пекин, — написал Трамп"
        invited = _INVITE_VERB.search(
            text, first_person.start() - 30 if first_person.start() > 30 else 0, first_person.start()
        )
        how = "invitee" if invited is not None else "speaker"
        return [(ref, how) for ref in _speaker(trigger.end, refs, text)]
    governed = _governing_object(trigger, refs, text)
    if governed is not None:
        return governed
    subjects = subjects_of(trigger.start, trigger.end, refs, text)
    how = "clause_subject" if trigger.kind == "noun" else "subject"
    if not subjects and trigger.kind == "move_verb":
        carried = _carried(trigger, refs, text)
        if carried is not None:
            return [(carried, "vehicle_owner")]
    if not subjects and trigger.kind != "noun":
        # "вместе с Путиным в Таджикистан отправятся министр обороны ...": the leader goes with them
        return [
            (ref, "companion")
            for ref in refs
            if ref.end <= trigger.start
            and trigger.start - ref.end < 60
            and _COMPANION_BEFORE.search(text, max(0, ref.start - 40), ref.start)
            and not _CLAUSE_BREAK.search(text, ref.end, trigger.start)
        ][:1]
    return [(ref, how) for ref in subjects]


def _carried(trigger: Trigger, refs: list[Ref], text: str) -> Ref | None:
    """The leader whose aircraft, train or motorcade is the verb's subject travels: "самолет Эрдогана приземлился",
    "приземлился самолет председателя КНР", "кортеж российского лидера, который прибыл в резиденцию"."""
    for ref in refs:
        if not may_be_genitive(text, ref) or not _VEHICLE_BEFORE.search(text, max(0, ref.start - 40), ref.start):
            continue
        if ref.end <= trigger.start and (
            _CARRIED_GAP.fullmatch(text, ref.end, trigger.start) or _WHO_WILL.fullmatch(text, ref.end, trigger.start)
        ):
            return ref  # the vehicle and its owner, then the verb
        if ref.start >= trigger.end and _VERB_THEN_VEHICLE.fullmatch(text, trigger.end, ref.start):
            return ref  # the verb, then the vehicle and its owner
    return None


def _speaker(after: int, refs: list[Ref], text: str) -> list[Ref]:
    """The one a quotation is attributed to after it: "..., — сказал он", "..., – написал Трамп"."""
    said = _SAID_AFTER_QUOTE.search(text, after)
    if said is None:
        return []
    return [ref for ref in refs if 0 <= ref.start - said.end() < 30][:1]


# "самолет председателя КНР": a vehicle, up to three words (a title), its owner; then at most two words to the verb
_VEHICLE_BEFORE = re.compile(r"\b" + L.source("vehicle") + r"\s+(?:[\w-]+\s+){0,3}$")
_CARRIED_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
_VERB_THEN_VEHICLE = re.compile(r"\s+(?:[\w-]+\s+){0,1}" + L.source("vehicle") + r"\s+(?:[\w-]+\s+){0,3}")
# "Путину предстоит визит в Китай": the one in the dative before "предстоит" has the trip ahead of him
_AHEAD_OF = re.compile(r"\s+предсто(?:ит|ят)\s+(?:[\w-]+\s+){0,2}$")


_HAS_AT = re.compile(r"\bу\s+$")
_HAS_GAP = re.compile(r"\s+(?:[\w-]+\s+){1,3}")  # "намечена крупная", "запланирован"


def _owner(trigger: Trigger, refs: list[Ref], sentence: Sentence) -> list[tuple[Ref, str]] | None:
    """ "визит Путина", "его визит", "визита главы российского правительства": who the trip noun belongs to."""
    text = sentence.low
    for ref in refs:
        if ref.how == "generic" and ref.start < trigger.end and trigger.start < ref.end:
            return [(ref, "trip_told_before")]  # "Визит в Россию состоится в феврале.": the last subject's
    ahead = _AHEAD_OF.search(text, max(0, trigger.start - 40), trigger.start)
    if ahead is not None:
        owners = [ref for ref in refs if ref.end == ahead.start() and is_dative(text, ref)]
        if owners:
            return [(owners[0], "dative_owner")]
    for ref in refs:
        if ref.start < trigger.end:
            continue
        # "встреча лидеров Азербайджана, России и Армении Ильхама Алиева": a list of countries is no break
        gap = _without_places(text, trigger.end, ref.start, sentence.places)
        if ref.start - trigger.end > 90 or _CLAUSE_BREAK.search(gap) or "," in gap:
            break
        if len(_WORDS.findall(gap)) > 5 or not may_be_genitive(text, ref) or _OTHER_PREPOSITION.search(gap):
            break  # "визит в Китай по приглашению Си": Xi invites, he does not travel
        other_person = _OF_OTHER.search(gap)
        if other_person is not None and not gap[: other_person.start()].endswith("премьер-"):
            break  # "визит советника президента США": the adviser travels (a "премьер-министр" is a leader)
        if _OTHER_PERSON.search(gap):
            break  # "визита спецпосланника президента США Дональда Трампа": the envoy travels
        if any(other.end <= ref.start and other.start >= trigger.end and other.leader != ref.leader for other in refs):
            break
        owners = [ref]
        for other in refs:  # "встреча Трампа и Путина", "участие Президента Азербайджана Алиева, Президента ..."
            if other.start <= owners[-1].end:
                continue
            if not _GENITIVE_LIST.fullmatch(text, owners[-1].end, other.start):
                break
            if may_be_genitive(text, other) and other.leader not in {owner.leader for owner in owners}:
                owners.append(other)
        return [(owner, "possessor") for owner in owners]
    for ref in refs:
        # "у него намечена поездка в Мьянму", "у Лукашенко запланирован визит": the one who has it travels
        if (
            ref.end <= trigger.start
            and _HAS_AT.search(text, max(0, ref.start - 3), ref.start)
            and (_HAS_GAP.fullmatch(text, ref.end, trigger.start))
        ):
            return [(ref, "possessor")]
    possessive = _POSSESSIVE_BEFORE.search(text, max(0, trigger.start - 40), trigger.start)
    if possessive is not None:
        pronoun = possessive.group("pronoun")
        if L.pattern("plural_possessive", before="^", after="$").match(pronoun):  # "их встреча": each leader
            return [(ref, "possessor") for ref in refs if ref.start == possessive.start("pronoun")] or None
        if L.pattern("possessive", before="^", after="$").match(pronoun):
            owners = [ref for ref in refs if ref.start == possessive.start("pronoun")]
            if owners:
                return [(owners[0], "possessor")]
        else:
            # "в ходе своей поездки ... Матвиенко": the clause's subject, whoever it is
            return [(ref, "reflexive_owner") for ref in subjects_of(trigger.start, trigger.end, refs, text)]
    return None


def _without_places(text: str, start: int, end: int, places: list[Place]) -> str:
    """``text[start:end]`` with each place named in it, and the commas and "и" that list them, as one word."""
    gap = text[start:end]
    for place in sorted(places, key=lambda place: -place.start):
        if start <= place.start and place.end <= end:
            gap = gap[: place.start - start] + "X" + gap[place.end - start :]
    return _PLACE_LIST.sub("X", gap)


def _invitees(trigger: Trigger, refs: list[Ref], text: str) -> list[Ref]:
    """ "пригласил Трампа посетить", "приглашение президенту США", "Трамп получил приглашение", "приглашен"."""
    at_invitation = _AT_INVITATION.search(text, max(0, trigger.start - 12), trigger.end)
    if at_invitation is not None and at_invitation.end() == trigger.end:
        return []  # "по приглашению Си отбыл в Пекин": the host's invitation of a trip told by its own verb
    after = [ref for ref in refs if ref.start >= trigger.end and ref.start - trigger.end < 50]
    noun = trigger.text.startswith("приглашени")
    if (
        after
        and not _CLAUSE_BREAK.search(text, trigger.end, after[0].start)
        and not may_be_subject(text, after[0])
        and (not noun or is_dative(text, after[0]))  # "приглашение Трампу", not "приглашение Путина" (his)
    ):
        return [after[0]]
    # "Эрдогана пригласили в Москву", "направил Эрдогану приглашение": the one invited just before
    before = [ref for ref in refs if ref.end <= trigger.start and trigger.start - ref.end < 25]
    if (
        before
        and not may_be_subject(text, before[-1])
        and _NEAR_WORDS.fullmatch(text, before[-1].end, trigger.start)
        and (not noun or is_dative(text, before[-1]))
    ):
        return [before[-1]]
    if _INVITED_SUBJECT.search(text, max(0, trigger.start - 30), trigger.end + 5) or trigger.text.startswith("приглаш"):
        return subjects_of(trigger.start, trigger.end, refs, text)
    return []


def _governing_object(trigger: Trigger, refs: list[Ref], text: str) -> list[tuple[Ref, str]] | None:
    """An infinitive another verb governs: "пригласил Трампа посетить Пекин", "поручил Уиткоффу приехать":
    the one invited or asked travels, not the one who asks."""
    window_start = max(0, trigger.start - 80)
    clause = text[window_start : trigger.start]
    invite = None
    for match in _INVITE_VERB.finditer(clause):
        invite = match
    if invite is None:
        # (not "по приглашению белорусского коллеги Лукашенко": whose invitation it is, the host's, no invitee)
        hosted = {match.end() for match in _AT_INVITATION.finditer(clause)}
        for match in _INVITE_NOUN.finditer(clause):
            if match.end() not in hosted:
                invite = match
    if invite is not None and not _CLAUSE_BREAK.search(clause, invite.end()):
        noun = invite.group(0).startswith("приглашени")
        between = [
            ref
            for ref in refs
            if window_start + invite.end() <= ref.start
            and ref.end <= trigger.start
            and (not noun or is_dative(text, ref))  # "приглашение российского лидера": whose, not to whom
        ]
        if not between and noun:
            # "направил Эрдогану приглашение посетить Россию"
            between = [
                ref
                for ref in refs
                if ref.end <= window_start + invite.start()
                and window_start + invite.start() - ref.end < 25
                and is_dative(text, ref)
                and not may_be_subject(text, ref)
            ][-1:]
        if between:
            return [(between[-1], "invitee")]
        subjects = subjects_of(window_start + invite.start(), window_start + invite.end(), refs, text)
        if subjects and _INVITED_SUBJECT.search(text, max(0, window_start + invite.start() - 30), trigger.start):
            return [(ref, "invitee") for ref in subjects]
    asked = _ASKED.search(clause)
    if asked is not None:
        # "Трамп поручил Уиткоффу приехать": the one asked travels; if that is no leader, no leader does
        between = [ref for ref in refs if window_start + asked.start() <= ref.start and ref.end <= trigger.start]
        return [(between[-1], "asked")] if between else []
    return None


def subjects_of(start: int, end: int, refs: list[Ref], text: str) -> list[Ref]:
    """The subject(s) of the verb from ``start`` to ``end``: the nearest reference in the nominative to its
    left in the clause, else the first after it (inverted order), with those coordinated with it."""
    # (not one in an aside of those besides whom others come: "помимо президента Казахстана Касым-Жомарта Токаева")
    asides = [aside.span() for aside in _BESIDES_ASIDE.finditer(text, max(0, start - 150), start)]
    inviters = _inviters(start, refs, text)
    left = [
        ref
        for ref in refs
        if ref.end <= start and not any(a <= ref.start < b for a, b in asides) and ref.leader not in inviters
    ]
    inverted = _inverted_subject(end, refs, text)
    for index, ref in reversed(list(enumerate(left))):
        if _WHO_WILL.fullmatch(text, ref.end, start) and index == len(left) - 1:
            # "переговоры с коллегой Ильхамом Алиевым, который прибудет в Москву": the relative pronoun stands for
            # the leader just before it, whatever his case
            return [ref]
        if not may_be_subject(text, ref):
            continue
        if index and _apposition(left[index - 1], ref, text):
            continue  # "Жапаров, президент Кыргызстана, планирует": the name before the title is the subject
        if inverted is not None and ("," in text[ref.end : start] or _another_verb(text[ref.end : start])):
            # "Ким посетит Россию, а в Пхеньян с визитом приедет Си": the subject after the verb is its own
            return _with_coordinated(inverted, refs, text, left=False)
        if _LED_BY_BEFORE.search(text, max(0, ref.start - 90), ref.start):
            break
        gap = _COMMA_ASIDE.sub(" ", text[ref.end : start])
        if _SAID_THAT.fullmatch(gap):
            # "Трамп заявил, что посетит Китай": the one who says it is the one who goes (unless another
            # subject follows the verb: "говорил, что вместо него отправится вице-президент Вэнс")
            return [] if _INSTEAD.search(gap) else [ref]
        if gap.strip() == "," and verb_form(text[start:end].split()[0]) in _PARTICIPLES:
            return [ref]  # "Мишустин, отправившийся в Минск,"
        if _WHO_WILL.fullmatch(text, ref.end, start):
            return [ref]  # "Путин, который посетит Китай в мае, ...": the relative pronoun stands for him
        if _LISTED_AMONG_WHO.fullmatch(text, ref.end, start):
            return _with_coordinated(ref, refs, text, left=True)
        if _DURING_WHICH.fullmatch(text, ref.end, start):
            return [ref]  # "совершит турне, в ходе которого посетит Японию": his stops on that trip
        if _GERUND_AFTER_COMMA.fullmatch(gap) and verb_form(text[start:end].split()[0]) == "gerund":
            return [ref]  # "Си отбыл из Пекина, начав визит в Казахстан": a gerund shares its clause's subject
        if not _subject_gap(gap):
            break
        return _with_coordinated(ref, refs, text, left=True)
    led = _led_delegation(start, refs, text)
    if led:
        return led
    opening_gerund = verb_form(text[start:end].split()[0]) == "gerund" and not _WORDS.search(text, 0, start)
    for ref in refs:
        if ref.start < end:
            continue
        gap = text[end : ref.start]
        if ref.start - end > 90 or _CLAUSE_BREAK.search(gap) or "," in _COMMA_ASIDE.sub(" ", gap):
            if opening_gerund and not _CLAUSE_BREAK.search(gap) and _GERUND_OPENING.fullmatch(gap):
                opening_gerund = False  # only the first subject after the comma
                if may_be_subject(text, ref):
                    return _with_coordinated(ref, refs, text, left=False)
                continue
            break
        if not may_be_subject(text, ref):
            continue
        return _with_coordinated(ref, refs, text, left=False)
    return []


def _inviters(start: int, refs: list[Ref], text: str) -> set[str]:
    """The leaders whose invitation a verb at ``start`` follows, never its subject: "Мирзиёев по приглашению
    белорусского коллеги Александра Лукашенко посетит Минск", "По приглашению Си Цзиньпина Мирзиёев посетит" (the
    first leader named after the words, within a few words of them, when the guest is named before those words or
    after that leader; in "По приглашению властей Ливана Эрдоган посетит" Erdogan is the guest)."""
    inviters: set[str] = set()
    for invitation in _AT_INVITATION.finditer(text, max(0, start - 200), start):
        named = [ref for ref in refs if invitation.end() <= ref.start < start and ref.how != "pronoun"]
        if not named or named[0].start - invitation.end() > 60 or "," in text[invitation.end() : named[0].start]:
            continue
        inviter = named[0].leader
        guest_before = any(0 <= invitation.start() - ref.end <= 100 for ref in refs if ref.leader != inviter)
        if guest_before or any(ref.leader != inviter for ref in named):
            inviters.add(inviter)
    return inviters


def _apposition(name: Ref, title: Ref, text: str) -> bool:
    """Whether ``title`` is set off by commas after ``name`` and names the same leader ("Путин, президент России,
    посетит"): the aside of the name, not a subject of its own."""
    return (
        (name.how, title.how) == ("name", "title")
        and name.leader == title.leader
        and _APPOSITION_OPEN.fullmatch(text, name.end, title.start) is not None
        and _APPOSITION_CLOSE.match(text, title.end) is not None
    )


def _inverted_subject(end: int, refs: list[Ref], text: str) -> Ref | None:
    """A reference in the nominative right after a verb: "приедет китайский лидер Си Цзиньпин"."""
    for ref in refs:
        if ref.start < end:
            continue
        gap = text[end : ref.start]
        if ref.start - end > 60 or _CLAUSE_BREAK.search(gap) or "," in gap:
            return None
        if may_be_subject(text, ref) and not _INSTEAD_OF.search(text, max(0, ref.start - 12), ref.start):
            return ref
    return None


def _led_delegation(start: int, refs: list[Ref], text: str) -> list[Ref]:
    """ "прибудет делегация из Ирана во главе с президентом Эбрахимом Раиси": the delegation's head travels."""
    for ref in refs:
        if ref.start < start or ref.start - start > 120:
            continue
        if _LED_BY_BEFORE.search(text, max(0, ref.start - 90), ref.start) and not _CLAUSE_BREAK.search(
            text, start, ref.start
        ):
            return [ref]
    return []


def _subject_gap(gap: str) -> bool:
    """Whether the words between a subject and its verb can be that verb's phrase, or a second verb's of the
    same subject ("выступит в Европарламенте, а 28-29 января примет участие")."""
    if _CLAUSE_BREAK.search(gap):
        return False
    if "," in gap:
        return _SECOND_PREDICATE.fullmatch(gap) is not None and len(_WORDS.findall(gap)) <= 20
    return len(_WORDS.findall(gap)) <= 12


def _with_coordinated(ref: Ref, refs: list[Ref], text: str, left: bool) -> list[Ref]:
    """ "Токаев и Си Цзиньпин проведут", "Путин, Си и Моди примут участие": subjects listed together."""
    # (an "они" stands for each leader of the list before it: one reference each, at one place)
    subjects = [ref, *(other for other in refs if other is not ref and other.start == ref.start)]
    ordered = [other for other in refs if other not in subjects]
    if left:
        candidates = [other for other in ordered if other.end <= ref.start][::-1]
        for other in candidates:
            if _AND.match(text[other.end : subjects[-1].start]) and may_be_subject(text, other):
                subjects.append(other)
            elif other.leader == subjects[-1].leader and not text[other.end : subjects[-1].start].strip(" ,"):
                continue
            else:
                break
    else:
        candidates = [other for other in ordered if other.start >= ref.end]
        for other in candidates:
            if _AND.match(text[subjects[-1].end : other.start]) and may_be_subject(text, other):
                subjects.append(other)
            elif other.leader == subjects[-1].leader and not text[subjects[-1].end : other.start].strip(" ,"):
                continue
            else:
                break
    seen: set[str] = set()
    unique = []
    for subject in subjects:
        if subject.leader not in seen:
            seen.add(subject.leader)
            unique.append(subject)
    return unique


def _companions(refs: list[Ref], travellers: list[Ref], text: str) -> list[tuple[Ref, str]]:
    """ "вместе с Путиным", "в сопровождении Си", "вместе с Си и Путиным": they travel too."""
    companions: list[tuple[Ref, str]] = []
    leaders = {ref.leader for ref in travellers}
    for ref in refs:
        if ref.leader in leaders or ref.how == "pronoun":
            continue
        listed_after = (
            companions
            and _AND.match(text[companions[-1][0].end : ref.start]) is not None
            and not may_be_subject(text, ref)
        )
        if listed_after or (
            _COMPANION_BEFORE.search(text, max(0, ref.start - 40), ref.start)
            and not _LED_BY_BEFORE.search(text, max(0, ref.start - 90), ref.start)
        ):
            companions.append((ref, "companion"))
            leaders.add(ref.leader)
    return companions


# -- hosting and meetings -------------------------------------------------------------------------


def _dash_copula(dash: re.Match[str], sentence: Sentence, refs: list[Ref]) -> list[Pair]:
    """ "Путин — в Пекине" (there now), "Путин — в Китай" (on the way): a headline's dash for the verb."""
    subject = [ref for ref in refs if ref.end <= dash.start() and dash.start() - ref.end < 2]
    place = next((place for place in sentence.places if place.start == dash.end()), None)
    if not subject or place is None or place.kind not in ("country", "city"):
        return []
    kind = "be_in" if sentence.low[place.start : place.end].endswith(("е", "и")) else "move_verb"
    trigger = Trigger(dash.start(), dash.end(), dash.group(0), kind)
    return [Pair(subject[-1], trigger, (place,), "dash_subject")]


def _place_after(sentence: Sentence, position: int, reach: int = 80) -> Place | None:
    """The place "в/на ..." right after ``position`` ("примет Токаева в Кремле"), not one further on
    ("встретиться с Нетаньяху до выборов в Израиле": the elections are there)."""
    text = sentence.low
    for place in sentence.places:
        if place.start < position:
            continue
        if place.start - position > reach or _CLAUSE_BREAK.search(text, position, place.start):
            return None
        if _PLACE_RIGHT_AFTER.fullmatch(text, position, place.start):
            return place
        return None
    return None


def _hosted(host: re.Match[str], sentence: Sentence, refs: list[Ref]) -> list[Pair]:
    """ "Путин примет Токаева в Кремле", "Лукашенко встретил Путина в аэропорту Минска": the guest travels."""
    text = sentence.low
    if _NOT_GUEST.match(text, host.end()):
        return []
    # (the guest is looked for after "с официальным визитом", which "примет" often takes first)
    after = _WITH_A_VISIT.match(text, host.end())
    reach = host.end() if after is None else after.end()
    guests = [ref for ref in refs if 0 <= ref.start - reach < 40 and not may_be_subject(text, ref)][:1]
    if not guests or _CLAUSE_BREAK.search(text, host.end(), guests[0].start):
        return []
    place = _place_after(sentence, guests[0].end)
    if place is None:
        place = _place_before_host(sentence, host.start())
    if place is None:
        # "Путин примет в Кремле президента Казахстана": the place between the verb and the guest
        place = _place_after(sentence, host.end(), reach=30)
        if place is not None and place.start > guests[0].start:
            place = None
    if place is None:
        place = _host_home(host, sentence, refs, guests[0])
    if place is None:
        return []
    trigger = Trigger(host.start(), host.end(), host.group(0), "host")
    return [Pair(guests[0], trigger, (place,), "guest")]


def _host_home(host: re.Match[str], sentence: Sentence, refs: list[Ref], guest: Ref) -> Place | None:
    """ "Путин на предстоящей неделе примет с официальным визитом президента Таджикистана": no place named, so the
    host's own country (the verb's subject, named before it in its clause), for a guest of another country."""
    text = sentence.low
    hosts = [ref for ref in refs if ref.end <= host.start() and ref.how != "pronoun" and may_be_subject(text, ref)]
    if (
        not hosts
        or _CLAUSE_BREAK.search(text, hosts[-1].end, host.start())
        or "," in text[hosts[-1].end : host.start()]
    ):
        return None
    home, guest_home = sentence.home(hosts[-1].leader), sentence.home(guest.leader)
    if home is None or guest_home in (None, home):
        return None
    return Place(hosts[-1].start, hosts[-1].end, home, None, None, "country")


def placeless_trip(sentence: Sentence) -> bool:
    """Whether a sentence that names no place may still report a trip: a leader hosting another at home."""
    return len(sentence.named) >= 2 and HOST.search(sentence.low) is not None


def _place_before_host(sentence: Sentence, position: int) -> Place | None:
    text = sentence.low
    before = [place for place in sentence.places if place.end <= position and position - place.end < 50]
    if not before:
        return None
    place = before[-1]
    if _CLAUSE_BREAK.search(text, place.end, position) or "," in text[place.end : position]:
        return None
    window = text[max(0, place.start - 12) : place.start]
    if _TO_PLACE_NEAR.search(window):
        return place
    # "Пекин примет Путина в октябре", "Турция ждёт Путина": the place itself hosts, the verb's subject
    if _HOST_PLACE_GAP.fullmatch(text, place.end, position) and _CLAUSE_OPENS.search(text, 0, place.start):
        return place
    return None


_HOST_PLACE_GAP = re.compile(r"\s+(?:(?:также|уже|вновь|снова|официально|готов[аоы]?)\s+)*")
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:]\s*)$")


def _meeting(meet: re.Match[str], sentence: Sentence, refs: list[Ref]) -> list[Pair]:
    """ "Токаев и Си Цзиньпин проведут переговоры в Нур-Султане", "встретится с Моди в Нью-Дели": each side
    of a meeting is where it is held (the host's own country is no trip and is dropped later)."""
    text = sentence.low
    word = meet.group("meet")
    talks = _MEET_OBJECT.match(text, meet.end()) or _MEET_OBJECT_AFTER_PLACE.match(text, meet.end())
    if word.startswith("пров") and talks is None:
        return []
    if _TALKS_VERB.fullmatch(word):
        # "В Анкаре российский лидер обсудит урегулирование в Сирии": only a place opening the clause
        subjects = subjects_of(meet.start(), meet.end(), refs, text)
        place = (
            _place_before_host(sentence, subjects[0].start) if subjects and subjects[0].start < meet.start() else None
        )
        trigger = Trigger(meet.start(), meet.end(), word, "host")
        return [Pair(ref, trigger, (place,), "meeting_party") for ref in subjects] if place is not None else []
    after = talks.end() if talks is not None else meet.end()
    partners = []
    partner = re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:с|со)\s+", text[after:])
    if partner is not None:
        partners = [ref for ref in refs if 0 <= ref.start - after < 60 and not may_be_subject(text, ref)][:1]
        if partners:
            after = max(after, partners[0].end)
    subjects = subjects_of(meet.start(), meet.end(), refs, text)
    if not subjects:
        return []
    place = _place_after(sentence, after, reach=50)
    if place is None:
        place = _place_before_host(sentence, subjects[0].start if subjects[0].start < meet.start() else meet.start())
        # "В рамках поездки в Пекин глава государства проведет встречи с премьером Пакистана": the place opens
        # the subject's clause, the subject's trip; the one met may live there or be there for other reasons
        partners = []
    if place is None or _SIDELINES_BEFORE.search(text, max(0, place.start - 60), place.start):
        return []  # "встретится с Си на полях саммита АТЭС": attendance only implied, no trip said
    trigger = Trigger(meet.start(), meet.end(), meet.group(0), "host")
    return [Pair(ref, trigger, (place,), "meeting_party") for ref in (*subjects, *partners)]


# -- the fallback: a leader's future verb of presence and a place -----------------------------------------

# "выступит на форуме", "будут наблюдать за парадом", "может встретиться": a perfective's future, or an infinitive
# right after a word that puts it ahead
_PRESENCE_VERB = re.compile(r"\b(?:" + L.source("presence_verb") + r")\b")
_AHEAD_BEFORE = re.compile(
    r"\b(?:" + L.source("future") + "|" + L.source("possible") + r")\s+(?:(?:также|лично|вновь|снова|впервые)\s+)?$"
)
_NEGATED_BEFORE = re.compile(r"\bне\s+$")
_FALLBACK_WINDOW = 100
# a place of a phrase of its own after the verb: a topic ("подпишет соглашение о сотрудничестве в Арктике",
# "выступит с докладом по ситуации в Сирии"), a time ("встретиться с Нетаньяху до выборов в Израиле"), an origin
_NOT_WHERE = re.compile(
    r"\b(?:о|об|обо|про|по|относительно|касательно|до|после|перед|накануне|из|от|у|для|против|без|через|между"
    r"|вместо|кроме|ради)\s"
)
# "выступит перед Конгрессом в Вашингтоне", "выступит с речью перед студентами": an audience, not a time
_AUDIENCE = re.compile(r"\s*(?:со?\s+(?:[\w-]+\s+){1,2}?)?перед\s")
# "выступит за переговоры в Стамбуле": what he speaks for, not where
_FOR = re.compile(r"\s*(?:[\w-]+\s+)?за\s")
# "встретится с послом России в Китае": where the one met serves
_SERVES_IN = re.compile(r"\b" + L.source("posted_abroad") + r"\s+(?:[\w-]+\s+){0,3}?(?:в|во|на)\s+(?:[\w-]+\s+)?$")


def _future_presence(sentence: Sentence, refs: list[Ref], paired: set[str]) -> list[Pair]:
    """The fallback for a leader no travel word paired (``paired``: those one did): the subject of a future verb of
    presence, and the first place after it introduced by "в", "во" or "на" within its clause (kind
    ``FALLBACK_TRIGGER``: the least sure reading)."""
    text = sentence.low
    pairs: list[Pair] = []
    for found in _PRESENCE_VERB.finditer(text) if any(ref.leader not in paired for ref in refs) else ():
        verb, start = found.group(0), found.start()
        form = verb_form(verb)
        lead = _AHEAD_BEFORE.search(text, max(0, start - 50), start) if form == "infinitive" else None
        if lead is not None:
            start = lead.start()
        if not (form == "future" or lead is not None) or _NEGATED_BEFORE.search(text, max(0, start - 4), start):
            continue  # "пригласил Путина выступить", "не выступит": no presence of his ahead
        # (the subject is sought among all the references: "Трамп заявил, что Путин встретится" is Putin's)
        subjects = subjects_of(start, found.end(), refs, text)
        if not subjects:
            continue
        travellers = [
            (ref, how)
            for ref, how in [
                *((ref, "fallback_subject") for ref in subjects),
                *((ref, "fallback_companion") for ref, _ in _companions(refs, subjects, text)),
            ]
            if ref.leader not in paired
        ]
        place = _place_of_presence(sentence, found.end(), verb) if travellers else None
        if place is None:
            continue
        trigger = Trigger(found.start(), found.end(), verb, FALLBACK_TRIGGER)
        pairs.extend(Pair(ref, trigger, (place,), how) for ref, how in travellers)
        paired = paired | {ref.leader for ref, _ in travellers}
    return pairs


def _place_of_presence(sentence: Sentence, position: int, verb: str) -> Place | None:
    """The first place after ``verb`` (ending at ``position``) that "в", "во" or "на" introduces, in the clause: not
    a place of a phrase of its own (a conflict, a topic, a time, the parties to talks, the post of someone met)."""
    text = sentence.low
    for place in sentence.places:
        if place.start < position:
            continue
        gap = _COMMA_ASIDE.sub(" ", text[position : place.start])
        audience = _AUDIENCE.match(gap)
        if (
            place.start - position > _FALLBACK_WINDOW
            or _CLAUSE_BREAK.search(gap)
            or "," in gap
            or _NOT_WHERE.search(gap, audience.end() if audience else 0)
            or (verb.startswith("выступ") and _FOR.match(gap))
        ):
            return None
        window = text[max(position, place.start - 40) : place.start]
        if (
            _TO_PLACE_NEAR.search(window) is None
            or _CONFLICT_AT.search(window)
            or _PARTY_TO_TALKS.search(window)
            or _SIDELINES_BEFORE.search(window)
            or _SERVES_IN.search(window)
        ):
            continue
        return place
    return None


# -- "они", "их": the leaders listed before ----------------------------------------------------------

PLURAL_PRONOUN = re.compile(r"\b(?:" + L.source("plural_pronoun") + r")\b")
# between two leaders of one list: "Нетаньяху и президент США Байден", "Токаев, Мирзиёев"
_LISTED_NEXT = re.compile(r"\s*(?:,\s*и|,|и)\s+(?:[\w-]+\s+){0,3}")


def plural_subject(sentence: Sentence, named: list[Ref], before: Sentence | None) -> list[Ref]:
    """A reference per leader an "они" or "их" stands for when no leader is named before it in ``sentence``: the
    last list of two or more leaders of the sentence ``before`` ("Нетаньяху и Байден проведут встречу. Ожидается,
    что их встреча состоится в Вашингтоне")."""
    match = PLURAL_PRONOUN.search(sentence.low)
    if match is None or before is None or any(ref.end <= match.start() for ref in named):
        return []
    listed: list[tuple[int, str]] = []
    for mention in before.mentions:
        if mention.kind != "leader":
            continue
        start = mention.start - before.offset
        if listed and not _LISTED_NEXT.fullmatch(before.low, listed[-1][0], start):
            listed = []
        listed.append((mention.end - before.offset, mention.entity))
    leaders = list(dict.fromkeys(leader for _, leader in listed))
    if len(leaders) < 2:
        return []
    return [Ref(match.start(), match.end(), leader, "pronoun") for leader in leaders]
