"""`newswatch kafka` and the local broker: status|stop with a foreign broker, and the ports it picks."""

from __future__ import annotations

import socket
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from agents.cli import kafka as kafka_cli
from agents.cli import localkafka


@pytest.fixture
def someone_elses_broker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("NEWSWATCH_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(kafka_cli, "answers_metadata", lambda bootstrap, **_: True)
    return tmp_path


def test_status_says_a_broker_runs_that_another_folder_started(someone_elses_broker: Path) -> None:
    result = CliRunner().invoke(kafka_cli.kafka, ["status"])
    assert result.exit_code == 0
    assert result.output.startswith(f"Kafka running at 127.0.0.1:9092, not started from {someone_elses_broker}")


def test_stop_does_not_claim_nothing_was_running(someone_elses_broker: Path) -> None:
    result = CliRunner().invoke(kafka_cli.kafka, ["stop"])
    assert result.exit_code == 2
    assert "was not running" not in result.output
    assert result.output.strip().endswith(": stop it from there")


def test_start_says_the_broker_on_the_port_is_used_as_it_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(localkafka, "_port_in_use", lambda port: True)
    monkeypatch.setattr(localkafka, "answers_metadata", lambda bootstrap, **_: True)
    with pytest.raises(localkafka.LocalKafkaError) as error:
        localkafka.LocalKafka(port=9092, data_dir=tmp_path).start()
    message = str(error.value)
    assert message.startswith(f"A Kafka broker not started from {tmp_path} already listens on 127.0.0.1:9092")
    assert "NEWSWATCH_KAFKA_BOOTSTRAP=127.0.0.1:9092" not in message  # what it is already: no advice


class _KernelHandingOut:
    """A stand-in socket whose bind to port 0 gets the ports listed, in order (the kernel may repeat one)."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports

    def __call__(self, *args: object) -> _KernelHandingOut:
        return self

    def __enter__(self) -> _KernelHandingOut:
        return self

    def __exit__(self, *args: object) -> None:
        return None

    def bind(self, address: tuple[str, int]) -> None:
        self.bound = self.ports.pop(0)

    def getsockname(self) -> tuple[str, int]:
        return ("127.0.0.1", self.bound)


def _kernel_handing_out(ports: list[int]) -> SimpleNamespace:
    return SimpleNamespace(socket=_KernelHandingOut(ports), AF_INET=socket.AF_INET, SOCK_STREAM=socket.SOCK_STREAM)


def test_the_controller_port_is_never_the_broker_port(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The broker port was chosen free but not yet bound, so the kernel can hand it out again.
    monkeypatch.setattr(localkafka, "socket", _kernel_handing_out([41001, 41001, 41002]))
    monkeypatch.setattr(localkafka, "_HANDED_OUT", set())
    broker = localkafka.LocalKafka(port=41001, data_dir=tmp_path)
    broker.root.mkdir(parents=True)
    broker._write_properties()
    properties = broker.properties_file.read_text()
    assert "CONTROLLER://127.0.0.1:41002" in properties
    assert "CONTROLLER://127.0.0.1:41001" not in properties


def test_a_port_handed_out_once_is_not_handed_out_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(localkafka, "socket", _kernel_handing_out([41001, 41001, 41003]))
    monkeypatch.setattr(localkafka, "_HANDED_OUT", set())
    assert [localkafka.free_port(), localkafka.free_port()] == [41001, 41003]
