"""Property-based fuzzing of every operation from the OpenAPI document (Schemathesis).

Valid and invalid requests, with an admin key, against a fresh database (SQLite,
and PostgreSQL when configured, where NUL bytes and integer ranges bite):
no response may be a 5xx, and every response must match what the spec documents
(status, content type, headers, body schema). Bounded (examples per operation)
and deterministic (derandomized). Schemathesis' own pytest loader does not run
under pytest 9, so each operation's strategy is driven by Hypothesis here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode
from schemathesis.checks import CheckFunction, not_a_server_error
from schemathesis.openapi.loaders import from_asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.config import Settings
from app.db import Database
from app.main import create_app
from tests.conftest import Keys
from tests.helpers import make_keys, new_event, new_question

pytestmark = pytest.mark.slow

EXAMPLES = 30
# What the API promises: no server error, and only documented statuses, media types,
# headers and bodies. (Schemathesis' stricter opinions, e.g. that unknown query
# parameters must be refused, are not promises this API makes.)
CHECKS: list[CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def _labels() -> list[str]:
    # Building the spec needs no database connection.
    spec = create_app(Settings(database_url="sqlite://")).openapi()
    return [
        f"{method.upper()} {path}"
        for path, operations in spec["paths"].items()
        for method in operations
    ]


@pytest.fixture
def target(database: Database) -> Iterator[tuple[TestClient, Keys]]:
    keys = make_keys(database)
    with TestClient(create_app(Settings(database_url=database.url), database)) as client:
        # A few rows, so that generated ids sometimes find something.
        for _ in range(3):
            q = new_question(client, keys)
            new_event(client, keys)
            client.post(
                f"/v1/questions/{q['id']}/forecasts",
                json={"forecaster": "Seed", "probability": 0.5},
                headers=keys.w,
            )
        yield client, keys


@pytest.mark.parametrize("label", _labels())
def test_operation_conforms_to_its_spec(label: str, target: tuple[TestClient, Keys]) -> None:
    client, keys = target
    operation = from_asgi("/openapi.json", client.app).find_operation_by_label(label)
    assert operation is not None, label
    cases = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )

    @given(case=cases)
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Case[Any]) -> None:
        case.call_and_validate(headers=keys.a, checks=CHECKS)

    check()
