"""English: forms of real travel news the rules once misread, each in a sentence written for the test.

Each case is one behaviour of the English lexicon, rule table or pairing; the score is the real-news
corpus (bench.travel), never these sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from pipeline.records import TaggedArticle
from pipeline.tagging import Gazetteer
from pipeline.travel import detect_trips
from pipeline.travel.languages import language_for

Tag = Callable[..., TaggedArticle]
MACRON, XI, MODI, BIDEN = "Q3052772", "Q15031", "Q1058", "Q6279"
ZELENSKYY, MILEI, TRUMP, PUTIN = "volodymyr-zelenskyy", "javier-milei", "Q22686", "Q7747"


def statuses(tag: Tag, gazetteer: Gazetteer, text: str, published: date | None) -> dict[tuple[str, str], str]:
    return {(t.leader.id, t.destination.country): t.status for t in detect_trips(tag(text, published), gazetteer)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The last leg of a tour that has not begun is a plan ...
        ("Macron will end his tour in Senegal on Friday.", {(MACRON, "SN"): "confirmed"}),
        ("Modi will conclude his tour with a stop in Oman on Friday.", {(MODI, "OM"): "confirmed"}),
        ("The French president's tour will conclude with a visit to Chad.", {(MACRON, "TD"): "confirmed"}),
        # ... but ending the visit to a country says the leader is there now.
        ("Xi will wrap up his visit to Brazil on Friday.", {(XI, "BR"): "ongoing"}),
    ],
)
def test_a_tours_last_leg_is_ahead_the_end_of_a_visit_is_under_way(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == expected


def test_a_calling_off_in_a_clause_about_the_event_is_not_the_travellers(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron will fly to South Africa on Friday for the G20 summit, which the United States will boycott."
    assert statuses(tag, gazetteer, text, date(2025, 11, 17)) == {(MACRON, "ZA"): "confirmed"}
    text = "Macron will boycott the G20 summit in South Africa on Friday."
    assert statuses(tag, gazetteer, text, date(2025, 11, 17)) == {(MACRON, "ZA"): "cancelled"}


def test_a_tour_list_goes_on_after_a_word_on_the_leg_before(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron is to visit Gabon for a forest summit, followed by Angola, then Namibia, and finally Zambia."
    assert statuses(tag, gazetteer, text, date(2023, 2, 26)) == {
        (MACRON, "GA"): "confirmed",
        (MACRON, "AO"): "confirmed",
        (MACRON, "NA"): "confirmed",
        (MACRON, "ZM"): "confirmed",
    }
    # a later event of the same sentence is not a leg of the list
    text = "Macron is to visit Gabon for a forest summit, followed by a dinner with the president of Angola."
    assert statuses(tag, gazetteer, text, date(2023, 2, 26)) == {(MACRON, "GA"): "confirmed"}


def test_a_first_stop_is_a_leg(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi will stop first in Greece on Thursday before flying to Cyprus."
    assert statuses(tag, gazetteer, text, date(2025, 6, 10)) == {(MODI, "GR"): "confirmed", (MODI, "CY"): "confirmed"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Leaving home starts the tour: the legs the article gives that week are under way too ...
        (
            "Modi left for Portugal on Saturday, the first leg of a three-nation tour. "
            "He will travel to the United States on Sunday and to the Netherlands on Tuesday.",
            date(2017, 6, 24),
            {(MODI, "PT"): "ongoing", (MODI, "US"): "ongoing", (MODI, "NL"): "ongoing"},
        ),
        (
            "Ruto has jetted out of the country and will first land in the United Kingdom.",
            date(2022, 9, 18),
            {("william-ruto", "GB"): "ongoing"},
        ),
        (
            "Xi Jinping left Beijing on Wednesday for the APEC summit in Lima. He will later fly to Brazil.",
            date(2024, 11, 13),
            {(XI, "PE"): "ongoing", (XI, "BR"): "ongoing"},
        ),
        # ... but leaving later, even today, is the day's plan, and a trip weeks later is another one.
        (
            "Ruto is leaving the country today and will first land in the United Kingdom.",
            date(2022, 9, 18),
            {("william-ruto", "GB"): "confirmed"},
        ),
        (
            "Modi left for Portugal on Saturday. He will travel to Japan in August.",
            date(2017, 6, 24),
            {(MODI, "PT"): "ongoing", (MODI, "JP"): "confirmed"},
        ),
        # The time inside the travel words is the trip's: "leaves this weekend for" is ahead.
        ("Ardern leaves this weekend for Australia.", date(2022, 6, 20), {("jacinda-ardern", "AU"): "planned"}),
    ],
)
def test_leaving_home_starts_a_tour_whose_legs_that_week_are_under_way(
    tag: Tag, gazetteer: Gazetteer, text: str, published: date, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the leaders of X, Y and Z" names whose people, not where the trip goes
        (
            "Yoshihide Suga will attend a summit with the leaders of Australia and India in Washington on Friday.",
            date(2021, 9, 20),
            {("yoshihide-suga", "US"): "confirmed"},
        ),
        # "X's <leader>": whose leader
        (
            "Justin Trudeau said he will attend, in a call with Ukraine's Volodymyr Zelensky.",
            date(2023, 9, 5),
            {},
        ),
    ],
)
def test_a_place_that_says_whose_people_is_not_a_destination(
    tag: Tag, gazetteer: Gazetteer, text: str, published: date, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, published) == expected


def test_no_plans_for_the_leader_to_travel_is_a_denial(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "There are currently no plans for Emmanuel Macron to visit Algeria next month, his office said."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MACRON, "DZ"): "denied"}


def test_the_place_of_another_move_is_not_where_a_meeting_is(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron is due to meet Narendra Modi before returning to Paris on Saturday night."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}
    text = "Macron will meet Narendra Modi in Paris on Saturday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "FR"): "confirmed"}


def test_a_trip_noun_after_an_arrival_of_its_possessor_has_begun(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Xi Jinping arrived at the airport at 11:30 a.m. on Tuesday for his first state visit to the Philippines."
    assert statuses(tag, gazetteer, text, date(2018, 11, 20)) == {(XI, "PH"): "ongoing"}
    text = "Xi Jinping arrived in Lima on Tuesday, while his state visit to Brazil is due next week."
    assert statuses(tag, gazetteer, text, date(2018, 11, 20))[(XI, "BR")] in ("planned", "confirmed")


def test_a_visit_whose_date_is_yet_to_be_set_is_a_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Peskov said the date of Vladimir Putin's visit to Turkey would be agreed through diplomatic channels."
    assert statuses(tag, gazetteer, text, date(2024, 4, 16)) == {("Q7747", "TR"): "planned"}
    # a new date is a postponement's, not a plan of its own
    text = "A new date for Vladimir Putin's visit to Turkey is yet to be set."
    assert statuses(tag, gazetteer, text, date(2024, 4, 16)) == {}


def test_legs_told_as_a_past_plan_are_called_off_with_the_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    called_off = (
        "Modi has cancelled his visit to Kenya, his office said on Monday. "
        "After Kenya, he was expected to travel to Ghana and Nigeria."
    )
    assert statuses(tag, gazetteer, called_off, date(2024, 5, 6)) == {
        (MODI, "KE"): "cancelled",
        (MODI, "GH"): "cancelled",
        (MODI, "NG"): "cancelled",
    }
    # without the calling-off, the past plan is still a plan
    plan = "Modi met his cabinet on Monday. After Kenya, he was expected to travel to Ghana and Nigeria."
    assert statuses(tag, gazetteer, plan, date(2024, 5, 6)) == {(MODI, "GH"): "planned", (MODI, "NG"): "planned"}
    # a leg told as a firm plan is not the calling-off's
    firm = "Modi has cancelled his visit to Kenya, his office said on Monday. He will travel to Ghana in June."
    assert statuses(tag, gazetteer, firm, date(2024, 5, 6)) == {(MODI, "KE"): "cancelled", (MODI, "GH"): "confirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Modi is considering a visit to Japan next month.",
        "Modi hopes to visit Japan next month.",
        "Modi is exploring the possibility of visiting Japan.",
        "Modi is weighing a trip to Japan.",
        # its making ready, by either side
        "Modi is arranging a visit to Japan.",
        "Tokyo and Delhi are preparing a state visit of Prime Minister Modi to Japan.",
    ],
)
def test_an_intention_to_travel_is_a_plan(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "Modi may visit Japan next month, the foreign secretary said.",
        "Modi might travel to Japan next month.",
        "Modi may arrive in Tokyo on May 26.",
    ],
)
def test_a_trip_told_as_possible_is_a_plan(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "If invited, Modi may visit Japan next month.",
        "Modi may travel to Japan next month, or he may not.",
    ],
)
def test_a_possible_trip_on_a_condition_or_left_open_is_no_plan(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Modi could visit Japan next month.",
        "Modi wanted to visit Japan in May.",
        "Modi is considering a trip to Japan, but no decision has been made.",
    ],
)
def test_a_trip_only_possible_once_wished_or_undecided_is_no_plan(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}


def test_weighing_an_invitation_is_an_invitation(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi is considering an invitation to visit Japan next month."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "invited"}


def test_a_place_named_by_its_countrys_adjective_is_a_destination(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi will travel to the Swiss capital on Monday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "CH"): "confirmed"}
    # the adjective of an office, or of a place named after it, is not one
    text = "Modi will travel to the Chinese city of Harbin to meet the Italian president on Monday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "CN"): "confirmed"}


def test_a_future_in_what_the_fronted_subject_says_is_not_its_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "On their arrival in Kyiv, Macron said they would visit the war sites."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((MACRON, "UA")) not in ("planned", "confirmed")


@pytest.mark.parametrize(
    "text", ["Modi will fly from Britain to France on Monday.", "Modi's trip from Britain to France is set for Monday."]
)
def test_the_origin_of_a_trip_from_one_place_to_another_is_passed_over(
    tag: Tag, gazetteer: Gazetteer, text: str
) -> None:
    assert set(statuses(tag, gazetteer, text, date(2024, 5, 6))) == {(MODI, "FR")}


def test_a_sentence_opening_on_the_trip_told_before_is_its_travellers(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron will tour Africa next week. The tour will start with a visit to Mauritius on Thursday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MACRON, "MU"): "confirmed"}
    # someone else's visit, or no traveller named before, is no one's
    text = "Macron will tour Africa next week. The visit by Wang Yi to Mauritius will start on Thursday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}
    text = "The tour will start with a visit to Mauritius on Thursday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}


def test_a_present_verb_in_a_clause_of_time_is_as_future_as_its_main_clause(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi may take an unusual route when he travels to Russia."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "RU"): "planned"}
    text = "Modi will sign the deal once he arrives in Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}
    # a habit is no trip
    text = "Modi always takes his own cook when he travels to Russia."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}


def test_a_denied_calling_off_leaves_the_plan_standing(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The government on Sunday denied a report that Prime Minister Modi was delaying a planned trip to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}
    # a denied report of the trip itself is a denial
    text = "The government on Sunday denied a report that Prime Minister Modi was planning a trip to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "denied"}


def test_a_seat_of_government_that_hosts_is_where_the_guest_goes(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The Kremlin will host Narendra Modi next week with all the usual pomp."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "RU"): "confirmed"}


def test_a_bare_weekday_in_an_undated_report_is_the_news_of_the_day(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prime Minister Narendra Modi on Tuesday begins a two-day state visit to Japan."
    assert statuses(tag, gazetteer, text, None) == {(MODI, "JP"): "ongoing"}
    # an announced weekday ahead, or a report with a date, still says a plan
    text = "Prime Minister Narendra Modi next Tuesday begins a two-day state visit to Japan."
    assert statuses(tag, gazetteer, text, None) == {(MODI, "JP"): "planned"}
    text = "Prime Minister Narendra Modi on Tuesday begins a two-day state visit to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


def test_a_present_verb_on_the_reports_own_day_is_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prime Minister Narendra Modi begins a two-day state visit to Japan today."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing"}
    assert statuses(tag, gazetteer, text, None) == {(MODI, "JP"): "ongoing"}
    text = "Prime Minister Narendra Modi on Monday, May 6, begins a two-day state visit to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing"}
    text = "Prime Minister Narendra Modi is heading to Japan to attend a summit from May 6 to May 8."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing"}
    # a day after the report's, or a stretch of time that begins on it, is still ahead
    text = "Prime Minister Narendra Modi begins a two-day state visit to Japan tomorrow."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}
    text = "Prime Minister Narendra Modi begins a two-day state visit to Japan later this month."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


def test_a_present_verb_with_a_year_in_an_undated_report_is_no_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "In 2018 Prime Minister Narendra Modi set out on a long tour, heading to Japan and China."
    assert "planned" not in statuses(tag, gazetteer, text, None).values()
    # the same words with a report date put the year behind it; a future word still says a plan
    text = "Prime Minister Narendra Modi heads to Japan in May 2025, officials expect."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


def test_a_leader_on_the_way_is_travelling_now(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prime Minister Narendra Modi is on his way to Japan. He is scheduled to land in Tokyo on Tuesday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing"}
    # a stop on the way, told with a future, is a plan for both
    text = "Prime Minister Narendra Modi will stop in Lisbon on his way to Japan next week."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "PT"): "confirmed", (MODI, "JP"): "planned"}


def test_boarding_the_plane_for_a_trip_is_setting_off(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prime Minister Narendra Modi boards his special aircraft in New Delhi for a trip to Japan and Fiji."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing", (MODI, "FJ"): "ongoing"}
    text = "Prime Minister Narendra Modi emplaned for Japan on Monday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing"}
    # boarding on a later day is still a plan
    text = "Prime Minister Narendra Modi will board his special aircraft for Japan on Friday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "confirmed"}


def test_a_departure_on_a_bare_weekday_in_an_undated_report_is_the_news_of_the_day(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "Prime Minister Narendra Modi leaves New Delhi on Saturday for a visit to Japan."
    assert statuses(tag, gazetteer, text, None) == {(MODI, "JP"): "ongoing"}
    # an announced weekday ahead is still a plan
    text = "Prime Minister Narendra Modi leaves New Delhi next Saturday for a visit to Japan."
    assert statuses(tag, gazetteer, text, None) == {(MODI, "JP"): "planned"}


def test_the_country_after_a_leaders_name_and_of_is_whose_leader(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "President Joe Biden will take part in an event with Prime Minister Narendra Modi of India on Sunday."
    assert (BIDEN, "IN") not in statuses(tag, gazetteer, text, date(2024, 5, 6))
    # the country of the event itself is still a destination
    text = "President Joe Biden will take part in an event in India with Prime Minister Narendra Modi on Sunday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6))[(BIDEN, "IN")] == "confirmed"


def test_a_sentence_about_he_keeps_him_the_subject_for_the_next(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "President Emmanuel Macron arrived in Japan on Monday. He had breakfast with President Joe Biden. "
        "The president will fly to Fiji on Friday."
    )
    trips = statuses(tag, gazetteer, text, date(2024, 5, 6))
    assert trips.get((MACRON, "FJ")) == "confirmed"
    assert (BIDEN, "FJ") not in trips
    # a sentence that opens on a leader's name makes that leader the subject
    text = (
        "President Emmanuel Macron arrived in Japan on Monday. President Joe Biden had breakfast with him. "
        "The president will fly to Fiji on Friday."
    )
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((BIDEN, "FJ")) == "confirmed"


def test_a_past_meeting_after_a_future_verb_keeps_its_own_tense(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The summit will come two months after Modi met President Joe Biden at the White House."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((MODI, "US")) == "past"
    # a passive with its future is still a plan
    text = "Prime Minister Narendra Modi will be hosted by President Joe Biden at the White House on Friday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((MODI, "US")) == "confirmed"


def test_a_dismissed_report_suggesting_a_trip_is_a_denial(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The government dismissed a report suggesting that Prime Minister Modi is considering a trip to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "denied"}


def test_the_seat_of_government_a_report_comes_from_is_no_meeting_place(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The US president will hold a bilateral meeting with Prime Minister Narendra Modi on Friday, "
        "according to a White House press release."
    )
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}
    text = "The US president will hold a bilateral meeting with Prime Minister Modi on Friday at the White House."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "US"): "confirmed"}


def test_leaders_and_as_many_countries_after_one_verb_go_one_each(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "President Emmanuel Macron and Prime Minister Narendra Modi are to visit China and Japan next month."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MACRON, "CN"): "confirmed", (MODI, "JP"): "confirmed"}
    # one leader, or a list of another length, goes everywhere named
    text = "President Emmanuel Macron and Prime Minister Narendra Modi are to visit China next month."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MACRON, "CN"): "confirmed", (MODI, "CN"): "confirmed"}


def test_a_trip_noun_with_a_dated_time_in_an_undated_report_is_told_not_planned(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Officials recalled the state visit of Prime Minister Narendra Modi to Japan in October 2021."
    assert statuses(tag, gazetteer, text, None) == {(MODI, "JP"): "past"}
    # a time without a year, or a future verb, still says a plan
    text = "Officials discussed the state visit of Prime Minister Narendra Modi to Japan next month."
    assert statuses(tag, gazetteer, text, None) == {(MODI, "JP"): "planned"}


def test_a_bare_surname_last_written_with_someone_elses_given_name_is_not_the_leader(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "First lady Jill Biden arrived in Kenya on Monday. Biden will travel to Ghana on Friday with her staff."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((BIDEN, "GH")) is None
    # with only the first lady named, the surname is hers even with no word in its sentence that says so
    text = "First lady Jill Biden arrived in Kenya on Monday. Biden will travel to Ghana on Friday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((BIDEN, "GH")) is None
    # with the president named before her, it is still the leader's without such a word
    text = f"President Joe Biden spoke in Washington. {text}"
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(BIDEN, "GH"): "confirmed"}
    # the leader's own name, or his title, before the surname makes it his again
    text = "Jill Biden arrived in Kenya on Monday. President Biden will travel to Ghana on Friday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(BIDEN, "GH"): "confirmed"}
    text = "Jill Biden arrived in Kenya. Joe Biden will travel to Ghana on Friday. Biden will then fly to Togo."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(BIDEN, "GH"): "confirmed", (BIDEN, "TG"): "confirmed"}
    # a middle name goes with the leader's given name
    text = "Prime Minister Narendra Damodardas Modi arrived in Kenya on Monday. Modi will travel to Ghana on Friday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((MODI, "GH")) == "confirmed"
    # and a hyphenated given name is one
    text = "Frank-Walter Steinmeier arrived in Kenya on Monday. Steinmeier will travel to Ghana on Friday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get(("frank-walter-steinmeier", "GH")) == "confirmed"


def test_leaving_home_on_a_date_for_a_capital_is_a_trip_there(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prime Minister Narendra Modi is due to leave Delhi on May 9 for Tokyo to attend a summit."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}
    # the words between the leaving and "for" are not a stay in the place left
    text = "Modi left Delhi late on Thursday for Tokyo."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing"}


def test_a_plan_named_before_the_leader_with_for_is_his_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The ministry said plans are underway for Indian Prime Minister Modi to visit Tokyo for talks."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}
    # a plan for something else, which the leader's own clause follows, is not read so
    text = "Plans are underway for a summit at which Modi is to visit Tokyo."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "confirmed"}


def test_en_route_to_a_country_is_a_trip_there(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "White House officials confirmed President Biden will stop off en route to Indonesia and Australia."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(BIDEN, "ID"): "confirmed", (BIDEN, "AU"): "confirmed"}
    text = "Biden will stop in Guam en route to Indonesia."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(BIDEN, "GU"): "confirmed", (BIDEN, "ID"): "confirmed"}


def test_a_plan_told_in_the_past_is_a_plan_only_in_a_dated_article(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Before the summit was called, Modi was set to travel to Angola for an inauguration."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "AO"): "planned"}
    # undated, nothing says the plan is still ahead: it may have been dropped, or made long ago
    assert statuses(tag, gazetteer, text, None) == {}


def test_a_host_who_names_no_place_hosts_at_home(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Chancellor Olaf Scholz will next week host President Emmanuel Macron for talks on Ukraine."
    assert statuses(tag, gazetteer, text, date(2025, 3, 14)) == {(MACRON, "DE"): "confirmed"}
    text = "President Xi Jinping will welcome Prime Minister Narendra Modi on Monday, his office said."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "CN"): "confirmed"}
    # told in the past, in the passive or somewhere named, it is read as before
    assert statuses(tag, gazetteer, "Xi Jinping hosted Narendra Modi last week.", date(2024, 5, 6)) == {}
    text = "Modi will be officially welcomed by Xi Jinping at a ceremony."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}
    # a meeting names no host: no place, no trip
    assert statuses(tag, gazetteer, "Xi Jinping will meet Narendra Modi on Monday.", date(2024, 5, 6)) == {}


def test_setting_off_on_a_tour_of_a_region_puts_its_legs_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "President Joe Biden has embarked on a week-long trip to Asia. Biden will visit Japan and Vietnam."
    assert statuses(tag, gazetteer, text, date(2023, 9, 7)) == {(BIDEN, "JP"): "ongoing", (BIDEN, "VN"): "ongoing"}
    text = "Xi Jinping departed on a five-day visit to Latin America. Xi will visit Brazil and Peru."
    assert statuses(tag, gazetteer, text, date(2024, 11, 13)) == {(XI, "BR"): "ongoing", (XI, "PE"): "ongoing"}
    # a tour that has not begun: its legs are plans
    text = "President Joe Biden will embark on a week-long trip to Asia. Biden will visit Japan and Vietnam."
    assert statuses(tag, gazetteer, text, date(2023, 9, 7)) == {(BIDEN, "JP"): "confirmed", (BIDEN, "VN"): "confirmed"}


def test_leaders_coordinated_before_a_meeting_each_travel_to_it(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "German Chancellor Olaf Scholz and Polish President Andrzej Duda will hold talks with Macron in Paris."
    assert statuses(tag, gazetteer, text, date(2023, 6, 9)) == {
        ("olaf-scholz", "FR"): "confirmed",
        ("andrzej-duda", "FR"): "confirmed",
    }
    text = "US President Joe Biden and Chinese President Xi Jinping will hold their meeting in Indonesia on Monday."
    assert statuses(tag, gazetteer, text, date(2022, 11, 10)) == {(BIDEN, "ID"): "confirmed", (XI, "ID"): "confirmed"}


def test_also_attended_by_and_as_will_add_leaders_to_a_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Modi will attend the Quad summit in Sydney. "
        "The summit will also be attended by US President Joe Biden and Japanese Prime Minister Fumio Kishida."
    )
    assert statuses(tag, gazetteer, text, date(2023, 5, 16)) == {
        (MODI, "AU"): "confirmed",
        (BIDEN, "AU"): "confirmed",
        ("fumio-kishida", "AU"): "confirmed",
    }
    text = "Macron is expected to travel to Kenya in June, as is Chancellor Olaf Scholz."
    assert statuses(tag, gazetteer, text, date(2023, 4, 22)) == {
        (MACRON, "KE"): "planned",
        ("olaf-scholz", "KE"): "planned",
    }
    # "as will" after no trip adds none
    text = "Macron will speak on climate, as will Chancellor Olaf Scholz."
    assert statuses(tag, gazetteer, text, date(2023, 4, 22)) == {}


def test_whom_a_leader_meets_on_his_own_visit_and_the_host_of_a_visit_are_no_travellers(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "Modi will meet Chinese President Xi Jinping during his visit to the United States."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "US"): "confirmed"}
    # met somewhere of its own, both are there
    text = "Modi will meet Chinese President Xi Jinping in the United States next week."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "US"): "confirmed", (XI, "US"): "confirmed"}
    # the host of a state visit, and the country whose first lady comes along, are no trip
    text = "President Xi Jinping will host the state visit next week, noting France's first lady would come too."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}


def test_giving_up_a_visit_calls_it_off(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi gives up his visit to Japan as the crisis deepens."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "cancelled"}


@pytest.mark.parametrize(
    "text",
    [
        "Modi will visit Qatar on a tour that will also include visits to Oman and Kuwait.",
        "Modi will begin a Gulf tour next week, which includes visits to Oman and Kuwait.",
        "Modi has packed his bags for the trip, which will also take him to Oman and Kuwait.",
    ],
)
def test_the_places_a_tour_includes_or_takes_the_leader_to_are_its_legs(
    tag: Tag, gazetteer: Gazetteer, text: str
) -> None:
    found = statuses(tag, gazetteer, text, date(2024, 5, 6))
    assert {country for leader, country in found if leader == MODI} >= {"OM", "KW"}
    assert all(status in ("planned", "confirmed") for status in found.values())


@pytest.mark.parametrize(
    "text", ["Modi will be at the summit in Hiroshima on Saturday.", "Modi will be at the G7 in Hiroshima on Saturday."]
)
def test_being_at_a_summit_named_right_after_the_article_is_going_there(
    tag: Tag, gazetteer: Gazetteer, text: str
) -> None:
    assert statuses(tag, gazetteer, text, date(2023, 5, 15)) == {(MODI, "JP"): "confirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Narendra Modi told Xi Jinping that he would visit Russia in July.",
        "Narendra Modi thanked Xi Jinping and said that he was ready to visit Russia in July.",
    ],
)
def test_he_after_a_leaders_reporting_verb_is_the_one_who_speaks(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert set(statuses(tag, gazetteer, text, date(2024, 5, 6))) == {(MODI, "RU")}


def test_the_country_a_leader_will_visit_is_the_one_named_before_it_in_the_sentence(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "Sri Lanka is preparing for talks, and Narendra Modi is expected to visit the island nation in July."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "LK"): "planned"}
    assert statuses(tag, gazetteer, "India's Narendra Modi will visit the country in July.", date(2024, 5, 6)) == {}


def test_a_country_a_war_or_crisis_is_about_is_no_destination(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Xi will visit Russia next week and hold talks with Putin that could reshape the war in Ukraine."
    assert statuses(tag, gazetteer, text, date(2023, 3, 14)) == {(XI, "RU"): "confirmed"}
    # a trip to the country itself is still one
    text = "Macron will travel to Ukraine next week to discuss the war."
    assert statuses(tag, gazetteer, text, date(2023, 3, 14)) == {(MACRON, "UA"): "confirmed"}


def test_countries_named_as_the_issues_of_a_trip_are_no_destinations(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron is planning an Africa tour in May, with an eye on Mali and Niger issues."
    assert statuses(tag, gazetteer, text, date(2022, 2, 4)) == {}
    text = "Modi will travel next week for talks on the Afghanistan question."
    assert statuses(tag, gazetteer, text, date(2022, 2, 4)) == {}
    # a list of destinations is still a list
    text = "Macron is planning an Africa tour in May, with stops in Mali and Niger."
    assert set(statuses(tag, gazetteer, text, date(2022, 2, 4))) == {(MACRON, "ML"), (MACRON, "NE")}


@pytest.mark.parametrize(
    ("first", "published"),
    [
        # an event without a fixed host ...
        ("The African Union summit will be held in Kigali next week.", date(2024, 5, 6)),
        # ... or with editions but no date to find the year's by
        ("The G20 summit will be held in Osaka next month.", None),
    ],
)
def test_an_event_named_again_without_its_host_is_where_the_sentence_before_held_it(
    tag: Tag, gazetteer: Gazetteer, first: str, published: date | None
) -> None:
    event = first.split(" will")[0].removeprefix("The ")
    text = f"{first} Macron is expected to attend the {event}."
    found = statuses(tag, gazetteer, text, published)
    assert found == {(MACRON, "RW" if "Kigali" in first else "JP"): "planned"}


def test_an_event_named_again_without_a_venue_before_stays_unplaced(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Leaders discussed the African Union summit. Macron is expected to attend the African Union summit."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}


def test_being_unable_to_attend_is_a_denial(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron said he would be unable to attend the G20 summit in Osaka next month."
    assert statuses(tag, gazetteer, text, date(2019, 5, 6)) == {(MACRON, "JP"): "denied"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for X to visit": X is the subject of the infinitive, not an object of "for"
        ("According to Xi's office, plans are underway for Modi to visit Beijing.", {(MODI, "CN"): "planned"}),
        # "talks with X": still an object, the subject before travels
        ("Modi will fly to Beijing for talks with Xi to settle the dispute.", {(MODI, "CN"): "confirmed"}),
    ],
)
def test_the_leader_after_for_is_the_subject_of_the_infinitive_after_it(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == expected


@pytest.mark.parametrize("modifier", ["two-week", "three-nation", "four-country"])
def test_a_visit_after_a_length_or_count_modifier_is_a_trip_noun(tag: Tag, gazetteer: Gazetteer, modifier: str) -> None:
    text = f"Modi returned home on Sunday, wrapping up his {modifier} visit to Japan and Australia."
    found = statuses(tag, gazetteer, text, date(2024, 5, 5))
    assert found.get((MODI, "AU")) not in ("planned", "confirmed")
    assert found.get((MODI, "JP")) not in ("planned", "confirmed")


@pytest.mark.parametrize(
    "first",
    [
        "The funeral of the former king will be held on Monday at the cathedral in Oslo.",
        "Leaders gather next week for the Oslo peace summit.",
        "Leaders will attend the Assembly of the Nordic Council from May 8-9 in Oslo, Norway.",
    ],
)
def test_attending_a_gathering_the_gazetteer_does_not_know_goes_where_the_sentence_before_holds_it(
    tag: Tag, gazetteer: Gazetteer, first: str
) -> None:
    text = first + " Emmanuel Macron and Narendra Modi will attend."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MACRON, "NO"): "confirmed", (MODI, "NO"): "confirmed"}


def test_a_gathering_named_in_its_own_sentence_is_not_the_one_named_before(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The summit will be held in Oslo on Monday. "
        "Macron will attend the opening ceremony of the new campus of the French-Turkish university in Istanbul."
    )
    assert (MACRON, "NO") not in statuses(tag, gazetteer, text, date(2024, 5, 6))


def test_a_leader_listed_to_attend_plans_to(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi is among the leaders listed to attend the summit in Oslo."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "NO"): "planned"}


@pytest.mark.parametrize(
    "cue", ["leaders expected to attend the event include", "leaders that are expected to attend the summit include"]
)
def test_the_leaders_a_list_says_are_expected_at_a_summit_named_before_travel_to_it(
    tag: Tag, gazetteer: Gazetteer, cue: str
) -> None:
    text = (
        "The BRICS summit will be held in Johannesburg on August 22. "
        f"The {cue} Chinese President Xi Jinping and Indian Prime Minister Narendra Modi."
    )
    assert statuses(tag, gazetteer, text, date(2023, 8, 1)) == {(XI, "ZA"): "planned", (MODI, "ZA"): "planned"}


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        ("Egypt will take part in", {}),
        ("the ministry will take part in", {}),
        ("he will take part in", {(MACRON, "GB"): "confirmed"}),
    ],
)
def test_a_clause_reported_after_a_leader_has_its_own_subject(
    tag: Tag, gazetteer: Gazetteer, reported: str, expected: dict[tuple[str, str], str]
) -> None:
    text = f"Emmanuel Macron added that {reported} a conference on security in London next month."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == expected


def test_the_republic_of_congo_is_not_the_democratic_republic(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron will visit the Republic of Congo and then the Democratic Republic of Congo next week."
    expected = {(MACRON, "CG"): "confirmed", (MACRON, "CD"): "confirmed"}
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == expected


def test_on_the_way_to_is_a_move_and_the_month_may_is_no_modal(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron will meet Pacific leaders in Fiji on May 22 on his way to Australia."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((MACRON, "AU")) == "confirmed"
    # the modal still makes a possibility
    text = "Macron may meet Pacific leaders in Fiji on his way to Australia."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)).get((MACRON, "AU")) not in ("planned", "confirmed")
    # "way to" alone is no move
    text = "Macron said the way to Australia's heart is trade."
    assert (MACRON, "AU") not in statuses(tag, gazetteer, text, date(2024, 5, 6))


@pytest.mark.parametrize(
    "first",
    [
        "Macron arrived in Kenya on Saturday to kick off a five-day tour of East Africa.",
        "Macron headed to Kenya on Saturday, starting a three-nation tour.",
    ],
)
def test_an_arrival_that_begins_a_tour_puts_its_later_legs_under_way(
    tag: Tag, gazetteer: Gazetteer, first: str
) -> None:
    text = first + " Macron will travel to Tanzania on Monday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 4)) == {(MACRON, "KE"): "ongoing", (MACRON, "TZ"): "ongoing"}
    # an arrival that begins no tour leaves the next leg a plan
    text = "Macron arrived in Kenya on Saturday for talks. Macron will travel to Tanzania on Monday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 4)) == {(MACRON, "KE"): "ongoing", (MACRON, "TZ"): "confirmed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May, Modi will become the first Indian prime minister to visit Chile.", {(MODI, "CL"): "confirmed"}),
        ("Last year Modi became the first Indian prime minister to visit Chile.", {(MODI, "CL"): "past"}),
    ],
)
def test_the_leader_who_becomes_the_first_of_his_office_to_visit_is_the_traveller(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 3, 6)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Xi will host Macron in Beijing next week.",
        "Modi will meet Biden in Washington on Friday, as will the Japanese premier.",
        "Macron has jetted out of the country for a tour of Africa.",
        "Biden will follow Xi to Brazil next month.",
        "Modi will visit Japan on Friday.",
    ],
)
def test_a_scan_skipped_by_the_word_test_finds_what_a_full_scan_finds(
    tag: Tag, gazetteer: Gazetteer, text: str
) -> None:
    from pipeline.travel.detect import split_article
    from pipeline.travel.languages import language_for
    from pipeline.travel.languages.en import pairing

    tagged = tag(text, date(2024, 5, 6))
    for sentence in split_article(tagged, language_for("en")):
        for pattern, words in (
            (pairing.HOST, "host_verb"),
            (pairing._FOLLOWS, "follow_verb"),
            (pairing._HOME_DEPARTURE, "home_departure"),
        ):
            full = [match.span() for match in pattern.finditer(sentence.low)]
            assert [match.span() for match in sentence.matches(pattern, (words,))] == full


def test_the_objects_listed_after_a_meeting_verb_are_not_the_subject_of_the_next_move(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "Macron will meet Narendra Modi, India's prime minister and Xi Jinping on Friday, before heading to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MACRON, "JP"): "confirmed"}
    text = "Macron arrived in Seoul. He will meet Narendra Modi and Xi Jinping on Friday, before heading to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6))[(MACRON, "JP")] in ("planned", "confirmed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Modi has officially touched down in South Africa for the summit.", "ongoing"),
        ("Modi touched down in Johannesburg on Tuesday.", "ongoing"),
        ("Modi is expected to touch down in Johannesburg later this month.", "planned"),
    ],
)
def test_touching_down_is_an_arrival(tag: Tag, gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert statuses(tag, gazetteer, text, date(2023, 8, 9)) == {(MODI, "ZA"): expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Modi landed at Waterkloof Air Force Base in Pretoria on Tuesday.", "ongoing"),
        ("Modi will land at Waterkloof Air Force Base in Pretoria on Thursday.", "confirmed"),
    ],
)
def test_landing_at_an_airfield_in_a_city_is_an_arrival(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: str
) -> None:
    # (a papal landing "at Andrews Air Force Base in Washington DC": the airfield is no place, the city is)
    assert statuses(tag, gazetteer, text, date(2023, 8, 9)) == {(MODI, "ZA"): expected}


@pytest.mark.parametrize(
    "text",
    [
        "What is in store on the Asia trip\n- Modi to fly to Japan today for talks with the premier",
        "7m ago 18.51 Modi to fly to Japan today for talks with the premier",
    ],
)
def test_a_headline_infinitive_after_a_bullet_or_a_live_blogs_time_is_a_plan(
    tag: Tag, gazetteer: Gazetteer, text: str
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


def test_due_in_a_city_with_then_or_also_is_a_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi will go to Tokyo on May 3. The Indian leader Narendra Modi is then due in Beijing on May 15."
    assert statuses(tag, gazetteer, text, date(2024, 4, 24))[(MODI, "CN")] in ("planned", "confirmed")
    text = "Narendra Modi is also expected in Brussels at the end of May."
    assert statuses(tag, gazetteer, text, date(2024, 4, 24)) == {(MODI, "BE"): "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "After postponing his trip for a day due to a cold, Modi begins on Sunday his state visit to Japan.",
        "Modi is set to travel to Japan on Thursday, following a rescheduled visit postponed due to a storm.",
    ],
)
def test_a_calling_off_in_an_after_phrase_beside_the_trip_is_its_history(
    tag: Tag, gazetteer: Gazetteer, text: str
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 1))[(MODI, "JP")] in ("planned", "confirmed")


def test_a_calling_off_of_the_trip_itself_after_another_event_stands(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "After the storm, Modi postponed his trip to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 1)) == {(MODI, "JP"): "postponed"}


def test_a_place_after_since_is_the_time_gone_by_not_a_destination(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Zelenskyy will travel to Washington on Wednesday. The trip, which would be Zelenskyy's first known foreign"
        " visit since Russia invaded Ukraine on 24 February, could still be called off at the last minute."
    )
    assert (ZELENSKYY, "RU") not in statuses(tag, gazetteer, text, date(2022, 12, 20))


@pytest.mark.parametrize(
    "text",
    [
        "Modi will visit Japan for the first time since 2019.",
        "Modi begins on Sunday his most important visit to Japan, India's main partner since 2009.",
    ],
)
def test_a_time_after_since_is_no_trips_time(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6))[(MODI, "JP")] in ("planned", "confirmed")


def test_the_leader_met_before_a_glued_full_stop_is_not_the_next_sentences_traveller(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "In Tokyo, Modi will meet President Joe Biden.After Japan, Modi will arrive in China on November 8."
    assert (BIDEN, "CN") not in statuses(tag, gazetteer, text, date(2024, 11, 1))


def test_kicking_off_a_journey_sets_off_on_the_tour(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi kicked off his journey today for his 5-day Asia tour, where he will visit Japan and China."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing", (MODI, "CN"): "ongoing"}
    text = "Modi will kick off his Asia tour on Friday, when he will visit Japan and China."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "confirmed", (MODI, "CN"): "confirmed"}


def test_a_leader_named_as_the_owner_of_an_object_does_not_become_the_next_he(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "President Javier Milei will travel to the United States this month. Argentina's self-described leader will"
        " travel to the United States to attend Donald Trump's inauguration in Washington DC. He will then head to"
        " Switzerland to make an appearance at the World Economic Forum."
    )
    found = statuses(tag, gazetteer, text, date(2025, 1, 5))
    assert (TRUMP, "CH") not in found
    assert found[(MILEI, "CH")] in ("planned", "confirmed")


def test_the_host_of_a_fronted_invitation_is_not_the_next_sentences_subject(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "At the invitation of President Xi Jinping, Prime Minister Narendra Modi will visit China on April 16."
        " He will then travel to Japan for talks."
    )
    found = statuses(tag, gazetteer, text, date(2024, 4, 1))
    assert (XI, "JP") not in found
    assert found[(MODI, "JP")] in ("planned", "confirmed")


def test_a_recent_or_previous_trip_is_gone_by(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Modi begins on Sunday a state visit to Japan. Unlike his recent visit to the US, which barely lasted"
        " 24 hours, the Indian prime minister will remain in Japan until March 31."
    )
    found = statuses(tag, gazetteer, text, date(2024, 3, 23))
    assert found[(MODI, "US")] == "past"
    assert found[(MODI, "JP")] in ("planned", "confirmed")


@pytest.mark.parametrize(
    "comparison",
    [
        "It is the first visit by an Indian premier to Nepal in years, after a predecessor went there in June 1997.",
        "Modi will be the first Indian leader to visit Nepal since a predecessor did so in 1997.",
    ],
)
def test_an_undated_plans_time_from_before_the_travellers_office_is_another_trips(
    tag: Tag, gazetteer: Gazetteer, comparison: str
) -> None:
    # undated: the year of the comparison would make the plan one from before Modi led, and drop it
    text = "Prime Minister Narendra Modi will travel to Nepal on Sunday for a two-day visit. " + comparison
    found = {(t.leader.id, t.destination.country): t for t in detect_trips(tag(text, None), gazetteer)}
    assert found[(MODI, "NP")].status == "confirmed"
    assert found[(MODI, "NP")].when.start is None


def test_a_present_participle_of_a_gathering_named_before_takes_its_time(tag: Tag, gazetteer: Gazetteer) -> None:
    before = "The G7 summit will be held in Germany from June 26 to 28. "
    text = before + "Joe Biden and Narendra Modi are among the leaders attending the summit."
    assert statuses(tag, gazetteer, text, date(2022, 6, 1)) == {(BIDEN, "DE"): "planned", (MODI, "DE"): "planned"}
    # a gathering whose nearest reading is gone by, or an undated report, says no plan
    text = "The G7 summit was held in Germany from May 2 to 4. Joe Biden is among the leaders attending the summit."
    assert statuses(tag, gazetteer, text, date(2022, 6, 1)) == {}
    text = before + "Joe Biden is among the leaders attending the summit."
    assert "planned" not in statuses(tag, gazetteer, text, None).values()


def test_a_confirmed_attendance_is_at_the_gathering_named_before(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The G20 summit will be held in New Delhi on June 9 and 10. Joe Biden has confirmed his attendance."
    assert statuses(tag, gazetteer, text, date(2023, 6, 1)) == {(BIDEN, "IN"): "confirmed"}
    # an attendance confirmed and then called off, or a crowd's, is no plan
    text = "The G20 summit will be held in New Delhi on June 9 and 10. Biden had confirmed his attendance but quit."
    assert "confirmed" not in statuses(tag, gazetteer, text, date(2023, 6, 1)).values()
    text = "Attendance at the G20 summit in New Delhi was high, Joe Biden said."
    assert statuses(tag, gazetteer, text, date(2023, 6, 1)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Instead, Erdogan and Putin will hold a bilateral meeting on the sidelines of the G20 summit in Osaka.",
        "Erdogan and Putin agreed to hold a meeting on the margins of the G20 summit in Japan, the Kremlin said.",
        "Erdogan will meet Putin on the sidelines of the G20 summit in Osaka, the presidency said.",
    ],
)
def test_a_meeting_on_the_sidelines_of_a_summit_takes_both_leaders_there(
    tag: Tag, gazetteer: Gazetteer, text: str
) -> None:
    assert statuses(tag, gazetteer, text, date(2019, 5, 20)) == {
        ("recep-tayyip-erdogan", "JP"): "confirmed",
        ("Q7747", "JP"): "confirmed",
    }


def test_a_meeting_with_someone_unnamed_on_the_sidelines_of_a_summit_takes_the_leader_there(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "Erdogan will meet with the crown prince on the sidelines of the G20 summit in Argentina next week."
    assert statuses(tag, gazetteer, text, date(2018, 11, 23)) == {("recep-tayyip-erdogan", "AR"): "confirmed"}
    # a meeting there in the past is a past trip, and no alert
    text = "Erdogan met the crown prince on the sidelines of the G20 summit in Argentina last year."
    assert statuses(tag, gazetteer, text, date(2019, 11, 23)) == {("recep-tayyip-erdogan", "AR"): "past"}


def test_they_opening_a_sentence_stands_for_the_list_of_leaders_of_the_sentence_before(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "The talks had been a chance for Biden and Modi to meet. Instead, they will hold a meeting in Tokyo."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(BIDEN, "JP"): "confirmed", (MODI, "JP"): "confirmed"}
    # one leader before is no list; a leader named before "they" in its own sentence is the subject instead
    text = "The talks had been a chance for Biden to meet the press. Instead, they will hold a meeting in Tokyo."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {}


def test_a_meeting_on_the_sidelines_of_a_summit_of_unknown_host_goes_where_the_summit_is_said_to_be(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "Erdogan and Putin will hold a meeting on the sidelines of the G20 summit in Los Cabos, Mexico."
    assert statuses(tag, gazetteer, text, None) == {
        ("recep-tayyip-erdogan", "MX"): "confirmed",
        ("Q7747", "MX"): "confirmed",
    }


def test_the_summit_named_a_few_sentences_before_is_where_attend_goes(tag: Tag, gazetteer: Gazetteer) -> None:
    # a preview names the summit, tells of its agenda, then who will come
    text = (
        "Trump will host the G7 summit at Camp David at the end of June. "
        "The leaders had planned to meet by video. "
        "The White House changed its mind this month. "
        "Trade and health will top the agenda. "
        "Officials expect a short meeting. "
        "Emmanuel Macron and Narendra Modi have said they will attend."
    )
    assert statuses(tag, gazetteer, text, date(2020, 5, 25)) == {(MACRON, "US"): "confirmed", (MODI, "US"): "confirmed"}


def test_a_list_of_leaders_set_to_attend_may_be_given_with_are(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The G20 summit will be held in Rio de Janeiro next week. "
        "Other leaders scheduled to attend the summit are Emmanuel Macron and Narendra Modi."
    )
    assert statuses(tag, gazetteer, text, date(2024, 11, 11)) == {(MACRON, "BR"): "planned", (MODI, "BR"): "planned"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event with a usual host, held elsewhere this time: its sentence says where
        (
            "President Tinubu will attend a special World Economic Forum (WEF) meeting scheduled for April 28-29 "
            "in Riyadh, Saudi Arabia.",
            ("bola-tinubu", "SA", "2024-04-28"),
        ),
        (
            "President Ruto will attend the World Economic Forum on Africa scheduled to take place in Abuja on May 7.",
            ("william-ruto", "NG", "2024-05-07"),
        ),
        ("Macron will attend the Group of 20 (G20) Summit in Buenos Aires.", (MACRON, "AR", None)),
        ("Modi will attend the COP28 summit, which will be held later this year in Dubai.", (MODI, "AE", None)),
    ],
)
def test_an_event_is_held_where_its_sentence_says(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: tuple[str, str, str | None]
) -> None:
    leader, country, start = expected
    trips = [t for t in detect_trips(tag(text, date(2024, 3, 20)), gazetteer) if t.leader.id == leader]
    assert [(t.destination.country, t.status) for t in trips] == [(country, "confirmed")]
    if start is not None:
        assert str(trips[0].when.start) == start


def test_events_listed_before_which_he_will_attend_are_each_attended(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Next on Modi's calendar are the G20 Summit in Italy's Rome and the COP26 Summit in Scotland's Glasgow, "
        "which he will attend in person."
    )
    assert statuses(tag, gazetteer, text, date(2021, 10, 25)) == {(MODI, "IT"): "confirmed", (MODI, "GB"): "confirmed"}


def test_a_gathering_located_in_its_own_sentence_is_where_the_attendance_list_goes(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = (
        "Milei will travel to Switzerland for the World Economic Forum next week. "
        "The ceremony at the US Capitol will be attended by Italy's Prime Minister Giorgia Meloni."
    )
    assert statuses(tag, gazetteer, text, date(2025, 1, 10)) == {
        (MILEI, "CH"): "confirmed",
        ("giorgia-meloni", "US"): "confirmed",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obama will travel on Monday to Tanzania.", "2013-07-01"),
        ("Obama is on a week-long tour of Africa. He will finish his tour next week in Tanzania.", "2013-07-01"),
        ("Obama will travel to Tanzania on Monday.", "2013-07-01"),
    ],
)
def test_a_time_between_the_travel_word_and_the_place_is_the_trips(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: str
) -> None:
    [trip] = [t for t in detect_trips(tag(text, date(2013, 6, 28)), gazetteer) if t.destination.country == "TZ"]
    assert (trip.status, str(trip.when.start)) == ("confirmed", expected)


def test_a_time_before_the_first_leg_is_not_a_later_legs(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Ardern leaves this weekend for trips to Europe and then Australia."
    [trip] = [t for t in detect_trips(tag(text, date(2022, 6, 20)), gazetteer) if t.destination.country == "AU"]
    assert trip.when.start is None or trip.when.start.month != 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obama will finish his tour in Tanzania next week.", "confirmed"),  # the tour's last leg, ahead
        ("Obama will complete his tour with a stop in Tanzania.", "confirmed"),
        ("Obama finished his visit to Tanzania on Monday.", "past"),
    ],
)
def test_finishing_a_tour_is_ending_it(tag: Tag, gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert statuses(tag, gazetteer, text, date(2013, 6, 28)) == {("Q76", "TZ"): expected}


def test_he_after_the_office_of_someone_named_is_that_person(tag: Tag, gazetteer: Gazetteer) -> None:
    putin = "Q7747"
    text = "Putin spoke on Monday. Medvedev's office said he will travel to China in May."
    assert statuses(tag, gazetteer, text, date(2024, 1, 10)) == {}
    # a leader's own office, or an office word's, speaks for the leader
    text = "Putin spoke on Monday. Putin's office said he will travel to China in May."
    assert statuses(tag, gazetteer, text, date(2024, 1, 10)) == {(putin, "CN"): "confirmed"}
    text = "Putin spoke on Monday. The President's office said he will travel to China in May."
    assert statuses(tag, gazetteer, text, date(2024, 1, 10)) == {(putin, "CN"): "confirmed"}


def test_the_envoy_of_a_leader_named_with_his_title_travels_not_the_leader(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The special envoy of President Donald Trump, Steve Witkoff, will visit Moscow next week."
    assert statuses(tag, gazetteer, text, date(2025, 3, 11)) == {}
    text = "An aide to Russian President Vladimir Putin said Putin will visit China next week."
    assert statuses(tag, gazetteer, text, date(2025, 3, 11)) == {("Q7747", "CN"): "confirmed"}


def test_a_compound_of_two_countries_says_whose_talks_not_where(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Biden will attend US-China talks in Geneva next week."
    assert statuses(tag, gazetteer, text, date(2022, 2, 11)) == {(BIDEN, "CH"): "confirmed"}
    text = "Kim Jong Un will attend the DPRK-USA summit in Hanoi next week."
    assert statuses(tag, gazetteer, text, date(2022, 2, 11)) == {("kim-jong-un", "VN"): "confirmed"}
    # one country named twice is that country
    text = "Macron will pay a state visit to Guinea-Conakry next week."
    assert statuses(tag, gazetteer, text, date(2022, 2, 11)) == {(MACRON, "GN"): "confirmed"}


def test_after_calling_a_trip_off_is_no_trip_made(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Biden said he needs to stay in Washington, shortly after he cancelled trips to Germany and Angola."
    assert statuses(tag, gazetteer, text, date(2024, 10, 9)) == {(BIDEN, "DE"): "cancelled", (BIDEN, "AO"): "cancelled"}
    text = "Biden said he would stay, after he postponed his visit to Germany."
    assert statuses(tag, gazetteer, text, date(2024, 10, 9)) == {(BIDEN, "DE"): "postponed"}
    assert statuses(tag, gazetteer, "After his visit to Germany, Biden flew home.", date(2024, 10, 9)) == {
        (BIDEN, "DE"): "past"
    }


def test_a_trip_during_which_something_was_done_is_past(tag: Tag, gazetteer: Gazetteer) -> None:
    may = "theresa-may"
    opening = "Theresa May spoke on Monday. "
    text = opening + "The deal was signed during May's visit to Washington in January."
    assert statuses(tag, gazetteer, text, date(2017, 7, 4)) == {(may, "US"): "past"}
    text = opening + "The deal will be signed during May's visit to Washington in January."
    assert statuses(tag, gazetteer, text, date(2017, 7, 4)) == {(may, "US"): "planned"}


def test_a_day_of_the_month_before_named_without_its_year_has_gone(tag: Tag, gazetteer: Gazetteer) -> None:
    tinubu = "bola-tinubu"
    text = "Tinubu will attend a meeting scheduled for April 28-29 in Riyadh, Saudi Arabia."
    assert statuses(tag, gazetteer, text, date(2024, 5, 2)) == {(tinubu, "SA"): "past"}
    assert statuses(tag, gazetteer, "Tinubu will visit Saudi Arabia on May 28.", date(2024, 5, 2)) == {
        (tinubu, "SA"): "confirmed"
    }
    # over the new year: "December 28" in a story of January 5 has gone
    assert statuses(tag, gazetteer, "Tinubu will visit Saudi Arabia on December 28.", date(2025, 1, 5)) == {
        (tinubu, "SA"): "past"
    }


def test_a_leader_ending_a_fronted_clause_is_not_listed_with_the_subject(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "After a lunch hosted in his honour by Ghani, Modi will leave for Doha on Saturday."
    assert statuses(tag, gazetteer, text, date(2016, 6, 2)) == {(MODI, "QA"): "confirmed"}
    text = "After meeting Xi, Putin and Modi will travel to Brazil next week."
    assert statuses(tag, gazetteer, text, date(2016, 6, 2)) == {(MODI, "BR"): "confirmed", ("Q7747", "BR"): "confirmed"}


def test_leaders_among_those_who_confirmed_their_attendance_attend(tag: Tag, gazetteer: Gazetteer) -> None:
    opening = "The G20 summit will be held in Rio de Janeiro in November. "
    text = opening + "Macron and Modi are among those who have already confirmed their attendance."
    assert statuses(tag, gazetteer, text, date(2024, 5, 15)) == {(MACRON, "BR"): "confirmed", (MODI, "BR"): "confirmed"}
    text = opening + "Macron has confirmed his participation."
    assert statuses(tag, gazetteer, text, date(2024, 5, 15)) == {(MACRON, "BR"): "confirmed"}
    # told as overtaken: the plan changed since
    text = opening + "Macron was to attend and had confirmed his participation."
    assert statuses(tag, gazetteer, text, date(2024, 5, 15)).get((MACRON, "BR")) not in ("planned", "confirmed")


def test_stops_and_stop_overs_are_legs_of_a_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    putin = "Q7747"
    text = "Putin will make stops next week in Vietnam and Laos."
    assert statuses(tag, gazetteer, text, date(2017, 5, 19)) == {(putin, "VN"): "confirmed", (putin, "LA"): "confirmed"}
    text = "Modi will be arriving in the US after a stop-over in Portugal."
    assert statuses(tag, gazetteer, text, date(2017, 5, 19)) == {(MODI, "US"): "confirmed", (MODI, "PT"): "confirmed"}


@pytest.mark.parametrize(
    "listing",
    [
        "The leaders are to be joined by French President Emmanuel Macron and Indian Prime Minister Narendra Modi.",
        "Other leaders confirmed for the event are France's President, Emmanuel Macron; India's Prime Minister, "
        "Narendra Modi.",
    ],
)
def test_attendance_lists_without_a_travel_word_are_read(tag: Tag, gazetteer: Gazetteer, listing: str) -> None:
    text = "The summit will be held in Nairobi from May 6 to 9. " + listing
    assert statuses(tag, gazetteer, text, date(2024, 5, 2)) == {(MACRON, "KE"): "confirmed", (MODI, "KE"): "confirmed"}


def test_a_gathering_is_not_held_where_its_topic_is(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Leaders will meet today for a summit on ending the war in Ukraine, to be held at Lancaster House in London. "
        "The leaders are to be joined by French President Emmanuel Macron."
    )
    assert statuses(tag, gazetteer, text, date(2025, 3, 2)) == {(MACRON, "GB"): "confirmed"}


def test_an_attendance_confirmed_in_reported_speech_is_not_overtaken(tag: Tag, gazetteer: Gazetteer) -> None:
    opening = "The summit will be held in Nairobi on November 15-16. "
    text = opening + "The minister said on Monday that Macron and Modi had confirmed their attendance."
    assert statuses(tag, gazetteer, text, date(2024, 5, 2)) == {(MACRON, "KE"): "confirmed", (MODI, "KE"): "confirmed"}
    # told so by the story itself, the plan changed since
    text = opening + "Macron had confirmed his attendance."
    assert statuses(tag, gazetteer, text, date(2024, 5, 2)).get((MACRON, "KE")) not in ("planned", "confirmed")


@pytest.mark.parametrize("preposition", ["at", "for"])
def test_an_attendance_at_the_summit_is_at_the_summit_named_before(
    tag: Tag, gazetteer: Gazetteer, preposition: str
) -> None:
    opening = "The summit will be held in Nairobi on November 15-16. "
    text = opening + f"Macron has confirmed his attendance {preposition} the summit."
    assert statuses(tag, gazetteer, text, date(2024, 5, 2)) == {(MACRON, "KE"): "confirmed"}


def test_each_guest_of_a_titled_list_is_hosted(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "On Sunday, Kenyan President William Ruto will host French President Emmanuel Macron, "
        "Indian Prime Minister Narendra Modi and US President Joe Biden in Nairobi."
    )
    found = statuses(tag, gazetteer, text, date(2024, 5, 2))
    assert {key: found.get(key) for key in [(MACRON, "KE"), (MODI, "KE"), (BIDEN, "KE")]} == {
        (MACRON, "KE"): "confirmed",
        (MODI, "KE"): "confirmed",
        (BIDEN, "KE"): "confirmed",
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Finland expected the Russian president to visit the country in late August.",
            date(2019, 7, 24),
            {("Q7747", "FI"): "planned"},
        ),
        (
            "The White House had dropped Tanzania from the tour. Now Obama will visit the country.",
            date(2013, 6, 20),
            {("Q76", "TZ"): "confirmed"},
        ),
        # nor is it the home of a leader named before it: Xi's own China, or Lula's and Ramaphosa's countries
        ("Chinese President Xi Jinping is scheduled to visit the country next month.", date(2018, 6, 20), {}),
        (
            "The ASEAN summit will be held in Kuala Lumpur in October. Brazilian President Lula and South African "
            "President Cyril Ramaphosa will also come to the country.",
            date(2025, 9, 12),
            {("lula-da-silva", "MY"): "confirmed", ("cyril-ramaphosa", "MY"): "confirmed"},
        ),
    ],
)
def test_the_country_is_the_country_named_before(
    tag: Tag, gazetteer: Gazetteer, text: str, published: date, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, published) == expected


@pytest.mark.parametrize(
    "opening", ["Biden is among the heads of state travelling to London", "Biden will visit Britain"]
)
def test_a_trip_to_a_place_for_a_gathering_locates_the_gathering(tag: Tag, gazetteer: Gazetteer, opening: str) -> None:
    # "to London for next Monday's funeral": the funeral is in London, for the guests named after
    text = (
        opening + " for next Monday's funeral. "
        "Other leaders expected to attend include French President Emmanuel Macron and Indian Prime Minister "
        "Narendra Modi."
    )
    found = statuses(tag, gazetteer, text, date(2022, 9, 14))
    assert found.pop((BIDEN, "GB")) in ("planned", "confirmed")
    assert found == {(MACRON, "GB"): "planned", (MODI, "GB"): "planned"}


def test_leaders_expected_at_a_located_gathering_are_an_attendance_list(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Other leaders expected to attend the funeral in London include French President Emmanuel Macron and "
        "Indian Prime Minister Narendra Modi."
    )
    assert statuses(tag, gazetteer, text, date(2022, 9, 14)) == {(MACRON, "GB"): "planned", (MODI, "GB"): "planned"}


def test_the_one_gathering_of_a_page_is_where_its_guests_go_however_far_down(tag: Tag, gazetteer: Gazetteer) -> None:
    filler = "The service will be long and solemn. Crowds have gathered since dawn. Flowers line the streets. "
    opening = "The funeral will be held at Westminster Abbey in London on Monday. " + filler * 3
    text = opening + "French President Emmanuel Macron has said he will attend."
    assert statuses(tag, gazetteer, text, date(2022, 9, 14)) == {(MACRON, "GB"): "confirmed"}
    # a page with gatherings in two countries: too far back, the one meant is not known
    other = "A summit will be held in Nairobi in May. "
    assert statuses(tag, gazetteer, other + text, date(2022, 9, 14)) == {}


@pytest.mark.parametrize("denial", ["is not under consideration", "is not on the agenda"])
def test_a_trip_denied_by_what_is_said_of_it_is_denied(tag: Tag, gazetteer: Gazetteer, denial: str) -> None:
    text = f"Macron attending the funeral in London {denial}, his office said."
    assert statuses(tag, gazetteer, text, date(2022, 9, 14)) == {(MACRON, "GB"): "denied"}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("French President Emmanuel Macron is expected to be present as well.", "planned"),
        ("French President Emmanuel Macron will be in attendance.", "confirmed"),
        ("French President Emmanuel Macron also intends to be present.", "planned"),
    ],
)
def test_being_present_at_the_gathering_named_before_is_attending_it(
    tag: Tag, gazetteer: Gazetteer, sentence: str, status: str
) -> None:
    text = "The funeral will be held at Westminster Abbey in London on Monday. " + sentence
    assert statuses(tag, gazetteer, text, date(2022, 9, 14)) == {(MACRON, "GB"): status}


@pytest.mark.parametrize(
    "listing",
    [
        "The leaders of most European countries are expected to attend the funeral, including French President "
        "Emmanuel Macron and Indian Prime Minister Narendra Modi.",
        "Other heads of government are expected to be present, including Emmanuel Macron and Narendra Modi.",
    ],
)
def test_leaders_expected_at_a_gathering_including_a_list(tag: Tag, gazetteer: Gazetteer, listing: str) -> None:
    text = "The funeral will be held at Westminster Abbey in London on Monday. " + listing
    assert statuses(tag, gazetteer, text, date(2022, 9, 14)) == {(MACRON, "GB"): "planned", (MODI, "GB"): "planned"}


def test_a_country_represented_by_its_leaders_at_a_gathering_sends_them(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The funeral will be held at Westminster Abbey in London on Monday. "
        "India will be represented by both Prime Minister Narendra Modi and President Droupadi Murmu."
    )
    assert statuses(tag, gazetteer, text, date(2022, 9, 14)) == {
        (MODI, "GB"): "confirmed",
        ("droupadi-murmu", "GB"): "confirmed",
    }


def test_as_well_as_joins_a_list_of_leaders(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The summit will be held in Helsinki on Friday. It will be attended by President Emmanuel Macron as well as "
        "Prime Minister of India Narendra Modi."
    )
    assert statuses(tag, gazetteer, text, date(2023, 5, 3)) == {(MACRON, "FI"): "confirmed", (MODI, "FI"): "confirmed"}


def test_a_gathering_a_leader_hosts_is_held_in_the_hosts_country(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "President Sauli Niinisto will host the Nordic summit, which will be attended by French President Emmanuel "
        "Macron and Indian Prime Minister Narendra Modi."
    )
    assert statuses(tag, gazetteer, text, date(2023, 5, 3)) == {(MACRON, "FI"): "confirmed", (MODI, "FI"): "confirmed"}
    # a gathering hosted in the past says nothing of where this one is
    text = text.replace("will host", "hosted").replace("will be attended", "is attended")
    assert (MACRON, "FI") not in statuses(tag, gazetteer, text, date(2023, 5, 3))


def test_leaders_attending_a_gathering_ahead_plan_to_go(tag: Tag, gazetteer: Gazetteer) -> None:
    opening = "Modi will attend the COP27 summit in Egypt later this month. "
    text = (
        opening
        + "Both President Biden from the United States and President Macron from France are attending the event."
    )
    assert statuses(tag, gazetteer, text, date(2022, 11, 2)) == {
        (MODI, "EG"): "confirmed",
        (BIDEN, "EG"): "planned",
        (MACRON, "EG"): "planned",
    }
    # the gathering named again without its time is still then
    text = opening + "A budget is due at the end of the COP27 summit. Macron is attending the event."
    assert statuses(tag, gazetteer, text, date(2022, 11, 2))[(MACRON, "EG")] == "planned"
    # with no time ahead, one attending is there now
    text = "The COP27 summit is under way in Egypt. Macron is attending the event."
    assert statuses(tag, gazetteer, text, date(2022, 11, 8)) == {(MACRON, "EG"): "ongoing"}


def test_a_gathering_named_by_its_noun_is_the_one_named_so_before(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "World leaders will visit Britain for the Queen's funeral on Monday. "
        "A summit will be held in New York next week. "
        "French President Emmanuel Macron confirmed his attendance at the funeral after a call to the King."
    )
    assert statuses(tag, gazetteer, text, date(2022, 9, 16)) == {(MACRON, "GB"): "confirmed"}


def test_leaders_listed_after_a_reported_attendance_go_too(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The summit will be held in Sharm el-Sheikh in Egypt on Tuesday. The UN secretary general said he would "
        "attend, as well as French President Emmanuel Macron and Indian Prime Minister Narendra Modi."
    )
    assert statuses(tag, gazetteer, text, date(2025, 10, 13)) == {(MACRON, "EG"): "planned", (MODI, "EG"): "planned"}
    # unreported, "would" is a hypothesis
    text = text.replace("said he would attend", "would attend if asked")
    assert statuses(tag, gazetteer, text, date(2025, 10, 13)) == {}


def test_a_place_of_a_relative_clause_is_not_where_one_attends(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The inauguration will be held in Washington on January 20. "
        "French President Emmanuel Macron, who is holidaying in India, has said that he would consider attending."
    )
    assert statuses(tag, gazetteer, text, date(2025, 1, 12)) == {(MACRON, "US"): "planned"}


def test_the_one_whose_planned_visit_it_is_travels(tag: Tag, gazetteer: Gazetteer) -> None:
    # "planning the visit of X to Y": X travels, not the subject who plans it
    text = "Macron and Xi Jinping are planning the visit of Prime Minister Modi to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}
    # a leader named further on, after another phrase, is not the traveller of a trip-making verb
    text = "Modi paid a two-day visit to Tokyo at the invitation of the Chinese President Xi Jinping."
    assert (XI, "JP") not in statuses(tag, gazetteer, text, date(2024, 5, 6))


def test_a_country_called_by_its_region_is_the_one_named_before(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Japan's government is preparing a grand welcome for Biden in Tokyo. Officials said Biden's upcoming trip "
        "to the Asian nation will last three days."
    )
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(BIDEN, "JP"): "confirmed"}
    # not by guessing that the first leader travels: the country is none of the leaders' own
    text = (
        "Ramaphosa will hold a meeting with Chinese President Xi Jinping on August 22 as the latter will pay a "
        "state visit to the African country."
    )
    assert ("cyril-ramaphosa", "CN") not in statuses(tag, gazetteer, text, date(2023, 8, 7))


def test_a_denied_report_with_a_place_denies_the_other_reported_legs(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Pakistani sources on Thursday denied media reports that Trump was expected to visit Pakistan in September."
        "\n\nLocal channels had said that Trump would also visit India after arriving in Islamabad."
    )
    assert statuses(tag, gazetteer, text, date(2019, 9, 12))[(TRUMP, "IN")] == "denied"


def test_a_trip_noun_dated_only_today_is_not_told_as_ahead(tag: Tag, gazetteer: Gazetteer) -> None:
    # read on Sunday 5 May: the briefing's day, not the tour's
    text = "Modi spoke at a media briefing on his tri-nation tour of Japan, Fiji and Chile at his office on Sunday."
    found = statuses(tag, gazetteer, text, date(2024, 5, 5))
    assert found
    assert all(status not in ("planned", "confirmed") for status in found.values())
    # a time that runs on past today is still ahead
    text = "Modi spoke about his visit to Japan later this week."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


def test_a_plan_told_as_part_of_a_visit_is_not_there_now(tag: Tag, gazetteer: Gazetteer) -> None:
    # "as part of his visit to" says what the visit holds, not that it has begun (unlike "on the second day of")
    text = "Modi will address the parliament next Wednesday as part of his state visit to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}
    text = "On the second day of his state visit to Japan, Modi will address the parliament."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "ongoing"}


def test_earlier_this_month_is_behind_the_report(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "During a visit to Kenya earlier this month, Narendra Modi agreed with William Ruto that they will cooperate."
    )
    assert statuses(tag, gazetteer, text, date(2024, 5, 20)) == {(MODI, "KE"): "past"}


def test_a_plan_told_as_originally_planned_no_longer_holds(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi was originally planned to tour three cities in Brazil, but the floods cut the visit short."
    assert statuses(tag, gazetteer, text, date(2024, 5, 20))[(MODI, "BR")] not in ("planned", "confirmed")


def test_preparations_for_a_leader_to_visit_are_a_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Tokyo has begun preparations for Prime Minister Fumio Kishida to visit Brazil."
    assert statuses(tag, gazetteer, text, date(2022, 11, 20)) == {("fumio-kishida", "BR"): "planned"}


def test_the_amir_stands_for_the_emir_named_before(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Sheikh Tamim bin Hamad Al Thani met students in Doha. Next week the amir will travel to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 20)) == {("tamim-bin-hamad-al-thani", "JP"): "confirmed"}


def test_a_region_named_with_its_country_is_that_country(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Xi Jinping is expected to visit the Russian Far East next month."
    assert statuses(tag, gazetteer, text, date(2024, 5, 20)) == {(XI, "RU"): "planned"}


def test_an_invitation_between_commas_does_not_part_the_traveller_from_the_verb(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Xi Jinping will, at the invitation of his Kazakh counterpart, pay a state visit to Kazakhstan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 20)) == {(XI, "KZ"): "confirmed"}


def test_an_invitation_accepted_in_a_later_sentence_is_a_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    invited = "The Brazilian president has invited Narendra Modi to visit Brazil this autumn. "
    text = invited + "The invitation has been accepted, his office said."
    assert statuses(tag, gazetteer, text, date(2024, 5, 20)) == {(MODI, "BR"): "planned"}
    text = invited + "Modi has not yet accepted the invitation."
    assert statuses(tag, gazetteer, text, date(2024, 5, 20)) == {(MODI, "BR"): "invited"}


def test_a_tour_taking_the_leader_to_its_legs_goes_to_each(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron will tour West Africa from June 3 to 6, taking him to Ghana, Togo and Senegal, his office said."
    assert statuses(tag, gazetteer, text, date(2024, 5, 20)) == {
        (MACRON, "GH"): "confirmed",
        (MACRON, "TG"): "confirmed",
        (MACRON, "SN"): "confirmed",
    }


def test_a_place_the_trip_is_to_deal_with_is_no_destination(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden will fly abroad next week to focus on Iran, the White House said."
    assert (BIDEN, "IR") not in statuses(tag, gazetteer, text, date(2024, 5, 20))


def test_a_tours_dates_before_taking_the_leader_to_its_legs_are_the_legs_dates(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Macron will tour West Africa from June 3 to 6, taking him to Ghana, his office said. He was elected in April."
    )
    (trip,) = detect_trips(tag(text, date(2024, 5, 20)), gazetteer)
    assert trip.when.start == date(2024, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Pope Francis met the bishops on Monday. The pope will fly to Portugal on Friday.",
        "Pope Francis met the bishops on Monday. The pontiff will fly to Portugal on Friday.",
    ],
)
def test_the_pope_or_the_pontiff_stands_for_the_pope_named_before(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2023, 7, 31)) == {("pope-francis", "PT"): "confirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Modi was scheduled to visit Japan in August, but the plan was canceled.",
        "Modi was due to visit Japan in August, but the visit was called off.",
    ],
)
def test_a_plan_called_off_after_it_is_cancelled(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "cancelled"}


def test_a_trip_reported_in_the_perfect_passive_lies_ahead(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi has been reported to fly to Japan on Thursday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


def test_a_trip_ahead_of_which_the_leader_left_for_elsewhere_is_ahead(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi left Delhi for a short break, ahead of his official trip to Japan next month."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This will be Modi's first state visit to Japan.", "planned"),
        ("It was Modi's first state visit to Japan.", "past"),
    ],
)
def test_a_trip_noun_after_a_future_copula_lies_ahead(tag: Tag, gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): expected}


def test_he_after_but_and_a_saying_is_the_sentences_subject(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi regretted that Xi will not attend, but confirmed that he plans to travel to Japan."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "confirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Modi will take a trip abroad in June, a nearly two-week long and demanding tour of Asia and Oceania, with"
        " stops in Japan and Vietnam.",
        "Modi will take a trip abroad in June, a nearly two-week long and demanding tour of Asia and Oceania,"
        " stopping in Japan and Vietnam.",
    ],
)
def test_the_stops_of_a_tour_are_its_legs(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "confirmed", (MODI, "VN"): "confirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Modi is eyeing a possible visit to Japan in June.",
        "The embassy is working to arrange a visit to Japan by Modi.",
    ],
)
def test_a_possible_visit_weighed_or_being_arranged_is_a_plan(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


def test_where_a_tour_will_start_is_a_leg(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi's tour will begin in Japan on Saturday."
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "JP"): "planned"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No travel word joins the leader to the place: his future verb of presence does ...
        ("Modi will address the Indian diaspora in Sydney on Tuesday.", {(MODI, "AU"): "confirmed"}),
        ("Macron is expected to meet business leaders in Seoul next week.", {(MACRON, "KR"): "planned"}),
        ("Xi is set to embark on a diplomatic mission to Brazil.", {(XI, "BR"): "confirmed"}),
        # ... also when a travel word took him elsewhere in the sentence ...
        (
            "Modi will visit Japan on Monday, and will address the Indian diaspora in Sydney on Tuesday.",
            {(MODI, "JP"): "confirmed", (MODI, "AU"): "confirmed"},
        ),
        # ... but not a place of the cause, nor one where he takes part from afar.
        ("Modi will not attend because of the war in Ukraine.", {}),
        ("Macron will participate virtually in the summit in Brazil.", {}),
    ],
)
def test_a_future_verb_of_presence_pairs_a_leader_with_a_place_no_travel_word_reached(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == expected


def test_the_fallback_reading_is_less_sure_than_a_travel_words(tag: Tag, gazetteer: Gazetteer) -> None:
    published = date(2024, 5, 6)
    [fallback] = detect_trips(tag("Modi will address the Indian diaspora in Sydney on Tuesday.", published), gazetteer)
    [visit] = detect_trips(tag("Modi will visit Sydney on Tuesday.", published), gazetteer)
    assert (fallback.status, visit.status) == ("confirmed", "confirmed")
    assert fallback.confidence < visit.confidence


def test_a_second_verb_with_its_own_auxiliary_after_a_long_first_clause(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Macron will travel to Germany for the summit of the group's leaders on Friday and Saturday, "
        "and will attend the celebrations in Rome on July 14."
    )
    expected = {(MACRON, "DE"): "confirmed", (MACRON, "IT"): "confirmed"}
    assert statuses(tag, gazetteer, text, date(2024, 7, 1)) == expected


def test_a_relative_clause_giving_the_trips_own_start(tag: Tag, gazetteer: Gazetteer) -> None:
    [trip] = detect_trips(
        tag("Biden is looking forward to his trip to India, which begins on Friday.", date(2023, 9, 4)), gazetteer
    )
    assert (trip.destination.country, trip.status, trip.when.start) == ("IN", "planned", date(2023, 9, 8))


@pytest.mark.parametrize(
    "text",
    [
        "The White House denied reports that Macron's trip to Ireland in November was canceled.",
        "The Elysee pushed back on reports Tuesday that Macron's trip to Ireland in November was canceled.",
    ],
)
def test_a_denied_report_of_a_trip_called_off_leaves_the_trip_ahead(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2018, 9, 11)) == {(MACRON, "IE"): "confirmed"}


def test_the_fallback_does_not_reach_past_another_subject(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Modi will not attend the upcoming summit hosted by Canada this week, as he is scheduled to travel to Russia."
    )
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "CA"): "denied", (MODI, "RU"): "confirmed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place naming the trip noun after a possessor and a modifier: the noun, not the verb "visit".
        ("Macron's upcoming India visit will focus on trade.", {(MACRON, "IN"): "planned"}),
        ("Ahead of Modi's US visit next week, officials met in Delhi.", {(MODI, "US"): "planned"}),
        ("Xi's Brazil visit is set for November.", {(XI, "BR"): "planned"}),
        # "has a visit planned to": the trip noun reaches its place past the participle.
        ("Modi has a visit planned to Japan in August.", {(MODI, "JP"): "planned"}),
        # A country or city hosting, as the subject: the guest travels there (not its own leader, nor a possessor).
        ("Tokyo will host Modi next week.", {(MODI, "JP"): "confirmed"}),
        ("China is set to welcome Macron in April.", {(MACRON, "CN"): "confirmed"}),
        ("India will welcome Modi home on Friday.", {}),
        # The relative clause's subject is the leader it follows, even after a preposition.
        ("Biden will hold talks with Modi, who will visit Washington next week.", {(MODI, "US"): "confirmed"}),
    ],
)
def test_noun_phrase_and_hosting_forms_of_a_plan(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 3, 4)) == expected


def test_a_calling_off_told_as_its_own_subject_is_of_an_earlier_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The postponement is seen as a setback, as Xi will be going ahead with the India visit next week."
    assert statuses(tag, gazetteer, text, date(2024, 3, 4)) == {(XI, "IN"): "confirmed"}


def test_a_recurring_summit_is_the_edition_held_where_the_sentence_goes(tag: Tag, gazetteer: Gazetteer) -> None:
    # In 2024 the G20 of the year is Brazil's; travelling to Johannesburg for it, the 2025 one is meant.
    text = "Modi will travel to Johannesburg, South Africa, to attend the G20 summit."
    assert statuses(tag, gazetteer, text, date(2024, 6, 20)) == {(MODI, "ZA"): "confirmed"}
    text = "Modi will travel to Brazil for the G20 summit."
    assert statuses(tag, gazetteer, text, date(2024, 6, 20)) == {(MODI, "BR"): "confirmed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline drops the article before a place naming the trip noun
        ("Modi set for Japan trip", {(MODI, "JP"): "planned"}),
        # a gathering as the object of a future verb of presence: the leader goes where it is held
        ("Modi is slated to address the UN General Assembly in New York.", {(MODI, "US"): "confirmed"}),
        ("Modi will address the G20 summit virtually.", {}),
    ],
)
def test_headline_and_gathering_object_forms(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 6, 20)) == expected


def test_he_after_a_crown_prince_who_met_a_leader_is_not_that_leader(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "In Islamabad the crown prince will meet Pakistani Prime Minister Imran Khan and President Arif Alvi. "
        "The prince, who brings a delegation of bankers, is expected to announce loans. He will also travel to India."
    )
    assert statuses(tag, gazetteer, text, date(2019, 2, 15)) == {}


@pytest.mark.parametrize(
    "text", ["Modi is not scheduled to visit Japan.", "Modi isn't due to visit Japan this year, officials said."]
)
def test_a_negated_schedule_is_no_plan(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 4, 20)) == {(MODI, "JP"): "denied"}


@pytest.mark.parametrize("text", ["Modi is no longer expected to visit Japan.", "Modi no longer plans to visit Japan."])
def test_a_plan_no_longer_held_is_called_off(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 4, 20)) == {(MODI, "JP"): "cancelled"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's hope is no plan, with "that" or without; the traveller's own is
        ("Biden hopes Modi will visit Washington in June.", {}),
        ("Modi said he hopes he will visit Washington in June.", {(MODI, "US"): "confirmed"}),
        # a possibility left for some day is no plan
        ("Modi hinted he might visit Washington someday.", {}),
        ("Modi might visit Washington in June.", {(MODI, "US"): "planned"}),
    ],
)
def test_hopes_and_some_day_possibilities(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 4, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit in Kazan will bring together leaders including Xi Jinping and Narendra Modi.",
            {(XI, "RU"): "confirmed", (MODI, "RU"): "confirmed"},
        ),
        (
            "The summit in Kazan is expected to draw 20 leaders, including Xi Jinping and Narendra Modi.",
            {(XI, "RU"): "planned", (MODI, "RU"): "planned"},
        ),
        ("The forum in Kazan will draw criticism from Xi Jinping.", {}),
    ],
)
def test_a_gathering_that_brings_together_leaders(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2024, 7, 3)) == expected


def test_a_pronoun_that_would_take_a_leader_home_stands_for_the_other_leader_named(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    # the nearest leader before "he" is at home in Russia: the one who travels there is the other
    text = (
        "Indian Prime Minister Narendra Modi will meet Russian President Vladimir Putin when he visits Russia in July."
    )
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "RU"): "planned"}
    # "he" going where the nearest leader is no native is that leader, as before
    text = (
        "French President Emmanuel Macron will meet Indian Prime Minister Narendra Modi when he visits France in July."
    )
    assert statuses(tag, gazetteer, text, date(2024, 5, 6)) == {(MODI, "FR"): "planned"}


def test_the_owner_of_a_trip_named_inside_the_words_that_call_it_off_is_its_traveller(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    # the clause's subject is a country or officials; the trip is the possessor's
    text = "China and Pakistan have agreed to postpone President Xi's state visit to Pakistan."
    assert statuses(tag, gazetteer, text, date(2014, 9, 6)) == {(XI, "PK"): "postponed"}
    text = "Pakistan cancelled Modi's trip to Islamabad."
    assert statuses(tag, gazetteer, text, date(2014, 9, 6)) == {(MODI, "PK"): "cancelled"}
    # "plans for Modi to visit": the subject of the infinitive inside the words travels
    text = "Both leaders also discussed plans for Modi to visit the US."
    assert statuses(tag, gazetteer, text, date(2025, 1, 28)) == {(MODI, "US"): "planned"}


def test_reaching_a_place_is_arriving_there_reaching_out_or_a_deal_is_not(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prime Minister Sheikh Hasina has reached New Delhi today to attend the swearing-in of Narendra Modi."
    assert statuses(tag, gazetteer, text, date(2024, 6, 8)) == {("sheikh-hasina", "IN"): "ongoing"}
    assert statuses(tag, gazetteer, "Modi will reach Tokyo on Friday.", date(2024, 6, 8)) == {(MODI, "JP"): "confirmed"}
    assert statuses(tag, gazetteer, "Modi reached out to China on trade.", date(2024, 6, 8)) == {}
    assert statuses(tag, gazetteer, "Modi reached a deal with China on trade.", date(2024, 6, 8)) == {}


def test_a_trip_noun_that_is_likely_or_slated_to_take_place_is_ahead(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The talks come ahead of Modi's visit to Israel which is likely to take place in July."
    assert statuses(tag, gazetteer, text, date(2017, 5, 16)) == {(MODI, "IL"): "planned"}
    text = "Modi's visit to Israel, which is slated to take place in July, will be the first."
    assert statuses(tag, gazetteer, text, date(2017, 5, 16)) == {(MODI, "IL"): "planned"}


def test_a_trip_noun_planned_for_a_time_is_ahead_even_in_the_month_of_the_story(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Obama has a trip to Saudi Arabia planned for March."
    assert statuses(tag, gazetteer, text, date(2014, 3, 3)) == {("Q76", "SA"): "planned"}
    # told in the past tense, it is no plan now
    text = "Obama's trip to Saudi Arabia, which was planned for January, was called off."
    assert statuses(tag, gazetteer, text, date(2014, 3, 3)).get(("Q76", "SA")) not in ("planned", "confirmed")


def test_a_trips_itinerary_told_in_the_present_is_ahead(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Trump's tour includes visits to Saudi Arabia and Qatar."
    assert statuses(tag, gazetteer, text, date(2025, 3, 11)) == {(TRUMP, "SA"): "planned", (TRUMP, "QA"): "planned"}
    # told in the past, it raises no alert
    past = statuses(tag, gazetteer, "Trump's tour included visits to Saudi Arabia.", date(2025, 3, 11))
    assert past.get((TRUMP, "SA")) not in ("planned", "confirmed")


def test_an_attendance_with_no_object_before_and_is_at_the_gathering_named_before(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = (
        "President Biden will host the Summit of the Americas in Los Angeles next month.\n\n"
        "Brazilian President Jair Bolsonaro has said he will attend and is expected to meet Biden there."
    )
    found = statuses(tag, gazetteer, text, date(2022, 5, 27))
    assert found.get(("jair-bolsonaro", "US")) == "confirmed"


def test_an_intention_to_visit_is_a_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "US President Barack Obama has expressed his intention to visit Vietnam in the near future."
    assert statuses(tag, gazetteer, text, date(2011, 6, 10)) == {("Q76", "VN"): "planned"}
    text = "Obama denied any intention to visit Vietnam."
    assert statuses(tag, gazetteer, text, date(2011, 6, 10)) == {("Q76", "VN"): "denied"}


def test_a_trip_fronted_by_on_or_during_before_a_past_verb_is_past(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "On November's trip to Malaysia and the Philippines, Obama touted the trade deal."
    assert statuses(tag, gazetteer, text, None) == {("Q76", "MY"): "past", ("Q76", "PH"): "past"}
    # before the trip, what was said says nothing of the trip's tense
    text = "Ahead of his trip to India next month, Obama said he wanted a deal."
    assert statuses(tag, gazetteer, text, None) == {("Q76", "IN"): "planned"}


def test_a_prime_minister_of_a_country_is_a_leader_not_a_ministers_aide(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "President of Maldives Mohamed Muizzu and Prime Minister of Bhutan Tshering Tobgay have accepted the "
        "invitation to attend the swearing-in in New Delhi."
    )
    assert statuses(tag, gazetteer, text, date(2024, 6, 8)) == {
        ("mohamed-muizzu", "IN"): "confirmed",
        ("tshering-tobgay", "IN"): "confirmed",
    }


def test_a_guest_list_goes_on_past_a_leaders_quoted_nickname(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Prime Minister of Mauritius Pravind Kumar Jugnauth, Prime Minister of Nepal Pushpa Kamal Dahal 'Prachanda' "
        "and Prime Minister of Bhutan Tshering Tobgay have accepted the invitation to attend the swearing-in in "
        "New Delhi."
    )
    assert statuses(tag, gazetteer, text, date(2024, 6, 8)) == {
        ("pravind-jugnauth", "IN"): "confirmed",
        ("pushpa-kamal-dahal", "IN"): "confirmed",
        ("tshering-tobgay", "IN"): "confirmed",
    }


def test_pm_without_the_stands_for_the_prime_minister_named_before_not_a_time(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Prime Minister Narendra Modi will embark on a tour of China on May 14.\n\n"
        'The ministry said: "PM will pay an official visit to China from May 14-19, 2015."'
    )
    trips = detect_trips(tag(text, None), gazetteer)
    assert [(t.leader.id, t.destination.country, str(t.when.start)) for t in trips] == [(MODI, "CN", "2015-05-14")]
    # "5 pm" is a time
    title = language_for("en").generic_title
    assert title.search("the talks ended at 5 pm.") is None
    assert title.search("pm will visit china.") is not None


def test_a_time_that_opens_the_sentence_dates_its_trips(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "On April 22, the Presidents of Russia and Azerbaijan, Vladimir Putin, and Ilham Aliyev, who will arrive "
        "in Russia on a working visit, will hold talks in Moscow."
    )
    trips = detect_trips(tag(text, date(2024, 4, 19)), gazetteer)
    assert [(t.leader.id, t.destination.country, str(t.when.start)) for t in trips] == [
        ("ilham-aliyev", "RU", "2024-04-22")
    ]


def test_a_leaders_trip_before_the_first_of_something_since_or_after_it_is_past(tag: Tag, gazetteer: Gazetteer) -> None:
    for text in (
        "This will be their first meeting since Modi's visit to Lahore on December 25.",
        "This will be the first time after Modi's unannounced and brief visit to Lahore on December 25 that they meet.",
    ):
        assert statuses(tag, gazetteer, text, date(2016, 2, 29)) == {(MODI, "PK"): "past"}, text
    # another's trip after one's own, told with a time ahead, is ahead
    text = "Modi will fly to Washington after Putin's visit to India next week."
    assert statuses(tag, gazetteer, text, date(2016, 2, 29)).get(("Q7747", "IN")) == "planned"


def test_a_trip_that_will_be_to_a_place_goes_there(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Macron's first foreign trip as president will either be to Berlin or to Brussels."
    assert statuses(tag, gazetteer, text, date(2017, 5, 20)) == {(MACRON, "DE"): "planned", (MACRON, "BE"): "planned"}
    text = "Xi's first trip abroad this year will be to Russia."
    assert statuses(tag, gazetteer, text, date(2013, 3, 10)) == {(XI, "RU"): "planned"}


def test_a_guest_styled_his_excellency_received_at_a_place_of_the_hosts_country_goes_there(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = (
        "President Cyril Ramaphosa will host His Excellency President Xi Jinping of the Peoples Republic of China "
        "on a State Visit on Tuesday, 22 August 2023, at the Union Buildings in Pretoria."
    )
    assert statuses(tag, gazetteer, text, date(2023, 8, 7)) == {(XI, "ZA"): "confirmed"}
    text = "Biden will host Xi at a ceremony in London."  # a place of another country: told another way
    assert (XI, "US") not in statuses(tag, gazetteer, text, date(2023, 8, 7))


def test_an_aside_calling_a_leader_the_first_of_some_title_is_his_not_another_leader(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "Pope Leo, the first US leader of the world's 1.4 billion Catholics, will visit Turkey in November."
    assert statuses(tag, gazetteer, text, date(2025, 10, 7)) == {("pope-leo-xiv", "TR"): "confirmed"}


def test_a_leader_who_left_home_for_the_start_of_a_tour_is_on_its_legs(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Indian Prime Minister Narendra Modi on Monday left the capital New Delhi for the start of his first "
        "European tour. Modi will be in two countries over the period of his visit - Germany and France."
    )
    assert statuses(tag, gazetteer, text, date(2018, 10, 29)) == {(MODI, "DE"): "ongoing", (MODI, "FR"): "ongoing"}


def test_an_office_word_right_before_a_name_is_that_names_office_not_the_leader_before(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = (
        "The leaders set to attend the summit in Samarkand include Indian Prime Minister Narendra Modi, Pakistani PM "
        "Shehbaz Sharif and Kazakhstan President Kassym-Jomart Tokayev."
    )
    found = statuses(tag, gazetteer, text, date(2022, 9, 15))
    assert {key for key, status in found.items() if status in ("planned", "confirmed")} == {
        (MODI, "UZ"),
        ("shehbaz-sharif", "UZ"),
        ("kassym-jomart-tokayev", "UZ"),
    }


def test_the_first_stop_of_a_tour_that_will_be_a_place_is_a_leg(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi will begin a tour of the Gulf on July 17. His first stop will be the UAE, followed by Qatar."
    found = statuses(tag, gazetteer, text, date(2023, 7, 5))
    assert found[(MODI, "AE")] in ("planned", "confirmed")
    assert found[(MODI, "QA")] in ("planned", "confirmed")


def test_a_place_that_will_be_the_first_stop_of_a_leaders_trip_is_a_leg(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Oman will be the first stop of President Joe Biden's Gulf tour next month, officials said."
    assert statuses(tag, gazetteer, text, date(2023, 3, 1)) == {(BIDEN, "OM"): "confirmed"}


def test_will_likely_is_a_hedge(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Kenya will likely be the first stop of President Joe Biden's African tour in June."
    assert statuses(tag, gazetteer, text, date(2023, 3, 1)) == {(BIDEN, "KE"): "planned"}


def test_no_visit_of_a_leader_to_a_place_is_a_denial(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "There will be no visit of Putin to Ankara in the next few days, Kremlin spokesman Dmitry Peskov said."
    assert statuses(tag, gazetteer, text, date(2020, 2, 10)) == {(PUTIN, "TR"): "denied"}


def test_a_participle_after_before_takes_the_tense_of_its_clause(tag: Tag, gazetteer: Gazetteer) -> None:
    past = "Erdogan met the crown prince in Riyadh before travelling to Jeddah."
    ahead = "Erdogan will meet the crown prince in Riyadh before travelling to Jeddah."
    assert statuses(tag, gazetteer, past, date(2022, 6, 17))[("recep-tayyip-erdogan", "SA")] == "past"
    assert statuses(tag, gazetteer, ahead, date(2022, 6, 17))[("recep-tayyip-erdogan", "SA")] == "confirmed"


def test_the_leg_after_the_country_a_leader_has_arrived_in_is_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Prime Minister Narendra Modi has arrived in Tokyo for a two-day visit. After Japan, Modi will head to China."
    )
    found = statuses(tag, gazetteer, text, date(2025, 8, 29))
    assert found == {(MODI, "JP"): "ongoing", (MODI, "CN"): "ongoing"}


def test_the_leg_after_a_country_still_ahead_is_ahead(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prime Minister Narendra Modi will visit Japan on Friday. After Japan, Modi will head to China."
    found = statuses(tag, gazetteer, text, date(2025, 8, 25))
    assert found == {(MODI, "JP"): "confirmed", (MODI, "CN"): "confirmed"}


def test_a_hosts_first_person_hope_is_no_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = '"I do hope [President Putin] will enjoy his visit to India," Prime Minister Narendra Modi said.'
    assert statuses(tag, gazetteer, text, date(2021, 3, 10)).get((PUTIN, "IN")) not in ("planned", "confirmed")


def test_leaders_who_will_attend_a_gathering_are_a_list_of_guests(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Other leaders who will attend the Beijing forum are Indonesian President Joko Widodo and Malaysian Prime "
        "Minister Najib Razak."
    )
    found = statuses(tag, gazetteer, text, date(2017, 5, 10))
    assert found == {("joko-widodo", "CN"): "confirmed", ("najib-razak", "CN"): "confirmed"}


def test_coming_to_a_country_is_a_move(tag: Tag, gazetteer: Gazetteer) -> None:
    assert statuses(tag, gazetteer, "Putin is coming to Turkey next week.", date(2017, 5, 10)) == {
        (PUTIN, "TR"): "planned"
    }


def test_guests_listed_in_the_present_are_a_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    ahead = "The leaders attending the summit in Hamburg include Vladimir Putin and Xi Jinping."
    before = "The leaders attending the summit in Hamburg last year included Vladimir Putin and Xi Jinping."
    assert statuses(tag, gazetteer, ahead, date(2017, 7, 5)) == {(PUTIN, "DE"): "planned", (XI, "DE"): "planned"}
    assert not statuses(tag, gazetteer, before, date(2017, 7, 5))


def test_to_be_at_the_summit_named_before_is_to_attend_it(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The BRICS summit will be held in Kazan. Xi Jinping will also be at the summit."
    assert statuses(tag, gazetteer, text, date(2024, 10, 20)) == {(XI, "RU"): "confirmed"}


def test_a_leaders_inauguration_is_held_in_his_country(tag: Tag, gazetteer: Gazetteer) -> None:
    ahead = "Prime Minister Narendra Modi will attend the inauguration ceremony of Rwandan President Paul Kagame."
    before = "Prime Minister Narendra Modi attended the swearing-in of President Paul Kagame."
    assert statuses(tag, gazetteer, ahead, date(2024, 8, 1)) == {(MODI, "RW"): "confirmed"}
    assert statuses(tag, gazetteer, before, date(2024, 8, 1)) == {(MODI, "RW"): "past"}


def test_the_dated_programme_of_a_visit_under_way_in_an_undated_report_is_under_way(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = (
        "Pakistan Prime Minister Imran Khan has arrived in the US on Saturday. "
        "He is scheduled to meet Donald Trump at the White House on Monday, July 22."
    )
    assert {t.status for t in detect_trips(tag(text, None), gazetteer)} == {"ongoing"}


def test_will_no_longer_be_visiting_calls_the_trip_off(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prime Minister Narendra Modi will no longer be visiting Guyana as planned in early December."
    assert statuses(tag, gazetteer, text, date(2018, 10, 20)) == {(MODI, "GY"): "cancelled"}


def test_a_trip_in_a_year_of_the_last_century_is_past(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Chavez said it has the same significance as Fidel Castro's trip to Venezuela in 1959."
    (trip,) = detect_trips(tag(text, date(2008, 12, 12)), gazetteer)
    assert (trip.status, trip.when.start) == ("past", date(1959, 1, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leg after this afternoon's engagements follows now: the visit has begun
        (
            "Modi will meet students in Durban this afternoon before flying to Pretoria for the next leg of his "
            "South African visit.",
            {(MODI, "ZA"): "ongoing"},
        ),
        # a tour under way carries its other legs of the week with it (merge)
        (
            "Modi will fly to Pretoria for the next leg of his tour. He will travel to Ghana on Thursday.",
            {(MODI, "ZA"): "ongoing", (MODI, "GH"): "ongoing"},
        ),
        # not a leg dated further ahead, nor the first stop of a tour still to come
        ("Modi will fly to Pretoria next month for the next leg of his tour.", {(MODI, "ZA"): "confirmed"}),
        ("Modi will fly to Pretoria on Friday for the first leg of his tour.", {(MODI, "ZA"): "confirmed"}),
    ],
)
def test_the_next_leg_of_a_visit_is_under_way(
    tag: Tag, gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(tag, gazetteer, text, date(2023, 8, 22)) == expected


def test_an_event_named_by_its_city_is_that_edition(tag: Tag, gazetteer: Gazetteer) -> None:
    # "the Sydney Olympics" was held in Sydney, not where the edition of the story's year is (Athens, 2004)
    text = "Hu Jintao will tour the Sydney Olympics precinct with the premier."
    assert statuses(tag, gazetteer, text, date(2003, 10, 23)) == {("hu-jintao", "AU"): "confirmed"}
    trips = detect_trips(tag("Modi will visit the Paris 2024 Olympics on Thursday.", date(2023, 8, 22)), gazetteer)
    assert [(t.destination.country, t.destination.city) for t in trips] == [("FR", "Paris")]


@pytest.mark.parametrize(
    "text",
    [
        "A church observer says Modi is unlikely to accept the Taoiseach's invitation to visit Ireland.",
        "Activists will protest if Modi accepts the Taoiseach's invitation to visit Ireland.",
    ],
)
def test_an_invitation_not_accepted_stays_an_invitation(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert statuses(tag, gazetteer, text, date(2017, 7, 21)) == {(MODI, "IE"): "invited"}
    accepted = "Modi has accepted the Taoiseach's invitation to visit Ireland."
    assert statuses(tag, gazetteer, accepted, date(2017, 7, 21)) == {(MODI, "IE"): "planned"}


def test_being_in_office_is_not_being_in_the_place_after_it(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Modi says he will stay home while he is in office, and adds that he has seen America and it is lousy."
    assert statuses(tag, gazetteer, text, date(2017, 7, 21)) == {}
    assert statuses(tag, gazetteer, "Modi is in the Chinese capital, Beijing.", date(2017, 7, 21)) == {
        (MODI, "CN"): "ongoing"
    }


def test_a_calling_off_and_a_plan_a_month_apart_are_two_trips(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Modi will not attend the summit in Los Angeles from June 6-10. "
        "Modi noted that he will still pay a visit to the US in July."
    )
    trips = detect_trips(tag(text, date(2022, 6, 6)), gazetteer)
    assert sorted((t.status, t.when.start) for t in trips) == [
        ("confirmed", date(2022, 7, 1)),
        ("denied", date(2022, 6, 6)),
    ]
    # the same trip told twice stays one: the later word decides
    text = "Modi will visit the US from June 6-10. Modi will not visit the US from June 6-10 after all."
    assert [t.status for t in detect_trips(tag(text, date(2022, 6, 1)), gazetteer)] == ["denied"]


def test_going_to_a_thing_for_a_place_is_no_trip_there(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        'Lula will speak on Friday. "I think he needs to do everything to go to the mat for having the United '
        'States be the host for the 2016 Olympic Games," said an aide.'
    )
    assert statuses(tag, gazetteer, text, date(2009, 9, 11)) == {}
    assert statuses(tag, gazetteer, "Obama will go to Copenhagen for the vote.", date(2009, 9, 11)) == {
        ("Q76", "DK"): "confirmed"
    }


def test_a_trip_noun_after_a_past_verb_and_its_adjuncts_is_told_in_the_past(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "The two leaders held a summit for about 15 minutes on Thursday during Modi's visit to San Francisco."
    assert statuses(tag, gazetteer, text, date(2023, 11, 17)) == {(MODI, "US"): "past"}


def test_had_a_fruitful_visit_is_a_visit_made(tag: Tag, gazetteer: Gazetteer) -> None:
    # an adjective after "a" keeps "visit" a noun, and "had" before it tells the visit done
    text = "An aide said Modi had a fruitful visit to Saudi Arabia from March 22 to 24."
    assert statuses(tag, gazetteer, text, None) == {(MODI, "SA"): "past"}


def test_an_attendance_list_after_also_attending_the_summit_will_be(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Also attending the SAARC summit will be Presidents Hamid Karzai of Afghanistan and Mahinda Rajapaksa of "
        "Sri Lanka, and Prime Minister Yousaf Raza Gillani of Pakistan."
    )
    trips = detect_trips(tag(text, date(2008, 7, 25)), gazetteer)
    # the host stays home; the 2008 SAARC summit was held in Colombo
    assert sorted((t.leader.id, t.destination.country, t.destination.city, t.status) for t in trips) == [
        ("hamid-karzai", "LK", "Colombo", "confirmed"),
        ("yousaf-raza-gilani", "LK", "Colombo", "confirmed"),
    ]


def test_the_office_announcing_a_departure_is_not_the_traveller(tag: Tag, gazetteer: Gazetteer) -> None:
    # ("visits to X, the Office of the Prime Minister has announced": the office speaks; "of" names no traveller)
    text = (
        "Prime Minister Narendra Modi departed the capital yesterday afternoon for official visits to Namibia and "
        "South Africa, the Office of the Prime Minister has announced."
    )
    assert statuses(tag, gazetteer, text, date(2023, 8, 9)) == {(MODI, "NA"): "ongoing", (MODI, "ZA"): "ongoing"}


def test_having_led_a_delegation_on_a_day_is_told_in_the_past(tag: Tag, gazetteer: Gazetteer) -> None:
    # (undated: "led" is the past, not a present with a day ahead)
    text = "Prime Minister Narendra Modi led an Indian delegation to the ASEAN summit in Jakarta on September 4."
    assert statuses(tag, gazetteer, text, None) == {(MODI, "ID"): "past"}


def test_a_headline_after_a_kicker_is_still_a_headline(tag: Tag, gazetteer: Gazetteer) -> None:
    # (a live page's kicker, "Africa Live:", before the headline "X to visit Y")
    text = "Asia Live: Modi to visit Japan\n- Modi set to meet business leaders\nOther stories of the day follow."
    assert statuses(tag, gazetteer, text, date(2023, 8, 9)) == {(MODI, "JP"): "planned"}


def test_the_country_is_not_one_named_as_a_leaders_home(tag: Tag, gazetteer: Gazetteer) -> None:
    # ("the country" after a list of arrivals "Egypt's X, Nigeria's Y": those countries are the leaders' homes)
    text = (
        "Those who had already landed in Nairobi were Egypt's Abdel Fattah el-Sisi and Nigeria's Bola Tinubu. "
        "Nana Akufo-Addo of Ghana will visit the country on Monday."
    )
    found = statuses(tag, gazetteer, text, date(2023, 7, 15))
    assert found[("nana-akufo-addo", "KE")] == "confirmed"
    assert not any(country in ("EG", "NG") for leader, country in found if leader == "nana-akufo-addo")


def test_being_among_the_leaders_expected_at_a_gathering_is_attending_it(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "President Modi will be among ten heads of state expected at the funeral of the former king in Kathmandu."
    assert statuses(tag, gazetteer, text, date(2023, 8, 9)) == {(MODI, "NP"): "confirmed"}


def test_an_adverb_between_the_auxiliary_and_the_verb_keeps_the_verb(tag: Tag, gazetteer: Gazetteer) -> None:
    # ("will first visit": not the noun "first visit")
    text = "The spokesman said in a statement that Modi will first visit Japan."
    assert statuses(tag, gazetteer, text, date(2023, 8, 9)) == {(MODI, "JP"): "confirmed"}


def test_a_visit_to_the_country_of_the_leader_met_there(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Modi said he will travel to Russia later. Modi is due to hold talks with Chinese President Xi Jinping "
        "during a two-day visit to the country on September 23-25."
    )
    found = statuses(tag, gazetteer, text, date(2023, 9, 17))
    assert found[(MODI, "CN")] == "confirmed"
    assert ("Q15031", "RU") not in found


def test_a_leader_among_leaders_who_will_attend_attends(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "President Modi is among leaders who will attend the swearing-in of Uganda's Yoweri Museveni on Thursday."
    assert statuses(tag, gazetteer, text, date(2016, 5, 9))[(MODI, "UG")] == "confirmed"


def test_leaders_who_had_confirmed_their_attendance_as_noted_by_a_minister_come(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The G20 summit will be held in Bali next week. The minister noted that until Thursday, 17 heads of state, "
        "including President Xi Jinping, had confirmed their attendance at the summit. Several other heads of state "
        "and heads of government that confirmed their attendance at the G20 summit in person in Bali are Prime "
        "Minister Narendra Modi and President Emmanuel Macron."
    )
    found = statuses(tag, gazetteer, text, date(2022, 11, 10))
    assert {found.get((XI, "ID")), found.get((MODI, "ID")), found.get((MACRON, "ID"))} == {"confirmed"}


def test_agreeing_with_a_host_to_meet_in_his_capital_is_a_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Prime Minister Narendra Modi agreed during a telephone conversation with Russian President Vladimir Putin "
        "to meet in Moscow before the end of the year."
    )
    assert statuses(tag, gazetteer, text, date(2019, 10, 8)) == {(MODI, "RU"): "planned"}


def test_after_a_fronted_clause_naming_another_leader_he_is_the_subject(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Ahead of holding talks with Putin in Moscow on Saturday, Modi is scheduled to attend a forum in St. "
        "Petersburg on Friday, an official said. He is then expected to attend a ceremony in Beijing."
    )
    found = statuses(tag, gazetteer, text, date(2018, 5, 18))
    assert (MODI, "CN") in found
    assert (PUTIN, "CN") not in found


def test_a_future_verb_before_a_meeting_noun_is_not_the_meetings(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Modi and Xi Jinping will also mull progress of recent talks after their meeting in Addis Ababa on the "
        "sidelines of the last African summit, the ambassador added."
    )
    found = statuses(tag, gazetteer, text, date(2018, 7, 17))
    assert found.get((MODI, "ET")) != "confirmed"
    assert found.get((XI, "ET")) != "confirmed"


def test_a_summit_that_will_see_the_attendance_of_guests_at_a_resort_named_by_its_country(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    # (the resort's own name is unknown, so "the Swiss resort" is the place; the list opens on a guest who is no
    # leader)
    text = (
        "The summit, scheduled for June 15-16 at the Swiss resort of Buergenstock, will see the attendance of U.S. "
        "Vice President Kamala Harris, Indian Prime Minister Narendra Modi, and leaders from Germany and Japan."
    )
    assert statuses(tag, gazetteer, text, date(2024, 6, 14)) == {(MODI, "CH"): "confirmed"}


def test_a_summit_in_a_us_state_is_in_the_united_states(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin will meet Donald Trump in Alaska on August 15."
    assert statuses(tag, gazetteer, text, date(2025, 8, 10)) == {(PUTIN, "US"): "confirmed"}


def test_a_possessive_before_the_guest_is_the_hosts_not_a_guest(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "President Joe Biden will host his French counterpart Emmanuel Macron for a state visit on December 1."
    assert statuses(tag, gazetteer, text, date(2022, 9, 20)) == {(MACRON, "US"): "confirmed"}


def test_coming_through_a_country_on_the_way_is_a_trip_there(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden will come through the UK on his way home from Paris."
    assert statuses(tag, gazetteer, text, date(2023, 6, 12))[(BIDEN, "GB")] == "confirmed"


def test_an_if_that_opens_a_question_after_the_trip_sets_no_condition_on_it(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden will travel to the UK and see if he can meet the King."
    assert statuses(tag, gazetteer, text, date(2023, 6, 12)) == {(BIDEN, "GB"): "confirmed"}
    # (a condition on the trip is still one)
    text = "Joe Biden will travel to the UK if the talks succeed."
    assert statuses(tag, gazetteer, text, date(2023, 6, 12)) == {}


def test_a_guest_hosted_for_a_virtual_summit_does_not_travel(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden will host his Chinese counterpart Xi Jinping for a virtual summit on Monday."
    assert statuses(tag, gazetteer, text, date(2021, 11, 12)) == {}
    # (a video call told apart from the visit does not make the visit remote)
    text = "Joe Biden will host Xi Jinping in Washington on Monday, after a video call last week."
    assert statuses(tag, gazetteer, text, date(2021, 11, 12)) == {(XI, "US"): "confirmed"}


def test_a_denied_report_of_a_meeting_abroad_denies_both_sides_trips(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Turkish sources have denied a newspaper report claiming that President Recep Tayyip Erdogan would meet "
        "Syrian President Bashar al-Assad in Moscow next month."
    )
    assert statuses(tag, gazetteer, text, date(2023, 7, 20)) == {
        ("recep-tayyip-erdogan", "RU"): "denied",
        ("bashar-al-assad", "RU"): "denied",
    }


def test_a_country_of_mutual_interest_is_a_topic_not_where_a_meeting_is(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden will meet with Narendra Modi to discuss matters of mutual interest to the US and India."
    assert statuses(tag, gazetteer, text, date(2023, 6, 12)) == {}


def test_a_leader_not_invited_to_attend_has_no_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Venezuela's President Nicolas Maduro also wasn't invited to attend this week's summit in Los Angeles."
    assert statuses(tag, gazetteer, text, date(2022, 6, 6)) == {}


def test_a_trip_nouns_verb_after_an_apposition_gives_its_tense(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Zelenskyy's trip to Washington on Wednesday, one of his first foreign visits since the beginning of the "
        "war, was widely appreciated by Ukrainians."
    )
    assert statuses(tag, gazetteer, text, date(2022, 12, 24)) == {(ZELENSKYY, "US"): "past"}


def test_a_meeting_at_the_summit_named_before_is_held_where_it_is(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Xi Jinping will attend a leaders' summit of the regional bloc in the Uzbek city of Samarkand. "
        "Russia had announced that Xi will meet with Russian President Vladimir Putin at the summit."
    )
    assert statuses(tag, gazetteer, text, date(2022, 9, 12))[(PUTIN, "UZ")] == "confirmed"


def test_a_leader_who_owns_the_subject_is_not_the_subject_a_title_after_stands_for(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = (
        "Putin's spokesman Dmitry Peskov explained that the talks conflicted with President Xi Jinping's schedule. "
        "The President is scheduled to travel to Brazil on Friday."
    )
    assert statuses(tag, gazetteer, text, date(2019, 11, 4)) == {(XI, "BR"): "confirmed"}


def test_left_for_a_place_is_a_trip_there_not_to_the_next_one(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "On February 26, 2014, Xi Jinping left for South Sudan for a peacekeeping summit and then went to Kenya."
    assert statuses(tag, gazetteer, text, date(2014, 6, 1))[(XI, "SS")] == "past"


def test_a_tour_that_will_take_him_somewhere_is_his_trip_there(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Narendra Modi departs Thursday on a tour of Asia. The tour will take him to Japan and China next week."
    assert statuses(tag, gazetteer, text, date(2015, 3, 9)) == {(MODI, "JP"): "confirmed", (MODI, "CN"): "confirmed"}


def test_a_possessive_in_a_fronted_day_of_the_tour_is_the_subjects(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Joe Biden spoke at the airport on Monday. "
        "On the first day of his tour, which will take him to Japan next week, Modi spoke in Delhi."
    )
    found = statuses(tag, gazetteer, text, date(2015, 3, 9))
    assert found[(MODI, "JP")] in ("planned", "confirmed")
    assert (BIDEN, "JP") not in found


def test_a_bodys_member_countries_are_not_its_summit(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Fumio Kishida is scheduled to visit G7 member countries including France and Italy next week."
    assert statuses(tag, gazetteer, text, date(2023, 1, 6)) == {
        ("fumio-kishida", "FR"): "confirmed",
        ("fumio-kishida", "IT"): "confirmed",
    }


def test_a_chinese_leaders_trip_to_hong_kong_is_domestic(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Xi Jinping will travel to Hong Kong on Friday to mark the anniversary of its return to China."
    assert statuses(tag, gazetteer, text, date(2022, 6, 28)) == {}
    # (for anyone else it is a trip there)
    text = "Joe Biden will travel to Hong Kong on Friday."
    assert statuses(tag, gazetteer, text, date(2022, 6, 28)) == {(BIDEN, "HK"): "confirmed"}


def test_a_place_that_describes_someone_else_is_not_where_a_meeting_is(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden will meet with Narendra Modi and honour soldiers killed in France during the war."
    assert (MODI, "FR") not in statuses(tag, gazetteer, text, date(2023, 6, 12))


def test_that_country_named_before_in_the_sentence_is_the_destination(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Narendra Modi was invited by his counterpart of the Republic of Kenya, Uhuru Kenyatta, to hold a state visit "
        "to that African country later this year. Modi accepted the invitation, officials said."
    )
    assert statuses(tag, gazetteer, text, date(2018, 7, 24)) == {(MODI, "KE"): "planned"}


def test_a_leader_named_with_other_leaders_who_will_be_present_goes(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Joe Biden is not scheduled to attend the opening of the UN Climate Change Conference in Dubai later this "
        "week. Pope Francis and other international leaders will be present for the annual global climate meeting, "
        "which Biden is not attending."
    )
    expected = {("pope-francis", "AE"): "confirmed", (BIDEN, "AE"): "denied"}
    assert statuses(tag, gazetteer, text, date(2023, 11, 26)) == expected


def test_the_country_a_summit_is_about_is_not_where_it_is_held(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden will attend Saturday's Ukraine peace summit in Switzerland."
    assert statuses(tag, gazetteer, text, date(2024, 6, 12)) == {(BIDEN, "CH"): "confirmed"}


def test_the_leg_after_a_visit_named_by_its_adjective_is_of_the_trip_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Narendra Modi arrived in Saudi Arabia on Tuesday for a one-day visit. "
        "Following the Saudi visit, the Prime Minister will travel to the United Kingdom."
    )
    found = statuses(tag, gazetteer, text, date(2025, 9, 17))
    assert found[(MODI, "GB")] == "ongoing"
    # (the adjective of a visit by others is no destination: "the Chinese visit to Washington")
    text = "Narendra Modi will host the Chinese visit to Washington next week."
    assert (MODI, "CN") not in statuses(tag, gazetteer, text, date(2025, 9, 17))


def test_the_legs_planned_with_a_leg_under_way_are_of_the_same_tour(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Narendra Modi arrived in Istanbul on Sunday on a two-day visit to Turkiye. "
        "Earlier, it was announced that Modi will embark on a visit to Turkiye, Iran and Tajikistan from today. "
        "Modi will also attend a conference in Dushanbe, Tajikistan, on Thursday."
    )
    found = statuses(tag, gazetteer, text, date(2025, 5, 25))
    assert found[(MODI, "IR")] == "ongoing"
    assert found[(MODI, "TJ")] == "ongoing"


def test_they_after_a_leader_and_spouse_is_the_leader(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "It was expected that Emmanuel Macron and his wife would have several overseas visits. "
        "They were due to travel to Canada in May."
    )
    assert statuses(tag, gazetteer, text, date(2024, 2, 5)) == {(MACRON, "CA"): "planned"}
    # (a leader and someone else of no such bond are not "they")
    text = (
        "It was expected that Emmanuel Macron and his minister would travel. They were due to travel to Canada in May."
    )
    assert (MACRON, "CA") not in statuses(tag, gazetteer, text, date(2024, 2, 5))


def test_a_host_of_things_hosts_no_one(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "It would hinder a host of efforts Joe Biden needs, including efforts to confront Myanmar's junta."
    assert statuses(tag, gazetteer, text, date(2024, 7, 3)) == {}


def test_leaders_met_while_away_are_only_implied_there(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden would be able to meet Narendra Modi while in Hiroshima, the White House said."
    assert (MODI, "JP") not in statuses(tag, gazetteer, text, date(2023, 5, 16))


def test_the_leaders_among_those_attending_or_scheduled_to_address_a_summit_go(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Ushakov said 24 leaders had confirmed their participation in the BRICS summit in Kazan later this month. "
        "The leaders of 9 member states would be among those attending the summit, including China's Xi Jinping."
    )
    assert statuses(tag, gazetteer, text, date(2024, 10, 11)).get((XI, "RU")) in ("planned", "confirmed")
    text = (
        "The APEC summit will take place in Port Moresby from November 12-18. World leaders scheduled to address "
        "the Summit include President Xi Jinping and Prime Minister of Malaysia Mahathir Bin Mohamad."
    )
    found = statuses(tag, gazetteer, text, date(2018, 11, 1))
    assert {found.get((XI, "PG")), found.get(("mahathir-mohamad", "PG"))} <= {"planned", "confirmed"}


def test_a_place_gone_through_on_the_way_is_no_leg(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden will first head to Ukraine via Poland after the event ends today."
    assert statuses(tag, gazetteer, text, date(2022, 6, 28)) == {(BIDEN, "UA"): "confirmed"}


def test_the_places_a_trip_continues_to_are_its_legs(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Joe Biden begins a trip to Asia next week in India. Biden's trip will continue to Indonesia and Vietnam."
    found = statuses(tag, gazetteer, text, date(2023, 10, 27))
    assert {found.get((BIDEN, "ID")), found.get((BIDEN, "VN"))} <= {"planned", "confirmed"}


def test_the_countries_a_visit_counts_then_names_are_its_legs(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Donald Trump is due to visit five countries in the Far East, including China and Japan, in November."
    assert statuses(tag, gazetteer, text, date(2017, 10, 20)) == {
        (TRUMP, "CN"): "confirmed",
        (TRUMP, "JP"): "confirmed",
    }


def test_the_one_who_may_stand_in_for_a_leader_at_a_summit_goes(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Xi Jinping may be substituted by premier Li Qiang at the G20 summit in New Delhi on September 9 and 10."
    assert statuses(tag, gazetteer, text, date(2023, 9, 1)).get(("li-qiang", "IN")) == "planned"


def test_a_country_whose_office_announces_is_no_destination_of_a_list(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Xi Jinping has invited Narendra Modi to visit the country, South Korea's presidential office has announced."
    assert statuses(tag, gazetteer, text, date(2018, 10, 9)) == {(MODI, "CN"): "invited"}


def test_a_welcome_on_a_condition_told_after_the_guest_is_no_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Moon will relay the message that Kim Jong Un would ardently welcome Narendra Modi if he visits Pyongyang."
    assert statuses(tag, gazetteer, text, date(2018, 10, 9)).get((MODI, "KP")) not in ("planned", "confirmed")


def test_the_developments_in_a_country_are_what_a_meeting_is_about(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Narendra Modi is expected to meet with King Salman and brief him on the latest developments in Palestine."
    assert ("king-salman", "PS") not in statuses(tag, gazetteer, text, date(2019, 2, 11))


def test_a_second_verb_after_an_aside_keeps_the_subject_of_the_first(tag: Tag, gazetteer: Gazetteer) -> None:
    # "and, at the invitation of ..., pay": the aside leaves its comma after "and"; the traveller is the
    # subject of the first verb, not the inviting president named in the aside
    text = (
        "From July 2 to 6, President Xi Jinping will attend the 24th Meeting of the Council of Heads of State of "
        "the Shanghai Cooperation Organization in Astana and, at the invitation of President Emomali Rahmon of "
        "the Republic of Tajikistan, pay state visits to Kazakhstan and Tajikistan."
    )
    assert statuses(tag, gazetteer, text, date(2024, 6, 28)) == {(XI, "KZ"): "confirmed", (XI, "TJ"): "confirmed"}


def test_an_office_and_country_before_a_name_are_that_leaders(tag: Tag, gazetteer: Gazetteer) -> None:
    # "the President of Tajikistan Emomali Rahmon": the office of the name after it, not "the president" of the
    # host named before, who would be his own guest
    text = "Putin will receive the President of Tajikistan Emomali Rahmon in Moscow next week."
    assert statuses(tag, gazetteer, text, date(2024, 3, 16)) == {("emomali-rahmon", "RU"): "confirmed"}


def test_a_possessive_after_a_preposition_is_no_subject(tag: Tag, gazetteer: Gazetteer) -> None:
    # "out of her wheelchair and visit China": the subject before it, whose "will" puts the visit ahead
    text = "Argentine President Cristina Fernandez will be out of her wheelchair and visit China Tuesday."
    assert statuses(tag, gazetteer, text, date(2015, 2, 3)) == {("cristina-fernandez-de-kirchner", "CN"): "confirmed"}


def test_was_to_travel_is_a_plan_told_in_the_past(tag: Tag, gazetteer: Gazetteer) -> None:
    # "was then to travel": the future seen from the past, no trip made
    text = "Raul Castro is to travel to Venezuela Saturday. He was then to travel on to Brazil for a summit."
    assert statuses(tag, gazetteer, text, date(2008, 12, 10)) == {
        ("raul-castro", "VE"): "confirmed",
        ("raul-castro", "BR"): "planned",
    }
    # (undated, nothing says the plan still stands; but it is no past trip either)
    assert ("raul-castro", "BR") not in statuses(tag, gazetteer, text, None)


def test_an_acronyms_members_in_brackets_are_no_destinations(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "In Xiamen, China, Temer will attend the 9th Summit of the BRICS (Brazil, Russia, India, China, South Africa)."
    )
    assert statuses(tag, gazetteer, text, date(2017, 8, 28)) == {("michel-temer", "CN"): "confirmed"}
    # (a bracketed list after no acronym is the tour's)
    text = "Macron will make a tour of three nations (Kenya, Tanzania and Uganda) next week."
    assert set(statuses(tag, gazetteer, text, date(2017, 8, 28))) == {(MACRON, "KE"), (MACRON, "TZ"), (MACRON, "UG")}


def test_a_visit_begun_with_no_time_told_is_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Juan Manuel Santos began his three-day state visit in the heart of London."
    assert statuses(tag, gazetteer, text, date(2016, 11, 1)) == {("juan-manuel-santos", "GB"): "ongoing"}
    # (begun in a year long gone: past)
    text = "Juan Manuel Santos began his visit to London in 2014."
    assert statuses(tag, gazetteer, text, date(2016, 11, 1)) == {("juan-manuel-santos", "GB"): "past"}


def test_a_trip_nouns_own_verb_may_list_its_legs(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Donald Trump's first trip abroad as president will include Saudi Arabia, Israel and the Vatican."
    assert set(statuses(tag, gazetteer, text, date(2017, 5, 6))) == {(TRUMP, "SA"), (TRUMP, "IL"), (TRUMP, "VA")}


def test_the_time_of_the_news_is_not_that_of_the_consequence_after_it(tag: Tag, gazetteer: Gazetteer) -> None:
    # "earlier this month, meaning that ...": the confirmation's time, not the trip's (which would be gone)
    text = "Trump confirmed his attendance earlier this month, meaning that he will visit Saudi Arabia."
    assert statuses(tag, gazetteer, text, date(2017, 5, 20)) == {(TRUMP, "SA"): "confirmed"}


def test_a_visit_begun_on_a_weekday_of_an_undated_report_is_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Iranian President Mahmoud Ahmadinejad began his first state visit to Lebanon on Wednesday."
    assert statuses(tag, gazetteer, text, None) == {("mahmoud-ahmadinejad", "LB"): "ongoing"}


def test_a_war_named_after_a_country_is_no_destination(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Ahmadinejad is expected to visit battlegrounds of the Second Lebanon War."
    assert statuses(tag, gazetteer, text, date(2010, 10, 13)) == {}


def test_a_stay_told_by_its_length_is_a_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "President Vladimir Putin will next week spend four days in Britain as the personal guest of the Queen."
    assert statuses(tag, gazetteer, text, date(2003, 6, 17)) == {(PUTIN, "GB"): "confirmed"}
    text = "Trudeau returned to Canada late Friday after spending a week in Ethiopia."
    assert statuses(tag, gazetteer, text, date(2024, 2, 20)) == {("justin-trudeau", "ET"): "past"}
    assert statuses(tag, gazetteer, "Putin spent two days in Britain.", date(2003, 6, 17)) == {(PUTIN, "GB"): "past"}


def test_a_visit_begun_in_the_present_with_no_time_is_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Brazil's Lula kicks off visit to European ally Portugal"
    assert statuses(tag, gazetteer, text, date(2023, 4, 22)) == {("lula-da-silva", "PT"): "ongoing"}
