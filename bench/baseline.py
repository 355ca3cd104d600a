"""A/B timing against another commit in the same run: that commit's ``pipeline/`` beside ours.

``python -m bench.baseline COMMIT`` (or :func:`checkout`) extracts ``pipeline/`` of ``COMMIT`` with
``git archive`` into a temporary directory; benches then time it in a subprocess with that directory
first on ``sys.path``, alternating with the current code, so both are measured under the same load on
this noisy machine. Nothing is installed and the working tree is not touched.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.report import ROOT

# The commit the current issue's work started from: the default "today's main" of A/B timings.
DEFAULT_BASELINE = "9ea3920"


def checkout(commit: str) -> Path:
    """A directory holding ``pipeline/`` as it was at ``commit``."""
    target = Path(tempfile.mkdtemp(prefix=f"newswatch-{commit[:10]}-"))
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "pipeline"], cwd=ROOT, capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def run_in(directory: Path, module: str, arguments: list[str]) -> dict[str, object]:
    """``python -m <module> <arguments>`` with ``directory`` first on the path; its last line of output is JSON."""
    code = (
        f"import runpy, sys; sys.path.insert(0, {str(directory)!r}); "
        f"sys.argv = [{module!r}, *{arguments!r}]; runpy.run_module({module!r}, run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
