"""bench/e2e.py's CPU time of a process, which the bench reads for its workers and its broker."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.e2e import cpu_seconds_of


def test_the_cpu_time_of_a_process_grows_as_it_works() -> None:
    before = cpu_seconds_of(os.getpid())
    deadline = time.process_time() + 0.2
    while time.process_time() < deadline:
        pass
    assert cpu_seconds_of(os.getpid()) >= before + 0.1


def test_a_process_that_is_gone_has_used_none() -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert cpu_seconds_of(gone.pid) == 0.0
