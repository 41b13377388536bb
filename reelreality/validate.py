"""`python -m reelreality.validate [content_dir]`: print every content problem, exit 1 if any."""

from __future__ import annotations

import sys

from reelreality.content import CONTENT_DIR, ContentError, load


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    directory = argv[0] if argv else CONTENT_DIR
    try:
        content = load(directory)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s) found.", file=sys.stderr)
        return 1
    n_sources = len(content.sources.sources)
    print(f"content OK: {len(content.files)} files, {n_sources} sources.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
