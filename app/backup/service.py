"""Export the whole record as one JSON document, and restore it into an empty database.

The document is written and read a row at a time, so neither side holds a
table in memory. Restoring keeps ids, times and the audit chain exactly, so
``audit verify`` passes on the copy and the published chain head still holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Integer, Table, exists, func, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator, TypeEngine

import app.models  # noqa: F401  (every table must be on the metadata to be exported)
from app.audit.models import AuditEntry
from app.audit.service import CHAIN_LOCK
from app.dashboard.models import WebSession
from app.db import Base, utcnow
from app.errors import Conflict, Invalid
from app.forecasts.models import LatestForecast
from app.forecasts.service import LATEST_COLUMNS, counted_select
from app.idempotency.models import IdempotencyKey

FORMAT = "forecast-tracker-export"
VERSION = 1
BATCH = 2_000
# Tables that are not part of the record, and why an export leaves them out.
NOT_EXPORTED = {
    LatestForecast.__tablename__: "is derived, and restore rebuilds it",
    IdempotencyKey.__tablename__: "holds short-lived retry records, not the record",
    WebSession.__tablename__: "holds browser sign-ins, which must not outlive their server",
}


def exported_tables() -> list[Table]:
    """Every table but the derived ones, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_EXPORTED]


def is_export(obj: object) -> bool:
    """Whether a parsed JSON document is an export (of any version) rather than an import."""
    return isinstance(obj, Mapping) and obj.get("format") == FORMAT


def _encode(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot export a value of type {type(value).__name__}")


def _dumps(value: Any) -> str:
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_encode
    )


@dataclass(frozen=True)
class Summary:
    counts: dict[str, int]
    head: tuple[int, str] | None
    counted: int = 0


def export(session: Session, out: IO[str]) -> Summary:
    """Write the database to ``out``; run it in a snapshot so the copy is consistent."""
    schema = MigrationContext.configure(session.connection()).get_current_heads()
    header = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": utcnow(),
        "source": session.get_bind().dialect.name,
        "schema": list(schema),
    }
    out.write("{" + _dumps(header)[1:-1] + ',\n"tables":{')
    counts: dict[str, int] = {}
    for i, table in enumerate(exported_tables()):
        out.write(("," if i else "") + f"\n{_dumps(table.name)}:[")
        names = [c.name for c in table.columns]
        stmt = select(table).order_by(*table.primary_key.columns)
        n = 0
        for row in session.execute(stmt.execution_options(yield_per=BATCH)):
            out.write(("," if n else "") + "\n" + _dumps(dict(zip(names, row, strict=True))))
            n += 1
        out.write("\n]")
        counts[table.name] = n
    head = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    trailer = {"counts": counts, "audit_head": {"id": head[0], "hash": head[1]} if head else None}
    out.write("\n}," + _dumps(trailer)[1:-1] + "}\n")
    return Summary(counts, (head[0], head[1]) if head else None)


class _Stream:
    """Pulls JSON values one at a time out of a document too large to load whole."""

    CHUNK = 1 << 16
    SPACE = re.compile(r"[ \t\n\r]*")

    def __init__(self, source: IO[str]) -> None:
        self.source = source
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.decoder = json.JSONDecoder()

    def _more(self) -> bool:
        # Doubling the read keeps re-parsing a value that spans many chunks linear.
        chunk = self.source.read(max(self.CHUNK, len(self.buf) - self.pos))
        if not chunk:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + chunk
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end."""
        while True:
            match = self.SPACE.match(self.buf, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def take(self, char: str) -> None:
        found = self.peek()
        if found != char:
            raise Invalid(f"not a valid export: expected {char!r}, found {found or 'the end'!r}")
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof:
                    raise Invalid(f"not a valid export: {exc.msg}") from None
            else:
                # A number at the very end of the buffer may continue in the next chunk.
                if end < len(self.buf) or self.eof:
                    self.pos = end
                    return value
            self._more()

    def key(self) -> str:
        name = self.value()
        if not isinstance(name, str):
            raise Invalid("not a valid export: expected a key")
        self.take(":")
        return name


class Reader:
    """An export read as it streams: ``header``, then ``tables()``, then ``trailer``."""

    def __init__(self, source: IO[str] | Mapping[str, Any]) -> None:
        self.trailer: dict[str, Any] = {}
        if isinstance(source, Mapping):
            self.header = {k: v for k, v in source.items() if k != "tables"}
            self._parsed: Mapping[str, Any] | None = source
            self._stream: _Stream | None = None
        else:
            self._parsed, self._stream = None, _Stream(source)
            self.header = self._read_header(self._stream)
        if not is_export(self.header):
            raise Invalid(f"not a forecast-tracker export: its 'format' is not {FORMAT!r}")
        if self.header.get("version") != VERSION:
            raise Invalid(
                f"export version {self.header.get('version')!r} is not supported "
                f"(this release reads version {VERSION})"
            )

    @staticmethod
    def _read_header(stream: _Stream) -> dict[str, Any]:
        header: dict[str, Any] = {}
        stream.take("{")
        while stream.peek() == '"':
            name = stream.key()
            if name == "tables":
                # The marker must come first so a file can be recognised from its start.
                return header
            header[name] = stream.value()
            if not is_export(header):
                break
            stream.take(",")
        raise Invalid(
            f"not a forecast-tracker export: it does not start with the {FORMAT!r} marker"
        )

    def tables(self) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
        if self._parsed is not None:
            tables = self._parsed.get("tables")
            if not isinstance(tables, Mapping):
                raise Invalid("not a valid export: 'tables' is not an object")
            for name, rows in tables.items():
                if not isinstance(rows, list):
                    raise Invalid(f"not a valid export: table {name!r} is not a list")
                yield name, iter(rows)
            self.trailer = {k: v for k, v in self._parsed.items() if k != "tables"}
            return
        stream = self._stream
        assert stream is not None
        stream.take("{")
        while stream.peek() == '"':
            name = stream.key()
            rows = self._rows(stream)
            yield name, rows
            for _ in rows:  # whatever the caller left unread
                pass
            if stream.peek() != ",":
                break
            stream.take(",")
        stream.take("}")
        while stream.peek() == ",":
            stream.take(",")
            name = stream.key()
            self.trailer[name] = stream.value()
        stream.take("}")
        if stream.peek() != "":
            raise Invalid("not a valid export: data follows the end of the document")

    @staticmethod
    def _rows(stream: _Stream) -> Iterator[dict[str, Any]]:
        stream.take("[")
        if stream.peek() == "]":
            stream.take("]")
            return
        while True:
            yield stream.value()
            if stream.peek() != ",":
                break
            stream.take(",")
        stream.take("]")


@dataclass
class _Loader:
    """Converts one table's rows back from JSON and inserts them in batches."""

    table: Table
    columns: list[str] | None = None
    pending: list[dict[str, Any]] = field(default_factory=list)
    count: int = 0
    last: dict[str, Any] | None = None

    def add(self, session: Session, row: object) -> None:
        name = self.table.name
        if not isinstance(row, dict):
            raise Invalid(f"not a valid export: a row of {name} is not an object")
        if self.columns is None:
            unknown = sorted(set(row) - set(self.table.columns.keys()))
            if unknown:
                raise Invalid(f"{name} has columns this schema does not: {', '.join(unknown)}")
            self.columns = sorted(row)
        if sorted(row) != self.columns:
            raise Invalid(f"row {self.count + 1} of {name} has different columns from the first")
        self.pending.append({c: _decode(self.table, c, row[c]) for c in self.columns})
        self.count += 1
        self.last = row
        if len(self.pending) >= BATCH:
            self.flush(session)

    def flush(self, session: Session) -> None:
        if self.pending:
            session.execute(insert(self.table), self.pending)
            self.pending = []


def _decode(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = _python_type(table.columns[column].type)
    parse = _PARSERS.get(kind) if kind is not None else None
    if parse is None:
        return value
    try:
        return parse(value)
    except (TypeError, ValueError):
        raise Invalid(f"{table.name}.{column}: {value!r} is not a valid time") from None


_PARSERS: dict[type, Callable[[str], Any]] = {
    datetime: datetime.fromisoformat,
    date: date.fromisoformat,
}


def _python_type(kind: TypeEngine[Any]) -> type | None:
    # A TypeDecorator (UTCDateTime) reports ``object``; what it stores is its impl's type.
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    try:
        return kind.python_type
    except NotImplementedError:
        return None


def filled_tables(session: Session) -> list[str]:
    """Names of the tables that hold rows; restoring needs none."""
    return [
        t.name
        for t in Base.metadata.sorted_tables
        if session.scalar(select(exists().select_from(t)))
    ]


def restore(session: Session, source: IO[str] | Mapping[str, Any]) -> Summary:
    """Load an export into an empty database, in the caller's transaction.

    ``source`` is the open file (read as it streams) or the already parsed
    document. Nothing is committed here: on any error the caller rolls back and
    the database stays empty.
    """
    reader = Reader(source)
    if session.get_bind().dialect.name == "postgresql":
        # Holding the chain lock keeps API writers from appending to the chain mid-restore.
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})
    filled = filled_tables(session)
    if filled:
        raise Conflict("restore needs an empty database; this one has rows in " + ", ".join(filled))
    known = {t.name: t for t in exported_tables()}
    counts: dict[str, int] = {}
    last_entry: dict[str, Any] | None = None
    for name, rows in reader.tables():
        table = known.get(name)
        if table is None:
            why = NOT_EXPORTED.get(name, "is not in this schema")
            raise Invalid(f"the export has a table {name!r}, which {why}")
        if name in counts:
            raise Invalid(f"the export has table {name!r} twice")
        loader = _Loader(table)
        for row in rows:
            loader.add(session, row)
        loader.flush(session)
        counts[name] = loader.count
        if table.name == AuditEntry.__tablename__:
            last_entry = loader.last
    _check_trailer(reader.trailer, counts, last_entry)
    if session.get_bind().dialect.name == "postgresql":
        _reset_sequences(session, [known[n] for n in counts])
    session.execute(insert(LatestForecast).from_select(list(LATEST_COLUMNS), counted_select()))
    counted = session.scalar(select(func.count()).select_from(LatestForecast)) or 0
    head = (last_entry["id"], last_entry["hash"]) if last_entry else None
    return Summary(counts, head, counted)


def _check_trailer(
    trailer: Mapping[str, Any], counts: dict[str, int], last: dict[str, Any] | None
) -> None:
    # A file cut short or edited by hand must not pass for a whole backup.
    expected = trailer.get("counts")
    if not isinstance(expected, Mapping):
        raise Invalid("the export has no row counts at its end: it was cut short")
    wrong = [
        f"{name}: {expected.get(name, 0)} announced, {counts.get(name, 0)} found"
        for name in sorted(set(expected) | set(counts))
        if expected.get(name, 0) != counts.get(name, 0)
    ]
    if wrong:
        raise Invalid("the export's rows do not match its counts (" + "; ".join(wrong) + ")")
    head = trailer.get("audit_head")
    got = {"id": last["id"], "hash": last["hash"]} if last else None
    if head != got:
        raise Invalid(f"the export's audit head is {head} but its last entry is {got}")


def _reset_sequences(session: Session, tables: list[Table]) -> None:
    """Point each serial id past the restored rows, so new writes do not collide."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        name, column = table.name, keys[0].name
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:t, :c), "
                f"coalesce((SELECT max({column}) FROM {name}), 1), "
                f"(SELECT max({column}) FROM {name}) IS NOT NULL)"
            ),
            {"t": name, "c": column},
        )
