"""Tip-offs across borders: a tracked request from one agency to a partner, with outcomes back.

``model`` is the pure core (parts, markings against the partner's clearance, the lifecycle
state machine, outcome figures), ``wire`` the STIX 2.1 form exchanged over TAXII, ``tables``
and ``store`` the records on both sides (docs/tipoffs.md).
"""
