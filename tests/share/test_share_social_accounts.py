"""Social-media handles as STIX ``user-account`` observables: X goes out as STIX's
``twitter`` account type (account-type-ov) and comes back as ``x``; the others keep
tipoff's name for the platform (``facebook`` is STIX's own word too)."""

from __future__ import annotations

from tipoff.share.observables import identifier_of, observable


def test_social_handles_map_to_user_accounts_and_back() -> None:
    for value, account_type in (
        ("x:cryptoking_77", "twitter"),
        ("facebook:johnsmith55", "facebook"),
        ("instagram:nina.admin9261", "instagram"),
        ("tiktok:coach.mia_88", "tiktok"),
        ("snapchat:jack.admin456", "snapchat"),
        ("telegram:hr_job_bkk", "telegram"),
    ):
        mapped = observable("handle", value)
        assert mapped is not None
        sco, pattern = mapped
        assert sco["type"] == "user-account"
        assert sco["account_type"] == account_type
        assert f"user-account:account_type = '{account_type}'" in pattern
        assert identifier_of(sco) == ("handle", value)
