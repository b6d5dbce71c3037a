"""Shared hosts: a domain that serves the pages of several tenants.

A white-label app host (``host/d/<tenant>``), a link shortener's or a page builder's domain
is rented by many crews: each crew's victims are sent to its own page on it, so the crews'
victims all cite the host's domain (intake stores the domain of every URL it reads) while
each page is cited by one crew's victims only. The domain is then one value with hundreds of
citations across crews, and at the low resolution of step 3 it pulls the crews it joins into
one Leiden group, where it looks dominated and links them all (the third independent world's
`teachers`: one host, 361 reports of 12 operations).

A domain under which two or more different pages are each cited by two reports or more is a
*shared host*, counting only pages whose path no other stored domain has (``/login`` and
``/track`` are any site's pages, and a crew's phishing site has them: a tenant's page is its
own token). Step 5 of ``tipoff.link.pipeline`` weighs a shared host against the fine
communities (resolution 1.0) instead of the groups: with no community holding 80 % of its
citations it is a bridge, shown between the networks; a crew's own site with several pages
that one community holds links that crew as before. Tried first and dropped
(docs/link-evaluation.md, "Shared hosts"): leaving the host out of the Leiden graphs, or making
it a bridge outright, changes the groups every later step weighs, and crews bound by a
laundering service's accounts then fell into one group (the second independent world's
`mule_herders` seed 2, 0.833 -> 0.690).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from urllib.parse import urlsplit

import numpy as np

# A host from this many different pages on, each cited by ``HOST_MIN_PAGE_REPORTS`` reports.
HOST_MIN_PAGES = 2
HOST_MIN_PAGE_REPORTS = 2


def _host_and_page(url: str) -> tuple[str, str] | None:
    """(host without ``www.``, path without a trailing slash) of a stored URL; None for a
    URL without a path beyond ``/``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/")
    if not host or not path:
        return None
    return host, path


def shared_host_domains(
    domains: Mapping[str, int],
    urls: Mapping[int, str],
    cited: np.ndarray,
    n_indicators: int,
    min_pages: int = HOST_MIN_PAGES,
    min_page_reports: int = HOST_MIN_PAGE_REPORTS,
) -> np.ndarray:
    """Bool per indicator id: the domain is a shared host (module docstring).

    ``domains``: domain value -> its indicator id; ``urls``: indicator id -> URL of every
    stored URL; ``cited``: reports citing each indicator id.
    """
    out = np.zeros(n_indicators, dtype=bool)
    if min_pages <= 0:
        return out
    pages: dict[int, set[tuple[str, str]]] = defaultdict(set)
    domains_of_path: dict[str, set[int]] = defaultdict(set)
    for indicator, url in urls.items():
        found = _host_and_page(url)
        if found is None:
            continue
        host = found[0]
        while host:  # the registrable domain intake stored for the URL's host
            domain = domains.get(host)
            if domain is not None:
                domains_of_path[found[1]].add(domain)
                if indicator < cited.size and cited[indicator] >= min_page_reports:
                    pages[domain].add(found)
                break
            host = host.partition(".")[2]
    for domain, seen in pages.items():
        # A path that other sites have too (``/login``, ``/track``: a kit's or any site's
        # page names) is a page of the site, not a tenant's.
        tenants = sum(len(domains_of_path[path]) == 1 for _, path in seen)
        if tenants >= min_pages and domain < n_indicators:
            out[domain] = True
    return out
