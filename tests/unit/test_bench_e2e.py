"""bench/e2e.py's CPU time of a process, which the bench reads for its workers and its broker, and of the whole
machine, from which it tells the load of other processes beside a latency run."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.e2e import cpu_seconds_of, machine_cpu_seconds


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


def test_the_machine_has_used_at_least_the_cpu_time_this_process_used_meanwhile() -> None:
    machine, own = machine_cpu_seconds(), cpu_seconds_of(os.getpid())
    deadline = time.process_time() + 0.2
    while time.process_time() < deadline:
        pass
    assert machine_cpu_seconds() - machine >= (cpu_seconds_of(os.getpid()) - own) * 0.9 >= 0.1
