"""Scraped-text cleaning against body lines marked by hand on real news (bench/labels/body_lines.yaml).

For each labelled corpus text, the cleaner says which source lines it kept as the story and which line
it took as the title; the bench scores kept lines against the marked body lines (precision, recall and
F1, micro over non-blank lines, per language) and counts texts whose title line is right (no title
counts as right when the text has none). The baseline is the cleaner as it was before this bench
(``--baseline``, a git revision, read with ``git show``), run in the same process: it cannot say which
lines it kept, so its paragraphs are aligned back onto the source lines exactly, in order. Two label
sets: the texts the cleaner's rules were written against, and texts marked after them as a check. Cost
per text is CPU time on every dev text of the corpus, the two cleaners taking turns on chunks of texts.

    python -m bench.cleaning [--rounds N] [--baseline REV]
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from bench.realnews import LANGUAGES, CorpusText, load
from bench.report import ROOT, header, median, table, write_section

LABELS = ROOT / "bench" / "labels"
# The texts the cleaner's rules were written against, and texts marked after, to check they carry over.
LABEL_SETS = {"written against": LABELS / "body_lines.yaml", "marked after (check)": LABELS / "body_lines_check.yaml"}
# main's cleaner before the body-line labels existed (issue 15): what the figures are compared with.
BASELINE = "9ea3920"
COST_CHUNK = 25


@dataclass(frozen=True, slots=True)
class Labelled:
    text: CorpusText
    title: int | None
    body: frozenset[int]

    def scored_lines(self) -> set[int]:
        return {number for number, line in enumerate(self.text.text.split("\n"), 1) if line.strip()}


@dataclass(frozen=True, slots=True)
class Kept:
    lines: frozenset[int]
    title: int | None


def load_labels(path: Path) -> list[Labelled]:
    marks: dict[str, dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = {text.id: text for language in LANGUAGES for text in load(language, "dev")}
    missing = sorted(set(marks) - set(texts))
    if missing:
        raise SystemExit(f"{path}: ids not in the corpus's dev split: {', '.join(missing[:10])}")
    labelled = []
    for key, mark in sorted(marks.items()):
        lines = texts[key].text.split("\n")
        body = frozenset(number for number in _numbers(mark["body"]) if lines[number - 1].strip())
        labelled.append(Labelled(texts[key], mark["title"], body))
    return labelled


def _numbers(items: Iterable[int | str]) -> Iterable[int]:
    for item in items:
        if isinstance(item, int):
            yield item
        else:
            first, last = (int(part) for part in item.split("-"))
            yield from range(first, last + 1)


def ours(text: str) -> Kept:
    from pipeline.cleaning.scraped import clean_scraped_text

    parts = clean_scraped_text(text)
    return Kept(frozenset(parts.lines), parts.title_line)


def baseline_cleaner(revision: str) -> Callable[[str], Kept]:
    """The scraped-text cleaner at ``revision``, with its paragraphs aligned back onto source lines."""
    normalize = _module_at(revision, "normalize")
    scraped = _module_at(revision, "scraped")

    def clean(text: str) -> Kept:
        parts = scraped.clean_scraped_text(normalize.normalize_text(text))
        lines = text.split("\n")
        normalized = [normalize.normalize_text(line) for line in lines]
        first = next((i for i, line in enumerate(normalized) if line), None)
        if first is not None:
            normalized[first] = scraped.split_leading_date(normalized[first])[1].strip()
        return Kept(_aligned(parts.paragraphs, normalized), _title_line(parts.title, normalized))

    return clean


def _module_at(revision: str, name: str) -> ModuleType:
    path = f"pipeline/cleaning/{name}.py"
    try:
        source = subprocess.run(
            ["git", "show", f"{revision}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"bench.cleaning: cannot read {path} at {revision} with git ({error})") from None
    module_name = f"bench_baseline_{name}"
    spec = importlib.util.spec_from_loader(module_name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while building the class
    exec(compile(source, f"{revision}:{path}", "exec"), module.__dict__)
    return module


def _aligned(paragraphs: Iterable[str], lines: list[str]) -> frozenset[int]:
    """Source line numbers of ``paragraphs``: each is one line or consecutive lines joined by spaces."""
    kept: set[int] = set()
    cursor = 0
    for paragraph in paragraphs:
        for start in range(cursor, len(lines)):
            taken = _consume(paragraph, lines, start)
            if taken:
                kept.update(number + 1 for number in taken)
                cursor = taken[-1] + 1
                break
    return frozenset(kept)


def _consume(paragraph: str, lines: list[str], start: int) -> list[int]:
    taken: list[int] = []
    rest = paragraph
    index = start
    while index < len(lines) and rest:
        line = lines[index]
        if not line:
            index += 1
            if taken:
                continue
            return []
        if rest == line:
            return [*taken, index]
        if not rest.startswith(line + " "):
            return []
        taken.append(index)
        rest = rest[len(line) + 1 :]
        index += 1
    return []


def _title_line(title: str | None, lines: list[str]) -> int | None:
    if title is None:
        return None
    return next((i + 1 for i, line in enumerate(lines) if line and line.rstrip(".") == title), None)


def score(labelled: list[Labelled], cleaner: Callable[[str], Kept]) -> dict[str, dict[str, float]]:
    counts: dict[str, dict[str, float]] = {}
    for item in labelled:
        kept = cleaner(item.text.text)
        scored = item.scored_lines()
        got = kept.lines & scored
        for language in (item.text.language, "all"):
            row = counts.setdefault(language, {"tp": 0, "fp": 0, "fn": 0, "texts": 0, "titles": 0})
            row["tp"] += len(got & item.body)
            row["fp"] += len(got - item.body)
            row["fn"] += len(item.body - got)
            row["texts"] += 1
            row["titles"] += kept.title == item.title
    for row in counts.values():
        row["precision"] = row["tp"] / (row["tp"] + row["fp"]) if row["tp"] + row["fp"] else 0.0
        row["recall"] = row["tp"] / (row["tp"] + row["fn"]) if row["tp"] + row["fn"] else 0.0
        total = row["precision"] + row["recall"]
        row["f1"] = 2 * row["precision"] * row["recall"] / total if total else 0.0
    return counts


def cost(texts: list[str], cleaners: dict[str, Callable[[str], Any]], rounds: int) -> dict[str, list[float]]:
    """CPU microseconds per text, one figure per round for each cleaner.

    The machine is shared and its load comes and goes: the cleaners take turns on chunks of texts (the
    order swapped from chunk to chunk) and this process's CPU time is counted, so load weighs on both alike.
    """
    chunks = [texts[at : at + COST_CHUNK] for at in range(0, len(texts), COST_CHUNK)]
    names = list(cleaners)
    per_round: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(rounds):
        gc.collect()
        spent = dict.fromkeys(names, 0.0)
        for index, chunk in enumerate(chunks):
            for name in names if index % 2 == 0 else reversed(names):
                started = time.process_time()
                for text in chunk:
                    cleaners[name](text)
                spent[name] += time.process_time() - started
        for name in names:
            per_round[name].append(spent[name] / len(texts) * 1e6)
    return per_round


def run(rounds: int, revision: str) -> str:
    label_sets = {name: load_labels(path) for name, path in LABEL_SETS.items()}
    label_sets["all"] = [item for items in label_sets.values() for item in items]
    baseline_name, our_name = f"main at {revision} (baseline)", "newswatch (this commit)"
    cleaners = {baseline_name: baseline_cleaner(revision), our_name: ours}
    results = {
        (set_name, name): score(items, cleaner)
        for set_name, items in label_sets.items()
        for name, cleaner in cleaners.items()
    }
    rows = [
        [set_name, name, language, *_figures(results[set_name, name][language])]
        for set_name in label_sets
        for name in cleaners
        for language in (*LANGUAGES, "all")
    ]
    dev_texts = [text.text for language in LANGUAGES for text in load(language, "dev")]
    # What the clean stage runs; the baseline's alignment onto lines is the bench's, not its cost.
    timed = {baseline_name: _baseline_parts(revision), our_name: _our_parts()}
    for cleaner in timed.values():  # warm-up: imports, compiled patterns
        cleaner(dev_texts[0])
    per_round = cost(dev_texts, timed, rounds)
    ratio = median([ours / base for ours, base in zip(per_round[our_name], per_round[baseline_name], strict=True)])
    cost_rows = [
        [name, f"{median(values):.0f}", " / ".join(f"{value:.0f}" for value in values)]
        for name, values in per_round.items()
    ]
    counts = "; ".join(f"{path.name}: {_per_language(label_sets[name])}" for name, path in LABEL_SETS.items())
    ours_all, base_all = results["all", our_name]["all"], results["all", baseline_name]["all"]
    return (
        header("Scraped-text cleaning: body lines of real news", f"python -m bench.cleaning --rounds {rounds}")
        + f"\n{len(label_sets['all'])} dev texts of the real-news corpus with their body and title lines marked "
        f"by hand ({counts}). The cleaner's rules were written against the first set; the second was marked "
        "after, to check that they carry over; its misses were then looked at too, and the rules they showed "
        "added (commit 0cde2fc): before that, on the check set, F1 0.960 (en 0.970, ru 0.951, zh 0.937), "
        "titles 60/70. Precision and recall are micro over non-blank lines (a line "
        "is kept when any of it is in the cleaned story); title: texts whose title line the cleaner took "
        "right (none when there is none).\n\n"
        + table(
            ["texts", "cleaner", "language", "texts", "precision", "recall", "F1", "TP / FP / FN", "title right"],
            rows,
        )
        + f"\n\nCost per text on the {len(dev_texts)} dev texts of the corpus (CPU µs of one core, the two "
        f"cleaners taking turns on chunks of {COST_CHUNK} texts; median of {rounds} rounds, each listed):\n\n"
        + table(["cleaner", "µs per text (median)", "µs per text per round"], cost_rows)
        + f"\n\nOurs vs the baseline in the same run, all marked texts: F1 {ours_all['f1']:.3f} vs "
        f"{base_all['f1']:.3f}, titles {int(ours_all['titles'])} vs {int(base_all['titles'])} of "
        f"{int(ours_all['texts'])}; cost ratio {ratio:.2f}x (median of the rounds' ratios).\n"
    )


def _per_language(items: list[Labelled]) -> str:
    return ", ".join(f"{sum(item.text.language == language for item in items)} {language}" for language in LANGUAGES)


def _figures(row: dict[str, float]) -> list[object]:
    return [
        int(row["texts"]),
        f"{row['precision']:.3f}",
        f"{row['recall']:.3f}",
        f"{row['f1']:.3f}",
        f"{int(row['tp'])} / {int(row['fp'])} / {int(row['fn'])}",
        f"{int(row['titles'])}/{int(row['texts'])}",
    ]


def _our_parts() -> Callable[[str], Any]:
    from pipeline.cleaning.scraped import clean_scraped_text

    return clean_scraped_text


def _baseline_parts(revision: str) -> Callable[[str], Any]:
    normalize = _module_at(revision, "normalize")
    scraped = _module_at(revision, "scraped")
    return lambda text: scraped.clean_scraped_text(normalize.normalize_text(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", default=BASELINE, help=f"git revision of the baseline cleaner ({BASELINE})")
    args = parser.parse_args()
    section = run(args.rounds, args.baseline)
    print(section)
    write_section("cleaning", section)


if __name__ == "__main__":
    main()
