"""The public check's words: one data file per language, every key in every language."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from tipoff.check.scam_names import PLAIN_NAMES
from tipoff.check.wording import (
    LANG_DIR,
    LANGUAGES,
    accepted_languages,
    choose_language,
    wording,
)

SECTIONS = ("page", "verdicts", "bands", "kinds", "lists")
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def _file(lang: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((LANG_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    return data


def _flag_codes() -> set[str]:
    flags = resources.files("tipoff.assess.data").joinpath("flags.json").read_text("utf-8")
    return set(json.loads(flags)["codes"])


def test_there_is_one_file_per_language_and_no_other() -> None:
    assert sorted(p.stem for p in LANG_DIR.glob("*.json")) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_exists_in_every_language(lang: str) -> None:
    english, data = _file("en"), _file(lang)
    assert isinstance(data["language_name"], str) and data["language_name"]
    for section in SECTIONS:
        assert set(data[section]) == set(english[section]), (lang, section)  # type: ignore[arg-type]
        for key, text in data[section].items():  # type: ignore[attr-defined]
            assert isinstance(text, str) and text.strip(), (lang, section, key)
            wanted = set(re.findall(r"{\w+}", english[section][key]))  # type: ignore[index]
            assert set(re.findall(r"{\w+}", text)) == wanted, (lang, key)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_red_flag_and_scam_type_is_translated(lang: str) -> None:
    data = _file(lang)
    flags, types = data["flags"], data["scam_types"]
    assert isinstance(flags, dict) and isinstance(types, dict)
    assert _flag_codes() <= set(flags), sorted(_flag_codes() - set(flags))
    assert set(types) == set(PLAIN_NAMES)
    assert all(isinstance(t, str) and t.strip() for t in [*flags.values(), *types.values()])


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_are_not_english_left_in_place(lang: str) -> None:
    english, data = _file("en"), _file(lang)
    page = data["page"]
    assert isinstance(page, dict)
    same = [k for k, v in page.items() if v == english["page"][k]]  # type: ignore[index]
    assert len(same) <= 1, same
    words = wording(lang)
    for code in ("safe_account", "pay_usdt", "family_emergency"):
        assert words.flag(code, "ENGLISH") != "ENGLISH"


def test_a_missing_key_falls_back_to_english() -> None:
    ja = wording("ja")
    assert ja.flag("a_code_added_later", "Plain English.") == "Plain English."
    assert wording("xx").lang == "en" and wording(None).lang == "en"
    assert wording("en").scam_type("investment") == PLAIN_NAMES["investment"]
    assert "{seconds}" not in ja.text("too_many", seconds=30) and "30" in ja.text(
        "too_many", seconds=30
    )
    assert ja.common_words(["url-shorteners", "my-own-list"]) == "短縮URLサービス / “my-own-list”"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", ["vi", "en"]),
        ("en-US;q=0.4,en;q=0.5,ja;q=0.9", ["ja", "en"]),
        ("zh-Hant-TW", ["zh"]),
        ("fil-PH, in;q=0.5", ["tl", "id"]),
        ("fr-FR, de;q=0.9", []),
        ("th;q=0, km", ["km"]),
        ("ko;q=abc, ;;;, *, x-klingon", []),
        ("", []),
        (None, []),
        (",".join(["de"] * 500) + ",ja", []),  # only the first entries are read
    ],
)
def test_accept_language_is_read_in_quality_order(header: str | None, expected: list[str]) -> None:
    assert accepted_languages(header) == expected


def test_the_answer_language_is_chosen_in_order() -> None:
    # The reader's choice wins.
    assert choose_language("km", "ja", "th") == "km"
    # The text's language, when the browser accepts it (even at a lower q).
    assert choose_language(None, "en-US,en;q=0.9,th;q=0.5", "th") == "th"
    # Otherwise the browser's language: a Vietnamese reader of a Japanese scam reads Vietnamese.
    assert choose_language(None, "vi-VN,vi", "ja") == "vi"
    # A browser without a supported language: the text's, else English.
    assert choose_language(None, "fr-FR", "ko") == "ko"
    assert choose_language(None, "fr-FR", "ru") == "en"
    assert choose_language("xx", None, None) == "en"
