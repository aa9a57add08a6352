"""Static files: the pages' CSS and JS, and plotly.js from the installed plotly package.

Nothing is fetched from a CDN, so the pages work offline. Every URL carries a version
(plotly's release, a hash of our own files), which lets browsers cache them for a year.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import plotly
from fastapi import Request
from fastapi.responses import Response

from app.errors import NotFound

OURS = {
    "dashboard.css": "text/css",
    "dashboard.js": "text/javascript",
    "favicon.svg": "image/svg+xml",
}
FOREVER = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Asset:
    body: bytes
    media_type: str
    version: str

    @property
    def packed(self) -> bytes:
        return _gzip(self.body)


@cache
def _gzip(body: bytes) -> bytes:
    return gzip.compress(body, compresslevel=6, mtime=0)


@cache
def plotly_js() -> Asset:
    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return Asset(path.read_bytes(), "text/javascript", plotly.__version__)


@cache
def ours(name: str) -> Asset:
    if name not in OURS:
        raise NotFound(f"no static file {name!r}")
    body = resources.files("app.dashboard").joinpath("static", name).read_bytes()
    return Asset(body, OURS[name], hashlib.sha256(body).hexdigest()[:12])


def url(name: str) -> str:
    if name == "plotly.js":
        return f"/static/plotly-{plotly_js().version}.min.js"
    return f"/static/{name}?v={ours(name).version}"


def serve(request: Request, asset: Asset, *, versioned: bool) -> Response:
    headers = {
        "Cache-Control": FOREVER if versioned else "public, max-age=300",
        "Vary": "Accept-Encoding",
        "X-Content-Type-Options": "nosniff",
    }
    body = asset.body
    if "gzip" in request.headers.get("accept-encoding", "") and len(body) > 1024:
        body = asset.packed
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type=asset.media_type, headers=headers)
