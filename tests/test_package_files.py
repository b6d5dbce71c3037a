"""tipoff.package_files: only a regular file inside the folder answers, whatever the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipoff.package_files import file_under


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "static"
    (root / "vendor").mkdir(parents=True)
    (root / "vendor" / "app.js").write_text("ok")
    (tmp_path / "secret.txt").write_text("no")
    (root / "out").symlink_to(tmp_path / "secret.txt")
    return root


def test_a_file_inside_the_folder_is_found(folder: Path) -> None:
    assert file_under(folder, "vendor/app.js") == (folder / "vendor" / "app.js").resolve()


@pytest.mark.parametrize(
    "path",
    [
        "../secret.txt",
        "vendor/../../secret.txt",
        "/etc/passwd",
        "out",  # a link out of the folder
        "vendor",  # a folder, not a file
        "missing.js",
        "9" * 5000,  # ENAMETOOLONG
        "a/" * 3000 + "b",
        "vendor/app.js\x00.png",
    ],
)
def test_anything_else_is_none(folder: Path, path: str) -> None:
    assert file_under(folder, path) is None
