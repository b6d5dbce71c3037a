"""The interactive API documentation at /docs (Swagger UI) and /redoc (ReDoc), served offline.

FastAPI's own pages load both libraries from a CDN and start Swagger UI with an inline script,
which the Content-Security-Policy forbids. Here the vendored copies (``api/static/vendor``,
with their licences) are served from this origin under /docs/static/, and Swagger UI's start-up
code is /docs/static/swagger-init.js, so the docs pages need no other host and no inline
script (see tipoff.api.headers.DOCS_POLICY for what they still need).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse, Response

from tipoff.package_files import file_under

router = APIRouter(include_in_schema=False)

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"
MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css"}

SWAGGER_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tipoff API</title>
<link rel="stylesheet" href="/docs/static/swagger-ui/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/docs/static/swagger-init.js"></script>
</body>
</html>
"""

SWAGGER_INIT = """window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  layout: "BaseLayout",
  deepLinking: true,
  showExtensions: true,
  showCommonExtensions: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset]
});
"""

REDOC_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tipoff API</title>
</head>
<body>
<redoc spec-url="/openapi.json"></redoc>
<script src="/docs/static/redoc/redoc.standalone.js"></script>
</body>
</html>
"""


@router.get("/docs")
def swagger_ui() -> HTMLResponse:
    return HTMLResponse(SWAGGER_PAGE)


@router.get("/redoc")
def redoc() -> HTMLResponse:
    return HTMLResponse(REDOC_PAGE)


@router.get("/docs/static/swagger-init.js")
def swagger_init() -> Response:
    return Response(SWAGGER_INIT, media_type="text/javascript")


@router.get("/docs/static/{path:path}")
def vendored(path: str) -> FileResponse:
    target = file_under(VENDOR_DIR, path)
    if target is None:
        raise HTTPException(status_code=404, detail="no such file")
    media_type = MEDIA_TYPES.get(target.suffix, "text/plain")
    return FileResponse(target, media_type=media_type, headers={"Cache-Control": "no-cache"})
