"""Throttling of dashboard logins: failed attempts counted per account and per client address.

The counters live in the ``login_failures`` table, so they survive a restart and are shared
by every API process. A subject (an account, or an address) that reaches its limit of failures
within ``login_window_s`` is refused — 429 with Retry-After — until the window that began with
its first counted failure is over, even with the right password. A successful login clears
the account's counter, not the address's. Updates are one atomic upsert, so concurrent
failures are all counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, case, delete, select, tuple_
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from tipoff.settings import Settings
from tipoff.store.tables import login_failures

ACCOUNT = "account"
ADDRESS = "address"


@dataclass(frozen=True, slots=True)
class ThrottlePolicy:
    """How many failures each kind of subject may have within one window."""

    per_account: int
    per_address: int
    window_s: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ThrottlePolicy:
        return cls(
            settings.login_failures_per_account,
            settings.login_failures_per_address,
            settings.login_window_s,
        )

    def limit(self, scope: str) -> int:
        return self.per_account if scope == ACCOUNT else self.per_address


def _subjects(account: str | None, address: str) -> list[tuple[str, str]]:
    accounts = [(ACCOUNT, _bounded(account))] if account is not None else []
    return [*accounts, (ADDRESS, _bounded(address))]


def throttled_account(principal: str, *, password: bool) -> str | None:
    """The account a failed login counts against: a password account's principal, or None
    for an API key. An account lock stops distributed guessing of a password; a key has 256
    random bits and is not guessed, so counting failures against its public prefix only let
    whoever learnt the prefix lock its holder out (5 wrong keys with it: 429 for 15 minutes)."""
    return principal if password else None


def _bounded(subject: str) -> str:
    # Fits the column (a 300-character prefix of a typed name is still one subject), and no
    # NUL, which PostgreSQL refuses in text.
    return subject[:300].replace("\x00", "\ufffd")


def locked_for(
    engine: Engine, policy: ThrottlePolicy, account: str | None, address: str, now_s: int
) -> int:
    """Seconds until ``account`` from ``address`` may try again; 0 when it may now (``account``
    None: only the address counts, see ``throttled_account``)."""
    query = select(login_failures).where(
        tuple_(login_failures.c.scope, login_failures.c.subject).in_(_subjects(account, address))
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    wait = 0
    for row in rows:
        ends = row.window_start + policy.window_s
        if row.failures >= policy.limit(row.scope) and now_s < ends:
            wait = max(wait, ends - now_s)
    return wait


def record_failure(
    engine: Engine, policy: ThrottlePolicy, account: str | None, address: str, now_s: int
) -> None:
    """Count one failed login against the account and the address."""
    insert = postgres_insert if engine.dialect.name == "postgresql" else sqlite_insert
    expired = login_failures.c.window_start <= now_s - policy.window_s
    with engine.begin() as connection:
        # Counters whose window is over hold nothing: drop them (the table stays small).
        connection.execute(delete(login_failures).where(expired))
        for scope, subject in _subjects(account, address):
            statement = insert(login_failures).values(
                scope=scope, subject=subject, window_start=now_s, failures=1
            )
            # Both SET expressions read the old row, so an expired window restarts at 1.
            statement = statement.on_conflict_do_update(
                index_elements=[login_failures.c.scope, login_failures.c.subject],
                set_={
                    "failures": case((expired, 1), else_=login_failures.c.failures + 1),
                    "window_start": case((expired, now_s), else_=login_failures.c.window_start),
                },
            )
            connection.execute(statement)


def clear_account(engine: Engine, account: str) -> None:
    """Forget the account's failures (after it logged in)."""
    with engine.begin() as connection:
        connection.execute(
            delete(login_failures).where(
                login_failures.c.scope == ACCOUNT, login_failures.c.subject == _bounded(account)
            )
        )
