"""The sourcing rule: what each verification status requires of the sources a record cites.

One rule, one place. The validator applies it to every sourced record of every content file, and
the method page states it in the words of content/method.yaml (`statuses[].rule`), which the error
messages quote.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from reelreality.core.errors import Problem
from reelreality.core.loader import format_path, nodes
from reelreality.core.models import Source, Sourced

CONFIRMING_TIERS = ("primary", "trade")
"""Tiers whose text, once read, can verify a claim: the party itself, or an outlet reporting directly."""
SOURCE_ARTICLE = "source-article"


def confirms(source: Source) -> bool:
    """A source that can make a record `verified`: primary or trade, and its own text was read."""
    return source.tier in CONFIRMING_TIERS and source.read


def status_problem(status: str, sources: Sequence[Source]) -> str | None:
    """Why `status` does not fit the cited `sources`, or None when it does.

    - verified: at least one cited source is primary or trade and was read;
    - secondary: cites something besides the source article (copies, unread originals);
    - seed-only: cites the source article; any other source is context that does not confirm it;
    - a record that cites only the source article is seed-only.
    """
    tiers = {s.tier for s in sources}
    if tiers == {SOURCE_ARTICLE} and status != "seed-only":
        return "cites only the source article, so it must be seed-only"
    if status == "seed-only" and SOURCE_ARTICLE not in tiers:
        return "seed-only must cite the source article"
    if status == "verified" and not any(confirms(s) for s in sources):
        return "verified needs a cited primary or trade source whose own text was read (these are copies or unread)"
    return None


def sourced_records(model: Any) -> Iterator[tuple[tuple[Any, ...], Sourced]]:
    """Every sourced record under `model` (a content file's model) with its location, depth first."""
    return ((loc, node) for loc, node in nodes(model) if isinstance(node, Sourced))


def check_statuses(
    files: Mapping[str, BaseModel], sources: Mapping[str, Source], rules: Mapping[str, str]
) -> list[Problem]:
    """The sourcing rule over every record of every file: `content/<file>: <record>.status: <why> (rule)`.

    `rules` holds each status's rule as the method page words it, quoted in the message."""
    problems: list[Problem] = []
    for fname, model in files.items():
        raw: Any = None
        for loc, record in sourced_records(model):
            cited = [sources[s] for s in record.sources if s in sources]
            why = status_problem(record.status, cited)
            if why:
                raw = model.model_dump(mode="json") if raw is None else raw
                rule = rules.get(record.status)
                said = f"the rule for '{record.status}' is: {rule}" if rule else why
                listed = ", ".join(f"{s.id} ({s.tier}, {'read' if s.read else 'not read'})" for s in cited)
                problems.append(Problem(fname, format_path(loc + ("status",), raw), f"{said} Cited: {listed}."))
    return problems
