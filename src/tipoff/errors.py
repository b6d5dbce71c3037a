"""The small exception tree every layer raises and every edge translates once.

The API turns these into application/problem+json responses, the CLI into a one-line
message that says how to fix the problem. Nothing else should need to catch broad
exceptions.
"""

from __future__ import annotations


class TipoffError(Exception):
    """Base of every error tipoff raises on purpose."""

    status = 500
    title = "Internal error"


class ConfigError(TipoffError):
    """Settings are missing or unsafe (for example a default key outside development)."""

    title = "Configuration error"


class ValidationError(TipoffError):
    """Input broke a rule; `path` names the field (``messages.2.text``)."""

    status = 422
    title = "Invalid input"

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class NotFound(TipoffError):
    """The named record does not exist (or is not visible to the caller)."""

    status = 404
    title = "Not found"


class Conflict(TipoffError):
    """The request contradicts stored state."""

    status = 409
    title = "Conflict"


class AuthError(TipoffError):
    """Missing or wrong credentials."""

    status = 401
    title = "Unauthorized"


class Forbidden(TipoffError):
    """Credentials are valid but do not allow this action (TLP, role)."""

    status = 403
    title = "Forbidden"


class RateLimited(TipoffError):
    """Too many requests from one client; ``retry_after_s`` becomes the Retry-After header."""

    status = 429
    title = "Too many requests"

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class StorageError(TipoffError):
    """The database could not be reached or refused the operation."""

    status = 503
    title = "Storage unavailable"


class ModelError(TipoffError):
    """A trained model artifact is missing, corrupt or of an unknown version."""

    title = "Model unavailable"
