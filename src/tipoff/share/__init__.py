"""Sharing with peers (MISP, OpenCTI, other tipoff instances) in STIX 2.1, TLP per object.

Public API::

    export_bundle(reports, sender, receiver, ...) -> Export   # tipoff -> STIX (share.export)
    import_bundle(data) -> ImportPlan                          # STIX -> tipoff (share.importing)

Importing this package loads nothing and does no I/O.
"""
