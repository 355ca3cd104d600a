"""The embedded local Kafka: a real single-node KRaft broker on 127.0.0.1, run from Maven Central jars.

``deploy/kafka/pom.xml`` names the broker version; Maven copies its jars into ``deploy/kafka/libs/`` once
(later starts are offline). Each broker lives in ``<data_dir>/kafka-<port>/`` with its generated
``server.properties``, KRaft storage, log file and pid file, so the CLI, ``make run`` and the test session
can each run their own broker without meeting. ``newswatch kafka start|stop|status`` drives this module.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from aiokafka.client import AIOKafkaClient

from agents.runtime.settings import make_data_folder

logger = logging.getLogger(__name__)

DEFAULT_HOME = Path(__file__).resolve().parents[2] / "deploy" / "kafka"
MIN_JAVA = 17


class LocalKafkaError(RuntimeError):
    """The local broker cannot be fetched, started or stopped; the message says what to do."""


@dataclass(frozen=True, slots=True)
class BrokerStatus:
    running: bool
    bootstrap: str
    pid: int | None
    log_file: Path


_HANDED_OUT: set[int] = set()


def free_port(avoid: Collection[int] = ()) -> int:
    """A TCP port on 127.0.0.1 that is free right now.

    The kernel may hand out a just-released port again, so a port this process already
    handed out, or one named in ``avoid`` (chosen but not yet bound), is never returned.
    """
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port not in _HANDED_OUT and port not in avoid:
            _HANDED_OUT.add(port)
            return port


class LocalKafka:
    """One local broker: ``LocalKafka(port=9092, data_dir=Path(".newswatch")).start()``."""

    def __init__(
        self,
        *,
        port: int,
        data_dir: Path,
        home: Path | None = None,
        heap_mb: int = 512,
        extra_properties: dict[str, str] | None = None,
        extra_listeners: dict[str, int] | None = None,
        format_args: tuple[str, ...] = (),
    ) -> None:
        self.port = port
        self.home = (home or DEFAULT_HOME).resolve()
        self.libs = self.home / "libs"
        self.root = data_dir.resolve() / f"kafka-{port}"
        self.heap_mb = heap_mb
        self.extra_properties = extra_properties or {}
        # More listeners on 127.0.0.1, named by their security protocol ({"SASL_SSL": 9094}), and
        # arguments for storage formatting (--add-scram ...): the security tests' broker.
        self.extra_listeners = extra_listeners or {}
        self.format_args = format_args
        self.pid_file = self.root / "broker.pid"
        self.log_file = self.root / "broker.log"
        self.properties_file = self.root / "server.properties"

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    # -- jars --------------------------------------------------------------------------------

    def _pom_digest(self) -> str:
        return hashlib.sha256((self.home / "pom.xml").read_bytes()).hexdigest()

    def jars_ready(self) -> bool:
        marker = self.libs / ".pom-sha256"
        return marker.is_file() and marker.read_text().strip() == self._pom_digest()

    def fetch(self) -> None:
        """Copy the broker jars from Maven Central into ``libs/``, unless already there for this pom."""
        if self.jars_ready():
            return
        if not (self.home / "pom.xml").is_file():
            raise LocalKafkaError(f"No pom.xml in {self.home}: set NEWSWATCH_KAFKA_HOME to deploy/kafka.")
        mvn = shutil.which("mvn")
        if mvn is None:
            raise LocalKafkaError(
                "Maven is needed once to fetch the local Kafka broker: install it (e.g. `apt-get install "
                "maven`), or set NEWSWATCH_KAFKA_BOOTSTRAP to an existing broker instead."
            )
        if self.libs.exists():
            shutil.rmtree(self.libs)
        logger.info("Fetching the Kafka broker jars with Maven into %s", self.libs)
        result = subprocess.run(
            [mvn, "-q", "-B", "-f", str(self.home / "pom.xml"), "dependency:copy-dependencies"],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            tail = (result.stdout + result.stderr).strip().splitlines()[-5:]
            raise LocalKafkaError("Maven could not fetch the Kafka broker jars: " + " / ".join(tail))
        (self.libs / ".pom-sha256").write_text(self._pom_digest())

    # -- process -----------------------------------------------------------------------------

    def _java(self) -> str:
        java = shutil.which("java")
        if java is None:
            raise LocalKafkaError(
                f"Java {MIN_JAVA}+ is needed to run the local Kafka broker: install a JDK (e.g. `apt-get "
                "install openjdk-17-jre-headless`), or set NEWSWATCH_KAFKA_BOOTSTRAP to an existing broker."
            )
        result = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
        match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr + result.stdout)
        major = int(match.group(1)) if match else 0
        if major == 1 and match and match.group(2):
            major = int(match.group(2))
        if major < MIN_JAVA:
            raise LocalKafkaError(
                f"The local Kafka broker needs Java {MIN_JAVA}+, but `java` is version {major or 'unknown'}: "
                "install a newer JDK, or set NEWSWATCH_KAFKA_BOOTSTRAP to an existing broker."
            )
        return java

    def _pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        if not _alive(pid):
            self.pid_file.unlink(missing_ok=True)
            return None
        return pid

    def status(self) -> BrokerStatus:
        pid = self._pid()
        return BrokerStatus(
            running=pid is not None and answers_metadata(self.bootstrap, timeout=5.0),
            bootstrap=self.bootstrap,
            pid=pid,
            log_file=self.log_file,
        )

    def _write_properties(self) -> None:
        controller_port = None
        if self.properties_file.is_file():
            found = re.search(r"CONTROLLER://127\.0\.0\.1:(\d+)", self.properties_file.read_text())
            controller_port = int(found.group(1)) if found else None
        controller_port = controller_port or free_port(avoid={self.port, *self.extra_listeners.values()})
        extra = "".join(f",{name}://127.0.0.1:{port}" for name, port in self.extra_listeners.items())
        properties = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@127.0.0.1:{controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{controller_port}{extra}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}{extra}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
            + "".join(f",{name}:{name}" for name in self.extra_listeners),
            "log.dirs": str(self.root / "data"),
            "num.partitions": "1",
            "auto.create.topics.enable": "false",
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "8",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "4",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "group.initial.rebalance.delay.ms": "0",
            "message.max.bytes": str(64 * 1024 * 1024),
            "replica.fetch.max.bytes": str(64 * 1024 * 1024),
            "log.retention.hours": "168",
            "log.segment.bytes": str(64 * 1024 * 1024),
        }
        properties.update(self.extra_properties)
        self.properties_file.write_text(
            "# Generated by newswatch for the local broker; edit deploy/kafka or the code, not this file.\n"
            + "".join(f"{key}={value}\n" for key, value in properties.items())
        )

    def _jvm_command(self, java: str, main: str, *args: str) -> list[str]:
        return [
            java,
            f"-Xms{min(self.heap_mb, 256)}m",
            f"-Xmx{self.heap_mb}m",
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.home / 'log4j2.yaml'}",
            "-cp",
            str(self.libs / "*"),
            main,
            *args,
        ]

    def _format_storage(self, java: str) -> None:
        if (self.root / "data" / "meta.properties").is_file():
            return
        result = subprocess.run(
            self._jvm_command(
                java,
                "kafka.tools.StorageTool",
                "format",
                "--ignore-formatted",
                f"--cluster-id={_cluster_id()}",  # in one word: a random id may begin with a dash
                "-c",
                str(self.properties_file),
                *self.format_args,
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise LocalKafkaError(
                "Formatting the local broker's storage failed: " + (result.stderr or result.stdout).strip()
            )

    def start(self, timeout: float = 90.0) -> BrokerStatus:
        """Start the broker unless it runs already; return once it answers a metadata request."""
        current = self.status()
        if current.running:
            return current
        if current.pid is not None:
            # A broker process that does not answer: wait for it a moment (it may be starting).
            if wait_for_broker(self.bootstrap, timeout=timeout):
                return self.status()
            raise LocalKafkaError(
                f"A local broker (pid {current.pid}) runs but does not answer on {self.bootstrap}; "
                f"see {self.log_file}, or run `newswatch kafka stop`."
            )
        if _port_in_use(self.port):
            if answers_metadata(self.bootstrap, timeout=5.0):
                raise LocalKafkaError(
                    f"A Kafka broker not started from {self.root.parent} already listens on {self.bootstrap}: "
                    "newswatch's commands use it as it is; to start this folder's own, stop that one where it "
                    "was started, or choose another port with NEWSWATCH_KAFKA_BOOTSTRAP=127.0.0.1:<port>."
                )
            raise LocalKafkaError(
                f"Port {self.port} is taken by another program: choose another port with "
                "NEWSWATCH_KAFKA_BOOTSTRAP=127.0.0.1:<port>."
            )
        java = self._java()
        self.fetch()
        make_data_folder(self.root)
        self._write_properties()
        self._format_storage(java)
        with open(self.log_file, "ab") as log:
            process = subprocess.Popen(
                self._jvm_command(java, "kafka.Kafka", str(self.properties_file)),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self.pid_file.write_text(str(process.pid))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise LocalKafkaError(f"The local broker exited with status {process.returncode}; see {self.log_file}.")
            if answers_metadata(self.bootstrap, timeout=2.0):
                return self.status()
            time.sleep(0.3)
        self.stop()
        raise LocalKafkaError(f"The local broker did not answer within {timeout:.0f}s; see {self.log_file}.")

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop the broker cleanly (SIGTERM, then SIGKILL after ``timeout``); True if one was running."""
        pid = self._pid()
        if pid is None:
            return False
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.1)
        if _alive(pid):
            logger.warning("The local broker did not stop within %.0fs; killing it", timeout)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.05)
        self.pid_file.unlink(missing_ok=True)
        return True

    def kill(self) -> None:
        """Kill the broker at once (fault tests)."""
        pid = self._pid()
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.05)
            self.pid_file.unlink(missing_ok=True)


def _cluster_id() -> str:
    # KRaft cluster ids are 16 random bytes in URL-safe base64 without padding.
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours counts as gone.
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return _not_zombie(pid)
    return waited == 0


def _not_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def answers_metadata(bootstrap: str, timeout: float = 5.0, **client_options: object) -> bool:
    """True when a broker at ``bootstrap`` answers a Kafka metadata request within ``timeout``."""

    async def probe() -> bool:
        client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000), **client_options)
        try:
            await asyncio.wait_for(client.bootstrap(), timeout)
            return True
        except Exception:  # any failure means "not answering yet"
            return False
        finally:
            with contextlib.suppress(Exception):
                await client.close()

    aiokafka_logger = logging.getLogger("aiokafka")
    previous = aiokafka_logger.level
    aiokafka_logger.setLevel(logging.CRITICAL)
    try:
        return asyncio.run(probe())
    finally:
        aiokafka_logger.setLevel(previous)


def wait_for_broker(bootstrap: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if answers_metadata(bootstrap, timeout=2.0):
            return True
        time.sleep(0.3)
    return False


def local_port(bootstrap: str) -> int | None:
    """The port of ``bootstrap`` when it names one broker on this machine's loopback, else None."""
    if "," in bootstrap:
        return None
    host, _, port = bootstrap.rpartition(":")
    if host not in ("127.0.0.1", "localhost"):
        return None
    return int(port)
