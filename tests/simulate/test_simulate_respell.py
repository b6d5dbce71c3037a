"""Other spellings of one identifier (WorldConfig.spelling_variants, tipoff.simulate.respell):
each names the same identifier (its truth key or an alternative is what extraction gives), a
world with the option writes them, and a world without it is unchanged."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from tipoff.indicators import canonicalize, extract
from tipoff.simulate import WorldConfig, simulate
from tipoff.simulate.accounts import national_account
from tipoff.simulate.identity import Ident
from tipoff.simulate.phones import phone_ident, random_phone, whatsapp_ident
from tipoff.simulate.respell import _variants
from tipoff.simulate.scenarios import scenario
from tipoff.simulate.wallets import wallet_ident
from tipoff.simulate.web import (
    app_link_ident,
    domain_ident,
    email_ident,
    kakao_ident,
    line_ident,
    telegram_ident,
    wechat_ident,
)

_LANG = {"JP": "ja", "CN": "zh", "KR": "ko", "TH": "th", "VN": "vi", "ID": "id", "PH": "tl"}


def _idents(rng: random.Random) -> list[tuple[Ident, str, str]]:
    """(identifier, language, report country) for every kind the simulator respells."""
    out: list[tuple[Ident, str, str]] = []
    for country in ("JP", "CN", "KR", "TH", "VN", "ID", "PH", "SG", "KH", "US"):
        phone = phone_ident(random_phone(rng, country), country)
        out.append((phone, _LANG.get(country, "en"), country))
        out.append((whatsapp_ident(phone), "en", country))
        if country != "KH":
            out.append((national_account(rng, country), _LANG.get(country, "en"), country))
    for chain in ("tron", "eth", "btc"):
        out.append((wallet_ident(rng, chain), "en", "US"))
    domain = domain_ident(rng, "investment", "Zenquant")
    out += [(domain, "en", "US"), (app_link_ident(rng, domain), "en", "US")]
    out += [(email_ident(rng, None), "en", "US"), (telegram_ident(rng), "ja", "JP")]
    out += [(line_ident(rng), "th", "TH"), (wechat_ident(rng), "zh", "CN")]
    out += [(kakao_ident(rng), "ko", "KR")]
    return out


@pytest.mark.parametrize("seed", range(40))
def test_every_variant_names_the_same_identifier(seed: int) -> None:
    for ident, lang, country in _idents(random.Random(seed)):
        variants = _variants(ident, lang)
        if ident.kind != "iban" and not (ident.kind == "bank_account" and country == "US"):
            assert variants, ident.key
        keys = {ident.key, *ident.alt}
        for variant in variants:
            # as intake reads a field that holds one identifier (a sender id, a payee)
            found = {f.key for f in extract(variant, country_hint=country)} or {
                f"handle:{canonicalize('handle', variant, country_hint=country)}"
            }
            assert found & keys, (ident.key, variant, found)


def _raws(world: Path) -> set[str]:
    raws = set()
    for line in (world / "truth" / "report_network.jsonl").read_text("utf-8").splitlines():
        raws.update(i["raw"] for i in json.loads(line)["identifiers"])
    return raws


def test_a_world_with_the_option_writes_other_spellings(tmp_path: Path) -> None:
    simulate(WorldConfig(), 5, tmp_path / "plain", 150, workers=1)
    simulate(WorldConfig(spelling_variants=1.0), 5, tmp_path / "respelled", 150, workers=1)
    plain, respelled = _raws(tmp_path / "plain"), _raws(tmp_path / "respelled")
    assert not any(r.startswith(("http://", "Https://", "tron:", "ethereum:")) for r in plain)
    assert any(r.startswith(("http://", "Https://")) for r in respelled)
    assert len(respelled - plain) > len(respelled) // 2
    manifest = json.loads((tmp_path / "respelled" / "manifest.json").read_text("utf-8"))
    assert "spelling_variants" in json.dumps(manifest)


def test_everything_respells_and_other_scenarios_do_not() -> None:
    assert scenario("everything").config().spelling_variants > 0
    assert scenario("default").config().spelling_variants == 0
    with pytest.raises(ValueError, match="spelling_variants"):
        WorldConfig(spelling_variants=1.5)
