"""Serves the dashboard's CSS, JS and vendored libraries from the package (no CDN).

URLs carry a content hash (``?v=``), so responses may be cached for a year.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from tipoff.package_files import file_under
from tipoff.web.templating import STATIC_DIR

router = APIRouter(include_in_schema=False)

MEDIA_TYPES = {
    ".css": "text/css",
    ".js": "text/javascript",
    ".md": "text/plain",
    ".txt": "text/plain",
}


@router.get("/static/{path:path}")
def static_file(path: str) -> FileResponse:
    target = file_under(STATIC_DIR, path)
    if target is None:
        raise HTTPException(status_code=404, detail="no such static file")
    media_type = MEDIA_TYPES.get(target.suffix, "application/octet-stream")
    if target.name.startswith("LICENSE"):
        media_type = "text/plain"
    headers = {"Cache-Control": "public, max-age=31536000, immutable"}
    return FileResponse(target, media_type=media_type, headers=headers)
