"""The optional LLM backend against a real local HTTP stub (no network beyond loopback)."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from app.extraction import LLMConfig, LLMError, extract, extract_llm, load_scale
from app.extraction.cli import main
from app.extraction.llm import locate, read_phrase

ARTICLE = (
    "Shares in Kestrel fell on Monday.\n\n"
    "Analysts at Hollis Grant said margins were “very unlikely to recover before 2026”. "
    "Sarah Okafor expects the chip shortage to ease in the second half of this year. "
    "The company will open a new plant in June."
)
PUB = dt.date(2022, 3, 10)


class _Stub(BaseHTTPRequestHandler):
    """Answers every POST with the next canned reply; records what it was sent."""

    replies: ClassVar[list[tuple[int, Any, float]]] = []
    requests: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        type(self).requests.append(
            {"path": self.path, "auth": self.headers.get("Authorization"), "body": body}
        )
        status, payload, delay = type(self).replies.pop(0)
        if delay:
            time.sleep(delay)
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def stub() -> Iterator[tuple[str, type[_Stub]]]:
    _Stub.replies = []
    _Stub.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", _Stub
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _completion(content: str) -> dict[str, Any]:
    return {"choices": [{"message": {"role": "assistant", "content": content}}]}


GOOD = {
    "forecasts": [
        {
            # typographic quotes in the text, straight ones from the model: still found
            "quote": 'margins were "very unlikely to recover before 2026"',
            "claim": "Margins will recover before 2026",
            "probability_phrase": "very unlikely",
            "forecaster": "Hollis Grant",
            "horizon": "before 2026",
        },
        {
            "quote": "Sarah Okafor expects the chip shortage to ease in the second half "
            "of this year",
            "claim": "The chip shortage will ease in the second half of 2022",
            "probability_phrase": "expects",
            "forecaster": "Sarah Okafor",
            "horizon": "in the second half of this year",
        },
        {
            "quote": "Kestrel shares will double by Christmas",  # not in the article
            "claim": "Kestrel shares will double by Christmas",
            "probability_phrase": "will",
            "forecaster": "BBC",
        },
        {"claim": "no quote at all", "probability_phrase": "likely"},
        {"quote": "The company will open a new plant in June", "probability_phrase": "moonish"},
    ]
}


def test_llm_answer_is_checked_against_the_text(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.replies.append((200, _completion("```json\n" + json.dumps(GOOD) + "\n```"), 0))
    config = LLMConfig(base_url=url, model="stub-1", api_key="k-123", timeout=5)
    result = extract_llm(ARTICLE, published=PUB, publisher="BBC", config=config)
    assert result.unfound_quotes == 1
    assert result.unreadable == 2
    assert [c.forecaster for c in result.candidates] == ["Hollis Grant", "Sarah Okafor"]
    first, second = result.candidates
    assert ARTICLE[first.start : first.end] == first.quote
    assert first.quote.startswith("margins were “very unlikely")
    assert 0.05 <= first.probability <= 0.2
    assert first.resolve_by == dt.date(2025, 12, 31)
    assert second.probability == pytest.approx(0.7)
    assert second.resolve_by == dt.date(2022, 12, 31)
    sent = handler.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["auth"] == "Bearer k-123"
    assert sent["body"]["model"] == "stub-1"
    assert "Kestrel" in sent["body"]["messages"][1]["content"]


def test_extract_selects_the_llm_backend(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.replies.append((200, _completion(json.dumps(GOOD)), 0))
    found = extract(
        ARTICLE,
        published=PUB,
        publisher="BBC",
        backend="llm",
        llm=LLMConfig(base_url=url, model="m", timeout=5),
    )
    assert len(found) == 2
    assert handler.requests[0]["auth"] is None


@pytest.mark.parametrize(
    ("status", "payload", "message"),
    [
        (200, _completion("Sure! Here are the forecasts: margins will fall."), "JSON"),
        (200, _completion(json.dumps({"items": 3})), "forecasts"),
        (200, {"unexpected": True}, "chat completion"),
        (200, b"<html>not json</html>", "chat completion"),
        (500, {"error": "overloaded"}, "HTTP 500"),
    ],
)
def test_malformed_or_failed_answers_raise_llm_error(
    stub: tuple[str, type[_Stub]], status: int, payload: Any, message: str
) -> None:
    url, handler = stub
    handler.replies.append((status, payload, 0))
    with pytest.raises(LLMError, match=message):
        extract_llm(ARTICLE, published=PUB, publisher="BBC", config=LLMConfig(url, "m", timeout=5))


def test_timeout_fails_cleanly(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.replies.append((200, _completion(json.dumps(GOOD)), 1.0))
    began = time.monotonic()
    with pytest.raises(LLMError, match="within"):
        extract_llm(
            ARTICLE, published=PUB, publisher="BBC", config=LLMConfig(url, "m", timeout=0.2)
        )
    assert time.monotonic() - began < 0.9


def test_unreachable_endpoint_fails_cleanly() -> None:
    with pytest.raises(LLMError, match="could not reach"):
        extract_llm(
            ARTICLE,
            published=PUB,
            publisher="BBC",
            config=LLMConfig("http://127.0.0.1:9/v1", "m", timeout=2),
        )


def test_llm_backend_needs_a_config_and_is_never_the_default() -> None:
    with pytest.raises(ValueError, match="LLMConfig"):
        extract(ARTICLE, published=PUB, publisher="BBC", backend="llm")
    with pytest.raises(ValueError, match="unknown backend"):
        extract(ARTICLE, published=PUB, publisher="BBC", backend="oracle")
    rules = extract(ARTICLE, published=PUB, publisher="BBC")
    assert all("will open a new plant" not in c.quote for c in rules)


def test_cli_llm_backend(stub: tuple[str, type[_Stub]], tmp_path: Any, capsys: Any) -> None:
    url, handler = stub
    handler.replies.append((200, _completion(json.dumps(GOOD)), 0))
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = [str(article), "--published", "2022-03-10", "--publisher", "BBC", "--format", "json"]
    assert main([*args, "--backend", "llm", "--llm-base-url", url, "--llm-model", "m"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    handler.replies.append((200, _completion("not json"), 0))
    assert main([*args, "--backend", "llm", "--llm-base-url", url, "--llm-model", "m"]) == 3
    assert "error:" in capsys.readouterr().err
    assert main([*args, "--backend", "llm"]) == 2


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("will", 0.7, 0.99),
        ("won't", 0.7, 0.99),  # the claim keeps its "not"
        ("is likely to", 0.55, 0.8),
        ("is not likely to", 0.2, 0.45),
        ("almost certainly", 0.9, 0.99),
        ("could", 0.25, 0.5),
        ("a 55% chance", 0.55, 0.55),
        ("little chance", 0.05, 0.2),
        ("expects", 0.55, 0.8),
    ],
)
def test_read_phrase_uses_the_scale(phrase: str, low: float, high: float) -> None:
    reading = read_phrase(phrase, load_scale("icd203"))
    assert reading is not None
    assert low <= reading.p <= high


def test_locate_folds_marks_and_spaces_but_not_words() -> None:
    text = "He said “growth  will\nslow” next year."
    span = locate(text, '"growth will slow"')
    assert span is not None
    assert text[span[0] : span[1]] == "“growth  will\nslow”"
    assert locate(text, "growth will stall") is None
    assert locate(text, "will") == (text.index("will"), text.index("will") + 4)
