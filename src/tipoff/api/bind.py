"""The rule for where the API may listen: loopback by default, public only on purpose.

A non-loopback address needs both Settings.allow_public_bind and at least one agency
API key, so an instance is never exposed by accident or with nobody able to write.
"""

from __future__ import annotations

import ipaddress

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


def check_bind(host: str, *, allow_public_bind: bool, has_api_keys: bool) -> None:
    """Raise ConfigError unless the API may listen on ``host``."""
    if is_loopback(host):
        return
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
