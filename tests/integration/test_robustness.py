"""Robustness: hostile inputs, wrong arguments, CLI failures, no network. See docs/robustness.md."""

from __future__ import annotations

import json
import os
import re
import socket
import time
from pathlib import Path

import pytest
from adversarial_inputs import ADVERSARIAL

import newsenrich
from newsenrich import (
    Article,
    InputTooLargeError,
    InputTypeError,
    InvalidArgumentError,
    InvalidPublishedError,
    NewsEnrichError,
    cli,
)
from newsenrich.segment import segment_text
from newsenrich.validate import check_article

SRC = Path(newsenrich.__file__).parent

# -- every adversarial class gives a sound Article ---------------------------------------------


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_class_gives_a_sound_article(enricher, name: str) -> None:
    text = ADVERSARIAL[name](20_000)
    start = time.perf_counter()
    article = enricher.enrich(text)
    elapsed = time.perf_counter() - start
    assert article.text == text
    check_article(article)
    assert elapsed < 10, f"{name}: {elapsed:.1f}s for 20,000 characters"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("date 2021-13 Tekst.", id="impossible-header-month"),
        pytest.param("date 2021-02-30\nTekst.", id="impossible-header-day"),
        pytest.param("date 0000 Tekst.", id="year-zero"),
        pytest.param("\ud800", id="only-a-surrogate"),
        pytest.param("Biden\x00Poetin", id="nul"),
        pytest.param("a\r\nb\rc\nd\u2028e\x85f", id="every-line-break"),
        pytest.param("\n" * 100_000, id="100000-blank-lines"),
        # found by hypothesis: a headline-like paragraph promoted to a headline after a
        # headline + date line lost the date line from every story
        pytest.param(
            "De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot Vladimir Poetin uitgenodigd.\n"
            "Biden wil troepen tegen 11 september uit Afghanistan terugtrekken\n01-Mar-08 \n"
            "De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot Vladimir Poetin uitgenodigd.\n"
            "Biden wil troepen tegen 11 september uit Afghanistan terugtrekken\n01-Mar-08 \n"
            "Biden wil troepen tegen 11 september uit Afghanistan terugtrekken\n"
            "De Amerikaanse president Joe Biden heeft zijn Russische ambtgenoot Vladimir Poetin uitgenodigd. \n",
            id="promoted-headline-kept-the-date-line",
        ),
    ],
)
def test_regression_inputs(enricher, text: str) -> None:
    article = enricher.enrich(text)
    assert article.text == text
    check_article(article)


@pytest.mark.parametrize(
    "text",
    [
        "date 0001-01-01 Sinds september wordt er overlegd.",  # ValueError: year 0 is out of range (calendar.py)
        "date 9999-12-31 Biden sprak dinsdag met Poetin.",  # OverflowError (anchoring.py, from_published)
        "date 0001-01-02 Vorige week dinsdag.",  # OverflowError (anchoring.py, resolve_shift)
    ],
)
def test_calendar_edge_anchors(enricher, text: str) -> None:
    check_article(enricher.enrich(text))


def test_impossible_header_date_is_a_warning_not_an_error(enricher) -> None:
    article = enricher.enrich("date 2021-13 Biden sprak.")
    assert article.published is None
    assert article.header is not None
    assert any("2021-13" in w for w in article.warnings)


def test_lone_surrogates_keep_their_offsets(enricher) -> None:
    text = "Biden\ud800 sprak met \udc00Poetin. Daarna \ud83d Biden."
    article = enricher.enrich(text)
    assert article.text == text
    assert {m.text for e in article.entities for m in e.mentions} >= {"Biden", "Poetin"}
    check_article(article)


# -- linear time: 4x the input takes about 4x the time, not 16x ---------------------------------


def _seconds(fn, arg) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", ["dots", "tiny_paragraphs", "headline_lines", "mixed_newlines"])
def test_segmentation_time_is_linear(name: str) -> None:
    small, large = ADVERSARIAL[name](50_000), ADVERSARIAL[name](200_000)
    ratio = _seconds(segment_text, large) / max(_seconds(segment_text, small), 1e-3)
    assert ratio < 9, f"{name}: 4x the text took {ratio:.1f}x the time"


@pytest.mark.parametrize("name", ["punctuation", "numbers", "one_word"])
def test_enrich_time_is_linear(enricher, name: str) -> None:
    small, large = ADVERSARIAL[name](25_000), ADVERSARIAL[name](100_000)
    ratio = _seconds(enricher.enrich, large) / max(_seconds(enricher.enrich, small), 1e-2)
    assert ratio < 9, f"{name}: 4x the text took {ratio:.1f}x the time"


# -- wrong arguments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        pytest.param(lambda e: e.enrich(None), InputTypeError, r"text must be str, not NoneType", id="none"),
        pytest.param(lambda e: e.enrich(b"Tekst"), InputTypeError, r"decode it first", id="bytes"),
        pytest.param(lambda e: e.enrich(bytearray(b"x")), InputTypeError, r"decode", id="bytearray"),
        pytest.param(lambda e: e.enrich(["Tekst"]), InputTypeError, r"not list", id="list"),
        pytest.param(lambda e: list(e.enrich_many(["a", None])), InputTypeError, r"texts\[1\]", id="index"),
        pytest.param(lambda e: list(e.enrich_many([("a", "2021", 3)])), InputTypeError, r"texts\[0\]", id="triple"),
        pytest.param(lambda e: list(e.enrich_many([(b"a", None)])), InputTypeError, r"texts\[0\]\[0\]", id="pair"),
        pytest.param(lambda e: e.enrich_many("Tekst"), InputTypeError, r"not a single str", id="many-str"),
        pytest.param(lambda e: e.enrich_many(b"Tekst"), InputTypeError, r"not a single bytes", id="many-bytes"),
        pytest.param(lambda e: e.enrich_many(None), InputTypeError, r"iterable", id="many-none"),
        pytest.param(lambda e: e.enrich_many(["a"], batch_size=0), InvalidArgumentError, r"batch_size", id="batch-0"),
        pytest.param(lambda e: e.enrich_many(["a"], batch_size="2"), InputTypeError, r"batch_size", id="batch-str"),
        pytest.param(lambda e: e.enrich("a", published="gisteren"), InvalidPublishedError, r"2021-04-14", id="date"),
        pytest.param(lambda e: e.enrich("a", published=2021), InvalidPublishedError, r"got int", id="date-int"),
        pytest.param(lambda e: e.enrich("a", published="2021-02-30"), InvalidPublishedError, r"2021-04", id="feb30"),
    ],
)
def test_wrong_arguments_get_a_clear_error(enricher, call, error, message: str) -> None:
    with pytest.raises(error, match=message) as info:
        call(enricher)
    assert isinstance(info.value, NewsEnrichError)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [({"max_chars": -1}, InvalidArgumentError), ({"max_chars": "10"}, InputTypeError), ({"model": 12}, InputTypeError)],
)
def test_load_checks_its_arguments_before_loading(kwargs, error) -> None:
    model = kwargs.pop("model", None)
    with pytest.raises(error):
        newsenrich.load(model, **kwargs)


def test_size_limit_names_the_limit(stand_in_model) -> None:
    small = newsenrich.load(stand_in_model, max_chars=100)
    assert small.enrich("x" * 100).text == "x" * 100
    with pytest.raises(InputTooLargeError, match=r"101 characters, above the limit of 100.*max_chars"):
        small.enrich("x" * 101)
    with pytest.raises(InputTooLargeError, match=r"texts\[1\]"):
        list(small.enrich_many(["ok", "x" * 101]))


def test_every_public_error_derives_from_newsenricherror() -> None:
    errors = [getattr(newsenrich, n) for n in newsenrich.__all__ if n.endswith("Error")]
    assert errors and all(issubclass(e, NewsEnrichError) for e in errors)


# -- security --------------------------------------------------------------------------------


def test_no_eval_exec_or_unpickling_in_the_package() -> None:
    pattern = re.compile(r"\b(eval|exec)\(|pickle\.loads?\(|marshal\.loads?\(|shelve\.|yaml\.load\(")
    offenders = [
        f"{path.relative_to(SRC)}:{i}"
        for path in SRC.rglob("*.py")
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line.split("#")[0])
    ]
    assert offenders == []


def test_enrich_opens_no_network_connection(enricher, monkeypatch, seed_text: str) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("newsenrich tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    check_article(enricher.enrich(seed_text))
    check_article(enricher.enrich("date 14 april 2021 Tekst.", published="14 april 2021"))


# -- the command line ------------------------------------------------------------------------


@pytest.fixture
def use_stand_in(monkeypatch, enricher):
    monkeypatch.setattr(cli, "_load", lambda model: enricher)
    return enricher


def test_cli_reports_each_bad_file_and_goes_on(use_stand_in, tmp_path, capsys) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Biden sprak met Poetin.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Regel een.\nRegel \xff twee.\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    code = cli.main([str(bad), str(tmp_path / "missing.txt"), str(folder), str(good), "--json"])
    out, err = capsys.readouterr()
    assert code == 2  # a missing file is a usage error; the others were still done
    assert f"{bad}:2: not valid UTF-8" in err
    assert "missing.txt: no such file" in err
    assert f"{folder}: is a directory" in err
    assert json.loads(out)["text"] == "Biden sprak met Poetin."
    assert "Traceback" not in err


def test_cli_bad_file_exit_code_and_fail_fast(use_stand_in, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3")
    good = tmp_path / "good.txt"
    good.write_text("Tekst.", encoding="utf-8")
    assert cli.main([str(bad), str(good), "--json"]) == 1
    assert capsys.readouterr().out.strip()  # the good file was done
    assert cli.main([str(bad), str(good), "--json", "--fail-fast"]) == 1
    assert capsys.readouterr().out == ""


def test_cli_unreadable_file(use_stand_in, tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Tekst.", encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert cli.main([str(path)]) == 1
    assert f"{path}: cannot read: Permission denied" in capsys.readouterr().err


def test_cli_byte_order_mark_is_dropped(use_stand_in, tmp_path, capsys) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2021-04 Tekst.".encode())
    assert cli.main([str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["published"]["value"] == "2021-04"


def test_cli_too_large_file_is_reported_and_the_run_goes_on(monkeypatch, stand_in_model, tmp_path, capsys) -> None:
    small = newsenrich.load(stand_in_model, max_chars=50)
    monkeypatch.setattr(cli, "_load", lambda model: small)
    big, ok = tmp_path / "big.txt", tmp_path / "ok.txt"
    big.write_text("x" * 51, encoding="utf-8")
    ok.write_text("Tekst.", encoding="utf-8")
    assert cli.main([str(big), str(ok), "--json"]) == 1
    out, err = capsys.readouterr()
    assert f"{big}: text has 51 characters" in err
    assert json.loads(out)["text"] == "Tekst."


def test_cli_bad_published_is_a_usage_error_before_loading(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setattr(cli, "_load", lambda model: pytest.fail("loaded the model"))
    path = tmp_path / "a.txt"
    path.write_text("Tekst.", encoding="utf-8")
    assert cli.main([str(path), "--published", "2021-13"]) == 2
    assert cli.main(["batch", str(path), str(tmp_path / "o.jsonl"), "--published", "morgen"]) == 2
    err = capsys.readouterr().err
    assert "2021-13" in err and "morgen" in err and "Traceback" not in err


def _batch(tmp_path, lines: list[bytes], *extra: str) -> tuple[int, list[dict], Path]:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    code = cli.main(["batch", str(src), str(out), "--no-progress", *extra])
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return code, rows, src


def test_batch_reports_every_kind_of_bad_line_and_goes_on(use_stand_in, tmp_path, capsys) -> None:
    code, rows, src = _batch(
        tmp_path,
        [
            "\ufeff".encode() + json.dumps({"id": 1, "text": "Eerste."}).encode(),  # a BOM on line 1 is fine
            b"{not json",
            b"[1, 2]",
            json.dumps({"id": 4, "body": "geen tekst"}).encode(),
            json.dumps({"id": 5, "text": None}).encode(),
            b'{"id": 6, "text": "\xff"}',
            json.dumps({"id": 7, "text": "Biden\ud800 sprak."}).encode(),  # a lone surrogate, as JSON allows
            json.dumps({"id": 8, "text": "Tekst.", "published": "2021-02-30"}).encode(),
            b"[" * 100_000,
            json.dumps({"id": 10, "text": "Laatste."}).encode(),
        ],
    )
    err = capsys.readouterr().err
    assert code == 1
    for line, message in [(2, "invalid JSON"), (3, "not a JSON object"), (4, "no string field 'text'"),
                          (5, "no string field 'text'"), (6, "not valid UTF-8"), (8, "impossible publication date"),
                          (9, "invalid JSON")]:
        assert f"{src}:{line}: {message}" in err
    assert "Traceback" not in err
    assert [r["input"]["fields"]["id"] for r in rows] == [1, 7, 10]
    assert rows[1]["text"] == "Biden\ud800 sprak."  # written as a \\ud800 escape, read back exactly
    check_article(Article.from_dict({k: v for k, v in rows[1].items() if k != "input"}))


def test_batch_fail_fast_stops_at_the_first_bad_line(use_stand_in, tmp_path, capsys) -> None:
    code, rows, _ = _batch(tmp_path, [b'{"text": "Een."}', b"{bad", b'{"text": "Drie."}'], "--fail-fast")
    assert code == 1
    assert [r["text"] for r in rows] == ["Een."]


def test_batch_too_large_record_is_one_bad_line(monkeypatch, stand_in_model, tmp_path, capsys) -> None:
    small = newsenrich.load(stand_in_model, max_chars=50)
    monkeypatch.setattr(cli, "_load", lambda model: small)
    code, rows, src = _batch(tmp_path, [json.dumps({"text": "x" * 51}).encode(), b'{"text": "Kort."}'])
    assert code == 1
    assert f"{src}:1: text has 51 characters" in capsys.readouterr().err
    assert [r["text"] for r in rows] == ["Kort."]


def test_batch_output_is_atomic_with_the_usual_permissions(use_stand_in, tmp_path, capsys) -> None:
    code, rows, _ = _batch(tmp_path, [b'{"text": "Een."}'])
    out = tmp_path / "out.jsonl"
    assert code == 0 and len(rows) == 1
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_batch_interrupted_leaves_the_old_output_and_no_temporary_file(use_stand_in, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text("old output\n", encoding="utf-8")
    real = use_stand_in.enrich_many

    def interrupted(items, **kwargs):
        for i, article in enumerate(real(items, **kwargs)):
            if i == 2:
                raise KeyboardInterrupt
            yield article

    monkeypatch.setattr(use_stand_in, "enrich_many", interrupted)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": f"Tekst {i}."}) + "\n" for i in range(10)), encoding="utf-8")
    assert cli.main(["batch", str(src), str(out), "--no-progress"]) == 130
    assert out.read_text(encoding="utf-8") == "old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
    assert "interrupted" in capsys.readouterr().err


@pytest.mark.parametrize("target", ["missing-dir/out.jsonl", "folder"])
def test_batch_bad_output_path_is_a_usage_error(use_stand_in, tmp_path, capsys, target: str) -> None:
    (tmp_path / "folder").mkdir()
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Een."}\n', encoding="utf-8")
    assert cli.main(["batch", str(src), str(tmp_path / target), "--no-progress"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_batch_input_that_is_a_directory(use_stand_in, tmp_path, capsys) -> None:
    assert cli.main(["batch", str(tmp_path), str(tmp_path / "out.jsonl")]) == 2
    assert "is a directory" in capsys.readouterr().err
