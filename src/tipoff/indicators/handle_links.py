"""Handles named by platform links: t.me/…, wa.me/…, line.me/…/p/…, open.kakao.com/o/…,
zalo.me/…, signal.me/#p/… (and the phone number behind the phone-based ones); the profile
links of social platforms: instagram.com/<name>, tiktok.com/@<name>, snapchat.com/add/<name>,
x.com/<name>, facebook.com/<name> and profile.php?id=<id> (not their posts, searches or
settings: instagram.com/p/…, facebook.com/groups/…, x.com/home …)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tipoff.indicators.handles import (
    TELEGRAM_INVITE,
    HandleMatch,
    canonical_handle_id,
    social_name,
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
# Social platforms' hosts, by platform (profile links: www. and mobile hosts included).
SOCIAL_HOSTS: dict[str, str] = {
    **dict.fromkeys(
        ("instagram.com", "www.instagram.com", "m.instagram.com", "instagr.am", "www.instagr.am"),
        "instagram",
    ),
    **dict.fromkeys(("tiktok.com", "www.tiktok.com", "m.tiktok.com"), "tiktok"),
    **dict.fromkeys(("snapchat.com", "www.snapchat.com", "story.snapchat.com"), "snapchat"),
    **dict.fromkeys(
        (
            "x.com",
            "www.x.com",
            "mobile.x.com",
            "twitter.com",
            "www.twitter.com",
            "mobile.twitter.com",
        ),
        "x",
    ),
    **dict.fromkeys(
        (
            "facebook.com",
            "www.facebook.com",
            "m.facebook.com",
            "web.facebook.com",
            "mbasic.facebook.com",
            "touch.facebook.com",
            "fb.com",
            "www.fb.com",
            "m.me",
        ),
        "facebook",
    ),
}
PLATFORM_HOSTS = PLATFORM_HOSTS | frozenset(SOCIAL_HOSTS)
# First path segments that are the platform's own pages, not an account.
_SOCIAL_RESERVED = {
    "instagram": frozenset(
        {"p", "reel", "reels", "tv", "explore", "accounts", "direct", "about", "developer"}
        | {"legal", "web", "challenge", "emails", "privacy", "terms", "static", "api", "oauth"}
        | {"graphql", "create", "lite", "download", "help", "press", "topics", "locations"}
        | {"directory", "session", "invites", "ar", "s", "stories"}
    ),
    "x": frozenset(
        {"home", "i", "search", "explore", "notifications", "messages", "settings", "intent"}
        | {"share", "hashtag", "login", "signup", "logout", "compose", "tos", "privacy"}
        | {"about", "jobs", "download", "account", "oauth", "en", "x", "twitter", "following"}
        | {"followers", "lists", "bookmarks", "communities", "premium", "verified", "help"}
    ),
    "facebook": frozenset(
        {"groups", "pages", "pg", "share", "sharer", "watch", "marketplace", "events", "photo"}
        | {"photos", "story.php", "permalink.php", "photo.php", "video.php", "login", "help"}
        | {"privacy", "policies", "settings", "notifications", "messages", "reel", "reels"}
        | {"hashtag", "gaming", "fundraisers", "ads", "business", "legal", "careers", "l.php"}
        | {"sharer.php", "dialog", "plugins", "tr", "search", "home.php", "friends"}
        | {"bookmarks", "saved", "stories", "live", "media", "places", "games", "apps"}
        | {"recover", "checkpoint", "r.php", "donate", "news", "memories", "feeds", "lite"}
        | {"mobile", "about", "terms", "cookies", "public", "directory", "login.php", "home"}
        | {"profile", "page", "people", "profile.php", "watchparty", "shops", "commerce"}
    ),
}
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
    elif host in SOCIAL_HOSTS:
        values.extend(_social_from_path(SOCIAL_HOSTS[host], segments, parts.query))
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


def _social_from_path(platform: str, segments: list[str], query: str) -> list[tuple[str, None]]:
    """The account a social platform's profile link names (none for its own pages)."""
    name = _profile_segment(platform, segments, query)
    if name is None:
        return []
    value = social_name(platform, name.lower())
    return [(f"{platform}:{value}", None)] if value is not None else []


def _profile_segment(platform: str, segments: list[str], query: str) -> str | None:
    if not segments:
        return None
    first = segments[0]
    if platform == "tiktok":  # tiktok.com/@name (its videos: /@name/video/…, same account)
        return first[1:] if first.startswith("@") else None
    if platform == "snapchat":  # snapchat.com/add/name, snapchat.com/@name
        if first.startswith("@"):
            return first[1:]
        return segments[1] if first == "add" and len(segments) >= 2 else None
    if platform == "instagram" and first == "_u" and len(segments) >= 2:
        return segments[1]  # the app's deep link
    if platform == "facebook":
        if first == "profile.php":
            return parse_qs(query).get("id", [None])[0]
        if first == "people" and len(segments) >= 3:
            return segments[2]  # facebook.com/people/<display name>/<id>
    if first.lower() in _SOCIAL_RESERVED.get(platform, ()):
        return None
    return first
