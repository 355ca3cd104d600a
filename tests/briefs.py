"""Wire briefs in one house style, as issue 17 found them: 10 presidents x 20 countries, one paragraph each.

They share most of their words; each is a different announcement. Written for newswatch.
"""

from __future__ import annotations

from typing import Any

from pipeline.tagging import load_watchlist
from pipeline.tagging.fold import fold


def brief(leader: str, country: str, month: str = "October") -> str:
    return (
        f"President {leader} will travel to {country} in {month}, his office said on Tuesday. "
        f"The visit to {country} will be the first in years, officials added."
    )


# Ten presidents in office in October 2024 and twenty countries none of them leads.
PRESIDENTS = [
    "Vladimir Putin",
    "Xi Jinping",
    "Emmanuel Macron",
    "Recep Tayyip Erdogan",
    "Cyril Ramaphosa",
    "Luiz Inacio Lula da Silva",
    "Joe Biden",
    "Volodymyr Zelensky",
    "Javier Milei",
    "Yoon Suk Yeol",
]
BRIEF_COUNTRIES = [
    ("Kenya", "KE"),
    ("Chile", "CL"),
    ("Vietnam", "VN"),
    ("Norway", "NO"),
    ("Peru", "PE"),
    ("Egypt", "EG"),
    ("Mexico", "MX"),
    ("Indonesia", "ID"),
    ("Japan", "JP"),
    ("Canada", "CA"),
    ("Spain", "ES"),
    ("Poland", "PL"),
    ("Nigeria", "NG"),
    ("Thailand", "TH"),
    ("Ghana", "GH"),
    ("Australia", "AU"),
    ("Portugal", "PT"),
    ("Morocco", "MA"),
    ("Malaysia", "MY"),
    ("Finland", "FI"),
]


def leader_ids(names: list[str]) -> dict[str, str]:
    """The watchlist id of each leader ``names`` names (by name or alias, accents and case aside)."""
    ids: dict[str, str] = {}
    leaders = load_watchlist().leaders
    for name in names:
        wanted = fold(name)
        ids[name] = next(
            leader.id for leader in leaders if wanted in {fold(leader.name), *(fold(alias) for alias in leader.aliases)}
        )
    return ids


def templated_briefs(prefix: str = "brief") -> list[dict[str, Any]]:
    """200 one-paragraph wire briefs in one house style, one per president and country (issue 17)."""
    ids = leader_ids(PRESIDENTS)
    return [
        {
            "id": f"{prefix}-{n}-{m}",
            "url": f"https://wire.example/{prefix}/{n}/{m}",
            "source": "Example Wire",
            "published": "2024-10-01T08:00:00Z",
            "text": brief(leader, country),
            "expected": (ids[leader], code),
        }
        for n, leader in enumerate(PRESIDENTS)
        for m, (country, code) in enumerate(BRIEF_COUNTRIES)
    ]
