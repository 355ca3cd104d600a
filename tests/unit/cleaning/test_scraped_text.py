"""Scraped plain text: every story paragraph kept, every kind of boilerplate removed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.cleaning import MAX_TEXT_CHARS, CleaningError, clean_article
from pipeline.cleaning.normalize import normalize_text
from pipeline.cleaning.scraped import Kind, ScrapedParts, classify_line, clean_scraped_text, word_count
from pipeline.records import Month, RawArticle
from tests.fixtures import scraped_fixture, scraped_fixture_names


def clean_text(text: str, title: str | None = None) -> tuple[str, ...]:
    return clean_article(RawArticle(id="t", text=text, title=title)).paragraphs


@pytest.mark.parametrize("name", scraped_fixture_names())
def test_fixture_keeps_exactly_the_story_paragraphs(name: str) -> None:
    fixture = scraped_fixture(name)
    article = clean_article(RawArticle(id=name, text=fixture["raw"]))
    assert list(article.paragraphs) == [normalize_text(p) for p in fixture["story"]]
    for snippet in fixture["boilerplate"]:
        assert snippet.lower() not in article.text.lower(), snippet
    assert article.title == fixture["title"]
    if "byline" in fixture:
        assert article.byline == fixture["byline"]


def test_leading_date_line_is_the_publication_date_and_not_text() -> None:
    article = clean_article(RawArticle(id="t", text=scraped_fixture("seed_shaped")["raw"]))
    assert article.published == datetime(2023, 7, 25, tzinfo=UTC)
    assert "2023-07-25" not in article.text


def test_a_date_line_giving_the_month_only_is_the_publication_month_and_keeps_the_text_after_it() -> None:
    text = (
        " date 2018-04 The president confirms plans to visit the summit in May\n\n"
        "The president has confirmed his plans to pay a visit to the summit in May, officials said.\n\n"
        "He will meet the host on the sidelines of the forum, his office added on Sunday."
    )
    article = clean_article(RawArticle(id="t", text=text))
    assert (article.published, article.published_month) == (None, Month(2018, 4))
    assert article.title == "The president confirms plans to visit the summit in May"
    assert "2018-04" not in article.text


def test_a_given_publication_date_wins_over_the_date_line() -> None:
    given = datetime(2023, 7, 26, 8, 0, tzinfo=UTC)
    article = clean_article(RawArticle(id="t", text=scraped_fixture("seed_shaped")["raw"], published=given))
    assert article.published == given


def test_related_block_teasers_about_other_trips_are_gone() -> None:
    text = clean_article(RawArticle(id="t", text=scraped_fixture("seed_shaped")["raw"])).text
    assert "first trip to Russia" not in text
    assert "next spring" not in text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Support The Daily Planet!", Kind.BANNER),
        ("Contribute today", Kind.BANNER),
        ("Subscribe to our newsletter for the day's top stories", Kind.BANNER),
        ("Share this article", Kind.SHARE),
        ("Facebook Twitter WhatsApp Email", Kind.SHARE),
        ("Home > World > Asia", Kind.NAVIGATION),
        ("Skip to main content", Kind.NAVIGATION),
        ("Read more about: China , Putin", Kind.TAG_LINE),
        ("Tags: India, United States", Kind.TAG_LINE),
        ("Read more", Kind.RELATED_MARKER),
        ("You may also like", Kind.RELATED_MARKER),
        ("Read more: Leaders meet in Geneva", Kind.INLINE_RELATED),
        ("4 Min read", Kind.MIN_READ),
        ("Leaders at talks in Moscow. kremlin.ru", Kind.CAPTION),
        ("The two presidents in Beijing (Photo: Reuters)", Kind.CAPTION),
        ("Photo: Jane Roe / Daily Planet", Kind.CAPTION),
        ("We use cookies to give you the best experience. Accept all", Kind.COOKIE),
        ("By Jane Roe and Ann Loe", Kind.BYLINE),
        ("Published July 3, 2023", Kind.DATELINE),
        ("Advertisement", Kind.ADVERT),
    ],
)
def test_boilerplate_lines_are_recognised(line: str, kind: Kind) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Support for the new trade agreement grew among lawmakers after the summit in Brussels.",
        "The statement was carried by Reuters and other agencies on Tuesday evening.",
        "He said he would share more details about the visit next week.",
        "Readers were asked to subscribe to the idea that the talks had failed, but few did.",
    ],
)
def test_story_sentences_that_use_boilerplate_words_are_prose(line: str) -> None:
    assert classify_line(line) is Kind.PROSE


def test_a_short_closing_sentence_of_the_story_is_kept() -> None:
    text = (
        "Prime Minister Jane Roe will travel to Ottawa next week for talks with the Canadian leader.\n\n"
        "The trip had been expected.\n\n"
        "Share this article"
    )
    assert clean_text(text)[-1] == "The trip had been expected."


def test_repeated_lines_are_kept_once() -> None:
    paragraph = "The talks will focus on trade, energy and the war in Ukraine, officials said on Monday."
    text = f"{paragraph}\n\nA second paragraph of the story follows here with more words in it.\n\n{paragraph}"
    assert clean_text(text).count(paragraph) == 1


def test_inline_read_more_link_inside_the_story_goes_but_the_story_continues() -> None:
    text = (
        "The president will visit Kenya in March for talks on trade and security cooperation.\n"
        "Read more: Kenya's leader calls for debt relief\n"
        "The visit will be his first to the region since taking office, aides said on Friday."
    )
    assert clean_text(text) == (
        "The president will visit Kenya in March for talks on trade and security cooperation.",
        "The visit will be his first to the region since taking office, aides said on Friday.",
    )


def test_a_run_of_headlines_glued_into_one_line_begins_no_story_a_headline_and_date_line_after_it_do() -> None:
    text = (
        "Air defence downed two missiles Traffic police found the driver who hit a pregnant woman A new airliner "
        "took to the sky To cancel or not to cancel the school exams The most expensive banana sold at auction\n\n"
        "Cuba's leader will arrive in Russia in November\n\n"
        "25 October 2018 at 08:57\n\n"
        "Miguel Diaz-Canel, who heads Cuba's Council of State, intends to arrive in Russia on November 1.\n\n"
        "It will be his first visit to a country outside the Caribbean."
    )
    kept = clean_text(text)
    assert "Miguel Diaz-Canel, who heads Cuba's Council of State, intends to arrive in Russia on November 1." in kept
    assert kept[-1] == "It will be his first visit to a country outside the Caribbean."
    # (after a story's own sentences, a headline and its date line still begin another story, which goes)
    story = "The president will visit Kenya in March for talks on trade and security cooperation."
    other = f"{story}\n\nPutin to visit China in October\n\n25 October 2018 at 08:57\n\nPutin will go to China."
    assert clean_text(other) == (story,)


def test_a_lead_printed_twice_is_kept_once_a_caption_printed_twice_goes() -> None:
    lead = "President Jane Roe will go to the climate summit in Copenhagen next month, an official said Wednesday."
    text = f"Roe to attend climate summit\n\n{lead}\n\n{lead}\n\nThe United Nations welcomed the move on Thursday."
    assert clean_text(text) == (lead, "The United Nations welcomed the move on Thursday.")
    caption = "President Jane Roe speaks during a news conference at the summit in Copenhagen, Dec. 9, 2009."
    text = f"Roe speaks at climate summit\n\n{caption}\n\n{caption}\n\n{lead}"
    assert clean_text(text) == (lead,)


def test_a_page_of_navigation_only_is_an_error_with_a_reason() -> None:
    with pytest.raises(CleaningError) as error:
        clean_text("Home\nWorld\nBusiness\nSport\nShare this article\nSubscribe\nCookie settings")
    assert error.value.reason == "empty_body"


@pytest.mark.parametrize(
    "raw", [RawArticle(id="t", text="   \n\n  "), RawArticle(id="t", html=" "), RawArticle(id="t")]
)
def test_an_article_without_content_has_no_story_left(raw: RawArticle) -> None:
    # On the raw topic such a message is a schema error (agents/wire/raw.py): it never reaches this stage.
    with pytest.raises(CleaningError) as error:
        clean_article(raw)
    assert error.value.reason == "empty_body"


def test_a_five_megabyte_text_in_one_line_is_cleaned_and_cut_at_a_sentence_end() -> None:
    sentence = "Officials said the delegation would return to the capital after the talks ended. "
    text = sentence * (5_000_000 // len(sentence))
    article = clean_article(RawArticle(id="big", text=text))
    assert article.text.startswith("Officials said")
    assert MAX_TEXT_CHARS - len(sentence) <= len(article.text) <= MAX_TEXT_CHARS
    assert article.text.endswith("talks ended.")
    assert "truncated" in article.removed


def test_a_title_given_in_the_message_is_not_repeated_in_the_body() -> None:
    text = "Lula to visit Japan\n\nBrazil's president will travel to Japan next month for trade talks, his office said."
    article = clean_article(RawArticle(id="t", text=text, title="Lula to visit Japan"))
    assert article.paragraphs == (
        "Brazil's president will travel to Japan next month for trade talks, his office said.",
    )
    assert article.title == "Lula to visit Japan"


def scraped(text: str) -> ScrapedParts:
    return clean_scraped_text(text)


def test_caption_headline_and_bullets_stay_separate_and_the_headline_is_the_title() -> None:
    text = (
        "Leaders at a summit in Brasilia. Photo: Jane Roe\n"
        "President Lula to visit Japan in October\n"
        "• Brazil's leader will meet the prime minister in Tokyo\n"
        "• Trade and climate are on the agenda\n"
        "\n"
        "Brazil's president will travel to Japan in October for talks on trade, his office said on Monday."
    )
    article = clean_article(RawArticle(id="t", text=text))
    assert article.title == "President Lula to visit Japan in October"
    assert article.paragraphs == (
        "• Brazil's leader will meet the prime minister in Tokyo",
        "• Trade and climate are on the agenda",
        "Brazil's president will travel to Japan in October for talks on trade, his office said on Monday.",
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Putin to visit China in October - Kremlin", "Putin to visit China in October - Kremlin"),
        ("Putin will visit China in October.", None),
        # a Chinese flash is a whole sentence in a few characters ("three words" by the cleaner's count)
        ("普京10月将访华。", None),
        ("普京访华推迟。", None),
    ],
)
def test_a_flash_or_a_headline_alone_is_a_story(text: str, title: str | None) -> None:
    article = clean_article(RawArticle(id="t", text=text, title=title))
    assert article.text == text
    assert article.title == text


def test_a_short_chinese_line_that_is_no_sentence_is_no_flash() -> None:
    with pytest.raises(CleaningError):
        clean_article(RawArticle(id="t", text="新闻中心"))


def test_the_cleaner_names_the_source_lines_it_kept_and_the_title_line() -> None:
    text = (
        "Home > World > Asia\n"
        "\n"
        "Modi to visit Japan next week\n"
        "By Jane Roe\n"
        "\n"
        "Indian Prime Minister Narendra Modi will visit Japan next week for an annual summit, officials said.\n"
        "\n"
        "Share this article\n"
        "The two leaders are expected to sign agreements on trade and on a high-speed railway line."
    )
    parts = scraped(text)
    assert parts.lines == (6, 9)
    assert parts.title_line == 3
    assert parts.title == "Modi to visit Japan next week"


def test_hard_wrapped_lines_keep_all_their_line_numbers() -> None:
    text = (
        "ANKARA -- Turkish President Recep Tayyip Erdogan will attend the NATO\n"
        "summit in Vilnius next week, his communications director said on\n"
        "Monday, amid talks over Sweden's bid to join the alliance."
    )
    parts = scraped(text)
    assert parts.lines == (1, 2, 3)
    assert len(parts.paragraphs) == 1


def test_a_line_going_on_in_lower_case_continues_a_line_cut_mid_sentence() -> None:
    text = (
        "The White House on Monday dismissed reports that the president\n"
        "was planning a quick visit to Britain later this month.\n"
        "He will travel to Hamburg for the summit on Friday, officials said."
    )
    assert scraped(text).paragraphs == (
        "The White House on Monday dismissed reports that the president was planning a quick visit to Britain "
        "later this month.",
        "He will travel to Hamburg for the summit on Friday, officials said.",
    )


def test_a_short_line_ending_on_a_comma_goes_on_in_the_next_in_lower_case() -> None:
    text = "President Xi Jinping,\nhaving concluded his visit to Tanzania, left for South Africa today.\nMore follows."
    assert scraped(text).paragraphs == (
        "President Xi Jinping, having concluded his visit to Tanzania, left for South Africa today.",
        "More follows.",
    )


def test_paragraphs_hard_wrapped_without_blank_lines_are_joined_whatever_case_goes_on() -> None:
    text = (
        "President Xi Jinping will visit France next week with the aim\n"
        "of strengthening ties, the Foreign Ministry said yesterday.\n"
        "Xi's three-day trip, which starts on May 6, will take him to\n"
        "Paris and the Pyrenees, the ministry's spokesman Lin\n"
        "Jian said at a regular news briefing in Beijing.\n"
        "After France, Xi will travel to Serbia, Hungary and,\n"
        "Bosnia for official visits, which will last until May\n"
        "10, Lin said."
    )
    assert scraped(text).paragraphs == (
        "President Xi Jinping will visit France next week with the aim of strengthening ties, the Foreign Ministry "
        "said yesterday.",
        "Xi's three-day trip, which starts on May 6, will take him to Paris and the Pyrenees, the ministry's "
        "spokesman Lin Jian said at a regular news briefing in Beijing.",
        "After France, Xi will travel to Serbia, Hungary and, Bosnia for official visits, which will last until May "
        "10, Lin said.",
    )


def test_a_text_hard_wrapped_with_a_blank_line_after_every_line_is_read_with_its_sentences_whole() -> None:
    text = (
        "The prime minister leaves the capital tomorrow morning for the summit\n\n"
        "in the neighbouring country on a three-day official visit, officials said.\n\n"
        "Her special flight carrying the delegation and the accompanying staff\n\n"
        "will land at the main airport of the host city around noon local time.\n\n"
        "On the first day she will attend a dialogue on regional trade at the\n\n"
        "conference hall of the host government's palace."
    )
    story = " ".join(scraped(text).paragraphs)
    assert "the summit in the neighbouring country on a three-day official visit" in story
    assert "the accompanying staff will land at the main airport" in story
    assert "at the conference hall of the host government's palace." in story


def test_a_headline_over_a_lower_case_section_label_is_not_read_as_a_wrapped_text() -> None:
    text = (
        "The president quits the summit early to handle unrest back home\n\n"
        "world\n\n"
        "The president left the summit a day early on Wednesday, his office said."
    )
    assert "The president left the summit a day early on Wednesday, his office said." in scraped(text).paragraphs
    assert not any(
        paragraph.startswith("The president quits the summit early to handle unrest back home world")
        for paragraph in scraped(text).paragraphs
    )


def test_the_standfirst_under_the_headline_is_story() -> None:
    text = (
        "Kishida to address US Congress\n"
        "The Japanese prime minister will speak to both houses during his April visit\n"
        "Published April 2, 2024\n"
        "\n"
        "Japanese Prime Minister Fumio Kishida will address a joint session of Congress on April 11, "
        "his office said on Tuesday."
    )
    parts = scraped(text)
    assert parts.title == "Kishida to address US Congress"
    assert parts.paragraphs[0] == "The Japanese prime minister will speak to both houses during his April visit"


def test_a_kicker_above_the_headline_is_not_the_title() -> None:
    text = (
        "Inside the visit\n"
        "Merz in Washington: what can the chancellor expect at the White House?\n"
        "\n"
        "German Chancellor Friedrich Merz landed in Washington late on Wednesday for talks with the president."
    )
    assert scraped(text).title == "Merz in Washington: what can the chancellor expect at the White House?"


def test_a_breadcrumb_run_into_the_headline_is_not_the_title() -> None:
    text = (
        "Home National Imran leaves for Sri Lanka on a two-day official visit\n"
        "\n"
        "Imran leaves for Sri Lanka on a two-day official visit\n"
        "\n"
        "Prime Minister Imran Khan left for Sri Lanka on Tuesday at the invitation of his counterpart."
    )
    parts = scraped(text)
    assert parts.title == "Imran leaves for Sri Lanka on a two-day official visit"
    assert parts.title_line == 3


def test_a_pictures_alt_text_and_its_credited_caption_are_both_dropped() -> None:
    text = (
        "The two presidents at talks in Moscow\n"
        "The two presidents at talks in Moscow (Photo: Jane Roe / Daily Planet)\n"
        "\n"
        "The Chinese leader will visit Russia next month for talks with his Russian counterpart, aides said."
    )
    assert scraped(text).lines == (4,)


def test_a_repeated_caption_is_dropped_but_a_summary_repeated_in_the_lead_is_kept() -> None:
    text = (
        "Erdogan greets supporters in Ankara\n"
        "Erdogan greets supporters in Ankara\n"
        "\n"
        "Turkish President Recep Tayyip Erdogan has invited the US president to visit Turkey.\n"
        "Turkish President Recep Tayyip Erdogan has invited the US president to visit Turkey, his office said "
        "on Tuesday."
    )
    assert scraped(text).lines == (4, 5)


def test_a_paragraph_cut_off_at_the_end_of_the_text_is_story() -> None:
    text = (
        "The president will visit Kenya in March for talks on trade and security cooperation.\n"
        "\n"
        "It will be his first visit to the region since taking office, and aides said he would also"
    )
    assert scraped(text).lines == (1, 3)


def test_headlines_of_other_stories_after_the_story_are_dropped() -> None:
    text = (
        "The president will visit Kenya in March for talks on trade and security cooperation.\n"
        "\n"
        "Floods Force Thousands From Their Homes In Assam\n"
        "Parliament Passes Data Protection Bill"
    )
    assert scraped(text).lines == (1,)


def test_a_headline_like_link_between_paragraphs_is_dropped_but_a_subheading_is_kept() -> None:
    text = (
        "The president will visit Kenya in March for talks on trade and security cooperation.\n"
        "In historic visit, Kenyan leader says trade with the region will grow fivefold by 2030\n"
        "The visit will be his first to the region since taking office, aides said on Friday.\n"
        "Security on the agenda\n"
        "Officials said the two sides would also discuss maritime security in the Indian Ocean."
    )
    assert scraped(text).lines == (1, 3, 4, 5)


def test_a_notice_inside_the_story_does_not_end_it() -> None:
    text = (
        "The prime minister will visit Kiribati this week, his office confirmed on Monday.\n"
        "Article continues after advertisement\n"
        "He said the purpose of the trip was to bring Kiribati back into the regional forum."
    )
    assert scraped(text).lines == (1, 3)


def test_comment_box_and_copyright_after_the_story_are_dropped() -> None:
    text = (
        "The prime minister will visit Kiribati this week, his office confirmed on Monday.\n"
        "Leave a comment\n"
        "Your email address will not be published. Required fields are marked\n"
        "© 2024 Daily Planet. All rights reserved."
    )
    assert scraped(text).lines == (1,)


def test_russian_chrome_around_the_story_is_dropped() -> None:
    text = (
        "Перейти к основному контенту\n"
        "Президент Казахстана посетит Турцию\n"
        "Автор: Иван Петров\n"
        "12 мая 2022, 14:05\n"
        "Фото: Иван Петров / Агентство\n"
        "\n"
        "Президент Казахстана на следующей неделе совершит государственный визит в Турцию, сообщили в его "
        "пресс-службе.\n"
        "Поделиться\n"
        "Читайте также\n"
        "- Парламент принял закон о бюджете\n"
        "- В столице открылся новый музей"
    )
    parts = scraped(text)
    assert parts.title == "Президент Казахстана посетит Турцию"
    assert parts.lines == (7,)


def test_chinese_chrome_around_the_story_is_dropped() -> None:
    text = (
        "回到顶部\n"
        "外媒:法国总统推迟访问德国,原定周日启程\n"
        "记者王小明/综合报道\n"
        "2023-07-01 21:40\n"
        "\n"
        "法国总统府1日宣布,总统推迟了原定于7月2日对德国的国事访问。双方将另行商定访问日期。\n"
        "责任编辑:李华\n"
        "相关新闻\n"
        "德国总理将访问中国\n"
        "欧盟峰会在布鲁塞尔开幕"
    )
    parts = scraped(text)
    assert parts.title == "外媒:法国总统推迟访问德国,原定周日启程"
    assert parts.lines == (6,)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Читайте также", Kind.RELATED_MARKER),
        ("相关新闻", Kind.RELATED_MARKER),
        ("Поделиться", Kind.SHARE),
        ("Print Mail Large Medium Small", Kind.SHARE),
        ("Перейти к основному контенту", Kind.NAVIGATION),
        ("责任编辑:李华", Kind.BYLINE),
        ("Автор: Иван Петров", Kind.BYLINE),
        ("Monitoring Desk", Kind.BYLINE),
        ("Posted 15 октября 2018, 23:31", Kind.DATELINE),
        ("2023年7月1日 21:40 来源:新华网", Kind.DATELINE),
        ("Updated 13 Dec, 2013 07:18am", Kind.DATELINE),
        ("▲法国总统访问北京。(图/路透)", Kind.CAPTION),
        ("Фото: Иван Петров / Агентство", Kind.CAPTION),
        ("本网站使用相关技术提供更好的阅读体验,同时尊重使用者隐私,关闭此窗口代表您同意上述规范。", Kind.COOKIE),
        ("未经授权不得转载", Kind.FOOTER),
        ("Ваш браузер не поддерживает HTML5 видео.", Kind.FOOTER),
        ("The summit in Geneva https://t.co/abc123", Kind.EMBED),
    ],
)
def test_chrome_in_english_russian_and_chinese_is_recognised(line: str, kind: Kind) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "The summit opens on 9 June 2024 in the Swiss capital, officials said.",
        "法国总统府1日宣布,总统推迟了原定于7月2日对德国的国事访问。",
        "Президент Казахстана на следующей неделе совершит государственный визит в Турцию.",
        "He said the proposal had the support of several members, according to the statement.",
    ],
)
def test_story_sentences_with_dates_and_names_are_prose(line: str) -> None:
    assert classify_line(line) is Kind.PROSE


def test_a_long_chinese_headline_with_a_comma_is_not_the_lead() -> None:
    assert classify_line("外媒:法国连续四天发生骚乱,马克龙推迟对德国的国事访问") is Kind.SHORT


def test_a_headline_printed_twice_at_the_top_is_the_title() -> None:
    text = (
        "Flash: Secretary of State arrives in Beijing\n"
        "\n"
        "Flash: Secretary of State arrives in Beijing\n"
        "\n"
        "The US secretary of state arrived in Beijing on Sunday morning for two days of talks, officials said."
    )
    parts = scraped(text)
    assert parts.title_line == 1
    assert parts.lines == (5,)


def test_a_lead_that_repeats_its_summary_and_goes_on_is_story() -> None:
    text = (
        "Президент прибыл в Германию и встречается с канцлером.\n"
        "\n"
        "Президент прибыл в Германию и встречается с канцлером, передает агентство."
    )
    assert scraped(text).lines == (1, 3)


def test_a_caption_that_ends_with_a_photo_credit_is_dropped_at_any_length() -> None:
    text = (
        "The prime minister speaks during a conference on vocational training and business at the ministry of "
        "education in Madrid on Wednesday, a day before leaving for the summit in Brussels. Photo: Jane Roe\n"
        "\n"
        "The prime minister is planning to travel to China in mid-April, a person familiar with the plans said."
    )
    assert scraped(text).lines == (3,)


def test_another_story_appended_after_its_headline_and_date_line_is_not_the_story() -> None:
    text = (
        "The prime minister is on his third visit to China in just over two years, his office said.\n"
        "Spain buys far more from China than it sells there, and the gap has grown for a decade.\n"
        "Chinese president to visit Vietnam and Cambodia next week\n"
        "Beijing (AFP) April 11, 2025 -\n"
        "The Chinese president will visit Vietnam and Cambodia next week, the foreign ministry said on Friday."
    )
    assert scraped(text).lines == (1, 2)


def test_a_story_of_one_paragraph_cut_short_in_a_feed_excerpt_is_kept() -> None:
    text = (
        "date 2023-07-30 The foreign minister has announced that the president will undertake a state visit to "
        "Israel from July 31 to August 2 at the invitation of the Israeli president, and that the two heads of "
        "state will sign a framework agreement of cooperation during the...\n"
        "\n"
        "Related stories..."
    )
    article = clean_article(RawArticle(id="t", text=text))
    assert article.text.startswith("The foreign minister has announced")
    assert "Related stories" not in article.text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ('The minister said the visit would go ahead next month."', Kind.PROSE),  # a stop, then a quote
        ('The minister said the visit would go ahead next month. "', Kind.PROSE),  # a stop, a space, a quote
        ("The minister said the visit would go ahead on these dates:", Kind.PROSE),  # a colon
        ("The minister said the visit would go ahead next month (officials", Kind.SHORT),  # cut mid-sentence
        ("The minister said the visit would go ahead next month.) more", Kind.SHORT),  # the stop is not last
    ],
)
def test_a_short_line_is_prose_only_when_it_ends_a_sentence(line: str, kind: Kind) -> None:
    assert classify_line(line) is kind


def test_chinese_words_count_two_characters_a_word_beside_the_spaced_words() -> None:
    # 习近平, 访问, 法国: 7 characters, 4 words; "Macron" one more; "2024" is no word
    assert word_count("习近平访问法国 Macron 2024") == 5
    assert word_count("习近平 Macron 访问 2024 法国") == 5
    assert word_count("Xi visits France") == 3


def test_only_the_known_non_ascii_letters_match_ascii_ones_case_insensitively() -> None:
    # may_contain's exactness rests on this set: a new Python whose re folds more letters must extend it.
    import re
    import sys

    from pipeline.cleaning.scraped import _ASCII_LOOKALIKES

    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(code) for code in range(0x80, sys.maxunicode + 1) if letter.fullmatch(chr(code))}
    assert found == set(_ASCII_LOOKALIKES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin in Beijing. PHOTO: Jane Roe", True),
        ("Pictures by Jane Roe", True),
        ("Putin arrived in Beijing on Monday.", False),
        ("The talks went on. İmage: Jane Roe", True),  # a look-alike: the search decides
        ("“Ímage” is not the word", False),
    ],
)
def test_may_contain_is_never_false_where_a_case_insensitive_word_can_match(text: str, expected: bool) -> None:
    from pipeline.cleaning.scraped import may_contain

    assert may_contain(text, ("photo", "image", "picture")) is expected


def test_a_line_ending_on_a_photo_credit_is_a_caption() -> None:
    assert classify_line("Putin and Xi in Beijing on Monday. Photo by Jane Roe") is Kind.CAPTION
    assert classify_line("Putin and Xi met in Beijing on Monday to talk about trade") is not Kind.CAPTION


def test_a_short_line_cut_after_a_function_word_goes_on_in_the_next() -> None:
    text = (
        "Minister to visit Oslo\n"
        "\n"
        "On Monday, Prime Minister Narendra Modi will\n"
        "pay a state visit to Norway, his office said in a statement on Friday evening.\n"
        "Trade and energy\n"
        "are on the agenda of the talks, which will be held at the royal palace in the capital."
    )
    article = clean_article(RawArticle(id="t", text=text))
    assert article.paragraphs[0] == (
        "On Monday, Prime Minister Narendra Modi will pay a state visit to Norway, his office said in a statement "
        "on Friday evening."
    )
    assert article.paragraphs[1] == "Trade and energy"  # a short line on a content word stays a line
