"""tools/build_names.py and the names files it writes: in step with their sources, every entry a leader."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from pipeline.tagging import load_watchlist
from pipeline.tagging.names import NAMES_DIR, shipped_names

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def build_names() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_names

        yield build_names
    finally:
        sys.path.pop(0)


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_the_shipped_names_files_are_what_the_tool_builds_from_its_sources(
    build_names: ModuleType, language: str
) -> None:
    countries = yaml.safe_load((ROOT / "pipeline" / "data" / "countries.yaml").read_text(encoding="utf-8"))
    codes = [entry["code"] for entry in countries["countries"]]
    shipped = yaml.safe_load((NAMES_DIR / f"{language}.yaml").read_text(encoding="utf-8"))
    assert build_names.build(language, codes) == shipped


def test_every_leader_entry_of_the_names_files_loads_as_its_own_watchlist_leader() -> None:
    # Keys are watchlist ids or English names; two keys for one leader would be merged silently.
    watchlist = load_watchlist()
    for names in shipped_names(watchlist):
        keys = yaml.safe_load((NAMES_DIR / f"{names.language}.yaml").read_text(encoding="utf-8"))["leaders"]
        assert len(names.leaders) == len(keys), names.language


def test_a_chinese_surname_is_added_as_a_name_that_needs_context(build_names: ModuleType) -> None:
    leaders = {
        "a": ["菲利普·戴维斯"],
        "b": ["马克·菲利普斯", "菲利普斯"],  # written already: left as written
        "c": ["埃迪·拉马"],  # two characters: too many words hold them
        "d": ["戴维斯·卡特赖特"],  # "戴维斯" is another name's given name
        "e": ["穆罕默德·本·萨勒曼"],  # not a two-part name
    }
    named, context_only = build_names._with_surnames(leaders, ["布朗"], {}, [])
    assert named["a"] == ["菲利普·戴维斯"]
    assert named["b"] == ["马克·菲利普斯", "菲利普斯"]
    assert named["d"] == ["戴维斯·卡特赖特", "卡特赖特"]
    assert named["c"] == ["埃迪·拉马"]
    assert named["e"] == ["穆罕默德·本·萨勒曼"]
    assert context_only == ["布朗", "卡特赖特"]
