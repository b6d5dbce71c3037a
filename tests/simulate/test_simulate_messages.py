"""Labelled standalone messages and job ads: labels, languages, stages, determinism."""

from __future__ import annotations

from collections import Counter

from tipoff.simulate import job_ads, messages
from tipoff.simulate.config import DEFAULT_TYPE_MIX
from tipoff.simulate.phrases import LANGUAGES, language


def test_messages_are_labelled_in_every_language() -> None:
    batch = list(messages(3000, seed=7))
    assert len(batch) == 3000
    assert {m["lang"] for m in batch} == set(LANGUAGES)
    labels = Counter(m["label"] for m in batch)
    assert set(labels) == {*DEFAULT_TYPE_MIX, "not_scam"}
    assert 0.3 < labels["not_scam"] / len(batch) < 0.5
    for m in batch:
        assert m["text"] and "{" not in m["text"]
        if m["label"] == "not_scam":
            assert m["stage"] is None
        else:
            assert m["stage"] in language(m["lang"]).SCAM[m["label"]]


def test_messages_are_deterministic_per_seed() -> None:
    assert list(messages(300, seed=3)) == list(messages(300, seed=3))
    assert [m["text"] for m in messages(300, seed=3)] != [m["text"] for m in messages(300, seed=4)]


def test_every_language_covers_every_scam_type() -> None:
    for lang in LANGUAGES:
        phrases = language(lang)
        assert set(phrases.SCAM) == set(DEFAULT_TYPE_MIX), lang
        assert phrases.NEGATIVE and phrases.JOB_LURE and phrases.JOB_OK


def test_job_ads_mix_lures_and_ordinary_ads() -> None:
    ads = list(job_ads(400, seed=5))
    labels = Counter(a["label"] for a in ads)
    assert set(labels) == {"job.trafficking_lure", "not_scam"}
    assert all(a["identifiers"] for a in ads if a["label"] == "job.trafficking_lure")
    assert all(a["network"] is None for a in ads if a["label"] == "not_scam")
