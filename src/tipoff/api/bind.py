"""The rule for where the API may listen: loopback by default, public only on purpose.

A non-loopback address needs real secrets (no built-in development secret, whatever the
environment: anyone can forge a dashboard session signed with the published one),
Settings.allow_public_bind, and at least one agency API key, so an instance is never
exposed by accident, with forgeable sessions, or with nobody able to write.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Collection

from tipoff.errors import ConfigError

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or a name) is only reachable from this machine."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def check_bind(
    host: str,
    *,
    allow_public_bind: bool,
    has_api_keys: bool,
    builtin_secrets: Collection[str] = (),
) -> None:
    """Raise ConfigError unless the API may listen on ``host``.

    ``builtin_secrets`` names the secret settings still at their built-in development values
    (``Settings.builtin_secrets()``); any of them forbids a non-loopback address.
    """
    if is_loopback(host):
        return
    if builtin_secrets:
        raise ConfigError(
            f"refusing to listen on non-loopback address {host}: {', '.join(builtin_secrets)} "
            "still has the built-in development value, which anyone can use to forge a "
            "dashboard session. Run `tipoff init` to write random secrets to the secrets file "
            "(TIPOFF_SECRETS_FILE), or set them in the environment"
        )
    if not allow_public_bind:
        raise ConfigError(
            f"refusing to listen on non-loopback address {host}: set TIPOFF_ALLOW_PUBLIC_BIND=true "
            "to expose the API"
        )
    if not has_api_keys:
        raise ConfigError(
            f"refusing to listen on {host}: no agency API key exists yet "
            "(create one with `tipoff agency add`)"
        )


def check_port_free(host: str, port: int) -> None:
    """ConfigError naming the port (and how to pick another) when something listens on it.

    uvicorn's own "[Errno 98] address already in use" comes after tipoff has announced the
    address, with no hint; this check runs first. (Another process may still take the port
    between this check and uvicorn's bind; uvicorn's error then remains.)
    """
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as error:
            raise ConfigError(
                f"cannot listen on {host}:{port} ({error.strerror or error}): another program "
                "(perhaps another tipoff serve) uses it; choose another with --port or TIPOFF_PORT"
            ) from error
