"""Trip detection: the seed-shaped article, each status, what is not a trip, and who travels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from pipeline.cleaning import clean_article
from pipeline.records import ALERT_STATUSES, Month, RawArticle, TaggedArticle, Trip
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect_trips, reports_for
from tests.fixtures import scraped_fixture

Tag = Callable[..., TaggedArticle]
PUTIN, XI, BIDEN, MODI, MACRON, TRUMP = "Q7747", "Q15031", "Q6279", "Q1058", "Q3052772", "Q22686"


def trips_of(tag: Tag, gazetteer: Gazetteer, text: str, published: date = date(2024, 5, 1)) -> list[Trip]:
    return detect_trips(tag(text, published), gazetteer)


def pairs(trips: list[Trip]) -> dict[tuple[str, str], str]:
    return {(trip.leader.id, trip.destination.country): trip.status for trip in trips}


# -- the seed-shaped article -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(gazetteer: Gazetteer) -> tuple[list[Trip], RawArticle]:
    raw = RawArticle(id="seed", text=scraped_fixture("seed_shaped")["raw"])
    article = clean_article(raw)
    trips = detect_trips(tag_article(article, gazetteer), gazetteer)
    alerts = [report for report in reports_for(trips, article, ALERT_STATUSES, 0.6) if report.raises_alert]
    return trips, alerts  # type: ignore[return-value]


def test_seed_shaped_article_raises_exactly_one_alert(seed: tuple[list[Trip], list]) -> None:  # type: ignore[type-arg]
    _, alerts = seed
    assert len(alerts) == 1
    trip = alerts[0].trip
    assert (trip.leader.id, trip.leader.name) == (PUTIN, "Vladimir Putin")
    assert trip.destination.country == "CN"
    assert trip.destination.event == "belt-and-road-forum"
    assert trip.status == "planned"
    assert (trip.when.start, trip.when.end) == (date(2023, 10, 1), date(2023, 10, 31))
    assert trip.when.text == "October"  # the headline's "October Trip" tells it first
    assert "Kremlin" in (trip.attribution or "")
    assert "Yuri Ushakov" in (trip.attribution or "")
    assert trip.evidence.startswith("Russian President Vladimir Putin is planning to visit China in October")
    assert 0.6 <= trip.confidence <= 1


def test_seed_shaped_article_reports_the_earlier_visits_as_past(seed: tuple[list[Trip], list]) -> None:  # type: ignore[type-arg]
    trips, _ = seed
    past = sorted(
        (trip.leader.id, trip.destination.country, trip.when.start.year if trip.when.start else None)
        for trip in trips
        if trip.status == "past"
    )
    assert past == sorted([(PUTIN, "CN", 2017), (PUTIN, "CN", 2019), (PUTIN, "CN", 2022), (XI, "RU", 2023)])
    xi = next(trip for trip in trips if trip.leader.id == XI)
    assert (xi.destination.city, xi.when.start) == ("Moscow", date(2023, 3, 1))


def test_seed_shaped_teasers_are_never_read(seed: tuple[list[Trip], list]) -> None:  # type: ignore[type-arg]
    # The stripped "Read more" block says Xi "will travel to Moscow again next spring": no such trip.
    trips, _ = seed
    assert not [trip for trip in trips if trip.leader.id == XI and trip.status != "past"]


# -- statuses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A plan told as fact is confirmed, an intention or expectation planned, as real news is labelled:
        # en0021, en0023, en0087, en0101, en0159 ("will attend", "will visit", "will travel": confirmed).
        ("Narendra Modi will travel to Japan next week for a summit.", date(2024, 8, 20), {(MODI, "JP"): "confirmed"}),
        (
            "The Elysee confirmed that Emmanuel Macron will visit Brazil on March 26.",
            date(2024, 3, 1),
            {(MACRON, "BR"): "confirmed"},
        ),
        (
            "Vladimir Putin has been invited to visit Mongolia, an aide said.",
            date(2024, 5, 1),
            {(PUTIN, "MN"): "invited"},
        ),
        (
            "Joe Biden postponed his planned trip to Angola because of the hurricane.",
            date(2024, 10, 8),
            {(BIDEN, "AO"): "postponed"},
        ),
        ("Xi Jinping cancelled a visit to India, officials said.", date(2024, 5, 1), {(XI, "IN"): "cancelled"}),
        ("Macron has no plans to travel to Russia, his office said.", date(2024, 5, 1), {(MACRON, "RU"): "denied"}),
        ("Modi is visiting Austria, the first such trip in decades.", date(2024, 7, 10), {(MODI, "AT"): "ongoing"}),
        ("Putin arrived in Pyongyang on Wednesday.", date(2024, 6, 19), {(PUTIN, "KP"): "ongoing"}),
        ("Biden visited Vietnam in September.", date(2024, 5, 1), {(BIDEN, "VN"): "past"}),
        ("Xi last travelled to France in 2019.", date(2024, 3, 1), {(XI, "FR"): "past"}),
    ],
)
def test_status(
    tag: Tag, gazetteer: Gazetteer, text: str, published: date, expected: dict[tuple[str, str], str]
) -> None:
    assert pairs(trips_of(tag, gazetteer, text, published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The verb a trip noun belongs to tells its tense: a past verb makes the month a past one.
        ("Modi used his trip to Ghana in March to announce a credit line.", date(2025, 6, 20), {(MODI, "GH"): "past"}),
        ("Macron's visit to Morocco in April angered Algiers.", date(2025, 6, 20), {(MACRON, "MA"): "past"}),
        (
            "Macron's visit to Morocco in October will test ties with Algiers.",
            date(2025, 6, 20),
            {(MACRON, "MA"): "planned"},
        ),
        ("Putin announced his trip to India in December.", date(2025, 6, 20), {(PUTIN, "IN"): "planned"}),
        (
            "Starmer's first visit to India as leader is pencilled in for October.",
            date(2025, 6, 20),
            {("keir-starmer", "IN"): "planned"},
        ),
        # The destination before the trip noun; the time of an aside ("re-elected on Sunday") is not the trip's.
        (
            "Albanese, re-elected on Saturday, is expected to make Indonesia his first foreign trip.",
            date(2025, 5, 5),
            {("anthony-albanese", "ID"): "planned"},
        ),
        # A month without a year or a tense: the nearer one, if it has just gone.
        (
            "Pictures from Macron's visit to Hanoi in May show crowds in the streets.",
            date(2025, 6, 20),
            {(MACRON, "VN"): "past"},
        ),
        ("Macron's visit to Hanoi in September: what to expect.", date(2025, 6, 20), {(MACRON, "VN"): "planned"}),
        # Headlines drop the auxiliary.
        ("Lula set for state visit to Japan next month.", date(2025, 6, 20), {("lula-da-silva", "JP"): "planned"}),
        ("Lula expected in Tokyo within days, officials say.", date(2025, 6, 20), {("lula-da-silva", "JP"): "planned"}),
        # "would" in reported speech is the future of the report, wherever the report's verb is.
        ("Officials said on Monday that Modi would visit Kuwait.", date(2025, 6, 20), {(MODI, "KW"): "planned"}),
        ("Modi would visit Kuwait, officials said on Monday.", date(2025, 6, 20), {(MODI, "KW"): "planned"}),
        # A later clause says the plan came true.
        (
            "Officials had said Modi would travel to Kuwait in April; the trip took place on April 22.",
            date(2025, 6, 20),
            {(MODI, "KW"): "past"},
        ),
        # Where the leader is now, said in an aside, is not where he is going.
        (
            "Xi, who is on a state visit to Brazil, will fly to Chile on Friday.",
            date(2024, 11, 20),
            {(XI, "BR"): "ongoing", (XI, "CL"): "confirmed"},
        ),
        (
            "Lula, in India for a state visit, will fly to Mumbai on Friday.",
            date(2025, 6, 18),
            {("lula-da-silva", "IN"): "ongoing"},
        ),
        (
            "On the third day of his visit to India, Lula will fly to Mumbai.",
            date(2025, 6, 18),
            {("lula-da-silva", "IN"): "ongoing"},
        ),
        (
            "Lula is in India for a state visit that began on Monday.",
            date(2025, 6, 18),
            {("lula-da-silva", "IN"): "ongoing"},
        ),
        (
            "Lula continues his visit to India on Friday in Mumbai.",
            date(2025, 6, 18),
            {("lula-da-silva", "IN"): "ongoing"},
        ),
        (
            "Lula will be in India for a state visit next week.",
            date(2025, 6, 18),
            {("lula-da-silva", "IN"): "confirmed"},
        ),
        (
            "Xi, who is visiting Brazil, will go to Chile on Friday.",
            date(2024, 11, 20),
            {(XI, "BR"): "ongoing", (XI, "CL"): "confirmed"},
        ),
        (
            "Modi, in Moscow since Monday, will meet Putin in Moscow on Tuesday.",
            date(2024, 7, 8),
            {(MODI, "RU"): "ongoing"},
        ),
    ],
)
def test_status_from_the_clause_around_the_trip(
    tag: Tag, gazetteer: Gazetteer, text: str, published: date, expected: dict[tuple[str, str], str]
) -> None:
    assert pairs(trips_of(tag, gazetteer, text, published)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Macron's foreign minister will travel to China next week.",  # a minister, not the leader
        "A delegation led by Modi's national security adviser will visit Russia in June.",
        "Biden urged Xi Jinping to visit the United States.",  # a call for a visit
        "If re-elected, Modi could visit Pakistan, analysts speculated.",  # a hypothetical
        "Putin faces arrest if he travels to South Africa, where an ICC warrant applies.",  # a travel ban
        "Macron will travel to Marseille on Friday.",  # domestic
        "Biden has never visited India as president.",
        "Macron said he would love to visit Mongolia one day.",  # a wish, not a plan
        "Putin's envoy will visit Kabul next week.",  # someone of his, not him
        "Modi's daughter will travel to Japan in June.",
    ],
)
def test_not_a_trip_of_a_watched_leader(tag: Tag, gazetteer: Gazetteer, text: str) -> None:
    assert pairs(trips_of(tag, gazetteer, text)) == {}


def test_in_the_passive_the_subject_is_the_guest(tag: Tag, gazetteer: Gazetteer) -> None:
    trips = trips_of(tag, gazetteer, "Modi will be received by Macron in Paris on Thursday.", date(2025, 6, 20))
    assert pairs(trips) == {(MODI, "FR"): "confirmed"}


def test_the_host_does_not_travel_the_guest_does(tag: Tag, gazetteer: Gazetteer) -> None:
    trips = trips_of(tag, gazetteer, "Xi Jinping will host Vladimir Putin in Beijing next month.")
    assert pairs(trips) == {(PUTIN, "CN"): "confirmed"}
    assert trips[0].destination.city == "Beijing"
    assert trips[0].when.start == date(2024, 6, 1)


def test_a_pronoun_resolves_to_the_leader_named_before(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Narendra Modi spoke to reporters in Delhi. He will travel to Italy in June for the G7 summit."
    trips = trips_of(tag, gazetteer, text)
    assert pairs(trips) == {(MODI, "IT"): "confirmed"}


def test_a_leader_met_by_he_does_not_become_the_next_sentences_he(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Narendra Modi spoke to reporters in Delhi. He will travel to Japan to meet Xi Jinping there. "
        "He will then fly on to Brazil next month."
    )
    trips = pairs(trips_of(tag, gazetteer, text))
    assert trips.get((MODI, "BR")) == "confirmed"
    assert (XI, "BR") not in trips


def test_the_president_resolves_from_context(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Emmanuel Macron met business leaders on Monday. The president is due to visit Morocco in late October."
    trips = trips_of(tag, gazetteer, text, date(2024, 10, 1))
    assert pairs(trips) == {(MACRON, "MA"): "confirmed"}
    assert (trips[0].when.start, trips[0].when.end) == (date(2024, 10, 21), date(2024, 10, 31))


def test_the_president_is_the_previous_sentences_subject_before_another_president(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    text = "Macron spoke to Xi Jinping by phone on Tuesday. The president will travel to Chile next month."
    assert pairs(trips_of(tag, gazetteer, text, date(2024, 10, 1))) == {(MACRON, "CL"): "confirmed"}


def test_an_event_resolves_to_its_host_country_for_the_trip_year(tag: Tag, gazetteer: Gazetteer) -> None:
    trips = trips_of(tag, gazetteer, "Lula will attend the COP29 climate summit next month.", date(2024, 10, 1))
    assert [(t.destination.country, t.destination.event) for t in trips] == [("AZ", "un-climate-conference")]


def test_several_destinations_of_one_tour(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Xi Jinping will visit Serbia and Hungary in May, officials said."
    assert pairs(trips_of(tag, gazetteer, text, date(2024, 4, 10))) == {
        (XI, "RS"): "confirmed",
        (XI, "HU"): "confirmed",
    }


def test_attribution_is_the_source_not_the_traveller(tag: Tag, gazetteer: Gazetteer) -> None:
    [trip] = trips_of(
        tag, gazetteer, "Modi will visit Ukraine next week, the foreign ministry said.", date(2024, 8, 15)
    )
    assert trip.attribution == "the foreign ministry"
    [trip] = trips_of(tag, gazetteer, "Modi will visit Ukraine next week.", date(2024, 8, 15))
    assert trip.attribution is None


def test_without_a_publication_date_the_reference_date_is_used(gazetteer: Gazetteer, tag: Tag) -> None:
    tagged = tag("Biden will travel to Germany next week.", None)
    [trip] = detect_trips(tagged, gazetteer, reference=date(2024, 10, 1))
    assert trip.when.start == date(2024, 10, 7)


def test_an_undated_article_reads_dates_without_a_year_in_the_month_its_address_gives(
    gazetteer: Gazetteer, tag: Tag
) -> None:
    article = replace(tag("Biden will travel to Germany on May 10-11.", None).article, published_month=Month(2022, 5))
    [trip] = detect_trips(tag_article(article, gazetteer), gazetteer)
    assert (trip.when.start, trip.when.end) == (date(2022, 5, 10), date(2022, 5, 11))
    # the time the message arrived is the article's day only within that month: an archive read later is not
    [trip] = detect_trips(tag_article(article, gazetteer), gazetteer, reference=date(2026, 12, 2))
    assert trip.when.start == date(2022, 5, 10)
    article = replace(article, text="Biden will travel to Germany next week.")
    [trip] = detect_trips(tag_article(article, gazetteer), gazetteer, reference=date(2026, 12, 2))
    assert (trip.when.start, trip.when.text) == (None, "next week")
    [trip] = detect_trips(tag_article(article, gazetteer), gazetteer, reference=date(2022, 5, 20))
    assert trip.when.start == date(2022, 5, 23)


def test_an_undated_date_named_with_its_weekday_takes_the_one_year_its_traveller_led_in(
    gazetteer: Gazetteer, tag: Tag
) -> None:
    # Sunday, November 10: 2013, 2019, 2024, 2030...; Biden led from January 2021 to January 2025
    [trip] = detect_trips(tag("Biden will travel to Germany on Sunday, November 10.", None), gazetteer)
    assert trip.when.start == date(2024, 11, 10)
    # Putin has led in all of them: the year the article names decides, and without one none is guessed
    text = "Putin will travel to China on Sunday, November 10. Trade between them reached a record in 2019."
    [trip] = detect_trips(tag(text, None), gazetteer)
    assert trip.when.start == date(2019, 11, 10)
    [trip] = detect_trips(tag("Putin will travel to China on Sunday, November 10.", None), gazetteer)
    assert (trip.when.start, trip.when.text) == (None, "on Sunday, November 10")


def test_without_any_date_the_trip_is_found_and_its_relative_time_left_unresolved(
    gazetteer: Gazetteer, tag: Tag
) -> None:
    # Never resolved against the clock: "next week" of an undated story is not next week from today.
    [trip] = detect_trips(tag("Biden will travel to Germany next week.", None), gazetteer)
    assert (trip.leader.id, trip.destination.country, trip.status) == (BIDEN, "DE", "confirmed")
    assert (trip.when.start, trip.when.text) == (None, "next week")
    [trip] = detect_trips(tag("Biden will travel to Germany on October 7, 2024.", None), gazetteer)
    assert trip.when.start == date(2024, 10, 7)


def test_a_former_leader_is_not_watched(tag: Tag, gazetteer: Gazetteer) -> None:
    # Biden left office in January 2025; his trip after that is not a leader's trip.
    assert trips_of(tag, gazetteer, "Joe Biden will travel to Italy next week.", date(2025, 6, 1)) == []


def test_a_ruling_party_s_general_secretary_travels_as_the_state_s_leader(tag: Tag, gazetteer: Gazetteer) -> None:
    # Tô Lâm left Vietnam's presidency in October 2024 and leads it as the Communist Party's general secretary.
    text = "General Secretary To Lam will pay a state visit to France next week."
    [trip] = trips_of(tag, gazetteer, text, date(2025, 6, 1))
    assert (trip.leader.id, trip.destination.country, trip.status) == ("to-lam", "FR", "confirmed")
    # the European Commission's president is named and tagged, but leads no state
    assert trips_of(tag, gazetteer, "Ursula von der Leyen will travel to Japan next week.", date(2025, 6, 1)) == []


def test_a_president_elects_trip_before_taking_office_is_a_leaders_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    # Trump's second term began on 20 January 2025; in December 2024 he is a leader only as president-elect.
    text = "President-elect Donald Trump will travel to Paris on Saturday for the reopening of the cathedral."
    [trip] = trips_of(tag, gazetteer, text, date(2024, 12, 5))
    assert (trip.leader.id, trip.destination.country, trip.status) == (TRUMP, "FR", "confirmed")
    # not called elect, a month before taking office: no leader's trip yet
    assert trips_of(tag, gazetteer, "Donald Trump will travel to Paris on Saturday.", date(2024, 12, 5)) == []


def test_a_later_sentence_about_the_visit_changes_its_status(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Narendra Modi will travel to Brazil in November for talks on trade. Officials expect several agreements. "
        "Update: the visit has been postponed because of the floods."
    )
    [trip] = trips_of(tag, gazetteer, text, date(2024, 10, 8))
    assert (trip.status, trip.evidence) == ("postponed", "Update: the visit has been postponed because of the floods.")
    unrelated = "Narendra Modi will travel to Brazil in November. The budget vote has been postponed."
    assert pairs(trips_of(tag, gazetteer, unrelated, date(2024, 10, 8))) == {(MODI, "BR"): "confirmed"}


def test_a_title_made_of_the_bodys_first_words_is_not_read_twice(gazetteer: Gazetteer) -> None:
    from tests.unit.conftest import make_article

    body = "Serbia is preparing to welcome Xi Jinping, who is expected in Belgrade on May 7, the presidency said."
    title = "Serbia is preparing to welcome Xi Jinping, who is expected in Belgrade..."
    trips = detect_trips(tag_article(make_article(body, date(2024, 5, 2), title=title), gazetteer), gazetteer)
    assert [(trip.status, trip.when.start) for trip in trips] == [("planned", date(2024, 5, 7))]  # "is expected in"


# -- what real news needs (issue 15): each behaviour in a sentence written for the test --------------------


def test_a_dismissed_report_is_a_denied_trip(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Reports that Trump plans to travel to Moscow were 'a canard', the Kremlin said."
    assert pairs(trips_of(tag, gazetteer, text, date(2018, 5, 1))) == {("Q22686", "RU"): "denied"}


def test_an_invitation_is_invited_until_it_is_accepted(tag: Tag, gazetteer: Gazetteer) -> None:
    invited = "Putin has invited Trump to visit Moscow."
    accepted = "Putin has invited Trump to visit Moscow, and Trump has accepted the invitation."
    assert pairs(trips_of(tag, gazetteer, invited, date(2018, 5, 1))) == {("Q22686", "RU"): "invited"}
    assert pairs(trips_of(tag, gazetteer, accepted, date(2018, 5, 1))) == {("Q22686", "RU"): "planned"}


def test_the_subject_of_a_coordinated_clause_travels_not_the_object_before_it(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Prabowo met Xi in Beijing and was expected to travel to Japan on Sunday."
    trips = pairs(trips_of(tag, gazetteer, text, date(2024, 11, 8)))
    assert trips[("prabowo-subianto", "JP")] == "planned"
    assert (XI, "JP") not in trips


def test_each_leg_of_a_tour_is_a_trip_with_its_own_date(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Biden will visit Japan on May 19, Papua New Guinea on May 22 and Australia on May 24."
    trips = trips_of(tag, gazetteer, text, date(2023, 5, 1))
    assert {(t.destination.country, t.when.start) for t in trips} == {
        ("JP", date(2023, 5, 19)),
        ("PG", date(2023, 5, 22)),
        ("AU", date(2023, 5, 24)),
    }


def test_leaders_listed_as_attending_the_summit_named_before_travel_to_its_host(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "The G20 summit will be held in New Delhi on September 9 and 10. "
        "Among those in attendance will be French President Emmanuel Macron and Japanese Prime Minister Fumio Kishida."
    )
    trips = pairs(trips_of(tag, gazetteer, text, date(2023, 9, 4)))
    assert trips == {(MACRON, "IN"): "confirmed", ("fumio-kishida", "IN"): "confirmed"}


def test_a_departure_on_the_day_of_the_report_is_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    assert pairs(trips_of(tag, gazetteer, "Modi departs for Washington today.", date(2023, 6, 20))) == {
        (MODI, "US"): "ongoing"
    }
    later = "Modi departs for Washington on Thursday."
    assert pairs(trips_of(tag, gazetteer, later, date(2023, 6, 20))) == {(MODI, "US"): "planned"}


def test_a_summit_without_a_fixed_host_is_where_the_story_holds_it(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin will attend the CIS summit in Dushanbe next week."
    [trip] = trips_of(tag, gazetteer, text, date(2025, 10, 1))
    assert (trip.destination.country, trip.destination.city, trip.destination.event) == ("TJ", "Dushanbe", "cis-summit")
    assert trips_of(tag, gazetteer, "Vladimir Putin will attend the CIS summit next week.", date(2025, 10, 1)) == []


def test_the_evidence_is_the_sentence_that_dates_the_trip_rather_than_the_headline(
    tag: Tag, gazetteer: Gazetteer
) -> None:
    tagged = tag(
        "Vladimir Putin will visit China on May 16-17, the Kremlin said.",
        date(2024, 5, 13),
        title="Putin to visit China in mid-May, Kremlin says",
    )
    [trip] = detect_trips(tagged, gazetteer)
    assert (trip.when.start, trip.evidence) == (
        date(2024, 5, 16),
        "Vladimir Putin will visit China on May 16-17, the Kremlin said.",
    )


# -- when, across the article ---------------------------------------------------------------------------


def when_of(trips: list[Trip]) -> dict[str, tuple[date | None, date | None]]:
    return {trip.destination.country: (trip.when.start, trip.when.end) for trip in trips}


def test_a_trip_to_a_region_dates_the_countries_named_next(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin plans to travel to Asia in October. He will visit China and Mongolia."
    october = (date(2024, 10, 1), date(2024, 10, 31))
    assert when_of(trips_of(tag, gazetteer, text)) == {"CN": october, "MN": october}
    headline = tag("He will visit China.", date(2024, 5, 1), title="Putin to visit Asia from June 20-24")
    assert when_of(detect_trips(headline, gazetteer)) == {"CN": (date(2024, 6, 20), date(2024, 6, 24))}


def test_the_lead_dates_the_trip_a_later_sentence_tells(tag: Tag, gazetteer: Gazetteer) -> None:
    text = (
        "Vladimir Putin will leave on Monday for a tour of Asia. The tour is his first this year. Markets rose. "
        "Rain fell. He will visit China."
    )
    tagged = tag(text, date(2024, 5, 1), title="Putin goes east")
    assert when_of(detect_trips(tagged, gazetteer)) == {"CN": (date(2024, 5, 6), date(2024, 5, 6))}


def test_a_lead_that_goes_on_to_another_country_lends_the_time_told_before_it(tag: Tag, gazetteer: Gazetteer) -> None:
    lead = "Vladimir Putin leaves on Monday for talks in Asia and then Australia."
    assert when_of(trips_of(tag, gazetteer, f"{lead} He will visit China."))["CN"] == (
        date(2024, 5, 6),
        date(2024, 5, 6),
    )
    lead = "Vladimir Putin will fly home after talks in Australia on Monday."  # Australia's Monday
    assert when_of(trips_of(tag, gazetteer, f"{lead} He will visit China."))["CN"] == (None, None)


def test_the_time_of_travel_done_is_not_lent_to_a_plan(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin returned home on Monday after a tour of Asia. He will visit China."
    assert when_of(trips_of(tag, gazetteer, text)) == {"CN": (None, None)}  # not the Monday ahead


def test_a_time_of_a_trip_to_another_country_is_not_borrowed(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin will travel to India and Vietnam in October. He will also visit China."
    assert when_of(trips_of(tag, gazetteer, "Vladimir Putin visited India in March. He will visit China.")) == {
        "IN": (date(2024, 3, 1), date(2024, 3, 31)),
        "CN": (None, None),
    }
    # the dated plans are the tour: its undated leg shares their month
    assert when_of(trips_of(tag, gazetteer, text))["CN"] == (date(2024, 10, 1), date(2024, 10, 31))


def test_a_day_told_as_years_ago_is_not_borrowed(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin will also visit the town of Harbin in China. "
    text += "Harbin is where the party held its first congress 50 years ago on May 1."
    assert when_of(trips_of(tag, gazetteer, text)) == {"CN": (None, None)}  # not next May 1
    # a day at a sentence's very start is no day counted back
    text = "Vladimir Putin will visit China. On May 3, talks will be held in Beijing."
    assert when_of(trips_of(tag, gazetteer, text)) == {"CN": (date(2024, 5, 3), date(2024, 5, 3))}


def test_a_time_told_right_after_another_country_is_that_countrys(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "After his talks in India on April 3, Vladimir Putin will visit China."
    assert when_of(trips_of(tag, gazetteer, text)) == {"CN": (None, None)}  # not next April 3
    assert when_of(trips_of(tag, gazetteer, "On June 3, Vladimir Putin will visit China.")) == {
        "CN": (date(2024, 6, 3), date(2024, 6, 3))
    }


def test_an_undated_leg_of_a_tour_takes_the_month_of_the_dated_one(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin will visit Brazil on October 3. He will also visit Ecuador."
    assert when_of(trips_of(tag, gazetteer, text)) == {
        "BR": (date(2024, 10, 3), date(2024, 10, 3)),
        "EC": (date(2024, 10, 1), date(2024, 10, 31)),
    }


@pytest.mark.parametrize(
    ("lead", "start"),
    [
        ("Japan and the United States are arranging talks around April 10.", date(2024, 4, 10)),
        # a time outside the plan's own is not its time
        ("Japan and the United States are arranging talks around June 10.", date(2024, 3, 1)),
    ],
)
def test_a_plan_told_by_its_season_takes_the_day_the_lead_gives_within_it(
    tag: Tag, gazetteer: Gazetteer, lead: str, start: date
) -> None:
    text = lead + " Fumio Kishida will visit the United States this spring."
    [trip] = detect_trips(tag(text, date(2024, 1, 20)), gazetteer)
    assert (trip.destination.country, trip.when.start) == ("US", start)


def test_a_plan_with_a_time_of_its_own_borrows_none_from_the_sentence_beside_it(tag: Tag, gazetteer: Gazetteer) -> None:
    # undated: "on May 24" cannot be placed in a year; the time next to it is another meeting's, not the plan's
    text = "Narendra Modi will travel to Tokyo for the summit on May 24. "
    text += "It is the fourth summit since their first meeting in Japan in March 2021."
    [trip] = detect_trips(tag(text, None), gazetteer)
    assert (trip.destination.country, trip.when.start, trip.when.text) == ("JP", None, "May 24")


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron plans to visit Rwanda on the anniversary of the genocide that started in 1994.",
        # the time farther from the place, read as the trigger's
        "Emmanuel Macron plans to visit Rwanda on the thirtieth anniversary of the terrible genocide against "
        "the Tutsi that started in 1994.",
    ],
)
def test_the_time_of_a_relative_clause_after_the_place_is_not_the_trips(
    tag: Tag, gazetteer: Gazetteer, text: str
) -> None:
    [trip] = trips_of(tag, gazetteer, text, date(2024, 3, 1))
    assert (trip.destination.country, trip.status, trip.when.start) == ("RW", "planned", None)


def test_an_undated_next_leg_takes_the_month_of_the_leg_under_way(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "William Ruto arrived in Ghana on Tuesday for a state visit. He will thereafter fly to Senegal."
    trips = trips_of(tag, gazetteer, text, date(2024, 4, 3))
    assert {(trip.destination.country, trip.status) for trip in trips} == {("GH", "ongoing"), ("SN", "confirmed")}
    assert when_of(trips)["SN"] == (date(2024, 4, 1), date(2024, 4, 30))


def test_a_trip_to_a_summit_named_before_takes_its_editions_dates(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "South Africa is preparing for the BRICS summit. Narendra Modi is expected to attend the summit."
    [trip] = trips_of(tag, gazetteer, text, date(2023, 8, 7))
    assert (trip.destination.event, trip.when.start, trip.when.end) == (
        "brics-summit",
        date(2023, 8, 1),
        date(2023, 8, 31),
    )


def test_a_trip_to_an_apec_summit_held_out_of_november_takes_its_month(tag: Tag, gazetteer: Gazetteer) -> None:
    # the leaders' meeting is mostly in November, but Bali's was in October 2013 and Vladivostok's in September 2012
    text = "Barack Obama will attend the APEC summit in Bali."
    [trip] = trips_of(tag, gazetteer, text, date(2013, 9, 2))
    assert (trip.destination.country, trip.when.start) == ("ID", date(2013, 10, 1))


def test_a_plan_told_after_this_years_summit_is_not_dated_to_it(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Narendra Modi is expected to attend the BRICS summit."
    assert [trip.when.start for trip in trips_of(tag, gazetteer, text, date(2023, 8, 7))] == [date(2023, 8, 1)]
    assert [trip.when.start for trip in trips_of(tag, gazetteer, text, date(2023, 9, 10))] == [None]


def test_the_time_the_lead_gives_a_leg_beats_the_month_of_a_later_leg(tag: Tag, gazetteer: Gazetteer) -> None:
    text = "Vladimir Putin leaves on Monday for a tour of Europe. He will visit France. "
    text += "He will then fly to Brazil on July 4."
    assert when_of(trips_of(tag, gazetteer, text)) == {
        "FR": (date(2024, 5, 6), date(2024, 5, 6)),
        "BR": (date(2024, 7, 4), date(2024, 7, 4)),
    }


# -- who a bare surname is ----------------------------------------------------------------------------


def test_a_bare_surname_after_a_namesakes_full_name_is_the_namesake(tag: Tag, gazetteer: Gazetteer) -> None:
    obama = "Q76"
    # (the president named first: named after her only, a bare "Obama" is hers whatever its sentence says, the
    # tagger's test_a_bare_surname_after_a_namesakes_full_name_is_the_namesakes_until_the_leader_is_named)
    first = "President Barack Obama spoke in Washington on Friday. Michelle Obama spoke at a school on Saturday."
    day = date(2015, 3, 1)
    # "she": the Obama of the sentence before is Michelle, who is not on the watchlist.
    assert (
        trips_of(tag, gazetteer, f"{first} Obama will visit Japan next week, where she will meet students.", day) == []
    )
    # Nothing says a namesake is meant: the leader.
    assert pairs(trips_of(tag, gazetteer, f"{first} Obama will visit Japan next week, where he will speak.", day)) == {
        (obama, "JP"): "confirmed"
    }
    # The full name is five sentences back, too far to tell whose the surname is: the leader.
    filler = " Markets rose. Rain fell. Trains ran late. Shops opened."
    text = f"{first}{filler} Obama will visit Japan next week, where she will meet students."
    assert pairs(trips_of(tag, gazetteer, text, day)) == {(obama, "JP"): "confirmed"}
