"""The simulator's innocent values: generated per world and country, cited in victim sentences."""

from __future__ import annotations

import random
from collections import Counter

import phonenumbers

from tipoff.indicators.official import official_value
from tipoff.simulate.identity import Ident
from tipoff.simulate.innocent import FRAMES, build, name_of, sentence
from tipoff.simulate.network import VICTIM_COUNTRIES

LANGUAGES = ("en", "ja", "zh", "ko", "th", "vi", "id", "tl")


def test_values_are_drawn_per_world_not_from_a_list() -> None:
    one, two = build(1, VICTIM_COUNTRIES), build(2, VICTIM_COUNTRIES)
    keys_one = {i.key for v in one.values() for i in v.all()}
    keys_two = {i.key for v in two.values() for i in v.all()}
    assert len(keys_one & keys_two) <= 2  # two worlds share (almost) nothing
    assert {i.key for v in build(1, VICTIM_COUNTRIES).values() for i in v.all()} == keys_one


def test_every_country_has_every_kind_with_valid_numbers() -> None:
    suffixes: Counter[bool] = Counter()
    for seed in range(5):
        for country, values in build(seed, VICTIM_COUNTRIES).items():
            assert values.sites and values.police and values.banks and values.support
            for ident in values.all():
                assert ident.common and ident.attrs["role"].endswith(("_line", "_site"))
                if ident.kind == "phone":
                    number = phonenumbers.parse(ident.value)
                    assert phonenumbers.is_valid_number_for_region(number, country), ident.value
                else:
                    suffixes[official_value("domain", ident.value)] += 1
    # Both official (government suffix) and ordinary-suffix sites, as in life.
    assert suffixes[True] > 10 and suffixes[False] > 10


def test_sentences_cite_the_value_in_each_language() -> None:
    values = build(3, VICTIM_COUNTRIES)["PH"]
    rng = random.Random(0)
    for lang in LANGUAGES:
        assert set(FRAMES[lang]) == {"site", "police", "bank", "support"}
        for _ in range(30):
            used: list[str] = []

            def spell(ident: Ident, used: list[str] = used, lang: str = lang) -> str:
                used.append(ident.forms(lang, "PH")[0])
                return used[-1]

            text = sentence(rng, values, lang, spell)
            assert len(used) == 1 and used[0] in text
    police = values.police[0]
    assert all(name_of(police, lang) for lang in LANGUAGES)
