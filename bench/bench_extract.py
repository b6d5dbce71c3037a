"""Indicator extraction: tipoff vs iocextract and ioc-finder, same corpus, one run.

Run: .venv/bin/python bench/bench_extract.py [--mb 4] [--peer-mb 1] [--seed 11]

1. Speed. A corpus of mixed multilingual report text (en/ja/zh/ko/th/vi/id
   narrative paragraphs around freshly generated indicator snippets, so few values
   repeat: the rate is printed) is scanned in 64 KB chunks by each tool, on one
   core, after tipoff.indicators.preload() (start-up cost printed). tipoff memoises
   answers per distinct value, so it is also timed with those caches emptied before
   every chunk (worst case) and on a second pass (every value seen before). tipoff runs
its full extraction (phones, bank accounts, IBAN/BIC,
   wallets, URLs, domains, emails, handles); iocextract runs only
   extract_urls + extract_emails (its extract_ipv4s is super-linear); ioc-finder
   runs find_iocs. The peers are timed on the first --peer-mb of the corpus.
2. Quality. All three run on the labelled test set (src/tipoff/indicators/data/
   evalset.jsonl); precision/recall on URLs, emails and wallets, with every
   tool's output put through tipoff.indicators.canonicalize so spelling
   differences are not counted as errors.
3. Worst cases: 1 MB of digits, of dots, of "a@", and one 1 MB URL (tipoff).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_evalset

from tipoff.indicators import canonicalize, extract, preload
from tipoff.indicators.evaluation import load_evalset, score
from tipoff.indicators.preload import clear_value_caches

FILLER = {
    "en": [
        "I met him on a dating app in March. He said he was an engineer working on an oil rig and "
        "could not video call. "
        "After two weeks he started talking about crypto trading and showed me screenshots of his "
        "profits. ",
        "At first I invested 500 dollars and could withdraw 50, so I trusted the platform. Then "
        "the customer service said "
        "my account was frozen and I had to pay a 20% tax before any withdrawal. I borrowed money "
        "from my sister. ",
        "The job was simple: like videos and complete tasks for commission. After the third task "
        "they said I had to top up "
        "my balance to unlock the next level, otherwise I would lose everything I had earned so "
        "far. ",
        "The caller knew my full name and the last digits of my card. He said a parcel in my name "
        "contained illegal items "
        "and transferred me to a 'police officer' who told me not to tell my family about the "
        "investigation. ",
        "We chatted every day for three months. She sent photos of her restaurant in Hong Kong and "
        "said her uncle had "
        "insider information about a gold trading platform. When I tried to withdraw my savings "
        "the site asked for fees. ",
    ],
    "ja": [
        "最初はSNSで知り合った女性から投資の話を持ちかけられました。毎日やり取りをするうちに信用してしまい、"
        "言われるままにアプリをダウンロードして入金しました。利益が出ているように見えましたが、出金できませんでした。",
        "警察官を名乗る男から電話があり、私の口座が犯罪に使われていると言われました。資産を守るために指示された口座に"
        "お金を移すよう言われ、三回に分けて振り込みました。後で家族に相談して詐欺だと気づきました。",
        "副業の広告を見て登録したところ、簡単な作業で報酬がもらえると言われました。最初は少額の報酬が振り込まれましたが、"
        "その後、上位のタスクを受けるには保証金が必要だと言われ、何度も支払いました。",
    ],
    "zh": [
        "我在社交软件上认识了一个自称在新加坡做金融的人，他每天和我聊天，后来推荐我在一个平台上投资。"
        "一开始小额可以提现，后来投入越来越多，平台说账户异常需要缴纳保证金才能解冻。",
        "对方冒充公检法工作人员，说我涉嫌洗钱案件，要求我把钱转到所谓的安全账户配合调查，并且不要告诉任何人。",
        "我在网上看到刷单兼职的广告，前几单返利很快，后来要求我垫付更大的金额，说完成连单任务才能一起返还本金和佣金。",
    ],
    "ko": [
        "처음에는 문자로 아르바이트를 제안받았습니다. 간단한 업무라고 해서 시작했는데 "
        "점점 더 큰 금액을 입금하라고 했습니다. "
        "나중에 출금을 요청하니 수수료를 먼저 내야 한다고 했습니다.",
        "검찰 수사관이라고 하는 사람이 전화해서 제 명의의 계좌가 범죄에 이용되었다고 했습니다. "
        "돈을 안전한 곳으로 옮겨야 한다고 했습니다.",
    ],
    "th": [
        "มีคนติดต่อมาทางโซเชียลมีเดียชวนให้ลงทุนในแพลตฟอร์มเทรด ช่วงแรกได้กำไรและถอนเงินได้ "
        "หลังจากนั้นให้โอนเงินเพิ่มเพื่ออัปเกรดบัญชี สุดท้ายถอนเงินไม่ได้เลย",
        "ได้รับสายจากคนอ้างว่าเป็นเจ้าหน้าที่ตำรวจ บอกว่าบัญชีของฉันเกี่ยวข้องกับคดียาเสพติด ต้องโอนเงินไปตรวจสอบ",
    ],
    "vi": [
        "Tôi được một người lạ nhắn tin mời làm cộng tác viên online, chỉ cần thả tim video là có "
        "hoa hồng. "
        "Sau vài nhiệm vụ đầu, họ yêu cầu tôi nạp tiền để mở khóa nhiệm vụ tiếp theo và không cho "
        "rút tiền.",
        "Một người tự xưng là cán bộ công an gọi điện nói tôi liên quan đến một vụ án rửa tiền và "
        "yêu cầu chuyển tiền để xác minh.",
    ],
    "id": [
        "Saya ditawari pekerjaan paruh waktu dengan komisi tinggi. Awalnya komisi dibayar, lalu "
        "saya diminta deposit "
        "lebih besar untuk misi berikutnya dan uang saya tidak bisa ditarik.",
        "Seseorang yang mengaku petugas bank menelepon dan meminta kode OTP untuk membatalkan "
        "transaksi yang mencurigakan.",
    ],
}


def build_corpus(megabytes: float, seed: int) -> list[tuple[str, str]]:
    """Reports as (country, text): 1-2 narrative paragraphs around 1-3 fresh snippets."""
    rng = random.Random(seed)
    generator = make_evalset.Gen(seed)
    langs = list(make_evalset.TEMPLATES)
    reports: list[tuple[str, str]] = []
    size = 0
    index = 0
    while size < megabytes * 1_000_000:
        lang = rng.choice(langs)
        snippets = [
            make_evalset.make_positive(generator, lang, index + i) for i in range(rng.randint(1, 2))
        ]
        index += len(snippets)
        paragraphs = [rng.choice(FILLER[lang]) for _ in range(rng.randint(1, 3))]
        text = paragraphs[0] + " ".join(s["text"] for s in snippets) + " " + "".join(paragraphs[1:])
        reports.append((snippets[0]["country"], text))
        size += len(text.encode("utf-8"))
    return reports


def chunks(
    reports: list[tuple[str, str]], limit_bytes: float, chunk_bytes: int = 64_000
) -> list[str]:
    out, current, size, total = [], [], 0, 0
    for _, text in reports:
        if total >= limit_bytes:
            break
        current.append(text)
        size += len(text.encode("utf-8"))
        total += len(text.encode("utf-8"))
        if size >= chunk_bytes:
            out.append("\n\n".join(current))
            current, size = [], 0
    if current:
        out.append("\n\n".join(current))
    return out


def repetition_rate(corpus: list[str]) -> float:
    """Share of indicator occurrences whose (kind, value) appeared earlier in the corpus."""
    seen: set[tuple[str, str]] = set()
    total = repeated = 0
    for text in corpus:
        for found in extract(text):
            key = (found.kind.value, found.value)
            total += 1
            repeated += key in seen
            seen.add(key)
    return repeated / total if total else 0.0


def timed(function, inputs) -> float:
    """CPU seconds of this process (the box is shared: wall time would count other jobs)."""
    start = time.process_time()
    for item in inputs:
        function(item)
    return time.process_time() - start


def mb(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def iocextract_run(text: str):
    import iocextract

    return list(iocextract.extract_urls(text, refang=True)), list(
        iocextract.extract_emails(text, refang=True)
    )


def iocextract_all_run(text: str):
    """Every iocextract extractor except the super-linear extract_ipv4s."""
    import iocextract

    return (
        list(iocextract.extract_urls(text, refang=True)),
        list(iocextract.extract_emails(text, refang=True)),
        list(iocextract.extract_ipv6s(text)),
        list(iocextract.extract_hashes(text)),
        list(iocextract.extract_yara_rules(text)),
        list(iocextract.extract_telephone_nums(text)),
    )


def iocfinder_run(text: str):
    from ioc_finder import find_iocs

    return find_iocs(text)


def canonical_set(kind: str, values) -> set[tuple[str, str]]:
    result = set()
    for value in values:
        canonical = canonicalize(kind, value) or value.lower()
        result.add((kind, canonical))
    return result


def peer_predictions(tool: str):
    def predict(snippet) -> set[tuple[str, str]]:
        if tool == "iocextract":
            urls, emails = iocextract_run(snippet.text)
            return canonical_set("url", urls) | canonical_set("email", emails)
        found = iocfinder_run(snippet.text)
        return canonical_set("url", found["urls"]) | canonical_set(
            "email", found["email_addresses"]
        )

    return predict


def peers_installed() -> bool:
    """iocextract and ioc-finder are importable (the bench's optional peers)."""
    return all(importlib.util.find_spec(name) for name in ("iocextract", "ioc_finder"))


def quality_table(peers: bool = True) -> None:
    snippets = load_evalset()
    kinds = ("url", "email", "wallet")
    tools = {
        "tipoff": lambda s: {
            (f.kind.value, f.value) for f in extract(s.text, country_hint=s.country)
        },
    }
    if peers:
        tools["iocextract"] = peer_predictions("iocextract")
        tools["ioc-finder"] = peer_predictions("ioc-finder")
    print(f"\nQuality on the labelled set ({len(snippets)} snippets), kinds {', '.join(kinds)}:")
    print(
        f"{'tool':12s} "
        + " ".join(f"{k + ' P':>9s} {k + ' R':>9s} {'(TP/FP/FN)':>14s}" for k in kinds)
    )
    for name, predict in tools.items():
        scores = score(snippets, predict, kinds)
        cells = []
        for kind in kinds:
            entry = scores.get(kind)
            if entry is None:
                cells.append(f"{'-':>9s} {'-':>9s} {'':>14s}")
                continue
            precision = f"{entry.precision:.3f}" if entry.tp + entry.fp else "n/a"
            cells.append(
                f"{precision:>9s} {entry.recall:>9.3f} {f'({entry.tp}/{entry.fp}/{entry.fn})':>14s}"
            )
        print(f"{name:12s} " + " ".join(cells))
    print(
        "(n/a: the tool has no extractor for that kind and returned nothing; iocextract and "
        "ioc-finder 9.x have no crypto types)"
    )


def worst_cases() -> None:
    cases = {
        "1 MB of digits": "7" * 1_000_000,
        "1 MB of digits with spaces": "12 " * 333_334,
        "1 MB of dots": "." * 1_000_000,
        "1 MB of 'a.'": "a." * 500_000,
        "1 MB of 'a@'": "a@" * 500_000,
        "1 MB of letters": "a" * 1_000_000,
        "one 1 MB URL": "https://example.com/" + "a" * 1_000_000,
        "1 MB of '+1 '": "+1 " * 333_334,
        "1 MB of digits with dashes": "1-" * 500_000,
        "1 MB of '[.]'": "[.]" * 333_334,
        "1 MB of kana 'ー'": "ー" * 1_000_000,
        "1 MB of full-width digits": "０" * 1_000_000,
        "1 MB of '12\\n'": "12\n" * 333_334,
    }
    print("\nWorst cases (tipoff, one call each; 100 kB then 1 MB: linear time gives ~10x):")
    for name, text in cases.items():
        small = text[: len(text) // 10]
        start = time.perf_counter()
        extract(small, country_hint="JP")
        tenth = time.perf_counter() - start
        start = time.perf_counter()
        found = extract(text, country_hint="JP")
        elapsed = time.perf_counter() - start
        growth = elapsed / max(tenth, 1e-6)
        print(f"  {name:30s} {elapsed:7.3f} s  x{growth:5.1f} over 100 kB  ({len(found)} found)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="corpus size for tipoff")
    parser.add_argument(
        "--peer-mb", type=float, default=1.0, help="prefix of the corpus the peers run on"
    )
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores (all timings single-threaded CPU "
        "time), "
        f"Python {platform.python_version()}, load average {load}"
    )
    reports = build_corpus(args.mb, args.seed)
    corpus = chunks(reports, args.mb * 1_000_000)
    peer_corpus = chunks(reports, args.peer_mb * 1_000_000)
    # Load tables and metadata once, as a long-running intake process does at
    # start-up, then run on other text (the timed runs see new values only).
    print(f"tipoff.indicators.preload() at start-up: {preload():.2f} CPU s (once per process)")
    warm = chunks(build_corpus(0.2, args.seed + 1), 200_000)
    for text in warm:
        extract(text)
    peer_mb = mb(peer_corpus)
    # tipoff first on the peers' input, while its value caches are cold for it.
    ours_peer_input = timed(lambda text: extract(text), peer_corpus)
    peers = peers_installed()
    if peers:
        ioc_extract_time = timed(iocextract_run, peer_corpus)
        ioc_extract_all_time = timed(iocextract_all_run, peer_corpus)
        ioc_finder_time = timed(iocfinder_run, peer_corpus)
    else:
        print("iocextract / ioc-finder not installed: peers left out (pip install them to compare)")
    rest = corpus[len(peer_corpus) :]
    ours_rest = timed(lambda text: extract(text), rest)
    total_mb = mb(corpus)
    ours_chunked = ours_peer_input + ours_rest
    # Memoised answers help only where values repeat: the same corpus with every
    # value cache emptied before each chunk (worst case: nothing seen before), and
    # a second pass over it (best case: every value seen before).
    ours_second_pass = timed(lambda text: extract(text), corpus)
    ours_no_cache = timed(lambda text: (clear_value_caches(), extract(text)), corpus)
    found = sum(len(extract(text)) for text in corpus[:8])
    density = found / mb(corpus[:8])
    repetition = repetition_rate(corpus)
    fresh = build_corpus(min(args.mb, 2.0), args.seed + 2)
    ours_reports = timed(lambda item: extract(item[1], country_hint=item[0]), fresh)
    report_mb = sum(len(t.encode("utf-8")) for _, t in fresh) / 1e6
    print(
        f"corpus: {total_mb:.2f} MB in {len(corpus)} chunks of ~64 KB ({len(reports)} reports, "
        f"{density:.0f} indicators per MB incl. derived ones); peers on the first {peer_mb:.2f} MB"
    )
    print(
        f"tipoff     full extraction, 64 KB chunks : {total_mb / ours_chunked:7.2f} MB/s  "
        f"({total_mb:.2f} MB in {ours_chunked:.2f} CPU s; "
        f"{repetition:.1%} of indicator occurrences repeat an earlier value)"
    )
    print(
        f"tipoff       same, value caches emptied    : {total_mb / ours_no_cache:7.2f} MB/s  "
        "(worst case: every value new to the process)"
    )
    print(
        f"tipoff       same, second pass             : {total_mb / ours_second_pass:7.2f} MB/s  "
        "(best case: every value seen before)"
    )
    print(
        f"tipoff     per report, country hint      : {report_mb / ours_reports:7.2f} MB/s  "
        f"({len(fresh)} fresh reports, {report_mb:.2f} MB)"
    )
    narrative = [" ".join(paragraphs) for paragraphs in FILLER.values()] * 200
    narrative_time = timed(lambda text: extract(text, country_hint="JP"), narrative)
    print(
        f"tipoff     narrative only (no indicators) : {mb(narrative) / narrative_time:7.2f} MB/s  "
        f"({mb(narrative):.2f} MB)"
    )
    ours_peer_speed = peer_mb / ours_peer_input
    print(f"tipoff     on the peers' input            : {ours_peer_speed:7.2f} MB/s")
    for name, elapsed in (
        (
            ("iocextract urls+emails", ioc_extract_time),
            ("iocextract all but ipv4", ioc_extract_all_time),
            ("ioc-finder find_iocs", ioc_finder_time),
        )
        if peers
        else ()
    ):
        speed = peer_mb / elapsed
        print(
            f"{name:24s} same input : {speed:7.3f} MB/s  -> tipoff is "
            f"{ours_peer_speed / speed:6.1f}x faster"
        )
    quality_table(peers)
    worst_cases()


if __name__ == "__main__":
    main()
