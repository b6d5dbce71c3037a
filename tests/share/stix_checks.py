"""Checks every exported bundle must pass: stix2-validator (offline) and stix2.parse."""

from __future__ import annotations

import socket
from typing import Any

import orjson
import pytest
import stix2
from stix2validator import ValidationOptions, validate_string


def assert_valid_stix(bundle: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """The validator accepts ``bundle`` without touching the network; stix2 parses it."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("stix2-validator tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    text = orjson.dumps(bundle).decode()
    results = validate_string(text, ValidationOptions(strict=False))
    errors = [str(e) for e in results.errors]
    assert results.is_valid, errors
    parsed = stix2.parse(text, allow_custom=True)
    assert len(parsed.objects) == len(bundle["objects"])
