"""Interactive API docs served entirely by the app, so they work offline and under a strict CSP."""

from __future__ import annotations

from html import escape
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse
from starlette.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

HERE = Path(__file__).parent
ASSETS = "/docs/assets"

router = APIRouter(include_in_schema=False)

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - API docs</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="icon" type="image/png" href="{assets}/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui" data-spec="{spec}"></div>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-init.js"></script>
</body>
</html>
"""


@router.get("/docs")
def docs_page(request: Request) -> HTMLResponse:
    app = request.app
    return HTMLResponse(PAGE.format(title=escape(app.title), assets=ASSETS, spec=app.openapi_url))


@router.get("/docs/swagger-init.js")
def docs_init() -> FileResponse:
    return FileResponse(HERE / "swagger-init.js", media_type="text/javascript")


def install(app: FastAPI) -> None:
    """Serve /docs from the bundled Swagger UI; FastAPI's default page loads it from a CDN."""
    app.include_router(router)
    app.mount(ASSETS, StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")
