"""Learning from analysts: verdicts in the database teach a new model what the shipped one misses.

Two kinds of message the shipped model gets wrong are judged by analysts in the database:
Korean obituary smishing ("[부고] … 장례식장 안내 <link>", called spam or legitimate) and
Vietnamese power-cut threats ("Điện lực thông báo: … cắt điện … gọi ngay …", called
legitimate), beside the ordinary messages they resemble (Korean delivery and family texts,
Vietnamese power-bill notices) judged not_scam. ``tipoff train --from-db --out DIR`` on the
seed set alone (no public sets, no simulator: seconds) plus those verdicts gives a model
that, selected with TIPOFF_MODEL_DIR, gets other messages of the same kinds right, written
from the same parts in other combinations (never a text it trained on). The same training
without ``--from-db`` does not, so the verdicts are what taught it.
bench/bench_from_db.py repeats this with the full public training data.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tipoff.assess import assess_many, load_model
from tipoff.assess.examples import normalise_for_split
from tipoff.cli.main import build_app
from tipoff.intake.analyse import Analyser
from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
from tipoff.settings import load_settings
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import NewVerdict
from tipoff.store.sql import SqlReportStore
from tipoff.verdict_examples import verdict_examples
from tipoff.visibility import Viewer

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
VICTIM_PHONE = "0912 000 111"
runner = CliRunner()

KO_NAMES = [
    "김민수",
    "이영희",
    "박지훈",
    "최수진",
    "정우성",
    "강혜원",
    "조민호",
    "윤서연",
    "한상철",
    "오세영",
]
KO_RELATIVES = ["부친", "모친", "조부", "조모", "장인", "장모"]
KO_OBITUARY = [
    "[부고] {n}님의 {r}께서 별세하셨기에 삼가 알려드립니다. 장례식장 안내 {u}",
    "[부고] {n}님 {r} 별세. 빈소 위치 확인 {u}",
    "{n}님 {r}께서 별세하셨습니다. 발인 일정 및 장지 안내 {u}",
    "[부고알림] {n}님 {r}상. 조문 및 부의금 안내 {u}",
]
KO_LINKS = ["m.bugo-{c}.kr/{c}", "bugo{c}.com/v/{c}", "obit-{c}.top/{c}", "me2.do/{c}"]
KO_ORDINARY = [
    "[Web발신] {n}님, 주문하신 상품이 오늘 배송 예정입니다. CJ대한통운",
    "{n}님 내일 회의가 오후 {h}시로 변경되었습니다.",
    "엄마 나 오늘 {h}시에 집에 들어갈게",
    "[Web발신] {n}님 {h}월 관리비 고지서가 발행되었습니다. 아파트 관리사무소",
]
VI_PROVIDERS = [
    "Điện lực",
    "EVN",
    "Điện lực Hà Nội",
    "Điện lực TP.HCM",
    "EVNHCMC",
    "Điện lực Đà Nẵng",
]
VI_THREATS = [
    "{p} thông báo: hộ gia đình của bạn nợ tiền điện {m} tháng, sẽ cắt điện lúc {h}h hôm nay. Gọi "
    "ngay {t} để xử lý.",
    "{p} thông báo: quý khách còn nợ tiền điện kỳ trước, nhân viên sẽ đến cắt điện lúc {h}h. Liên "
    "hệ {t} để được gia hạn.",
    "{p}: hóa đơn tiền điện tháng {m} quá hạn, hệ thống sẽ tự động cắt điện sau {h} giờ. Gọi {t} "
    "để thanh toán ngay.",
]
VI_ORDINARY = [
    "{p} thông báo: tiền điện tháng {m} của quý khách là {a} đồng. Hạn thanh toán ngày {h}. Cảm ơn "
    "quý khách.",
    "{p} xin thông báo lịch tạm ngừng cấp điện để bảo trì lưới điện từ {h}h đến 17h ngày {m}.",
    "{p}: quý khách đã thanh toán thành công {a} đồng tiền điện kỳ tháng {m}.",
]


def _family(templates: list[str], fills: Iterator[dict[str, str]], count: int) -> list[str]:
    texts = []
    for template, fill in zip(itertools.cycle(templates), fills, strict=False):
        texts.append(template.format(**fill))
        if len(texts) == count:
            break
    return list(dict.fromkeys(texts))


def _messages(seed: int, per_family: int) -> dict[str, list[str]]:
    rng = random.Random(seed)

    def ko() -> Iterator[dict[str, str]]:
        while True:
            code = "".join(rng.choices("abcdefghjkmnpqrstuvwxyz23456789", k=5))
            yield {
                "n": rng.choice(KO_NAMES),
                "r": rng.choice(KO_RELATIVES),
                "u": rng.choice(KO_LINKS).format(c=code),
                "h": str(rng.randint(1, 12)),
            }

    def vi() -> Iterator[dict[str, str]]:
        while True:
            yield {
                "p": rng.choice(VI_PROVIDERS),
                "m": str(rng.randint(2, 12)),
                "h": str(rng.randint(8, 28)),
                "a": f"{rng.randint(80, 2500)}.{rng.randint(0, 999):03d}",
                "t": f"09{rng.randint(10_000_000, 99_999_999)}",
            }

    return {
        "ko_scam": _family(KO_OBITUARY, ko(), per_family),
        "ko_ordinary": _family(KO_ORDINARY, ko(), per_family),
        "vi_scam": _family(VI_THREATS, vi(), per_family),
        "vi_ordinary": _family(VI_ORDINARY, vi(), per_family),
    }


def _store_judged(url: str, judged: dict[str, list[str]]) -> SqlReportStore:
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("VN-PD", "Provincial police", "VN", at=T0)
    settings = load_settings(database_url=url, environment="test")
    intake = Intake(
        store,
        pseudonymiser_from(settings),
        clock=lambda: T0,
        analyser=Analyser(with_assessment=False),
    )
    verdict_of = {"ko_scam": "scam", "vi_scam": "scam", "ko_ordinary": "not_scam"}
    for family, texts in judged.items():
        for number, text in enumerate(texts):
            raw = {
                "external_id": f"{family}-{number}",
                "victim_country": "VN",
                "narrative": f"Tin nhắn gửi tới số {VICTIM_PHONE} của tôi.",
                "messages": [{"text": text, "sender": "scammer"}],
                "victim": {"phone": VICTIM_PHONE},
            }
            [saved] = intake.submit(agency, [validate_report(raw)], actor="test")  # type: ignore[list-item]
            verdict = verdict_of.get(family, "not_scam")
            kind = "impersonation.service" if verdict == "scam" else None
            # Half on the message, half on the whole report (narrative + message, redacted).
            index = 0 if number % 2 else None
            store.add_verdict(
                agency,
                NewVerdict(saved.id, verdict, index, kind),  # type: ignore[union-attr]
                actor="user:analyst",
                at=T0,
            )
    return store


def _right(texts: list[str], scam: bool) -> int:
    outcomes = [a.outcome for a in assess_many(texts)]
    return sum((o == "scam") == scam for o in outcomes)


@pytest.mark.slow
def test_train_from_db_learns_what_analysts_judged(tmp_path: Path) -> None:
    judged = _messages(seed=1, per_family=16)
    unseen = _messages(seed=2, per_family=12)
    trained = {normalise_for_split(t) for texts in judged.values() for t in texts}
    unseen = {
        family: [t for t in texts if normalise_for_split(t) not in trained]
        for family, texts in unseen.items()
    }
    assert all(len(texts) >= 8 for texts in unseen.values()), unseen
    url = f"sqlite:///{tmp_path / 'agency.db'}"
    store = _store_judged(url, judged)

    # What training reads: the stored, redacted texts (the victim's number never).
    examples = verdict_examples(store, viewer=Viewer.operator()).examples
    assert len(examples) == sum(len(t) for t in judged.values())
    assert not any("000 111" in e.text or "000111" in e.text for e in examples)
    assert any("[victim]" in e.text for e in examples)

    scams = unseen["ko_scam"] + unseen["vi_scam"]
    ordinary = unseen["ko_ordinary"] + unseen["vi_ordinary"]
    before = (_right(scams, True), _right(ordinary, False))

    empty = tmp_path / "no-public-sets"
    empty.mkdir()
    common = [
        "train",
        "--data-dir",
        str(empty),
        "--simulator-messages",
        "0",
        "--date",
        "2026-12-06",
    ]
    taught, control = tmp_path / "taught", tmp_path / "control"
    shown = runner.invoke(
        build_app(), [*common, "--from-db", "--database-url", url, "--out", str(taught)]
    )
    assert shown.exit_code == 0, shown.output
    assert runner.invoke(build_app(), [*common, "--out", str(control)]).exit_code == 0

    meta = json.loads((taught / "metadata.json").read_text(encoding="utf-8"))
    assert meta["analyst_verdicts"]["verdicts"] == len(examples)
    assert meta["analyst_verdicts"]["by_agency"] == {"VN-PD": len(examples)}
    learned = meta["examples"]["analyst"]  # after de-duplication against the seed set
    assert learned["scam"] == len(judged["ko_scam"]) + len(judged["vi_scam"])
    assert 0.9 * len(examples) <= learned["scam"] + learned["legitimate"] <= len(examples)

    scored: dict[str, tuple[int, int]] = {}
    mean_scam: dict[str, float] = {}  # mean P(scam) on the unseen scams
    for name, directory in (("control", control), ("taught", taught)):
        model = load_model(directory)
        found = assess_many(scams, model=model)
        scored[name] = (
            sum(a.outcome == "scam" for a in found),
            sum(a.outcome != "scam" for a in assess_many(ordinary, model=model)),
        )
        mean_scam[name] = sum(a.scam_probability for a in found) / len(found)
    # Selected the way an instance selects it: TIPOFF_MODEL_DIR.
    outcomes = []
    for text in scams + ordinary:
        answer = runner.invoke(
            build_app(), ["assess", "--json", text], env={"TIPOFF_MODEL_DIR": str(taught)}
        )
        assert answer.exit_code == 0, answer.output
        record = json.loads(answer.stdout)
        assert record["model_version"] == meta["version"]
        outcomes.append(record["outcome"])
    via_env = (
        sum(o == "scam" for o in outcomes[: len(scams)]),
        sum(o != "scam" for o in outcomes[len(scams) :]),
    )
    print(
        f"held-out right (scams of {len(scams)}, ordinary of {len(ordinary)}): "
        f"shipped {before}, control {scored['control']}, taught {scored['taught']}; "
        f"mean P(scam) on the scams: control {mean_scam['control']:.3f}, "
        f"taught {mean_scam['taught']:.3f}"
    )
    assert via_env == scored["taught"]
    # The shipped model (1 of 24 on 2026-12-05) is reported, not asserted: a retrained shipped
    # model may learn these kinds; the same training without the verdicts is the baseline. It
    # caught about half since the Vietnamese unpaid-bill cues (the power-cut threats), and 22 of
    # 24 since the Vietnamese seed templates of 2026-12-06 09:00 (power-cut, link and fee scams
    # among them): so fewer than the taught model, some missed, and less sure of them.
    assert scored["control"][0] < scored["taught"][0]
    assert scored["control"][0] <= len(scams) - 2
    assert mean_scam["control"] < mean_scam["taught"]
    assert scored["taught"][0] >= 0.9 * len(scams)
    assert scored["taught"][1] >= 0.9 * len(ordinary)
