"""Trip detection in Russian: each status, who travels (by case), dates, attribution, sentences.

Every text here is written for these tests, one behaviour each; the real-news figures come from
``python -m bench.travel --languages ru``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pipeline.records import Trip
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect_trips
from pipeline.travel.languages import language_for
from pipeline.travel.languages.ru import split
from pipeline.travel.languages.ru.attribution import source_of
from pipeline.travel.languages.ru.dates import find_time_expressions
from pipeline.travel.languages.ru.grammar import cases, verb_form
from pipeline.travel.sentences import Ref
from tests.unit.conftest import make_article

PUTIN, XI, TRUMP, MODI, ERDOGAN = "Q7747", "Q15031", "Q22686", "Q1058", "recep-tayyip-erdogan"
TOKAYEV, MEDVEDEV, SCHOLZ = "kassym-jomart-tokayev", "dmitry-medvedev", "olaf-scholz"


def trips_of(gazetteer: Gazetteer, text: str, published: date | None = date(2024, 5, 1)) -> list[Trip]:
    article = replace(make_article(text, published), language="ru")
    return detect_trips(tag_article(article, gazetteer), gazetteer)


def statuses(trips: list[Trip]) -> dict[tuple[str, str], str]:
    return {(trip.leader.id, trip.destination.country): trip.status for trip in trips}


def one(trips: list[Trip], leader: str, country: str) -> Trip:
    found = [trip for trip in trips if (trip.leader.id, trip.destination.country) == (leader, country)]
    assert len(found) == 1, statuses(trips)
    return found[0]


# -- every status ------------------------------------------------------------------------------------


def test_a_future_verb_states_a_confirmed_plan(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Президент России Владимир Путин посетит Китай в октябре."), PUTIN, "CN")
    assert trip.status == "confirmed"
    assert (trip.when.start, trip.when.end) == (date(2024, 10, 1), date(2024, 10, 31))


def test_a_plan_to_visit_is_planned(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин планирует посетить Турцию в 2025 году.")
    assert statuses(trips) == {(PUTIN, "TR"): "planned"}
    assert one(trips, PUTIN, "TR").when.start == date(2025, 1, 1)


def test_an_intention_is_planned(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Путин намерен посетить Турцию.")) == {(PUTIN, "TR"): "planned"}


def test_a_media_report_of_a_visit_is_planned(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "По данным СМИ, Путин посетит Турцию в мае.")
    assert statuses(trips) == {(PUTIN, "TR"): "planned"}


def test_a_visit_in_the_past_tense_is_past(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Путин посетил Китай в прошлом году."), PUTIN, "CN")
    assert (trip.status, trip.when.start) == ("past", date(2023, 1, 1))


def test_been_to_is_past(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Путин побывал в Турции в 2019 году.")) == {(PUTIN, "TR"): "past"}


def test_having_been_there_on_a_visit_is_past(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Путин находился с визитом в Турции.")) == {(PUTIN, "TR"): "past"}


def test_being_there_on_a_visit_is_ongoing(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин находится с государственным визитом в Китае.")
    assert statuses(trips) == {(PUTIN, "CN"): "ongoing"}


def test_being_there_ahead_is_a_plan(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Моди послезавтра будет уже в Москве.")) == {(MODI, "RU"): "planned"}
    assert statuses(trips_of(gazetteer, "Моди уже в Москве.")) == {(MODI, "RU"): "ongoing"}


def test_an_arrival_reported_without_a_date_is_ongoing(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Путин прибыл в Пекин.")) == {(PUTIN, "CN"): "ongoing"}


def test_an_arrival_yesterday_is_ongoing_without_a_publication_date(gazetteer: Gazetteer) -> None:
    text = "Токаев вчера прибыл в Пекин. Токаев примет участие в форуме в Пекине."
    assert statuses(trips_of(gazetteer, text, published=None)) == {(TOKAYEV, "CN"): "ongoing"}
    long_ago = "Токаев в 2019 году прибыл в Пекин."
    assert statuses(trips_of(gazetteer, long_ago, published=None)) == {(TOKAYEV, "CN"): "past"}


def test_it_will_be_the_first_visit_is_a_trip_ahead(gazetteer: Gazetteer) -> None:
    text = "Это будет первый визит Эрдогана в Китай с тех пор, как начался кризис."
    assert statuses(trips_of(gazetteer, text))[(ERDOGAN, "CN")] in ("planned", "confirmed")


def test_a_visit_that_begins_today_is_under_way(gazetteer: Gazetteer) -> None:
    text = "Сегодня начинается двухдневный визит президента Турции Эрдогана в Китай."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "CN"): "ongoing"}
    ahead = "Двухдневный визит президента Турции Эрдогана в Китай начнется в понедельник."
    assert statuses(trips_of(gazetteer, ahead))[(ERDOGAN, "CN")] in ("planned", "confirmed")


def test_an_arrival_a_week_before_is_past(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин прибыл в Пекин 20 апреля.")
    assert statuses(trips) == {(PUTIN, "CN"): "past"}


def test_will_not_go_is_denied(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Путин не поедет на саммит G20 в ЮАР.")) == {(PUTIN, "ZA"): "denied"}


def test_a_visit_that_is_not_planned_is_denied(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Визит Путина в Турцию не планируется.")
    assert statuses(trips) == {(PUTIN, "TR"): "denied"}


def test_a_visit_not_in_the_plans_is_denied(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Поездки Путина в Японию в планах нет.")) == {(PUTIN, "JP"): "denied"}


def test_a_refuted_report_is_denied(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Песков опроверг сообщения о визите Путина в Турцию.")
    assert statuses(trips) == {(PUTIN, "TR"): "denied"}


def test_taking_part_by_video_link_is_no_trip(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин примет участие в саммите БРИКС в ЮАР по видеосвязи.")
    assert statuses(trips) == {(PUTIN, "ZA"): "denied"}


@pytest.mark.parametrize("how", ["в режиме ВКС", "по телемосту", "удалённо"])
def test_the_other_words_for_a_video_link_are_no_trip_either(gazetteer: Gazetteer, how: str) -> None:
    trips = trips_of(gazetteer, f"Путин {how} примет участие в саммите БРИКС в Бразилии.")
    assert statuses(trips) == {(PUTIN, "BR"): "denied"}


def test_the_air_force_abbreviated_is_no_video_link(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин посетит Бразилию, где ВКС России проведут учения.")
    assert statuses(trips) == {(PUTIN, "BR"): "confirmed"}


def test_a_postponed_visit_is_postponed(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Визит Эрдогана в Москву перенесли на июнь."), ERDOGAN, "RU")
    assert (trip.status, trip.when.start) == ("postponed", date(2024, 6, 1))


def test_a_cancelled_visit_is_cancelled(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Визит Путина в Турцию отменен.")
    assert statuses(trips) == {(PUTIN, "TR"): "cancelled"}


def test_a_visit_that_will_not_take_place_is_cancelled(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Визит Эрдогана в Россию не состоится.")
    assert statuses(trips) == {(ERDOGAN, "RU"): "cancelled"}


def test_an_invitation_is_invited_and_the_one_who_invites_does_not_travel(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Си Цзиньпин пригласил Путина посетить Китай.")
    assert statuses(trips) == {(PUTIN, "CN"): "invited"}


def test_a_trip_made_at_the_host_s_invitation_is_no_invitation_of_its_own(gazetteer: Gazetteer) -> None:
    # "по приглашению X": the invitation the trip told by its own verb follows, not a second, invited trip
    texts = ("Путин по приглашению Си Цзиньпина отбыл в Пекин.", "По приглашению Си Цзиньпина Путин отбыл в Пекин.")
    for text in texts:
        trips = trips_of(gazetteer, text, date(2024, 5, 15))
        assert [(trip.leader.id, trip.destination.country, trip.status) for trip in trips] == [(PUTIN, "CN", "ongoing")]


def test_an_invitation_received_is_invited(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин получил приглашение посетить Турцию.")
    assert statuses(trips) == {(PUTIN, "TR"): "invited"}


def test_an_accepted_invitation_is_a_plan(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин принял приглашение посетить Турцию.")
    assert statuses(trips) == {(PUTIN, "TR"): "planned"}


def test_an_invitation_not_accepted_is_denied(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин не принял приглашение посетить Турцию.")
    assert statuses(trips) == {(PUTIN, "TR"): "denied"}


def test_an_invitation_accepted_in_the_next_sentence_becomes_a_plan(gazetteer: Gazetteer) -> None:
    text = "Эрдоган пригласил Путина в Турцию. Приглашение было с благодарностью принято."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "TR"): "planned"}


def test_an_invitation_followed_by_the_visits_date_becomes_a_plan(gazetteer: Gazetteer) -> None:
    trip = one(
        trips_of(gazetteer, "Путин пригласил Моди посетить Россию. По его словам, визит запланирован на 8 июля."),
        MODI,
        "RU",
    )
    assert (trip.status, trip.when.start) == ("planned", date(2024, 7, 8))
    assert statuses(trips_of(gazetteer, "Путин пригласил Моди посетить Россию.")) == {(MODI, "RU"): "invited"}


@pytest.mark.parametrize(
    "text",
    [
        "Трамп отменил встречу с Путиным в Будапеште.",
        "Трамп сообщил, что отменяет встречу с Путиным, запланированную в Будапеште.",
        "Встреча Трампа и Путина в Будапеште не состоится.",
    ],
)
def test_a_meeting_called_off_is_cancelled(gazetteer: Gazetteer, text: str) -> None:
    assert statuses(trips_of(gazetteer, text, date(2025, 10, 24)))[(TRUMP, "HU")] == "cancelled"


ZELENSKYY = "volodymyr-zelenskyy"


@pytest.mark.parametrize(
    "text",
    [
        "Путин заявил о готовности встретиться с Зеленским в Москве.",
        "Путин заявил, что готов провести встречу с Зеленским в Москве.",
    ],
)
def test_a_hosts_readiness_to_meet_is_an_offer_not_the_guests_plan(gazetteer: Gazetteer, text: str) -> None:
    assert statuses(trips_of(gazetteer, text, date(2025, 9, 5))) == {(ZELENSKYY, "RU"): "invited"}


def test_a_host_receiving_a_guest_is_the_guests_trip(gazetteer: Gazetteer) -> None:
    text = "Путин примет Зеленского в Москве на следующей неделе."
    assert statuses(trips_of(gazetteer, text, date(2025, 9, 5))) == {(ZELENSKYY, "RU"): "confirmed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Зеленский заявил, что не может приехать в Москву.", "denied"),
        ("Зеленский не может поехать в Москву, пока идут обстрелы.", "denied"),
        ("Зеленский может приехать в Москву в мае.", "planned"),
    ],
)
def test_cannot_come_is_a_denial(gazetteer: Gazetteer, text: str, status: str) -> None:
    assert statuses(trips_of(gazetteer, text, date(2025, 9, 6))) == {(ZELENSKYY, "RU"): status}


def test_an_offer_declined_is_denied_and_the_counter_invitation_stays_an_invitation(gazetteer: Gazetteer) -> None:
    declined = "Зеленский отклонил предложение российского лидера о проведении переговоров в Москве, заявив, что занят."
    assert statuses(trips_of(gazetteer, declined, date(2025, 9, 6))) == {(ZELENSKYY, "RU"): "denied"}
    invited = "Зеленский отклонил предложение о проведении переговоров в Москве и пригласил Путина в Киев."
    assert statuses(trips_of(gazetteer, invited, date(2025, 9, 6))) == {(PUTIN, "UA"): "invited"}


def test_a_condition_is_no_trip(gazetteer: Gazetteer) -> None:
    assert trips_of(gazetteer, "Если Путин посетит Турцию, его встретят с почестями.") == []


def test_a_trip_asked_about_is_no_trip(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Журналисты задали вопрос, посетит ли Путин Японию в мае.")) == {}
    asked = "Песков ответил на вопрос о том, возможна ли поездка Путина в Японию."
    assert statuses(trips_of(gazetteer, asked)) == {}
    # an analyst telling when one may expect a visit guesses; nobody plans it
    guessed = "Политолог рассказал, когда можно ждать нового визита Путина в Японию и какой будет встреча лидеров."
    assert statuses(trips_of(gazetteer, guessed)) == {}
    assert statuses(trips_of(gazetteer, "Путин посетит Японию в мае.")) == {(PUTIN, "JP"): "confirmed"}


def test_a_wish_in_the_conditional_mood_is_no_trip(gazetteer: Gazetteer) -> None:
    assert trips_of(gazetteer, "Моди хотел бы посетить Россию.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Эрдоган надеется, что Путин посетит Турцию в следующем году.",
        "Эрдоган выразил надежду на то, что Путин прилетит в Анкару весной.",
        "Анкара хотела бы, чтобы Путин посетил Турцию.",
    ],
)
def test_someone_elses_hope_for_a_trip_is_no_trip(gazetteer: Gazetteer, text: str) -> None:
    assert (PUTIN, "TR") not in statuses(trips_of(gazetteer, text))


def test_an_expectation_of_a_trip_stays_a_plan(gazetteer: Gazetteer) -> None:
    text = "В Анкаре ожидают, что Путин посетит Турцию в следующем году."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "TR"): "planned"}


def test_a_headline_present_of_going_is_a_plan(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Путин едет в Китай")) == {(PUTIN, "CN"): "planned"}


def test_a_headline_dash_towards_a_country_is_a_plan(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин — в Китай: что известно о визите")
    assert statuses(trips) == {(PUTIN, "CN"): "planned"}


def test_a_denial_negated_at_the_edge_of_the_hosts_window_is_no_denial(gazetteer: Gazetteer) -> None:
    # "не" of "не исключили" sits just before the 40 characters read before "встретиться"
    text = "В Анкаре не исключили, что Эрдоган, видимо, может встретиться с Путиным в Баку."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "AZ"): "planned", (PUTIN, "AZ"): "planned"}


def test_an_invitation_accepted_in_a_gerund_is_a_trip_not_an_invitation(gazetteer: Gazetteer) -> None:
    text = "Приняв приглашение короля и правительства страны, Моди совершит поездку в Иорданию 10 июня."
    assert statuses(trips_of(gazetteer, text)) == {(MODI, "JO"): "confirmed"}


def test_a_city_named_only_after_its_countrys_adjective_in_the_accusative_is_a_destination(
    gazetteer: Gazetteer,
) -> None:
    # the gazetteer knows no "Далянь": "в китайский Далянь" still says China
    assert statuses(trips_of(gazetteer, "Путин отправится в китайский Далянь.")) == {(PUTIN, "CN"): "confirmed"}


def test_setting_off_by_road_or_rail_is_a_trip_under_way(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Лидер КНДР Ким Чен Ын выехал в Россию.")) == {("kim-jong-un", "RU"): "ongoing"}


# -- who travels: case, not word order --------------------------------------------------------------


def test_the_genitive_after_a_trip_noun_is_the_traveller(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Визит Путина в Китай состоится в мае."), PUTIN, "CN")
    assert trip.status == "planned"
    assert trip.when.start == date(2024, 5, 1)


def test_a_subject_after_its_verb_travels(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "В Москву прибыл с официальным визитом президент Казахстана Касым-Жомарт Токаев.")
    assert statuses(trips) == {(TOKAYEV, "RU"): "ongoing"}


@pytest.mark.parametrize(
    "text",
    ["Путин, президент России, посетит Китай в мае.", "Путин, президент России, планирует поездку в Китай."],
)
def test_a_title_set_off_by_commas_after_the_name_leaves_the_name_the_subject(gazetteer: Gazetteer, text: str) -> None:
    # "Путин, президент России,": the title is the name's aside, not a subject standing before the verb alone
    assert set(statuses(trips_of(gazetteer, text))) == {(PUTIN, "CN")}


def test_the_one_received_travels_not_the_host(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Эрдоган примет Путина в Анкаре.")) == {(PUTIN, "TR"): "confirmed"}


def test_a_leader_nearer_the_verb_in_another_case_is_not_its_subject(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин по приглашению Эрдогана посетит Турцию.")
    assert statuses(trips) == {(PUTIN, "TR"): "confirmed"}


def test_the_one_replaced_stays_at_home(gazetteer: Gazetteer) -> None:
    text = "Россию на саммите АТЭС вместо Путина представит Медведев."
    trips = trips_of(gazetteer, text, date(2015, 11, 12))
    assert {trip.leader.id for trip in trips} == {MEDVEDEV}


def test_a_meeting_named_by_its_participants_takes_each_of_them_there(gazetteer: Gazetteer) -> None:
    text = "Встреча президента США Дональда Трампа и президента России Владимира Путина состоится в Хельсинки 16 июля."
    trips = trips_of(gazetteer, text, date(2018, 6, 28))
    assert statuses(trips) == {(TRUMP, "FI"): "planned", (PUTIN, "FI"): "planned"}
    assert {trip.when.start for trip in trips} == {date(2018, 7, 16)}


def test_a_meeting_whose_place_a_relative_clause_gives_takes_its_participants_there(gazetteer: Gazetteer) -> None:
    # "встречу Путина и Моди, которая пройдет завтра, 15 августа, в Москве": the owners, then where it is held
    text = "Ушаков рассказал о предстоящей встрече Си Цзиньпина и Моди, которая пройдет завтра, 15 августа, в Москве."
    trips = trips_of(gazetteer, text, date(2024, 8, 14))
    assert set(statuses(trips)) == {(XI, "RU"), (MODI, "RU")}


def test_an_office_in_the_plural_before_countries_names_their_leaders(gazetteer: Gazetteer) -> None:
    # "президентов России и Индии": each country stands for its leader named before
    text = "Путин и Моди говорили по телефону. Встреча президентов России и Индии пройдет в Пекине 16 июня."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "CN"): "planned", (MODI, "CN"): "planned"}
    # no leader of those countries named: the countries stand for no one
    unnamed = "Путин говорил по телефону. Встреча лидеров Индии и США пройдет в Пекине."
    assert statuses(trips_of(gazetteer, unnamed)) == {}


def test_leaders_listed_as_subjects_travel_together(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Си Цзиньпин и Моди приедут в Бразилию на саммит.")
    assert statuses(trips) == {(XI, "BR"): "confirmed", (MODI, "BR"): "confirmed"}


def test_each_place_of_a_tour_is_a_trip(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин посетит Вьетнам и Северную Корею.")
    assert statuses(trips) == {(PUTIN, "VN"): "confirmed", (PUTIN, "KP"): "confirmed"}


def test_a_city_named_with_its_country_adjective_before_the_verb_is_the_destination(gazetteer: Gazetteer) -> None:
    text = "На форум в индийском городе Мумбаи прибудет президент России Владимир Путин."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "IN"): "confirmed"}


def test_an_event_with_its_short_name_in_brackets_is_held_where_the_relative_clause_says(gazetteer: Gazetteer) -> None:
    text = "Токаев поедет на саммит Шанхайской организации сотрудничества (ШОС), который пройдет в Бишкеке."
    assert statuses(trips_of(gazetteer, text, published=None)) == {(TOKAYEV, "KG"): "confirmed"}


def test_member_states_spelled_with_a_spaced_hyphen_do_not_end_the_clause(gazetteer: Gazetteer) -> None:
    text = "Токаев поедет на встречу глав государств - участников СНГ в Ашхабаде."
    assert statuses(trips_of(gazetteer, text)) == {(TOKAYEV, "TM"): "confirmed"}


def test_the_one_who_represents_a_country_at_this_summit_goes_to_the_summit_named_before(gazetteer: Gazetteer) -> None:
    text = "Си Цзиньпин не поедет на саммит АТЭС в Сан-Франциско, на этом саммите Китай будет представлять Ли Цян."
    assert statuses(trips_of(gazetteer, text, date(2023, 11, 1))) == {
        (XI, "US"): "denied",
        ("li-qiang", "US"): "planned",
    }


def test_taking_part_in_the_gathering_named_before_the_verb_goes_to_the_event_of_the_sentence_before(
    gazetteer: Gazetteer,
) -> None:
    text = "Путин поедет на саммит G20 в Рио-де-Жанейро. На саммите также примет участие Си Цзиньпин."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "BR"): "confirmed", (XI, "BR"): "confirmed"}


def test_a_place_one_leaves_from_is_no_destination(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Си Цзиньпин отбыл из Пекина в Казахстан.")
    assert {trip.destination.country for trip in trips} == {"KZ"}


def test_the_one_who_says_he_will_go_goes(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Трамп заявил, что посетит Китай в апреле.", date(2025, 10, 30)), TRUMP, "CN")
    assert trip.when.start == date(2026, 4, 1)


def test_a_gerund_opening_the_sentence_has_the_subject_after_its_comma(gazetteer: Gazetteer) -> None:
    text = "Прилетев в Пекин, президент России Владимир Путин заявил о намерении расширить торговлю."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "CN"): "ongoing"}
    assert statuses(trips_of(gazetteer, "Прибыв в Москву, делегация встретилась с Путиным.")) == {}


def test_a_relative_clause_stands_for_the_leader_before_it(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин, который посетит Китай в мае, встретится с Си Цзиньпином.")
    assert statuses(trips) == {(PUTIN, "CN"): "confirmed"}


def test_a_delegation_travels_with_its_head(gazetteer: Gazetteer) -> None:
    text = "В Москву с рабочим визитом прибудет делегация из Турции во главе с президентом Реджепом Тайипом Эрдоганом."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "confirmed"}


def test_a_leaders_words_in_the_first_person_are_his(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "«В апреле я отправлюсь в Китай», — сказал Трамп.", date(2025, 10, 30))
    assert statuses(trips) == {(TRUMP, "CN"): "confirmed"}


def test_a_place_named_by_a_country_adjective_is_in_that_country(gazetteer: Gazetteer) -> None:
    text = "Эрдоган прибудет в Москву, а затем примет участие в саммите в египетском Шарм-эль-Шейхе."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "confirmed", (ERDOGAN, "EG"): "confirmed"}


def test_a_meeting_goes_where_it_is_to_be_held(gazetteer: Gazetteer) -> None:
    text = "Сегодня в Анкаре должна состояться встреча Путина и Моди."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "TR"): "planned", (MODI, "TR"): "planned"}


def test_this_country_is_the_one_named_before(gazetteer: Gazetteer) -> None:
    text = "По приглашению властей Ливана Эрдоган посетит эту страну в декабре."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "LB"): "confirmed"}


def test_a_meeting_on_the_sidelines_of_a_summit_only_implies_attendance(gazetteer: Gazetteer) -> None:
    for text in (
        "Трамп встретится с Си Цзиньпином на полях саммита АТЭС в Кенджу.",
        "Трамп готов встретиться с Си Цзиньпином на полях экономического форума в Давосе.",
    ):
        assert statuses(trips_of(gazetteer, text, date(2025, 9, 11))) == {}
    text = "Трамп встретится с Си Цзиньпином в Пекине."
    assert statuses(trips_of(gazetteer, text, date(2025, 9, 11))) == {(TRUMP, "CN"): "confirmed"}


def test_this_country_may_be_the_one_a_title_names(gazetteer: Gazetteer) -> None:
    # (the last country named before "эту страну": Turkey's in the host's title, not the traveller's own)
    text = (
        "Президент Республики Узбекистан Шавкат Мирзиёев по приглашению Президента Турецкой Республики "
        "Реджепа Тайипа Эрдогана посетит эту страну."
    )
    assert statuses(trips_of(gazetteer, text)) == {("shavkat-mirziyoyev", "TR"): "confirmed"}


def test_a_plan_that_was_to_have_happened_is_overtaken(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Эрдоган должен был приехать в Россию 5 апреля.")
    assert statuses(trips) == {(ERDOGAN, "RU"): "cancelled"}


def test_however_is_no_company(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Вместе с тем Эрдоган с премьер-министром Индии посетит Каир.")
    assert {trip.leader.id for trip in trips} == {ERDOGAN}


def test_a_speaker_without_information_on_a_trip_denies_nothing(gazetteer: Gazetteer) -> None:
    text = "Песков заявил об отсутствии у Кремля информации о визите Эрдогана в Китай."
    assert statuses(trips_of(gazetteer, text)).get((ERDOGAN, "CN")) != "denied"
    undated = "Песков заявил об отсутствии точной даты визита Эрдогана в Китай."
    assert statuses(trips_of(gazetteer, undated)).get((ERDOGAN, "CN")) != "denied"


def test_the_parties_to_talks_are_no_destination(gazetteer: Gazetteer) -> None:
    text = "Моди приедет на переговоры России и Украины в Стамбул."
    assert statuses(trips_of(gazetteer, text)) == {(MODI, "TR"): "confirmed"}
    assert statuses(trips_of(gazetteer, "Моди готов приехать на переговоры Москвы и Киева.")) == {}
    assert statuses(trips_of(gazetteer, "Моди приедет на переговоры в Китай.")) == {(MODI, "CN"): "confirmed"}


def test_a_trip_that_depends_on_talks_is_no_plan_to_go_there(gazetteer: Gazetteer) -> None:
    text = "Поездка Эрдогана будет зависеть от исхода переговоров в Китае."
    assert statuses(trips_of(gazetteer, text)) == {}
    assert statuses(trips_of(gazetteer, "Поездка Эрдогана в Китай состоится в мае.")) == {(ERDOGAN, "CN"): "planned"}


def test_an_online_briefing_is_no_remote_attendance(gazetteer: Gazetteer) -> None:
    text = "Моди посетит Китай в мае, говорится в записи онлайн-брифинга."
    assert statuses(trips_of(gazetteer, text)) == {(MODI, "CN"): "confirmed"}
    remote = "Моди примет участие в онлайн-саммите в Китае."
    assert statuses(trips_of(gazetteer, remote)) == {(MODI, "CN"): "denied"}
    assert statuses(trips_of(gazetteer, "Моди примет участие в саммите в Китае онлайн.")) == {(MODI, "CN"): "denied"}


def test_a_condition_after_the_trip_makes_it_no_plan_unless_it_only_hedges(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Моди прилетит в Турцию, если Путин присоединится к переговорам.")) == {}
    hedged = "Моди намерен прибыть в Москву на парад 9 мая, если с ним что-то не случится."
    assert statuses(trips_of(gazetteer, hedged)) == {(MODI, "RU"): "planned"}
    sourced = "Моди посетит Китай, если верить индийским СМИ."
    assert statuses(trips_of(gazetteer, sourced))[(MODI, "CN")] in ("planned", "confirmed")
    later = "Моди посетит Китай, где, если будет время, осмотрит стену."
    assert statuses(trips_of(gazetteer, later)) == {(MODI, "CN"): "confirmed"}


def test_a_list_of_destinations_closed_by_its_source_keeps_its_last_place(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Эрдоган посетит Китай и Индию, сообщает ТАСС.")
    assert statuses(trips) == {(ERDOGAN, "CN"): "confirmed", (ERDOGAN, "IN"): "confirmed"}


def test_an_editors_note_in_a_quote_ends_no_clause(gazetteer: Gazetteer) -> None:
    text = "«Этот вопрос (о визите в Китай президента Турции — ред.) решен, визит состоится», — сказал посол."
    assert (ERDOGAN, "CN") in statuses(trips_of(gazetteer, text))


def test_a_trip_said_to_be_unlikely_is_denied(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Эрдоган вряд ли посетит Россию до конца года, сообщил Песков.")
    assert statuses(trips) == {(ERDOGAN, "RU"): "denied"}


def test_preparations_in_a_final_stage_are_no_stay(gazetteer: Gazetteer) -> None:
    text = "Песков заявил, что подготовка к визиту Моди в Россию находится в финальной стадии."
    assert statuses(trips_of(gazetteer, text)) == {(MODI, "RU"): "confirmed"}
    assert statuses(trips_of(gazetteer, "Моди находится в Москве.")) == {(MODI, "RU"): "ongoing"}


@pytest.mark.parametrize(
    "text",
    [
        "Визит Эрдогана в Россию ожидают в обеих столицах.",
        "Визит Эрдогана в Россию почти согласован.",
        "Визит Эрдогана в Россию пока не согласован.",  # its dates are still being agreed: a plan
    ],
)
def test_a_trip_noun_awaited_or_agreed_is_a_plan(gazetteer: Gazetteer, text: str) -> None:
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "planned"}


def test_a_gathering_held_in_a_place_is_where_its_participants_go(gazetteer: Gazetteer) -> None:
    text = (
        "Встреча глав государств Центральной Азии состоится 15 ноября в Ташкенте. "
        "Во встрече примут участие президент Казахстана Касым-Жомарт Токаев и Реджеп Тайип Эрдоган."
    )
    trips = trips_of(gazetteer, text, date(2025, 11, 1))
    assert statuses(trips) == {(TOKAYEV, "UZ"): "confirmed", (ERDOGAN, "UZ"): "confirmed"}
    assert one(trips, ERDOGAN, "UZ").when.start == date(2025, 11, 15)
    held_before = text.replace("состоится 15 ноября", "состоялась 15 ноября")  # held already: no venue ahead
    assert statuses(trips_of(gazetteer, held_before, date(2025, 11, 1))) == {}


def test_a_summit_that_may_be_held_on_dates_in_a_city_is_held_there(gazetteer: Gazetteer) -> None:
    text = "Встреча может пройти во время саммита ШОС 15–16 ноября в Ташкенте. Эрдоган приедет на встречу лидеров."
    assert statuses(trips_of(gazetteer, text, None)) == {(ERDOGAN, "UZ"): "confirmed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Приглашение Путина на саммит в Казани принял президент Турции Реджеп Тайип Эрдоган.", "planned"),
        ("Приглашение Путина на саммит в Казани не принял президент Турции Реджеп Тайип Эрдоган.", "denied"),
        ("Путин пригласил Реджепа Тайипа Эрдогана на саммит в Казани.", "invited"),
    ],
)
def test_an_invitation_named_before_its_acceptance(gazetteer: Gazetteer, text: str, status: str) -> None:
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): status}


def test_an_envoy_of_a_leader_travels_not_the_leader(gazetteer: Gazetteer) -> None:
    text = "Дата визита спецпосланника президента США Дональда Трампа Стивена Уиткоффа в Россию не определена."
    assert statuses(trips_of(gazetteer, text, date(2025, 10, 1))) == {}
    text = "Дата визита президента США Дональда Трампа в Россию не определена."
    assert TRUMP in {trip.leader.id for trip in trips_of(gazetteer, text, date(2025, 10, 1))}


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("посетит", "future"),
        ("посещает", "present"),
        ("посетил", "past"),
        ("посетить", "infinitive"),
        ("отправлюсь", "future"),
        ("находящийся", "present_participle"),
        ("прибывший", "past_participle"),
    ],
)
def test_a_verbs_ending_says_its_tense(word: str, form: str) -> None:
    assert verb_form(word) == form


@pytest.mark.parametrize(
    ("text", "how", "case"),
    [
        ("путин", "name", "nominative"),
        ("путина", "name", "oblique"),
        ("владимиром путиным", "name", "oblique"),
        ("моди", "name", "either"),
        ("премьер-министр", "title", "nominative"),
        ("премьер-министром", "title", "oblique"),
        ("глава государства", "title", "nominative"),
        ("его", "pronoun", "oblique"),
    ],
)
def test_a_references_ending_says_its_case(text: str, how: str, case: str) -> None:
    assert cases(text, Ref(0, len(text), "", how)) == case


def test_a_bare_title_opening_a_sentence_is_the_previous_subject_not_the_host_named_last(
    gazetteer: Gazetteer,
) -> None:
    # the tagger gives "глава государства" to the leader named last (Erdogan, the host who invited)
    text = "Путин посетит Турцию по приглашению президента Эрдогана. Затем глава государства отправится в Египет."
    trips = statuses(trips_of(gazetteer, text))
    assert trips.get((PUTIN, "EG")) == "confirmed"
    assert (ERDOGAN, "EG") not in trips


def test_one_met_during_the_subjects_trip_is_not_said_to_travel(gazetteer: Gazetteer) -> None:
    # the place opens the subject's clause as the subject's own trip: Vucic may be there for anything
    text = "В ходе визита в Пекин Путин проведет встречу с президентом Сербии Вучичем."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "CN"): "confirmed"}


# -- dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("17-18 октября", date(2024, 10, 17), date(2024, 10, 18)),
        ("с 5 по 7 октября 2023 года", date(2023, 10, 5), date(2023, 10, 7)),
        ("с 30 ноября по 2 декабря", date(2024, 11, 30), date(2024, 12, 2)),
        ("в октябре", date(2024, 10, 1), date(2024, 10, 31)),
        ("в начале декабря", date(2024, 12, 1), date(2024, 12, 10)),
        ("на следующей неделе", date(2024, 5, 6), date(2024, 5, 12)),
        ("в ноябре прошлого года", date(2023, 11, 1), date(2023, 11, 30)),
        ("в апреле следующего года", date(2025, 4, 1), date(2025, 4, 30)),
        ("осенью 2018 года", date(2018, 9, 1), date(2018, 11, 30)),
        ("8.10.2025", date(2025, 10, 8), date(2025, 10, 8)),
        ("в пятницу", date(2024, 5, 3), date(2024, 5, 3)),
        ("с пятницы", date(2024, 5, 3), date(2024, 5, 3)),  # from Friday on: the stay starts then
        ("на пятницу", date(2024, 5, 3), date(2024, 5, 3)),  # "визит запланирован на пятницу"
    ],
)
def test_a_time_expression_resolves_against_the_publication_date(text: str, start: date, end: date) -> None:
    (found,) = find_time_expressions(text)
    when = found.resolve(date(2024, 5, 1), "future")
    assert (when.start, when.end) == (start, end)


def test_without_a_publication_date_only_a_date_with_its_year_resolves() -> None:
    (relative,) = find_time_expressions("на следующей неделе")
    (dated,) = find_time_expressions("5 марта 2025 года")
    assert relative.resolve(None, "future").start is None
    assert dated.resolve(None, "future").start == date(2025, 3, 5)


def test_a_month_ahead_of_a_plan_and_behind_a_past_trip(gazetteer: Gazetteer) -> None:
    published = date(2024, 7, 1)
    ahead = one(trips_of(gazetteer, "Путин посетит Китай в марте.", published), PUTIN, "CN")
    behind = one(trips_of(gazetteer, "Путин посетил Китай в марте.", published), PUTIN, "CN")
    assert (ahead.when.start, behind.when.start) == (date(2025, 3, 1), date(2024, 3, 1))


def test_the_time_of_a_saying_is_not_the_trips(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Путин посетит Индию, заявил во вторник Песков."), PUTIN, "IN")
    assert trip.when.start is None


def test_a_date_between_the_verb_and_its_place_is_the_trips(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Моди посетит 8 июля Москву с рабочим визитом."), MODI, "RU")
    assert trip.when.start == date(2024, 7, 8)


def test_a_visit_during_which_something_was_done_is_past_whatever_its_date(gazetteer: Gazetteer) -> None:
    text = "Эрдоган во время своего визита в Пекин в сентябре 2023 года пригласил Си посетить Турцию."
    assert statuses(trips_of(gazetteer, text, published=None))[(ERDOGAN, "CN")] == "past"
    ahead = "Эрдоган во время своего визита в Пекин в сентябре проведет переговоры с Си."
    assert statuses(trips_of(gazetteer, ahead))[(ERDOGAN, "CN")] in ("planned", "confirmed")


def test_a_date_in_the_next_sentence_dates_the_plan(gazetteer: Gazetteer) -> None:
    text = "Олаф Шольц совершит рабочую поездку в Китай. Визит состоится 4 ноября."
    trip = one(trips_of(gazetteer, text, date(2022, 10, 28)), SCHOLZ, "CN")
    assert trip.when.start == date(2022, 11, 4)


def test_a_relative_date_never_resolves_against_the_clock(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Путин посетит Китай на следующей неделе.", None), PUTIN, "CN")
    assert trip.when.start is None


# -- attribution and sentences ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Путин посетит Индию в декабре, сообщил Ушаков.", "Ушаков"),
        ("Путин посетит Индию в декабре, заявил пресс-секретарь Дмитрий Песков.", "пресс-секретарь Дмитрий Песков"),
        ("Путин посетит Индию в декабре, сообщает ТАСС.", "ТАСС"),
        ("По словам Пескова, Путин посетит Индию в декабре.", "Пескова"),
        ("Путин посетит Индию в декабре, заявил Песков.", "Песков"),
    ],
)
def test_who_the_news_comes_from(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # when, between the verb and its source
        ("Путин посетит Индию, сообщила в пятницу пресс-служба Кремля.", "пресс-служба Кремля"),
        ("Об этом 1 июня заявил журналистам пресс-секретарь Дмитрий Песков.", "пресс-секретарь Дмитрий Песков"),
        # when, before a source named before its verb; how, after it
        ("Ранее пресс-секретарь Дмитрий Песков сообщил, что Путин посетит Индию.", "пресс-секретарь Дмитрий Песков"),
        ("5 сентября помощник президента Юрий Ушаков заявил, что визит готовится.", "помощник президента Юрий Ушаков"),
        ("Власти Эстонии в конце марта сообщили, что визит готовится.", "Власти Эстонии"),
        ("До этого издание Politico написало, что визит готовится.", "издание Politico"),
        ("Песков также отметил, что Путин посетит Индию.", "Песков"),
        # to whom: reporters, an outlet in an interview, an outlet before the source's title
        ("Путин посетит Индию, сообщил журналистам Ушаков.", "Ушаков"),
        ("Путин посетит Индию, сообщил в интервью ТАСС Песков.", "Песков"),
        (
            "Путин посетит Индию, сообщил ТАСС пресс-секретарь президента Дмитрий Песков.",
            "пресс-секретарь президента Дмитрий Песков",
        ),
        ("Путин посетит Индию, сообщил РИА Новости источник в Кремле.", "источник в Кремле"),
        ("Путин не поедет на саммит, сообщил РБК федеральный чиновник.", "федеральный чиновник"),
        ("Согласно информации СМИ, Путин посетит Индию.", "СМИ"),
        (
            "Об этом ТАСС сообщил пресс-секретарь президента Дмитрий Песков.",
            "пресс-секретарь президента Дмитрий Песков",
        ),
        # where: a briefing, a place before the source, a place opening the sentence
        (
            "Об этом заявила на брифинге официальный представитель МИД Мария Захарова.",
            "официальный представитель МИД Мария Захарова",
        ),
        ("Путин посетит Индию, заявил в Москве Песков.", "Песков"),
        (
            "Путин посетит Индию, заявил в Москве президент Казахстана Касым-Жомарт Токаев.",
            "президент Казахстана Касым-Жомарт Токаев",
        ),
        (
            "В Москве пресс-секретарь президента Дмитрий Песков заявил, что визит готовится.",
            "пресс-секретарь президента Дмитрий Песков",
        ),
        # an organ's place is the source itself
        ("Об этом сообщили в Минфине России.", "в Минфине России"),
        ("Об этом сообщили в пресс-службе главы государства.", "в пресс-службе главы государства"),
        # a title through "по международным делам" to the name
        (
            "Об этом заявил помощник президента по международным делам Юрий Ушаков, сообщает ТАСС.",
            "помощник президента по международным делам Юрий Ушаков",
        ),
        # the source after its verb, an object before them
        (
            "Свое участие в саммите подтвердил президент Белоруссии Александр Лукашенко.",
            "президент Белоруссии Александр Лукашенко",
        ),
    ],
)
def test_words_around_a_source_are_no_part_of_it(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Спикер парламента не уточнил, когда состоится визит.",  # a negated verb names no source
        "Также сообщается, что Зеленский посетит Испанию.",
        "При этом он еще раз подчеркнул, что визит состоится.",
        "Согласно повестке дня, 8 февраля президент Франции будет находиться в Киеве.",
    ],
)
def test_no_source_is_read_from_adverbs_pronouns_or_a_denial(text: str) -> None:
    assert source_of(text) is None


def test_a_place_opening_the_travellers_own_words_is_no_source() -> None:
    text = "В столичном аэропорту Ху Цзиньтао заявил, что прибыл в Москву."
    assert source_of(text, travellers={"Ху Цзиньтао"}) is None


def test_an_official_source_confirms_a_plan(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Эрдоган прибудет в Москву 5 мая, сообщил Ушаков."), ERDOGAN, "RU")
    assert (trip.status, trip.attribution) == ("confirmed", "Ушаков")


def test_an_abbreviation_or_an_initial_does_not_end_a_sentence() -> None:
    text = "Визит состоится в 2025 г. в Пекине. В. В. Путин прибудет туда в мае."
    assert [span.text for span in split(text)] == [
        "Визит состоится в 2025 г. в Пекине.",
        "В. В. Путин прибудет туда в мае.",
    ]


def test_russian_articles_are_read_with_russian_rules() -> None:
    assert language_for("ru").code == "ru"
    assert language_for("ru-RU").code == "ru"


# -- forms met on news the rules were not written against (fresh set 3) --------------------------------


def test_a_time_the_text_gives_beats_a_finding_without_one(gazetteer: Gazetteer) -> None:
    text = (
        "В МИД КНР анонсировали визит Си Цзиньпина в Россию. "
        "Председатель КНР Си Цзиньпин совершит государственный визит в Россию в 2019 году."
    )
    trip = one(trips_of(gazetteer, text, None), XI, "RU")
    assert (trip.when.start, trip.when.end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_a_trip_not_planned_after_a_long_noun_phrase_is_denied(gazetteer: Gazetteer) -> None:
    text = "Визит президента России Владимира Путина в Париж в ближайшее время не запланирован."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "FR"): "denied"}


def test_details_of_a_trip_not_yet_discussed_do_not_deny_it(gazetteer: Gazetteer) -> None:
    text = "Путин посетит Турцию. Сроки визита Путина в Турцию пока не обсуждались."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "TR"): "confirmed"}
    assert statuses(trips_of(gazetteer, "Визит Путина в Турцию пока не обсуждался.")) == {(PUTIN, "TR"): "denied"}


def test_a_trip_confirmed_is_one_ahead(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Пекин подтвердил визит Си Цзиньпина во Владивосток.")
    assert statuses(trips) == {(XI, "RU"): "confirmed"}
    assert statuses(trips_of(gazetteer, "Пекин не подтвердил визит Си Цзиньпина во Владивосток.")) == {}
    # a confirmation dated before the news is the confirmation's day, not the trip's
    text = "Еще 30 апреля в Кремле подтвердили визит Си Цзиньпина во Владивосток."
    assert statuses(trips_of(gazetteer, text)).get((XI, "RU")) not in ("planned", "confirmed")


def test_the_plan_as_it_first_was_is_overtaken(gazetteer: Gazetteer) -> None:
    text = "Изначально планировалось, что Путин приедет в Астану вместе с президентом Беларуси Александром Лукашенко."
    trips = trips_of(gazetteer, text)
    assert not {trip.status for trip in trips} & {"planned", "confirmed"}, statuses(trips)
    assert (PUTIN, "KZ") in statuses(trips)


def test_set_off_today_is_under_way_without_a_publication_date(gazetteer: Gazetteer) -> None:
    text = "Премьер-министр Армении Никол Пашинян сегодня, 25 декабря, отправился с рабочим визитом в Санкт-Петербург."
    assert statuses(trips_of(gazetteer, text, None)) == {("nikol-pashinyan", "RU"): "ongoing"}


def test_a_visit_beginning_today_carries_its_program(gazetteer: Gazetteer) -> None:
    text = (
        "Сегодня начинается рабочий визит Александра Лукашенко в Российскую Федерацию. "
        "В Москве Лукашенко 21-22 июля примет участие в саммите СНГ."
    )
    assert statuses(trips_of(gazetteer, text, None)) == {("alexander-lukashenko", "RU"): "ongoing"}


@pytest.mark.parametrize(
    "text",
    [
        "Эрдоган примет участие в форуме «Россия — Турция» в Казани.",  # the name's dash ends no clause
        "Эрдоган посетит выставку «ЭКСПО – Россия» в Казани.",
    ],
)
def test_a_quoted_names_dash_and_places_are_the_names(gazetteer: Gazetteer, text: str) -> None:
    trips = trips_of(gazetteer, text)
    assert statuses(trips) == {(ERDOGAN, "RU"): "confirmed"}
    assert one(trips, ERDOGAN, "RU").destination.city == "Kazan"


def test_a_place_quoted_alone_is_still_a_destination(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Эрдоган посетит «Россию» и Китай.")) == {
        (ERDOGAN, "RU"): "confirmed",
        (ERDOGAN, "CN"): "confirmed",
    }


def test_a_long_name_of_the_gathering_attended_comes_before_its_city(gazetteer: Gazetteer) -> None:
    text = (
        "Эрдоган также примет участие в торжественной церемонии открытия новой международной специализированной "
        "выставки в Астане."
    )
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "KZ"): "confirmed"}


def test_days_to_be_spent_in_a_place_are_a_trip_there(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Эрдоган 8-9 июля проведет в Казани, сообщила пресс-служба турецкого лидера.")
    assert statuses(trips) == {(ERDOGAN, "RU"): "confirmed"}
    assert one(trips, ERDOGAN, "RU").when.start == date(2024, 7, 8)


def test_a_meeting_dated_in_the_next_sentence_dates_the_plan(gazetteer: Gazetteer) -> None:
    text = (
        "Эрдоган отправится с рабочим визитом в Монголию. "
        "Встреча с лидером принимающей стороны запланирована на 3 сентября."
    )
    trip = one(trips_of(gazetteer, text, date(2024, 8, 30)), ERDOGAN, "MN")
    assert (trip.status, trip.when.start) == ("confirmed", date(2024, 9, 3))


@pytest.mark.parametrize("verb", ["ждет", "ожидает", "ждут"])
def test_a_host_awaiting_a_guest_in_its_city_is_the_guests_trip(gazetteer: Gazetteer, verb: str) -> None:
    text = f"Си Цзиньпин {verb} Эрдогана в Пекине в мае."
    trips = trips_of(gazetteer, text)
    assert set(statuses(trips)) == {(ERDOGAN, "CN")}
    assert one(trips, ERDOGAN, "CN").status in ("planned", "confirmed")  # "ожидает" is an expectation: planned


def test_a_trip_ahead_of_someone_in_the_dative_is_theirs(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Эрдогану предстоит государственный визит в Китай в мае.")
    assert statuses(trips) == {(ERDOGAN, "CN"): "planned"}
    assert one(trips, ERDOGAN, "CN").when.start == date(2024, 5, 1)


# -- forms met on the fresh sets' errors (round 4) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Самолет президента Турции Реджепа Эрдогана приземлился в Москве.",
        "В аэропорту Внуково приземлился борт Эрдогана, который прибыл в Москву с рабочим визитом.",
        "Кортеж Эрдогана прибыл в Кремль.",
    ],
)
def test_a_leaders_aircraft_or_motorcade_arriving_is_the_leader_arriving(gazetteer: Gazetteer, text: str) -> None:
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "ongoing"}


def test_the_aircraft_of_chinas_chairman_named_by_title_is_his(gazetteer: Gazetteer) -> None:
    text = "В аэропорту приземлился самолет председателя КНР, который прибыл в Казахстан с государственным визитом."
    assert statuses(trips_of(gazetteer, text)) == {(XI, "KZ"): "ongoing"}


def test_a_leaders_aircraft_that_is_not_the_subject_carries_no_one(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Министр прибыл в Москву на самолете Эрдогана.")) == {}


def test_a_stay_from_a_weekday_on_starts_that_day(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Со вторника Эрдоган будет находиться с визитом в Японии."), ERDOGAN, "JP")
    assert (trip.status, trip.when.start) == ("planned", date(2024, 5, 7))


def test_arriving_at_an_airport_of_a_city_is_arriving_there(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Президент Турции Реджеп Эрдоган прибыл в столичный аэропорт Внуково.")
    assert statuses(trips) == {(ERDOGAN, "RU"): "ongoing"}


# -- leaving for a place ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Путин в среду улетит в Пекин.", "confirmed"),
        ("Путин уедет в Пекин в понедельник.", "confirmed"),
        ("Путин в пятницу уезжает в Пекин.", "planned"),  # a present with a day ahead, as "едет"
        ("Путин сегодня уезжает в Пекин.", "ongoing"),
        ("Путин улетел в Пекин.", "ongoing"),  # left for it: on the way
    ],
)
def test_leaving_for_a_place_is_a_trip_there(gazetteer: Gazetteer, text: str, status: str) -> None:
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "CN"): status}


def test_leaving_a_place_ends_the_visit_there(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин завершил визит в Китай и улетел из Пекина.")
    assert statuses(trips) == {(PUTIN, "CN"): "past"}


def test_a_visit_being_prepared_is_planned(gazetteer: Gazetteer) -> None:
    assert statuses(trips_of(gazetteer, "Готовится визит Моди в Россию.")) == {(MODI, "RU"): "planned"}


# -- a trip told without its traveller -----------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Визит в Китай должен состояться в октябре.",
        "Сам визит в Китай запланирован на октябрь.",
        "На октябрь запланирован визит в Китай.",
        "Государственный визит в Китай состоится в октябре.",  # the trip noun with its modifier
    ],
)
def test_a_trip_told_without_its_traveller_is_the_previous_subjects(gazetteer: Gazetteer, second: str) -> None:
    trips = trips_of(gazetteer, "Президент Белоруссии Александр Лукашенко анонсировал переговоры. " + second)
    assert statuses(trips) == {("alexander-lukashenko", "CN"): "planned"}
    assert one(trips, "alexander-lukashenko", "CN").when.start == date(2024, 10, 1)


def test_a_trip_told_with_someone_elses_name_is_not_the_previous_subjects(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Лукашенко анонсировал переговоры. Визит министра обороны в Китай состоится в октябре.")
    assert statuses(trips) == {}


def test_a_trip_of_its_own_kind_dates_the_plan_before(gazetteer: Gazetteer) -> None:
    trips = trips_of(
        gazetteer, "Президент Узбекистана Шавкат Мирзиёев посетит Россию. Официальный визит пройдет с 5 по 7 октября."
    )
    assert one(trips, "shavkat-mirziyoyev", "RU").when.start == date(2024, 10, 5)


def test_participation_confirmed_by_the_leaders_named_after_the_verb(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Свое участие в саммите в Тяньцзине подтвердили Путин и Моди.")
    assert statuses(trips) == {(PUTIN, "CN"): "confirmed", (MODI, "CN"): "confirmed"}
    assert statuses(trips_of(gazetteer, "Участие в саммите в Тяньцзине не подтвердил Путин.")) == {}


def test_a_summit_named_again_is_held_where_an_unnamed_gathering_was_said_to_be(gazetteer: Gazetteer) -> None:
    text = (
        "Саммит Евразийского экономического союза, который состоится в Бишкеке 9 декабря, планируют посетить "
        "многие лидеры. Свое участие в саммите ЕАЭС подтвердил президент Белоруссии Александр Лукашенко."
    )
    assert statuses(trips_of(gazetteer, text)) == {("alexander-lukashenko", "KG"): "confirmed"}


def test_a_name_that_does_not_decline_after_a_preposition_is_no_subject(gazetteer: Gazetteer) -> None:
    # "Моди" reads as nominative or not; after "с" it is the companion, and the one before travels too
    trips = trips_of(gazetteer, "Путин вместе с Моди отправится в Китай.")
    assert statuses(trips) == {(PUTIN, "CN"): "confirmed", (MODI, "CN"): "confirmed"}
    assert statuses(trips_of(gazetteer, "Путин договорился с Моди посетить Китай.")) == {(PUTIN, "CN"): "planned"}


def test_the_stops_of_a_tour_told_in_a_relative_clause_are_the_travellers(gazetteer: Gazetteer) -> None:
    trips = trips_of(gazetteer, "Путин совершит азиатское турне, в ходе которого посетит Вьетнам и Лаос.")
    assert statuses(trips) == {(PUTIN, "VN"): "confirmed", (PUTIN, "LA"): "confirmed"}
    # a call is no trip: its relative clause has a subject of its own
    assert statuses(trips_of(gazetteer, "Путин провел разговор, в ходе которого обсудил поездку в Лаос.")) == {}


# -- forms met on the second fresh set (round 5) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Зеленский завтра собирается лететь в Турцию.", "planned"),
        ("Эрдоган готов ехать в Москву на переговоры.", "planned"),
        ("Путин не собирается ехать в Бразилию.", "denied"),
    ],
)
def test_the_bare_infinitives_of_going_are_trips(gazetteer: Gazetteer, text: str, status: str) -> None:
    (leader, country) = {"Зел": ("volodymyr-zelenskyy", "TR"), "Эрд": (ERDOGAN, "RU"), "Пут": (PUTIN, "BR")}[text[:3]]
    assert statuses(trips_of(gazetteer, text)) == {(leader, country): status}


def test_alaska_is_in_the_united_states(gazetteer: Gazetteer) -> None:
    trip = one(trips_of(gazetteer, "Путин и Трамп проведут переговоры на Аляске 15 августа."), PUTIN, "US")
    assert (trip.status, trip.destination.city) == ("confirmed", "Alaska")


@pytest.mark.parametrize(
    "text",
    [
        "Путин проинформирует коллег о результатах переговоров в Пекине.",
        "На встрече Путин расскажет об итогах своего визита в Китай.",
    ],
)
def test_results_told_are_of_a_trip_behind_whatever_the_tense_of_the_telling(gazetteer: Gazetteer, text: str) -> None:
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "CN"): "past"}
    # results to come of a trip ahead stay ahead: "по итогам визита будет подписано"
    ahead = trips_of(gazetteer, "По итогам визита Путина в Китай будет подписано совместное заявление.")
    assert statuses(ahead) == {(PUTIN, "CN"): "planned"}


def test_a_meeting_held_where_the_sentence_opens_with_a_date_between(gazetteer: Gazetteer) -> None:
    text = "В Пекине 15 октября состоится встреча Владимира Путина и Си Цзиньпина."
    trip = one(trips_of(gazetteer, text), PUTIN, "CN")
    assert (trip.status, trip.when.start) == ("planned", date(2024, 10, 15))


@pytest.mark.parametrize(
    "second",
    ["По словам Ковача, встреча должна состояться 13 мая.", "Визит должен пройти 13 мая."],
)
def test_an_invitation_then_a_trip_that_must_take_place_on_a_date_is_planned(gazetteer: Gazetteer, second: str) -> None:
    trips = trips_of(gazetteer, "Трамп пригласил премьер-министра Венгрии Виктора Орбана в Вашингтон. " + second)
    trip = one(trips, "viktor-orban", "US")
    assert (trip.status, trip.when.start) == ("planned", date(2024, 5, 13))


def test_the_summit_named_before_is_where_those_coming_to_it_after_the_verb_go(gazetteer: Gazetteer) -> None:
    # "на саммит приедут A и B": the gathering fronted, the travellers after the verb, the host a sentence before
    text = (
        "Лидеры более двадцати стран соберутся на саммит ШОС в Тяньцзине. "
        "По словам дипломата, на саммит приедут президент России Владимир Путин и премьер-министр Индии Нарендра Моди."
    )
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "CN"): "confirmed", (MODI, "CN"): "confirmed"}
    negated = "Лидеры более двадцати стран соберутся на саммит ШОС в Тяньцзине. На саммит Путин не приедет."
    assert not [trip for trip in trips_of(gazetteer, negated) if trip.status in ("planned", "confirmed")]


@pytest.mark.parametrize(
    "comment",
    ["Песков эту информацию не подтвердил, но и не опроверг.", "В Кремле не стали ни подтверждать, ни опровергать её."],
)
def test_a_report_neither_confirmed_nor_denied_is_not_denied(gazetteer: Gazetteer, comment: str) -> None:
    text = "По данным СМИ, Путин посетит Турцию в мае, " + comment[0].lower() + comment[1:]
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "TR"): "planned"}
    denied = "По данным СМИ, Путин посетит Турцию в мае, Песков эту информацию опроверг."
    assert statuses(trips_of(gazetteer, denied)) == {(PUTIN, "TR"): "denied"}


def test_the_place_one_comes_to_for_a_gathering_is_its_venue_for_those_named_after(gazetteer: Gazetteer) -> None:
    # the gathering has no fixed host: its venue is where the first leader comes "для участия" in it
    text = (
        "Токаев в пятницу прибудет в Душанбе для участия в неформальной встрече лидеров стран Содружества. "
        "В мероприятии также ожидается участие президента России Владимира Путина."
    )
    trips = statuses(trips_of(gazetteer, text))
    assert trips == {(TOKAYEV, "TJ"): "confirmed", (PUTIN, "TJ"): "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "Эрдоган в ходе переговоров с Путиным может выступить посредником в урегулировании конфликта на Украине.",
        "В ходе визита Моди обсудит ситуацию в Сирии.",
    ],
)
def test_where_a_conflict_is_is_no_destination(gazetteer: Gazetteer, text: str) -> None:
    # "конфликта на Украине", "ситуацию в Сирии": where the conflict is, not where the talks or the visit go
    assert statuses(trips_of(gazetteer, text)) == {}
    assert statuses(trips_of(gazetteer, "Эрдоган прибудет в Сочи на переговоры о конфликте на Украине.")) == {
        (ERDOGAN, "RU"): "confirmed"
    }


def test_this_country_is_the_country_named_before(gazetteer: Gazetteer) -> None:
    text = "Президент Узбекистана Шавкат Мирзиёев по приглашению турецкого коллеги посетит эту страну в феврале."
    assert statuses(trips_of(gazetteer, text, date(2026, 1, 20))) == {("shavkat-mirziyoyev", "TR"): "confirmed"}
    text = (
        "Саммит АСЕАН пройдет в октябре в Куала-Лумпуре. По его словам, президент ЮАР Сирил Рамафоса тоже "
        "приедет в страну."
    )
    assert statuses(trips_of(gazetteer, text, date(2025, 9, 12))) == {("cyril-ramaphosa", "MY"): "confirmed"}


def test_a_conflict_an_event_discusses_is_not_where_it_is_held(gazetteer: Gazetteer) -> None:
    # "ШОС обсудят ситуацию на Украине": Ukraine is where the conflict is, not the venue of the summit
    text = "Лидеры стран ШОС обсудят ситуацию на Украине. Путин будет участвовать в саммите."
    assert (PUTIN, "UA") not in statuses(trips_of(gazetteer, text))


@pytest.mark.parametrize("verb", ["должен", "планирует"])
def test_to_be_somewhere_ahead_is_a_plan_to_go_there(gazetteer: Gazetteer, verb: str) -> None:
    # the infinitive of "был в" / "будет в": "должен быть в Вашингтоне 13 ноября"
    trips = trips_of(gazetteer, f"Эрдоган {verb} быть в Вашингтоне 13 ноября.")
    assert statuses(trips) == {(ERDOGAN, "US"): "planned"}
    assert one(trips, ERDOGAN, "US").when.start == date(2024, 11, 13)


def test_a_visit_on_the_way_to_a_summit_is_no_origin(gazetteer: Gazetteer) -> None:
    # "с рабочим визитом на саммит": the "с" of the visit does not make the summit a place left
    text = "Лукашенко направился с рабочим визитом на саммит ШОС в Узбекистан."
    assert statuses(trips_of(gazetteer, text)) == {("alexander-lukashenko", "UZ"): "ongoing"}


def test_the_head_of_a_delegation_goes_to_the_gathering_named_before(gazetteer: Gazetteer) -> None:
    mishustin = "mikhail-mishustin"
    for text in (
        # the delegation first, its head after the verb
        "Саммит СНГ пройдет в Ашхабаде 10 октября. Российскую делегацию возглавит председатель правительства "
        "Михаил Мишустин.",
        # the delegation's gathering between the delegation and its head
        "Российскую делегацию на саммите СНГ в Ашхабаде возглавит Михаил Мишустин.",
        # a word between the verb and the delegation
        "Саммит СНГ пройдет в Ашхабаде 10 октября. Михаил Мишустин возглавит российскую делегацию.",
    ):
        assert statuses(trips_of(gazetteer, text)) == {(mishustin, "TM"): "confirmed"}, text


def test_a_delegation_headed_by_a_minister_on_the_presidents_orders_is_no_trip_of_the_president(
    gazetteer: Gazetteer,
) -> None:
    text = "Саммит G20 пройдет в Рио-де-Жанейро. По поручению президента делегацию возглавит министр Сергей Лавров."
    assert trips_of(gazetteer, text) == []


def test_a_trip_not_made_yet_is_no_denial_of_a_plan(gazetteer: Gazetteer) -> None:
    orban = "viktor-orban"
    for text in ("Орбан до сих пор не посетил Киев.", "Премьер Венгрии Виктор Орбан ещё ни разу не был в Киеве."):
        assert trips_of(gazetteer, text) == [], text
    text = "МИД Венгрии готовит визит Орбана в Украину. Журналисты спросили, почему Орбан до сих пор не посетил Киев."
    assert statuses(trips_of(gazetteer, text)) == {(orban, "UA"): "planned"}
    assert statuses(trips_of(gazetteer, "Орбан не посетил Киев.")) == {(orban, "UA"): "denied"}  # no "yet"


def test_leaders_named_by_an_office_in_the_plural_and_their_countries_travel(gazetteer: Gazetteer) -> None:
    text = "Путин и Трамп провели переговоры на Аляске в августе. Президенты России и США встретятся в Вене."
    found = statuses(trips_of(gazetteer, text, published=date(2025, 9, 1)))
    assert (found[(PUTIN, "AT")], found[(TRUMP, "AT")]) == ("confirmed", "confirmed"), found


def test_participation_the_leader_will_not_take_is_denied(gazetteer: Gazetteer) -> None:
    text = "Саммит СНГ пройдет в Минске. Что касается Эрдогана, то он в минском саммите участия не примет."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "BY"): "denied"}


def test_a_leaders_own_hope_to_visit_is_planned(gazetteer: Gazetteer) -> None:
    text = "Эрдоган надеется в следующем году посетить Японию и Вьетнам."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "JP"): "planned", (ERDOGAN, "VN"): "planned"}


def test_presence_at_a_summit_is_attendance(gazetteer: Gazetteer) -> None:
    text = "Саммит ШОС пройдет в Тяньцзине. Анкара подтвердила присутствие Эрдогана на саммите ШОС."
    assert statuses(trips_of(gazetteer, text, published=date(2025, 8, 1))) == {(ERDOGAN, "CN"): "confirmed"}


def test_a_trip_days_after_another_one_is_still_ahead(gazetteer: Gazetteer) -> None:
    text = "Эрдоган 10 мая прилетит в Москву. Этот визит состоится за три дня до его поездки в Минск."
    assert statuses(trips_of(gazetteer, text))[(ERDOGAN, "BY")] in ("planned", "confirmed")


def test_the_place_of_a_source_is_no_venue_of_the_summit_before_it(gazetteer: Gazetteer) -> None:
    text = "Эрдоган, скорее всего, примет участие в саммите ШОС, рассказал дипломатический источник в Турции."
    assert statuses(trips_of(gazetteer, text, published=date(2025, 7, 15))) == {(ERDOGAN, "CN"): "planned"}


def test_a_region_of_russia_is_a_place_in_russia(gazetteer: Gazetteer) -> None:
    text = "Токаев прибудет в Башкортостан 12 мая, где его встретит глава республики."
    assert statuses(trips_of(gazetteer, text)) == {(TOKAYEV, "RU"): "confirmed"}


def test_their_meeting_is_the_trip_of_the_leaders_listed_before(gazetteer: Gazetteer) -> None:
    text = "Эрдоган и Байден договорились о переговорах. Ожидается, что их встреча пройдет в Вашингтоне в июне."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "US"): "planned"}


def test_they_are_the_leaders_listed_before(gazetteer: Gazetteer) -> None:
    text = "Моди и президент Китая Си Цзиньпин провели телефонный разговор. Они встретятся в Пекине в июле."
    assert statuses(trips_of(gazetteer, text)) == {(MODI, "CN"): "confirmed"}


def test_one_who_also_comes_comes_to_the_gathering_named_before(gazetteer: Gazetteer) -> None:
    text = "Саммит ШОС пройдет в Тяньцзине в сентябре. Также приедет президент Турции Реджеп Тайип Эрдоган."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "CN"): "confirmed"}


def test_the_place_of_a_parade_leaders_will_visit_is_its_venue(gazetteer: Gazetteer) -> None:
    text = "Десять лидеров посетят парад в Москве 9 мая. Также приедет президент Турции Реджеп Тайип Эрдоган."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "confirmed"}


def test_leaders_in_the_list_of_those_who_will_visit_travel(gazetteer: Gazetteer) -> None:
    text = "Эрдоган и Моди в числе лидеров, которые посетят саммит в Казани в октябре."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "confirmed", (MODI, "RU"): "confirmed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No travel word joins the leader to the place: his future verb of presence does ...
        ("Эрдоган выступит на пленарном заседании форума в Ташкенте.", {(ERDOGAN, "UZ"): "confirmed"}),
        ("Моди встретится с бизнесменами в Пекине в июле.", {(MODI, "CN"): "confirmed"}),
        ("Токаев будет наблюдать за парадом в Пекине.", {(TOKAYEV, "CN"): "planned"}),
        ("Эрдоган может выступить с речью перед студентами в Пекине.", {(ERDOGAN, "CN"): "planned"}),
        (
            "Токаев вместе с российским лидером Путиным и турецким лидером Эрдоганом откроет выставку в Пекине.",
            {(TOKAYEV, "CN"): "confirmed", (PUTIN, "CN"): "confirmed", (ERDOGAN, "CN"): "confirmed"},
        ),
        # ... but not where the one he meets serves, nor a place of a time, of a topic, or a presence denied,
        ("Эрдоган встретится с послом Турции в Китае.", {}),
        ("Эрдоган встретится с Нетаньяху до выборов в Израиле.", {}),
        ("Эрдоган подпишет указ о помощи пострадавшим в Сирии.", {}),
        ("Эрдоган не выступит на форуме в Пекине.", {}),
        # nor is it the one who says so who will be there (the meeting's sides are paired already)
        (
            "Токаев заявил, что Эрдоган встретится с Моди в Пекине.",
            {(ERDOGAN, "CN"): "confirmed", (MODI, "CN"): "confirmed"},
        ),
    ],
)
def test_a_future_verb_of_presence_pairs_a_leader_no_travel_word_paired(
    gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(trips_of(gazetteer, text)) == expected


def test_the_fallback_reading_is_less_sure_than_a_travel_words(gazetteer: Gazetteer) -> None:
    fallback = one(trips_of(gazetteer, "Эрдоган выступит на форуме в Пекине."), ERDOGAN, "CN")
    visit = one(trips_of(gazetteer, "Эрдоган посетит Пекин."), ERDOGAN, "CN")
    assert (fallback.status, visit.status) == ("confirmed", "confirmed")
    assert fallback.confidence < visit.confidence


def test_leaders_listed_after_a_companion_travel_with_him(gazetteer: Gazetteer) -> None:
    text = "Токаев вместе с президентом России Путиным и президентом Турции Реджепом Эрдоганом прибудет в Пекин."
    expected = {(TOKAYEV, "CN"): "confirmed", (PUTIN, "CN"): "confirmed", (ERDOGAN, "CN"): "confirmed"}
    assert statuses(trips_of(gazetteer, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city or country as the host, the subject of the verb: the guest goes there
        ("Анкара примет Путина в октябре.", {(PUTIN, "TR"): "confirmed"}),
        ("Китай уже ждет Путина с визитом в октябре.", {(PUTIN, "CN"): "confirmed"}),
        # (a place in a prepositional phrase is where the meeting is, as before: the guest goes there too)
        ("Моди в Китае примет Путина.", {(PUTIN, "CN"): "confirmed"}),
    ],
)
def test_a_place_that_hosts_is_where_the_guest_goes(
    gazetteer: Gazetteer, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert statuses(trips_of(gazetteer, text)) == expected


def test_a_place_right_before_the_visit_verb_is_its_object_however_the_clause_opens(gazetteer: Gazetteer) -> None:
    # object, verb, subject: a time may open the clause
    text = "В конце этой недели Польшу должен посетить президент Украины Владимир Зеленский."
    assert statuses(trips_of(gazetteer, text)) == {(ZELENSKYY, "PL"): "planned"}
    assert statuses(trips_of(gazetteer, "В следующем месяце Китай посетит Путин.")) == {(PUTIN, "CN"): "confirmed"}
    # a place after a preposition is no object of the verb
    assert statuses(trips_of(gazetteer, "В следующем месяце из Китая посетит Монголию Путин.")) == {
        (PUTIN, "MN"): "confirmed"
    }


def test_the_country_an_invitation_asks_a_guest_to_visit_is_the_inviters(gazetteer: Gazetteer) -> None:
    text = (
        "Президент Украины Петр Порошенко в телефонном разговоре со своим казахстанским коллегой Нурсултаном "
        "Назарбаевым пригласил его посетить страну."
    )
    assert statuses(trips_of(gazetteer, text, date(2014, 12, 20))) == {("nursultan-nazarbayev", "UA"): "invited"}


def test_a_trip_scheduled_for_someone_who_has_it_is_theirs_and_planned(gazetteer: Gazetteer) -> None:
    text = "Лукашенко отметил, что у него намечена поездка в Мьянму, Оман и Алжир."
    assert statuses(trips_of(gazetteer, text, date(2025, 11, 20))) == {
        ("alexander-lukashenko", "MM"): "planned",
        ("alexander-lukashenko", "OM"): "planned",
        ("alexander-lukashenko", "DZ"): "planned",
    }
    text = "У Лукашенко намечена командировка в Мьянму."
    assert statuses(trips_of(gazetteer, text, date(2025, 11, 20))) == {("alexander-lukashenko", "MM"): "planned"}


def test_a_gathering_held_at_a_venue_with_a_name_of_its_own_is_in_the_country_after_it(gazetteer: Gazetteer) -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев 5-6 августа примет участие в очередной консультативной встрече "
        "глав стран Центральной Азии, которая состоится в национальной туристической зоне «Аваза» в Туркменистане."
    )
    assert statuses(trips_of(gazetteer, text)) == {(TOKAYEV, "TM"): "confirmed"}


def test_the_guests_of_a_gathering_named_with_its_relative_clause_go_to_it(gazetteer: Gazetteer) -> None:
    text = (
        "Консультативная встреча глав стран Центральной Азии состоится 5-6 августа в Туркменистане. "
        "В мероприятии, которое пройдёт под председательством главы Туркменистана, примут участие президент "
        "Казахстана Касым-Жомарт Токаев и президент России Владимир Путин."
    )
    assert statuses(trips_of(gazetteer, text)) == {(TOKAYEV, "TM"): "confirmed", (PUTIN, "TM"): "confirmed"}


def test_the_host_one_takes_part_with_is_named_where_one_takes_part(gazetteer: Gazetteer) -> None:
    # the gathering's venue, read from where one takes part in it ("во встрече"), for the guests named after it
    text = (
        "Путин 5-6 августа примет участие во встрече лидеров, которая состоится в Туркменистане. "
        "В мероприятии также примет участие президент Казахстана Касым-Жомарт Токаев."
    )
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "TM"): "confirmed", (TOKAYEV, "TM"): "confirmed"}


def test_an_aside_of_those_besides_whom_others_come_is_no_place_of_the_verb(gazetteer: Gazetteer) -> None:
    text = (
        "Саммит ШОС пройдет в Самарканде. В саммите ШОС, помимо президента Казахстана Касым-Жомарта Токаева, "
        "будут участвовать президент России Владимир Путин и премьер-министр Индии Нарендра Моди."
    )
    found = statuses(trips_of(gazetteer, text, None))
    assert found[(PUTIN, "UZ")] in ("planned", "confirmed")
    assert found[(MODI, "UZ")] in ("planned", "confirmed")


def test_a_named_summit_is_held_where_the_article_said_however_far_back(gazetteer: Gazetteer) -> None:
    text = (
        "Саммит ШОС в Самарканде посетят главы 15 государств. Это станет первой очной встречей лидеров. "
        "Узбекистан продвигал цифровую экономику. Асадов рассказал о торговле. Он отметил рост инвестиций. "
        "В саммите ШОС будут участвовать президент России Владимир Путин и премьер-министр Индии Нарендра Моди."
    )
    found = statuses(trips_of(gazetteer, text, None))
    assert found[(PUTIN, "UZ")] in ("planned", "confirmed")
    assert found[(MODI, "UZ")] in ("planned", "confirmed")


def test_both_russian_spellings_of_shehbaz_sharif_are_the_leader(gazetteer: Gazetteer) -> None:
    for name in ("Шахбаз Шариф", "Шехбаз Шариф"):
        text = f"Премьер-министр Пакистана {name} может вскоре посетить Россию."
        assert statuses(trips_of(gazetteer, text)) == {("shehbaz-sharif", "RU"): "planned"}


def test_the_leader_whose_invitation_it_is_is_no_subject_of_the_visit(gazetteer: Gazetteer) -> None:
    text = (
        "Президент Узбекистана Шавкат Мирзиеев по приглашению белорусского коллеги Александра Лукашенко "
        "31 июля – 1 августа посетит Минск с официальным визитом."
    )
    assert statuses(trips_of(gazetteer, text, date(2019, 7, 30))) == {("shavkat-mirziyoyev", "BY"): "confirmed"}


def test_this_country_after_a_leaders_invitation_is_the_inviters(gazetteer: Gazetteer) -> None:
    text = (
        "По приглашению Председателя Китайской Народной Республики Си Цзиньпина Президент Республики Узбекистан "
        "Шавкат Мирзиёев 23-25 января посетит эту страну с государственным визитом."
    )
    assert statuses(trips_of(gazetteer, text, date(2020, 1, 10))) == {("shavkat-mirziyoyev", "CN"): "confirmed"}


def test_a_headline_asking_whether_is_no_plan(gazetteer: Gazetteer) -> None:
    assert not statuses(trips_of(gazetteer, "Посетит ли Путин США в ближайшее время — прогноз политолога"))
    assert statuses(trips_of(gazetteer, "Путин посетит США в ближайшее время.")) == {(PUTIN, "US"): "confirmed"}


def test_a_stay_on_a_weekday_in_an_undated_report_is_under_way(gazetteer: Gazetteer) -> None:
    text = "Путин находится в среду с государственным визитом в Казахстане."
    assert statuses(trips_of(gazetteer, text, None)) == {(PUTIN, "KZ"): "ongoing"}


def test_a_trip_noun_of_other_people_is_not_the_clause_subjects(gazetteer: Gazetteer) -> None:
    # "the participation of Indian citizens in the fighting in Ukraine": theirs, not Modi's
    text = "Моди намерен поднять вопрос об участии граждан Индии в боевых действиях на Украине."
    assert statuses(trips_of(gazetteer, text)) == {}
    assert statuses(trips_of(gazetteer, "Моди намерен обсудить свое участие в саммите на Украине.")) == {
        (MODI, "UA"): "planned"
    }


def test_the_trip_one_returns_from_is_over(gazetteer: Gazetteer) -> None:
    text = "Президент Эрдоган сегодня, 1 мая, вернулся в Анкару из рабочей поездки в Москву."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "past"}


def test_the_fact_of_a_visit_is_a_visit_made(gazetteer: Gazetteer) -> None:
    text = "Пресс-секретарь подтвердил факт визита Эрдогана в российскую столицу 5 мая."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "past"}


def test_a_former_president_is_not_the_president_in_office(gazetteer: Gazetteer) -> None:
    text = "Путин провел переговоры в Сочи. Визит экс-президента в Китай состоится 5 мая."
    assert (PUTIN, "CN") not in statuses(trips_of(gazetteer, text))


def test_a_leader_beginning_his_visit_is_there(gazetteer: Gazetteer) -> None:
    text = "Эрдоган начинает визит в Россию, проведет встречу с Путиным"
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "ongoing"}


def test_a_visit_that_took_place_is_past_however_long_its_description(gazetteer: Gazetteer) -> None:
    text = (
        "Первый официальный визит Эрдогана в Россию по приглашению президента России Владимира Путина "
        "состоялся в начале лета."
    )
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "past"}


def test_the_country_which_a_leader_will_visit_is_the_one_the_clause_names(gazetteer: Gazetteer) -> None:
    text = "Турция станет первой страной, которую посетит председатель КНР Си Цзиньпин."
    assert statuses(trips_of(gazetteer, text)) == {(XI, "TR"): "confirmed"}


def test_the_gathering_which_a_leader_intends_to_visit_is_where_it_is_held(gazetteer: Gazetteer) -> None:
    text = "С 14 по 16 июня в Душанбе пройдет саммит СВМДА, который также намерен посетить Эрдоган."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "TJ"): "planned"}


def test_he_after_a_spokesmans_statement_is_the_leader_it_speaks_of(gazetteer: Gazetteer) -> None:
    text = "Представитель Кремля Дмитрий Песков сообщил, что Путин сначала посетит Китай. Затем он посетит Индию."
    assert statuses(trips_of(gazetteer, text)) == {(PUTIN, "CN"): "confirmed", (PUTIN, "IN"): "confirmed"}


def test_the_date_of_the_event_told_three_sentences_on_dates_the_plan(gazetteer: Gazetteer) -> None:
    text = (
        "Президент Эрдоган приедет с рабочим визитом в Казахстан. Об этом сообщили в пресс-службе. "
        "Целью визита является участие во встрече глав государств. Данное мероприятие пройдет 13 мая в Астане."
    )
    trip = one(trips_of(gazetteer, text), ERDOGAN, "KZ")
    assert trip.when is not None
    assert trip.when.start == date(2024, 5, 13)


def test_the_date_of_the_gathering_the_trip_is_for_dates_it(gazetteer: Gazetteer) -> None:
    text = (
        "Эрдоган посетит Ашхабад, где примет участие в трехстороннем саммите глав Турции, Туркменистана и "
        "Азербайджана, который запланирован на начало августа, сообщает МИД."
    )
    trip = one(trips_of(gazetteer, text), ERDOGAN, "TM")
    assert trip.when is not None
    assert trip.when.start == date(2024, 8, 1)


def test_visits_during_which_a_leader_expects_to_talk_are_ahead_whatever_the_saying(gazetteer: Gazetteer) -> None:
    text = "Эрдоган добавил, что в ходе своих визитов в Россию и Китай рассчитывает обсудить украинский конфликт."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "planned", (ERDOGAN, "CN"): "planned"}


def test_a_departure_on_a_weekday_in_an_undated_report_is_under_way(gazetteer: Gazetteer) -> None:
    text = "Эрдоган вылетел в четверг утром в Москву с рабочим визитом."
    assert statuses(trips_of(gazetteer, text, None)) == {(ERDOGAN, "RU"): "ongoing"}


def test_a_saying_done_during_a_visit_dates_it_in_the_past(gazetteer: Gazetteer) -> None:
    text = "Эрдоган рассказал о композиторе во время своего первого государственного визита в Казахстан в 2013 году."
    assert statuses(trips_of(gazetteer, text, None)) == {(ERDOGAN, "KZ"): "past"}


def test_a_visit_spelled_out_after_a_colon_takes_the_past_before_it(gazetteer: Gazetteer) -> None:
    text = "С Путиным Эрдоган встречался уже дважды в этом году: в ходе визита Путина в Турцию в марте."
    assert statuses(trips_of(gazetteer, text, None)) == {(PUTIN, "TR"): "past"}
    # (a verb of its own after the colon speaks for itself)
    text = "Эрдоган сообщил главное: в ходе визита Путина в Турцию в марте будет подписан договор."
    assert statuses(trips_of(gazetteer, text, None))[(PUTIN, "TR")] != "past"


def test_one_of_the_first_countries_a_leader_will_visit(gazetteer: Gazetteer) -> None:
    text = "Песков сообщил, что Китай будет одной из первых стран, которые с визитом посетит Путин."
    assert statuses(trips_of(gazetteer, text))[(PUTIN, "CN")] in ("planned", "confirmed")


def test_trips_said_to_be_planned_before_their_noun_are_ahead(gazetteer: Gazetteer) -> None:
    text = "Сообщается, что у Эрдогана также планируются поездки в Вашингтон и Киев."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "US"): "planned", (ERDOGAN, "UA"): "planned"}


def test_a_visit_said_to_have_begun_is_under_way(gazetteer: Gazetteer) -> None:
    text = "Начался официальный визит президента России Владимира Путина в Турцию. Президент РФ посетит мавзолей."
    assert statuses(trips_of(gazetteer, text, date(2004, 12, 5))) == {(PUTIN, "TR"): "ongoing"}
    # (not a beginning of something else: "началась ли проработка визита")
    text = "Песков не сказал, началась ли проработка визита Путина в Турцию."
    assert statuses(trips_of(gazetteer, text, date(2004, 12, 5))).get((PUTIN, "TR")) != "ongoing"


def test_a_leader_who_will_stay_until_a_date_is_there_now(gazetteer: Gazetteer) -> None:
    text = "Эрдоган пробудет в России до 7 октября."
    assert statuses(trips_of(gazetteer, text, date(2023, 10, 6))) == {(ERDOGAN, "RU"): "ongoing"}


def test_a_gathering_named_several_sentences_before_is_where_participation_goes(gazetteer: Gazetteer) -> None:
    text = (
        "Всего несколько дней осталось до Петербургского международного экономического форума. "
        "В этом году он пройдет с 24 по 26 мая. Ожидается много гостей. Об этом сообщил губернатор. "
        "Губернатор выступил на радио. "
        "Градоначальник отметил, что президент Турции Реджеп Эрдоган подтвердил свое участие в Форуме."
    )
    assert statuses(trips_of(gazetteer, text, date(2018, 5, 21))) == {(ERDOGAN, "RU"): "confirmed"}


def test_shinzo_abe_in_either_russian_spelling(gazetteer: Gazetteer) -> None:
    for name in ("Синдзо Абэ", "Синдзо Абе"):
        trips = trips_of(gazetteer, f"Премьер-министр Японии {name} посетит Россию в мае.", date(2018, 4, 1))
        assert statuses(trips) == {("shinzo-abe", "RU"): "confirmed"}


def test_leaders_listed_among_those_who_confirmed_their_participation_come(gazetteer: Gazetteer) -> None:
    text = (
        "Олимпийские игры пройдут в Сочи с 7 по 23 февраля. "
        "Среди глав государств, которые подтвердили свое участие, председатель КНР Си Цзиньпин, "
        "президент Турции Реджеп Эрдоган."
    )
    expected = {(XI, "RU"): "confirmed", (ERDOGAN, "RU"): "confirmed"}
    assert statuses(trips_of(gazetteer, text, date(2014, 2, 1))) == expected


def test_leaders_listed_with_their_countries_in_brackets_travel_together(gazetteer: Gazetteer) -> None:
    text = (
        "Саммит пройдет 10 октября в Астане. "
        "Подтвердили свое участие президенты Владимир Путин (Россия), Реджеп Эрдоган (Турция) и Нарендра Моди (Индия)."
    )
    expected = {(PUTIN, "KZ"): "confirmed", (ERDOGAN, "KZ"): "confirmed", (MODI, "KZ"): "confirmed"}
    assert statuses(trips_of(gazetteer, text, date(2024, 10, 1))) == expected


def test_a_gerund_aside_stands_between_the_subject_and_its_verb(gazetteer: Gazetteer) -> None:
    text = "Председатель КНР Си Цзиньпин, успешно завершив визит в Танзанию, сегодня отбыл с визитом в ЮАР."
    assert statuses(trips_of(gazetteer, text, date(2013, 3, 26))).get(("Q15031", "ZA")) == "ongoing"


def test_the_trip_before_which_another_was_made_is_no_plan(gazetteer: Gazetteer) -> None:
    text = "До визита в Танзанию Си Цзиньпин совершил государственный визит в Россию."
    assert ("Q15031", "TZ") not in statuses(trips_of(gazetteer, text, date(2013, 3, 26)))
    # but a saying before a trip tells a trip ahead
    text = "Перед визитом в Японию Путин заявил журналистам, что надеется на успех."
    assert statuses(trips_of(gazetteer, text, date(2016, 12, 1))).get(("Q7747", "JP")) in ("planned", "confirmed")


def test_the_programme_of_a_stay_that_ended_is_of_a_past_stay(gazetteer: Gazetteer) -> None:
    text = "Программа пребывания Владимира Путина в Южной Корее закончилась знакомством с парламентом."
    assert statuses(trips_of(gazetteer, text, date(2001, 2, 28))) == {("Q7747", "KR"): "past"}


def test_a_list_of_destinations_goes_on_past_a_bracketed_short_name(gazetteer: Gazetteer) -> None:
    text = (
        "Президент РК Ли Чжэ Мён посетит Объединённые Арабские Эмираты (ОАЭ), Египет, "
        "Южноафриканскую Республику (ЮАР) и Турцию."
    )
    assert set(statuses(trips_of(gazetteer, text, date(2025, 11, 16)))) == {
        ("lee-jae-myung", country) for country in ("AE", "EG", "ZA", "TR")
    }


def test_who_after_a_leader_in_another_case_is_that_leader(gazetteer: Gazetteer) -> None:
    text = (
        "Президент России Владимир Путин 22 апреля проведёт переговоры с азербайджанским коллегой Ильхамом "
        "Алиевым, который прибудет в Москву с рабочим визитом, сообщила пресс-служба Кремля."
    )
    found = statuses(trips_of(gazetteer, text, date(2025, 4, 18)))
    assert found.get(("ilham-aliyev", "RU")) in ("planned", "confirmed")


def test_an_arrival_on_a_day_and_month_in_an_undated_report_is_the_news_of_the_day(gazetteer: Gazetteer) -> None:
    text = "Президент Белоруссии Александр Лукашенко 16 мая прибыл в Москву на саммит ОДКБ."
    assert statuses(trips_of(gazetteer, text, None)) == {("alexander-lukashenko", "RU"): "ongoing"}
    # (a year told makes it a retrospect)
    text = "Президент Белоруссии Александр Лукашенко 16 мая 2002 года прибыл в Москву на саммит ОДКБ."
    assert statuses(trips_of(gazetteer, text, None)) == {("alexander-lukashenko", "RU"): "past"}


def test_the_trips_planned_after_a_visit_under_way_are_trips_to_come(gazetteer: Gazetteer) -> None:
    text = (
        "Президент Садыр Жапаров вылетел в Узбекистан. Ранее сообщалось, что визит Жапарова в Узбекистан "
        "запланирован на 11-12 марта, после которого президент также планирует посетить Таджикистан."
    )
    assert statuses(trips_of(gazetteer, text, None)).get(("sadyr-japarov", "TJ")) == "planned"


def test_a_summit_with_a_named_leader_is_no_gathering_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "Это первый визит после поездки Мун Чжэ Ина в Осаку на саммит G20 в июне 2019 года. "
        "Во второй половине дня он примет участие в саммите с премьер-министром Японии Фумио Кисидой."
    )
    assert ("moon-jae-in", "JP", "confirmed") not in {
        (trip.leader.id, trip.destination.country, trip.status) for trip in trips_of(gazetteer, text, date(2019, 6, 1))
    }


def test_a_host_receiving_a_guest_with_no_place_named_receives_him_at_home(gazetteer: Gazetteer) -> None:
    text = (
        "Президент России Владимир Путин на предстоящей неделе примет с официальным визитом президента "
        "Таджикистана Эмомали Рахмона."
    )
    assert statuses(trips_of(gazetteer, text, date(2024, 3, 16))) == {("emomali-rahmon", "RU"): "confirmed"}
    # (a guest of the host's own country goes nowhere; a host after a comma is no subject of the verb)
    assert statuses(trips_of(gazetteer, "Путин примет Мишустина на следующей неделе.", date(2024, 3, 16))) == {}
    text = "Как сообщил Путин, Токаев примет Рахмона на следующей неделе."
    assert ("emomali-rahmon", "RU") not in statuses(trips_of(gazetteer, text, date(2024, 3, 16)))


def test_a_calling_off_recalled_from_earlier_news_yields_to_the_articles_own_plan(gazetteer: Gazetteer) -> None:
    text = (
        "Реджеп Эрдоган приедет в Москву для участия в саммите. Ранее сообщалось, что Эрдоган отменил визит в Москву."
    )
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "confirmed"}
    # told as the article's own news, the calling-off still wins
    text = "Реджеп Эрдоган приедет в Москву для участия в саммите. Позже Эрдоган отменил визит в Москву."
    assert statuses(trips_of(gazetteer, text)) == {(ERDOGAN, "RU"): "cancelled"}
