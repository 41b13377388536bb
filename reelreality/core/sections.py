"""Each panel's sections: the ids a page's `sections:` list in content/site.yaml puts in order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from reelreality.core.errors import Problem


class Panel(NamedTuple):
    main: str
    """The section that is the page's reason to exist (its main chart or interactive element)."""
    sections: tuple[str, ...]


# The ids each panel script can draw. The panel's own mapping (section id -> function) must name
# exactly these; content/site.yaml decides their order.
PANELS: dict[str, Panel] = {
    "panels/overview.py": Panel(
        "timeline", ("finding", "timeline", "figures", "context", "takeaways", "quotes", "corrections", "explore")
    ),
    "panels/promises.py": Panel("report-card", ("finding", "report-card", "context", "list", "line")),
    "panels/obstacles.py": Panel("tabs", ("finding", "tabs", "context")),
    "panels/compare.py": Panel(
        "matrix", ("finding", "matrix", "context", "seed", "approaches", "sensitivity", "scores", "timeline")
    ),
    "panels/lessons.py": Panel(
        "matrix", ("finding", "matrix", "context", "lessons", "case-file", "studies", "closing")
    ),
    "panels/sources.py": Panel("bibliography", ("finding", "bibliography", "method", "corrections", "log")),
}

MAIN_KEY = "main_element"
FINDING_KEY = "finding"
"""Keys of the containers that hold a page's main element and its finding (the first-screen test finds them)."""

# A sentence ends at . ! or ? followed by a space and a capital or an opening quotation mark.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«“\"])")


def split_finding(text: str) -> tuple[str, str]:
    """A lede as (its first sentence, the rest): the first is the page's one-sentence finding."""
    first, *rest = _SENTENCE_END.split(text.strip(), maxsplit=1)
    return first, "".join(rest)


def problems(index: int, page_id: str, script: str, order: Sequence[str]) -> list[Problem]:
    """What is wrong with one page's `sections:` list: an unknown id, a repeated one, a missing one."""
    where = f"pages[{index}]({page_id}).sections"
    panel = PANELS.get(script)
    if panel is None:
        return [Problem("site.yaml", where, f"{script} declares no sections (add it to reelreality/core/sections.py)")]
    known = panel.sections
    found = []
    for i, sid in enumerate(order):
        if sid not in known:
            found.append(Problem("site.yaml", f"{where}[{i}]", f"unknown section {sid!r} (known: {', '.join(known)})"))
        elif sid in order[:i]:
            found.append(Problem("site.yaml", f"{where}[{i}]", f"section {sid!r} is listed twice"))
    missing = [sid for sid in known if sid not in order]
    if missing:
        found.append(Problem("site.yaml", where, f"missing section(s) {', '.join(map(repr, missing))}"))
    return found
