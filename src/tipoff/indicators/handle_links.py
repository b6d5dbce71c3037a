"""Handles named by platform links: t.me/…, wa.me/…, line.me/…/p/…, open.kakao.com/o/…,
zalo.me/…, signal.me/#p/… (and the phone number behind the phone-based ones)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tipoff.indicators.handles import (
    TELEGRAM_INVITE,
    HandleMatch,
    canonical_handle_id,
    telegram_name,
)
from tipoff.indicators.phones import parse_phone

PLATFORM_HOSTS = frozenset(
    [
        "t.me",
        "www.t.me",
        "telegram.me",
        "telegram.dog",
        "wa.me",
        "api.whatsapp.com",
        "web.whatsapp.com",
        "chat.whatsapp.com",
        "whatsapp.com",
        "line.me",
        "liff.line.me",
        "open.kakao.com",
        "zalo.me",
        "signal.me",
    ]
)
_TELEGRAM_RESERVED = frozenset(
    {
        "share",
        "addstickers",
        "addemoji",
        "proxy",
        "socks",
        "iv",
        "c",
        "s",
        "joinchat",
        "login",
        "setlanguage",
        "addtheme",
        "bg",
        "confirmphone",
        "invoice",
        "boost",
    }
)


def handles_from_url(url: str, regions: tuple[str, ...]) -> list[HandleMatch]:
    """Handles named by a platform link (spans are left to the caller: 0, 0)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    segments = [s for s in parts.path.split("/") if s]
    values: list[tuple[str, str | None]] = []
    if host in ("t.me", "telegram.me", "telegram.dog", "www.t.me"):
        values.extend(_telegram_from_path(segments))
    elif host in (
        "wa.me",
        "api.whatsapp.com",
        "web.whatsapp.com",
        "chat.whatsapp.com",
        "whatsapp.com",
    ):
        phone = (
            segments[0]
            if host == "wa.me" and segments
            else parse_qs(parts.query).get("phone", [""])[0]
        )
        parsed = parse_phone("+" + phone.lstrip("+"), ()) if phone else None
        if parsed:
            values.append((f"whatsapp:{parsed[0]}", parsed[0]))
    elif host in ("line.me", "liff.line.me") and segments:
        last = segments[-1]
        if (
            len(segments) >= 2
            and segments[-2] == "p"
            and (value := canonical_handle_id("line", last))
        ):
            values.append((f"line:{value}", None))
    elif host == "open.kakao.com" and len(segments) >= 2 and segments[0] == "o":
        values.append((f"kakaotalk:o/{segments[1]}", None))
    elif host == "zalo.me" and segments:
        # zalo.me/84912… is international without "+" (as wa.me); zalo.me/0912… is national.
        digits = segments[0] if segments[0].isdigit() else None
        parsed = (
            (parse_phone("+" + digits, ()) or parse_phone(digits, regions or ("VN",)))
            if digits
            else None
        )
        if parsed:
            values.append((f"zalo:{parsed[0]}", parsed[0]))
        elif segments[0] == "g" and len(segments) >= 2:
            values.append((f"zalo:g/{segments[1]}", None))
    elif host == "signal.me" and parts.fragment.startswith("p/+"):
        parsed = parse_phone(parts.fragment[2:], ())
        if parsed:
            values.append((f"signal:{parsed[0]}", parsed[0]))
    return [HandleMatch(value, 0, 0, phone) for value, phone in values]


def _telegram_from_path(segments: list[str]) -> list[tuple[str, str | None]]:
    if not segments:
        return []
    first = segments[0]
    if first.startswith("+"):
        # invite hash (case matters); "t.me/+8190…" is a phone number instead
        return (
            [(f"telegram:{first}", None)]
            if TELEGRAM_INVITE.fullmatch(first) and not first[1:].isdigit()
            else []
        )
    if first == "joinchat" and len(segments) >= 2:
        invite = "+" + segments[1]
        return [(f"telegram:{invite}", None)] if TELEGRAM_INVITE.fullmatch(invite) else []
    if first == "s" and len(segments) >= 2:
        first = segments[1]
    name = first.lower()
    if name in _TELEGRAM_RESERVED:
        return []
    # "t.me/first.last" names no account Telegram allows; it is keyed as "@first.last" is.
    telegram = telegram_name(name)
    return [(f"telegram:{telegram}", None)] if telegram is not None else []
