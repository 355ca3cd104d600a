"""`newswatch kafka start|stop|status` manage a real local broker, and fail with one clear sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from agents.cli.localkafka import free_port


def newswatch(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agents.cli", *args], env=env, capture_output=True, text=True, timeout=180
    )


def cli_env(tmp_path: Path, port: int, path: str | None = None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSWATCH_")}
    env["NEWSWATCH_KAFKA_BOOTSTRAP"] = f"127.0.0.1:{port}"
    env["NEWSWATCH_DATA_DIR"] = str(tmp_path / "data")
    if path is not None:
        env["PATH"] = path
    return env


def test_start_twice_reports_the_running_broker_then_stop_and_status(tmp_path: Path) -> None:
    port = free_port()
    env = cli_env(tmp_path, port)
    try:
        first = newswatch("kafka", "start", env=env)
        assert first.returncode == 0, first.stderr
        assert f"Kafka started at 127.0.0.1:{port}" in first.stdout

        second = newswatch("kafka", "start", env=env)
        assert second.returncode == 0, second.stderr
        assert f"Kafka already running at 127.0.0.1:{port}" in second.stdout

        status = newswatch("kafka", "status", env=env)
        assert status.returncode == 0
        assert "running" in status.stdout
        pid = int((tmp_path / "data" / f"kafka-{port}" / "broker.pid").read_text())
    finally:
        stop = newswatch("kafka", "stop", env=env)
    assert stop.returncode == 0
    assert "stopped" in stop.stdout
    status = newswatch("kafka", "status", env=env)
    assert status.returncode == 1
    assert "stopped" in status.stdout
    assert not jvm_running(pid), "the broker JVM is still there after stop"


def jvm_running(pid: int) -> bool:
    """True while process ``pid`` exists and is not a zombie waiting for its (re)parent to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def test_missing_java_is_one_sentence_naming_the_way_out(tmp_path: Path) -> None:
    # A PATH with Python but without java or mvn.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    env = cli_env(tmp_path, free_port(), path=str(bin_dir))
    result = newswatch("kafka", "start", env=env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "Java 17+" in lines[0]
    assert "NEWSWATCH_KAFKA_BOOTSTRAP" in lines[0]


def test_bad_setting_names_the_variable(tmp_path: Path) -> None:
    env = cli_env(tmp_path, free_port())
    env["NEWSWATCH_METRICS_PORT"] = "eighty"
    result = newswatch("kafka", "status", env=env)
    assert result.returncode == 2
    assert result.stderr.strip() == ("newswatch: NEWSWATCH_METRICS_PORT must be a whole number, got 'eighty'.")
