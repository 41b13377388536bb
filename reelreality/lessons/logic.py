"""Other sectors: order, filter and count the cases on the shared questions (pure functions of the cases file)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reelreality.core.scale import PromiseStatusDef, ScaleFile
from reelreality.core.site import PageDef
from reelreality.lessons.model import Case, CaseDate, CaseQuote, CasesFile, Lesson


def ordered_cases(cf: CasesFile) -> list[Case]:
    """The reference case first, then the others grouped by sector (in sector order), as written."""
    rank = {s.id: i for i, s in enumerate(cf.sectors)}
    others = [c for c in cf.cases if c.id != cf.reference_case]
    others.sort(key=lambda c: rank.get(c.sector, len(rank)))  # stable: keeps file order within a sector
    return [c for c in cf.cases if c.id == cf.reference_case] + others


def cases_in(cf: CasesFile, sectors: Iterable[str]) -> list[Case]:
    """Cases of the chosen sectors, in display order."""
    chosen = set(sectors)
    return [c for c in ordered_cases(cf) if c.sector in chosen]


def companies(cf: CasesFile) -> dict[str, str]:
    """Case id -> company name, in display order (the name is also the case's value in a shared link)."""
    return {c.id: c.company for c in ordered_cases(cf)}


def case_by_id(cf: CasesFile, case_id: str | None) -> Case:
    """The case with this id, or the reference case when the id is unknown or missing."""
    by_id = {c.id: c for c in cf.cases}
    return by_id.get(case_id or "", by_id[cf.reference_case])


def reference(cf: CasesFile) -> Case:
    """The case the others are set beside (Lionsgate × Runway)."""
    return case_by_id(cf, cf.reference_case)


def shortfall_ids(cf: CasesFile) -> set[str]:
    """The answers that count as falling short (Partly, No)."""
    return {v.id for v in cf.values if v.shortfall}


def shortfall_counts(cf: CasesFile, cases: Sequence[Case]) -> dict[str, int]:
    """For each dimension (in order): how many of `cases` answer with a shortfall value."""
    weak = shortfall_ids(cf)
    return {d.id: sum(c.scores[d.id].value in weak for c in cases) for d in cf.dimensions}


@dataclass(frozen=True)
class MatrixSummary:
    """What the matrix of `cases` says, in numbers (its caption puts them in words)."""

    n_cases: int
    n_dims: int
    top_dims: tuple[str, ...]  # dimension ids with the most shortfalls (ties kept, in order)
    top_count: int
    reference_shown: bool
    reference_shortfalls: int


def summarise(cf: CasesFile, cases: Sequence[Case]) -> MatrixSummary:
    counts = shortfall_counts(cf, cases)
    top = max(counts.values(), default=0)
    ref = next((c for c in cases if c.id == cf.reference_case), None)
    weak = shortfall_ids(cf)
    return MatrixSummary(
        n_cases=len(cases),
        n_dims=len(cf.dimensions),
        top_dims=tuple(d for d, n in counts.items() if n == top and top > 0),
        top_count=top,
        reference_shown=ref is not None,
        reference_shortfalls=sum(s.value in weak for s in ref.scores.values()) if ref else 0,
    )


class LessonEvidence(NamedTuple):
    """A lesson's support in the matrix: how many of the cases shown fall short on its dimension."""

    shortfalls: int
    shown: int


def lesson_evidence(cf: CasesFile, lesson: Lesson, cases: Sequence[Case]) -> LessonEvidence | None:
    """The lesson's count among `cases`, or None without a dimension or cases."""
    if lesson.dimension is None or not cases:
        return None
    return LessonEvidence(shortfall_counts(cf, cases)[lesson.dimension], len(cases))


@dataclass(frozen=True)
class RatingGroup:
    """The cases at one status of the promise scale."""

    status: PromiseStatusDef
    cases: tuple[Case, ...]


def rating_groups(scale: ScaleFile, cases: Sequence[Case]) -> list[RatingGroup]:
    """The cases at each status of the promise scale: scale order, empty statuses left out, cases in
    the order given."""
    groups = [RatingGroup(s, tuple(c for c in cases if c.rating.status == s.id)) for s in scale.statuses]
    return [g for g in groups if g.cases]


def rating_of(scale: ScaleFile, case: Case) -> PromiseStatusDef:
    """The promise-scale definition of a case's rating."""
    return next(s for s in scale.statuses if s.id == case.rating.status)


def dated_steps(case: Case) -> list[CaseDate]:
    """The dated steps of a case, oldest first."""
    return sorted(case.dates, key=lambda d: d.date)


@dataclass(frozen=True)
class QuoteGroup:
    """The quotes of one moment: said when promising ('promise') or once reality came in ('later')."""

    moment: str
    quotes: tuple[CaseQuote, ...]


def quotes_by_moment(case: Case) -> list[QuoteGroup]:
    """The case's quotes, promise first then later; empty groups left out."""
    groups = [QuoteGroup(m, tuple(q for q in case.quotes if q.moment == m)) for m in ("promise", "later")]
    return [g for g in groups if g.quotes]


def link_target(pages: Sequence[PageDef], script: str) -> PageDef | None:
    """The page whose script is `script`, if the site lists it (a panel built later may not exist yet)."""
    return next((p for p in pages if p.script == script), None)
