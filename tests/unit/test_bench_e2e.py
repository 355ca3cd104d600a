"""bench/e2e.py's CPU time of a process, which the bench reads for its workers and its broker, and of the whole
machine, from which it tells the load of other processes beside a latency run; and the workers' time inside
the pipeline stages, read from their /metrics."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from agents.cli.localkafka import free_port
from bench.e2e import cpu_seconds_of, machine_cpu_seconds, stage_seconds
from tests.http_servers import Reply, ScriptedServer


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


def test_the_time_inside_the_stages_is_summed_over_stages_and_workers_from_their_metrics() -> None:
    metrics = (
        b"# HELP newswatch_stage_duration_seconds Time\n"
        b'newswatch_stage_duration_seconds_sum{stage="clean"} 1.5\n'
        b'newswatch_stage_duration_seconds_count{stage="clean"} 10.0\n'
        b'newswatch_stage_duration_seconds_sum{stage="travel"} 2.25\n'
        b'newswatch_articles_total{stage="travel"} 10.0\n'
    )
    with ScriptedServer() as first, ScriptedServer() as second:
        first.script("/metrics", Reply(200, body=metrics))
        second.script("/metrics", Reply(200, body=metrics.replace(b"2.25", b"0.25")))
        ports = [first.port, second.port]
        assert stage_seconds(ports) == 1.5 + 2.25 + 1.5 + 0.25
    assert stage_seconds([free_port()]) == 0.0  # a worker not answering has spent none that can be read
