"""Identifiers given with the kind their sender named: ``{"value": "yuki88", "kind": "line"}``.

Intake receives explicit identifiers from forms and partner feeds with a free-text kind
("line", "Telegram", "wechat", "phone", "account" …). A bare value such as "yuki88"
names no platform, so ``extract`` cannot key it; the hint can. ``canonicalize_hinted``
maps hint and value to one canonical indicator, the key ``extract`` gives the same
identifier written in a text ("LINE ID: yuki88" → ``line:yuki88``).
"""

from __future__ import annotations

from tipoff.indicators.canonical import canonical_handle, canonicalize
from tipoff.indicators.extract import extract
from tipoff.indicators.handles import platform_named
from tipoff.indicators.unhide import unhidden_text
from tipoff.model import IndicatorKind

K = IndicatorKind

# Hint words (lower-case, without spaces, "-" or "_") → the kinds to try, in order.
_KIND_HINTS: dict[str, tuple[IndicatorKind, ...]] = {
    **{word: (K.PHONE,) for word in ("phone", "tel", "telephone", "mobile", "cell", "sdt")},
    **{word: (K.EMAIL,) for word in ("email", "mail", "emailaddress")},
    **{word: (K.URL,) for word in ("url", "link", "website", "site", "web")},
    **{word: (K.DOMAIN,) for word in ("domain", "host", "hostname")},
    **{
        word: (K.WALLET,)
        for word in ("wallet", "crypto", "address", "usdt", "btc", "eth", "trc20", "erc20")
    },
    "iban": (K.IBAN,),
    **{word: (K.BIC,) for word in ("bic", "swift", "swiftcode")},
    **{
        word: (K.BANK_ACCOUNT, K.IBAN)
        for word in ("account", "bankaccount", "bank", "acct", "accountnumber", "stk", "口座")
    },
    "handle": (K.HANDLE,),
}
# Hint words that name a platform only as a kind or a channel, never in prose (a field's
# kind "snap", a message's channel "Instagram DM"): a Messenger sender is the Facebook
# account it writes from (Messenger usernames are Facebook usernames).
_PLATFORM_HINTS = {
    "snap": "snapchat",
    "messenger": "facebook",
    "fbmessenger": "facebook",
    "facebookmessenger": "facebook",
    "igdm": "instagram",
    "instagramdm": "instagram",
    "instagramdirect": "instagram",
    "tiktokdm": "tiktok",
    "snapchatdm": "snapchat",
    "xdm": "x",
    "twitterdm": "x",
    "twitterx": "x",
    "xtwitter": "x",
}
# When nothing is hinted (or the hint is unknown), what a whole value found by ``extract``
# most likely is: a t.me link given as an identifier is the Telegram account.
_PREFERENCE = (
    K.HANDLE,
    K.PHONE,
    K.WALLET,
    K.IBAN,
    K.BANK_ACCOUNT,
    K.EMAIL,
    K.URL,
    K.BIC,
    K.DOMAIN,
)


def canonicalize_hinted(
    value: str, kind_hint: str | None, country_hint: str | None = None
) -> tuple[IndicatorKind, str] | None:
    """(kind, canonical value) of an identifier given with a kind hint, or None.

    ``kind_hint`` is free text: a platform ("line", "telegram", "tg", "whatsapp", "wechat",
    "vx", "kakao", "zalo", "viber", "signal", "微信", "카톡", "instagram", "ig", "facebook",
    "fb", "messenger", "tiktok", "snapchat", "snap", "x", "twitter" …) makes the value a handle
    on it ("yuki88" → ``line:yuki88``; a phone number → ``whatsapp:+E164``); a kind
    ("phone", "email", "url", "domain", "wallet", "iban", "bic", "account" …) canonicalises
    the value as that kind (``country_hint`` reads national phone numbers and bank
    accounts). A value that a known hint cannot make valid gives None rather than a guess.
    With no hint, or one not listed, the value decides: the indicator ``extract`` finds
    over the whole value (a handle before a URL). Never raises on bad input.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    value = unhidden_text(value.strip())  # "t . me / name", a zero-width space inside
    hint = _hint_word(kind_hint)
    platform = hinted_platform(hint) if hint else None
    if platform is not None:
        return _handle_on(platform, value, country_hint)
    kinds = _KIND_HINTS.get(hint) or (
        (IndicatorKind(hint),) if hint in IndicatorKind._value2member_map_ else None
    )
    if kinds is None:
        return _guessed(value, country_hint)
    for kind in kinds:
        canonical = canonicalize(kind, value, country_hint=country_hint)
        if canonical is not None:
            return kind, canonical
    return None


def hinted_platform(kind_hint: str | None) -> str | None:
    """The messaging or social platform a kind hint or channel names ("LINE", "ig",
    "Instagram DM", "facebook_messenger", "snap" …), or None."""
    hint = _hint_word(kind_hint)
    return (platform_named(hint) or _PLATFORM_HINTS.get(hint)) if hint else None


def _hint_word(kind_hint: str | None) -> str:
    if not isinstance(kind_hint, str):
        return ""
    return "".join(c for c in kind_hint.lower() if c not in " -_.")


def _handle_on(
    platform: str, value: str, country_hint: str | None
) -> tuple[IndicatorKind, str] | None:
    regions = (country_hint.upper(),) if country_hint and len(country_hint) == 2 else ()
    prefix, sep, rest = value.partition(":")
    if sep and platform_named(prefix.lower()) == platform:
        value = rest.strip()  # "line:yuki88", "LINE: yuki88"
    if "/" in value:  # a platform link given as the identifier
        handle = canonical_handle(value, regions)
        if handle is not None and handle.startswith(platform + ":"):
            return K.HANDLE, handle
        url = canonicalize(K.URL, value)
        if url is not None:
            return K.URL, url  # a link that names no account ("lin.ee/AbC") keeps its own key
    handle = canonical_handle(f"{platform}:{value}", regions)
    return (K.HANDLE, handle) if handle is not None else None


def _guessed(value: str, country_hint: str | None) -> tuple[IndicatorKind, str] | None:
    """The indicator that spans the whole value, by _PREFERENCE."""
    whole = [
        found
        for found in extract(value, country_hint=country_hint)
        if found.start == 0 and found.end == len(value)
    ]
    for kind in _PREFERENCE:
        for found in whole:
            if found.kind is kind:
                return kind, found.value
    return None
