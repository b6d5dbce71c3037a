"""Canonical forms of values a person typed: one identifier, in any spelling, of a known kind.

``canonicalize(kind, value)`` is what a form field, a STIX import, a search box or a
warninglist entry goes through; ``extract`` finds values in free text and gives them the same
canonical forms. Canonicalising a canonical value returns it unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from tipoff.indicators import banks, crypto, handle_links, handles, hotlines, iban, phones, urls
from tipoff.indicators.normalize import fold
from tipoff.indicators.unhide import unhidden_text
from tipoff.model import IndicatorKind

K = IndicatorKind


def canonicalize(
    kind: IndicatorKind | str, value: str, *, country_hint: str | None = None
) -> str | None:
    """Canonical form of ``value`` as a ``kind`` indicator typed in any spelling, or None.

    Canonicalising a canonical value returns it unchanged. Never raises on bad input
    (an unknown kind raises ValueError).
    """
    kind = IndicatorKind(kind)
    if not isinstance(value, str) or not value.strip():
        return None
    hint = country_hint.upper() if country_hint and len(country_hint) == 2 else None
    try:
        return _CANONICALIZERS[kind](unhidden_text(fold(value)), hint)
    except (ValueError, UnicodeError, IndexError):
        return None


def _wallet(value: str, hint: str | None) -> str | None:
    return crypto.canonical_wallet(fold(value.strip()))


_CANONICALIZERS: dict[IndicatorKind, Callable[[str, str | None], str | None]] = {
    K.PHONE: lambda v, h: phones.canonical_phone(v, h) or hotlines.canonical_hotline(v, h),
    K.IBAN: lambda v, h: iban.canonical_iban(fold(v)),
    K.BIC: lambda v, h: iban.canonical_bic(fold(v)),
    K.BANK_ACCOUNT: lambda v, h: banks.canonical_bank_account(v, h),
    K.WALLET: _wallet,
    K.DOMAIN: lambda v, h: urls.canonical_domain(v),
    K.URL: lambda v, h: urls.canonical_url(v),
    K.EMAIL: lambda v, h: urls.canonical_email(v),
    K.HANDLE: lambda v, h: canonical_handle(v, (h,) if h else ()),
}


def canonical_handle(value: str, regions: tuple[str, ...] = ()) -> str | None:
    """Canonical ``platform:id`` for a handle typed as "telegram:Name", "@name", "t.me/name" …"""
    text = fold(value.strip())
    platform, sep, rest = text.partition(":")
    if sep and platform.lower() in handles.PLATFORM_WORDS:
        platform = platform.lower()
        if (
            platform == "telegram"
            and handles.TELEGRAM_INVITE.fullmatch(rest)
            and not rest[1:].isdigit()
        ):
            return f"telegram:{rest}"
        if rest.startswith(("o/", "g/")) and platform in ("kakaotalk", "zalo"):
            return f"{platform}:{rest}"
        if (
            platform in handles.PHONE_PLATFORMS
            and handles.PHONE_SPELLING.fullmatch(rest)
            and (parsed := phones.parse_phone(rest, regions))
        ):
            return f"{platform}:{parsed[0]}"
        ident = handles.canonical_handle_id(platform, rest)
        if ident is not None and platform == "line" and rest.startswith("@"):
            ident = "@" + ident.lstrip("@")
        return f"{platform}:{ident}" if ident else None
    url = urls.canonical_url(text) if "/" in text else None
    if url is not None:
        for handle in handle_links.handles_from_url(url, regions):
            return handle.value
    lowered = text.lower()
    for handle in handles.find_keyword_handles(text, lowered, regions):
        return handle.value
    for handle in handles.find_bare_at_handles(text, lowered):
        return handle.value
    return _spaced_whole(text, regions)


# ID words a handle field may hold around the platform name ("ID LINE x", "Telegram name x").
_FIELD_ID_WORDS = frozenset(
    {"id", "i.d.", "username", "user", "name", "アイディ", "아이디", "ไอดี", "号", "號", "账号"}
)

# Words after a platform's name that name a product of it, not an account ("LINE Pay").
_NOT_FIELD_IDS = frozenset(
    {"pay", "bank", "premium", "official", "group", "channel", "app", "web", "desktop"}
    | {"messenger", "wallet", "money", "call", "chat", "video", "business", "lite", "id"}
    | {word for words in handles.PLATFORM_WORDS.values() for word in words}
)


def _spaced_whole(text: str, regions: tuple[str, ...]) -> str | None:
    """A whole value that is a platform name and an ID with only spaces or ID words between
    ("Telegram wangjobs", "ID LINE yuki.88", "V信 leo_1823", "vx naminvest"): a field
    given as an identifier (a sender id, an explicit identifier) holds nothing else, so
    the value is the ID even where prose would need a separator or a digit."""
    words = [
        w
        for w in text.replace("：", " ").replace(":", " ").split()
        if w.lower() not in _FIELD_ID_WORDS
    ]
    if not 2 <= len(words) <= 3:
        return None
    platform = handles.platform_named(" ".join(words[:-1]))
    if platform is None or words[-1].lower() in _NOT_FIELD_IDS:
        return None
    ident = words[-1]
    return canonical_handle(f"{platform}:{ident}", regions) if ":" not in ident else None
