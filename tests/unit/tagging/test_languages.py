"""Tagging in Russian and Chinese, each behaviour with our own short sentences."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
import yaml

from pipeline.records import TaggedArticle
from pipeline.tagging import Gazetteer, WatchlistError, load_watchlist, tag_article
from pipeline.tagging.chinese import _traditional_to_simplified, fold_chinese
from pipeline.tagging.fold import fold
from pipeline.tagging.names import NAMES_DIR, load_names, shipped_names
from pipeline.tagging.russian import case_forms
from tests.unit.conftest import make_article


def tag(gazetteer: Gazetteer, text: str, language: str, published: date = date(2024, 5, 1)) -> TaggedArticle:
    return tag_article(dataclasses.replace(make_article(text, published), language=language), gazetteer)


def mentions(tagged: TaggedArticle) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.entity) for m in tagged.mentions]


def test_russian_case_forms_of_a_surname_a_country_and_a_plural_name() -> None:
    assert {"Путина", "Путину", "Путиным", "Путине"} <= set(case_forms("Путин", "name"))
    assert {"Токаева", "Токаевым"} <= set(case_forms("Токаев", "name"))  # not the plural of "Токай"
    assert {"Китая", "Китае", "Китаю", "Китаем"} <= set(case_forms("Китай", "place"))
    assert "Соединённых Штатах" in case_forms("Соединенные Штаты", "place")  # ё and е fold alike when matching
    assert case_forms("Моди", "name") == ("Моди",)  # indeclinable


def test_an_adjective_read_two_ways_declines_both_ways() -> None:
    # "Большая": "большой" or "больший", equally likely to the dictionary; news write "Большой двадцатки"
    assert {"Большой двадцатки", "Большой семёрке"} <= set(case_forms("Большая двадцатка", "place")) | set(
        case_forms("Большая семерка", "place")
    )


def test_russian_names_keep_their_particles_and_east_asian_names_decline_in_the_last_word() -> None:
    forms = set(case_forms("Мухаммед бен Заид Аль Нахайян", "name"))
    assert "Мухаммедом бен Заидом Аль Нахайяном" in forms
    assert not any("бена" in form or "Аля" in form for form in forms)
    assert {"Нгуен Тан Зунгом", "Нгуеном Таном Зунгом"} <= set(case_forms("Нгуен Тан Зунг", "name"))


def test_russian_office_of_country_references(gazetteer: Gazetteer) -> None:
    day = date(2025, 6, 1)
    for text, leader in (
        ("Глава Узбекистана посетит Россию.", "shavkat-mirziyoyev"),
        ("Приглашение главы российского государства одобрено.", "Q7747"),
        ("Речь лидера Ирана транслировали.", "ali-khamenei"),
        ("Глава Белого дома заявил об этом.", "Q22686"),
    ):
        assert [a.id for a in tag(gazetteer, text, "ru", day).actors] == [leader], text
    assert not tag(gazetteer, "Борт главы РК сопровождали истребители.", "ru", day).actors  # Korea or Kazakhstan
    # "as head of Kazakhstan": the role of someone named, not a reference to today's holder.
    assert not tag(gazetteer, "Он приезжал сюда в качестве главы Казахстана.", "ru", day).actors
    assert not tag(gazetteer, "Он, будучи премьер-министром РФ, приезжал сюда.", "ru", day).actors
    # The Turkmen city named after Niyazov is not Niyazov.
    assert not tag(gazetteer, "Форум пройдет в городе Туркменбаши.", "ru", day).actors


def test_russian_titles_of_chinas_chairman_and_premier(gazetteer: Gazetteer) -> None:
    # China's head of state is "председатель" in Russian, its premier "премьер Госсовета"
    for text, day, leader in (
        ("В аэропорту приземлился самолет председателя КНР.", date(2019, 9, 11), "Q15031"),
        ("Председатель Китайской Народной Республики прибыл в Москву.", date(2005, 6, 30), "hu-jintao"),
        ("Визит премьера Госсовета КНР начнется завтра.", date(2024, 6, 1), "li-qiang"),
    ):
        assert [a.id for a in tag(gazetteer, text, "ru", day).actors] == [leader], text


def test_russian_titles_of_the_pope_name_the_pope_of_the_day(gazetteer: Gazetteer) -> None:
    for text in ("Понтифик прилетит в Турцию.", "Глава Римско-католической церкви прилетит в Турцию."):
        assert [a.id for a in tag(gazetteer, text, "ru", date(2025, 11, 20)).actors] == ["pope-leo-xiv"], text
    assert [a.id for a in tag(gazetteer, "Папа римский посетит Ирак.", "ru", date(2021, 2, 1)).actors] == [
        "pope-francis"
    ]


def test_other_russian_spellings_of_leaders_in_their_case_forms(gazetteer: Gazetteer) -> None:
    day = date(2025, 6, 1)
    for text, leader in (
        ("Встреча с Си Цзиньпинем прошла.", "Q15031"),  # the common misspelling of "Си Цзиньпин"
        ("Переговоры с Масудом Пезешкияном.", "masoud-pezeshkian"),
        ("Визит Луиса Арсе в Москву.", "luis-arce"),
        ("Переговоры с Султаном Омана Хайсамом бен Тареком Аль Саидом.", "haitham-bin-tariq"),
        ("Звонок Биньямину Нетаниягу.", "benjamin-netanyahu"),  # as Israeli Russian-language media write it
        ("Делегацию возглавит Артур Раси-заде.", "artur-rasizade"),  # as Azerbaijani media write it
        ("Переговоры с Шавкатом Мирзияевым.", "shavkat-mirziyoyev"),  # as RFE/RL's Russian services write it
        ("Визит Фумио Кишиды в Индию.", "fumio-kishida"),  # as Ukrainian Russian-language media write it
    ):
        assert [a.id for a in tag(gazetteer, text, "ru", day).actors] == [leader], text


def test_a_russian_leader_is_found_in_every_case(gazetteer: Gazetteer) -> None:
    for text in ("Путин прибыл.", "Встреча с Путиным.", "Визит Путина.", "Мы говорили о Путине."):
        assert [a.id for a in tag(gazetteer, text, "ru").actors] == ["Q7747"], text


def test_russian_places_and_adjectives_in_case_forms(gazetteer: Gazetteer) -> None:
    found = mentions(
        tag(gazetteer, "Делегация прибыла в Китай из Пекина; китайского лидера ждут в Соединенных Штатах.", "ru")
    )
    assert ("Китай", "country", "CN") in found
    assert ("Пекина", "city", "Beijing") in found
    assert ("Соединенных Штатах", "country", "US") in found


def test_moscows_airports_are_moscow(gazetteer: Gazetteer) -> None:
    found = mentions(tag(gazetteer, "Самолет приземлился во Внуково-2, а не в Шереметьево или Домодедово.", "ru"))
    for airport in ("Внуково-2", "Шереметьево", "Домодедово"):
        assert (airport, "city", "Moscow") in found


def test_russian_titles_resolve_to_the_holder_on_the_article_date(gazetteer: Gazetteer) -> None:
    tagged = tag(gazetteer, "Президент РФ заявил, что российский лидер посетит Индию.", "ru", date(2010, 3, 1))
    assert [a.id for a in tagged.actors] == ["dmitry-medvedev"]
    assert not tag(gazetteer, "Бывший президент России выступил.", "ru", date(2010, 3, 1)).actors


def test_a_bare_title_is_the_leader_just_named(gazetteer: Gazetteer) -> None:
    tagged = tag(gazetteer, "Токаев прибыл в Москву. Глава государства проведет переговоры.", "ru")
    assert ("Глава государства", "title", "kassym-jomart-tokayev") in mentions(tagged)
    assert not tag(gazetteer, "Глава государства проведет переговоры.", "ru").actors


def test_chinese_names_titles_and_traditional_characters(gazetteer: Gazetteer) -> None:
    simplified = tag(gazetteer, "国家主席习近平将会见普京总统。", "zh")
    assert [a.id for a in simplified.actors] == ["Q15031", "Q7747"]
    traditional = tag(gazetteer, "國家主席習近平將會見普京總統。", "zh")
    assert mentions(traditional)[1:] == [
        ("習近平", "leader", "Q15031"),
        ("普京", "leader", "Q7747"),
        ("總統", "title", "Q7747"),
    ]
    assert [a.id for a in tag(gazetteer, "国务院总理表示欢迎。", "zh", date(2024, 5, 1)).actors] == ["li-qiang"]


def test_a_chinese_title_right_before_a_leaders_name_gives_way_to_the_name(gazetteer: Gazetteer) -> None:
    def kinds(text: str) -> list[tuple[str, str]]:
        return [(said, kind) for said, kind, _ in mentions(tag(gazetteer, text, "zh"))]

    # The name right after the title (or after one space) is the mention; any other word after it is not a name.
    assert ("俄罗斯总统", "title") not in kinds("俄罗斯总统普京抵达北京。")
    assert ("俄罗斯总统", "title") not in kinds("俄罗斯总统 普京抵达北京。")
    assert ("俄罗斯总统", "title") in kinds("俄罗斯总统俄罗斯表示欢迎。")
    assert ("俄罗斯总统", "title") in kinds("俄罗斯总统表示欢迎。")


def test_a_chinese_leaders_short_name_gives_way_to_a_longer_name_inside_it(gazetteer: Gazetteer) -> None:
    # "参加尼加拉瓜": Nicaragua, not Ashraf Ghani's "加尼" straddling the two words
    tagged = tag(gazetteer, "特朗普将前往马那瓜参加尼加拉瓜总统就职典礼。", "zh")
    assert "ashraf-ghani" not in {actor.id for actor in tagged.actors}
    assert "NI" in {entity for _, _, entity in mentions(tagged)}


def test_a_common_chinese_name_that_opens_someone_elses_full_name_is_not_that_leader(gazetteer: Gazetteer) -> None:
    # "基尔·斯塔默" is Keir Starmer, not Salva Kiir's "基尔" (a common name, a leader only with his office)
    tagged = tag(gazetteer, "英国首相基尔·斯塔默将访问中国。", "zh", date(2025, 5, 1))
    assert {actor.id for actor in tagged.actors} == {"keir-starmer"}
    # a leader's own full name, not listed, still names him
    assert "prabowo-subianto" in {
        actor.id for actor in tag(gazetteer, "普拉博沃·苏比延多将访华。", "zh", date(2025, 5, 1)).actors
    }


def test_chinese_short_forms_count_only_where_they_name_a_country(gazetteer: Gazetteer) -> None:
    assert ("俄", "country", "RU") in mentions(tag(gazetteer, "中俄关系良好，美方表示关注。", "zh"))
    assert ("华", "country", "CN") in mentions(tag(gazetteer, "他将访华。", "zh"))
    assert mentions(tag(gazetteer, "这幅画很美，位于中间。中美洲的天气很好。", "zh")) == []


def test_the_side_of_a_country_with_a_one_character_form_is_that_country(gazetteer: Gazetteer) -> None:
    # "埃方" is the Egyptian side, "意方" the Italian, "加方" the Canadian; not inside "参加方", "同意方案".
    assert ("埃", "country", "EG") in mentions(tag(gazetteer, "埃方表示欢迎。", "zh"))
    assert ("意", "country", "IT") in mentions(tag(gazetteer, "意方表示支持。", "zh"))
    assert ("加", "country", "CA") in mentions(tag(gazetteer, "加方表示关切。", "zh"))
    assert mentions(tag(gazetteer, "各参加方同意方案。", "zh")) == []


def test_a_short_form_that_opens_a_full_name_is_the_full_name(gazetteer: Gazetteer) -> None:
    assert ("俄罗斯", "country", "RU") in mentions(tag(gazetteer, "他将对俄罗斯进行访问。", "zh"))


def test_the_two_congos_are_told_apart_by_their_formal_and_bracketed_names(gazetteer: Gazetteer) -> None:
    assert ("刚果共和国", "country", "CG") in mentions(tag(gazetteer, "他将对刚果共和国进行国事访问。", "zh"))
    assert ("剛果(布)", "country", "CG") in mentions(tag(gazetteer, "他將對剛果（布）進行國事訪問。", "zh"))
    assert ("刚果民主共和国", "country", "CD") in mentions(tag(gazetteer, "他将访问刚果民主共和国。", "zh"))
    assert ("刚果(金)", "country", "CD") in mentions(tag(gazetteer, "他将访问刚果（金）。", "zh"))


def test_hawaii_and_guam_where_taiwans_presidents_transit_are_the_united_states(gazetteer: Gazetteer) -> None:
    found = tag(gazetteer, "她去程途经夏威夷,回程在关岛停留一晚。", "zh").mentions
    assert [(m.text, m.kind, m.country) for m in found] == [("夏威夷", "city", "US"), ("关岛", "city", "US")]


def test_the_summer_davos_held_in_china_is_neither_davos_nor_the_annual_meeting_there(gazetteer: Gazetteer) -> None:
    summer = ("夏季达沃斯论坛", "event", "summer-davos")
    assert mentions(tag(gazetteer, "他在天津出席了夏季达沃斯论坛。", "zh")) == [("天津", "city", "Tianjin"), summer]
    assert mentions(tag(gazetteer, "世界经济论坛新领军者年会下月开幕。", "zh")) == [
        ("世界经济论坛新领军者年会", "event", "summer-davos")
    ]
    davos = mentions(tag(gazetteer, "他将出席世界经济论坛年会。", "zh"))
    assert ("世界经济论坛", "event", "world-economic-forum") in davos


def test_a_chinese_surname_alone_needs_the_full_name_or_an_office(gazetteer: Gazetteer) -> None:
    assert not tag(gazetteer, "提高市场效率。", "zh", date(2025, 12, 1)).actors
    assert [a.id for a in tag(gazetteer, "高市早苗发表讲话。高市表示。", "zh", date(2025, 12, 1)).actors] == [
        "sanae-takaichi"
    ]


def test_a_surname_made_from_a_chinese_full_name_counts_after_the_full_name(gazetteer: Gazetteer) -> None:
    assert not tag(gazetteer, "戴维斯表示欢迎。", "zh").actors
    tagged = tag(gazetteer, "菲利普·戴维斯抵达北京。戴维斯表示欢迎。", "zh")
    assert [a.id for a in tagged.actors] == ["philip-davis"]
    assert ("戴维斯", "leader", "philip-davis") in mentions(tagged)


def test_a_former_office_before_a_short_name_is_a_past_holder(gazetteer: Gazetteer) -> None:
    # Johnson left office in 2022: "former prime minister Johnson" still names him, "Johnson" alone does not.
    assert [a.id for a in tag(gazetteer, "英国前首相约翰逊曾访问基辅。", "zh", date(2024, 5, 1)).actors] == [
        "boris-johnson"
    ]
    assert not tag(gazetteer, "约翰逊曾访问基辅。", "zh", date(2024, 5, 1)).actors


def test_a_short_name_before_government_names_that_leader(gazetteer: Gazetteer) -> None:
    # The day after Ishiba left office, "the Ishiba government" still names him.
    day = date(2025, 10, 22)
    assert [a.id for a in tag(gazetteer, "日方将履行石破政府的承诺。", "zh", day).actors] == ["shigeru-ishiba"]
    assert not tag(gazetteer, "日方将履行石破的承诺。", "zh", day).actors


def test_a_president_elect_counts_months_before_taking_office(gazetteer: Gazetteer) -> None:
    # Prabowo took office in October 2024: in March he is a leader only where called president-elect.
    day = date(2024, 3, 29)
    assert [a.id for a in tag(gazetteer, "印尼候任总统普拉博沃将访华。", "zh", day).actors] == ["prabowo-subianto"]
    assert [a.id for a in tag(gazetteer, "普拉博沃当选总统。", "zh", day).actors] == ["prabowo-subianto"]
    assert not tag(gazetteer, "普拉博沃将访华。", "zh", day).actors
    assert [a.id for a in tag(gazetteer, "Избранный президент Индонезии Прабово посетит Китай.", "ru", day).actors] == [
        "prabowo-subianto"
    ]
    assert not tag(gazetteer, "Министр обороны Индонезии Прабово посетит Китай.", "ru", day).actors
    english = tag(gazetteer, "Indonesia's president-elect Prabowo Subianto will visit China.", "en", day)
    assert [a.id for a in english.actors] == ["prabowo-subianto"]
    assert not tag(gazetteer, "Indonesia's Prabowo Subianto will visit China.", "en", date(2023, 3, 29)).actors
    # the tag says so, for the travel stage: one called elect is a leader already, one in office is no elect
    assert [a.elect for a in english.actors] == [True]
    assert [a.elect for a in tag(gazetteer, "印尼候任总统普拉博沃将访华。", "zh", day).actors] == [True]
    assert [a.elect for a in tag(gazetteer, "Prabowo Subianto will visit China.", "en", date(2024, 11, 1)).actors] == [
        False
    ]


def test_a_surname_before_a_bare_title_is_the_leader_of_that_surname(gazetteer: Gazetteer) -> None:
    # "黄总理" is Lawrence Wong even though Li Qiang was named after him; "总理" alone is the last one named.
    tagged = tag(gazetteer, "新加坡总理黄循财与李强会谈。黄总理表示欢迎。", "zh", date(2025, 6, 1))
    assert ("总理", "title", "lawrence-wong") in mentions(tagged)
    tagged = tag(gazetteer, "新加坡总理黄循财与李强会谈。总理表示欢迎。", "zh", date(2025, 6, 1))
    assert ("总理", "title", "li-qiang") in mentions(tagged)


def test_another_countrys_state_chairman_is_not_chinas(gazetteer: Gazetteer) -> None:
    day = date(2025, 6, 1)
    assert [a.id for a in tag(gazetteer, "越南国家主席表示欢迎。", "zh", day).actors] == ["luong-cuong"]
    assert [a.id for a in tag(gazetteer, "国家主席表示欢迎。", "zh", day).actors] == ["Q15031"]


def test_a_former_leader_named_in_another_office_is_not_the_leader_in_that_article(gazetteer: Gazetteer) -> None:
    # In 2023 Lai Ching-te, premier until 2019, was vice-president: the whole article is about the vice-president.
    day = date(2023, 8, 15)
    assert not tag(gazetteer, "副總統賴清德將出席就職典禮。賴清德表示將努力完成任務。", "zh", day).actors
    assert [a.id for a in tag(gazetteer, "賴清德表示將努力完成任務。", "zh", day).actors] == ["lai-ching-te"]
    # A leader in office on the article's date stays one where named without the other office.
    tagged = tag(gazetteer, "副总统拜登曾访华。拜登表示欢迎。", "zh", date(2023, 8, 15))
    assert [a.id for a in tagged.actors] == ["Q6279"]


def test_the_dots_inside_a_chinese_foreign_name_read_alike(gazetteer: Gazetteer) -> None:
    for dot in "·‧•・":
        tagged = tag(gazetteer, f"菲利普{dot}戴维斯抵达北京。", "zh")
        assert [a.id for a in tagged.actors] == ["philip-davis"], dot


def test_a_place_named_after_a_leader_is_no_leader(gazetteer: Gazetteer) -> None:
    assert not tag(gazetteer, "专机抵达Indira Gandhi International Airport。", "zh").actors
    assert [a.id for a in tag(gazetteer, "Indira Gandhi访华。", "zh", date(1980, 5, 1)).actors] == ["indira-gandhi"]


def test_a_summit_nickname_names_both_leaders(gazetteer: Gazetteer) -> None:
    tagged = tag(gazetteer, "川習會將在釜山舉行。", "zh", date(2025, 10, 24))
    assert [(m.text, m.entity) for m in tagged.mentions if m.kind == "leader"] == [("川", "Q22686"), ("習", "Q15031")]
    # "川普会" is "Trump will": Trump only.
    assert [a.id for a in tag(gazetteer, "川普会出席峰会。", "zh", date(2025, 10, 24)).actors] == ["Q22686"]


def test_chinese_folding_keeps_offsets() -> None:
    text = "習近平訪問臺灣與Ｇ２０"
    assert fold_chinese(text) == "习近平访问台湾与g20"
    assert len(fold_chinese(text)) == len(text)


def test_chinese_folding_reads_every_character_of_the_table_and_keeps_the_others() -> None:
    # The table holds characters of the supplementary planes too ("𠀾" is past U+FFFF); a character past its
    # last entry, or one it does not map, is kept as written.
    table = _traditional_to_simplified()
    assert max(table) > 0xFFFF
    text = "".join(chr(code) for code in sorted(table)) + "习近平" + chr(max(table) + 1) + "a"
    assert fold_chinese(text) == "".join(table[code] for code in sorted(table)) + "习近平" + chr(max(table) + 1) + "a"


def test_took_office_is_the_first_day_of_an_office_that_leads_a_state(gazetteer: Gazetteer) -> None:
    assert gazetteer.took_office["Q7747"] == date(1999, 8, 9)  # Putin: prime minister before president
    # an heir's office leads no state: the crown prince took office as prime minister
    assert gazetteer.took_office["mohammed-bin-salman"] == date(2022, 9, 27)


def test_a_long_russian_text_folds_as_its_words_do() -> None:
    # A long text in Cyrillic is folded in one piece, a word or a Latin text run by run: the same result.
    words = ["Ёлка,", "йогурт", "и", "Erdoğan:", "ВСТРЕЧА", "В", "МОСКВЕ."]
    text = " ".join(words * 20)
    assert len(text) > 200
    assert fold(text) == " ".join([fold(word) for word in words] * 20)
    assert fold(text).startswith("елка, иогурт и erdogan: встреча в москве.")
    assert len(fold(text)) == len(text)


def test_english_articles_are_tagged_with_english_names(gazetteer: Gazetteer) -> None:
    assert [a.id for a in tag(gazetteer, "Putin met reporters.", "en").actors] == ["Q7747"]
    assert [a.id for a in tag(gazetteer, "Putin met reporters.", "de").actors] == ["Q7747"]


def test_shipped_names_name_only_watchlist_entries() -> None:
    watchlist = load_watchlist()
    ids = {leader.id for leader in watchlist.leaders}
    for names in shipped_names(watchlist):
        assert set(names.leaders) <= ids
        assert names.countries


def test_a_bad_names_file_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "ru.yaml"
    path.write_text(
        "language: ru\nleaders:\n  Q7747: [Путин]\ncountries:\n  Russia: {names: [Россия]}\n", encoding="utf-8"
    )
    with pytest.raises(WatchlistError, match=r"ru\.yaml:5: .*ISO 3166-1"):
        load_names(path, {"Q7747": "Q7747"}, {"RU"}, set(), set())
    assert (NAMES_DIR / "ru.yaml").exists()


def test_a_chinese_title_may_touch_a_latin_name(gazetteer: Gazetteer) -> None:
    found = mentions(tag(gazetteer, "印度总理Narendra Modi将访问日本。", "zh"))
    assert ("印度总理", "adjective", "IN") in found  # the title, whose holder is the name after it
    assert ("Narendra Modi", "leader", "Q1058") in found
    assert ("G20", "event", "g20-summit") not in mentions(tag(gazetteer, "会议G200召开。", "zh"))


def test_leaders_left_in_latin_letters_in_chinese_text(gazetteer: Gazetteer) -> None:
    assert [a.id for a in tag(gazetteer, "Albanese表示，他将访问日本。", "zh", date(2023, 5, 17)).actors] == [
        "anthony-albanese"
    ]


def test_taiwan_transliterations_name_the_same_leaders(gazetteer: Gazetteer) -> None:
    text = "俄羅斯總理梅德維傑夫、南非總統拉瑪佛沙與委內瑞拉總統馬杜洛會面。"
    actors = {a.id for a in tag(gazetteer, text, "zh", date(2018, 9, 10)).actors}
    assert {"dmitry-medvedev", "cyril-ramaphosa", "nicolas-maduro"} <= actors


def test_both_taiwan_spellings_of_putin(gazetteer: Gazetteer) -> None:
    for name in ("普亭", "普廷"):
        actors = {a.id for a in tag(gazetteer, f"俄羅斯總統{name}將出席峰會。", "zh", date(2023, 9, 1)).actors}
        assert "Q7747" in actors, name


def test_other_spellings_of_leaders_in_hong_kong_taiwan_and_mainland_media(gazetteer: Gazetteer) -> None:
    text = "肖爾茨、山齊士、杜魯道與佐科威在會上會面。"
    actors = {a.id for a in tag(gazetteer, text, "zh", date(2023, 9, 1)).actors}
    assert {"olaf-scholz", "pedro-sanchez", "justin-trudeau", "joko-widodo"} <= actors


def test_taiwans_ou_for_mainland_ao_and_other_variant_characters(gazetteer: Gazetteer) -> None:
    # Taiwan writes "O" with 歐 where the mainland writes 奥 ("歐爾波", "奥尔波"); "范明正" beside "范明政"
    text = "芬蘭總理歐爾波、越南總理范明正與土耳其總統埃爾多昂將出席峰會。"
    actors = {a.id for a in tag(gazetteer, text, "zh", date(2024, 5, 1)).actors}
    assert {"petteri-orpo", "pham-minh-chinh", "recep-tayyip-erdogan"} <= actors


def test_a_leaders_spouse_is_not_the_leader(gazetteer: Gazetteer) -> None:
    text = "米歇尔·奥巴马与希拉里·克林顿会面。"
    assert not tag(gazetteer, text, "zh", date(2014, 3, 18)).actors


def test_ma_ying_jeou_by_surname_and_office_but_not_inside_panamas_president(gazetteer: Gazetteer) -> None:
    assert [a.id for a in tag(gazetteer, "馬總統今天表示。", "zh", date(2014, 1, 7)).actors] == ["ma-ying-jeou"]
    assert "ma-ying-jeou" not in {a.id for a in tag(gazetteer, "巴拿馬總統今天表示。", "zh", date(2014, 1, 7)).actors}


def test_chinese_words_that_hold_a_short_form_are_no_country(gazetteer: Gazetteer) -> None:
    assert "IL" not in {m.country for m in tag(gazetteer, "高市早苗以首相身分访美。", "zh").mentions}
    assert ("华府", "city", "Washington") in mentions(tag(gazetteer, "拜登将留在华府。", "zh"))
    assert "CY" not in {m.country for m in tag(gazetteer, "埃尔多安访问北塞浦路斯。", "zh").mentions}
    # "约旦河西岸" (the Jordan River's West Bank) is Palestinian land, not Jordan
    text = "他还计划访问以色列、约旦河西岸巴勒斯坦领土和沙特阿拉伯。"
    countries = {m.country for m in tag(gazetteer, text, "zh").mentions}
    assert countries == {"IL", "PS", "SA"}


def test_every_leader_of_the_shipped_names_files_is_on_the_shipped_watchlist() -> None:
    # A key that names no watchlist leader (a spelling the watchlist does not use) would be dropped
    # silently, and that leader never tagged in the language.
    watchlist = load_watchlist()
    known = {leader.id for leader in watchlist.leaders} | {leader.name for leader in watchlist.leaders}
    for path in sorted(NAMES_DIR.glob("*.yaml")):
        keys = set(yaml.safe_load(path.read_text(encoding="utf-8"))["leaders"])
        assert keys - known == set(), path.name


def test_taiwan_spellings_of_southeast_asian_leaders(gazetteer: Gazetteer) -> None:
    text = "汶萊蘇丹包奇亞、泰國總理帕拉育、緬甸國務資政翁山蘇姬與柬埔寨總理韓森昨天在會場握手。"
    actors = {a.id for a in tag(gazetteer, text, "zh", date(2017, 11, 12)).actors}
    assert {"hassanal-bolkiah", "prayut-chan-o-cha", "aung-san-suu-kyi", "hun-sen"} <= actors


def test_hong_kong_and_cambodian_spellings_of_marcos_and_hun_manet_without_an_office(gazetteer: Gazetteer) -> None:
    # Hong Kong writes 小馬可斯 (the mainland 小马科斯), Cambodia's Chinese press 洪瑪耐 (Xinhua 洪玛奈);
    # read without an office word before them, in a page without a date
    text = "洪瑪耐將於下個月訪問日本,小馬可斯下星期訪問中國。"
    actors = {a.id for a in tag_article(dataclasses.replace(make_article(text, None), language="zh"), gazetteer).actors}
    assert {"hun-manet", "bongbong-marcos"} <= actors


def test_more_spellings_of_leaders_of_europe_and_the_americas(gazetteer: Gazetteer) -> None:
    cases = [
        ("英國首相梅伊下週出訪。", date(2017, 3, 1), "theresa-may"),
        ("宏都拉斯總統葉南德茲抵達台北。", date(2016, 3, 1), "juan-orlando-hernandez"),
        ("秘鲁总统博鲁阿尔特会见了代表团。", date(2024, 3, 1), "dina-boluarte"),
        ("瑞士联邦主席毛雷尔会见了代表团。", date(2019, 3, 1), "ueli-maurer"),
        ("千里达总统卡莫纳和哥斯达黎加总统钦奇利亚会见了代表团。", date(2013, 9, 1), "anthony-carmona"),
        ("哥斯达黎加总统钦奇利亚会见了代表团。", date(2013, 9, 1), "laura-chinchilla"),
        ("聖多美普林西比總理賈布列將訪台。", date(2013, 9, 1), "gabriel-costa"),
        ("科特迪瓦总理阿希将出席论坛。", date(2023, 3, 27), "patrick-achi"),
    ]
    for text, published, leader in cases:
        assert leader in {a.id for a in tag(gazetteer, text, "zh", published).actors}, text


def test_a_short_taiwan_spelling_alone_names_no_leader(gazetteer: Gazetteer) -> None:
    # "韓森" (Hun Sen), "梅伊" (Theresa May), "阿希" (Patrick Achi) are also other people's names: a leader only
    # after an office
    assert not tag(gazetteer, "球員韓森與教練梅伊今天在記者會上表示。", "zh", date(2017, 3, 1)).actors
    assert not tag(gazetteer, "阿希今天在記者會上表示。", "zh", date(2022, 3, 1)).actors


def test_taiwan_and_hong_kong_spellings_of_leaders_often_in_the_news(gazetteer: Gazetteer) -> None:
    text = "伊朗最高領袖哈米尼、匈牙利總理奧班、德國總統史坦麥爾、哈薩克總統托卡葉夫、"
    text += "俄羅斯總理米舒斯汀與泰國總理貝東丹會面。"
    actors = {a.id for a in tag(gazetteer, text, "zh", date(2024, 9, 1)).actors}
    assert {
        "ali-khamenei",
        "viktor-orban",
        "frank-walter-steinmeier",
        "kassym-jomart-tokayev",
        "mikhail-mishustin",
        "paetongtarn-shinawatra",
    } <= actors
    text = "墨西哥總統薛恩鮑姆、哥倫比亞總統裴卓、智利總統波瑞克、薩爾瓦多總統布格磊與尼加拉瓜總統奧蒂嘉出席峰會。"
    actors = {a.id for a in tag(gazetteer, text, "zh", date(2024, 11, 1)).actors}
    assert {"claudia-sheinbaum", "gustavo-petro", "gabriel-boric", "nayib-bukele", "daniel-ortega"} <= actors
    # Hong Kong's own renderings of British leaders.
    actors = {a.id for a in tag(gazetteer, "英國首相辛偉誠與前首相文翠珊會面。", "zh", date(2023, 3, 1)).actors}
    assert {"rishi-sunak", "theresa-may"} <= actors


def test_taiwans_johnson_is_context_only(gazetteer: Gazetteer) -> None:
    assert "boris-johnson" in {a.id for a in tag(gazetteer, "英國首相強生表示。", "zh", date(2021, 5, 1)).actors}
    assert not tag(gazetteer, "強生公司的疫苗已運抵。", "zh", date(2021, 5, 1)).actors


def test_a_japanese_prime_ministers_surname_names_him_after_his_full_name(gazetteer: Gazetteer) -> None:
    text = "日本首相小泉纯一郎将于明天举行会谈。小泉是在专机内做上述表示的。"
    mentions = [m.entity for m in tag(gazetteer, text, "zh", date(2003, 5, 30)).mentions if m.kind == "leader"]
    assert mentions == ["junichiro-koizumi", "junichiro-koizumi"]
    assert not tag(gazetteer, "小泉表示将出席会议。", "zh", date(2003, 5, 30)).actors  # alone: any Koizumi


def test_leaders_in_office_since_2025_are_named(gazetteer: Gazetteer) -> None:
    text = "马达加斯加总统兰德里亚尼里纳、塞舌尔总统埃尔米尼与坦桑尼亚总理恩琴巴出席会议。"
    actors = {a.id for a in tag(gazetteer, text, "zh", date(2026, 3, 1)).actors}
    assert {"michael-randrianirina", "patrick-herminie", "mwigulu-nchemba"} <= actors


def test_a_bare_title_after_a_states_formal_name_is_that_states_office(gazetteer: Gazetteer) -> None:
    # The foreign ministry's formula names the state in full; the leader named before is not its president.
    text = "應國家主席習近平邀請,瑙魯共和國總統將于3月24日至29日對中國進行國事訪問。"
    titles = [(m.text, m.entity) for m in tag(gazetteer, text, "zh", date(2024, 3, 22)).mentions if m.kind == "title"]
    assert titles == [("總統", "david-adeang")]
    text = "习近平表示,应澳大利亚联邦政府总理邀请出席峰会。"
    titles = [(m.text, m.entity) for m in tag(gazetteer, text, "zh", date(2014, 11, 7)).mentions if m.kind == "title"]
    assert titles == [("总理", "tony-abbott")]


def test_the_mainland_is_china_but_a_continent_is_not(gazetteer: Gazetteer) -> None:
    countries = {m.entity for m in tag(gazetteer, "普亭前往大陸進行國是訪問。", "zh", date(2025, 9, 1)).mentions}
    assert "CN" in countries
    for text in ("馬克宏訪問歐洲大陸各國。", "大陸架的劃界問題。"):
        assert "CN" not in {m.entity for m in tag(gazetteer, text, "zh", date(2025, 9, 1)).mentions}, text


def test_more_taiwan_spellings_of_leaders(gazetteer: Gazetteer) -> None:
    text = "古巴國家主席狄亞士-卡奈爾、盧安達總統卡加米、烏干達總統穆塞維尼、"
    text += "敘利亞總統阿塞德與丹麥總理佛瑞德里克森會面。"
    actors = {a.name for a in tag(gazetteer, text, "zh", date(2022, 6, 1)).actors}
    assert {"Miguel Díaz-Canel", "Paul Kagame", "Yoweri Museveni", "Bashar al-Assad", "Mette Frederiksen"} <= actors


def test_a_countrys_leaders_in_general_are_no_one_leader(gazetteer: Gazetteer) -> None:
    # "中国领导人" is China's leadership as a whole (LABELLING.md names leaders, not a country's leaders)
    text = "访问期间,中国领导人将同首相举行会见。普丁在華期間將與中國領袖舉行雙邊會談。"
    assert "Q15031" not in {a.id for a in tag(gazetteer, text, "zh", date(2024, 9, 1)).actors}
    # a supreme leader is one
    assert "ali-khamenei" in {a.id for a in tag(gazetteer, "伊朗最高领袖表示。", "zh", date(2024, 9, 1)).actors}


def test_yi_before_an_office_is_a_preposition_not_israel(gazetteer: Gazetteer) -> None:
    text = "埃尔多安的访问将是土耳其首次以总统级别对该国进行的正式访问。"
    assert "isaac-herzog" not in {a.id for a in tag(gazetteer, text, "zh", date(2022, 2, 19)).actors}


def test_a_title_inside_the_presidency_or_an_election_is_no_leader(gazetteer: Gazetteer) -> None:
    for text in ("南非总统府此前表示。", "但美國總統大選選情膠著。"):
        assert not tag(gazetteer, text, "zh", date(2023, 8, 1)).actors, text
    assert [a.id for a in tag(gazetteer, "南非总统表示。", "zh", date(2023, 8, 1)).actors] == ["cyril-ramaphosa"]


def test_a_russian_given_name_not_the_leaders_before_a_surname_is_someone_else(gazetteer: Gazetteer) -> None:
    day = date(2025, 6, 1)

    def leaders(text: str) -> list[str]:
        return [m.entity for m in tag(gazetteer, text, "ru", day).mentions if m.kind == "leader"]

    # a wife, a son, an ex-wife: her or his own given name before the leader's surname, a relative spoken of
    assert leaders("По данным прессы, первая леди США Мелания Трамп посетит Гану.") == []
    assert leaders("Как сообщалось, Джилл Байден посетит Румынию, где она встретится с военными.") == []
    assert leaders("Вчера Хантер Байден, сын бывшего президента, прилетел в Киев.") == []
    assert leaders("Как пишут СМИ, Людмила Путина, бывшая супруга президента, живёт в Европе.") == []
    # a sentence's first word too, where the article writes it so elsewhere
    text = "В Румынию прибыла первая леди США Джилл Байден. Джилл Байден посетит и Словакию."
    assert leaders(text) == []
    # the leader's own given names, in any case and spelling, a place, a title or a sentence's first word
    assert leaders("Как сообщалось, Дональд Трамп с супругой посетит Гану.") == ["Q22686"]
    assert leaders("Как сообщалось, Эммануэль Макрон и его жена посетят Японию.") == ["Q3052772"]
    assert leaders("Как сообщалось, Эммануэля Макрона и его жену ждут в Японии.") == ["Q3052772"]
    assert leaders("Лидер Казахстана Токаев и его супруга посетят Китай.") == ["kassym-jomart-tokayev"]
    assert leaders("Ранее Трамп и его супруга посетили Гану.") == ["Q22686"]
    # no woman or relative spoken of: a place or a source the gazetteer does not know ("в Африку Медведев")
    assert leaders("В ходе поездки в Африку Медведев посетил Египет.") == ["dmitry-medvedev"]


def test_a_russian_office_that_is_no_leaders_before_a_surname_is_someone_else(gazetteer: Gazetteer) -> None:
    day = date(2022, 5, 1)
    for text in (
        "Визит первой леди Байден в Румынию стал демонстрацией поддержки.",
        "Как пишут СМИ, госпожа Трамп посетит Гану.",
        "Тогда вице-президент Байден посетил Киев.",
    ):
        assert not [m for m in tag(gazetteer, text, "ru", day).mentions if m.kind == "leader"], text
    kept = tag(gazetteer, "Президент Байден посетит Польшу.", "ru", day).mentions
    assert [m.entity for m in kept if m.kind == "leader"] == ["Q6279"]


def test_malaysian_chinese_spellings_of_malaysian_leaders(gazetteer: Gazetteer) -> None:
    # Malaysian Chinese outlets write "敦马哈迪" (Tun Mahathir), not the mainland's "马哈蒂尔"
    tagged = tag(gazetteer, "首相敦马哈迪将在6月11日访问日本。", "zh", date(2018, 5, 31))
    assert [a.id for a in tagged.actors] == ["mahathir-mohamad"]
