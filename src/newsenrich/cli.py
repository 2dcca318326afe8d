"""Command-line interface.

    newsenrich FILE... [--json] [--published DATE] [--model MODEL]
    newsenrich batch IN.jsonl OUT.jsonl [--text-field text] [--published-field published]
                     [--batch-size N] [--n-process N] [--fail-fast] [--model MODEL]

Exit codes: 0 all inputs done; 1 some inputs failed (each reported on stderr
as ``FILE: ...`` or ``FILE:LINE: ...``, and the run goes on unless
``--fail-fast``); 2 usage error (bad flag or date, missing or unreadable file),
with a one-line message; 130 interrupted (Ctrl-C). ``batch`` writes its output
to a temporary file next to OUT.jsonl and renames it into place at the end, so
OUT.jsonl is never half-written: after a failure or Ctrl-C an earlier
OUT.jsonl is left as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from newsenrich.errors import NewsEnrichError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _main_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsenrich", description="Enrich Dutch news text: stories, entities, dates.",
                epilog="Use 'newsenrich batch IN.jsonl OUT.jsonl' to process a JSONL file.")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to read ('-' for standard input)")
    p.add_argument("--json", action="store_true", help="print Article.to_dict() as JSON (one object per line)")
    p.add_argument("--published", help="publication date (overrides the text's date header)")
    p.add_argument("--fail-fast", action="store_true", help="stop at the first file that fails")
    p.add_argument("--model", help="spaCy pipeline name or path for NER (default: the bundled model)")
    return p


def _batch_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsenrich batch", description="Stream a JSONL file of articles into a JSONL file of results.")
    p.add_argument("input", help="input JSONL ('-' for standard input)")
    p.add_argument("output", help="output JSONL (written atomically)")
    p.add_argument("--text-field", default="text", help="field holding the article text (default: text)")
    p.add_argument("--published-field", default="published", help="field holding a publication date, if present")
    p.add_argument("--published", help="publication date for records without one")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--n-process", type=int, default=1)
    p.add_argument("--fail-fast", action="store_true", help="stop at the first bad input line")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument("--model", help="spaCy pipeline name or path for NER (default: the bundled model)")
    return p


def _load(model: str | None) -> Any:
    import newsenrich

    return newsenrich.load(model)


def _report(message: str) -> None:
    print(f"newsenrich: {message}", file=sys.stderr)


def _published_arg(value: str | None) -> Any:
    """The ``--published`` date, read once up front (a bad one is a usage error)."""
    from newsenrich.published import parse_published

    return parse_published(value) if value else None


def _decode(data: bytes, name: str) -> str:
    """UTF-8 text of a file (a leading byte-order mark dropped); a decoding error names the line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _LineError(f"{name}:{line}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def _read_file(name: str) -> str:
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        return sys.stdin.read() if buffer is None else _decode(buffer.read(), "<stdin>")
    return _decode(Path(name).read_bytes(), name)


def _unreadable(name: str) -> str | None:
    """Why ``name`` cannot be read as an input file, or None."""
    path = Path(name)
    if not path.exists():
        return "no such file"
    if path.is_dir():
        return "is a directory, not a file"
    if not os.access(path, os.R_OK):
        return "permission denied"
    return None


def run_files(args: argparse.Namespace) -> int:
    from newsenrich.display import article_summary

    published = _published_arg(args.published)
    problems = {f: why for f in args.files if f != "-" and (why := _unreadable(f))}
    for name, why in problems.items():
        _report(f"{name}: {why}")
    if problems and (len(problems) == len(set(args.files)) or args.fail_fast):
        return EXIT_USAGE
    enricher = _load(args.model)
    status = EXIT_USAGE if problems else EXIT_OK
    for name in args.files:
        if name in problems:
            continue
        try:
            text = _read_file(name)
            article = enricher.enrich(text, published=published)
        except _LineError as exc:
            _report(str(exc))
        except OSError as exc:
            _report(f"{name}: cannot read: {exc.strerror or exc}")
        except NewsEnrichError as exc:  # too large for the enricher's max_chars
            _report(f"{name}: {exc}")
        else:
            if args.json:
                print(article.to_json())
            else:
                if len(args.files) > 1:
                    print(f"== {name}")
                print(article_summary(article))
            continue
        status = max(status, EXIT_FAILED)
        if args.fail_fast:
            break
    return status


class _LineError(Exception):
    pass


def _records(
    stream: IO[bytes], args: argparse.Namespace, errors: list[str], source: str, max_chars: int, default: Any
) -> Iterator[tuple[int, dict[str, Any], str, Any]]:
    """Good records of a JSONL byte stream; bad lines are reported and skipped."""
    from newsenrich.published import parse_published

    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise _LineError(f"not valid UTF-8 ({exc.reason} at byte {exc.start} of the line)") from None
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _LineError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
            except RecursionError:
                raise _LineError("invalid JSON (nested too deeply)") from None
            if not isinstance(record, dict):
                raise _LineError("not a JSON object")
            text = record.get(args.text_field)
            if not isinstance(text, str):
                raise _LineError(f"no string field {args.text_field!r}")
            if len(text) > max_chars:
                raise _LineError(f"text has {len(text):,} characters, above the limit of {max_chars:,}")
            raw_published = record.get(args.published_field)
            published = parse_published(raw_published) if raw_published else default
        except (_LineError, NewsEnrichError) as exc:
            errors.append(f"{source}:{number}: {exc}")
            _report(errors[-1])
            if args.fail_fast:
                return
            continue
        yield number, record, text, published


_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_line(row: dict[str, Any]) -> str:
    """One JSON line; with \\u escapes when the text holds lone surrogates, which UTF-8 cannot encode."""
    line = json.dumps(row, ensure_ascii=False)
    if not line.isascii() and _SURROGATE.search(line):
        line = json.dumps(row)
    return line + "\n"


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def run_batch(args: argparse.Namespace) -> int:
    if args.input != "-" and (why := _unreadable(args.input)):
        _report(f"{args.input}: {why}")
        return EXIT_USAGE
    out_path = Path(args.output)
    if not out_path.parent.is_dir():
        _report(f"{args.output}: directory {out_path.parent} does not exist")
        return EXIT_USAGE
    if out_path.is_dir():
        _report(f"{args.output}: is a directory, not a file")
        return EXIT_USAGE
    if args.batch_size < 1 or args.n_process < 1:
        _report("--batch-size and --n-process must be at least 1")
        return EXIT_USAGE
    default = _published_arg(args.published)
    enricher = _load(args.model)
    errors: list[str] = []
    total = None
    try:
        if args.input != "-" and not args.no_progress:
            with open(args.input, "rb") as fh:
                total = sum(1 for line in fh if line.strip())
        stream: IO[bytes] = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115 (closed in finally)
    except OSError as exc:
        _report(f"{args.input}: cannot read: {exc.strerror or exc}")
        return EXIT_USAGE
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent)
    except OSError as exc:
        _report(f"{args.output}: cannot write in {out_path.parent}: {exc.strerror or exc}")
        if stream is not sys.stdin.buffer:
            stream.close()
        return EXIT_USAGE
    done = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            records = _records(stream, args, errors, args.input, enricher.max_chars, default)
            meta: deque[tuple[int, dict[str, Any]]] = deque()

            def items() -> Iterator[tuple[str, Any]]:
                for number, record, text, published in records:
                    meta.append((number, {k: v for k, v in record.items() if k != args.text_field}))
                    yield text, published

            articles = enricher.enrich_many(items(), batch_size=args.batch_size, n_process=args.n_process)
            progress = None
            if not args.no_progress:
                from tqdm import tqdm

                progress = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)
            for article in articles:
                number, fields = meta.popleft()
                row = article.to_dict()
                row["input"] = {"line": number, "fields": fields}
                out.write(_json_line(row))
                done += 1
                if progress is not None:
                    progress.update(1)
            if progress is not None:
                progress.close()
            out.flush()
            os.fsync(out.fileno())  # the data is on disk before the name points at it
        mode = out_path.stat().st_mode & 0o777 if out_path.exists() else _default_mode()
        os.chmod(tmp_name, mode)  # mkstemp makes 0600; give the output the usual permissions
        os.replace(tmp_name, out_path)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        if stream is not sys.stdin.buffer:
            stream.close()
    _report(f"{done} articles written to {args.output}; {len(errors)} input line(s) failed")
    return EXIT_FAILED if errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "batch":
            return run_batch(_batch_parser().parse_args(argv[1:]))
        return run_files(_main_parser().parse_args(argv))
    except NewsEnrichError as exc:
        _report(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _report("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
