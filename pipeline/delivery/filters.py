"""Which alerts a subscriber wants: the one filter behind ``newswatch alerts --leader/--country/--status``
and the ``leaders``, ``countries`` and ``statuses`` of a webhook endpoint.

Each given criterion must hold (an empty one always does): a leader matches by id, or by a word or
part of the name in any case, accents or not ("putin", "Xi Jinping", "Erdogan"); a country by its
ISO 3166-1 alpha-2 code in any case ("cn", "CN"); a status exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.tagging.fold import fold


@dataclass(frozen=True, slots=True)
class AlertFilter:
    """``AlertFilter(leaders=("Putin",), countries=("cn",)).accepts(alert)`` for an alert-topic message."""

    leaders: tuple[str, ...] = ()  # leader ids, or words of their names
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 codes of the destination
    statuses: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, leaders: Iterable[str] = (), countries: Iterable[str] = (), statuses: Iterable[str] = ()
    ) -> AlertFilter:
        """The filter with country codes upper-cased once, as they are on the wire."""
        return cls(tuple(leaders), tuple(code.strip().upper() for code in countries), tuple(statuses))

    def accepts(self, alert: Mapping[str, Any]) -> bool:
        leader = alert.get("leader") or {}
        if self.leaders and not any(_leader_matches(wanted, leader) for wanted in self.leaders):
            return False
        country = str((alert.get("destination") or {}).get("country") or "").upper()
        if self.countries and country not in self.countries:
            return False
        return not self.statuses or alert.get("status") in self.statuses


def _leader_matches(wanted: str, leader: Mapping[str, Any]) -> bool:
    name = fold(str(leader.get("name") or ""))  # "erdogan" finds "Recep Tayyip Erdoğan", as tagging does
    return wanted == leader.get("id") or fold(wanted) in name
