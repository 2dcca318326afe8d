from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsenrich import cli

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_8bd9632aeaf2a08c.txt"


@pytest.fixture(autouse=True)
def stand_in_backend(monkeypatch, enricher):
    """The CLI loads its pipeline through cli._load; give it the stand-in one."""
    monkeypatch.setattr(cli, "_load", lambda model: enricher)


def test_summary_of_the_seed(capsys) -> None:
    assert cli.main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "published: 2021-04 (month, from header)" in out
    assert '"Biden wil troepen tegen 11 september uit Afghanistan terugtrekken"' in out
    assert "repeats story 0" in out
    assert "Joe Biden" in out


def test_json_output_is_to_dict(capsys) -> None:
    assert cli.main([str(SEED), "--json", "--published", "2021-04-14"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == {"value": "2021-04-14", "precision": "day", "source": "argument"}
    assert len(data["stories"]) == 3


def test_stdin(monkeypatch, capsys) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("date 2020-01 Een kort bericht over Poetin."))
    assert cli.main(["-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["published"]["value"] == "2020-01"


def test_missing_file_is_a_usage_error(capsys, tmp_path) -> None:
    assert cli.main([str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt: no such file" in err
    assert "Traceback" not in err


def test_bad_flag_is_a_one_line_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--bogus", str(SEED)])
    assert info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_batch_streams_jsonl_and_reports_bad_lines(tmp_path, capsys) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": 1, "text": "Biden sprak met Poetin."}),
        "{not json",
        json.dumps({"id": 3, "body": "geen tekstveld"}),
        json.dumps({"id": 4, "text": "Het Kremlin reageerde.", "published": "2021-04-14"}),
        json.dumps({"id": 5, "text": "Tekst.", "published": "2021-13"}),
    ]
    src.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "\xff"}\n')
    out = tmp_path / "out.jsonl"
    code = cli.main(["batch", str(src), str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{src}:2: invalid JSON" in err
    assert f"{src}:3: no string field 'text'" in err
    assert f"{src}:5:" in err
    assert f"{src}:6: not valid UTF-8" in err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["input"]["fields"]["id"] for r in rows] == [1, 4]
    assert rows[1]["published"]["value"] == "2021-04-14"
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temporary file left behind


def test_batch_keeps_an_existing_output_when_it_fails_early(tmp_path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("good old output\n")
    assert cli.main(["batch", str(tmp_path / "missing.jsonl"), str(out)]) == 2
    assert out.read_text() == "good old output\n"
