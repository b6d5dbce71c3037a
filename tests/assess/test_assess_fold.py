"""Character folds (fold.py): traditional Chinese read as simplified, Latin letters without
marks, for the model's n-grams (when the model was trained so) and for the Chinese cue phrases."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tipoff.assess import bundled_model
from tipoff.assess.asks import MessageLook
from tipoff.assess.features import hash_ngrams, score_texts
from tipoff.assess.fold import (
    FOLDS,
    HAN,
    LATIN_MARKS,
    codepoint_table,
    fold_chinese,
    han_table,
    simplified_variants,
)
from tipoff.assess.linear_model import METADATA_FILE, load_model, save_model
from tipoff.assess.redflags import find_evidence
from tipoff.errors import ModelError


def test_traditional_and_variant_forms_fold_to_simplified_one_to_one() -> None:
    text = "您的帳戶將被凍結，請於今日內聯絡銀行。裡面的説明"
    folded = fold_chinese(text)
    assert folded == "您的账户将被冻结，请于今日内联络银行。里面的说明"
    assert len(folded) == len(text)
    assert all(len(target) == 1 for target in han_table().values())


def test_simplified_ascii_and_japanese_text_are_left_as_they_are() -> None:
    assert fold_chinese("您的账户将被冻结") == "您的账户将被冻结"
    assert fold_chinese("your account is locked") == "your account is locked"
    # Japanese writes its own forms (説明, 認証), which its cue phrases use: not folded.
    japanese = "口座の認証について説明します"
    assert fold_chinese(japanese) == japanese


def test_chinese_phrases_gain_their_folded_spelling() -> None:
    assert simplified_variants(["帳戶被凍結", "账户被冻结"]) == ["账户被冻结"]


def test_the_codepoint_table_folds_digits_marks_and_traditional_characters() -> None:
    table = codepoint_table(FOLDS)
    assert chr(table[ord("7")]) == "0"
    assert chr(table[ord("ệ")]) == "e" and chr(table[ord("đ")]) == "d"
    assert chr(table[ord("帳")]) == "账"
    assert chr(table[ord("a")]) == "a" and chr(table[ord("😀")]) == "😀"
    assert chr(codepoint_table((HAN,))[ord("ệ")]) == "ệ"
    assert chr(codepoint_table((LATIN_MARKS,))[ord("帳")]) == "帳"
    with pytest.raises(ValueError, match="unknown text folds"):
        codepoint_table(("klingon",))


@pytest.mark.parametrize(
    ("first", "second", "folds"),
    [
        ("您的帳戶已被凍結", "您的账户已被冻结", (HAN,)),
        ("Quý khách vui lòng chuyển khoản", "Quy khach vui long chuyen khoan", (LATIN_MARKS,)),
    ],
)
def test_folded_spellings_share_every_ngram(
    first: str, second: str, folds: tuple[str, ...]
) -> None:
    plain = hash_ngrams([first, second])
    assert not np.array_equal(plain.hashes[plain.text_ids == 0], plain.hashes[plain.text_ids == 1])
    for batch in (hash_ngrams([first, second], folds=folds), hash_ngrams([first], folds=folds)):
        assert np.array_equal(batch.hashes[batch.text_ids == 0], hash_ngrams([second]).hashes)


def test_one_text_and_a_batch_score_the_same_with_folds() -> None:
    rng = np.random.default_rng(1)
    weights = rng.normal(size=(1 << 10, 2)).astype(np.float32)
    texts = ["您的帳戶已被凍結 123", "Chuyển khoản gấp 50 triệu", "hello 4242"]
    batch = score_texts(texts * 12, weights, 10, folds=FOLDS)  # >= 32 rows: the sparse path
    for i, text in enumerate(texts):
        one = score_texts([text], weights, 10, folds=FOLDS)
        assert np.allclose(one[0], batch[i], atol=1e-5)


def test_traditional_text_shows_the_red_flags_of_its_simplified_spelling() -> None:
    traditional = "您的帳戶已被凍結，請立即點擊連結進行解凍認證"
    simplified = "您的账户已被冻结，请立即点击链接进行解冻认证"
    codes = {flag.code for flag in find_evidence(traditional).red_flags}
    assert codes == {flag.code for flag in find_evidence(simplified).red_flags}
    assert {"account_threat", "urgency"} <= codes
    assert MessageLook("請聯絡我").lowered == "请联络我"


def test_a_model_names_its_folds_and_an_unknown_fold_is_refused(tmp_path: Path) -> None:
    model = replace(bundled_model(), metadata={**bundled_model().metadata}, text_fold=(HAN,))
    save_model(model, tmp_path)
    assert load_model(tmp_path).text_fold == (HAN,)
    metadata = (tmp_path / METADATA_FILE).read_text(encoding="utf-8")
    (tmp_path / METADATA_FILE).write_text(
        metadata.replace('"text_fold": [\n    "han"\n  ]', '"text_fold": ["rot13"]'),
        encoding="utf-8",
    )
    with pytest.raises(ModelError, match="unknown text folds"):
        load_model(tmp_path)
