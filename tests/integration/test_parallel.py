"""enrich_many with worker processes: same Articles, same order, same dates as with one process."""

from __future__ import annotations

import json

import pytest

from newsenrich import InputTypeError, cli


def _items(seed_text: str) -> list[object]:
    texts = [seed_text, "Biden sprak dinsdag met Poetin.", "", "date 2020-01-05 Het Kremlin zweeg.", "Oekraïne."]
    items: list[object] = []
    for i in range(40):
        text = texts[i % len(texts)]
        items.append((text, f"2021-03-{i % 28 + 1:02d}") if i % 3 == 0 else text)
    return items


def test_enrich_many_two_processes_gives_identical_articles(enricher, seed_text: str) -> None:
    items = _items(seed_text)
    one = list(enricher.enrich_many(iter(items), published="2021-04", batch_size=3))
    two = list(enricher.enrich_many(iter(items), published="2021-04", batch_size=3, n_process=2))
    assert two == one
    assert len(two) == 40
    assert two[3].published is not None and two[3].published.value == "2021-03-04"  # per-article date
    assert two[1].published is not None and two[1].published.value == "2021-04"  # the default
    assert [a.to_dict() for a in two] == [a.to_dict() for a in one]


def test_enrich_many_processes_stop_early_without_hanging(enricher) -> None:
    stream = enricher.enrich_many((f"Tekst {i}." for i in range(10_000)), batch_size=2, n_process=2)
    first = [next(stream) for _ in range(3)]
    stream.close()
    assert [a.text for a in first] == ["Tekst 0.", "Tekst 1.", "Tekst 2."]


def test_enrich_many_processes_yield_what_came_before_a_bad_item(enricher) -> None:
    done = []
    with pytest.raises(InputTypeError, match=r"texts\[9\]"):
        for article in enricher.enrich_many([*(f"Tekst {i}." for i in range(9)), 3], batch_size=2, n_process=2):
            done.append(article.text)
    assert done == [f"Tekst {i}." for i in range(9)]


@pytest.mark.parametrize("n_process", [0, -2])
def test_enrich_many_rejects_a_bad_process_count(enricher, n_process: int) -> None:
    with pytest.raises(ValueError, match="n_process"):
        enricher.enrich_many(["Tekst."], n_process=n_process)


def test_batch_cli_with_two_processes_matches_one(monkeypatch, enricher, tmp_path, seed_text: str) -> None:
    monkeypatch.setattr(cli, "_load", lambda model: enricher)
    src = tmp_path / "in.jsonl"
    rows = [{"id": i, "text": seed_text if i % 2 else f"Bericht {i}.", "published": f"2021-04-{i + 1:02d}"} for i in range(12)]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n{bad\n", encoding="utf-8")
    outputs = []
    for n in ("1", "2"):
        out = tmp_path / f"out{n}.jsonl"
        assert cli.main(["batch", str(src), str(out), "--no-progress", "--n-process", n, "--batch-size", "5"]) == 1
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["input"]["fields"]["id"] for line in outputs[1].splitlines()] == list(range(12))
