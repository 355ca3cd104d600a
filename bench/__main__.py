"""``python -m bench`` (``make bench``): every benchmark in turn, each rewriting its docs/benchmarks.md section.

Run one alone with ``python -m bench.<name> --help``.
"""

from __future__ import annotations

import sys

from bench import extraction, tagging, travel

BENCHES = {"extraction": extraction.main, "tagging": tagging.main, "travel": travel.main}


def main() -> None:
    for name, bench in BENCHES.items():
        print(f"== bench.{name}", file=sys.stderr, flush=True)
        sys.argv = [f"bench.{name}"]
        bench()


if __name__ == "__main__":
    main()
