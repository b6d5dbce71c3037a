"""The public check page and API answer in the reader's language, with a language switch."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape
from web_support import WebWorld, csrf_from

from tipoff.check.wording import LANGUAGES, wording

THAI_SCAM = (
    "ด่วน! บัญชีธนาคารของคุณถูกระงับ กรุณาโอนเงินไปยังบัญชีปลอดภัยทันที "
    "และยืนยันตัวตนที่ http://bit.ly/kbank-th อย่าบอกใคร"
)
JAPANESE_SCAM = (
    "こちらは警視庁です。あなたの口座がマネーロンダリングに使われています。"
    "誰にも言わないでください。安全な口座に送金してください。"
)


@pytest.fixture
def client(web_world: WebWorld):  # type: ignore[no-untyped-def]
    return web_world.client()


def _post(client, text: str, accept: str, lang: str = ""):  # type: ignore[no-untyped-def]
    page = client.get("/check", headers={"accept-language": accept})
    data = {"text": text, "csrf": csrf_from(page.text), "lang": lang}
    return client.post("/check", data=data, headers={"accept-language": accept}).text


def test_page_follows_accept_language_and_offers_every_language(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/check", headers={"accept-language": "ja-JP,ja;q=0.9,en;q=0.5"}).text
    assert '<html lang="ja">' in html and wording("ja").text("title") in html
    switch = html.split('id="lang-switch"', 1)[1].split("</nav>", 1)[0]
    offered = set(re.findall(r'lang="(\w+)"', switch))
    assert offered == set(LANGUAGES)
    assert 'href="/check?lang=km"' in switch and 'href="/check?lang=ja"' not in switch
    chosen = client.get("/check?lang=km", headers={"accept-language": "ja"}).text
    assert '<html lang="km">' in chosen and 'name="lang" value="km"' in chosen
    assert wording("km").text("intro") in chosen
    default = client.get("/check?lang=<script>").text
    assert '<html lang="en">' in default and "<script>" not in default.split("<main>")[1]


def test_the_verdict_and_red_flags_come_in_the_readers_language(client) -> None:  # type: ignore[no-untyped-def]
    th = wording("th")
    thai = _post(client, THAI_SCAM, "th-TH,th;q=0.9,en;q=0.8")
    assert th.verdict("likely_scam") in thai or th.verdict("suspicious") in thai
    assert th.text("warning_signs") in thai and escape(th.flag("account_threat", "")) in thai
    assert "will be frozen" not in thai  # the English explanation
    # A Japanese scam read by someone whose browser speaks English only: English.
    english = _post(client, JAPANESE_SCAM, "en-US,en;q=0.9")
    assert "Warning signs" in english and wording("ja").text("warning_signs") not in english
    # ... and by a Vietnamese worker in Japan: Vietnamese.
    vi = wording("vi")
    vietnamese = _post(client, JAPANESE_SCAM, "vi-VN,vi;q=0.9")
    assert vi.text("warning_signs") in vietnamese
    assert escape(vi.flag("safe_account", "")) in vietnamese
    # The switch overrides both.
    khmer = _post(client, JAPANESE_SCAM, "ja", lang="km")
    assert wording("km").text("warning_signs") in khmer
    assert "0." not in re.sub(r"<[^>]+>", " ", khmer).split(wording("km").text("wording"))[1][:40]


def test_api_answers_in_the_chosen_language(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.post(
        "/api/v1/check", json={"text": THAI_SCAM}, headers={"accept-language": "th"}
    ).json()
    th = wording("th")
    assert answer["language"] == "th" and answer["verdict_text"] == th.verdict(answer["verdict"])
    assert answer["band_text"] == th.band(answer["band"])
    assert any(f["explanation"] == th.flag(f["code"], "") for f in answer["red_flags"])
    chosen = client.post("/api/v1/check", json={"text": THAI_SCAM, "lang": "id"}).json()
    assert chosen["language"] == "id" and chosen["verdict_text"] == wording("id").verdict(
        chosen["verdict"]
    )
    plain = client.post("/api/v1/check", json={"text": "hello"}).json()
    assert plain["language"] in ("en",) and plain["outcome"] == "insufficient_text"
    bad = client.post("/api/v1/check", json={"text": "hi", "lang": "xx"})
    assert bad.status_code == 422


def test_a_language_with_little_labelled_evidence_is_said_on_the_verdict(client) -> None:  # type: ignore[no-untyped-def]
    # Japanese has no labelled messages of its own behind the model (no calibration of its
    # own); English has. The page and the API say so for the first only.
    ja = wording("ja")
    japanese = _post(client, JAPANESE_SCAM, "ja-JP,ja;q=0.9")
    assert 'id="check-little-evidence"' in japanese and ja.text("little_evidence") in japanese
    english = _post(client, "Your parcel is held, pay the customs fee at http://bit.ly/x now", "en")
    assert 'id="check-little-evidence"' not in english
    api = client.post("/api/v1/check", json={"text": JAPANESE_SCAM})
    assert api.status_code == 200 and api.json()["little_evidence"] is True
    api_en = client.post("/api/v1/check", json={"text": "Hi Mum, I will be home around 7 tonight"})
    assert api_en.status_code == 200 and api_en.json()["little_evidence"] is False
    # Job ads are judged on named signs, not the model: no such caveat there.
    job = client.post("/api/v1/check", json={"text": JAPANESE_SCAM, "kind": "job_ad"})
    assert job.status_code == 200 and job.json()["little_evidence"] is False


def test_a_message_that_asks_for_nothing_says_so_in_the_readers_language(client) -> None:  # type: ignore[no-untyped-def]
    # A parcel notice without a link, number or request (tipoff.assess.asks): the wording
    # alone could not make it a scam, and the page and the API say why.
    notice = (
        "日本郵便です。ご不在のためお荷物を持ち帰りました。"
        "再配達はお手持ちの不在票をご確認のうえお申し込みください。"
    )
    ja = wording("ja")
    page = _post(client, notice, "ja-JP,ja;q=0.9")
    assert 'id="check-no-ask"' in page and ja.text("no_ask") in page
    assert 'data-verdict="likely_scam"' not in page
    api = client.post("/api/v1/check", json={"text": notice}).json()
    assert api["no_ask"] is True and api["outcome"] != "scam" and api["verdict"] != "likely_scam"
    scam = client.post("/api/v1/check", json={"text": JAPANESE_SCAM}).json()
    assert scam["no_ask"] is False
    assert 'id="check-no-ask"' not in _post(client, JAPANESE_SCAM, "ja")


def test_a_new_number_or_a_bill_split_alone_says_why_in_the_readers_language(client) -> None:  # type: ignore[no-untyped-def]
    # tipoff.assess.new_number and tipoff.assess.shared_expense cap such messages below scam;
    # the page and the API say which rule did, and the page what to check.
    new_number = "新しい番号です！登録お願いします。LINEはそのままです。"
    page = _post(client, new_number, "ja")
    assert 'id="check-new-number"' in page and wording("ja").text("new_number_only") in page
    assert client.post("/api/v1/check", json={"text": new_number}).json()["new_number_only"]
    split = (
        "昨日の飲み会、一人3,500円です！PayPayか下の口座にお願いします。三井住友銀行 普通 1234567"
    )
    page = _post(client, split, "ja")
    assert 'id="check-shared-expense"' in page and wording("ja").text("shared_expense") in page
    answer = client.post("/api/v1/check", json={"text": split}).json()
    assert answer["shared_expense"] and not answer["new_number_only"]
    scam = client.post("/api/v1/check", json={"text": JAPANESE_SCAM}).json()
    assert not scam["new_number_only"] and not scam["shared_expense"]


def test_a_marked_promotion_is_called_advertising_with_the_reason(client) -> None:  # type: ignore[no-untyped-def]
    # A Korean ad with the legal "(광고)" label and free opt-out (tipoff.assess.promotion):
    # advertising, not a scam, and the page says why, in every page language.
    ad = (
        "(광고)[한빛마트] 주말 한정 과일 전품목 30% 할인! 매장에서 확인하세요. "
        "무료수신거부 080-555-0199"
    )
    english = wording("en").text("promotion_marker")
    assert all(
        wording(lang).text("promotion_marker") != english for lang in LANGUAGES if lang != "en"
    )
    for lang in ("ko", "th"):  # the page's rate limit allows a few posts per test
        page = _post(client, ad, "en", lang)
        assert 'id="check-promotion-marker"' in page, lang
        assert str(escape(wording(lang).text("promotion_marker"))) in page, lang
        assert 'id="check-spam"' in page and 'data-verdict="no_known_signs"' in page, lang
    api = client.post("/api/v1/check", json={"text": ad}).json()
    assert api["promotion_marker"] is True and api["outcome"] == "spam"
    scam = client.post("/api/v1/check", json={"text": JAPANESE_SCAM}).json()
    assert scam["promotion_marker"] is False
