"""The webhook endpoints: a YAML file users edit (docs/webhooks.md).

::

    webhooks:
      - name: ops-room                 # shown in logs, metrics and dead letters (never the URL)
        url: https://hooks.example.org/T000/B000/XXXX
        format: slack                  # json (default): the alert as on the alert topic; slack: text blocks
        secret_env: OPS_ROOM_SECRET    # the variable holding the signing key (default NEWSWATCH_WEBHOOK_SECRET)
        leaders: [Q7747, Xi Jinping]   # optional filters (pipeline/delivery/filters.py): leader ids or names,
        countries: [CN, RU]            #   destination countries,
        statuses: [planned, confirmed, cancelled]   # and statuses; each given filter must match

A file that does not load raises :class:`WebhookListError` naming the file and line. Secrets are
never in the file, only the name of the variable that holds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, get_args
from urllib.parse import urlsplit

from pipeline.configfile import ConfigError, YamlReader
from pipeline.delivery.filters import AlertFilter
from pipeline.records import TripStatus

FORMATS: Final = ("json", "slack")
STATUSES: Final[tuple[str, ...]] = get_args(TripStatus)


class WebhookListError(ConfigError):
    """The webhook file cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    name: str
    url: str
    format: str = "json"
    secret_env: str | None = None
    wants: AlertFilter = field(default_factory=AlertFilter)  # which alerts it receives
    # Where secret_env is written, as errors name it ("webhooks.yaml:5: webhooks[1].secret_env"): the
    # variable is read at start-up, outside this module, and an unset one is an error in the file.
    secret_env_origin: str = field(default="", compare=False)


def load_webhooks(path: Path) -> tuple[Endpoint, ...]:
    """The endpoints of the file at ``path``. Raises :class:`WebhookListError`."""
    reader = YamlReader(path, WebhookListError)
    root = reader.compose("the webhook file")
    if root is None:
        return ()
    top = reader.mapping(root, "the webhook file")
    reader.only(top, ("webhooks",), "the webhook file")
    endpoints: list[Endpoint] = []
    names: set[str] = set()
    listed = reader.sequence(reader.require(top, "webhooks", root, "the webhook file"), "webhooks")
    for number, node in enumerate(listed):
        where = f"webhooks[{number + 1}]"
        fields = reader.mapping(node, where)
        reader.only(fields, ("name", "url", "format", "secret_env", "leaders", "countries", "statuses"), where)
        name_node = reader.require(fields, "name", node, where)
        name = reader.ident(name_node, f"{where}.name")
        if name in names:
            raise reader.error(name_node, f"{where}.name {name!r} is used twice")
        names.add(name)
        url_node = reader.require(fields, "url", node, where)
        url = reader.text(url_node, f"{where}.url")
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise reader.error(url_node, f"{where}.url must be an http or https URL")
        form = reader.choice(fields["format"], f"{where}.format", FORMATS) if "format" in fields else "json"
        countries = reader.texts(fields, "countries", where)
        for code_node in reader.sequence(fields["countries"], f"{where}.countries") if "countries" in fields else ():
            reader.country(code_node, f"{where}.countries")
        statuses = reader.texts(fields, "statuses", where)
        for status_node in reader.sequence(fields["statuses"], f"{where}.statuses") if "statuses" in fields else ():
            reader.choice(status_node, f"{where}.statuses", STATUSES)
        secret_env = reader.optional_text(fields, "secret_env", where)
        endpoints.append(
            Endpoint(
                name=name,
                url=url,
                format=form,
                secret_env=secret_env,
                wants=AlertFilter.of(reader.texts(fields, "leaders", where), countries, statuses),
                secret_env_origin=reader.at(fields["secret_env"], f"{where}.secret_env") if secret_env else "",
            )
        )
    return tuple(endpoints)
