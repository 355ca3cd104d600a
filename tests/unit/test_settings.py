from __future__ import annotations

import logging
from pathlib import Path

import pytest

from agents.runtime.settings import (
    FIELDS,
    Secret,
    SettingsError,
    load_settings,
    make_data_folder,
    settings_table,
    unknown_variables,
)


def test_defaults_point_at_the_local_broker() -> None:
    settings = load_settings({})
    assert settings.kafka_bootstrap == "127.0.0.1:9092"
    assert settings.metrics_host == "127.0.0.1"
    assert settings.alert_statuses == ("planned", "confirmed")


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("NEWSWATCH_KAFKA_BOOTSTRAP", "localhost", "NEWSWATCH_KAFKA_BOOTSTRAP must be host:port"),
        ("NEWSWATCH_TOPIC_PARTITIONS", "0", "NEWSWATCH_TOPIC_PARTITIONS must be between 1 and 1024, got 0."),
        ("NEWSWATCH_FETCH_ALLOW_PRIVATE", "maybe", "NEWSWATCH_FETCH_ALLOW_PRIVATE must be true or false"),
        ("NEWSWATCH_KAFKA_SECURITY_PROTOCOL", "TLS", "NEWSWATCH_KAFKA_SECURITY_PROTOCOL must be one of"),
        ("NEWSWATCH_ALERT_STATUSES", "planned,soon", "NEWSWATCH_ALERT_STATUSES must be a comma-separated"),
        ("NEWSWATCH_TOPIC_RAW", "raw articles", "NEWSWATCH_TOPIC_RAW must be a Kafka topic name"),
        ("NEWSWATCH_WATCHLIST", "/nonexistent/w.yaml", "NEWSWATCH_WATCHLIST names a file that does not"),
        ("NEWSWATCH_FETCH_USER_AGENT", "bot\r\nX-Injected: 1", "NEWSWATCH_FETCH_USER_AGENT must be printable ASCII"),
        (
            "NEWSWATCH_FETCH_USER_AGENT",
            "Nachrichtenbot/1 (Müller)",
            "NEWSWATCH_FETCH_USER_AGENT must be printable ASCII",
        ),
    ],
)
def test_a_bad_value_is_one_sentence_naming_the_variable(variable: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError) as error:
        load_settings({variable: value})
    text = str(error.value)
    assert text.startswith(message)
    assert text.endswith(".")
    assert "\n" not in text


def test_sasl_needs_a_user_name() -> None:
    with pytest.raises(SettingsError, match="NEWSWATCH_KAFKA_SASL_USERNAME must be set"):
        load_settings({"NEWSWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT"})


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"NEWSWATCH_KAFKA_HEARTBEAT_SECONDS": "4"}, "NEWSWATCH_KAFKA_HEARTBEAT_SECONDS must be at most a third"),
        ({"NEWSWATCH_STAGE_TIMEOUT_SECONDS": "7.5"}, "NEWSWATCH_STAGE_TIMEOUT_SECONDS must be shorter than"),
        ({"NEWSWATCH_KAFKA_SESSION_TIMEOUT_SECONDS": "5"}, "NEWSWATCH_KAFKA_SESSION_TIMEOUT_SECONDS must be between 6"),
    ],
)
def test_failover_settings_that_would_cost_a_busy_worker_its_partitions_are_refused(
    environment: dict[str, str], message: str
) -> None:
    with pytest.raises(SettingsError, match=message):
        load_settings(environment)


def test_a_longer_stage_limit_goes_with_a_longer_session() -> None:
    settings = load_settings({"NEWSWATCH_STAGE_TIMEOUT_SECONDS": "60", "NEWSWATCH_KAFKA_SESSION_TIMEOUT_SECONDS": "90"})
    assert (settings.stage_timeout_seconds, settings.kafka_session_timeout_seconds) == (60, 90)


def test_two_roles_cannot_share_a_topic() -> None:
    with pytest.raises(SettingsError, match="different topic"):
        load_settings({"NEWSWATCH_TOPIC_ALERTS": "newswatch.articles.raw"})


def test_secrets_never_show_their_value() -> None:
    settings = load_settings(
        {
            "NEWSWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
            "NEWSWATCH_KAFKA_SASL_USERNAME": "svc",
            "NEWSWATCH_KAFKA_SASL_PASSWORD": "hunter2",
        }
    )
    assert "hunter2" not in repr(settings)
    assert "hunter2" not in str(settings.kafka_sasl_password)
    assert settings.kafka_sasl_password.get() == "hunter2"
    assert settings.kafka_client_options()["sasl_plain_password"] == "hunter2"
    assert repr(Secret("")) == "Secret('')"


def test_settings_are_frozen() -> None:
    settings = load_settings({})
    with pytest.raises(AttributeError):
        settings.metrics_port = 1  # type: ignore[misc]


def test_the_configuration_doc_documents_every_setting_as_the_code_defines_it() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "configuration.md").read_text()
    start = doc.index("<!-- settings-table")
    table = doc[doc.index("\n", start) + 1 : doc.index("<!-- /settings-table -->")].strip()
    assert table == settings_table()
    assert all(field.variable in table for field in FIELDS)


def test_a_data_folder_that_cannot_be_made_is_one_sentence_naming_the_variable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(SettingsError) as error:
        make_data_folder(blocker / "kafka-9092")
    assert str(error.value).startswith(f"NEWSWATCH_DATA_DIR: cannot create '{blocker / 'kafka-9092'}'")
    assert make_data_folder(tmp_path / "faust").is_dir()


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("debug", "debug"),
        ("INFO", "info"),
        ("warning", "warning"),
        ("Warning", "warning"),
        ("warn", "warning"),
        ("error", "error"),
        ("CRITICAL", "critical"),
        ("crit", "critical"),
    ],
)
def test_the_standard_log_level_names_are_accepted_in_any_case(value: str, level: str) -> None:
    settings = load_settings({"NEWSWATCH_LOG_LEVEL": value})
    assert settings.log_level == level
    assert isinstance(logging.getLevelName(settings.log_level.upper()), int)  # a level logging and faust know


def test_an_unknown_log_level_names_the_accepted_ones() -> None:
    with pytest.raises(SettingsError, match="NEWSWATCH_LOG_LEVEL must be one of debug, info, warning, error, critical"):
        load_settings({"NEWSWATCH_LOG_LEVEL": "verbose"})


@pytest.mark.parametrize(
    ("variable", "closest"),
    [
        ("NEWSWATCH_KAFKA_BROKERS", "NEWSWATCH_KAFKA_BOOTSTRAP"),  # another tool's word for the setting
        ("NEWSWATCH_KAFKA_BROKER", "NEWSWATCH_KAFKA_BOOTSTRAP"),
        ("NEWSWATCH_WEBHOOK_FILE", "NEWSWATCH_WEBHOOKS_FILE"),
        ("NEWSWATCH_LOGLEVEL", "NEWSWATCH_LOG_LEVEL"),
    ],
)
def test_a_misspelled_variable_is_named_with_the_closest_setting(variable: str, closest: str) -> None:
    [warning] = unknown_variables({variable: "x", "NEWSWATCH_LOG_LEVEL": "info", "HOME": "/root"})
    assert warning.startswith(f"{variable} is not a newswatch setting and is ignored; did you mean {closest}?")
    assert "\n" not in warning


def test_known_variables_and_the_benchmarks_folder_give_no_warning() -> None:
    environment = {field.variable: field.default for field in FIELDS} | {"NEWSWATCH_SHARED_DIR": "/shared"}
    assert unknown_variables(environment) == []
    [warning] = unknown_variables({"NEWSWATCH_ZZZ": "1"})
    assert warning.startswith("NEWSWATCH_ZZZ is not a newswatch setting and is ignored.")
