"""Write UD sentences in a compact form for annotators (a scratch file, never committed).

    python training/dump_for_annotation.py alpino-test OUT.txt [--data ../shared/data]

Each sentence: a line `# <sent_id>`, the sentence text, and a line `cand:` with
the name spans that the gold POS tags mark (a hint, not the answer).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ud import DEFAULT_DATA, UD_FILES, name_candidates, read_conllu, ud_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", choices=sorted(UD_FILES))
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--skip-ids-from", nargs="*", default=[], help="splits whose sent_ids to skip")
    args = parser.parse_args()
    skip: set[str] = set()
    for other in args.skip_ids_from:
        skip.update(s.sent_id for s in read_conllu(ud_path(other, args.data)))
    n = 0
    with args.out.open("w", encoding="utf8") as out:
        for sent in read_conllu(ud_path(args.split, args.data)):
            if sent.sent_id in skip:
                continue
            cands = [" ".join(sent.words[a:b]) for a, b in name_candidates(sent)]
            out.write(f"# {sent.sent_id}\n{' '.join(sent.words)}\ncand: {' | '.join(cands)}\n\n")
            n += 1
    print(f"{n} sentences -> {args.out}")


if __name__ == "__main__":
    main()
