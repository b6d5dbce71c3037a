"""Other ways people write the same identifier (``WorldConfig.spelling_variants``).

An identifier's own spellings (``Ident.spellings``) are those its generator was written
with; an extractor tuned on them can still split one real identifier into several values.
With ``spelling_variants`` > 0 a written identifier is, that often, respelled the way a
victim copying it by hand, from a screenshot or from a phone writes it: an international
number without its "+" or with the trunk "(0)", a number cut by a line break, a link with
"http://" or a trailing "/", a capitalised first letter, a Telegram name without "@", a
wallet as a payment URI or in another letter case, a Japanese account as branch-account,
a national account in groups of four or in Thai digits. Every variant names the same
identifier, so the truth key does not change: an extractor that yields another value for it
has split one identifier in two, and the evaluation sees it.
"""

from __future__ import annotations

import random

from tipoff.simulate.identity import Ident

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def respell(rng: random.Random, ident: Ident, raw: str, lang: str) -> str:
    """Another spelling of ``ident`` (written ``raw`` by a writer of ``lang``), or ``raw``."""
    options = _variants(ident, lang)
    return options[int(rng.random() * len(options))] if options else raw


def _variants(ident: Ident, lang: str) -> list[str]:
    kind, value = ident.kind, ident.value
    if kind == "phone":
        return _phone_variants(ident)
    if kind == "handle":
        return _handle_variants(ident, lang)
    if kind == "url":
        return _url_variants(value)
    if kind == "domain":
        return [f"http://{value}", f"{value}/", value[:1].upper() + value[1:]]
    if kind == "email":
        local, _, host = value.partition("@")
        return [f"{local.capitalize()}@{host}", f"{local}@{host.upper()}"]
    if kind == "wallet":
        return _wallet_variants(ident)
    if kind == "bank_account":
        return _account_variants(ident, lang)
    return []


def _international(ident: Ident) -> str | None:
    """The grouped international form ("+81 90-1234-5678") among the phone's spellings."""
    return next((f for f in ident.spellings.get("*", ()) if f.startswith("+") and " " in f), None)


def _phone_variants(ident: Ident) -> list[str]:
    intl = _international(ident)
    if intl is None:
        return []
    head, _, rest = intl.partition(" ")
    out = [intl[1:], f"{head}\n{rest}"]  # no "+"; the country code at the end of a line
    national = ident.local[0] if ident.local else ""
    if national.startswith("0") and len(national) > 1:
        out.append(f"{head} (0){national[1:]}")
    return out


def _handle_variants(ident: Ident, lang: str) -> list[str]:
    platform, _, name = ident.value.partition(":")
    if platform in ("whatsapp", "zalo", "viber"):
        digits = name.removeprefix("+")
        word = {"whatsapp": "WA", "zalo": "Zalo", "viber": "Viber"}[platform]
        return [f"{word}: {name}", f"{word} +{digits[:2]} {digits[2:]}"]
    written = _written_name(ident, name)
    if platform == "telegram":
        return [
            f"Telegram {written}",
            f"telegram.me/{written}",
            f"TG: {written}",
            f"@{written.upper()}",
        ]
    if platform == "line":
        return [f"line id {written}", f"LINE: {written}", f"ID LINE {written}"]
    if platform == "wechat":
        if lang == "zh":
            return [f"vx {written}", f"微信：{written}", f"V信 {written}"]
        return [f"WeChat ID {written}", f"WX: {written}"]
    if platform == "kakaotalk" and "/" not in name:
        if lang == "ko":
            return [f"카톡 {written}", f"카카오톡: {written}", f"카톡ID {written}"]
        return [f"Kakao ID: {written}", f"KakaoTalk: {written}"]
    return []


def _written_name(ident: Ident, name: str) -> str:
    """The handle as its generator wrote it (case kept), found in its spellings."""
    for forms in ident.spellings.values():
        for form in forms:
            at = form.lower().rfind(name)
            if at >= 0 and len(form) - at == len(name):
                return form[at:]
    return name


def _url_variants(url: str) -> list[str]:
    rest = url.removeprefix("https://")
    out = [f"http://{rest}", f"Https://{rest}"]
    if "?" not in rest and "#" not in rest and not rest.endswith("/"):
        out.append(f"{url}/")
    return out


def _wallet_variants(ident: Ident) -> list[str]:
    chain, _, address = ident.value.partition(":")
    if chain == "eth":
        shown = ident.attrs.get("display", address)
        return [address, "0x" + address[2:].upper(), f"ethereum:{shown}"]
    if chain == "tron":
        return [f"tron:{address}", f"TRON: {address}", f"USDT TRC-20 {address}"]
    if chain == "btc":
        written = _written_name(ident, address)
        upper = [written.upper()] if written.startswith("bc1") else []
        return [f"bitcoin:{written}", *upper]
    return []


def _account_variants(ident: Ident, lang: str) -> list[str]:
    attrs = ident.attrs
    bank, number = attrs.get("bank", ""), attrs.get("number", "")
    if not bank or not number:
        return []
    if ident.country == "JP":
        branch = attrs.get("branch", "")
        return [f"{bank} {branch}-{number}", f"{bank} 店番{branch} 口座番号{number}"]
    if "bsb" in attrs:
        return [f"BSB {attrs['bsb'].replace('-', '')} account {number} ({bank})"]
    if ident.country == "US":
        return []  # the routing number is part of the key; its spellings carry it
    spaced = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    out = [f"{bank} {spaced}"]
    if lang == "th":
        out.append(f"{bank} {number.translate(_THAI_DIGITS)}")
    return out
