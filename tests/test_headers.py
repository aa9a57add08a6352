"""Security headers, offline API docs, and API keys kept out of every log."""

from __future__ import annotations

import logging
import re

import pytest
from fastapi.testclient import TestClient

from app.headers import CSP
from tests.conftest import Keys
from tests.helpers import assert_problem

SRC = re.compile(r"""(?:src|href)=["']([^"']+)["']""")


def _assert_security_headers(res: object) -> None:
    headers = res.headers  # type: ignore[attr-defined]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


def test_every_kind_of_response_has_the_headers(client: TestClient, keys: Keys) -> None:
    responses = [
        client.get("/healthz"),
        client.get("/openapi.json"),
        client.get("/v1/questions"),
        client.get("/v1/nothing"),
        client.post("/v1/questions", json={}, headers=keys.w),
        client.post("/v1/questions", content=b"x" * 2_000_000, headers=keys.w),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 404, 422, 413]
    for res in responses:
        _assert_security_headers(res)
        # A CSP on JSON would only confuse; it belongs on pages.
        assert "content-security-policy" not in res.headers


def test_docs_are_served_locally_under_a_strict_csp(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == CSP
    _assert_security_headers(page)
    html = page.text
    assert "http://" not in html
    assert "https://" not in html
    # The CSP allows no inline script: every <script> must load a served file.
    assert re.search(r"<script>\s*\S", html) is None
    refs = SRC.findall(html)
    assert any(r.endswith("swagger-ui-bundle.js") for r in refs)
    assert any(r.endswith("swagger-ui.css") for r in refs)
    for ref in refs:
        assert ref.startswith("/"), ref
        asset = client.get(ref)
        assert asset.status_code == 200, ref
        assert asset.content, ref
    init = client.get("/docs/swagger-init.js")
    assert "javascript" in init.headers["content-type"]
    assert 'data-spec="/openapi.json"' in html


def test_redoc_and_cdn_docs_are_gone(client: TestClient) -> None:
    assert_problem(client.get("/redoc"), 404)


def test_api_keys_never_reach_the_logs(
    client: TestClient, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    bogus = "ft_0123456789ab_ThisSecretMustNeverBeLogged0000000000000000"
    real_secret = keys.writer.split("_", 2)[2]
    caplog.set_level(logging.DEBUG)
    for name in ("uvicorn", "uvicorn.access", "uvicorn.error", "sqlalchemy.engine", "app"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        bad = client.post("/v1/questions", json={}, headers=Keys.header(bogus))
        assert_problem(bad, 401)
        good = client.post(
            "/v1/questions", json={"title": "T", "resolve_by": "2020-01-01"}, headers=keys.w
        )
        assert good.status_code == 201
        # An error path that logs: a value the database layer refuses.
        client.get("/v1/questions", params={"q": "a\x00b"}, headers=keys.w)
    finally:
        for name in ("uvicorn", "uvicorn.access", "uvicorn.error", "sqlalchemy.engine", "app"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    assert caplog.records, "nothing was logged at DEBUG; the check would prove nothing"
    assert "ThisSecretMustNeverBeLogged" not in caplog.text
    assert real_secret not in caplog.text
