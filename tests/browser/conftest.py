"""A real server and a headless Chromium for the browser tests.

The server is `forecast-tracker serve` in a subprocess on a free local port, over a
SQLite file seeded by `forecast-tracker demo`. Chromium is the system's (Debian's
/usr/bin/chromium by default, or FORECAST_CHROMIUM): a test tool's own browser download
cannot work offline. Without a browser the tests skip, except in CI (CI set), where a
missing browser is a failure: CI must not go green without them.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = re.compile(r"\bft_[0-9a-f]{12}_[A-Za-z0-9_-]+")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so the browser tests must run)", pytrace=False)
    pytest.skip(reason)


def find_chromium() -> str | None:
    chosen = os.environ.get("FORECAST_CHROMIUM")
    # A chosen browser is the only candidate, so a wrong path shows instead of being
    # papered over by another one.
    candidates = [chosen] if chosen else ["/usr/bin/chromium"]
    if not chosen:
        candidates += [shutil.which(n) or "" for n in ("chromium", "chromium-browser")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def screenshot_dir() -> Path:
    base = os.environ.get("CI_OUTPUT_DIR")
    path = Path(base) / "screenshots" if base else ROOT / "ci-output" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _command() -> list[str]:
    script = Path(sys.executable).parent / "forecast-tracker"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Server:
    url: str
    key: str
    log: Path


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    home = tmp_path_factory.mktemp("browser-server")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORECAST_")}
    env["FORECAST_DATABASE_URL"] = f"sqlite:///{home / 'demo.db'}"
    env["FORECAST_LOG_LEVEL"] = "warning"
    seeded = subprocess.run(
        [*_command(), "demo"], cwd=home, env=env, capture_output=True, text=True, timeout=180
    )
    assert seeded.returncode == 0, seeded.stderr
    found = KEY.search(seeded.stdout)
    assert found is not None, f"demo printed no key:\n{seeded.stdout}"
    port = _free_port()
    log = home / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [*_command(), "serve", "--port", str(port), "--no-migrate"],
            cwd=home,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process, log)
        yield Server(url, found.group(0), log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _wait_until_up(url: str, process: subprocess.Popen[Any], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    pytest.fail(f"the server did not start within 60 s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = find_chromium()
    if executable is None:
        _unavailable("no Chromium found (apt-get install chromium, or set FORECAST_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install -e '.[test]')")
    driver = sync_playwright().start()
    try:
        chromium = driver.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
    except Exception as exc:
        driver.stop()
        _unavailable(f"Chromium at {executable} would not start: {exc}")
    try:
        yield chromium
    finally:
        chromium.close()
        driver.stop()


# Records what a page's own script can see of policy violations; the init script runs
# before any of the page's scripts and is not subject to its CSP.
WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


@dataclass
class Watched:
    """A browser tab that remembers everything that went wrong on it."""

    page: Any
    base: str
    problems: list[str] = field(default_factory=list)

    def open(self, path: str) -> Any:
        response = self.page.goto(self.base + path)
        assert response is not None, path
        assert response.status == 200, (path, response.status)
        self.settle()
        return response

    def settle(self) -> None:
        self.page.wait_for_load_state("load")
        # Every chart reports itself drawn once Plotly has finished.
        self.page.wait_for_function(
            "document.querySelectorAll('[data-figure]:not([data-drawn])').length === 0",
            timeout=20_000,
        )

    def check(self, where: str) -> None:
        violations = self.page.evaluate("window.__csp || []")
        problems = [*self.problems, *(f"CSP violation: {v}" for v in violations)]
        self.problems.clear()
        assert not problems, f"{where}: {problems}"

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(screenshot_dir() / f"{name}.png"), full_page=True)


@pytest.fixture
def tab(browser: Any, server: Server) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watched = Watched(page, server.url)
    page.add_init_script(WATCH_CSP)

    def on_console(message: Any) -> None:
        if message.type in ("error", "warning"):
            watched.problems.append(f"console {message.type}: {message.text}")

    def on_response(response: Any) -> None:
        if response.status >= 400:
            watched.problems.append(f"HTTP {response.status}: {response.url}")

    def on_dialog(dialog: Any) -> None:
        # A dialog can only come from script the page was not meant to run.
        watched.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda error: watched.problems.append(f"page error: {error}"))
    page.on("requestfailed", lambda request: watched.problems.append(f"failed: {request.url}"))
    page.on("response", on_response)
    page.on("dialog", on_dialog)
    try:
        yield watched
    finally:
        context.close()
