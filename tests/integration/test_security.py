"""The service over TLS and SASL: a broker with a TLS + SCRAM/PLAIN listener and certificates made here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from agents.cli.localkafka import LocalKafka, free_port
from tests.fixtures import scraped_fixture
from tests.integration.kafka_helpers import WorkerProcess

SCRAM_USER, SCRAM_PASSWORD = "alice", "alice-very-secret"
PLAIN_USER, PLAIN_PASSWORD = "bob", "bob-also-secret"
SCRAM_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule"
PLAIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule"


def make_certificates(directory: Path) -> tuple[Path, Path]:
    """A CA and a server certificate for 127.0.0.1 signed by it; returns (CA file, server key+chain PEM)."""
    openssl = shutil.which("openssl")
    assert openssl, "openssl is needed to make the test certificates"

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], cwd=directory, check=True, capture_output=True, timeout=60)

    run(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=newswatch test CA",
    )
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (directory / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    run(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.crt",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    )
    keystore = directory / "server.pem"
    keystore.write_text((directory / "server.key").read_text() + (directory / "server.crt").read_text())
    return directory / "ca.pem", keystore


@pytest.fixture
def secure_broker(tmp_path: Path) -> Iterator[tuple[LocalKafka, int, Path]]:
    certificates = tmp_path / "certs"
    certificates.mkdir()
    ca_file, keystore = make_certificates(certificates)
    secure_port = free_port()
    broker = LocalKafka(
        port=free_port(),
        data_dir=tmp_path / "secure-kafka",
        heap_mb=512,
        extra_listeners={"SASL_SSL": secure_port},
        format_args=("--add-scram", f"SCRAM-SHA-512=[name={SCRAM_USER},password={SCRAM_PASSWORD}]"),
        extra_properties={
            "sasl.enabled.mechanisms": "SCRAM-SHA-512,PLAIN",
            "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config": SCRAM_MODULE + " required;",
            "listener.name.sasl_ssl.plain.sasl.jaas.config": (
                f'{PLAIN_MODULE} required user_{PLAIN_USER}="{PLAIN_PASSWORD}";'
            ),
            "ssl.keystore.type": "PEM",
            "ssl.keystore.location": str(keystore),
            "ssl.client.auth": "none",
        },
    )
    broker.start(timeout=120)
    try:
        yield broker, secure_port, ca_file
    finally:
        broker.stop()


def test_the_service_runs_over_tls_with_scram_and_plain(
    secure_broker: tuple[LocalKafka, int, Path],
    newswatch_env: dict[str, str],
    start_worker: Callable[..., WorkerProcess],
    tmp_path: Path,
) -> None:
    _, port, ca_file = secure_broker
    tls = {
        "NEWSWATCH_KAFKA_BOOTSTRAP": f"127.0.0.1:{port}",
        "NEWSWATCH_KAFKA_SSL_CAFILE": str(ca_file),
        "NEWSWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
    }
    scram = (
        newswatch_env
        | tls
        | {
            "NEWSWATCH_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "NEWSWATCH_KAFKA_SASL_USERNAME": SCRAM_USER,
            "NEWSWATCH_KAFKA_SASL_PASSWORD": SCRAM_PASSWORD,
        }
    )
    plain = (
        newswatch_env
        | tls
        | {
            "NEWSWATCH_KAFKA_SASL_MECHANISM": "PLAIN",
            "NEWSWATCH_KAFKA_SASL_USERNAME": PLAIN_USER,
            "NEWSWATCH_KAFKA_SASL_PASSWORD": PLAIN_PASSWORD,
        }
    )

    def newswatch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "agents.cli", *args], env=env, capture_output=True, text=True, timeout=180
        )

    assert newswatch(scram, "topics").returncode == 0
    worker = start_worker(scram, name="scram-worker")
    worker.wait_ready()
    articles = tmp_path / "seed.jsonl"
    articles.write_text(orjson.dumps({"id": "seed", "text": scraped_fixture("seed_shaped")["raw"]}).decode() + "\n")
    published = newswatch(plain, "publish", str(articles))  # PLAIN for this client, SCRAM for the worker
    assert published.returncode == 0, published.stderr

    shown = newswatch(plain, "alerts", "--from-beginning", "--follow", "--json", "--limit", "1")
    assert shown.returncode == 0, shown.stderr
    alert = orjson.loads(shown.stdout.splitlines()[0])
    assert (alert["leader"]["id"], alert["destination"]["country"]) == ("Q7747", "CN")

    wrong = newswatch(scram | {"NEWSWATCH_KAFKA_SASL_PASSWORD": "not-it"}, "publish", str(articles))
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1

    settings_shown = newswatch(scram, "settings").stdout
    assert SCRAM_PASSWORD not in settings_shown
    assert "NEWSWATCH_KAFKA_SASL_PASSWORD=" in settings_shown
    assert SCRAM_PASSWORD not in worker.log()
    assert PLAIN_PASSWORD not in shown.stderr + published.stderr
