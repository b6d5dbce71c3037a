"""Which text encoding a report file is in, and decoding it one line at a time.

Agencies export from spreadsheets and case systems that still write legacy encodings:
Shift-JIS (Japan), GB18030 (mainland China), Big5 (Taiwan, Hong Kong), EUC-KR (Korea),
TIS-620 / cp874 (Thailand), Windows-1252 (Western Europe, the Americas). ``tipoff ingest``
reads UTF-8 unless told otherwise (``--encoding``); a file that is not valid UTF-8 is
sampled and ``charset_normalizer``, restricted to those legacy encodings, picks the one that
decodes the sample with the least noise. The choice is reported, never silent, and every
line is decoded strictly: a line the chosen encoding cannot decode is rejected with its line
number, the rest of the file is still stored.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from tipoff.errors import ValidationError

# The legacy encodings detection chooses from, most specific first (cp932 is Shift-JIS as
# Windows writes it; cp874 is TIS-620 with Windows' extra punctuation).
LEGACY_ENCODINGS = ("cp932", "gb18030", "big5", "euc_kr", "cp874", "cp1252")
SAMPLE_BYTES = 1 << 20  # enough lines to tell the encodings apart, cheap to read


@dataclass(frozen=True, slots=True)
class FileEncoding:
    """The encoding a file is read with, and how it was chosen (``given``, ``utf-8``,
    ``detected``)."""

    name: str
    how: str

    def describe(self) -> str:
        """For the terminal: ``read as cp932 (detected)``, ``read as utf-8``."""
        return f"read as {self.name}" + ("" if self.how == "utf-8" else f" ({self.how})")


def checked_encoding(name: str) -> str:
    """The codec's canonical name for ``name``; ValidationError for one Python does not know."""
    try:
        return codecs.lookup(name).name
    except LookupError as error:
        raise ValidationError(
            f"unknown encoding {name!r}: use e.g. utf-8, shift_jis, gb18030, big5, euc_kr, "
            "cp874, cp1252",
            path="--encoding",
        ) from error


def file_encoding(path: Path, given: str | None = None) -> FileEncoding:
    """The encoding to read ``path`` with: ``given``, else UTF-8 when the sample is UTF-8,
    else the legacy encoding that decodes the sample best (UTF-8 when none does)."""
    if given:
        return FileEncoding(checked_encoding(given), "--encoding")
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    return detect(_whole_lines(sample))


def detect(sample: bytes) -> FileEncoding:
    """The encoding of ``sample`` (whole lines of a file), see ``file_encoding``.

    UTF-8 wins when at least as many of the sample's non-ASCII lines decode as UTF-8 as do
    not: legacy-encoded text is practically never valid UTF-8, so such a file is UTF-8 with
    a few broken lines (which are then rejected), not a legacy file.
    """
    decoded = failed = 0
    for line in sample.splitlines():
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            decoded += 1
        except UnicodeDecodeError:
            failed += 1
    if decoded >= failed:
        return FileEncoding("utf-8", "utf-8")
    best = from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        # Nothing decodes it cleanly: read UTF-8 and reject the lines that are not.
        return FileEncoding("utf-8", "no legacy encoding fits; read as utf-8")
    return FileEncoding(checked_encoding(best.encoding), "detected")


def _whole_lines(sample: bytes) -> bytes:
    """``sample`` up to its last newline, so no multi-byte character is cut in half."""
    end = sample.rfind(b"\n")
    return sample if end < 0 or len(sample) < SAMPLE_BYTES else sample[: end + 1]


def decode_line(raw: bytes, encoding: str) -> tuple[str, str | None]:
    """(text, None) for a line that decodes; (text with escapes, why not) for one that does not."""
    try:
        return raw.decode(encoding), None
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.end].hex(" ")
        why = (
            f"line is not valid {encoding} text (byte {bad} at byte {error.start + 1}); "
            "fix the line or give the file's encoding with --encoding"
        )
        return raw.decode(encoding, errors="backslashreplace"), why
