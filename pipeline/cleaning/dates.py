"""The publication date a news address carries in its path, for articles that come without one.

News sites put the day in the path in a few shapes: ``/2023/07/25/``, ``/2023-07-25/``, ``/20230725/``,
``/2023/0725/`` (Chinese portals) and ``/2018-11/03/`` (Xinhua). A path with only a year and a month
(``/2009/9/1441689``, ``/news/2024/02/slug``) gives no date, the day would be a guess, but it gives the
month (:func:`month_from_url`). Impossible dates (``/2019/23/50610``, a month 23) and numbers that only
look like dates (an id ``23696711``) are rejected.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from pipeline.records import Month

# Years a news page can be from: before the web's news sites, or far ahead, a number is an id.
FIRST_YEAR, LAST_YEAR = 1990, 2099

_SHAPES = (
    re.compile(r"(?<!\d)(\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)"),  # /2023/07/25/, 2023-07-25, 2018-11/03
    re.compile(r"(?<!\d)(\d{4})/(\d{2})(\d{2})(?!\d)"),  # /2013/0731/
    re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"),  # /20230725/, t20181123_12115188
)


def date_from_url(url: str | None) -> date | None:
    """The date in ``url``'s path, if it holds a whole one.

    Usage: ``date_from_url("https://example.com/news/2023/07/25/putin-china")`` -> ``date(2023, 7, 25)``.
    """
    path = _path(url)
    for shape in _SHAPES:
        for match in shape.finditer(path):
            found = _valid(*(int(part) for part in match.groups()))
            if found is not None:
                return found
    return None


# A year and a month as whole path segments: /2022/05/slug, /2022-05/slug (not /2022/10-things, /2022/0512345).
_MONTH_SHAPE = re.compile(r"/(\d{4})[/-](\d{1,2})/")


def month_from_url(url: str | None) -> Month | None:
    """The month in ``url``'s path, for an address that gives a year and a month and no day.

    Usage: ``month_from_url("https://example.com/2022/05/tokayev-to-visit-turkey/")`` -> ``Month(2022, 5)``.
    """
    for match in _MONTH_SHAPE.finditer(_path(url)):
        year, month = int(match.group(1)), int(match.group(2))
        if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
            return Month(year, month)
    return None


def _path(url: str | None) -> str:
    """The path of ``url``; empty for no address or one that does not parse."""
    if not url:
        return ""
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def _valid(year: int, month: int, day: int) -> date | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
