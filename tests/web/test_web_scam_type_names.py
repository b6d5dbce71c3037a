"""Analysts read scam types as names ("Pig butchering"), never as codes
("investment.pig_butchering"): codes stay in URLs, form values and data attributes."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from web_support import WebWorld, populate

from tipoff.check.scam_names import PLAIN_NAMES
from tipoff.web.scam_types import SHORT_NAMES, type_name

CODES = [label for label in (*PLAIN_NAMES, *SHORT_NAMES) if "." in label or "_" in label]


class _Text(HTMLParser):
    """The words a reader sees: text outside <script>, plus title tooltips."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._script = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._script += tag == "script"
        self.parts += [value or "" for name, value in attrs if name == "title"]

    def handle_endtag(self, tag: str) -> None:
        self._script -= tag == "script"

    def handle_data(self, data: str) -> None:
        if not self._script:
            self.parts.append(data)


def _read(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts)


def test_every_label_has_a_readable_name() -> None:
    for label in CODES:
        assert "." not in type_name(label) and "_" not in type_name(label), label
    assert type_name("new.some_label") == "New: some label" and type_name(None) == "–"


def test_no_page_shows_a_raw_scam_type_code(web_world: WebWorld) -> None:
    ids = populate(web_world, simulated=60)
    client = web_world.login(web_world.client())
    pages = ["/overview", "/networks", "/networks/rows"]
    table = client.get("/networks").text
    pages += [f"/networks/{n}" for n in dict.fromkeys(re.findall(r'href="/networks/(\d+)"', table))]
    pages += [f"/reports/{i}" for i in ids.values()]
    seen_codes = 0
    for page in pages:
        html = client.get(page).text
        seen_codes += sum(f'value="{code}"' in html for code in CODES)
        words = _read(html)
        for code in CODES:
            assert not re.search(rf"(?<![\w.]){re.escape(code)}(?![\w.])", words), (page, code)
    assert seen_codes  # the codes are there, as form values, so the check above means something
