"""Command-line interface.

    newsenrich FILE... [--json] [--published DATE] [--model MODEL]
    newsenrich batch IN.jsonl OUT.jsonl [--text-field text] [--published-field published]
                     [--batch-size N] [--n-process N] [--fail-fast] [--model MODEL]

Exit codes: 0 all inputs done; 1 some inputs failed (each reported on stderr
with its file and line); 2 usage error (bad flag, missing file), with a
one-line message.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsenrich.errors import NewsEnrichError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _main_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsenrich", description="Enrich Dutch news text: stories, entities, dates.",
                epilog="Use 'newsenrich batch IN.jsonl OUT.jsonl' to process a JSONL file.")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to read ('-' for standard input)")
    p.add_argument("--json", action="store_true", help="print Article.to_dict() as JSON (one object per line)")
    p.add_argument("--published", help="publication date (overrides the text's date header)")
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


def _read_file(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


def run_files(args: argparse.Namespace) -> int:
    from newsenrich.display import article_summary

    missing = [f for f in args.files if f != "-" and not Path(f).is_file()]
    for name in missing:
        _report(f"{name}: no such file")
    if missing and len(missing) == len(args.files):
        return EXIT_USAGE
    enricher = _load(args.model)
    status = EXIT_USAGE if missing else EXIT_OK
    for name in args.files:
        if name in missing:
            continue
        try:
            text = _read_file(name)
            article = enricher.enrich(text, published=args.published)
        except UnicodeDecodeError as exc:
            _report(f"{name}: not valid UTF-8 ({exc.reason} at byte {exc.start})")
            status = max(status, EXIT_FAILED)
            continue
        except OSError as exc:
            _report(f"{name}: cannot read: {exc.strerror or exc}")
            status = max(status, EXIT_FAILED)
            continue
        if args.json:
            print(article.to_json())
        else:
            if len(args.files) > 1:
                print(f"== {name}")
            print(article_summary(article))
    return status


class _LineError(Exception):
    pass


def _records(
    stream: IO[bytes], args: argparse.Namespace, errors: list[str], source: str
) -> Iterator[tuple[int, dict[str, Any], str, Any]]:
    """Good records of a JSONL byte stream; bad lines are reported and skipped."""
    from newsenrich.published import parse_published

    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _LineError(f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _LineError(f"invalid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise _LineError("not a JSON object")
            text = record.get(args.text_field)
            if not isinstance(text, str):
                raise _LineError(f"no string field {args.text_field!r}")
            raw_published = record.get(args.published_field) or args.published
            published = parse_published(raw_published) if raw_published else None
        except (_LineError, NewsEnrichError) as exc:
            errors.append(f"{source}:{number}: {exc}")
            _report(errors[-1])
            if args.fail_fast:
                return
            continue
        yield number, record, text, published


def run_batch(args: argparse.Namespace) -> int:
    if args.input != "-" and not Path(args.input).is_file():
        _report(f"{args.input}: no such file")
        return EXIT_USAGE
    out_path = Path(args.output)
    if not out_path.parent.is_dir():
        _report(f"{args.output}: directory {out_path.parent} does not exist")
        return EXIT_USAGE
    if args.batch_size < 1 or args.n_process < 1:
        _report("--batch-size and --n-process must be at least 1")
        return EXIT_USAGE
    enricher = _load(args.model)
    errors: list[str] = []
    total = None
    if args.input != "-" and not args.no_progress:
        with open(args.input, "rb") as fh:
            total = sum(1 for line in fh if line.strip())
    stream: IO[bytes] = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent)
    done = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            records = _records(stream, args, errors, args.input)
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
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                done += 1
                if progress is not None:
                    progress.update(1)
            if progress is not None:
                progress.close()
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
