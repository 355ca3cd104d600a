"""``python -m bench`` (``make bench``): every benchmark in turn, each rewriting its docs/benchmarks.md section.

Run one alone with ``python -m bench.<name> --help`` (``e2e-news`` is ``bench.e2e --corpus news``). The
end-to-end bench starts its own local broker and workers, and takes about ten minutes on two cores.
"""

from __future__ import annotations

import sys

from bench import cleaning, e2e, extraction, pipeline, tagging, travel

BENCHES = {
    "extraction": extraction.main,
    "cleaning": cleaning.main,
    "tagging": tagging.main,
    "travel": travel.main,
    "pipeline": pipeline.main,
    "e2e": e2e.main,
    "e2e-news": e2e.main,
}

ARGUMENTS = {"e2e": ["--profile"], "e2e-news": ["--corpus", "news"]}


def main() -> None:
    chosen = sys.argv[1:] or list(BENCHES)
    for name in chosen:
        if name not in BENCHES:
            raise SystemExit(f"unknown bench {name!r}: choose from {', '.join(BENCHES)}")
    for name in chosen:
        print(f"== bench.{name}", file=sys.stderr, flush=True)
        sys.argv = [f"bench.{name}", *ARGUMENTS.get(name, [])]
        BENCHES[name]()


if __name__ == "__main__":
    main()
