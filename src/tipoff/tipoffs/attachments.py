"""Files attached to a tip-off or one of its messages: evidence screenshots, PDFs, CSV.

An attachment is checked here before it is stored on either side, whoever sent it:

- at most ``MAX_BYTES`` (2 MiB), not empty;
- its content type is **sniffed from the bytes** (``sniff``) against an allow-list — PNG,
  JPEG, GIF, WebP, PDF, CSV and plain UTF-8 text; what the client says the type is, and
  the file name's extension, are ignored. Anything else (HTML, SVG, executables, archives,
  Office files) is refused;
- its SHA-256 is computed here (a partner's claimed hash must match the bytes);
- it carries its own TLP marking, checked against the partner's clearance before it
  leaves (as the parts are);
- its name is cut to a safe file name (``safe_name``) for the Content-Disposition header.

A tip-off holds a given file once (unique per tip-off and SHA-256): attaching the same
bytes again, or receiving them again in a re-sent envelope, stores nothing new.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from tipoff.errors import ValidationError
from tipoff.model import TLP

MAX_BYTES = 2 * 1024 * 1024
MAX_PER_SIDE = 4  # files one side may attach to one tip-off (the envelope carries them all)
# Bytes one side may attach to one tip-off: base64 in an envelope (x 4/3) with the rest of it
# stays under the default 8 MiB request limit of the other side's inbox.
MAX_SIDE_BYTES = 5 * 1024 * 1024
MAX_NAME = 120
ALLOWED_TYPES: tuple[str, ...] = (
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "application/pdf",
    "text/csv",
    "text/plain",
)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """What a tip-off shows of an attachment (no bytes)."""

    sha256: str
    name: str
    content_type: str
    size: int
    tlp: str
    origin: str  # the agency that attached it
    event_id: str | None  # the message it belongs to, if any
    at: datetime


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment with its bytes."""

    info: AttachmentInfo
    data: bytes


def _text_like(data: bytes) -> str | None:
    """text/csv or text/plain for UTF-8 text without control characters, else None."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\t\r\n" for c in text) or "\x7f" in text:
        return None
    head = text.lstrip("\ufeff").lstrip().lower()
    if head.startswith(("<!doctype", "<html", "<svg", "<?xml", "<script")):
        return None  # markup is never accepted, even as "text"
    lines = [line for line in text.splitlines() if line.strip()][:50]
    for sep in (",", ";", "\t"):
        counts = {line.count(sep) for line in lines}
        if len(lines) >= 2 and len(counts) == 1 and counts != {0}:
            return "text/csv"
    return "text/plain"


def sniff(data: bytes) -> str | None:
    """The allowed content type the bytes are, or None (refused)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return _text_like(data)


_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "text/csv": ".csv",
    "text/plain": ".txt",
}


def safe_name(name: str, content_type: str) -> str:
    """A plain file name (letters, digits, ``._-``) ending in the sniffed type's extension."""
    last = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    stem = last.rsplit(".", 1)[0] if "." in last else last  # the client's extension is dropped
    folded = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", folded).strip("._-")[:MAX_NAME]
    return f"{stem or 'attachment'}{_EXTENSIONS[content_type]}"


def check_sha256(value: str) -> str:
    if not isinstance(value, str) or not _SHA256.match(value):
        raise ValidationError("a SHA-256 is 64 lower-case hex digits", path="sha256")
    return value


def make(
    data: bytes,
    name: str,
    tlp: str,
    *,
    origin: str,
    at: datetime,
    event_id: str | None = None,
    claimed_sha256: str | None = None,
) -> Attachment:
    """A checked attachment of ``data`` (ValidationError naming what is wrong)."""
    if not isinstance(data, bytes) or not data:
        raise ValidationError("an attachment is a non-empty file", path="attachment")
    if len(data) > MAX_BYTES:
        raise ValidationError(f"at most {MAX_BYTES} bytes", path="attachment.size")
    content_type = sniff(data)
    if content_type is None:
        raise ValidationError(
            "not an allowed file: PNG, JPEG, GIF, WebP, PDF, CSV or UTF-8 text",
            path="attachment.content_type",
        )
    try:
        marking = TLP(tlp).value
    except ValueError as error:
        raise ValidationError("unknown TLP marking", path="attachment.tlp") from error
    digest = hashlib.sha256(data).hexdigest()
    if claimed_sha256 is not None and claimed_sha256 != digest:
        raise ValidationError("the SHA-256 does not match the bytes", path="attachment.sha256")
    if event_id is not None and (not event_id or len(event_id) > 80):
        raise ValidationError("an event id of 1 to 80 characters", path="attachment.event_id")
    info = AttachmentInfo(
        digest,
        safe_name(name, content_type),
        content_type,
        len(data),
        marking,
        origin,
        event_id,
        at,
    )
    return Attachment(info, data)


def download_headers(info: AttachmentInfo) -> dict[str, str]:
    """Headers of a download no browser renders inline (API and dashboard alike): always
    ``attachment``, the sniffed type, no sniffing, a sandboxed empty policy, not cached."""
    return {
        "Content-Disposition": f'attachment; filename="{info.name}"',
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
    }
