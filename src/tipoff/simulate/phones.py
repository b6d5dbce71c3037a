"""Valid phone numbers of the scam and victim countries, and how people write them.

Numbers are drawn once per world (phonenumbers is far too slow for the per-report
hot loop) and every one is VALID for its region according to phonenumbers.
"""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from tipoff.simulate.identity import Ident

_FULLWIDTH = str.maketrans("0123456789-+()", "０１２３４５６７８９－＋（）")
_TYPES = {"mobile": PhoneNumberType.MOBILE, "fixed": PhoneNumberType.FIXED_LINE}
# Prefixes scammers' VoIP and SIM boxes show in Japan (050 IP phones) and the US.
_PREFIX_OVERRIDES = {("JP", "voip"): "50"}


def random_phone(rng: random.Random, region: str, kind: str = "mobile") -> phonenumbers.PhoneNumber:
    """A random number that phonenumbers accepts as valid for ``region``."""
    if kind == "voip":
        example = phonenumbers.example_number_for_type(region, PhoneNumberType.VOIP)
    else:
        example = phonenumbers.example_number_for_type(region, _TYPES[kind])
    if example is None:
        example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    if example is None:
        raise ValueError(f"phonenumbers has no example number for region {region!r}")
    national = str(example.national_number)
    keep = _PREFIX_OVERRIDES.get((region, kind), national[:2])
    for _ in range(500):
        digits = keep + "".join(rng.choice("0123456789") for _ in range(len(national) - len(keep)))
        number = phonenumbers.PhoneNumber(
            country_code=example.country_code, national_number=int(digits)
        )
        if phonenumbers.is_valid_number_for_region(number, region):
            return number
    raise RuntimeError(f"could not draw a valid {kind} number for {region}")


def _variants(text: str) -> list[str]:
    """Spaces, dots, dashes and no separators at all: the same number as people type it."""
    return [
        text,
        text.replace(" ", "-"),
        text.replace(" ", "."),
        text.replace(" ", "").replace("-", ""),
    ]


def phone_ident(number: phonenumbers.PhoneNumber, region: str) -> Ident:
    """An Ident for a phone number with international and national spellings."""
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl_forms = [e164, *_variants(intl), "00" + e164[1:], "(+" + intl[1:].replace(" ", ") ", 1)]
    local_forms = _variants(national)
    if region == "JP":
        local_forms.append(national.translate(_FULLWIDTH))
        intl_forms.append(intl.translate(_FULLWIDTH))
    return Ident(
        kind="phone",
        value=e164,
        country=region,
        spellings={"*": tuple(dict.fromkeys(intl_forms))},
        local=tuple(dict.fromkeys(f for f in local_forms if f not in intl_forms)),
        attrs={"region": region},
    )


def whatsapp_ident(phone: Ident, platform: str = "whatsapp") -> Ident:
    """A messenger account registered on a phone number (WhatsApp, Zalo, Viber)."""
    digits = phone.value[1:]
    forms = [
        f"wa.me/{digits}",
        f"https://wa.me/{digits}",
        f"WhatsApp {phone.spellings['*'][1]}",
        f"WhatsApp: {phone.value}",
    ]
    if platform == "zalo":
        forms = [f"Zalo {phone.spellings['*'][1]}", f"zalo.me/{digits}", f"Zalo: {phone.value}"]
    return Ident(
        kind="handle",
        value=f"{platform}:{phone.value}",
        country=phone.country,
        spellings={"*": tuple(forms)},
        local=tuple(f"{'Zalo' if platform == 'zalo' else 'WhatsApp'} {f}" for f in phone.local[:2]),
        attrs={"platform": platform},
        alt=(phone.key,),
    )
