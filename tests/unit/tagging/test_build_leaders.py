"""tools/build_leaders.py: reading the list of state leaders, dating its years, merging the hand-written extras.

The list's text here is written for these tests in the list's layout; no test reads the network.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]

LIST = """\
Africa

Africa: South

-   Freedonia

:*Presidents (complete list) –

::*Rufus Firefly, President (1994–2003)

::*Ann Acting, Acting President (2003)

::*Chico Marx, President (2003–present)

:*Prime ministers (complete list) –

::*Harpo Marx, Prime minister (1999–2001), Prime minister (2005–2008)

::*Zeppo Marx, Prime minister (2001–2005)

:*First Secretaries of the Party of Freedonia

::*Gummo Marx, (1990–2005)

-   Sylvania (complete list) –

:*Trentino, King (1970–2010)

:*Vera, Queen (2010–present)

-   Ruritania

:*High Representatives (complete list) –

::*Rudolf Rassendyll, High Representative (1999–2002)

:*Heads of state (complete list) –

::*Michael Elphberg

:::*Chairman of the Council (1998–2001)

:::*President (2001–2004)

::*_Council of Ministers_ (2004)

Europe
"""


@pytest.fixture(scope="module")
def build_leaders() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_leaders

        yield build_leaders
    finally:
        sys.path.pop(0)


def test_the_list_is_read_by_country_section_and_term(build_leaders: ModuleType) -> None:
    terms = build_leaders.parse_state_leaders(LIST)
    freedonia = [(t.name, t.role, t.start, t.end) for t in terms if t.block == "Freedonia"]
    assert freedonia == [
        ("Rufus Firefly", "head_of_state", 1994, 2003),
        ("Ann Acting", "head_of_state", 2003, 2003),  # "(2003)": within one year, not in office now
        ("Chico Marx", "head_of_state", 2003, None),  # "present"
        ("Harpo Marx", "head_of_government", 1999, 2001),
        ("Harpo Marx", "head_of_government", 2005, 2008),  # two terms on one line
        ("Zeppo Marx", "head_of_government", 2001, 2005),
        ("Gummo Marx", "party_leader", 1990, 2005),
    ]


def test_a_line_without_a_title_holds_the_office_its_heading_names(build_leaders: ModuleType) -> None:
    terms = build_leaders.parse_state_leaders(LIST)
    assert [t.title for t in terms if t.name == "Gummo Marx"] == ["First Secretary of the Party of Freedonia"]


def test_a_country_without_sections_takes_the_role_from_the_title(build_leaders: ModuleType) -> None:
    terms = build_leaders.parse_state_leaders(LIST)
    assert [(t.name, t.role) for t in terms if t.block == "Sylvania"] == [
        ("Trentino", "head_of_state"),
        ("Vera", "head_of_state"),
    ]


def test_a_name_on_its_own_line_takes_the_titles_below_it_and_envoys_are_left_out(build_leaders: ModuleType) -> None:
    # "_Council of Ministers_ (2004)" has no name, and the heading above it is no name either.
    terms = build_leaders.parse_state_leaders(LIST)
    ruritania = [(t.name, t.title, t.start) for t in terms if t.block == "Ruritania"]
    assert ruritania == [
        ("Michael Elphberg", "Chairman of the Council", 1998),
        ("Michael Elphberg", "President", 2001),
    ]


@pytest.mark.parametrize(
    ("heading", "title", "role"),
    [
        ("Presidents", "President", "head_of_state"),
        ("Chairmen of the Council of Ministers", "Chairman", "head_of_government"),
        ("Premiers", "Premier", "head_of_government"),
        ("Monarchs", "Druk Gyalpo", "head_of_state"),
        ("Chairmen and General Secretaries of the Communist Party", "General Secretary", "party_leader"),
        ("Eternal General Secretaries", "Eternal General Secretary", None),
        ("High Representatives", "High Representative", None),
        ("Episcopal Co-Princes", "Episcopal Co-Prince", None),
        ("Prime ministers", "Prime minister in rebellion", None),
    ],
)
def test_roles_come_from_the_title_read_with_its_heading(
    build_leaders: ModuleType, heading: str, title: str, role: str | None
) -> None:
    assert build_leaders.role_of(heading, title) == role


def test_changes_inside_a_year_split_it_and_offices_never_overlap(build_leaders: ModuleType) -> None:
    term = build_leaders.Term
    dated = build_leaders.dated(
        [
            term("X", "C", "President", "head_of_state", 2003, None),
            term("X", "A", "President", "head_of_state", 1994, 2003),
            term("X", "B", "Acting President", "head_of_state", 2003, 2003),
        ]
    )
    days = [(t.name, start, end) for t, start, end in dated]
    # Two changes in 2003 (A -> B -> C) fall at a third and two thirds of the year.
    assert days == [
        ("A", date(1994, 7, 1), date(2003, 5, 3)),
        ("B", date(2003, 5, 3), date(2003, 9, 1)),
        ("C", date(2003, 9, 1), None),
    ]


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Hakainde Hichilema", "Hichilema"),
        ("Omar al-Bashir", "Bashir"),
        ("Tamim bin Hamad Al Thani", None),  # patronymic names have no surname to use alone
        ("Ursula von der Leyen", None),  # a particle makes the last word alone unsafe
        ("Hun Sen", None),  # too short to stand alone
        ("Vera", None),
        ("A. P. J. Abdul Kalam", "Kalam"),
    ],
)
def test_a_surname_alias_only_where_news_uses_it_alone(
    build_leaders: ModuleType, name: str, surname: str | None
) -> None:
    assert build_leaders.surname_alias(name) == surname


def test_arabic_articles_get_the_spellings_news_uses(build_leaders: ModuleType) -> None:
    assert build_leaders.article_variants("Abdel Fattah el-Sisi") == [
        "Abdel Fattah al-Sisi",
        "Abdel Fattah al Sisi",
        "Abdel Fattah el Sisi",
        "Abdel Fattah Sisi",
    ]
    assert build_leaders.article_variants("Hakainde Hichilema") == []


COUNTRIES = [
    {"code": "FD", "name": "Freedonia", "capital": "Fredville", "cities": ["Marxton"]},
    {"code": "SY", "name": "Sylvania"},
    {"code": "RU", "name": "Ruritania"},
]


def extras(**sections: Any) -> dict[str, Any]:
    return {"checked_up_to": "2026-12-01", "context_only_names": [], **sections}


def test_curated_entries_win_over_the_list_for_the_offices_they_hold(build_leaders: ModuleType) -> None:
    curated = {
        "id": "Q1",
        "name": "Rufus T. Firefly",
        "country": "FD",
        "aliases": ["Rufus Firefly", "Firefly"],
        "offices": [{"role": "head_of_state", "title": "President of Freedonia", "start": "1994-03-01"}],
    }
    leaders = {leader.id: leader for leader in build_leaders.build(LIST, extras(leaders=[curated]), COUNTRIES)}
    assert leaders["Q1"].offices == curated["offices"]  # the list's years did not replace the curated days
    assert "chico-marx" not in leaders  # the curated file holds Freedonia's presidency
    assert {"harpo-marx", "zeppo-marx"} <= set(leaders)  # its premiership comes from the list


def test_a_change_ends_whoever_held_the_office(build_leaders: ModuleType) -> None:
    change = ["FD", "head_of_state", "Groucho Marx", "President", "2021-08-24"]
    leaders = {leader.id: leader for leader in build_leaders.build(LIST, extras(changes=[change]), COUNTRIES)}
    assert leaders["chico-marx"].offices[-1]["end"] == date(2021, 8, 24)
    assert leaders["groucho-marx"].offices == [
        {"role": "head_of_state", "title": "President of Freedonia", "start": "2021-08-24"}
    ]
    assert leaders["groucho-marx"].aliases == ["Marx"]


def test_surnames_that_are_places_go_and_given_names_count_only_in_context(build_leaders: ModuleType) -> None:
    changes = [
        ["FD", "head_of_government", "Julius Marxton", "Prime Minister", "2010-01-01"],
        ["FD", "head_of_government", "Rufus Harpo", "Prime Minister", "2012-01-01"],
    ]
    data = extras(changes=changes)
    leaders = {leader.id: leader for leader in build_leaders.build(LIST, data, COUNTRIES)}
    assert leaders["julius-marxton"].aliases == []  # "Marxton" is a city of Freedonia
    assert leaders["rufus-harpo"].aliases == ["Harpo"]  # also a given name ("Harpo Marx") ...
    assert "Harpo" in data["context_only_names"]  # ... so it counts only with the full name or office


def test_the_shipped_file_cites_its_dataset_and_says_what_was_filled_by_hand(build_leaders: ModuleType) -> None:
    head = (ROOT / "pipeline" / "data" / "leaders.yaml").read_text(encoding="utf-8").split("\nleaders:")[0]
    header = " ".join(line.lstrip("# ").strip() for line in head.splitlines() if line.startswith("#"))
    assert build_leaders.DATASET_COMMIT in header
    assert "CC BY-SA 4.0" in header
    assert "tools/leader_extras.yaml" in header
    assert "checked for currency up to 2026-12-01" in header


def test_a_title_s_disambiguation_is_not_looked_for_in_the_text(build_leaders: ModuleType) -> None:
    change = ["FD", "head_of_government", "Rufus Hichilema (Freedonian politician)", "Prime Minister", "2010-01-01"]
    leaders = {leader.name: leader for leader in build_leaders.build(LIST, extras(changes=[change]), COUNTRIES)}
    assert leaders["Rufus Hichilema (Freedonian politician)"].aliases == ["Rufus Hichilema", "Hichilema"]
