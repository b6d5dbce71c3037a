"""Traditional Chinese read as simplified, character for character.

The job-ad cues, the gazetteer's Chinese place names and the age and pay words are written
in simplified characters; ads from Taiwan, Hong Kong and Macau are written in traditional
ones ("金邊" for Phnom Penh, "免經驗", "護照照片"). Folding each traditional character to its
simplified one (``data/zh_traditional.json``) lets one set of cues read both. The fold keeps
every offset (one character for one), so a hit's quote is taken from the text as written.
Only Chinese text is folded: Japanese writes some of the same characters ("東", "機") in its
own words, which its cues spell as Japanese does.
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.lexicon import read_data_json


@cache
def _table() -> dict[int, str]:
    pairs: dict[str, str] = read_data_json("zh_traditional.json")["traditional_to_simplified"]
    for traditional, simplified in pairs.items():
        if len(traditional) != 1 or len(simplified) != 1:
            raise ValueError(f"zh_traditional.json: not one character each: {traditional!r}")
    return {ord(traditional): simplified for traditional, simplified in pairs.items()}


def fold_traditional(text: str) -> str:
    """``text`` with each traditional Chinese character of the table replaced by its
    simplified one; same length, every other character unchanged."""
    return text.translate(_table())
