"""`python -m reelreality.report`: every sourced record with its status and its sources' tiers and read flags.

    python -m reelreality.report            every record, one line each, then a summary
    python -m reelreality.report --problems  only records that break the sourcing rule (exit 1 if any)
    python -m reelreality.report --quotes    passages in quotation marks that match no quote record

Plain Python (no streamlit, plotly or pandas), like the validator. The status rule itself lives in
reelreality/core/sourcing.py; this command shows its inputs, so a reader can check any label.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator

from reelreality.content import CONTENT_DIR, Content, ContentError, load
from reelreality.core import quotes, sourcing
from reelreality.core.loader import format_path
from reelreality.core.models import Source, Sourced


def rows(content: Content) -> Iterator[tuple[str, str, Sourced, list[Source]]]:
    """(file, record path, record, its sources) for every sourced record of every file."""
    smap = content.source_map
    for fname, model in content.by_file.items():
        raw = model.model_dump(mode="json")
        for loc, record in sourcing.sourced_records(model):
            yield fname, format_path(loc, raw) or "(file)", record, [smap[i] for i in record.sources]


def line(fname: str, path: str, record: Sourced, cited: list[Source]) -> str:
    """One record as a tab-separated line: file, record, status, each source with its tier and read flag."""
    listed = ", ".join(f"{s.id} [{s.tier}, {'read' if s.read else 'not read'}]" for s in cited)
    bad = sourcing.status_problem(record.status, cited)
    return f"{fname}\t{path}\t{record.status}\t{listed}" + (f"\tBREAKS THE RULE: {bad}" if bad else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reelreality.report", description=__doc__.splitlines()[0])
    parser.add_argument("content_dir", nargs="?", default=str(CONTENT_DIR))
    parser.add_argument("--problems", action="store_true", help="only records that break the sourcing rule")
    parser.add_argument("--quotes", action="store_true", help="quoted passages that match no quote record")
    args = parser.parse_args(argv)
    try:
        content = load(args.content_dir)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    if args.quotes:
        found = quotes.check_quoted(content.by_file, skip=quotes.NOT_OURS)
        for problem in found:
            print(problem)
        print(f"{len(found)} quoted passage(s) match no quote record.")
        return 1 if found else 0
    statuses: Counter[str] = Counter()
    broken = verified_unread = 0
    for fname, path, record, cited in rows(content):
        statuses[record.status] += 1
        bad = sourcing.status_problem(record.status, cited) is not None
        broken += bad
        verified_unread += record.status == "verified" and not any(sourcing.confirms(s) for s in cited)
        if bad or not args.problems:
            print(line(fname, path, record, cited))
    summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    print(
        f"{sum(statuses.values())} records ({summary}); {broken} break the sourcing rule; "
        f"{verified_unread} verified without a read primary or trade source."
    )
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
