"""Step 2b: a report naming a second crew's values as another contact bridges; it is cut."""

from __future__ import annotations

import numpy as np
import pytest

from tipoff.link.bridging_reports import bridging_reports, crews_of
from tipoff.link.components import Links, link_components, make_links
from tipoff.link.hubs import HubPolicy
from tipoff.link.pipeline import SpreadRule, community_groups, link_world
from tipoff.link.second_contact import sentence_around, tells_of_another

POLICY = HubPolicy(default_threshold=1 << 40)
N_VALUES = 1000


def world(double_hits: int, told: bool = True, cued: bool = True) -> Links:
    """Crew A: reports 0-79, each citing one of A's phones (values 0-2) and A's site (900);
    crew B: reports 100-179, one of B's phones (100-102) and B's site (901). The first
    ``double_hits`` reports of A also name one of B's phones: in the victim's words
    (``told``), in a sentence of another contact (``cued``), or else in a scam's field."""
    rows, cols, said, other = [], [], [], []
    for first, phone, site in ((0, 0, 900), (100, 100, 901)):
        for r in range(first, first + 80):
            rows += [r, r]
            cols += [phone + r % 3, site]
            said += [False, False]
            other += [False, False]
    for r in range(double_hits):
        rows.append(r)
        cols.append(100 + r % 3)
        said.append(told)
        other.append(told and cued)
    return make_links(
        np.array(rows),
        np.array(cols),
        np.zeros(N_VALUES, np.int8),
        np.zeros(N_VALUES, bool),
        told=np.array(said),
        second=np.array(other),
    )


def found(links: Links):  # type: ignore[no-untyped-def]
    components = link_components(links, POLICY)
    fine = community_groups(links, components, 50, 0, 1.0)
    return bridging_reports(links, components.linkable, fine)


def test_a_report_telling_of_another_crews_phone_loses_that_citation() -> None:
    links = world(12)
    result = found(links)
    assert np.flatnonzero(result.reports).tolist() == list(range(12))
    cut = links.indicator_idx[result.cut]
    assert sorted(set(cut.tolist())) == [100, 101, 102]
    assert (links.report_idx[result.cut] < 12).all()


def test_the_same_citation_in_a_field_of_the_scam_or_without_the_words_stays() -> None:
    assert not found(world(12, told=False)).cut.any()
    assert not found(world(12, told=True, cued=False)).cut.any()


def test_the_pipeline_keeps_the_two_crews_apart_and_the_second_crews_phones_linking() -> None:
    links = world(12)
    after = link_world(links, POLICY, 50, 0, SpreadRule())
    labels = after.components.labels
    assert len({int(labels[r]) for r in range(80)}) == 1
    assert len({int(labels[r]) for r in range(100, 180)}) == 1
    assert labels[0] != labels[100]
    assert not after.excluded[[100, 101, 102]].any()
    assert after.bridging is not None and after.bridging[:12].all()
    before = link_world(links, POLICY, 50, 0, SpreadRule(bridging_resolution=0))
    welded = before.components.labels[0] == before.components.labels[100]
    assert welded or before.excluded[[100, 101, 102]].any()


def test_pieces_of_one_crew_joined_thickly_are_one_crew() -> None:
    # Two communities whose reports cite each other's values at a quarter of their reports
    # or more are one crew; a smaller community joins one crew at most.
    rows = [0, 1, 2, 3, 4, 5, 6, 7]
    cols = [10, 10, 11, 11, 10, 11, 10, 11]
    links = make_links(np.array(rows), np.array(cols), np.zeros(20, np.int8), np.zeros(20, bool))
    communities = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    crews = crews_of(links, np.ones(20, bool), communities, 0.25, min_size=1)
    assert crews[0] == crews[4]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The same week another person also contacted me from +84912345678.", "+84912345678"),
        ("同じ週に別の人からも09012345678で連絡がありました。", "09012345678"),
        ("同一周还有另外一个人用13812345678联系我。", "13812345678"),
        ("같은 주에 다른 사람도 010-1234-5678로 연락해 왔습니다.", "010-1234-5678"),
        ("ในสัปดาห์เดียวกันมีอีกคนหนึ่งติดต่อมาจาก 0812345678 ด้วย", "0812345678"),
        ("Cùng tuần đó một người khác cũng liên hệ với tôi qua 0912345678.", "0912345678"),
        ("Di minggu yang sama orang lain juga menghubungi saya dari 08123456789.", "08123456789"),
        ("ក្រោយមក មានម្នាក់ទៀតបានទាក់ទងខ្ញុំពីលេខ 012345678។", "012345678"),
        ("May ibang tao rin na kumontak sa akin mula sa 09171234567.", "09171234567"),
    ],
)
def test_words_of_another_contact_in_nine_languages(text: str, value: str) -> None:
    start = text.index(value)
    assert tells_of_another(text, start, start + len(value))


def test_the_scams_own_sentence_tells_of_no_other_contact() -> None:
    text = "I met him on Facebook. He told me to send USDT to TXyz123. Then he blocked me."
    start = text.index("TXyz123")
    assert not tells_of_another(text, start, start + 7)
    # A link's dots end no sentence; the full stop after it does.
    text = "He sent https://a.example.com/x. Another man called from +855123."
    start = text.index("https")
    assert "Another" not in sentence_around(text, start, text.index("/x") + 2)
