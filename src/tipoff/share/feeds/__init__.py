"""Public feeds in: values listed by CryptoScamDB, ScamSniffer, JPCERT/CC, OFAC, the FTC,
GASA, ChongLuaDao, plain lists and MISP feeds, with provenance, confidence and expiry
(docs/feeds.md).

Library: ``catalogue.feed_spec(name)`` / ``catalogue.custom_feed(...)`` (what to read and how
much it is worth), ``importing.import_feed(store, spec, path, at=)`` (reads, canonicalises,
records), ``store.SqlFeedStore`` / ``store.MemoryFeedStore`` (``listings(keys, at=)`` answers
"listed by …, since …").
"""
