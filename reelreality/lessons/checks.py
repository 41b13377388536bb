"""Cross-file checks of the cases file: every id it uses is defined, every case is complete and cites what it lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.core.errors import Problem

if TYPE_CHECKING:
    from reelreality.content import Content


def _cases_checks(content: Content) -> list[Problem]:
    """Lessons panel: every id a case, lesson or closing point uses is defined; cases are complete."""
    f = "cases.yaml"
    cf = content.cases
    problems: list[Problem] = []

    def known(kind: str, value: str, ids: list[str], path: str) -> None:
        if value not in ids:
            problems.append(Problem(f, path, f"unknown {kind} '{value}' (defined: {', '.join(ids)})"))

    sectors = [s.id for s in cf.sectors]
    values = [v.id for v in cf.values]
    dims = [d.id for d in cf.dimensions]
    statuses = [s.id for s in content.scale.statuses]
    case_ids = [c.id for c in cf.cases]
    study_ids = [s.id for s in cf.studies]
    known("case", cf.reference_case, case_ids, "reference_case")
    companies: dict[str, int] = {}
    for i, case in enumerate(cf.cases):
        at = f"cases[{i}]({case.id})"
        known("sector", case.sector, sectors, f"{at}.sector")
        known("promise status", case.rating.status, statuses, f"{at}.rating.status")
        if case.company in companies:
            first = companies[case.company]
            problems.append(
                Problem(f, f"{at}.company", f"duplicate company name '{case.company}' (first at index {first})")
            )
        companies.setdefault(case.company, i)
        for dim in dims:
            if dim not in case.scores:
                problems.append(Problem(f, f"{at}.scores", f"missing score for dimension '{dim}'"))
        for dim, score in case.scores.items():
            known("dimension", dim, dims, f"{at}.scores.{dim}")
            known("value", score.value, values, f"{at}.scores.{dim}.value")
        # The card lists the case's own sources; they must cover everything the case cites.
        listed = set(case.sources)
        parts = [("promise", case.promise), ("outcome", case.outcome)]
        parts += [(f"quotes[{j}]", q) for j, q in enumerate(case.quotes)]
        parts += [(f"scores.{d}", s) for d, s in case.scores.items()]
        for where, part in parts:
            for j, sid in enumerate(part.sources):
                if sid not in listed:
                    problems.append(
                        Problem(f, f"{at}.{where}.sources[{j}]", f"source '{sid}' is not listed in the case's sources")
                    )
    for i, lesson in enumerate(cf.lessons):
        at = f"lessons[{i}]({lesson.id})"
        for j, cid in enumerate(lesson.cases):
            known("case", cid, case_ids, f"{at}.cases[{j}]")
        for j, sid in enumerate(lesson.studies):
            known("study", sid, study_ids, f"{at}.studies[{j}]")
        if lesson.dimension is not None:
            known("dimension", lesson.dimension, dims, f"{at}.dimension")
    for i, point in enumerate(cf.closing.points):
        for j, cid in enumerate(point.cases):
            known("case", cid, case_ids, f"closing.points[{i}]({point.id}).cases[{j}]")
    return problems


CHECKS = [_cases_checks]
