"""The public check's words in the reader's language: page text, verdicts, red flags, scam types.

The check page and ``POST /api/v1/check`` answer in English, Japanese, Chinese, Korean, Thai,
Vietnamese, Indonesian, Khmer or Tagalog. Each language is one data file,
``data/lang/<code>.json``, with the same keys (tests/check/test_check_wording.py checks it).
English is the source: its red-flag explanations are those of the assessment
(``tipoff.assess`` ``flags.json``) and its scam-type names ``tipoff.check.scam_names``; the other
files translate them, keyed by flag code and scam-type code. A key a file lacks falls back to
English, so a new flag code is never shown blank.

``choose_language`` picks the language: the reader's own choice (the page's language switch),
else the language of the pasted text when the browser also accepts it, else the browser's
first supported language (``Accept-Language``), else the text's language, else English.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tipoff.check.scam_names import plain_name

LANGUAGES: tuple[str, ...] = ("en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl")
DEFAULT = "en"
LANG_DIR = Path(__file__).parent / "data" / "lang"
_MAX_ACCEPT = 40  # Accept-Language entries read (a header can hold any number)


@dataclass(frozen=True)
class Wording:
    """Every word of the public check in one language (falling back to English)."""

    lang: str
    name: str  # the language's own name, for the switch
    sections: dict[str, dict[str, str]]
    english: dict[str, dict[str, str]]

    def _get(self, section: str, key: str) -> str | None:
        found = self.sections.get(section, {}).get(key)
        return found if found is not None else self.english.get(section, {}).get(key)

    def text(self, key: str, **values: object) -> str:
        """A page text (``too_many`` takes ``seconds``)."""
        found = self._get("page", key) or key
        return found.format(**values) if values else found

    def verdict(self, verdict: str) -> str:
        return self._get("verdicts", verdict) or verdict

    def band(self, band: str) -> str:
        return self._get("bands", band) or band

    def kind(self, kind: str) -> str:
        """An identifier kind (phone, wallet, …) in words."""
        return self._get("kinds", kind) or kind

    def flag(self, code: str, english: str) -> str:
        """A red flag's explanation; ``english`` is the assessment's own (the source)."""
        return self.sections.get("flags", {}).get(code) or english

    def scam_type(self, code: str) -> str:
        """A scam type's plain name."""
        return self.sections.get("scam_types", {}).get(code) or plain_name(code)

    def common_words(self, lists: Iterable[str]) -> str:
        """What the warninglists a value is on say it is ("a placeholder account number")."""
        words = dict.fromkeys(self._get("lists", name) or f"“{name}”" for name in lists)
        return " / ".join(words) or (self._get("lists", "other") or "")


def _read(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((LANG_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    return data


@cache
def wording(lang: str | None) -> Wording:
    """The words of ``lang`` (English for None or a language without a file)."""
    code = lang if lang in LANGUAGES else DEFAULT
    english = _read(DEFAULT)
    data = english if code == DEFAULT else _read(code)
    sections = {k: v for k, v in data.items() if isinstance(v, dict)}
    english_sections = {k: v for k, v in english.items() if isinstance(v, dict)}
    return Wording(code, str(data["language_name"]), sections, english_sections)


def language_names() -> list[tuple[str, str]]:
    """(code, own name) of every language, for the switch."""
    return [(code, wording(code).name) for code in LANGUAGES]


def accepted_languages(header: str | None) -> list[str]:
    """Supported languages an ``Accept-Language`` header names, best first (q order).

    ``zh-Hant-TW``, ``fil`` (Filipino, whose written standard is Tagalog) and ``in`` (the old
    code of Indonesian) are understood; unknown or malformed entries are skipped.
    """
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "").split(",")[:_MAX_ACCEPT]):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        code = {"fil": "tl", "in": "id"}.get(primary, primary)
        if code in LANGUAGES and 0.0 < quality <= 1.0:
            ranked.append((-quality, position, code))
    return list(dict.fromkeys(code for _, _, code in sorted(ranked)))


def choose_language(
    chosen: str | None, accept_language: str | None, text_language: str | None
) -> str:
    """The language to answer in (see the module's docstring for the order)."""
    if chosen in LANGUAGES:
        return str(chosen)
    accepted = accepted_languages(accept_language)
    if text_language in LANGUAGES and text_language in accepted:
        return str(text_language)
    if accepted:
        return accepted[0]
    if text_language in LANGUAGES:
        return str(text_language)
    return DEFAULT
