import numpy as np

from tipoff.link.shared_hosts import shared_host_domains


def test_a_domain_serving_two_cited_pages_is_a_shared_host() -> None:
    domains = {"apps-host.example": 0, "crew-site.example": 1, "other.example": 2}
    urls = {
        3: "https://apps-host.example/t/alpha",
        4: "https://www.apps-host.example/t/beta",
        5: "https://crew-site.example/login",
        6: "https://crew-site.example/",
        7: "https://other.example/a",
        8: "https://other.example/b",
    }
    cited = np.array([9, 4, 2, 5, 3, 7, 2, 2, 1])  # other.example/b: one report only
    hosts = shared_host_domains(domains, urls, cited, 9)
    assert hosts.tolist() == [True, False, False, False, False, False, False, False, False]


def test_a_tenant_subdomain_counts_under_its_registrable_domain() -> None:
    domains = {"builder.example": 0}
    urls = {1: "https://shop1.builder.example/p", 2: "https://shop2.builder.example/p"}
    hosts = shared_host_domains(domains, urls, np.array([0, 2, 2]), 3)
    assert hosts[0]


def test_pages_other_sites_also_have_are_no_tenants() -> None:
    # A crew's phishing site: /login and /track cited by many victims; other sites have them.
    domains = {"parcel-fee.example": 0, "other-fee.example": 1}
    urls = {
        2: "https://parcel-fee.example/login",
        3: "https://parcel-fee.example/track",
        4: "https://other-fee.example/login",
        5: "https://other-fee.example/track",
    }
    hosts = shared_host_domains(domains, urls, np.array([0, 0, 9, 7, 3, 2]), 6)
    assert not hosts.any()
