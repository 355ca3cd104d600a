"""English words of travel news, each list written once; every pattern of the travel stage comes from these.

Notation (see :mod:`pipeline.travel.lexicon`): ``visit~`` is a word and its endings, ``(a|b)`` a choice,
``(x )?`` optional, ``{list}`` another list, ``_`` any word, ``_{0,3}`` up to three words.
"""

from __future__ import annotations

from pipeline.travel.lexicon import Lexicon

# fmt: off
LEXICON = Lexicon(
    "en",
    {
        # -- small closed classes -------------------------------------------------------------------
        # a full stop after one of these does not end a sentence ("Mr.", "U.S.", "Jan.")
        # -- whose a bare surname is ("Michelle Obama ... Obama will stop in Haiti") ----------------------
        # capitalised words before a surname that say nothing of whose it is
        "not_a_given_name": (
            "mrs", "ms", "miss", "madam", "madame", "lady", "first", "the", "a", "an", "and", "but", "or", "so", "yet",
            "when", "while", "after", "before", "since", "as", "if", "then", "also", "meanwhile", "however", "both",
            "with", "without", "for", "from", "in", "on", "at", "by", "to", "of", "under", "between", "against",
            "former", "late", "now", "today", "yesterday", "tomorrow", "earlier", "later", "last", "next",
            "this", "that", "these", "those", "his", "her", "their", "our", "its", "said", "says", "told", "asked",
            "where", "why", "how", "what", "who", "whom", "whose", "which", "because", "although", "though", "until",
            "during", "despite", "unlike", "like", "according", "photo", "file", "image", "picture", "via", "no", "not",
            "only", "all", "every", "any", "some", "more", "most", "many", "each", "even", "just", "still", "there",
            "here", "it", "we", "they", "he", "she", "i", "you", "my", "your", "is", "was", "will", "would", "can",
            "could", "should", "might", "must", "did", "does", "do", "has", "have", "had", "be", "been", "new", "top",
            "dear", "following", "hello", "thanks", "welcome", "watch", "read", "listen", "video", "live", "update",
            "breaking",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        ),
        # words before a surname that name the leader's office or address him
        "title_before_name": (
            "president", "presidents", "prime", "minister", "premier", "chancellor", "king", "queen", "emir", "amir",
            "sheikh", "sultan", "pope", "emperor", "prince", "leader", "chairman", "comrade", "mr", "dr", "pm", "gen",
            "general", "marshal", "ayatollah", "taoiseach", "tsar", "shah", "elect", "us", "uk", "un", "eu", "sir",
            "lord", "dame", "prof", "professor",
        ),
        "abbreviation": (
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "maj", "sgt", "st", "mt",
            "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "corp", "ltd", "co", "jr", "sr", "rev", "fr", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c",
        ),
        "be": ("is", "are", "was", "were", "be", "been", "being"),
        "possessive_pronoun": ("his", "her", "their"),
        "be_present": ("is", "are"),
        "be_past": ("was", "were"),
        "determiner": ("a", "an", "the", "his", "her", "their", "its", "this", "another"),
        # the country named before, as a trip's destination: "Sri Lanka expects Modi to visit the island nation"
        "country_anaphor": ("(the|that|this) ({region_adjective} )?(nation|country)",),
        # what the country named before is called by its region: "to the Asian nation", "the Southeast Asian
        # country", "the neighbouring country"
        "region_adjective": (
            "((south|north|east|west|central|southern|northern|eastern|western|south-?east|north-?east|south-?west|"
            "north-?west) )?(asian|african|european|american|arab|gulf|caribbean|pacific|baltic|balkan|nordic|"
            "scandinavian|turkic|himalayan|andean|mediterranean|middle eastern|island)",
            "neighbou?ring",
        ),
        # a tour's legs: "a tour which includes visits to Oman and Kuwait" (the visits are the tour's, nouns)
        "tour_includes": ("include", "includes", "included", "including"),
        # a tour's legs after a participle: "will tour Africa from July 25 to 28, taking him to Cameroon and Benin",
        # or after its stops: "a two-week tour of Asia, with stops in Indonesia, Papua New Guinea and Singapore"
        "taking_to": (
            "(taking|bringing) (him|her|them) to", "(with|including) (_ )?stops in", "stopping (over )?in",
        ),
        "possessive": ("his", "her", "their"),
        "pronoun": ("he", "she", "his", "her"),
        # "will host His Excellency President Xi Jinping", "Her Majesty the Queen": a style, no one's pronoun
        "honorific": ("excellency", "majesty", "royal highness", "highness", "holiness", "eminence"),
        # a subject that stands for the list of leaders of the sentence before: "Instead, they will meet in Mexico"
        "plural_pronoun": ("they",),
        # ... or for a leader and the spouse named with him: "the King and Queen ... They were due to travel"
        "and_spouse": (
            "and (the )?(queen|queen consort|first lady)", "and (his|her) (wife|husband|spouse|partner)",
        ),
        # a fronted phrase naming the host: "At the invitation of President Xi, Lula will ..."
        "fronted_invitation": ("(at|on|upon) the (kind |friendly )?(invitation|request) of",),
        "generic_title": (
            "president", "prime minister", "premier", "chancellor", "leader", "king", "queen", "emir", "amir",
            "crown prince", "taoiseach", "supreme leader", "emperor", "sultan", "pope", "pontiff", "pm",
        ),
        "trip_noun": ("visit", "visits", "trip", "trips", "tour", "tours", "journey", "stopover", "stop-over", "stay"),
        "trip_modifier": (
            "state", "official", "working", "surprise", "unannounced", "two-day", "three-day", "four-day", "five-day",
            "first", "second", "third", "fourth", "fifth", "last", "next", "planned", "upcoming", "forthcoming",
            "long-awaited", "recent", "brief", "short", "historic", "rare", "expected", "proposed", "possible",
            "much-anticipated", "maiden", "foreign", "overseas",
        ),
        # -- triggers: the words that make a trip, by the form they take ----------------------------
        "trigger_invited": ("(has been|have been|had been|was|were|is|are|been) invited to (attend |visit )?",),
        "trigger_withdraw": (
            "(withdraw|withdraws|withdrew|withdrawn|withdrawing) from", "stay~ away from", "pull~ out of",
            "skip|skips|skipped|skipping", "boycott~",
        ),
        "trigger_left": ("left", "departed", "leaves", "leaving"),
        "trigger_accept": (
            "accept~ (an|the|a|his|her|their|_ _'s|_'s|_ _ _'s) invitation to _{0,3}"
            "(address|attend|visit|speak|join|come|go|travel)~",
            "(is|was|are|were) ready to (visit|travel to|come to|go to)",
        ),
        "trip_making_verb": (
            "make", "makes", "making", "made", "pay", "pays", "paying", "paid", "undertake", "undertakes", "undertook",
            "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "kick off", "kicks off",
            "kicked off", "end", "ends", "ended", "wrap up", "wraps up", "wrapped up", "conclude", "concludes",
            "concluded", "finish", "finishes", "finished", "complete", "completes", "completed", "cut short",
            "cuts short", "continue", "continues", "continued", "continuing", "embark on", "embarks on", "embarked on",
            "take", "takes", "took", "plan", "plans", "planned", "planning", "cancel", "cancels", "cancelled",
            "canceled", "call off", "calls off", "called off", "scrap", "scraps", "scrapped", "postpone", "postpones",
            "postponed", "delay", "delays", "delayed", "abandon", "abandons", "abandoned", "commence", "commences",
            "commenced", "conduct", "conducts", "conducted", "conducting",
        ),
        # verbs that end a trip: "wrapping up her visit", "cut short his trip"
        "ending_verb": ("end~", "wrap~ up", "conclud~", "cut~ short", "complet~", "finish~"),
        # a trip told as one gone by: "unlike his recent visit to the US", "her previous trip to Japan"
        "earlier_trip": ("(recent|previous|prior) _{0,2}(visit|visits|trip|trips|tour|tours|journey)",),
        "trigger_nominal_verb": (
            "{trip_making_verb} ({determiner} )?_{0,3}((state|official|working|surprise|unannounced) )?"
            "(visit|visits|trip|trips|tour|tours|journey|mission|voyage|swing)",
            # "will make stops next week in Israel", "make a brief stopover in" (not "make Vietnam the first stop of")
            "{trip_making_verb} ({determiner} )?((brief|short) )?(stop|stops|stopover|stopovers|stop-over)",
        ),
        "trigger_visit_verb": ("visit", "visits", "visited", "visiting"),
        "there_verb": ("go", "goes", "going", "went", "travel", "fly", "head"),  # "will go there"
        # "Macron travels to Washington on Monday, and Starmer follows later in the week": same place
        "follow_verb": ("follows", "will follow", "is to follow", "is due to follow", "is expected to follow"),
        "trigger_move_verb": (
            "(has|have|had) been to", "lead~ (a|an|the|his|her|_'s) _{0,2}delegation to",
            "led (a|an|the|his|her|_'s) _{0,2}delegation to", "travel", "travels", "traveled", "travelled", "traveling",
            "travelling", "tour", "tours", "toured", "touring", "fly", "flies", "flew", "flying", "flown",
            "head~ (to|for)", "(is|are) (bound for|off to)", "jet~ off _{0,3}to", "journey~ to", "go to", "goes to",
            "going to", "went to", "gone to", "come to", "comes to", "came to",
            "coming to", "(leave|leaves|left|leaving) for", "(leave|leaves|left|leaving) _{1,4}for",
            "{boarding} _{0,6}for", "depart~ _{0,3}(for|to)",
            # "will depart Abuja on Monday, January 6, for Accra": the day told between
            "(depart~|leav~|left) _ (_ )?on _,? (_,? )?(_,? )?(_,? )?for",
            "jet~ out (of _{1,2} )?to", "set off for", "sets off for", "setting off for",
            "arriv~ (in|at)", "land~ (in|at)", "touch~ down (in|at)", "{en_route}",
            "{reach_verb}",
            "cross~ into", "(stop|stops|stopped) (first |over |briefly )?in", "return~ (from|to)",
            # "would stop by the UK" (not "stopped by", a passive: "was stopped by Chinese police")
            "(stop|stops|stopping) by",
            # the trip as the subject: "the tour will take him to Japan", "travels which also take him to Iran"
            "(take|takes|taking) (him|her|them) (on )?to",
            # on the way: "he will come through the UK", "passed through Dubai", "transiting through Japan"
            "(come|comes|came|coming|pass|passes|passed|passing|transit~) through",
        ),
        # "has reached New Delhi", "also reached Egypt on Monday": the place right after it (pairing; not "reached out
        # to China", "reached an agreement with China")
        "reach_verb": ("reach", "reaches", "reached", "reaching"),
        # travelling now, unless a future governs it: "Lula is on his way to China", "will stop in Lisbon en route
        # to China"; "way to" is a move only "on the way to", "on his way to" (not "the way to peace": pairing)
        "en_route": ("(stop~ (off|over) )?en route to", "way to"),
        "trigger_first_stop": (
            # "to make China his first foreign trip": the destination comes before the trip words
            "(make|makes|making|made)",
        ),
        "first_stop_after": (
            "(his|her|their|the) first (foreign |overseas )?(trip|visit|stop|destination|port of call)",
        ),
        "trigger_attend_verb": (
            "represent~ _{1,4}at",
            "(be|is|was|will be) (the )?(guest of honou?r|chief guest|keynote speaker|main speaker) at",
            "(lead|leads|led|leading) (the|a|his|her|their|_'s) (_ )?delegation( to| at)?",
            "attend", "attends", "attended", "attending", "(take|takes|took|taking) part in", "participat~ in",
            # "will be among 10 other heads of state expected at the burial of Moi in Nairobi"
            "expected at",
            # "Macron has also confirmed his attendance.", "... his participation.": the gathering named before
            "(in-person )?attendance", "participation",
            # "Milei also intends to be present.": at the gathering named before (not "will be there": the place
            # named last, which is not always the gathering)
            "(be|been|being) (also )?(present|in attendance)",
        ),
        "trigger_be_in": (
            "(is|are|was|were|be|been|being) (expected |due |currently |now |still |already )?in",
            "(is|are|was|were) (then |also )?(due|expected) in",
            "((is|are|was|were) )?expected in",
            # a stay told by its length: "will next week spend four days in Britain"
            "(spend|spends|spent|spending) _{1,3}(day|days|night|nights|week|weeks|weekend) in",
        ),
        "trigger_be_at": ("be at the",),
        "be_at_event": (
            "summit", "forum", "assembly", "meeting", "conference", "games", "olympics", "cop~", "g7", "g20",
        ),
        "trigger_noun": (
            "((state|official|working|surprise|unannounced|two-day|three-day|four-day|five-day|first|second|third|"
            "fourth|fifth|last|next|planned|upcoming|forthcoming|maiden|possible|potential|proposed) )*"
            "(visit|visits|trip|trips|tour|journey|stopover|stop-over|attendance at|return from)",
            # a leg of a tour: "His first stop will be the UAE"
            "(first|second|third|next|last|final) stop",
        ),
        # a trigger is tried only where one of these begins a word (a cheap test before the big pattern)
        "trigger_start": (
            "mak", "made", "pay", "paid", "undert", "continu", "commenc", "expected", "jet", "begin", "began", "begun",
            "start", "kick", "end", "wrap", "conclud", "finish", "complet", "cut", "embark", "tak", "took", "plan",
            "cancel", "call", "scrap", "postpon", "delay", "abandon", "visit", "travel", "tour", "fly", "fli", "fle",
            "flo", "head", "go", "went", "gone", "com", "came", "leav", "left", "depart", "set", "arriv", "land",
            "reach", "cross", "stop", "return", "board", "emplan", "touch", "attend", "particip", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "lead", "led", "withdr", "stay", "pull", "skip",
            "boycott", "accept", "state", "official", "working", "surprise", "unannounced", "first", "second", "third",
            "fourth", "fifth", "last", "next", "planned", "upcoming", "forthcoming", "maiden", "trip", "journey",
            "stopover", "attendance", "two-day", "three-day", "four-day", "five-day", "en", "way", "possible",
            "potential", "proposed", "spen",
        ),
        # cheap test: a sentence without any of these has no trip
        "travel_word": (
            "visit", "trip", "travel", "tour", "fly", "flies", "flew", "flown", "head", "go", "went", "gone", "come",
            "coming",
            "came", "leav", "left", "depart", "arriv", "land", "reach", "cross", "stop", "return", "attend", "particip",
            "host", "receiv", "welcom", "greet", "meet", "met", "journey", "stopover", "invitation", "withdr", "stay",
            "skip", "pull", "boycott", "delegation", "jet", "set off", "bound for", "off to", "take part", "took part",
            "is in", "are in", "was in", "were in", "be in", "been in", "be at the", "due in", "expected in",
            # "is currently in Beijing", "was already in Japan"
            "currently in", "now in", "still in", "already in", "spend", "spent",
            "talks with", "been to", "way to", "en route", "board", "emplan", "touch", "be present", "also present",
            "in attendance",
            # the attendance cues without a travel word of their own: "will be joined by", "guests include",
            # "leaders confirmed for the event are"
            "joined by", "guests", "invitees", "confirmed for", "represented by", "substituted by", "replaced by",
            # the fallback's verbs: "will address the UN General Assembly in New York"
            "{presence_verb}",
        ),
        "host_verb": (
            "host", "hosts", "hosted", "hosting", "receive", "receives", "received", "receiving", "welcome", "welcomes",
            "welcomed", "welcoming", "greet", "greets", "greeted", "greeting", "meet", "meets", "meeting", "met",
            "(hold|holds|held|holding) talks with",
        ),
        # a host's coming welcome: "we look forward to welcoming President Hollande", "is looking forward to hosting"
        "looking_forward": ("look~ forward to",),
        "host_meeting": ("meet", "meets", "meeting", "met", "hold", "holds", "held", "holding"),
        # where a meeting is held at a gathering: "will meet Erdogan on the sidelines of the G20 summit in Osaka"
        "gathering_margins": ("on the (sidelines?|margins?) of",),
        # a participle that places someone else: "soldiers killed in Hong Kong", "a factory based in Ohio"
        "placed_participle": (
            "killed", "born", "based", "buried", "stationed", "detained", "jailed", "imprisoned", "trained", "raised",
            "educated", "located", "founded", "headquartered", "living", "residing", "working", "studying",
        ),
        # a body's members after its name: "G7 member countries", "ASEAN nations", "NATO allies" (not its summit)
        "members_of_a_body": (
            "(member )?(countries|nations|states|economies)", "members?", "(member )?partners", "allies",
        ),
        "host_present": (
            "host", "hosts", "receive", "receives", "welcome", "welcomes", "greet", "greets", "meet", "meets", "hold",
            "holds",
        ),
        "host_past": ("hosted", "received", "welcomed", "greeted", "met", "held"),
        "is_hosting": ("(is|are) hosting",),
        # -- tense and aspect -----------------------------------------------------------------------
        "past_verb": (
            "visited", "travelled", "traveled", "toured", "flew", "flown", "headed", "went", "gone", "came", "left",
            "departed", "arrived", "landed", "reached", "crossed", "stopped", "returned", "attended", "took part",
            "participated", "made", "paid", "undertook", "began", "begun", "started", "kicked off", "ended",
            "wrapped up", "concluded", "cut short", "embarked", "took", "hosted", "received", "welcomed", "greeted",
            "met", "held talks", "led", "was", "were", "commenced", "jetted", "boarded", "emplaned", "touched down",
            "spent",
        ),
        # a trip that has begun: arrived, or left for it ("left for Tokyo on Tuesday")
        "arrival_verb": (
            "left", "departed", "headed", "flew", "set off", "embarked", "jetted", "arrived", "landed", "reached",
            "touched down", "crossed", "began", "begun", "started", "kicked off", "made", "paid", "was", "were",
            "commenced",
        ),
        # leaving home: the tour has begun, and its other legs that week are under way ("left for Portugal, the
        # first leg of a three-nation tour"; "has jetted out of the country and will first land in London")
        "departure_verb": (
            "left", "leaves", "leaving", "departed", "departs", "departing", "set off", "sets off", "setting off",
            "jetted", "jets off", "jetting", "embarked", "embarks", "embarking", "{boarding}",
        ),
        # taking the plane home: "boards Air Force One for a trip to Vietnam", "emplanes in New Delhi for Portugal"
        "boarding": ("board", "boards", "boarded", "boarding", "emplane", "emplanes", "emplaned", "emplaning"),
        # an arrival or departure that begins a tour: "arrived in Riyadh to kick off a nine-day tour"
        "tour_start": (
            "(to |, )?(start~|begin|begins|beginning|kick~ off) {determiner} _{0,3}(tour|trip|swing|journey)",
        ),
        "home_departure": (
            "(jet~|flew|flies|left|leaves|leaving|depart~) out of the country",
            "(left|leaves|leaving|depart~) the country",
            # "left the capital Addis Ababa for the start of his first European tour"
            "(depart~|left|leaves|jet~ off|set~ off) _{0,4}(on|for) (the (start|beginning|first leg) of )?{determiner} "
            "_{0,3}(visit|tour|trip|journey)",
            "embark~ on {determiner} _{0,3}(visit|tour|trip|journey)",
            "kick~ off {determiner} _{0,3}(visit|tour|trip|journey)",
        ),
        "ended": (
            "returned", "return from", "flew back", "wrapped up", "ended", "concluded", "left for home", "headed home",
        ),
        # a plan told as an intention or an expectation, or on someone's report: "planned", not "confirmed"
        "hedge": (
            "plans? to", "planning to", "planned to", "plans? (a|an|another)", "planning (a|an|another)", "intends? to",
            "intending to", "intend to", "aims? to", "hopes? to", "(is|are|was|were|been) (expected|likely|poised|"
            "preparing|going) to", "expected to", "likely to", "could", "may", "might", "would", "reportedly",
            "is considering", "is mulling", "expected in", "tipped to", "will (likely|probably)", "plans",
            "planning", "planned", "considering",
        ),
        "hedge_source": (
            "reportedly", "sources? (said|say|says|told|familiar)", "(a|an) (source|official) (said|told)",
            "according to (sources|media|reports|local media|the newspaper|the report)", "(media|newspaper|reports?) "
            "(said|say|says|reported|reports)", "(was|were) quoted as saying", "speculation", "unconfirmed",
        ),
        "firm_future": (
            "will", "'ll", "’ll", "shall", "is to", "are to", "(is|are) (scheduled|due|set|slated) to",
            "(is|are) (scheduled|due|set) for", "accepted (an|the|a) invitation to",
        ),
        # the verb of "is planning visits to", "has scheduled a trip to": a plan
        "planning_verb": ("plan~", "schedul~", "prepar~", "arrang~", "organi~", "consider~"),
        "future": (
            "will", "'ll", "’ll", "shall", "is to", "are to",
            "(is|are|was|were|been) (set|due|scheduled|slated|expected|poised|going|planning|preparing|about|likely)"
            " to",
            "plans? to", "planning to", "planned to", "intends? to", "intending to", "intend to", "aims? to",
            "(intention|intent) to",
            "agreed to", "agrees to", "accepted (an|the|a) invitation to", "prepar(ing|es) to", "would", "set to",
            # "agreed during a telephone conversation with Russian President Vladimir Putin to meet in Moscow"
            "(agreed|agrees) (during|in|at|on) _{1,10} to",
            "due to", "plans? (a|an|another)", "planning (a|an|another)", "scheduled to", "expected to", "expected in",
            "(set|due|poised) for", "listed to",
        ),
        # a plan told in the past tense: "was expected to visit France", "had been scheduled to leave for Brussels";
        # in an article that calls the trip off, the legs told so are called off with it (merge)
        "plan_in_past": (
            "(was|were|had been) (expected|due|scheduled|set|slated|supposed|planning|going) to", "had planned to",
            "had been planning to", "had intended to",
            # "He was then to travel on to Brazil": the future seen from the past
            "(was|were) ((then|also|later|first|originally|next) )?to",
        ),
        # a trip named as the object of its announcement, a plan: "Macron has also confirmed his attendance",
        # "the Foreign Office confirmed Sharif's participation in the summit"; not one told as overtaken, "had
        # (previously) confirmed his participation" (the plan changed since)
        "announced_trip": ("(confirmed|announced)( {possessive}| _'s| _ _'s)?",),
        "announced_earlier": ("had (_ )?(confirmed|announced)",),
        # ... or the object of an announcement not made: "Sisi did not explicitly confirm his attendance"
        "unannounced_trip": (
            "(not|n't|yet to) (yet )?((explicitly|officially|publicly|formally) )?"
            "(confirm|confirmed|announce|announced)( {possessive}| _'s| _ _'s)?",
        ),
        # ... nor one undone in the same sentence: "confirmed his participation, but later pulled out"
        "announcement_undone": ("(but|then|later) _{0,2}(pull~ out|back~ out|withdr~|cancel~|call~ off|scrap~)",),
        "trip_as_noun": ("(in-person )?attendance", "participation"),
        # an intention whose object is the trip itself: "is considering visiting Japan", "is exploring the possibility
        # of travelling to Washington", and its making ready by either side: "Ankara and Washington are preparing a
        # state visit of Trump to Turkey", "is arranging a visit to the US" (LABELLING.md: an intention is a plan)
        "weighing_a_trip": (
            "considering", "weighing", "mulling", "eyeing", "exploring the possibility of", "looking into",
            "looking at the possibility of", "thinking (of|about)", "planning on", "preparing( for)?", "arranging",
            "organi(s|z)ing", "working on", "working to (arrange|organi(s|z)e|secure|set up)",
        ),
        # a plan whose subject comes after "for": "plans are underway for El-Sisi to visit Washington", "has started
        # preparations for Prime Minister Kishida to visit the United States"
        "plan_for": (
            "plans? (is|are) (underway|under way|afoot|being made|being drawn up) for",
            "there (is|are) (a )?plans? for",
            "(arrangements|preparations) (is|are) (underway|under way|being made) for",
            "(arrangements|preparations) for", "(preparing|arranging) for",
        ),
        # a clause of time whose present tense is future when its main clause is: "will meet Xi when he visits China"
        "time_clause": ("when", "once", "whenever", "as soon as", "before", "after", "while"),
        # "his itinerary includes visits to Saudi Arabia and Qatar": a trip's programme told in the present is ahead
        "itinerary_includes": ("(itinerary|schedule|programme|program|agenda|{trip_noun}) (also )?(includes|include)",),
        "future_nominal": (
            "upcoming", "forthcoming", "planned", "scheduled", "expected", "proposed", "next week's", "next month's",
            "long-awaited",
        ),
        "explicit_future": ("next", "coming", "tomorrow", "later this", "upcoming"),
        # "have started to arrive in Jeddah", "began arriving": arrivals under way
        "arrivals_begun": (
            "(has|have|had) (started|begun|began) (to arrive|arriving|to land|landing|to gather|gathering)",
            "(started|began) (to arrive|arriving|to land|landing)",
            "(is|are) (starting|beginning) to (arrive|land|gather)",
        ),
        "progressive": (
            "(is|are) (visiting|touring|travelling|traveling|headed|attending)",
            "(is|are) on (a|an|his|her|their) _{0,3}(visit|trip|tour)",
        ),
        "perfect": ("(has|have|had|'s) (_ )?(visited|travelled|traveled|been|gone|made|paid|attended)",),
        "never": ("never",),
        "last_time": ("last (visited|travelled|traveled|went|was in|made)",),
        "past_copula": ("was", "were", "took place", "came", "ended", "had been"),
        "explicit_past": (
            "last (week|month|year|spring|summer|autumn|fall|winter)", "ago", "earlier this", "yesterday",
        ),
        "here_now_time": ("this week", "today", "this weekend", "tonight"),
        "would": ("would",),
        # a trip told as what would have been: "his planned visit would have been his first trip to India"
        "counterfactual": (
            "(would|could|might) have (been|made|marked|taken|gone|visited|travelled|traveled|attended|come|joined)",
        ),
        # "would have attended the summit, but was not able to": the trip given up
        "unable_after": ("but (was|were|is|are) (not able|unable)", "but (could not|couldn't|cannot|can't)"),
        "was_were": ("was", "were"),
        "is_are": ("is", "are"),
        # a plan in the making: "a visit to India by Carney is under consideration"
        # "has a trip to Saudi Arabia planned for March": a trip noun whose plan names its time after it
        "planned_for": ("(planned|scheduled|slated|set) for",),
        "in_the_making": (
            "is under consideration", "is in the works", "is on the cards", "is in the pipeline",
            "is being (planned|prepared|considered|discussed|organised|organized|worked out|arranged)",
            "is being (finalised|finalized)",
        ),
        "auxiliary": (
            "will", "would", "is expected", "is due", "is scheduled", "is planned", "is set", "are scheduled",
            "is likely", "is slated", "took place", "ended", "concluded", "wrapped up", "finished", "was", "were",
            "had been", "has been",
        ),
        "past_auxiliary": (
            "was", "were", "took place", "had been", "has been", "ended", "concluded", "wrapped up", "finished",
        ),
        "announced_participle": ("confirmed", "announced", "scheduled", "planned", "arranged", "agreed", "approved"),
        # verbs that say a trip is announced, not when it happens ("confirmed his visit")
        "announcing": (
            "announced", "confirmed", "scheduled", "planned", "arranged", "finalised", "finalized", "outlined",
            "unveiled", "discussed", "proposed", "mooted", "prepared", "previewed", "flagged", "disclosed", "revealed",
            "detailed", "agreed", "approved", "welcomed", "requested", "sought", "expected", "billed", "slated",
            "timed", "organised", "organized", "postponed", "delayed", "cancelled", "canceled", "rescheduled",
            "reported", "added", "said",
        ),
        "irregular_past": (
            "made", "took", "began", "spent", "drew", "brought", "won", "gave", "saw", "left", "cut", "met", "held",
            "led", "came", "went",
        ),
        "leaving": (
            "return~ from",
            "(end|ends|wrap up|wraps up|conclude|concludes|finish|finishes|complete|completes|cut short) ",
        ),
        # "will conclude his tour with a stop in Oman", "will end his tour in Angola": the tour's last leg, ahead
        "last_leg": ("with (a|an|his|her|their) _{0,2}(visit|stop|stopover|trip|leg)", "(tour|tours) _{0,2}in"),
        # a leg told as the next of a trip already begun: "before flying to Canberra for the next leg of his
        # Australian visit"
        "next_leg": ("for the next (leg|stop|stage) of (his|her|their) _{0,3}(visit|tour|trip|journey|swing)",),
        "until": ("until", "till"),
        "continues_verb": ("continues", "goes on", "is taking place", "is under ?way", "is ongoing"),
        # -- status cues ----------------------------------------------------------------------------
        "ban": (
            "travel ban", "banned from", "barred from", "arrest warrant", "face arrest", "be arrested", "risk arrest",
            "could be arrested", "icc warrant",
        ),
        # someone else's wish for a trip: "Ankara hopes that Trump will visit Turkey"
        "wish_before": (
            "hopes? that", "hoped that", "hoping that", "hopes", "hoped", "(i|we) (do )?hope", "wants", "wanted",
            "would like",
            "would welcome", "looks forward to", "look forward to", "expects? that",
        ),
        "call_for": (
            "urged", "urges", "urging", "called on", "calls on", "calling on", "asked", "asks", "pressed", "presses",
            "appealed to", "encouraged", "challenged", "demanded", "implored", "begged", "hoped", "hopes", "wants",
            "wanted",
        ),
        "invite_verb": ("invited", "invites", "invite", "inviting"),
        # a leader asked by another to come is invited: "Salman had also asked Yemeni President Hadi and Morocco's
        # King Mohammed VI to attend"
        "request_verb": ("asked", "asks", "urged", "urges", "called on", "calls on"),
        # "extending an official invitation to Indian Prime Minister Narendra Modi to attend the SCO meeting"
        "invitation_to": (
            "(extend~|issu~|send|sends|sent|sending|deliver~|hand~) (an|the|a) (official |formal |personal |written )?"
            "invitation to",
        ),
        "invited": (
            "(has been|have been|was|were|is|are|been) invited", "(received|got|extended|sent) (an|the|a) invitation",
            "(considering|weighing|mulling|studying) (an|the|a) invitation",
            # "is also seriously considering accepting the invitation from Israeli President Shimon Peres to attend"
            "(considering|weighing|mulling) (whether to )?accept(ing)? (an|the|a|his|her) invitation",
        ),
        "accepted": ("accept~ (an|the|a|his|her|their) invitation",),
        "accepts_after": (
            "and (is|are) (expected|due|set) to (attend|go|travel|come)",
            "and (will|would|plans to|intends to|has agreed to) (attend|go|travel|come)", "and (has|have) accepted",
        ),
        "declined": ("(declined|turned down|rejected|refused) (an|the|a|his|her|their) invitation",),
        "hypothetical": (
            "could", "might", "may", "should", "ought to", "would (like|love|be (happy|glad|delighted|willing)) to",
            "hoped to", "wants? to", "wanted to", "possible", "possibly", "potential", "can", "threaten~ to",
            "not ruling out", "not rule out",
        ),
        # a calling-off that is only threatened or possible: "could be cancelled", "threatened to cancel"
        "modal_before_cue": (
            "could (be )?", "may (be )?", "might (be )?", "would (be )?", "threaten~ to", "consider~", "not ruling out",
            "not rule out", "risk~", "could still be", "to be",
        ),
        # "rescheduled for March 20": a new date, the plan stands ("pushed back to December" is a postponement)
        "rescheduled_for": ("(reschedul~|re-schedul~) (for|to) ",),
        # a trip weighed but not decided: "is considering a trip to Germany but no decision has been made"
        "undecided": (
            "no decision (has|had|was) (yet )?(been )?(made|taken)", "(has|have|had) (not|yet to) (decided|decide)",
            "(hasn't|haven't|hadn't) decided", "undecided",
        ),
        # an invitation withheld: "Ortega also wasn't invited to attend this week's summit"
        "not_invited": (
            "(was|were|is|are|has|have|had)( not|n't)( been)? (invited|welcome) to",
            "(wasn't|weren't|isn't|aren't|hasn't|haven't|hadn't)( been)? (invited|welcome) to",
            "(was|were|is|are) (not|never) (been )?invited to", "(uninvited|disinvited) (from|to)",
        ),
        "condition": ("if", "unless", "whether", "should _ win"),
        # a verb whose "if" opens a question, not a condition: "see if he can", "asked whether"
        "indirect_question_verb": ("see", "ask~", "check", "wonder~", "find out", "know"),
        # a trip told as possible, with nothing more between the leader and the verb: "Modi may visit Dhaka",
        # "Putin might travel to Turkey" (a plan on someone's word; "could" stays a hypothetical)
        "possibility": ("may", "might", "may also", "might also", "may well", "might well"),
        # the possibility left open both ways: "he may travel to Moscow, or he may not"
        "possibility_undone": ("or (he|she|they) (may|might) not", "or not"),
        # ... or left for some day: "hinted he might visit India someday"
        "vague_time": ("someday", "some day", "one day", "at some point", "sometime in the future", "eventually"),
        "reporting_verb": (
            "said", "says", "say", "announced", "announces", "confirmed", "confirms", "reported", "reports", "told",
            "stated", "added", "insisted", "promised", "pledged", "informed", "declared", "wrote", "claimed", "vowed",
            "tweeted", "posted", "briefed", "commented", "saying", "announcing", "confirming", "noted", "remarked",
            "(made|makes|make|making) the announcement",
        ),
        "reporting_verb_with_object": ("told", "briefed", "informed"),
        # "the Kremlin on Tuesday said": a time between the speaker and the saying is the saying's
        "reporting_verb_after_time": (
            "said", "says", "announced", "confirmed", "told", "stated", "declared", "informed", "wrote", "tweeted",
            "briefed", "insisted",
        ),
        "speaking": (
            "speaking", "talking", "addressing", "in an interview",
            "(at|during|in) (a|an|the|his|her) _{0,2}(news|press|media) (conference|briefing)",
            "in a statement", "in a (televised|video) (address|message)",
        ),
        "reporting_time": (
            "on _", "in _", "last _", "this _", "late _", "early _", "yesterday", "today", "tonight",
            "earlier (this|last|in the) _", "earlier",
        ),
        "cancel": (
            "cancel~", "cancellation", "call~ off", "scrap~", "axed", "axes", "shelved", "shelve", "pull~ out of",
            "abandon~", "(give|gives|gave|giving) up", "skip~", "snub~", "withdrew", "withdrawn", "withdraws",
            "stay~ away", "boycott~", "off the table", "no longer (be )?(go|going|travel~|visit~|attend~|come|coming)",
            "no longer (expected|planning|plans|scheduled|set|due|slated|going) to",
        ),
        "postpone": (
            "postpon~", "delay~", "put off", "push~ back", "moved to", "reschedul~", "defer~", "until further notice",
        ),
        "deny": (
            "will not", "won't", "would not", "wouldn't", "isn't going to", "is not going to", "are not going to",
            "not be going", "not (be )?(travelling|traveling|attending|visiting|going)", "no plans? to",
            "no (immediate |current )?plans? (yet |as yet |at present |at the moment |for now )?to",
            "not planning to", "does not plan", "doesn't plan", "has no intention", "had no intention",
            "no intention of", "not intend", "not expected to", "isn't expected to", "aren't expected to",
            "not (scheduled|slated|set|due|planned) to", "isn't (scheduled|slated|set|due) to",
            "unlikely to", "ruled out", "rules out", "denied", "denies", "dismissed reports", "rather than in person",
            "by video ?link", "virtually", "refused to", "did not attend", "didn't attend", "not travel", "not attend",
            "not visit", "not go", "unable to", "not be able to",
        ),
        "remote": (
            "rather than in person", "(by|via) video ?link", "(by|via) video(-| )?conference", "virtually",
            "by video", "via video", "online rather than",
            # "will host his Chinese counterpart Xi Jinping for a virtual summit": a meeting held on screens
            "virtual (summit|meeting|talks|call|conference|session|visit)", "video ?(call|conference|summit|talks)",
            "videoconference",
        ),
        "ruled_out": ("ruled out", "denied", "dismissed reports"),
        # the trip as the subject, denied by what is said of it: "Putin attending the funeral is not under
        # consideration", "a visit by Xi is not on the agenda"
        "denied_after": (
            "(is|was|are|were) (not|never) (under consideration|being considered|on the agenda|planned|in the plans)",
        ),
        # the denial before the traveller: "there are no plans for Trump to visit Britain"
        "deny_before": (
            "no (current |immediate |concrete )?plans? for", "not aware of (any )?plans? for", "no intention for",
        ),
        "denied_report": (
            "(denied|denies|dismissed|dismisses|rejected|rejects|pushed back on|pushes back on) (a |the )?"
            "((media|news|press|newspaper) )?(reports?|claims?|"
            "suggestions?)"
            "( that| (suggesting|saying|claiming)( that)?)?",
        ),
        # "Reports that Trump plans to travel to Moscow were 'a canard'": the report is denied
        "report_noun": ("reports?", "claims?", "rumou?rs?", "speculation", "suggestions?", "media reports?"),
        "report_dismissed": (
            "(is|are|was|were) (a canard|false|untrue|baseless|unfounded|fake|fake news|not true|incorrect|wrong|"
            "nonsense|groundless|speculation|fabricated)",
            "(has|have|had) been (denied|dismissed|rejected)", "(was|were) (denied|dismissed|rejected)",
        ),
        "confirm": ("confirm~",),
        # "the date of Putin's visit to Turkey will be agreed": a plan whose date is not set ("new dates": see postpone)
        "date_of": ("(an |the )?(official |exact |specific |precise )?dates? (of|for)",),
        # a plan that lapsed: "had been expected to travel", "was supposed to visit"
        "plan_overtaken": (
            "had ((also|originally|initially|previously|earlier) )?(been (expected|due|scheduled|set|slated|planning"
            "|going|supposed)|planned|intended|hoped) to",
            "(was|were) ((also|originally|initially) )?supposed to",
            # "was originally scheduled to pay a state visit to Portugal": the first plan, since changed
            "(was|were) (originally|initially) (expected|due|scheduled|set|slated|planning|planned|going) to",
        ),
        # "..., but had to postpone the trip": a later word on this trip
        "update_before_trip": (
            "(postpon~|cancel~|call~ off|scrap~|shelve~|put off|delay~) (the|this|that|his|her|their) "
            "(planned |proposed )?(trip|visit|tour|journey)",
        ),
        "did_so": ("and ((he|she|they) )?(did so|did|went|was there|were there)",),
        "took_place": ("went ahead", "took place", "happened"),
        "habit": (
            "regularly", "often", "frequently", "routinely", "every (year|summer|winter|spring|autumn)", "each year",
            "annually", "as a rule",
        ),
        "habit_before": ("often", "usually", "regularly", "frequently", "routinely", "rarely", "seldom"),
        "not_happened": (
            "(did not|didn't|never|has not|hasn't|have not) (take place|taken place|took place|happen|happened|"
            "materialise|materialised|materialize|materialized|go ahead|gone ahead|went ahead)",
            "fell through",
        ),
        "update_word": (
            "cancel~", "shelved", "scrapped", "called off", "axed", "postponed", "delayed", "put off", "pushed back",
        ),
        "postpone_word": ("postpon~", "delay~", "put~", "push~"),
        # a sentence of its own accepting the invitation named before: "The invitation has been accepted in
        # principle", "Modi accepted the invitation"
        "invitation_accepted": (
            "(the|this|that|his|her|their) invitation (has|have|had) been ((formally|gratefully|already) )?accepted",
            "(the|this|that|his|her|their) invitation (was|were|is) ((formally|gratefully|already) )?accepted",
            "accept~ (the|this|that|his|her|their) invitation",
        ),
        "outcome": (
            "result", "results", "outcome", "outcomes", "lessons", "fruits", "success", "impressions", "deals",
            "agreements",
        ),
        "after_past": (
            "after", "since", "following", "having", "fresh from", "back from", "just back from",
            # "in response to a visit by President Ahmadinejad to Gambia": the visit returned was made
            "in response to", "to reciprocate", "reciprocating",
        ),
        "future_then": (
            "(will|'ll|is to|is set to|is due to|is expected to) (follow|precede|continue|begin|start|extend|"
            "come after|come before|coincide with)",
        ),
        # an ending told as today's news: "ends his visit to Japan", "is wrapping up a tour" (not "ended")
        "ending_now": (
            "ends", "wraps up", "concludes", "completes", "finishes", "is ending", "is wrapping up", "is concluding",
        ),
        # a leaving told in the present: "leaves for Japan on Sunday" (not "hours after leaving the G20")
        "leaving_present": ("leaves", "leave", "departs", "depart"),
        # coming back from a trip: "returned to Manila from his state visit to Viet Nam"
        "returning": ("return", "returned", "returns"),
        # the trip's own arrangement after its noun: "would be to Saudi Arabia", "would take place in May"
        "arranged_as": ("would (be to|take place|begin|start|include)",),
        # -- attribution ----------------------------------------------------------------------------
        "official": (
            "kremlin", "white house", "elysee", "élysée", "downing street", "presidency", "presidential", "ministry",
            "government", "office", "spokesman", "spokeswoman", "spokesperson", "palace", "state house", "household",
            "embassy", "announced", "cabinet", "chancellery", "department", "official", "officials", "foreign minister",
            "press secretary", "secretary of state",
        ),
        "source_verb": (
            "said", "says", "announced", "announces", "confirmed", "confirms", "reported", "reports", "told", "stated",
            "added",
        ),
        "not_source": ("he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who"),
        # -- pairing --------------------------------------------------------------------------------
        # an adverb between a traveller's auxiliary and the verb: "will first visit", "will then travel"
        "adverb_before_verb": ("first", "next", "then", "also"),
        "of_other": (
            # "Putin's aide", "Zelensky's wife": someone else travels
            "envoy~",
            "son",
            "sons",
            "wife",
            "husband",
            "daughter~",
            "sister~",
            "brother~",
            "family",
            "aide~",
            "adviser~",
            "advisor~",
            "spokes~",
            "minister~",
            "deputy",
            "deputies",
            "representative~",
            "delegation",
            "team",
            "officials",
            "government",
            "cabinet",
            "party",
            "secretary",
            "chief of staff",
            "emissary",
            "negotiator~",
        ),
        "carries_leader": (
            # "Kim's armoured train": the leader's own
            "visit",
            "trip",
            "tour",
            "journey",
            "stopover",
            "plane",
            "train",
            "motorcade",
            "convoy",
            "jet",
            "aircraft",
            "helicopter",
        ),
        "aide_of": (
            "aide", "adviser", "advisor", "spokes~", "envoy", "wife", "son", "daughter", "minister", "secretary",
        ),
        "companion": ("accompanied by", "together with", "along with", "joined by", "alongside"),
        # a fronted trip whose subject's past verb tells a past trip: "On November's trip to Malaysia, Obama touted"
        # (not "Ahead of his trip to India, Obama said")
        "during_opener": ("on", "during", "while", "after"),
        # "their first meeting since Modi's visit to Lahore": a leader after these is no one a meeting meets
        "time_conjunction": ("since", "after", "before", "following", "until"),
        "fronted_opener": (
            "after", "before", "while", "during", "since", "on", "following", "having", "in addition to", "besides",
            "apart from", "ahead of",
        ),
        "fronted_possessive": (
            "during", "on", "after", "before", "ahead of", "in", "at the end of", "at the start of", "at the close of",
            # "On the last day of his three-nation tour ..., Modi became"
            "on the (first|second|third|fourth|last|final) (day|leg|stop) of", "as part of", "in the course of",
        ),
        "connector": (
            "and", "or", "then", "before", "after", "followed by", "as well as", "on to", "onward to", "to",
            "and to", "on", "in", "at", "the", "a", "next", "this", "later", "week", "weekend", "month", "early",
            "late", "mid", "from", "until", "through", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "finally", "lastly",
        ),
        # "to visit Gabon for a summit, followed by Angola": the tour goes on after a word on the leg before
        "list_continues": ("followed by", "then", "and then", "and finally", "finally"),
        # verbs whose object is a leader who does not travel by them: "Prabowo met Xi in Beijing and was expected
        # to travel to Japan" (Prabowo travels)
        "object_verb": (
            "meet", "met", "meets", "meeting", "host", "hosted", "hosts", "called", "calls", "told", "thanked",
            "welcome", "welcomed", "receive", "received", "congratulated", "urged", "asked", "spoke to", "spoke with",
            "talked to", "talked with", "held talks with", "phoned", "briefed", "accompanied", "joined",
        ),
        "clause_break": ("said", "says", "where", "while", "but", "who", "which", "when", "whereas"),
        "relative_pronoun": ("who", "which"),
        # any word that opens a relative clause after a comma: "the meeting, which Biden is not attending"
        "relative_word": ("{relative_pronoun}", "whom", "where", "whose"),
        "other_clause": ("who", "which", "where", "while", "but", "because", "when", "whereas"),
        # ... but not the "who" of a set the subject is in: "Scholz and Meloni are among those who have confirmed
        # their attendance"
        "among_those_who": (
            "among (those|(the )?_{0,2}(leaders|guests|dignitaries|participants|attendees|heads of state)) who",
        ),
        "second_verb": ("before", "then", "and then", "and"),
        "next_verb_aux": ("would", "will", "then", "later", "also", "(is|are) (expected|due|set|scheduled) to"),
        "on_a_visit": ("on",),
        "set_for": ("set", "due", "poised"),
        "home": ("home", "back home"),
        "reporter_after": ("said", "says", "announced", "confirmed", "told", "reported", "added", "stated"),
        "noun_like": ("(planned |upcoming )?(visit|visits|return|travel|travels|tour|tours|stop|stops)",),
        "currently": ("currently", "already", "now", "still", "stay on", "stays on", "staying on", "remain", "remains"),
        "visit_part": ("day", "leg", "stage"),
        "visit_began": ("began", "started"),
        "update_opening": ("update", "updated", "however", "but", "the", "this", "that", "his", "her", "their"),
        # a summit named before: "will attend the summit", "those in attendance will be ..."
        "event_noun": (
            "summit", "summits", "meeting", "forum", "conference", "gathering", "talks", "event", "ceremony",
            "ceremonies", "funeral", "inauguration", "swearing-in", "games", "session", "assembly", "celebrations",
            "parade", "festivities", "jubilee", "coronation", "expo", "olympics", "world cup", "cop~", "g7", "g20",
            "breakfast", "celebration", "festival", "reception", "dinner", "banquet", "convention", "congress",
            "commemoration", "commemorations", "anniversary", "wedding", "games", "dialogue", "meetings",
        ),
        # a gathering the gazetteer may not know, where the text holds it: "the funeral in London", "the Sharm
        # El-Sheikh peace summit", for "will attend" and "among the leaders attending" in the sentences after it
        "gathering_noun": (
            "summit", "conference", "forum", "funeral", "inauguration", "swearing-in", "coronation", "ceremony",
            "celebrations", "commemorations", "jubilee", "olympics", "expo", "assembly",
        ),
        # an office of the body an event is named after: "World Economic Forum founder Klaus Schwab" names no gathering
        "organisation_office": (
            "founder", "(executive )?(chairman|chairwoman|chair)", "president", "secretary[- ]general",
            "director[- ]general", "managing director",
        ),
        # a ceremony of an office: "the Honduran president's inauguration" is in Honduras
        "office_ceremony": (
            "'s (inauguration|swearing-in|funeral|coronation|wedding)", "-elect's (inauguration|swearing-in)",
        ),
        # a place named by its country's adjective: "leaves today for the Swiss city", "to the Italian capital"
        # a sentence that opens on the trip told just before: "The tour will start with a visit to Mauritius"
        # a country named before, told again after a trip's word: "invited him to visit the country", "her first
        # visit to the kingdom" (not "the country's", nor "in the country": staying at home is no trip)
        "place_anaphor": ("the country", "the kingdom", "the republic", "the island nation"),
        # ... or called by its region: "visiting the Turkic country", "trip to the Asian nation"
        "regional_anaphor": ("the {region_adjective} (country|nation|kingdom)",),
        "place_anaphor_stem": ("country", "kingdom", "republic", "nation"),  # (one is in each of them)
        # ... which is the country of the leader met before it: "is due to hold talks with Chinese President Hu
        # Jintao during a two-day visit to the country"
        "meeting_object": ("(hold~|held) talks with", "meet~ with", "met with", "meet~", "met"),
        "place_anaphor_after": (
            "visit", "visits", "visited", "visiting", "tour of", "(trip|trips|visit|visits|journey|travel|travels"
            "|travelled|traveled|travelling|traveling|come|comes|coming|came|go|goes|going|went) to",
            "arrive~ in", "arrival in",
        ),
        "trip_anaphor": ("tour", "trip", "visit", "journey", "first leg of the tour", "first stage of (the|this) trip"),
        "place_of_adjective": ("capital", "city", "town", "port city", "resort", "resort town", "island"),
        "definite": ("the",),
        # a trip named by its country's adjective: "following the Saudi visit", "during his Indian trip"
        "trip_of_adjective": ("visit", "trip", "tour", "leg", "stay", "stop"),
        # what a leader does where he is, the fallback's verbs when no travel word pairs him with a place: "will
        # attend the prayer breakfast, an annual event in Washington", "could meet the crown prince on the
        # sidelines of the G20 summit in Argentina"
        "presence_verb": (
            "attend", "participate", "take part", "meet", "hold", "join", "address", "co-chair", "chair", "speak",
            "headline", "inaugurate", "deliver", "embark", "sign", "lay", "open", "unveil", "tour", "stop", "stay",
            "lead", "represent",
        ),
        "attendance_cue": (
            "(among )?those in attendance (will be|are expected to include|are expected to be|include|will include)",
            "(will|would) (also )?be attended by", "(is|are) (also )?(expected|set|due) to be attended by",
            # "The summit, scheduled for June 15-16 at the Swiss resort of Buergenstock, will see the attendance of"
            "(will|would) (also )?see the (attendance|participation) of",
            # "Also attending the SAARC summit will be Presidents Karzai of Afghanistan and Gayoom of the Maldives"
            "(also )?attending (the )?_{1,5}(will be|are expected to be)",
            "(will|would) (also )?be joined (there )?by", "(is|are) (also )?((expected|set|due) )?to be joined by",
            # "The summit in Kazan will bring together leaders including Xi and Modi"
            "(will|would) (also )?(bring together|draw)",
            "(is|are) (also )?(expected|set|due) to (bring together|draw)",
            # "Guterres said he would attend, as well as the UK Prime Minister Keir Starmer and Italy's Meloni"
            "(attend|be present), as well as( the)?",
            # "Germany will be represented by both Chancellor Scholz and President Steinmeier"
            "(will|would) (also )?be represented (there )?by( both)?",
            # "Chinese president Xi Jinping may be substituted by premier Li Qiang": the one in his place goes
            "(will|would|may|might|could|is likely to|is expected to) be (substituted|replaced) (there )?by",
            "(attendees|participants|guests|invitees) (will )?include",
            # "the leaders of 9 member states would be among those attending the summit, including China's Xi Jinping"
            "(will|would) be among (those|the leaders|the guests) (attending|taking part in|expected at)",
            "(expected|confirmed) (attendees|participants|guests) include",
            # "the list of leaders (that are) expected to attend the summit include Xi, Lula and Modi", "other top
            # leaders scheduled to attend the event are Kishida and Trudeau", "leaders confirmed for the event are",
            # "other leaders expected to attend the funeral in London include"
            "(leaders|heads of state|dignitaries) ((that|who) (are|were) )?((expected|set|due|scheduled|slated"
            "|confirmed|listed) to (attend|address|speak at|take part in)|confirmed for) "
            "((the|this) _{1,2}((in|at) _{1,3})?)?(include|includes|are|will be)",
            # "other Asean leaders who will attend the Beijing forum are", "other leaders coming for Belt and Road
            # forum are", "the leaders attending the summit in Hamburg include", "among the leaders expected at the
            # summit are"
            "(among )?(the )?(other )?(_ )?(leaders|heads of state|heads of government|dignitaries) ((that|who) will "
            "attend|(coming|travelling|traveling|heading) (to|for)|attending|expected (at|in)) ((the|this) )?_{1,4}"
            "((in|at) _{1,3})?(include|includes|are|will be)",
            # "Several other heads of state and heads of government that confirmed their attendance at the G20 summit
            # in person in Bali are"
            "(leaders|heads of state|heads of government|dignitaries)( and heads of government)? (that|who) "
            "(have |had )?confirmed (their|his|her) (attendance|participation) (at|in|for) _{1,8} "
            "(are|include|includes)",
            # "the leaders of most Commonwealth countries are expected to attend the funeral, including A and B", "other
            # European royals are expected to be present, including King Felipe": the leaders listed after "including"
            "(leaders|heads of state|heads of government|royals|royal families|monarchs|dignitaries) _{0,4}"
            "(are|will) (also )?((expected|set|due|scheduled|slated) to )?(attend|be present|be in attendance)",
        ),
        # "Trump has asked Vice President Mike Pence to travel": the one asked travels, not the asker
        "ask_verb": (
            "asked", "asks", "urged", "urges", "invited", "invites", "told", "tells", "instructed", "sent", "sends",
            "dispatched", "directed", "wants", "wanted", "called on", "calls on", "tasked", "appointed", "named",
        ),
        # words that may stand between two leaders of a list ("Xi Jinping of China, Brazil's President Lula")
        "list_descriptor": (
            "of", "the", "and", "his", "her", "their", "its", "counterpart", "counterparts", "president",
            "presidents", "prime", "minister", "premier", "leader", "chancellor", "king", "queen", "emir", "crown",
            "prince", "sheikh", "sultan", "mr", "mrs", "ms", "dr", "chief", "head", "state", "government", "also",
            "as", "well", "plus", "new", "host", "from",
        ),
        # a place that names whose people: "a summit with the leaders of the US, Australia and India in Washington"
        # a place that is what a war or crisis is about, not where anyone goes: "talks that could shape the war in
        # Ukraine", "on the situation in Syria"
        "topic_noun": (
            "war", "wars", "conflict", "crisis", "fighting", "situation", "violence", "tensions", "peace", "ceasefire",
            "hostilities", "invasion", "aggression", "unrest", "turmoil", "fights", "clashes", "instability",
            "insecurity", "insurgency", "developments", "affairs", "relations",
        ),
        # ... or the object of what the leader does there: "cancelled his trip to focus on Syria", "will stay home to
        # deal with Iran" (not "address", whose object is often an assembly abroad)
        "topic_verb": (
            "focus~ on", "deal~ with", "respond~ to", "discuss~", "talk~ about",
            # "to discuss matters of mutual interest to The Bahamas and Norway"
            "(mutual |common )?interest (to|of)", "importance to", "concern to",
        ),
        # the same after the place: "with an eye on China and North Korea issues", "the Taiwan question"
        # the leg a trip follows, right before its place: "After Japan, Modi will head to China", "Following the
        # Saudi visit, he will travel to the UK", "after his visit to Kenya, he will go on to"
        "previous_leg": (
            "(after|following|from) ((the|his|her|their|this) )?((visit|trip|stay|stop|talks) (to|in) (the )?)?",
        ),
        # a meeting named after what it is about when its venue follows: "the DR Congo summit in Kampala"
        "meeting_about": ("summit", "talks", "conference", "meeting", "forum"),
        # (and a war named after it: "visit battlegrounds of the Second Lebanon War")
        "topic_after": (
            "issue", "issues", "question", "problem", "crisis", "conflict", "file", "policy", "concerns",
            "war",
        ),
        "people_of": (
            "leaders?", "heads?", "heads of (state|government)", "presidents?", "prime ministers?", "counterparts?",
            "representatives?", "delegations?", "ministers?", "officials?", "people", "citizens?", "nationals",
        ),
        # another move between the guests and a place: "to meet Shmyhal in Kyiv before returning to Austria"
        "another_move": (
            "before", "after", "then", "following", "ahead of", "return~", "leav~", "head~", "fly", "flies",
        ),
        "passive_be": ("be", "been", "being", "is", "are", "was", "were"),
        "locative": ("in", "at", "to", "near", "on"),
    },
)
# fmt: on

# Calendar words, with the numbers they stand for (the time expressions of dates.py are built from them).
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# Short forms count only with a capital and next to a number ("mar", "sept" are words too).
SHORT_MONTHS = frozenset(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"))
WEEKDAYS = {
    name: index
    for index, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
# Fixed-date holidays that date a trip ("before Christmas"): month and day.
HOLIDAYS = {"christmas": (12, 25), "christmas eve": (12, 24), "new year": (1, 1), "new year's day": (1, 1)}
SEASON_WORDS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 3,
}
STEPS = {"this": 0, "next": 1, "last": -1, "the coming": 1, "the following": 1, "coming": 1}
PARTS = {
    "early": "early",
    "the start of": "early",
    "the beginning of": "early",
    "start of": "early",
    "beginning of": "early",
    "at the start of": "early",
    "at the beginning of": "early",
    "mid": "mid",
    "the middle of": "mid",
    "middle of": "mid",
    "late": "late",
    "the end of": "late",
    "end of": "late",
    "at the end of": "late",
    "by the end of": "late",
    "later": "later",
}
