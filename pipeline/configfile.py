"""Configuration files users edit (watchlist, feeds, webhooks): YAML read with its line numbers.

Each loader walks the YAML node tree with a :class:`YamlReader`, so that every error names the file
and the line: ``feeds.yaml:7: feeds[2].interval must be a number of seconds, got 'often'``. No
traceback ever reaches the user for a bad file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Final

import yaml

_ID: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
COUNTRY_CODE: Final = re.compile(r"^[A-Z]{2}$")
_PARTIAL_DATE: Final = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ConfigError(ValueError):
    """A configuration file cannot be used; the message names the file and line."""


class YamlReader:
    """Reads one file's YAML node tree; its checks raise ``error_type`` naming the file and line."""

    def __init__(self, path: Path, error_type: type[ConfigError] = ConfigError) -> None:
        self.path = path
        self.error_type = error_type

    def compose(self, what: str) -> yaml.Node | None:
        """The file's node tree (None for an empty file); ``what`` names the file in errors."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            raise self.error_type(f"{self.path}: cannot read {what}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise self.error_type(f"{self.path}: {what} is not UTF-8 text") from None
        try:
            node: yaml.Node | None = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            raise self.error_type(f"{self.path}:{line}: not valid YAML: {exc.problem or exc}") from None
        except yaml.YAMLError as exc:
            raise self.error_type(f"{self.path}: not valid YAML: {exc}") from None
        return node

    def at(self, node: yaml.Node | None, message: str) -> str:
        """``message`` after the file and line of ``node``, as every error of the file says it."""
        line = node.start_mark.line + 1 if node is not None else 1
        return f"{self.path}:{line}: {message}"

    def error(self, node: yaml.Node | None, message: str) -> ConfigError:
        return self.error_type(self.at(node, message))

    def mapping(self, node: yaml.Node, where: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{where} must be a mapping (key: value lines)")
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.text(key_node, f"a key in {where}")
            if key in result:
                raise self.error(key_node, f"{where} has '{key}' twice")
            result[key] = value_node
        return result

    def sequence(self, node: yaml.Node, where: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"{where} must be a list")
        return list(node.value)

    def text(self, node: yaml.Node, where: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag.endswith(":null") or not str(node.value).strip():
            raise self.error(node, f"{where} must be a non-empty text")
        return str(node.value).strip()

    def optional_text(self, fields: Mapping[str, yaml.Node], key: str, where: str) -> str | None:
        node = fields.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return None
        return self.text(node, f"{where}.{key}")

    def texts(self, fields: Mapping[str, yaml.Node], key: str, where: str) -> tuple[str, ...]:
        node = fields.get(key)
        if node is None:
            return ()
        return tuple(self.text(item, f"{where}.{key}") for item in self.sequence(node, f"{where}.{key}"))

    def ident(self, node: yaml.Node, where: str) -> str:
        value = self.text(node, where)
        if not _ID.match(value):
            raise self.error(node, f"{where} must be an id of letters, digits, '.', '_' or '-', got {value!r}")
        return value

    def country(self, node: yaml.Node, where: str) -> str:
        value = self.text(node, where)
        if not COUNTRY_CODE.match(value):
            raise self.error(node, f"{where} must be an ISO 3166-1 alpha-2 code such as RU, got {value!r}")
        return value

    def day(self, node: yaml.Node, where: str) -> date:
        value = self.text(node, where)
        match = _PARTIAL_DATE.match(value)
        if not match:
            raise self.error(node, f"{where} must be a date (YYYY-MM-DD, YYYY-MM or YYYY), got {value!r}")
        year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
        try:
            return date(year, month, day)
        except ValueError:
            raise self.error(node, f"{where} is not a real date: {value!r}") from None

    def optional_day(self, fields: Mapping[str, yaml.Node], key: str, where: str) -> date | None:
        node = fields.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return None
        return self.day(node, f"{where}.{key}")

    def number(self, node: yaml.Node, where: str, low: float, high: float) -> float:
        value = self.text(node, where)
        try:
            number = float(value)
        except ValueError:
            raise self.error(node, f"{where} must be a number, got {value!r}") from None
        if not low <= number <= high:
            raise self.error(node, f"{where} must be between {low:g} and {high:g}, got {value}")
        return number

    def flag(self, node: yaml.Node, where: str) -> bool:
        value = self.text(node, where).lower()
        if value not in ("true", "false", "yes", "no"):
            raise self.error(node, f"{where} must be true or false, got {value!r}")
        return value in ("true", "yes")

    def choice(self, node: yaml.Node, where: str, choices: Sequence[str]) -> str:
        value = self.text(node, where)
        if value not in choices:
            raise self.error(node, f"{where} must be one of {', '.join(choices)}, got {value!r}")
        return value

    def only(self, fields: Mapping[str, yaml.Node], allowed: Sequence[str], where: str) -> None:
        for key, node in fields.items():
            if key not in allowed:
                raise self.error(node, f"{where} has an unknown field '{key}' (expected {', '.join(allowed)})")

    def require(self, fields: Mapping[str, yaml.Node], key: str, node: yaml.Node, where: str) -> yaml.Node:
        if key not in fields:
            raise self.error(node, f"{where} needs '{key}'")
        return fields[key]
