from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.audit.service import record, record_payload
from app.auth.service import Principal
from app.db import utcnow
from app.errors import Conflict, Invalid, NotFound
from app.forecasters.models import KINDS, Forecaster, ForecasterName


def name_key(name: str) -> str:
    """The lookup key for a name: case, spacing, edge punctuation and a leading 'the' ignored."""
    key = " ".join(name.casefold().split()).strip(" .,;:'\"")
    return key[4:] if key.startswith("the ") else key


def _clean(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or not name_key(cleaned):
        raise Invalid("a forecaster name must contain letters or digits")
    if len(cleaned) > 200:
        raise Invalid("a forecaster name must be at most 200 characters")
    return cleaned


def find(session: Session, name: str) -> Forecaster | None:
    fid = session.scalar(
        select(ForecasterName.forecaster_id).where(ForecasterName.key == name_key(name))
    )
    return session.get(Forecaster, fid) if fid is not None else None


def get(session: Session, forecaster_id: int) -> Forecaster:
    forecaster = session.get(Forecaster, forecaster_id)
    if forecaster is None:
        raise NotFound(f"forecaster {forecaster_id} does not exist")
    return forecaster


def ensure(
    session: Session,
    principal: Principal,
    name: str,
    kind: str = "unknown",
    aliases: list[str] | None = None,
) -> Forecaster:
    """Return the forecaster known by ``name``, creating it on first use."""
    name = _clean(name)
    existing = find(session, name)
    if existing is not None:
        return existing
    return create(session, principal, name, kind, aliases or [], race_ok=True)


def ensure_many(session: Session, principal: Principal, kinds: Mapping[str, str]) -> dict[str, int]:
    """Name key -> forecaster id for each name in `kinds` (name -> kind), creating the missing.

    The bulk form of `ensure` for imports: a few statements however many names, and one
    audit entry per kind of row. A name that a concurrent writer creates first is theirs:
    the conflict on the name key makes ours step aside, and its forecaster row is dropped.
    """
    wanted = {name_key(_clean(name)): (_clean(name), kind) for name, kind in kinds.items()}
    ids = _ids_of(session, list(wanted))
    missing = sorted(key for key in wanted if key not in ids)
    if not missing:
        return ids
    people = _table(Forecaster)
    rows = [{"name": wanted[k][0], "kind": wanted[k][1], "created_at": utcnow()} for k in missing]
    new_ids = list(
        session.scalars(people.insert().returning(people.c.id, sort_by_parameter_order=True), rows)
    )
    names = _table(ForecasterName)
    dialect = session.get_bind().dialect.name
    insert: Any = postgresql.insert(names) if dialect == "postgresql" else sqlite.insert(names)
    claimed = {
        key: (name_id, fid)
        for key, name_id, fid in session.execute(
            insert.on_conflict_do_nothing(index_elements=["key"]).returning(
                names.c.key, names.c.id, names.c.forecaster_id
            ),
            [
                {"forecaster_id": fid, "name": wanted[k][0], "key": k, "primary": True}
                for fid, k in zip(new_ids, missing, strict=True)
            ],
        )
    }
    lost = [fid for fid, k in zip(new_ids, missing, strict=True) if k not in claimed]
    if lost:
        session.execute(delete(people).where(people.c.id.in_(lost)))
        ids.update(_ids_of(session, [k for k in missing if k not in claimed]))
    made = [(fid, k) for fid, k in zip(new_ids, missing, strict=True) if k in claimed]
    if made:
        made_ids = [fid for fid, _ in made]
        record_payload(
            session,
            principal,
            "forecaster.create",
            "forecaster",
            f"{made_ids[0]}..{made_ids[-1]}",
            [{"id": fid, "name": wanted[k][0], "kind": wanted[k][1]} for fid, k in made],
            refs=made_ids,
        )
        name_ids = [claimed[k][0] for _, k in made]
        record_payload(
            session,
            principal,
            "forecaster_name.create",
            "forecaster_name",
            f"{min(name_ids)}..{max(name_ids)}",
            [
                {"id": claimed[k][0], "forecaster_id": fid, "name": wanted[k][0], "key": k}
                for fid, k in made
            ],
            refs=name_ids,
        )
        ids.update({k: fid for fid, k in made})
    return ids


def _ids_of(session: Session, keys: list[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for start in range(0, len(keys), 5000):
        stmt = select(ForecasterName.key, ForecasterName.forecaster_id).where(
            ForecasterName.key.in_(keys[start : start + 5000])
        )
        ids.update({key: fid for key, fid in session.execute(stmt)})  # noqa: C416
    return ids


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def create(
    session: Session,
    principal: Principal,
    name: str,
    kind: str = "unknown",
    aliases: list[str] | None = None,
    *,
    race_ok: bool = False,
) -> Forecaster:
    if kind not in KINDS:
        raise Invalid(f"kind must be one of {', '.join(KINDS)}")
    name = _clean(name)
    names = [name, *(_clean(a) for a in aliases or [])]
    keys = [name_key(n) for n in names]
    if len(set(keys)) != len(keys):
        raise Invalid("a forecaster's name and aliases must differ from one another")
    taken = session.scalars(select(ForecasterName.name).where(ForecasterName.key.in_(keys))).all()
    if taken and not race_ok:
        raise Conflict(f"name(s) already in use: {', '.join(taken)}")
    try:
        # A savepoint lets a concurrent creator of the same name win without
        # failing this whole request.
        with session.begin_nested():
            forecaster = Forecaster(name=name, kind=kind)
            session.add(forecaster)
            session.flush()
            rows = [
                ForecasterName(forecaster_id=forecaster.id, name=n, key=k, primary=(i == 0))
                for i, (n, k) in enumerate(zip(names, keys, strict=True))
            ]
            session.add_all(rows)
            session.flush()
    except IntegrityError:
        winner = find(session, name)
        if winner is None or not race_ok:
            raise Conflict(f"the name {name!r} or one of its aliases is already in use") from None
        return winner
    session.refresh(forecaster, ["names"])
    record(session, principal, "forecaster.create", forecaster)
    for row in rows:
        record(session, principal, "forecaster_name.create", row)
    return forecaster


def add_alias(session: Session, principal: Principal, forecaster_id: int, alias: str) -> Forecaster:
    forecaster = get(session, forecaster_id)
    alias = _clean(alias)
    owner = find(session, alias)
    if owner is not None:
        if owner.id == forecaster.id:
            return forecaster
        raise Conflict(f"{alias!r} already names forecaster {owner.id} ({owner.name})")
    row = ForecasterName(forecaster_id=forecaster.id, name=alias, key=name_key(alias))
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        raise Conflict(f"{alias!r} was just taken by another forecaster") from None
    record(session, principal, "forecaster_name.create", row)
    session.refresh(forecaster, ["names"])
    return forecaster


def search(
    session: Session, q: str | None, limit: int, offset: int
) -> tuple[list[Forecaster], int]:
    stmt = select(Forecaster)
    if q:
        ids = select(ForecasterName.forecaster_id).where(
            ForecasterName.key.contains(name_key(q), autoescape=True)
        )
        stmt = stmt.where(Forecaster.id.in_(ids))
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(
        stmt.options(selectinload(Forecaster.names))
        .order_by(Forecaster.name, Forecaster.id)
        .limit(limit)
        .offset(offset)
    )
    return list(rows), total
