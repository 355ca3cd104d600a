"""The one settings object of newswatch, read from ``NEWSWATCH_*`` environment variables.

Every knob of the service is a field of :class:`Settings`, with its variable name, default and a
one-line description in :data:`FIELDS`; docs/configuration.md's table is generated from the same list
(``newswatch settings --markdown``). A bad value stops start-up with one sentence naming the variable.
Nothing else in newswatch reads ``os.environ`` (webhook secrets named in the webhook file aside).
The settings are loaded once, by the command line, and handed to what needs them: there is no
process-wide settings object.
"""

from __future__ import annotations

import dataclasses
import difflib
import ipaddress
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from aiokafka.helpers import create_ssl_context

from agents.runtime.labels import TRIP_STATUSES
from pipeline.records import TripStatus


class SettingsError(ValueError):
    """A setting has a value newswatch cannot use; the message is one sentence naming the variable."""


@dataclass(frozen=True, slots=True)
class Secret:
    """A secret value (password, signing key): never shown by ``repr``, ``str`` or logs.

    >>> Secret("hunter2")
    Secret('**********')
    """

    _value: str

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')" if self._value else "Secret('')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


SECURITY_PROTOCOLS: Final = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS: Final = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything newswatch can be configured with. Build it with :func:`load_settings`."""

    kafka_bootstrap: str
    kafka_security_protocol: str
    kafka_sasl_mechanism: str
    kafka_sasl_username: str
    kafka_sasl_password: Secret
    kafka_ssl_cafile: Path | None
    kafka_ssl_certfile: Path | None
    kafka_ssl_keyfile: Path | None
    kafka_ssl_check_hostname: bool
    kafka_session_timeout_seconds: float
    kafka_heartbeat_seconds: float
    app_id: str
    topic_raw: str
    topic_clean: str
    topic_tagged: str
    topic_trips: str
    topic_alerts: str
    topic_deadletters: str
    topic_seen: str
    topic_partitions: int
    topic_replication: int
    metrics_host: str
    metrics_port: int
    data_dir: Path
    kafka_home: Path | None
    kafka_heap_mb: int
    watchlist: Path | None
    watchlist_poll_seconds: float
    max_message_bytes: int
    stage_timeout_seconds: float
    dedup_window_hours: float
    alert_statuses: tuple[TripStatus, ...]
    alert_min_confidence: float
    webhooks_file: Path | None
    webhook_secret: Secret
    webhook_timeout_seconds: float
    webhook_retries: int
    fetch_allow_private: bool
    fetch_allowed_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    fetch_timeout_seconds: float
    fetch_max_bytes: int
    fetch_retries: int
    fetch_backoff_seconds: float
    fetch_per_host_concurrency: int
    fetch_per_host_delay_seconds: float
    fetch_user_agent: str
    log_level: str

    @property
    def largest_record_bytes(self) -> int:
        """The largest record on newswatch's topics: a dead letter keeps up to ``max_message_bytes`` of the
        original, base64-encoded, so topics, producers and consumers all allow twice that and a margin.
        A consumer allowed less would stall on a record it cannot fetch."""
        return 2 * self.max_message_bytes + 1024 * 1024

    def kafka_client_options(self) -> dict[str, Any]:
        """Keyword arguments shared by every aiokafka client we build (security included)."""
        options: dict[str, Any] = {
            "bootstrap_servers": self.kafka_bootstrap,
            "security_protocol": self.kafka_security_protocol,
        }
        if self.kafka_security_protocol.startswith("SASL"):
            options["sasl_mechanism"] = self.kafka_sasl_mechanism
            options["sasl_plain_username"] = self.kafka_sasl_username
            options["sasl_plain_password"] = self.kafka_sasl_password.get()
        if self.kafka_security_protocol.endswith("SSL"):
            options["ssl_context"] = self.ssl_context()
        return options

    def ssl_context(self) -> Any:
        """The TLS context for Kafka, from the CA file and optional client certificate."""
        context = create_ssl_context(
            cafile=str(self.kafka_ssl_cafile) if self.kafka_ssl_cafile else None,
            certfile=str(self.kafka_ssl_certfile) if self.kafka_ssl_certfile else None,
            keyfile=str(self.kafka_ssl_keyfile) if self.kafka_ssl_keyfile else None,
        )
        context.check_hostname = self.kafka_ssl_check_hostname
        return context

    def topics(self) -> dict[str, str]:
        """Role -> topic name, for every topic newswatch reads or writes."""
        return {
            "raw": self.topic_raw,
            "clean": self.topic_clean,
            "tagged": self.topic_tagged,
            "trips": self.topic_trips,
            "alerts": self.topic_alerts,
            "deadletters": self.topic_deadletters,
            "seen": self.topic_seen,
        }


# ---------------------------------------------------------------------------------------------
# Parsing: each field has a parser that raises ValueError with a short reason.


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _header_value(value: str) -> str:
    """Text sent as an HTTP header: printable ASCII (httpx refuses anything else on every request)."""
    text = _text(value)
    if not all(" " <= character <= "~" for character in text):
        raise ValueError(f"must be printable ASCII (it is sent as an HTTP header), got {text!r}")
    return text


def _any_text(value: str) -> str:
    return value.strip()


def _int_range(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(value.strip())
        except ValueError:
            raise ValueError(f"must be a whole number, got {value!r}") from None
        if not low <= number <= high:
            raise ValueError(f"must be between {low} and {high}, got {number}")
        return number

    return parse


def _float_range(low: float, high: float) -> Callable[[str], float]:
    def parse(value: str) -> float:
        try:
            number = float(value.strip())
        except ValueError:
            raise ValueError(f"must be a number, got {value!r}") from None
        if not low <= number <= high:
            raise ValueError(f"must be between {low:g} and {high:g}, got {number:g}")
        return number

    return parse


def _networks(value: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    networks = []
    for part in value.split(","):
        if part.strip():
            try:
                networks.append(ipaddress.ip_network(part.strip(), strict=False))
            except ValueError:
                raise ValueError(f"must list networks such as 10.0.0.0/8, separated by commas, got {part!r}") from None
    return tuple(networks)


def _bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"must be true or false, got {value!r}")


def _choice(*choices: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        normalised = value.strip().upper()
        if normalised not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, got {value!r}")
        return normalised

    return parse


# The standard logging names, and the short forms earlier releases documented; each means its level.
_LOG_LEVELS: Final = {
    "debug": "debug",
    "info": "info",
    "warning": "warning",
    "warn": "warning",
    "error": "error",
    "critical": "critical",
    "crit": "critical",
}


def _log_level(value: str) -> str:
    """One of the standard logging names, lower case (``warn`` and ``crit`` are read as their full names)."""
    level = _LOG_LEVELS.get(value.strip().lower())
    if level is None:
        raise ValueError(f"must be one of debug, info, warning, error, critical, got {value!r}")
    return level


def _path(value: str) -> Path:
    if not value.strip():
        raise ValueError("must not be empty")
    return Path(value.strip()).expanduser()


def _optional_path(value: str) -> Path | None:
    return Path(value.strip()).expanduser() if value.strip() else None


def _existing_file(value: str) -> Path | None:
    path = _optional_path(value)
    if path is not None and not path.is_file():
        raise ValueError(f"names a file that does not exist: {str(path)!r}")
    return path


def _bootstrap(value: str) -> str:
    servers = [part.strip() for part in value.split(",") if part.strip()]
    if not servers:
        raise ValueError("must list at least one host:port")
    for server in servers:
        host, sep, port = server.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"must be host:port[,host:port...], got {server!r}")
    return ",".join(servers)


_NAME_CHARACTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")


def _topic_name(name: str) -> bool:
    return 0 < len(name) <= 200 and set(name) <= _NAME_CHARACTERS


def _topic(value: str) -> str:
    name = value.strip()
    if not _topic_name(name):
        raise ValueError(f"must be a Kafka topic name (letters, digits, '.', '_', '-'), got {value!r}")
    return name


def _statuses(value: str) -> tuple[TripStatus, ...]:
    words = [part.strip().lower() for part in value.split(",") if part.strip()]
    statuses = tuple(status for status in TRIP_STATUSES if status in words)
    if not words or len(set(words)) != len(statuses):
        raise ValueError(f"must be a comma-separated list of {', '.join(TRIP_STATUSES)}, got {value!r}")
    return statuses


def _secret(value: str) -> Secret:
    return Secret(value)


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    default: str
    parse: Callable[[str], Any]
    doc: str
    # Other names users give this setting (other tools' words for it), for the hint on a misspelled variable.
    also_known_as: tuple[str, ...] = ()

    @property
    def variable(self) -> str:
        return "NEWSWATCH_" + self.name.upper()


FIELDS: Final[tuple[Field, ...]] = (
    Field(
        "kafka_bootstrap",
        "127.0.0.1:9092",
        _bootstrap,
        "Kafka bootstrap servers. The default is the local broker of `newswatch kafka start`.",
        also_known_as=("kafka_broker", "kafka_brokers", "kafka_bootstrap_servers", "bootstrap_servers", "brokers"),
    ),
    Field(
        "kafka_security_protocol",
        "PLAINTEXT",
        _choice(*SECURITY_PROTOCOLS),
        "PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.",
    ),
    Field(
        "kafka_sasl_mechanism",
        "SCRAM-SHA-512",
        _choice(*SASL_MECHANISMS),
        "PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (with a SASL_* protocol).",
    ),
    Field("kafka_sasl_username", "", _any_text, "SASL user name."),
    Field("kafka_sasl_password", "", _secret, "SASL password (a secret: never logged)."),
    Field("kafka_ssl_cafile", "", _existing_file, "CA certificate (PEM) that signed the brokers' certificates."),
    Field("kafka_ssl_certfile", "", _existing_file, "Client certificate (PEM), for mutual TLS."),
    Field("kafka_ssl_keyfile", "", _existing_file, "Client private key (PEM), for mutual TLS."),
    Field("kafka_ssl_check_hostname", "true", _bool, "Check that the broker certificate names the host."),
    Field(
        "kafka_session_timeout_seconds",
        "8",
        _float_range(6, 300),
        "How long the group waits for a silent worker before moving its partitions to the others "
        '(docs/operations.md, "Failover"). Brokers accept 6 to 300 by default.',
    ),
    Field(
        "kafka_heartbeat_seconds",
        "1",
        _float_range(0.1, 100),
        "How often a worker tells the group it is alive; at most a third of the session timeout.",
    ),
    Field("app_id", "newswatch", _topic, "Faust application id: consumer group and table changelog prefix."),
    Field("topic_raw", "newswatch.articles.raw", _topic, "Raw articles in (from the ingester or any scraper)."),
    Field("topic_clean", "newswatch.articles.clean", _topic, "Clean articles (after boilerplate removal)."),
    Field("topic_tagged", "newswatch.articles.tagged", _topic, "Tagged articles (actors and topics)."),
    Field("topic_trips", "newswatch.trips", _topic, "Detected trips, keyed by leader and country (internal)."),
    Field("topic_alerts", "newswatch.alerts", _topic, "Merged travel alerts: what subscribers read."),
    Field("topic_deadletters", "newswatch.deadletters", _topic, "Messages that could not be processed."),
    Field("topic_seen", "newswatch.ingest.seen", _topic, "Compacted record of feed items already published."),
    Field("topic_partitions", "4", _int_range(1, 1024), "Partitions of each topic created by newswatch."),
    Field("topic_replication", "1", _int_range(1, 16), "Replication factor of each topic created by newswatch."),
    Field("metrics_host", "127.0.0.1", _text, "Address the /metrics endpoint binds to."),
    Field(
        "metrics_port", "9108", _int_range(0, 65535), "Port of the /metrics endpoint (0: pick a free port and log it)."
    ),
    Field("data_dir", ".newswatch", _path, "Local state: the local broker's data and logs, table stores."),
    Field(
        "kafka_home",
        "",
        _optional_path,
        "Folder with the local broker's pom.xml (default: deploy/kafka of this checkout).",
    ),
    Field("kafka_heap_mb", "512", _int_range(128, 16384), "Heap of the local broker's JVM, in MB."),
    Field(
        "watchlist", "", _existing_file, "A watchlist YAML file that extends the shipped one; re-read when it changes."
    ),
    Field("watchlist_poll_seconds", "2", _float_range(0.1, 3600), "How often workers check the watchlist file."),
    Field(
        "max_message_bytes",
        "10000000",
        _int_range(1024, 100_000_000),
        "Largest raw message accepted; larger ones are dead-lettered.",
    ),
    Field(
        "stage_timeout_seconds",
        "5",
        _float_range(0.01, 3600),
        "Longest an agent may spend on one message (the clean and tag stages together) before it is "
        "dead-lettered as a timeout; shorter than the session timeout (a worker busy that long cannot send its "
        "heartbeats).",
    ),
    Field(
        "dedup_window_hours",
        "24",
        _float_range(0, 24 * 365),
        "An article repeating one seen within this window is dropped as a duplicate.",
    ),
    Field("alert_statuses", "planned,confirmed", _statuses, "Trip statuses that raise an alert."),
    Field("alert_min_confidence", "0.6", _float_range(0, 1), "Lowest trip confidence that raises an alert."),
    Field("webhooks_file", "", _existing_file, "YAML file listing webhook endpoints for alert delivery."),
    Field("webhook_secret", "", _secret, "Default HMAC-SHA256 signing key for webhooks (a secret)."),
    Field("webhook_timeout_seconds", "10", _float_range(0.1, 300), "Timeout of one webhook request."),
    Field("webhook_retries", "4", _int_range(0, 20), "Retries of a failed webhook delivery before dead-lettering."),
    Field(
        "fetch_allow_private",
        "false",
        _bool,
        "Allow fetching from private, loopback and link-local addresses (tests, closed networks).",
    ),
    Field(
        "fetch_allowed_networks",
        "",
        _networks,
        "Networks fetched from although private, e.g. `127.0.0.0/8,10.1.0.0/16` (the rest stay refused).",
    ),
    Field("fetch_timeout_seconds", "20", _float_range(0.1, 600), "Timeout of one feed or page request."),
    Field("fetch_max_bytes", "10000000", _int_range(1024, 1_000_000_000), "Largest feed or page body read."),
    Field("fetch_retries", "3", _int_range(0, 20), "Retries of a feed fetch on 5xx, 429 and connection errors."),
    Field(
        "fetch_backoff_seconds",
        "1",
        _float_range(0, 600),
        "First retry delay of feed fetches and webhooks; doubled each retry, with jitter.",
    ),
    Field("fetch_per_host_concurrency", "2", _int_range(1, 100), "Requests in flight to one host at once."),
    Field("fetch_per_host_delay_seconds", "1", _float_range(0, 3600), "Pause between requests to one host."),
    Field(
        "fetch_user_agent",
        "newswatch/0.1 (+https://github.com/newswatch)",
        _header_value,
        "User-Agent of the feed ingester.",
    ),
    Field("log_level", "info", _log_level, "debug, info, warning (or warn), error or critical, in any case."),
)


# NEWSWATCH_* variables that are not settings of the service but are read by other newswatch tools.
OTHER_VARIABLES: Final = {"NEWSWATCH_SHARED_DIR": "the benchmarks' corpus folder (bench/)"}


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """A warning for each ``NEWSWATCH_*`` variable in ``environ`` (default: the process environment) that
    no setting reads, a misspelling most often: one sentence naming it and the closest setting.

    Usage: ``for warning in unknown_variables(): logger.warning("%s", warning)``.
    """
    source = os.environ if environ is None else environ
    names = {field.variable: field for field in FIELDS}
    spellings = {spelling: field for field in FIELDS for spelling in (field.name, *field.also_known_as)}
    warnings = []
    for variable in sorted(source):
        if not variable.startswith("NEWSWATCH_") or variable in names or variable in OTHER_VARIABLES:
            continue
        closest = difflib.get_close_matches(variable.removeprefix("NEWSWATCH_").lower(), spellings, n=1, cutoff=0.6)
        hint = f"; did you mean {spellings[closest[0]].variable}?" if closest else "."
        warnings.append(f"{variable} is not a newswatch setting and is ignored{hint} (`newswatch settings` lists them)")
    return warnings


def make_data_folder(path: Path) -> Path:
    """Create ``path`` (a folder in ``NEWSWATCH_DATA_DIR``) if need be; a :class:`SettingsError` naming the
    variable when it cannot be (read-only, not a folder, no permission)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SettingsError(f"NEWSWATCH_DATA_DIR: cannot create {str(path)!r}: {exc.strerror or exc}.") from None
    return path


def load_settings(environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Read the settings from ``environ`` (default: the process environment).

    Usage: ``settings = load_settings()``; tests pass a dict: ``load_settings({"NEWSWATCH_METRICS_PORT": "0"})``.
    Raises :class:`SettingsError` naming the first variable with a bad value.
    """
    source = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for field in FIELDS:
        raw = source.get(field.variable)
        text = field.default if raw is None else raw
        try:
            values[field.name] = field.parse(text)
        except ValueError as exc:
            raise SettingsError(f"{field.variable} {exc}.") from None
    values.update(overrides)
    settings = Settings(**values)
    _check_consistency(settings)
    return settings


def _check_consistency(settings: Settings) -> None:
    if settings.kafka_security_protocol.startswith("SASL") and not settings.kafka_sasl_username:
        raise SettingsError(
            "NEWSWATCH_KAFKA_SASL_USERNAME must be set when NEWSWATCH_KAFKA_SECURITY_PROTOCOL is "
            f"{settings.kafka_security_protocol}."
        )
    names = list(settings.topics().values())
    if len(set(names)) != len(names):
        raise SettingsError("NEWSWATCH_TOPIC_* must name a different topic for each role.")
    session = settings.kafka_session_timeout_seconds
    if settings.kafka_heartbeat_seconds > session / 3:
        raise SettingsError(
            f"NEWSWATCH_KAFKA_HEARTBEAT_SECONDS must be at most a third of NEWSWATCH_KAFKA_SESSION_TIMEOUT_SECONDS "
            f"({session:g}), so that one late heartbeat does not cost a worker its partitions."
        )
    if settings.stage_timeout_seconds + settings.kafka_heartbeat_seconds >= session:
        raise SettingsError(
            "NEWSWATCH_STAGE_TIMEOUT_SECONDS must be shorter than NEWSWATCH_KAFKA_SESSION_TIMEOUT_SECONDS "
            f"({session:g}) less one heartbeat: a worker busy with one message that long cannot send its heartbeats."
        )


def settings_table() -> str:
    """docs/configuration.md's table of settings, in Markdown."""
    rows = ["| Variable | Default | Meaning |", "| --- | --- | --- |"]
    for field in FIELDS:
        default = f"`{field.default}`" if field.default else "(empty)"
        rows.append(f"| `{field.variable}` | {default} | {field.doc} |")
    return "\n".join(rows)


def replace(settings: Settings, **changes: Any) -> Settings:
    """A copy of ``settings`` with some fields changed (tests, and the CLI's command-line options)."""
    return dataclasses.replace(settings, **changes)
