"""The webhook endpoints' signing keys, read from the variables the webhook file names."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.edges.deliver import secrets_for
from agents.runtime.settings import load_settings
from pipeline.delivery.webhooks import WebhookListError, load_webhooks


def test_an_unset_secret_variable_is_an_error_naming_the_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DESK_HOOK_SECRET", raising=False)
    path = tmp_path / "webhooks.yaml"
    path.write_text(
        "webhooks:\n  - name: ops\n    url: https://h.example/x\n"
        "  - name: desk\n    url: https://h.example/y\n    secret_env: DESK_HOOK_SECRET\n"
    )
    with pytest.raises(WebhookListError) as error:
        secrets_for(load_webhooks(path), load_settings({}))
    assert str(error.value) == (
        f"{path}:6: webhooks[2].secret_env names DESK_HOOK_SECRET, which is not set "
        "(the variable holding webhook desk's signing key)"
    )
    monkeypatch.setenv("DESK_HOOK_SECRET", "s3cret")
    assert secrets_for(load_webhooks(path), load_settings({})) == {"ops": None, "desk": "s3cret"}
