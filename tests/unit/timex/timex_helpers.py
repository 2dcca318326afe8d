"""Helpers shared by the timex tests: gold files and result tuples."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsenrich.article import Published

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data" / "timex"
SEED = ROOT / "seeds" / "000_8bd9632aeaf2a08c.txt"

Row = tuple[str, str, str, str | None, str | None]


def read_jsonl(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf8") as f:
        return [json.loads(line) for line in f if line.strip()]


def anchor_of(record: dict[str, Any]) -> Published | None:
    a = record.get("anchor")
    return Published(a["value"], a["precision"], "argument") if a else None


def gold_params(name: str) -> Iterator[Any]:
    """One ``pytest.param`` per record of a gold file, with the record's id as test id."""
    for record in read_jsonl(name):
        yield pytest.param(record, id=record["id"])


def as_tuples(matches: list[Any]) -> list[Row]:
    return [(t.text, t.type, t.value, t.mod, t.signal) for t in matches]


def gold_tuples(timexes: list[dict[str, Any]]) -> list[Row]:
    return [(t["text"], t["type"], t["value"], t["mod"], t["signal"]) for t in timexes]
