"""Which audit entries cover which rows, computed in SQL.

An entry covers one row (``entity_id`` is its id, ``refs`` is null) or a batch
(``refs`` lists the ids, in the order their payloads were digested). Expanding
``refs`` needs each backend's JSON functions; doing it in the database lets
``audit verify`` sort and join millions of rows without holding them in memory.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, Subquery, or_, text
from sqlalchemy.sql.elements import ColumnElement

from app.audit.models import AuditEntry

# One row per (row id, entry) pair: ``pos`` orders a batch's rows as digested,
# ``n`` is how many rows the entry covers, ``batch`` tells a batch of one from a
# single entry (their digests differ: a batch digests a list). A single entry
# whose entity_id is not an id yields a null row_id, so that it is reported
# rather than silently ignored.
_COVER = {
    "sqlite": """
        SELECT CASE WHEN entity_id <> '' AND entity_id NOT GLOB '*[^0-9]*'
                    THEN CAST(entity_id AS INTEGER) END AS row_id,
               id AS entry_id, 0 AS pos, 1 AS n, 0 AS batch
        FROM audit_log
        WHERE entity = :entity AND coalesce(json_type(refs), 'null') <> 'array'
        UNION ALL
        SELECT CAST(j.value AS INTEGER), a.id, j.key, json_array_length(a.refs), 1
        FROM audit_log AS a, json_each(a.refs) AS j
        WHERE a.entity = :entity AND json_type(a.refs) = 'array'
    """,
    "postgresql": """
        SELECT CASE WHEN entity_id ~ '^[0-9]{1,18}$' THEN CAST(entity_id AS BIGINT) END AS row_id,
               id AS entry_id, 0 AS pos, 1 AS n, 0 AS batch
        FROM audit_log
        WHERE entity = :entity AND coalesce(json_typeof(refs), 'null') <> 'array'
        UNION ALL
        SELECT CAST(j.value AS BIGINT), a.id, j.pos,
               json_array_length(CASE WHEN json_typeof(a.refs) = 'array' THEN a.refs END), 1
        FROM audit_log AS a
        CROSS JOIN LATERAL json_array_elements_text(
            CASE WHEN json_typeof(a.refs) = 'array' THEN a.refs ELSE '[]'::json END
        ) WITH ORDINALITY AS j(value, pos)
        WHERE a.entity = :entity AND json_typeof(a.refs) = 'array'
    """,
}


def _sql(variants: dict[str, str], dialect: str) -> str:
    try:
        return variants[dialect]
    except KeyError:
        raise ValueError(f"audit coverage is not implemented for {dialect}") from None


def cover(dialect: str, entity: str) -> Subquery:
    """Every (row_id, entry_id, pos, n, batch) for ``entity``, in no particular order."""
    return (
        text(_sql(_COVER, dialect))
        .bindparams(entity=entity)
        .columns(row_id=BigInteger, entry_id=BigInteger, pos=Integer, n=Integer, batch=Integer)
        .subquery("cover")
    )


def placed(dialect: str, entity: str) -> Subquery:
    """The entries that currently vouch for each row: for every row id, its newest entry.

    Rows of a batch keep ``pos`` and ``n`` so the caller can re-digest the batch
    in order. Entries that name no valid id are kept too (``row_id`` null).
    """
    sql = f"""
        SELECT row_id, entry_id, pos, n, batch FROM (
            SELECT row_id, entry_id, pos, n, batch,
                   max(entry_id) OVER (PARTITION BY row_id) AS newest
            FROM ({_sql(_COVER, dialect)}) AS cover
        ) AS ranked
        WHERE entry_id = newest OR row_id IS NULL
    """
    return (
        text(sql)
        .bindparams(entity=entity)
        .columns(row_id=BigInteger, entry_id=BigInteger, pos=Integer, n=Integer, batch=Integer)
        .subquery("placed")
    )


_LISTS = {
    "sqlite": """(json_type(audit_log.refs) = 'array' AND EXISTS (
        SELECT 1 FROM json_each(audit_log.refs) AS r WHERE r.value = :ref_id))""",
    "postgresql": """(json_typeof(audit_log.refs) = 'array' AND EXISTS (
        SELECT 1 FROM json_array_elements_text(
            CASE WHEN json_typeof(audit_log.refs) = 'array' THEN audit_log.refs ELSE '[]'::json END
        ) AS r(value) WHERE r.value = CAST(:ref_id AS TEXT)))""",
}


def covering(dialect: str, row_id: str) -> ColumnElement[bool]:
    """Entries about ``row_id``: named by entity_id, or listing it among their refs."""
    named = AuditEntry.entity_id == row_id
    # isdigit() alone also accepts digits such as "²" that int() refuses.
    if not (row_id.isascii() and row_id.isdigit()) or len(row_id) > 18:
        return named
    listed = text(_sql(_LISTS, dialect)).bindparams(ref_id=int(row_id))
    return or_(named, listed)
