"""Trips in Chinese: each status, the foreign ministry's formula, dates, who travels, sources, both scripts.

Every sentence here was written for these tests (the corpus's texts are the score, never a test).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from pipeline.records import Trip
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect_trips
from pipeline.travel.languages import language_for
from pipeline.travel.languages.zh.dates import find_time_expressions, number
from pipeline.travel.timing import TimeExpression
from tests.unit.conftest import make_article

PUTIN, XI, BIDEN, MODI, MACRON, KIM = "Q7747", "Q15031", "Q6279", "Q1058", "Q3052772", "kim-jong-un"
DAY = date(2024, 5, 2)  # a Thursday


def trips_of(gazetteer: Gazetteer, text: str, published: date | None = DAY) -> list[Trip]:
    article = dataclasses.replace(make_article(text, published), language="zh")
    return detect_trips(tag_article(article, gazetteer), gazetteer)


def statuses(trips: list[Trip]) -> dict[tuple[str, str], str]:
    return {(trip.leader.id, trip.destination.country): trip.status for trip in trips}


def only(trips: list[Trip]) -> Trip:
    assert len(trips) == 1, trips
    return trips[0]


# -- statuses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the foreign ministry's formula: announced, with its dates
        ("外交部发言人宣布：应法国总统马克龙邀请，国家主席习近平将于5月6日至8日对法国进行国事访问。", "confirmed"),
        # an intention, or a report, is a plan
        ("据报道，普京计划下个月访问印度。", "planned"),
        ("莫迪将赴日本出席七国集团峰会。", "planned"),
        # past, by its marker or its verb's aspect
        ("马克龙曾于2023年4月访问中国。", "past"),
        ("拜登去年访问了越南。", "past"),
        # a plan said before is a plan, not a past trip
        ("拜登此前已确定出席在印度举行的二十国集团峰会。", "confirmed"),
        ("莫迪早前已确认将赴日本出席七国集团峰会。", "confirmed"),
        # under way
        ("习近平正在法国进行国事访问。", "ongoing"),
        ("莫迪今天抵达莫斯科。", "ongoing"),
        # called off, put off, ruled out
        ("拜登取消了对澳大利亚的访问。", "cancelled"),
        ("因健康原因，卢拉推迟了访华行程。", "postponed"),
        ("克里姆林宫表示，普京不会出席在巴西举行的二十国集团峰会。", "denied"),
        ("总统府表示，马克龙近期没有访问中国的计划。", "denied"),
        ("据报道，莫迪不太可能出席在巴西举行的金砖国家峰会。", "denied"),
        # asked, not yet accepted
        ("普京邀请金正恩访问俄罗斯。", "invited"),
    ],
)
def test_status(gazetteer: Gazetteer, text: str, expected: str) -> None:
    trip = max(trips_of(gazetteer, text), key=lambda trip: trip.status != "past")
    assert trip.status == expected


def test_an_accepted_invitation_is_a_plan_of_the_guest_not_of_the_host(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "应俄罗斯总统普京邀请，印度总理莫迪将于7月8日访问俄罗斯。")
    assert statuses(trips) == {(MODI, "RU"): "confirmed"}


def test_an_inviter_is_not_the_one_who_meets_on_the_trip(gazetteer: Gazetteer) -> None:
    # the meeting's own side is the clause's subject (Xi), not the prime minister in "应…邀请"
    trips = trips_of(
        gazetteer,
        "应澳大利亚总理阿尔巴尼斯邀请，国家主席习近平将于5月6日对澳大利亚和斐济进行国事访问，"
        "并在斐济同太平洋岛国领导人举行会晤。",
    )
    assert {trip.leader.id for trip in trips} == {XI}


def test_a_gathering_attended_by_someone_else_is_not_the_leaders_trip(gazetteer: Gazetteer) -> None:
    # a headline's two clauses: Biden attends the G20 (Brazil in 2024), his deputy the ASEAN summit (Laos)
    trips = trips_of(gazetteer, "拜登下月出席二十国集团峰会 东盟峰会由贺锦丽参与")
    assert statuses(trips) == {(BIDEN, "BR"): "planned"}
    # a place after "由" is where the journey starts
    assert statuses(trips_of(gazetteer, "普京将于明天由莫斯科出发前往北京。")) == {(PUTIN, "CN"): "confirmed"}


@pytest.mark.parametrize("place", ["佛罗里达州棕榈滩的海湖庄园", "棕櫚灘", "佛羅里達"])
def test_florida_palm_beach_and_mar_a_lago_are_in_the_united_states(gazetteer: Gazetteer, place: str) -> None:
    trip = only(trips_of(gazetteer, f"日本首相岸田文雄将于下周前往{place}。"))
    assert (trip.leader.id, trip.destination.country) == ("fumio-kishida", "US")


def test_a_comma_may_stand_before_the_last_of_a_list(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "总统府宣布,赖清德将于5月30日访问马绍尔群岛、图瓦卢,及帕劳3个友邦。")
    assert sorted(trip.destination.country for trip in trips) == ["MH", "PW", "TV"]


def test_a_verb_governs_the_list_it_opens_with_baokuo(gazetteer: Gazetteer) -> None:
    # "将访问包括法国、意大利以及英国": "包括" opens the list of the places visited
    trips = trips_of(gazetteer, "日本首相岸田文雄下周将访问包括法国、意大利以及英国。")
    assert statuses(trips) == {("fumio-kishida", country): "planned" for country in ("FR", "IT", "GB")}


def test_an_attendee_list_with_each_title_after_the_name(gazetteer: Gazetteer) -> None:
    # the foreign ministry's list: country, name, title; "土耳其" holds no pronoun "其"
    text = "多位外国元首确认出席一带一路国际合作高峰论坛，包括阿根廷马克里总统、俄罗斯普京总统、土耳其埃尔多安总统。"
    trips = trips_of(gazetteer, text, date(2019, 4, 20))
    assert {trip.leader.id for trip in trips} == {"mauricio-macri", PUTIN, "recep-tayyip-erdogan"}
    assert {trip.destination.country for trip in trips} == {"CN"}


def test_the_leader_whose_inauguration_it_is_does_not_travel(gazetteer: Gazetteer) -> None:
    # "尼加拉瓜总统就职典礼": Nicaragua's president is at home; the next trip is still Tsai's
    text = "总统府宣布，蔡英文将于1月出席尼加拉瓜总统就职典礼，之后将出访危地马拉。"
    trips = trips_of(gazetteer, text, date(2016, 12, 20))
    assert {(trip.leader.id, trip.destination.country) for trip in trips} == {
        ("tsai-ing-wen", "NI"),
        ("tsai-ing-wen", "GT"),
    }
    # also with the president named and his name in Latin letters after it
    text = "蔡英文将于1月7日出发，赴尼加拉瓜参加总统奥尔特加(Daniel Ortega)就职典礼，之后将出访危地马拉。"
    assert "daniel-ortega" not in {trip.leader.id for trip in trips_of(gazetteer, text, date(2016, 12, 20))}


def test_midway_through_a_trip_is_not_china(gazetteer: Gazetteer) -> None:
    # "出访中途": "midway through the trip", not "访中" (to visit China)
    trips = trips_of(gazetteer, "蔡英文将于1月出访，出访中途将过境美国。", date(2016, 12, 20))
    assert {trip.destination.country for trip in trips} == {"US"}


def test_the_above_mentioned_countries_are_those_of_the_invitation(gazetteer: Gazetteer) -> None:
    text = (
        "中国外交部发言人宣布：应法国总统马克龙、塞尔维亚总统武契奇邀请，"
        "国家主席习近平将于5月5日至10日对上述两国进行国事访问。"
    )
    assert statuses(trips_of(gazetteer, text)) == {(XI, "FR"): "confirmed", (XI, "RS"): "confirmed"}


def test_a_gathering_is_held_where_the_text_says(gazetteer: Gazetteer) -> None:
    trip = only(trips_of(gazetteer, "莫迪将出席在南非约翰内斯堡举行的金砖国家峰会。"))
    assert (trip.destination.country, trip.destination.city) == ("ZA", "Johannesburg")


def test_a_relative_time_may_stand_between_the_verb_and_the_venue(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "李强将出席下周在新加坡举行的G20峰会。")
    assert statuses(trips) == {("li-qiang", "SG"): "planned"}


def test_a_list_of_travellers_goes_on_after_a_name_in_brackets(gazetteer: Gazetteer) -> None:
    text = "新加坡总理李显龙、马来西亚总理安华(Anwar Ibrahim)、西班牙首相桑切斯将对中国进行正式访问。"
    assert set(statuses(trips_of(gazetteer, text))) == {
        ("lee-hsien-loong", "CN"),
        ("anwar-ibrahim", "CN"),
        ("pedro-sanchez", "CN"),
    }


@pytest.mark.parametrize(
    "text",
    ["莫迪将出席于10月22日在喀山举行的金砖国家峰会。", "莫迪将出席将于10月在俄罗斯喀山举行的金砖国家峰会。"],
)
def test_a_gatherings_date_between_the_verb_and_its_place(gazetteer: Gazetteer, text: str) -> None:
    assert (MODI, "RU") in statuses(trips_of(gazetteer, text))


def test_the_attendees_listed_go_to_the_gathering_named_before(gazetteer: Gazetteer) -> None:
    text = "在巴西举行的二十国集团峰会将于11月开幕。预定出席者包括美国总统拜登、法国总统马克龙和印度总理莫迪。"
    assert statuses(trips_of(gazetteer, text)) == {
        (BIDEN, "BR"): "confirmed",
        (MACRON, "BR"): "confirmed",
        (MODI, "BR"): "confirmed",
    }
    text = "在巴西举行的二十国集团峰会将于11月开幕。确定出席的领导人包括美国总统拜登。"
    assert statuses(trips_of(gazetteer, text)) == {(BIDEN, "BR"): "confirmed"}


def test_a_clause_describing_a_leader_names_the_traveller_and_its_tense(gazetteer: Gazetteer) -> None:
    text = "在回应有关普京可能缺席的报道时，即将出席新加坡峰会的美国总统拜登表示失望。"
    assert statuses(trips_of(gazetteer, text)).get((BIDEN, "SG")) == "planned"


def test_taiwans_our_ally_and_a_visit_on_the_way(gazetteer: Gazetteer) -> None:
    text = "蔡英文将于8月12日前往我南美洲友邦巴拉圭，并顺访中美洲友邦贝里斯。"
    assert statuses(trips_of(gazetteer, text, date(2018, 8, 1))) == {
        ("tsai-ing-wen", "PY"): "confirmed",
        ("tsai-ing-wen", "BZ"): "confirmed",
    }


def test_the_leader_replaced_or_represented_stays_home(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "李强将代替国家主席习近平出席下周在新加坡举行的峰会。")
    assert statuses(trips) == {("li-qiang", "SG"): "planned"}
    assert trips_of(gazetteer, "外长王毅将代表习近平出席在新加坡举行的峰会。") == []
    trips = trips_of(gazetteer, "中方代表李强将出席在新加坡举行的峰会。")  # a representative, named
    assert statuses(trips) == {("li-qiang", "SG"): "planned"}


def test_a_calling_off_that_is_only_possible_calls_nothing_off(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "拜登将于下周访问日本，但行程可能有所变动，甚至取消。")
    assert statuses(trips) == {(BIDEN, "JP"): "planned"}


def test_a_later_clause_calls_the_trip_off(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "莫迪原计划下周过境美国，但最终决定取消出访行程。")
    assert statuses(trips) == {(MODI, "US"): "cancelled"}


def test_a_plan_said_to_stand_after_a_report_of_its_delay(gazetteer: Gazetteer) -> None:
    text = "据报道,普京已推迟访问印度,但克里姆林宫今天表示,普京对印度的国事访问计划没有改变。"
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "IN"): "confirmed"}
    # another trip's plan stands, not this one's
    text = "普京已推迟访问印度,访问越南的计划不变。"
    assert statuses(trips_of(gazetteer, text)).get((PUTIN, "IN")) == "postponed"


def test_a_sentence_of_its_own_puts_the_plan_off(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "普京将于下周访问印度。不过，这一访问计划已被推迟。")
    assert statuses(trips) == {(PUTIN, "IN"): "postponed"}


def test_taking_part_by_video_is_no_trip(gazetteer: Gazetteer) -> None:
    assert trips_of(gazetteer, "普京将通过视频连线出席在印度举行的峰会。") == []


def test_legs_of_a_tour_begun_today_are_under_way(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "莫迪今天启程离开印度。他将访问法国和希腊。")
    assert statuses(trips) == {(MODI, "FR"): "ongoing", (MODI, "GR"): "ongoing"}


def test_attendees_listed_after_a_comma_with_baohan(gazetteer: Gazetteer) -> None:
    text = "其余领导人都将于11月18日抵达巴西出席二十国集团峰会,包含俄罗斯总统普京、印度总理莫迪等。"
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "BR"): "confirmed", (MODI, "BR"): "confirmed"}


def test_a_leader_who_set_out_to_attend_is_on_his_way(gazetteer: Gazetteer) -> None:
    # the setting out is behind; "准备出席" after it says what for, not when
    text = "30日启程前往中国准备出席上合组织峰会的外国领导人有俄罗斯总统普京、印度总理莫迪。"
    gone = statuses(trips_of(gazetteer, text, date(2025, 8, 30)))
    assert gone == {(PUTIN, "CN"): "ongoing", (MODI, "CN"): "ongoing"}
    ahead = statuses(trips_of(gazetteer, "普京将于6日启程前往中国出席峰会。"))
    assert ahead[(PUTIN, "CN")] == "confirmed"
    principle = statuses(trips_of(gazetteer, "普京从中俄关系大局出发,将访问中国。"))  # proceeding from, not leaving
    assert principle[(PUTIN, "CN")] == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("拜登预计今天下午抵达日本。", "ongoing"),  # arriving on the day of the report: under way
        ("拜登预计2日下午抵达日本。", "ongoing"),  # the 2nd is the report's day
        ("拜登将于明天抵达日本。", "confirmed"),
        ("拜登将于2日前往日本。", "confirmed"),  # setting out today: not yet there
    ],
)
def test_an_arrival_on_the_day_of_the_report_is_under_way(gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert only(trips_of(gazetteer, text)).status == expected


def test_the_visit_a_leader_ends_is_not_ahead(gazetteer: Gazetteer) -> None:
    # "4日" before "访华行程" is the visit's length: the visit ends, it does not start on the 4th
    ending = statuses(trips_of(gazetteer, "普京明天晚上将离开上海,结束4日访华行程。"))
    assert ending[(PUTIN, "CN")] == "ongoing"
    ended = statuses(trips_of(gazetteer, "马克龙完成3日访华行程后,将前往日本。"))
    assert ended[(MACRON, "CN")] == "past"


# -- who travels --------------------------------------------------------------------------------


def test_the_host_of_the_invitation_does_not_travel(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "应国家主席习近平邀请，法国总统马克龙将于下周对中国进行国事访问。")
    assert statuses(trips) == {(MACRON, "CN"): "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "拜登表示，国务卿布林肯将于下周访问中国。",  # someone else named between
        "习近平夫人彭丽媛将于下周访问法国。",  # a spouse
        "普京的助手将于下周访问印度。",  # an aide
        "普京之女将于下周访问印度。",  # a relative written the short way
        "拜登的长子亨特将于下周访问中国。",
        "据报道，月底可能举行川习会，商界代表团将过境美国。",  # a summit's nickname names no traveller
        "拜登将于下周出席中日两国企业家论坛。",  # the countries that meet, not where
        "拜登将于下周出席美日韩首脑会谈。",  # the same, written together before the meeting's word
        "拜登将于下周出席中美领导人会议。",
    ],
)
def test_not_a_trip_of_the_leader_named(gazetteer: Gazetteer, text: str) -> None:
    assert [trip for trip in trips_of(gazetteer, text) if trip.leader.id in (BIDEN, XI, PUTIN)] == []


def test_a_government_named_after_a_place_word_is_no_one_elses(gazetteer: Gazetteer) -> None:
    # "莫迪在政府会议上": where he spoke, not "Modi's government" travelling
    trips = trips_of(gazetteer, "莫迪1日在政府工作会议上表示，将于下周访问日本。")
    assert [(trip.leader.id, trip.destination.country) for trip in trips] == [(MODI, "JP")]


def test_the_one_met_is_not_the_one_who_goes_on(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "拜登与莫迪会谈后，将前往日本。")
    assert statuses(trips) == {(BIDEN, "JP"): "planned"}


def test_both_sides_of_a_meeting_are_where_it_is_held(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "拜登将于下周在东京与莫迪举行会谈。")
    assert statuses(trips) == {(BIDEN, "JP"): "planned", (MODI, "JP"): "planned"}


def test_the_countries_of_the_leaders_met_are_not_where_the_meeting_is(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "习近平将于下周在莫斯科与印度、巴西、南非领导人举行会晤。")
    assert {(trip.leader.id, trip.destination.country) for trip in trips} == {(XI, "RU")}


def test_leaders_joined_by_and_travel_together(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "拜登和莫迪将于下周出席在日本举行的七国集团峰会。")
    assert {(trip.leader.id, trip.destination.country) for trip in trips} == {(BIDEN, "JP"), (MODI, "JP")}


def test_the_guest_of_a_host_travels_to_the_host(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "拜登将于6月在白宫接待来访的印度总理莫迪。")
    assert statuses(trips) == {(MODI, "US"): "planned"}


def test_a_dropped_subject_is_the_last_sentences(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "普京将于下周访问中国。随后将前往朝鲜。")
    assert statuses(trips) == {(PUTIN, "CN"): "planned", (PUTIN, "KP"): "planned"}


@pytest.mark.parametrize(
    "text", ["拜登将与莫迪举行会谈,随后他将前往日本。", "拜登将与莫迪共同出席峰会,随后他将前往日本。"]
)
def test_a_pronoun_after_the_leader_met_or_joined_is_the_subject(gazetteer: Gazetteer, text: str) -> None:
    assert (BIDEN, "JP") in statuses(trips_of(gazetteer, text))
    assert (MODI, "JP") not in statuses(trips_of(gazetteer, text))


def test_a_pronoun_stands_for_the_leader_before(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "马克龙周二表示，他将于6月访问越南。")
    assert statuses(trips) == {(MACRON, "VN"): "planned"}


# -- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        ("将于10月17日至18日访问", "future", (date(2024, 10, 17), date(2024, 10, 18))),
        ("将于28日访问", "future", (date(2024, 5, 28), date(2024, 5, 28))),  # a day of this month
        ("于1日访问了", "past", (date(2024, 5, 1), date(2024, 5, 1))),
        ("将于下周访问", "future", (date(2024, 5, 6), date(2024, 5, 12))),
        ("将于明年1月访问", "future", (date(2025, 1, 1), date(2025, 1, 31))),
        ("将于今年晚些时候访问", "future", (date(2024, 5, 2), date(2024, 12, 31))),
        ("将于四月十八日至二十九日访问", "future", (date(2024, 4, 18), date(2024, 4, 29))),  # days just gone
        ("将于三月十八日至二十九日访问", "future", (date(2025, 3, 18), date(2025, 3, 29))),  # a month gone: next year's
        ("上月8日至9日访问", "past", (date(2024, 4, 8), date(2024, 4, 9))),
        ("将于本月廿七日访问", "future", (date(2024, 5, 27), date(2024, 5, 27))),
        ("将于28日到6月4日访问", "future", (date(2024, 5, 28), date(2024, 6, 4))),
        ("3/29起出访", "future", (date(2025, 3, 29), date(2025, 3, 29))),
        ("將於 8 月 31 日至 9 月 3 日訪華", "future", (date(2024, 8, 31), date(2024, 9, 3))),
        ("去年于9月到访", "future", (date(2023, 9, 1), date(2023, 9, 30))),  # the year before "于" says which
    ],
)
def test_dates_resolve_against_the_publication_date(phrase: str, tense: str, expected: tuple[date, date]) -> None:
    low = language_for("zh").lower(phrase)
    [time] = find_time_expressions(phrase, low)
    when = time.resolve(DAY, tense)  # type: ignore[arg-type]
    assert (when.start, when.end) == expected


def test_a_number_with_hao_that_names_a_place_is_no_day() -> None:
    phrase = "专机抵达2号机场,随后前往1号航站楼,并将于27号访问"
    low = language_for("zh").lower(phrase)
    assert [time.text for time in find_time_expressions(phrase, low)] == ["27号"]


def test_the_time_of_the_report_is_not_the_trips(gazetteer: Gazetteer) -> None:
    trip = only(trips_of(gazetteer, "外交部发言人2日宣布，国家主席习近平将于5月6日对法国进行国事访问。"))
    assert trip.when.start == date(2024, 5, 6)


@pytest.mark.parametrize("adverb", ["已", "已经", "曾", "正式"])
def test_the_time_of_the_report_is_not_the_trips_with_an_adverb_before_its_verb(
    gazetteer: Gazetteer, adverb: str
) -> None:
    # "外交部昨日已公布": yesterday is when it was announced, not when he went
    trip = only(trips_of(gazetteer, f"菲律宾外交部昨日{adverb}公布小马科斯将访华。", None))
    assert (trip.leader.id, trip.destination.country, trip.status) == ("bongbong-marcos", "CN", "confirmed")


def test_the_day_an_office_was_taken_is_not_a_trips(gazetteer: Gazetteer) -> None:
    # "这是X就任后首次访问Y" describes the trip the article is about; its date is the inauguration's
    trips = trips_of(gazetteer, "莫迪将于下周访问日本。这是莫迪2014年5月就任总理后第五次访问日本。")
    assert [(trip.status, trip.when.start) for trip in trips] == [("planned", date(2024, 5, 6))]


@pytest.mark.parametrize("ordinal", ["第24次", "第 21 次", "第十七次"])
def test_a_meetings_ordinal_counts_no_visits(gazetteer: Gazetteer, ordinal: str) -> None:
    # "第24次会议" is the meeting's number: no "4次", no visits counted behind the leg named after it
    text = f"国家主席习近平抵达哈萨克斯坦阿斯塔纳,出席元首理事会{ordinal}会议,并对哈萨克斯坦、塔吉克斯坦进行国事访问。"
    assert all(trip.status != "past" for trip in trips_of(gazetteer, text, None))
    # a count is still one: "已5次访问", "已五次访问"
    assert only(trips_of(gazetteer, "习近平已5次访问塔吉克斯坦。", None)).status == "past"


@pytest.mark.parametrize("later", ["今年稍后时间", "本月晚些时候", "年内"])
def test_a_time_later_than_the_report_is_ahead(gazetteer: Gazetteer, later: str) -> None:
    # no "将": the time, from the report's day on, says the trip is ahead (not behind it)
    trip = only(trips_of(gazetteer, f"莫迪宣布,在{later}访问中国。"))
    assert trip.status == "confirmed"


def test_an_unmarked_date_is_the_nearer_reading(gazetteer: Gazetteer) -> None:
    # "12日至13日" in a paper of the 15th: two days ago, not four weeks ahead
    trip = only(trips_of(gazetteer, "12日至13日，习近平对越南进行国事访问。", date(2024, 5, 15)))
    assert (trip.status, trip.when.start) == ("past", date(2024, 5, 12))


def test_without_a_publication_date_only_dated_years_resolve(gazetteer: Gazetteer) -> None:
    dated = only(trips_of(gazetteer, "习近平将于2025年5月6日对法国进行国事访问。", None))
    assert dated.when.start == date(2025, 5, 6)
    undated = only(trips_of(gazetteer, "习近平将于下周对法国进行国事访问。", None))
    assert undated.when.start is None


def test_chinese_numerals() -> None:
    numbers = ("十八", "二十九", "三十一", "廿七", "二〇〇六", "12")
    assert [number(text) for text in numbers] == [18, 29, 31, 27, 2006, 12]


def test_a_day_without_a_month_is_a_day_around_the_reference() -> None:
    day = TimeExpression(0, 3, "28日", "date", day=28)
    assert day.resolve(date(2024, 5, 30), "future").start == date(2024, 6, 28)
    assert day.resolve(date(2024, 5, 30), "past").start == date(2024, 5, 28)
    assert day.resolve(None, "future").start is None


# -- sources, scripts, sentences ------------------------------------------------------------------


def test_attribution_is_the_announcing_source(gazetteer: Gazetteer) -> None:
    trip = only(trips_of(gazetteer, "外交部发言人华春莹宣布，国家主席习近平将于5月6日对法国进行国事访问。"))
    assert trip.attribution is not None
    assert "外交部发言人" in trip.attribution
    assert trip.evidence.startswith("外交部发言人华春莹宣布")


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("克里姆林宫发言人佩斯科夫14日在新闻发布会上表示，", "克里姆林宫发言人佩斯科夫"),
        ("白宫本周早些时候也证实，", "白宫"),
        ("据塔斯社援引总统助理乌沙科夫的话说，", "塔斯社"),
        ("外交部发言人在回答记者提问时还透露，", "外交部发言人"),
        ("去年12月，克宫此前就曾表示，", "克宫"),
    ],
)
def test_the_source_is_not_the_time_or_setting_before_its_verb(gazetteer: Gazetteer, opening: str, source: str) -> None:
    trip = only(trips_of(gazetteer, opening + "国家主席习近平将于5月6日对法国进行国事访问。"))
    assert trip.attribution == source


def test_traditional_script_reads_as_simplified(gazetteer: Gazetteer) -> None:
    simplified = trips_of(gazetteer, "国家主席习近平将于5月6日至8日对法国进行国事访问。")
    traditional = trips_of(gazetteer, "國家主席習近平將於5月6日至8日對法國進行國事訪問。")
    assert statuses(traditional) == statuses(simplified) == {(XI, "FR"): "confirmed"}
    assert traditional[0].evidence == "國家主席習近平將於5月6日至8日對法國進行國事訪問。"  # as written


def test_taiwan_names_and_words(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "美國總統川普將於10月底訪問南韓，並出席亞太經合會。", date(2025, 10, 2))
    assert statuses(trips) == {("Q22686", "KR"): "planned"}


def test_sentences_end_at_chinese_stops_and_line_ends() -> None:
    split = language_for("zh").split
    text = "习近平将访问法国。他将会见马克龙！会谈顺利吗？是的；\n标题没有句号"
    expected = ["习近平将访问法国。", "他将会见马克龙！", "会谈顺利吗？", "是的；", "标题没有句号"]
    assert [span.text for span in split(text)] == expected


def test_a_report_called_speculation_denies_the_trip_before(gazetteer: Gazetteer) -> None:
    text = "据报道，赖清德有意出席宏都拉斯总统的就职典礼。总统府发言人表示，相关报导纯属臆测。"
    assert statuses(trips_of(gazetteer, text, date(2026, 1, 22))) == {("lai-ching-te", "HN"): "denied"}


def test_a_report_called_speculation_may_name_what_it_said(gazetteer: Gazetteer) -> None:
    text = "据报道，赖清德下半年将出访海地。外交部表示，媒体有关今年总统出访行程的安排纯属臆测。"
    assert statuses(trips_of(gazetteer, text, date(2026, 1, 22))) == {("lai-ching-te", "HT"): "denied"}


def test_neither_confirmed_nor_denied_denies_nothing(gazetteer: Gazetteer) -> None:
    text = "越南外交部发言人没有证实或否认拜登将于下月访问越南。"
    assert statuses(trips_of(gazetteer, text, date(2023, 8, 19))) == {(BIDEN, "VN"): "planned"}


def test_a_tour_set_off_by_region_puts_its_legs_under_way(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "莫迪今天从新德里启程出访欧洲。他将于明天抵达法国。")
    assert statuses(trips) == {(MODI, "FR"): "ongoing"}
    trips = trips_of(gazetteer, "蔡英文今天下午出发前往中南美洲访问，期间会过境美国。她之后将访问伯利兹。")
    assert statuses(trips) == {("tsai-ing-wen", "US"): "ongoing", ("tsai-ing-wen", "BZ"): "ongoing"}


def test_a_sentence_opening_with_its_date_goes_on_with_the_last_subject(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "莫迪将于5月10日启程出访。12日至13日访问法国。")
    assert (MODI, "FR") in statuses(trips)


def test_undated_legs_of_a_tour_take_its_month(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "普拉博沃将于11月8日至10日访问中国。他也计划访问美国和秘鲁。", date(2024, 11, 5))
    months = {trip.destination.country: (trip.when.start, trip.when.end) for trip in trips}
    assert months["CN"] == (date(2024, 11, 8), date(2024, 11, 10))
    assert months["US"] == months["PE"] == (date(2024, 11, 1), date(2024, 11, 30))


def test_an_interview_is_no_visit(gazetteer: Gazetteer) -> None:
    assert trips_of(gazetteer, "美国有线电视新闻网专访美国总统拜登。") == []


def test_an_arrival_in_an_itinerary_is_still_ahead(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "莫迪准备出发，专机将先抵达法国巴黎。")
    assert statuses(trips) == {(MODI, "FR"): "planned"}


def test_a_leader_arrived_abroad_is_on_a_tour_whose_next_legs_are_under_way(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "莫迪今天抵达法国。他将于后天前往希腊。")
    assert statuses(trips) == {(MODI, "FR"): "ongoing", (MODI, "GR"): "ongoing"}


def test_a_report_of_the_trip_called_untrue_in_its_own_sentence_is_denied(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "习近平将于明年访问美国的说法并不属实。", date(2025, 9, 10))
    assert statuses(trips) == {(XI, "US"): "denied"}
    for untrue in ("与事实不符", "纯属揣测"):
        trips = trips_of(gazetteer, f"外交部表示,习近平将于明年访问美国的说法{untrue}。", date(2025, 9, 10))
        assert statuses(trips) == {(XI, "US"): "denied"}


def test_a_bare_weekday_of_an_unmarked_verb_is_the_last_one(gazetteer: Gazetteer) -> None:
    # published on a Wednesday: "周五在柏林举行会谈" is last Friday's meeting, a coming one would be "将于周五"
    trips = trips_of(gazetteer, "德国总理默茨和法国总统马克龙周五在柏林举行会谈。", date(2025, 9, 10))
    assert statuses(trips) == {(MACRON, "DE"): "past"}


def test_the_first_stop_of_a_tour_named_by_region(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "特朗普将于5月中旬出访中东，首站沙特阿拉伯。", date(2025, 4, 10))
    assert statuses(trips) == {("Q22686", "SA"): "planned"}
    assert trips[0].when.start == date(2025, 5, 11)


def test_the_speaker_calls_off_his_own_trip(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "土耳其总统埃尔多安宣布取消对以色列的访问。", date(2025, 6, 3))
    assert statuses(trips) == {("recep-tayyip-erdogan", "IL"): "cancelled"}


def test_soon_is_the_coming_days(gazetteer: Gazetteer) -> None:
    trip = only(trips_of(gazetteer, "金正恩近日将前往俄罗斯。", date(2025, 6, 3)))
    assert (trip.status, trip.when.start, trip.when.end) == ("planned", date(2025, 6, 3), date(2025, 6, 10))


def test_meeting_at_a_summit_only_implies_attendance(gazetteer: Gazetteer) -> None:
    assert trips_of(gazetteer, "拜登和莫迪可望在东盟峰会期间举行双边会谈。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the traveller's own wish, between him and the trip, is his plan
        ("莫迪表示希望尽早访问日本。", {(MODI, "JP"): "planned"}),
        ("马克龙期待早日访华。", {(MACRON, "CN"): "planned"}),
        # someone else's wish for his trip is not, nor a wish for some day, nor one for the visit's days
        ("日方希望莫迪尽早访问日本。", {}),
        ("马克龙表示希望有机会访问蒙古。", {}),
        ("马克龙希望在访华期间讨论乌克兰问题。", {}),
    ],
)
def test_a_leaders_own_wish_to_visit_is_a_plan(
    gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(trips_of(gazetteer, text)) == expected


def test_a_question_is_no_plan(gazetteer: Gazetteer) -> None:
    assert trips_of(gazetteer, "普京会访问中国吗？") == []


def test_an_invitation_received_is_not_yet_taken_up(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "莫迪受邀出席七国集团峰会。")) == {(MODI, "IT"): "invited"}
    assert statuses(trips_of(gazetteer, "受马克龙邀请，莫迪将出席七国集团峰会。")) == {(MODI, "IT"): "planned"}


def test_attending_is_no_future_word_in_a_list_of_attendees(gazetteer: Gazetteer) -> None:
    text = "金砖国家峰会今天在俄罗斯喀山开幕，与会的领导人包括印度总理莫迪。"
    assert statuses(trips_of(gazetteer, text)) == {(MODI, "RU"): "ongoing"}


def test_attendees_listed_after_the_gathering_they_attend(gazetteer: Gazetteer) -> None:
    text = "共有12位国家领导人已确认出席在巴西举行的二十国集团峰会，当中包括美国总统拜登和印度总理莫迪。"
    assert statuses(trips_of(gazetteer, text)) == {(BIDEN, "BR"): "confirmed", (MODI, "BR"): "confirmed"}
    text = "外交部宣布，二十国集团峰会将于11月18日在巴西举行，应邀出席峰会的外国元首有法国总统马克龙。"
    assert statuses(trips_of(gazetteer, text, date(2024, 10, 1))) == {(MACRON, "BR"): "confirmed"}


def test_a_clause_describing_the_first_attendee_listed(gazetteer: Gazetteer) -> None:
    text = (
        "在吉隆坡举行的东盟峰会将于10月开幕。"
        "安华表示,多位领导人已确认出席,包括他多次会见的法国总统马克龙、印度总理莫迪。"
    )
    found = statuses(trips_of(gazetteer, text, date(2025, 7, 8)))
    assert found.get((MACRON, "MY")) == "confirmed"
    assert found.get((MODI, "MY")) == "confirmed"


@pytest.mark.parametrize(
    "venue",
    [
        # "在" names the venue before the words that hold the gathering
        "该国政府将于下周在新加坡的文化中心为他举行国葬。",
        # the gathering, then where it will be held (a square the names know as the Vatican's)
        "教宗的葬礼,将在下周六下午4点,圣彼得广场举行。",
    ],
)
def test_a_gathering_the_gazetteer_does_not_know_is_held_where_the_text_says(gazetteer: Gazetteer, venue: str) -> None:
    country = "VA" if "圣彼得" in venue else "SG"
    found = statuses(trips_of(gazetteer, venue + "日本首相岸田文雄已表示将出席。"))
    assert found.get(("fumio-kishida", country)) == "planned"
    listed = statuses(trips_of(gazetteer, venue + "多国元首表示要参加葬礼,包括法国总统马克龙、印度总理莫迪等人。"))
    assert listed.get((MACRON, country)) in ("planned", "confirmed")
    assert listed.get((MODI, country)) in ("planned", "confirmed")


def test_the_leaders_a_trips_clause_describes_listed_after_it(gazetteer: Gazetteer) -> None:
    # the clause names the trip and its place, the list the travellers (not the leader who meets them)
    text = "普京下周将与多位赴华的领导人举行会谈,包括印度总理莫迪、法国总统马克龙。"
    found = statuses(trips_of(gazetteer, text))
    assert found.get((MODI, "CN")) == "planned"
    assert found.get((MACRON, "CN")) == "planned"
    text = "外交部宣布,将于下周对中国进行国事访问的外国领导人有:印度总理莫迪、法国总统马克龙。"
    found = statuses(trips_of(gazetteer, text))
    assert found.get((MODI, "CN")) == "confirmed"
    assert found.get((MACRON, "CN")) == "confirmed"
    # a verb of the leaders after "有" is no list: "有望", "有意"
    text = "将于下周访问日本的领导人有望与莫迪会谈。"
    assert (MODI, "JP") not in statuses(trips_of(gazetteer, text))


def test_a_guest_list_with_spouses(gazetteer: Gazetteer) -> None:
    # a ceremony's guests ("访宾"), listed after "包括," each with a spouse ("暨夫人", "伉俪"): all go
    text = "外交部表示,将来华出席庆典的重要访宾包括,法国总统马克龙暨夫人、印度总理莫迪伉俪、俄罗斯总统普京。"
    assert statuses(trips_of(gazetteer, text)) == {
        (MACRON, "CN"): "confirmed",
        (MODI, "CN"): "confirmed",
        (PUTIN, "CN"): "confirmed",
    }
    # "暨夫人" is with her, not his wife alone
    assert statuses(trips_of(gazetteer, "马克龙暨夫人将于下月访华。")) == {(MACRON, "CN"): "planned"}


def test_a_gathering_named_with_its_city_inside(gazetteer: Gazetteer) -> None:
    # "G20杭州峰会": the event, its city, then the summit's word; not the members of a meeting ("中日韩峰会")
    found = statuses(trips_of(gazetteer, "莫迪将出席今年9月的G20杭州峰会。", date(2016, 7, 1)))
    assert found == {(MODI, "CN"): "planned"}


def test_an_invitation_to_a_leader_named_with_his_title(gazetteer: Gazetteer) -> None:
    text = "据报道，俄罗斯已邀请朝鲜最高领导人金正恩明年5月访问莫斯科。"
    assert statuses(trips_of(gazetteer, text)) == {(KIM, "RU"): "invited"}


def test_our_ally_is_no_trip_to_our_country(gazetteer: Gazetteer) -> None:
    text = "总统府宣布，赖清德将于11月30日至12月6日访问我国太平洋友邦马绍尔群岛。"
    assert statuses(trips_of(gazetteer, text, date(2024, 11, 22))) == {("lai-ching-te", "MH"): "confirmed"}


def test_today_is_known_without_a_publication_date_but_a_day_of_the_month_is_not(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "马克龙今起对中国进行为期三天的国事访问。", None)) == {
        (MACRON, "CN"): "ongoing"
    }
    trips = trips_of(gazetteer, "习近平14日至16日访问哈萨克斯坦。", None)
    assert all(trip.status != "ongoing" for trip in trips)


def test_the_plan_to_send_a_leader_is_his_trips_plan(gazetteer: Gazetteer) -> None:
    text = "据报道，北京计划在5月稍晚派国务院总理李强赴纽约出席联合国会议。"
    assert statuses(trips_of(gazetteer, text)) == {("li-qiang", "US"): "planned"}


def test_a_trip_after_a_condition_clause_is_no_plan(gazetteer: Gazetteer) -> None:
    text = "报道称，若特朗普今年访华，习近平明年将赴美国访问。"
    assert (XI, "US") not in statuses(trips_of(gazetteer, text))
    assert trips_of(gazetteer, "报道称，假使拜登今年访华，习近平明年将赴美国访问。") == []


def test_a_headlines_next_clause_is_no_place_of_the_list(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "莫迪将访俄罗斯 美国反应耐人寻味")) == {(MODI, "RU"): "planned"}
    assert statuses(trips_of(gazetteer, "莫迪将访问俄罗斯和美国。")) == {
        (MODI, "RU"): "planned",
        (MODI, "US"): "planned",
    }


def test_a_start_date_may_stand_between_the_verb_and_the_venue(gazetteer: Gazetteer) -> None:
    text = "拜登计划出席5月20日起在日本召开的七国集团峰会。"
    assert statuses(trips_of(gazetteer, text)) == {(BIDEN, "JP"): "planned"}


def test_this_year_is_not_gone_by_for_a_plan_said_before_the_traveller(gazetteer: Gazetteer) -> None:
    text = "习近平不会出席今年在南非举行的二十国集团峰会，将由李强代表出席。"
    assert statuses(trips_of(gazetteer, text, date(2025, 5, 2))) == {
        (XI, "ZA"): "denied",
        ("li-qiang", "ZA"): "planned",
    }


def test_an_unmarked_stay_whose_days_hold_the_reports_is_under_way(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "马克龙4月29日至5月3日访问日本。")) == {(MACRON, "JP"): "ongoing"}
    assert statuses(trips_of(gazetteer, "马克龙本周在中国访问，周五将前往广州。")) == {(MACRON, "CN"): "ongoing"}


def test_a_count_of_countries_may_stand_before_their_names(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "习近平将于下周出访欧洲三国：法国、塞尔维亚和匈牙利。")
    assert statuses(trips) == {(XI, "FR"): "planned", (XI, "RS"): "planned", (XI, "HU"): "planned"}
    trips = trips_of(gazetteer, "习近平将于下周出访欧洲三个国家,分别是法国、塞尔维亚,以及匈牙利。")
    assert statuses(trips) == {(XI, "FR"): "planned", (XI, "RS"): "planned", (XI, "HU"): "planned"}


def test_this_or_this_years_before_the_gathering_attended(gazetteer: Gazetteer) -> None:
    text = "亚太经合组织峰会将于11月在秘鲁举行。据报道,拜登也将出席此次亚太经合组织峰会。"
    assert statuses(trips_of(gazetteer, text, date(2024, 10, 1))).get((BIDEN, "PE")) == "planned"
    text = "莫迪将出席本届上合组织峰会。"
    assert statuses(trips_of(gazetteer, text, date(2024, 6, 1))).get((MODI, "KZ")) == "planned"


def test_a_count_of_allies_may_stand_before_their_names(gazetteer: Gazetteer) -> None:
    text = "总统府宣布,蔡英文总统将于本月29日启程前往中美洲两友邦瓜地马拉及贝里斯访问。"
    trips = trips_of(gazetteer, text, date(2023, 3, 21))
    assert statuses(trips) == {("tsai-ing-wen", "GT"): "confirmed", ("tsai-ing-wen", "BZ"): "confirmed"}


def test_the_day_a_schedule_was_fixed_is_not_the_trips(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "日本首相岸田文雄访问欧洲3国、加拿大和美国的日程6日敲定。", date(2023, 1, 7))
    assert statuses(trips) == {("fumio-kishida", "CA"): "planned", ("fumio-kishida", "US"): "planned"}


def test_an_invitation_received_then_the_guests_own_plan(gazetteer: Gazetteer) -> None:
    text = "特朗普表示，他已收到习近平的正式邀请，可能很快访问中国。"
    assert statuses(trips_of(gazetteer, text, date(2025, 7, 22))) == {("Q22686", "CN"): "planned"}


def test_another_leaders_decision_not_to_go_dates_no_plan(gazetteer: Gazetteer) -> None:
    text = "德国总理朔尔茨在访问越南时对普京决定不参加二十国集团峰会表示遗憾。"
    assert statuses(trips_of(gazetteer, text, date(2022, 11, 15))).get(("olaf-scholz", "VN")) != "planned"


def test_a_comma_after_then_leaves_the_subject_written_after_it(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "莫迪今天抵达俄罗斯。接着，印度代表团将前往奥地利。")) == {
        (MODI, "RU"): "ongoing"
    }
    trips = trips_of(gazetteer, "莫迪今天抵达俄罗斯。接着将前往奥地利。")
    assert statuses(trips) == {(MODI, "RU"): "ongoing", (MODI, "AT"): "ongoing"}


def test_a_report_denied_in_a_later_clause_or_sentence(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "据报道，普京将访问土耳其，但克宫对此予以否认。")) == {(PUTIN, "TR"): "denied"}
    assert statuses(trips_of(gazetteer, "据报道，普京将访问土耳其。克宫对此予以否认。")) == {(PUTIN, "TR"): "denied"}


def test_a_threat_to_call_the_trip_off_calls_nothing_off(gazetteer: Gazetteer) -> None:
    text = "埃尔多安将于13日访问美国。此前，埃尔多安扬言取消访美行程。"
    assert statuses(trips_of(gazetteer, text, date(2019, 11, 7))) == {("recep-tayyip-erdogan", "US"): "confirmed"}


def test_a_summit_named_again_in_an_undated_page_is_held_where_it_was_located(gazetteer: Gazetteer) -> None:
    # no date, so no year gives the G20's host: the venue the page gave it before does
    text = "普京将不会出席在印尼峇里岛(Bali)举行的二十国集团峰会。美国总统拜登已证实将出席G20峰会。"
    found = statuses(trips_of(gazetteer, text, None))
    assert found[(PUTIN, "ID")] == "denied"
    assert found[(BIDEN, "ID")] in ("planned", "confirmed")


def test_a_relative_time_in_traditional_script_may_stand_before_the_venue(gazetteer: Gazetteer) -> None:
    text = "白宮宣布,美國總統拜登將出席下週於印尼舉行的G20峰會。"
    assert statuses(trips_of(gazetteer, text, date(2022, 11, 9))) == {(BIDEN, "ID"): "confirmed"}


def test_a_summit_in_an_undated_page_is_held_where_the_words_after_it_say(gazetteer: Gazetteer) -> None:
    text = "东盟峰会下月将在印尼雅加达举行。外交部宣布,预定出席者包括印度总理莫迪、法国总统马克龙。"
    found = statuses(trips_of(gazetteer, text, None))
    assert found.get((MODI, "ID")) in ("planned", "confirmed")
    assert found.get((MACRON, "ID")) in ("planned", "confirmed")


def test_the_day_of_a_report_named_with_de_is_not_the_trips() -> None:
    # "在11日的报道中说": the day of the report, not of the trip it reports
    phrase = "朝中社在11日的报道中说,金正恩即将访问俄罗斯。日本官房长官31日的记者会上说,首相将于5月6日访问美国。"
    low = language_for("zh").lower(phrase)
    assert [(time.text, time.reporting) for time in find_time_expressions(phrase, low)] == [
        ("11日", True),
        ("31日", True),
        ("5月6日", False),
    ]


def test_a_clause_of_contrast_has_its_own_traveller(gazetteer: Gazetteer) -> None:
    text = "印度外长斯瓦拉杰透露,印度总理莫迪将在今年5月到访中国,而斯瓦拉杰将于今日起到中国进行预备访问。"
    trip = only(trips_of(gazetteer, text, date(2015, 2, 2)))
    assert (trip.leader.id, trip.when.start) == ("Q1058", date(2015, 5, 1))


def test_scotland_and_its_cities_are_in_the_united_kingdom(gazetteer: Gazetteer) -> None:
    text = "拜登将前往苏格兰的格拉斯哥访问。"
    trip = only(trips_of(gazetteer, text, date(2021, 10, 28)))
    assert (trip.leader.id, trip.destination.country) == ("Q6279", "GB")


def test_a_long_list_of_full_names_travels_together(gazetteer: Gazetteer) -> None:
    # names written in full ("塔博·姆武耶卢瓦·姆贝基"), of which the names know the last part, or none; the
    # list's first is far from the verb
    text = (
        "应国家主席胡锦涛邀请,塞舌尔共和国总统詹姆斯·阿里克斯·米歇尔、南非共和国总统塔博·姆武耶卢瓦·姆贝基、"
        "利比里亚共和国总统埃伦·约翰逊-瑟利夫和阿拉伯埃及共和国总统穆罕默德·胡斯尼·穆巴拉克将于下月中旬"
        "论坛举办前后先后对中国进行国事访问。"
    )
    assert set(statuses(trips_of(gazetteer, text, date(2006, 10, 20)))) == {
        ("james-michel", "CN"),
        ("thabo-mbeki", "CN"),
        ("ellen-johnson-sirleaf", "CN"),
        ("hosni-mubarak", "CN"),
    }


def test_someone_listed_after_the_leaders_does_not_part_them_from_the_verb(gazetteer: Gazetteer) -> None:
    text = "届时,荷兰首相吕特、新加坡总理李显龙和联合国秘书长古特雷斯都将访华。"
    assert set(statuses(trips_of(gazetteer, text, date(2018, 4, 2)))) == {
        ("mark-rutte", "CN"),
        ("lee-hsien-loong", "CN"),
    }


def test_in_an_undated_page_a_setting_out_next_week_is_ahead(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "法国总统马克龙下周启程出访日本和韩国。", None)
    assert statuses(trips) == {(MACRON, "JP"): "planned", (MACRON, "KR"): "planned"}


def test_an_annual_meeting_is_the_gathering_named_before(gazetteer: Gazetteer) -> None:
    text = "中国总理李强将出席博鳌亚洲论坛2023年年会。新加坡总理李显龙、西班牙首相桑切斯也将应邀出席年会。"
    trips = trips_of(gazetteer, text, date(2023, 3, 10))
    assert {(trip.leader.id, trip.destination.country, trip.destination.event) for trip in trips} == {
        ("lee-hsien-loong", "CN", "boao-forum"),
        ("pedro-sanchez", "CN", "boao-forum"),
    }


def test_the_year_of_a_gathering_held_in_a_known_month_is_that_month(gazetteer: Gazetteer) -> None:
    trip = only(trips_of(gazetteer, "新加坡总理李显龙表示,他将在2023年出席博鳌亚洲论坛。", date(2022, 12, 10)))
    assert (trip.when.start, trip.when.end) == (date(2023, 3, 1), date(2023, 3, 31))


def test_others_in_a_list_of_attendees_do_not_end_it(gazetteer: Gazetteer) -> None:
    text = (
        "亚太经合组织峰会下周在秘鲁利马举行。"
        "确定出席的领导人包括美国总统拜登、世界贸易组织总干事伊维拉,以及日本首相石破茂。"
    )
    assert set(statuses(trips_of(gazetteer, text, date(2024, 11, 8)))) == {(BIDEN, "PE"), ("shigeru-ishiba", "PE")}


def test_the_future_as_a_time_is_no_future_word(gazetteer: Gazetteer) -> None:
    # "将来" (some time in the future) holds "将", but no plan: a wish for some day
    assert trips_of(gazetteer, "马克龙期待将来有机会访问蒙古。") == []
    # "将来访", "将来华": "will come to visit", "will come to China"
    assert statuses(trips_of(gazetteer, "马克龙总统将来华进行国事访问。")) == {(MACRON, "CN"): "planned"}


def test_two_countries_that_meet_are_not_where_the_meeting_is(gazetteer: Gazetteer) -> None:
    # "在中印领导人会晤框架下": the two sides of the meeting, written as one word, not its venue
    trips = trips_of(gazetteer, "习近平访问印度,将在中印领导人非正式会晤框架下与印度总理莫迪会晤。")
    assert (MODI, "CN") not in statuses(trips)
    # a country and its city are a venue
    assert statuses(trips_of(gazetteer, "普京将在日本东京与岸田文雄会面。")) == {(PUTIN, "JP"): "planned"}


def test_a_time_of_this_year_that_has_ended_is_past_whatever_the_sentence_plans(gazetteer: Gazetteer) -> None:
    # the "将" is the plan told first; "今年1月下旬" in a paper of February is gone
    text = "特朗普多次提及他将于4月访华,今年1月下旬在瑞士达沃斯参加完论坛后,他在专机上重申了这一点。"
    trips = statuses(trips_of(gazetteer, text, date(2026, 2, 8)))
    assert trips[("Q22686", "CH")] == "past"
    assert trips[("Q22686", "CN")] == "planned"
    # a month of this year still to come is a plan
    assert statuses(trips_of(gazetteer, "特朗普表示,他将于今年2月访华。", date(2026, 2, 8))) == {
        ("Q22686", "CN"): "planned"
    }


@pytest.mark.parametrize("goal", ["2030年可持续发展议程", "2035年远景目标", "2060年碳中和"])
def test_a_goal_named_by_its_year_is_no_time(goal: str) -> None:
    assert find_time_expressions(f"李克强将出席落实{goal}座谈会。") == []


def test_a_delegation_the_trip_describes_travels_not_the_leader_who_names_it(gazetteer: Gazetteer) -> None:
    text = "美国总统拜登23日公布了出席27日在东京举行的安倍晋三葬礼的政府代表团成员。"
    assert statuses(trips_of(gazetteer, text, date(2022, 9, 24))) == {}
    # a leader who leads the delegation goes with it
    text = "美国总统拜登将率领出席在东京举行的峰会的代表团。"
    assert statuses(trips_of(gazetteer, text, date(2022, 9, 24))) == {(BIDEN, "JP"): "planned"}


@pytest.mark.parametrize("text", ["巴拉圭总统潘尼亚下周将访台。", "巴拉圭總統潘尼亞下週將來臺訪問。"])
def test_taiwan_by_its_one_character_form_after_a_travel_verb(gazetteer: Gazetteer, text: str) -> None:
    trip = only(trips_of(gazetteer, text))
    assert (trip.leader.id, trip.destination.country) == ("santiago-pena", "TW")


def test_korea_by_its_one_character_form_after_come(gazetteer: Gazetteer) -> None:
    trip = only(trips_of(gazetteer, "新加坡总统哈莉玛明天将来韩出席就职典礼。", date(2022, 5, 7)))
    assert (trip.leader.id, trip.destination.country) == ("halimah-yacob", "KR")


def test_a_plan_not_carried_out_yet_is_not_called_off(gazetteer: Gazetteer) -> None:
    text = "阿根廷总统米莱曾多次表示计划访问中国,但至今尚未成行。"
    assert statuses(trips_of(gazetteer, text)) == {("javier-milei", "CN"): "planned"}
    # a plan that in the end did not happen is
    text = "阿根廷总统米莱原计划访问中国,但最终并未成行。"
    assert statuses(trips_of(gazetteer, text)) == {("javier-milei", "CN"): "cancelled"}


def test_a_list_of_travellers_goes_on_past_a_full_name_the_names_know_by_its_first_part(gazetteer: Gazetteer) -> None:
    # "哈莉玛" is known, "·雅各布" the rest of her name, before the next one listed
    text = "新加坡总统哈莉玛·雅各布、中非共和国总统图瓦德拉明天将访问韩国。"
    assert statuses(trips_of(gazetteer, text, date(2022, 5, 7))) == {
        ("halimah-yacob", "KR"): "confirmed",
        ("faustin-archange-touadera", "KR"): "confirmed",
    }


@pytest.mark.parametrize("text", ["哈维尔·米莱下周将访问美国。", "米雷伊下週將訪問美國。"])
def test_milei_by_his_full_name_and_by_the_name_taiwan_writes(gazetteer: Gazetteer, text: str) -> None:
    # no office word: "米莱" alone is a common name, read as his only by his office or his full name
    trip = only(trips_of(gazetteer, text))
    assert trip.leader.id == "javier-milei"


def test_an_undated_perfective_about_an_old_trip_puts_no_later_visit_under_way(gazetteer: Gazetteer) -> None:
    # "参加了…峰会" has no time of its own (last year's, told in the sentence before); the visit three days
    # after the report has not begun
    text = (
        "新加坡总理李显龙将于5月5日至7日访华。李显龙上次访华是在去年9月。"
        "应习近平邀请,李显龙参加了杭州G20峰会,并访问了重庆。"
    )
    trips = [trip for trip in trips_of(gazetteer, text) if trip.when.start == date(2024, 5, 5)]
    assert only(trips).status == "confirmed"


@pytest.mark.parametrize(
    ("text", "reading", "later_leg"),
    [
        # no time of its own: perhaps an old visit, which puts no visit dated after the report under way
        ("莫迪访问了法国。他将于5月5日访问希腊。", "perfective/tour_begun_undated", "confirmed"),
        # but one whose time is not after the report goes with it
        ("莫迪访问了法国。他还将访问希腊。", "perfective/tour_begun_undated", "ongoing"),
        # yesterday's visit, or a setting out (its "了" no matter): a tour under way, with the visit of the 5th
        ("莫迪昨天访问了法国。他将于5月5日访问希腊。", "perfective/tour_begun", "ongoing"),
        ("莫迪启程前往了法国。他将于5月5日访问希腊。", "set_out/tour_begun", "ongoing"),
    ],
)
def test_a_perfective_without_a_time_names_its_reading_and_carries_no_later_dated_leg(
    gazetteer: Gazetteer, text: str, reading: str, later_leg: str
) -> None:
    trips = {trip.destination.country: trip for trip in trips_of(gazetteer, text)}
    assert (trips["FR"].rule, trips["GR"].status) == (reading, later_leg)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No travel word joins the leader to the place: his future verb of presence does, where "在" or "于"
        # puts him ...
        ("蔡英文將於巴拉圭國會發表演說。", {("tsai-ing-wen", "PY"): "planned"}),
        ("莫迪将在东京见证两国签署协议。", {(MODI, "JP"): "planned"}),
        ("马克龙准备在巴西主持会议。", {(MACRON, "BR"): "planned"}),
        # ... or where the gathering after it is held
        ("普京将主持在哈萨克斯坦举行的上合组织峰会。", {(PUTIN, "KZ"): "planned"}),
        # but not a topic, nor a clock's place, nor what "对于" is about
        ("普京将于叙利亚问题发表讲话。", {}),
        ("莫迪将于北京时间12日出席会议。", {}),
        ("马克龙将对于中国发表讲话。", {}),
        # nor where another leader named before the verb goes (the inviter stays home)
        ("拜登考虑邀请习近平出席在日本举行的峰会。", {(XI, "JP"): "invited"}),
    ],
)
def test_a_future_verb_of_presence_pairs_a_leader_no_travel_word_paired(
    gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(trips_of(gazetteer, text)) == expected


def test_the_fallback_reading_is_less_sure_than_a_travel_words(gazetteer: Gazetteer) -> None:
    fallback = only(trips_of(gazetteer, "莫迪将于5月5日在东京见证两国签署协议。"))
    visit = only(trips_of(gazetteer, "莫迪将于5月5日访问东京。"))
    assert (fallback.status, visit.status) == ("confirmed", "confirmed")
    assert fallback.confidence < visit.confidence


def test_will_before_a_verb_that_opens_like_a_meeting_word_is_future(gazetteer: Gazetteer) -> None:
    # "将见证": only the "会" of "会见", "会谈" is no future word
    assert statuses(trips_of(gazetteer, "普京将见证在哈萨克斯坦举行的签约仪式。")) == {(PUTIN, "KZ"): "planned"}


def test_a_recurring_summit_is_the_edition_held_where_the_sentence_goes(gazetteer: Gazetteer) -> None:
    text = "李强总理将赴南非约翰内斯堡出席二十国集团领导人峰会。"
    assert set(statuses(trips_of(gazetteer, text, date(2024, 6, 20)))) == {("li-qiang", "ZA")}


def test_a_pronoun_that_would_take_a_leader_home_stands_for_the_other_leader_named(gazetteer: Gazetteer) -> None:
    # "他" after 拜登 cannot be Biden going to the United States: it is Modi, named before him
    text = "莫迪表示，拜登在通话中邀请他参加9月在美国华盛顿举行的峰会。"
    assert statuses(trips_of(gazetteer, text)) == {(MODI, "US"): "invited"}


def test_summer_davos_is_in_china_and_the_forums_founder_names_no_gathering(gazetteer: Gazetteer) -> None:
    text = (
        "第十四届夏季达沃斯论坛将于6月27日至29日在天津举行。"
        "李强将会见世界经济论坛主席施瓦布。巴巴多斯总理莫特利将与会。"
    )
    assert statuses(trips_of(gazetteer, text, date(2023, 6, 20))) == {("mia-mottley", "CN"): "planned"}


def test_each_guest_a_host_receives_where_it_is_goes_there(gazetteer: Gazetteer) -> None:
    text = "拜登决定下周在华盛顿接待澳大利亚总理阿尔巴内塞、印度总理莫迪和日本首相岸田文雄。"
    found = statuses(trips_of(gazetteer, text, date(2024, 9, 13)))
    assert {key for key, status in found.items() if status in ("planned", "confirmed")} == {
        ("anthony-albanese", "US"),
        (MODI, "US"),
        ("fumio-kishida", "US"),
    }


def test_the_leader_who_goes_instead_of_another_plans_the_trip(gazetteer: Gazetteer) -> None:
    text = "中国国家主席习近平将不会出席下周在巴西里约热内卢举行的金砖国家峰会,将改由中国国务院总理李强率团出席。"
    assert statuses(trips_of(gazetteer, text, date(2025, 6, 30))) == {
        (XI, "BR"): "denied",
        ("li-qiang", "BR"): "planned",
    }


def test_taiwans_names_of_saudi_arabia_and_riyadh(gazetteer: Gazetteer) -> None:
    text = "中国外交部宣布,习近平将于7日至10日赴沙国利雅德出席首届中国—阿拉伯国家峰会。"
    assert statuses(trips_of(gazetteer, text, date(2022, 12, 7))) == {(XI, "SA"): "confirmed"}


def test_a_time_after_a_long_subject_and_jiangyu_is_the_trips(gazetteer: Gazetteer) -> None:
    for text in (
        "【本报讯】中国国家主席胡锦涛将于9月5日启程，赴澳洲进行正式访问。",
        "【本報台北報導】中國國家主席胡錦濤將於9月5日啟程，赴澳洲進行正式訪問。",
    ):
        (trip,) = trips_of(gazetteer, text, date(2007, 9, 3))
        assert (trip.leader.id, trip.destination.country, trip.status) == ("hu-jintao", "AU", "confirmed")
        assert trip.when.start == date(2007, 9, 5)


def test_a_plan_promised_before_is_no_plan_now(gazetteer: Gazetteer) -> None:
    before = "此前,中国官方曾许诺,习近平在访问莫斯科后会与泽连斯基通话。"
    ahead = "中国官方表示,习近平在访问莫斯科后会与泽连斯基通话。"
    assert not [trip for trip in trips_of(gazetteer, before) if trip.status in ("planned", "confirmed")]
    assert statuses(trips_of(gazetteer, ahead))[(XI, "RU")] in ("planned", "confirmed")


def test_a_plan_whose_days_have_begun_is_the_visit_the_article_tells(gazetteer: Gazetteer) -> None:
    # a headline's announcement of 1-3 December, read on the 3rd over the visit's end: the visit is over
    text = "普京将于12月1日至3日对中国进行国事访问\n普京结束了对中国的访问，3日下午乘专机离开北京。"
    assert {trip.status for trip in trips_of(gazetteer, text, date(2024, 12, 3))} == {"past"}
    # days still ahead stay a plan beside a visit of another year
    text = "普京将于12月5日至7日对中国进行国事访问。普京曾于2019年访问中国。"
    assert sorted(trip.status for trip in trips_of(gazetteer, text, date(2024, 12, 3))) == ["confirmed", "past"]


def test_a_plan_whose_days_run_through_the_reports_is_under_way(gazetteer: Gazetteer) -> None:
    # "14日起至16日" is one range of days; read on the 15th, the visit has begun, its programme with it
    text = "印度总理莫迪14日起至16日将对中国进行正式访问。莫迪将西安作为访华行程的首站。"
    trips = trips_of(gazetteer, text, date(2015, 5, 15))
    assert {(trip.destination.country, trip.status) for trip in trips} == {("CN", "ongoing")}
    assert min(trip.when.start for trip in trips if trip.when.start) == date(2015, 5, 14)
    # read the day before, it is still a plan
    assert {trip.status for trip in trips_of(gazetteer, text, date(2015, 5, 13))} == {"confirmed"}


def test_a_trip_called_off_without_its_destination_calls_off_the_plans_in_the_countries_named(
    gazetteer: Gazetteer,
) -> None:
    text = "习近平计划在完成会议后,到委内瑞拉及智利访问。习近平又致电委内瑞拉及智利两国总统,解释临时取消出访的原因。"
    assert statuses(trips_of(gazetteer, text)) == {(XI, "VE"): "cancelled", (XI, "CL"): "cancelled"}
    # a calling-off of what follows a gathering named in it is read by the status pass, not this one
    text = "习近平取消G20峰会后行程。习近平明天将赴日本出席G20峰会,之后访问澳大利亚。"
    assert statuses(trips_of(gazetteer, text, date(2019, 6, 26)))[(XI, "JP")] == "confirmed"


def test_an_acceptance_supposed_is_no_plan(gazetteer: Gazetteer) -> None:
    text = "分析说,若普京接受访朝邀请,他将成为首位踏上朝鲜土地的俄罗斯总统。"
    assert statuses(trips_of(gazetteer, text)) == {}
    text = "普京接受访朝邀请,他将于下月踏上朝鲜土地。"
    assert statuses(trips_of(gazetteer, text))[(PUTIN, "KP")] in ("planned", "confirmed")


def test_he_after_a_spokesmans_statement_is_the_leader_it_speaks_of(gazetteer: Gazetteer) -> None:
    text = "白宫发言人斯派塞当天在一份声明中说,拜登将首先到访沙特阿拉伯。其后,他将先后访问以色列和约旦。"
    found = statuses(trips_of(gazetteer, text))
    assert {key for key in found if key[0] == BIDEN} == {(BIDEN, "SA"), (BIDEN, "IL"), (BIDEN, "JO")}


def test_attending_with_no_object_attends_the_gathering_whose_venue_was_just_told(gazetteer: Gazetteer) -> None:
    text = "东协峰会26日到28日将在马来西亚吉隆坡进行,美国总统拜登传将亲自出席。"
    assert statuses(trips_of(gazetteer, text)) == {(BIDEN, "MY"): "planned"}


@pytest.mark.parametrize("span", ["十二年内", "3年内", "几年内"])
def test_within_so_many_years_is_no_part_of_this_year(span: str) -> None:
    assert find_time_expressions(f"那一次访问是此前{span}中国国家元首的首次访美。") == []
    assert [time.text for time in find_time_expressions("希望能在年内实现访华。")] == ["年内"]


def test_on_the_plane_flying_there_the_leader_is_on_his_way(gazetteer: Gazetteer) -> None:
    text = "日本首相岸田文雄在飞往美国的专机上对记者说,明天在华盛顿举行的会谈非常重要。岸田还希望能在年内访华。"
    found = statuses(trips_of(gazetteer, text))
    assert found[("fumio-kishida", "US")] == "ongoing"
    assert found[("fumio-kishida", "CN")] == "planned"  # the rest of the year is no leg of this week's trip


def test_a_trip_that_only_dates_the_one_called_off_stands(gazetteer: Gazetteer) -> None:
    text = "日本首相岸田文雄拟取消原计划在出席11月30日起于阿根廷举行的峰会后对英国和荷兰的访问。"
    found = statuses(trips_of(gazetteer, text, date(2023, 11, 27)))
    assert found[("fumio-kishida", "GB")] == "cancelled"
    assert found[("fumio-kishida", "AR")] in ("planned", "confirmed")


def test_the_outcome_of_a_meeting_told_is_of_one_held(gazetteer: Gazetteer) -> None:
    text = "乌沙科夫说,普京将向中方领导人详细通报他在4月25日于东京与日本首相会晤的结果。"
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "JP"): "past"}


def test_alaska_is_in_the_united_states(gazetteer: Gazetteer) -> None:
    text = "俄罗斯总统普京将于5月15日在阿拉斯加与美国总统拜登会晤。"
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "US"): "confirmed"}


def test_a_file_photos_caption_tells_the_past(gazetteer: Gazetteer) -> None:
    text = "资料照片: 5月3日,德国总理朔尔茨在柏林总理府举行仪式欢迎中国国务院总理李强对德国进行正式访问。"
    assert statuses(trips_of(gazetteer, text, date(2024, 12, 6))) == {("li-qiang", "DE"): "past"}


def test_a_described_group_then_its_members_after_a_comma(gazetteer: Gazetteer) -> None:
    text = "總統蔡英文將於1月7號到15號期間出訪中南美的邦交國,包括宏都拉斯、尼加拉瓜等2國。"
    assert statuses(trips_of(gazetteer, text, date(2016, 12, 22))) == {
        ("tsai-ing-wen", "HN"): "confirmed",
        ("tsai-ing-wen", "NI"): "confirmed",
    }


def test_officials_telling_of_a_trip_after_a_briefing_tell_of_one_ahead(gazetteer: Gazetteer) -> None:
    text = "外交部13日举行吹风会。副部长介绍习近平主席对文莱和菲律宾进行国事访问有关情况,并回答提问。"
    assert set(statuses(trips_of(gazetteer, text, date(2018, 11, 14))).values()) <= {"planned", "confirmed"}
    assert set(statuses(trips_of(gazetteer, text, date(2018, 11, 14)))) == {("Q15031", "BN"), ("Q15031", "PH")}


def test_a_bodys_meeting_of_premiers_is_not_held_where_its_summit_is(gazetteer: Gazetteer) -> None:
    # the 2016 SCO summit was in Tashkent; its premiers met in Bishkek
    text = "李克强将出席上海合作组织成员国第十五次总理会议。"
    assert ("li-keqiang", "UZ") not in statuses(trips_of(gazetteer, text, date(2016, 10, 31)))


def test_leaders_listed_as_making_their_appearance_at_a_summit_go_to_it(gazetteer: Gazetteer) -> None:
    text = "此次有不少新任元首都將首度亮相APEC,包含日本首相石破茂、新加坡總理黃循財等。"
    assert statuses(trips_of(gazetteer, text, date(2024, 11, 13))) == {
        ("shigeru-ishiba", "PE"): "planned",
        ("lawrence-wong", "PE"): "planned",
    }


def test_a_sentence_opening_on_this_trip_is_the_trip_of_the_one_who_set_out(gazetteer: Gazetteer) -> None:
    text = "蔡英文總統24日上午搭專機啟程。此趟共九天八夜,將訪問中南美洲友邦巴拿馬及巴拉圭。"
    assert statuses(trips_of(gazetteer, text, date(2016, 6, 20))) == {
        ("tsai-ing-wen", "PA"): "planned",
        ("tsai-ing-wen", "PY"): "planned",
    }


def test_a_described_group_then_its_members_without_a_comma(gazetteer: Gazetteer) -> None:
    text = "總統蔡英文將於1月7號出訪中南美的邦交國包括宏都拉斯、尼加拉瓜等2國。"
    assert set(statuses(trips_of(gazetteer, text, date(2016, 12, 22)))) == {
        ("tsai-ing-wen", "HN"),
        ("tsai-ing-wen", "NI"),
    }


def test_an_announced_first_stop_of_a_trip_is_a_trip_there(gazetteer: Gazetteer) -> None:
    text = "聲明表示,拜登中東之行的第一站為以色列。"
    assert statuses(trips_of(gazetteer, text, date(2022, 6, 15))) == {("Q6279", "IL"): "confirmed"}


def test_a_country_named_as_a_neighbour_by_a_short_form(gazetteer: Gazetteer) -> None:
    text = "外交部宣布,习近平将于22日前往俄邻国白俄罗斯进行国事访问。"
    assert statuses(trips_of(gazetteer, text, date(2023, 3, 20))) == {("Q15031", "BY"): "confirmed"}


def test_a_bodys_members_listed_as_titled_premiers_go_to_its_meeting_named_before(gazetteer: Gazetteer) -> None:
    # the 2015 SCO summit was in Ufa; its premiers met in Zhengzhou, named with its ordinal inside its name
    text = (
        "上海合作组织成员国总理第十四次会议将于12月14日至15日在河南省郑州市举行。"
        "应国务院总理李克强邀请,上海合作组织成员国哈萨克斯坦总理马西莫夫、吉尔吉斯斯坦总理萨里耶夫、"
        "塔吉克斯坦总理拉苏尔佐达将出席会议。"
    )
    trips = trips_of(gazetteer, text, date(2015, 12, 7))
    assert statuses(trips) == {
        ("karim-massimov", "CN"): "planned",
        ("temir-sariyev", "CN"): "planned",
        ("kokhir-rasulzoda", "CN"): "planned",
    }
    assert {trip.destination.city for trip in trips} == {"Zhengzhou"}


def test_a_time_word_inside_a_leaders_name_is_no_time(gazetteer: Gazetteer) -> None:
    # "明日" (tomorrow) is inside "李在明日前" (Lee Jae-myung, a few days ago)
    text = "由于李在明日前才前往中国访问,中方试图拉拢李在明。"
    assert statuses(trips_of(gazetteer, text, date(2026, 1, 9))).get(("lee-jae-myung", "CN")) not in (
        "planned",
        "confirmed",
    )


def test_japans_ministers_as_chinese_outlets_name_them_travel_themselves(gazetteer: Gazetteer) -> None:
    text = "除了南韩总统李在明于下周访日之外,防卫相小泉进次郎和财务相片山皋月也预定于下周访美。"
    assert ("lee-jae-myung", "US") not in statuses(trips_of(gazetteer, text, date(2026, 1, 9)))


def test_two_days_is_a_length_not_the_second_of_the_month() -> None:
    assert [
        time.text for time in find_time_expressions("普京展开在越南的两日国事访问", "普京展开在越南的两日国事访问")
    ] == []
    assert [time.day for time in find_time_expressions("普京将于二日访问越南", "普京将于二日访问越南")] == [2]


def test_the_legs_of_a_tour_whose_days_hold_the_report_are_under_way(gazetteer: Gazetteer) -> None:
    text = "美国总统川普3日起展开为期12天的亚洲行,依序访问日本、南韩、越南。另外,川普8日将到访中国北京。"
    assert statuses(trips_of(gazetteer, text, date(2017, 11, 4))) == {
        ("Q22686", "JP"): "ongoing",
        ("Q22686", "KR"): "ongoing",
        ("Q22686", "VN"): "ongoing",
        ("Q22686", "CN"): "ongoing",
    }
    # (once its days are over, the tour is past)
    later = statuses(trips_of(gazetteer, text, date(2017, 11, 16)))
    assert {later[("Q22686", country)] for country in ("JP", "KR", "VN")} == {"past"}


def test_the_members_named_after_a_gatherings_body_are_not_where_it_is(gazetteer: Gazetteer) -> None:
    text = "国务院总理温家宝将于11月18日至22日出席在新加坡举行的第十一次东盟与中日韩领导人会议。"
    assert statuses(trips_of(gazetteer, text, date(2007, 11, 16))) == {("wen-jiabao", "SG"): "confirmed"}


def test_a_plan_told_again_with_days_that_hold_the_report_is_under_way(gazetteer: Gazetteer) -> None:
    text = "外交部发言人表示,巴基斯坦总理吉拉尼将访华。吉拉尼应邀于十月十二日至十五日访华。"
    trips = trips_of(gazetteer, text, date(2009, 10, 13))
    assert {(trip.leader.id, trip.destination.country, trip.status) for trip in trips} == {
        ("yousaf-raza-gilani", "CN", "ongoing")
    }


def test_a_video_call_before_a_trip_is_not_the_trips_way(gazetteer: Gazetteer) -> None:
    text = "克里姆林宫今天表示,总统普京在与中国国家主席习近平视讯通话后,已接受习近平的邀请,将于今年上半年访问中国。"
    assert statuses(trips_of(gazetteer, text, date(2026, 2, 4))).get(("Q7747", "CN")) in ("planned", "confirmed")


def test_swaziland_by_its_taiwanese_name_is_eswatini(gazetteer: Gazetteer) -> None:
    text = "据了解,蔡总统蔡英文将在四月中、下旬出访史瓦济兰。"
    assert set(statuses(trips_of(gazetteer, text, date(2018, 3, 28)))) == {("tsai-ing-wen", "SZ")}


def test_the_leaders_a_summit_will_bring_together_go_to_it(gazetteer: Gazetteer) -> None:
    text = "本届东协峰会将于26日在吉隆坡举行,将聚集十多国领袖和高官,包括日本首相高市早苗、加拿大总理卡尼。"
    assert statuses(trips_of(gazetteer, text, date(2025, 10, 25))) == {
        ("sanae-takaichi", "MY"): "confirmed",
        ("mark-carney", "MY"): "confirmed",
    }


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("李强将于下周出访东协三国,包括马来西亚、泰国和越南。", {"MY", "TH", "VN"}),
        ("李强将于下周访问东盟国家印尼和泰国。", {"ID", "TH"}),
    ],
)
def test_a_bodys_states_are_no_summit_of_it(gazetteer: Gazetteer, text: str, countries: set[str]) -> None:
    assert {country for _, country in statuses(trips_of(gazetteer, text, date(2025, 10, 1)))} == countries


def test_a_trip_being_prepared_is_ahead(gazetteer: Gazetteer) -> None:
    text = "俄罗斯驻朝鲜大使证实,目前普京正在积极进行出访朝鲜的准备。"
    assert statuses(trips_of(gazetteer, text, date(2024, 6, 1))).get(("Q7747", "KP")) != "ongoing"


def test_two_countries_written_together_before_a_forums_name_are_its_members(gazetteer: Gazetteer) -> None:
    text = "访巴期间,李克强将同罗塞夫总统举行会谈,共同出席中巴工商界峰会闭幕式并致辞。"
    assert ("li-keqiang", "PS") not in statuses(trips_of(gazetteer, text, date(2015, 5, 15)))
    assert ("li-keqiang", "PK") not in statuses(trips_of(gazetteer, text, date(2015, 5, 15)))


def test_attend_and_another_verb_with_no_object_attends_the_gathering_named_before(gazetteer: Gazetteer) -> None:
    text = "金砖国家领导人第十六次会晤将于10月22日至24日在俄罗斯喀山举行,中国国家主席习近平将出席并发表重要讲话。"
    assert statuses(trips_of(gazetteer, text, date(2024, 10, 21))) == {(XI, "RU"): "confirmed"}


def test_a_topic_after_zai_is_no_place_the_leader_is_in(gazetteer: Gazetteer) -> None:
    text = (
        "法新社表示,这将是普京主持的一场最大规模的高峰会,"
        "而他也想借此向西方国家展示,西方在俄乌战争开始后孤立莫斯科的图谋已经失败。"
    )
    assert statuses(trips_of(gazetteer, text, date(2024, 10, 21))) == {}


def test_a_day_just_gone_of_a_plan_told_is_a_trip_made(gazetteer: Gazetteer) -> None:
    text = "据泰国媒体报道,泰国总理佩通坦·钦那瓦将于11月6日至7日前往中国昆明,出席峰会。"
    assert statuses(trips_of(gazetteer, text, date(2024, 11, 10))) == {("paetongtarn-shinawatra", "CN"): "past"}
    # (the day a report came is no time of the trip)
    text = "10月25日,有消息称俄总理米舒斯京极有可能代替普京率团参加在印尼举行的二十国集团峰会。"
    assert statuses(trips_of(gazetteer, text, date(2022, 10, 26))).get(("mikhail-mishustin", "ID")) == "planned"


@pytest.mark.parametrize("once", ["曾", "曾经"])
def test_jiang_after_once_is_made_not_will(gazetteer: Gazetteer, once: str) -> None:
    # "将" as "把": "both once made Moscow a stop of their trips to Russia", no "will"
    text = f"美国前总统拜登和法国总统马克龙都{once}将莫斯科作为访俄行程中的一站。"
    assert statuses(trips_of(gazetteer, text)) == {(BIDEN, "RU"): "past", (MACRON, "RU"): "past"}


def test_an_unconfirmed_report_of_a_plan_is_a_plan_not_an_announcement(gazetteer: Gazetteer) -> None:
    text = "日前有未经证实的报道称,普京将于下月访问印度。"
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "IN"): "planned"}


def test_a_plan_to_have_a_leader_go_is_his_trip(gazetteer: Gazetteer) -> None:
    # "让" as the sender's verb after a plan: "France intends to have Macron go to India"
    text = "有报道称,法国有意让马克龙出访印度。"
    assert statuses(trips_of(gazetteer, text)) == {(MACRON, "IN"): "planned"}


def test_the_last_time_before_the_traveller_is_past(gazetteer: Gazetteer) -> None:
    # "as with the arrangements of Putin's last India visit, the public need not know"
    text = "和上次普京总统访印安排一样,民众没有必要知道。"
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "IN"): "past"}
