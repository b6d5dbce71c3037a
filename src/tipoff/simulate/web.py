"""Messenger handles, fake platform domains, app links and e-mail addresses of a network."""

from __future__ import annotations

import random

from tipoff.simulate.identity import Ident

_SYLLABLES = [
    "coin",
    "bit",
    "nova",
    "vex",
    "ark",
    "flux",
    "gold",
    "star",
    "zen",
    "apex",
    "prime",
    "luna",
    "orbit",
    "quant",
    "meta",
    "trust",
    "wise",
    "royal",
    "crown",
    "sky",
    "jin",
    "fortune",
    "lucky",
    "dragon",
]
_INVEST_SUFFIX = [
    "ex",
    "-global",
    "pro",
    "-fx",
    "trade",
    "-markets",
    "capital",
    "dex",
    "-coin",
    "ai",
]
_GAMBLE_SUFFIX = ["bet", "88", "casino", "win", "777", "-slots", "play", "-sports"]
_TLDS = [
    "top",
    "vip",
    "cc",
    "xyz",
    "com",
    "net",
    "io",
    "app",
    "asia",
    "live",
    "shop",
    "club",
    "pro",
]
_PHISH_BRANDS = [
    "yamato",
    "sagawa",
    "japanpost",
    "smbc-card",
    "aeon-card",
    "usps",
    "dhl",
    "kerry",
    "jnt",
    "paypal",
    "amazon-jp",
    "rakuten",
    "apple-id",
    "sf-express",
    "cj-logis",
    "etc-meisai",
]
_PHISH_WORDS = [
    "-redelivery",
    "-verify",
    "-security",
    "-support",
    "-login",
    "-update",
    "-delivery",
    "-secure",
]
_NAMES = [
    "anna",
    "lily",
    "mei",
    "yuki",
    "sakura",
    "kevin",
    "james",
    "david",
    "linda",
    "grace",
    "mina",
    "jisoo",
    "hana",
    "tom",
    "leo",
    "emma",
    "sophia",
    "chen",
    "wang",
    "kenji",
    "hiro",
    "nam",
    "ploy",
    "ayu",
]
_ROLES = [
    "trader",
    "invest",
    "mentor",
    "coach",
    "vip",
    "cs",
    "service",
    "hr",
    "jobs",
    "agent",
    "assist",
    "support",
    "official",
    "teacher",
    "manager",
    "team",
]


def brand(rng: random.Random, family: str) -> str:
    """A fake platform brand such as ``NovaVex`` (investment) or ``Lucky88`` (gambling)."""
    head = rng.choice(_SYLLABLES)
    if family == "gambling":
        return head.capitalize() + rng.choice(_GAMBLE_SUFFIX).strip("-").capitalize()
    return head.capitalize() + rng.choice(_SYLLABLES + _INVEST_SUFFIX).strip("-").capitalize()


def domain_ident(rng: random.Random, family: str, brand_name: str) -> Ident:
    """A fake platform or phishing domain with the links people paste (https, bare, defanged)."""
    if family == "phishing":
        host = rng.choice(_PHISH_BRANDS) + rng.choice(_PHISH_WORDS) + f".{rng.choice(_TLDS)}"
    else:
        suffix = rng.choice(["", "-", "app", "ex", "vip", str(rng.randrange(2, 99))])
        host = (
            brand_name.lower()
            + (suffix if suffix != "-" else "-" + rng.choice(_SYLLABLES))
            + f".{rng.choice(_TLDS)}"
        )
    forms = (host, f"https://{host}", f"www.{host}", f"https://{host}/#/register")
    return Ident("domain", host, None, {"*": forms}, attrs={"family": family, "brand": brand_name})


def app_link_ident(rng: random.Random, domain: Ident) -> Ident:
    """A download or invite link on a fake platform's domain (APK, H5 web app, invite code)."""
    host = domain.value
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if domain.attrs["family"] == "phishing":
        path = rng.choice(
            [
                "/jp/redelivery",
                f"/verify/login?id={code}",
                f"/track?no={code}",
                "/member/confirm",
                f"/r/{code}",
            ]
        )
        url = f"https://{host}{path}"
        return Ident(
            "url", url, None, {"*": (url, url.removeprefix("https://"))}, attrs={"domain": host}
        )
    path = rng.choice(
        [
            f"/download/{domain.attrs['brand'].lower()}.apk",
            f"/h5/#/register?invite={code}",
            f"/#/pages/login/register?code={code}",
            f"/app/download?ref={code}",
            f"/m/index.html?inv={code}",
        ]
    )
    sub = rng.choice(["app.", "m.", "dl.", "h5.", ""])
    url = f"https://{sub}{host}{path}"
    return Ident(
        "url", url, None, {"*": (url, url.removeprefix("https://"))}, attrs={"domain": host}
    )


def _handle_name(rng: random.Random) -> str:
    sep = rng.choice(["_", "", "."])
    name = rng.choice(_NAMES) + sep + rng.choice(_ROLES)
    if rng.random() < 0.6:
        name += str(rng.randrange(1, 9999))
    return name


def telegram_ident(rng: random.Random) -> Ident:
    name = _handle_name(rng).replace(".", "_")
    forms = (
        f"@{name}",
        f"t.me/{name}",
        f"https://t.me/{name}",
        f"Telegram: @{name}",
        f"TG @{name}",
    )
    return Ident(
        "handle", f"telegram:{name.lower()}", None, {"*": forms}, attrs={"platform": "telegram"}
    )


def line_ident(rng: random.Random) -> Ident:
    name = _handle_name(rng).replace("_", ".")
    forms = {
        "ja": (
            f"LINE ID：{name}",
            f"ラインID {name}",
            f"LINE ID: {name}",
            f"https://line.me/ti/p/~{name}",
        ),
        "th": (f"ไลน์ไอดี {name}", f"Line ID: {name}", f"line.me/ti/p/~{name}", f"แอดไลน์ {name}"),
        "*": (f"LINE ID: {name}", f"line.me/ti/p/~{name}", f"Line: {name}"),
    }
    return Ident("handle", f"line:{name.lower()}", None, forms, attrs={"platform": "line"})


def wechat_ident(rng: random.Random) -> Ident:
    name = rng.choice(["wxid_", ""]) + _handle_name(rng).replace(".", "_")
    forms = {
        "zh": (f"微信号：{name}", f"微信 {name}", f"加我微信{name}", f"VX：{name}"),
        "*": (f"WeChat ID: {name}", f"WeChat: {name}"),
    }
    return Ident("handle", f"wechat:{name.lower()}", None, forms, attrs={"platform": "wechat"})


def kakao_ident(rng: random.Random) -> Ident:
    name = _handle_name(rng).replace(".", "_")
    code = "".join(
        rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)
    )
    if rng.random() < 0.5:
        forms = {
            "ko": (f"카톡 ID: {name}", f"카카오톡 아이디 {name}", f"카톡아이디 {name}"),
            "*": (f"KakaoTalk ID: {name}",),
        }
        return Ident(
            "handle", f"kakaotalk:{name.lower()}", None, forms, attrs={"platform": "kakaotalk"}
        )
    url = f"https://open.kakao.com/o/s{code}"
    return Ident(
        "url",
        url,
        None,
        {"*": (url, url.removeprefix("https://"))},
        attrs={"platform": "kakaotalk"},
    )


def email_ident(rng: random.Random, domain: str | None) -> Ident:
    local = _handle_name(rng).replace("_", ".")
    host = domain or rng.choice(
        ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "163.com", "qq.com"]
    )
    addr = f"{local}@{host}"
    return Ident(
        "email", addr.lower(), None, {"*": (addr, f"E-mail: {addr}", addr.replace("@", " [at] "))}
    )
