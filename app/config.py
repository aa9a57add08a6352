"""Runtime settings, read once from the environment (prefix ``FORECAST_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FORECAST_", env_file=".env", extra="ignore")

    # A file in the working directory keeps the quick start free of any setup.
    database_url: str = f"sqlite:///{Path('forecasts.db').resolve()}"
    require_auth_for_reads: bool = False
    # SQLite waits this long for a competing writer before giving up with 503.
    sqlite_busy_timeout_ms: int = Field(default=15_000, ge=0)
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=10, ge=0)
    # A request fails with 503 after this long rather than hanging on an unreachable database.
    db_connect_timeout_seconds: int = Field(default=5, ge=1)
    # Bodies above these sizes are refused with 413 before they are parsed.
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    max_import_bytes: int = Field(default=268_435_456, ge=1024)
    max_document_bytes: int = Field(default=4_194_304, ge=1024)
    # Questions per POST /v1/import; a bigger file is sent in batches (forecast-tracker import).
    max_import_items: int = Field(default=10_000, ge=1)
    log_level: str = "info"
    # Optional extraction backend: an OpenAI-compatible chat endpoint. Unset, the
    # service only offers the offline rule-based extractor.
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout_seconds: float = Field(default=60.0, gt=0)
    # How long a POST's Idempotency-Key and its stored response are kept.
    idempotency_ttl_seconds: int = Field(default=86_400, ge=60)
    # How long a duplicate waits for the first request with its key before a 409.
    idempotency_wait_seconds: float = Field(default=10.0, gt=0)
    # How long a dashboard sign-in lasts; revoking its key or logging out ends it sooner.
    ui_session_hours: int = Field(default=12, ge=1, le=24 * 30)


@lru_cache
def get_settings() -> Settings:
    return Settings()
