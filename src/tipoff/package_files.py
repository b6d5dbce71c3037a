"""Files the server hands out from a folder of its own package (dashboard assets, the API
docs' vendored scripts): the client names a path, and only a regular file inside the folder
answers.

Every such route goes through ``file_under``, so a name the operating system refuses (too
long, a NUL) is "no such file" like a missing one, never an unhandled ``OSError`` (a 500).
"""

from __future__ import annotations

from pathlib import Path


def file_under(root: Path, path: str) -> Path | None:
    """The regular file ``path`` names inside ``root``, or None.

    None when it resolves outside ``root`` (``..``, an absolute path, a link out of it), does
    not exist, is not a regular file, or cannot be asked about at all (``OSError``, e.g. a
    name over the system's length limit, or ``ValueError`` for a NUL).
    """
    base = root.resolve()
    try:
        # resolve() collapses "..": anything that ends up outside the folder is refused.
        target = (base / path).resolve()
        if target.is_relative_to(base) and target.is_file():
            return target
    except (OSError, ValueError):
        return None
    return None
