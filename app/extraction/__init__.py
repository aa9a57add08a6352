"""Forecast extraction: turn an article into reviewable forecast candidates.

Pure package: text in, candidates out. No web framework, database or network use on the
default path (``llm.py`` is an optional backend the caller must ask for).
"""

from __future__ import annotations

from .html import html_to_text
from .linking import Suggestion, rank_questions
from .llm import LLMConfig, LLMError, LLMResult, extract_llm
from .model import Candidate, Quantity
from .rules import extract
from .scales import Scale, ScaleError, load_scale
from .table import render_table

__all__ = [
    "Candidate",
    "LLMConfig",
    "LLMError",
    "LLMResult",
    "Quantity",
    "Scale",
    "ScaleError",
    "Suggestion",
    "extract",
    "extract_llm",
    "html_to_text",
    "load_scale",
    "rank_questions",
    "render_table",
]
