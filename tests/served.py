"""Run the real ``forecast-tracker serve`` in a subprocess, kill it, restart it.

Reusable by any test that needs real server processes: multi-worker races,
SIGKILL in the middle of a write, load runs. Everything binds to 127.0.0.1.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from app.audit.service import CHAIN_LOCK

STARTUP_SECONDS = 60.0
SERVE = (sys.executable, "-m", "app.cli", "serve")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """One ``serve`` command: a supervisor and its workers, in their own process group."""

    database_url: str
    workdir: Path
    workers: int = 2
    env: Mapping[str, str] = field(default_factory=dict)
    # PostgreSQL application_name of the server's connections, to find them in pg_stat_activity.
    name: str = "ft_served"
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def is_postgres(self) -> bool:
        return self.database_url.startswith("postgresql")

    @property
    def url(self) -> str:
        if not self.is_postgres:
            return self.database_url
        glue = "&" if "?" in self.database_url else "?"
        return f"{self.database_url}{glue}application_name={self.name}"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.workdir / f"serve-{self.port}.log"

    def start(self) -> Server:
        env = {**os.environ, **self.env, "FORECAST_DATABASE_URL": self.url}
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*SERVE, "--port", str(self.port), "--workers", str(self.workers)],
                env=env,
                cwd=self.workdir,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Its own group, so that a kill reaches every worker too.
                start_new_session=True,
            )
        self.starts += 1
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited with {self.process.returncode}:\n{self.logs()}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"serve did not become healthy:\n{self.logs()}")

    def kill(self) -> None:
        """SIGKILL the supervisor and all its workers at once: no shutdown code runs."""
        if self.process is None:
            return
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._wait_group_gone()
        self.process = None

    def stop(self) -> None:
        """A graceful stop: in-flight requests finish first."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)
        except ProcessLookupError:
            pass
        self._wait_group_gone()
        self.process = None

    def restart(self) -> Server:
        self.kill()
        return self.start()

    def _wait_group_gone(self) -> None:
        # After a SIGKILL the workers are orphans; wait until none of the group is
        # still running, so that its files, sockets and locks are free again.
        assert self.process is not None
        pgid = self.process.pid
        for _ in range(300):
            if not _live_members(pgid):
                return
            time.sleep(0.05)
        raise RuntimeError(f"processes of group {pgid} survived")

    def logs(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.base, timeout=60, **kwargs)


def _live_members(pgid: int) -> list[int]:
    """Pids in the process group that are not zombies (Linux /proc)."""
    live = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, group = fields[0], int(fields[2])
        if group == pgid and state not in ("Z", "X"):
            live.append(int(stat.parent.name))
    return live


@contextmanager
def running(server: Server) -> Iterator[Server]:
    server.start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Outcome:
    """What became of a request that a kill interrupted."""

    response: httpx.Response | None = None
    error: BaseException | None = None


def kill_during(
    server: Server,
    send: Callable[[httpx.Client], httpx.Response],
    in_flight: Callable[[], bool],
    *,
    timeout: float = 60.0,
) -> Outcome:
    """Start ``send`` in a thread, SIGKILL the server once ``in_flight()`` says the write
    is under way, and return what the client saw (normally a transport error).

    ``in_flight`` is polled; it should look at the database (a held write lock, a
    backend waiting on a lock), never at timing.
    """
    outcome = Outcome()

    def run() -> None:
        with server.client() as client:
            try:
                outcome.response = send(client)
            except BaseException as exc:  # the kill surfaces here as a transport error
                outcome.error = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not in_flight():
        if not thread.is_alive():
            raise AssertionError(f"the request ended before the kill: {outcome}")
        if time.monotonic() > deadline:
            raise AssertionError("the write never got under way")
        time.sleep(0.002)
    server.kill()
    thread.join(timeout=timeout)
    return outcome


def kill_mid_write(
    server: Server, send: Callable[[httpx.Client], httpx.Response], *, timeout: float = 60.0
) -> Outcome:
    """SIGKILL the server while the write that ``send`` makes is under way.

    PostgreSQL: the test holds the audit chain's advisory lock, so the write
    stalls just before its commit with every row written, and the kill lands
    exactly there. SQLite: the kill lands while the server holds the write lock,
    i.e. between BEGIN IMMEDIATE and COMMIT. Any write that is audited works,
    so this serves every write endpoint (resolutions, imports, ...).
    """
    if not server.is_postgres:
        path = Path(server.database_url.removeprefix("sqlite:///"))
        return kill_during(server, send, lambda: sqlite_write_in_progress(path), timeout=timeout)
    with advisory_lock(server.database_url, CHAIN_LOCK):
        outcome = kill_during(
            server,
            send,
            lambda: pg_waiting_on_advisory_lock(server.database_url, server.name),
            timeout=timeout,
        )
    # The orphaned backend aborts once it notices its client is gone.
    deadline = time.monotonic() + timeout
    while pg_connections(server.database_url, server.name) > 0:
        if time.monotonic() > deadline:
            raise AssertionError("the killed server's database sessions linger")
        time.sleep(0.05)
    return outcome


def sqlite_write_in_progress(path: Path) -> bool:
    """True while another connection holds the SQLite write lock (probe never waits)."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
    return False


def pg_waiting_on_advisory_lock(url: str, application_name: str) -> bool:
    return (
        pg_count(
            url,
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = :app "
            "AND wait_event_type = 'Lock' AND wait_event = 'advisory'",
            app=application_name,
        )
        > 0
    )


def pg_connections(url: str, application_name: str) -> int:
    return pg_count(
        url,
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = :app",
        app=application_name,
    )


def pg_count(url: str, sql: str, **params: Any) -> int:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql), params).scalar_one())
    finally:
        engine.dispose()


@contextmanager
def advisory_lock(url: str, key: int) -> Iterator[None]:
    """Hold a PostgreSQL advisory lock from a separate session, e.g. the audit chain's,
    so that a server's write stalls at a known point with all its rows written."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()
    finally:
        engine.dispose()
