"""Lessons from other sectors: order, filter and count the cases; build the matrix table and captions.

Pure functions of the validated content (no streamlit, no plotly)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from reelreality.content import Content
from reelreality.core.scale import PromiseStatusDef
from reelreality.core.site import PageDef
from reelreality.lessons.model import Case, CaseQuote, CasesFile, Lesson, Score

MATRIX_COLUMNS = [
    "case_id",
    "case",
    "sector",
    "dimension_id",
    "dimension",
    "question",
    "value_id",
    "value",
    "rationale",
    "status",
    "sources",
]


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


def case_by_id(cf: CasesFile, case_id: str | None) -> Case:
    """The case with this id, or the reference case when the id is unknown or missing."""
    by_id = {c.id: c for c in cf.cases}
    return by_id.get(case_id or "", by_id[cf.reference_case])


def shortfall_ids(cf: CasesFile) -> set[str]:
    return {v.id for v in cf.values if v.shortfall}


def shortfall_counts(cf: CasesFile, cases: Sequence[Case]) -> dict[str, int]:
    """For each dimension (in order): how many of `cases` answer with a shortfall value."""
    weak = shortfall_ids(cf)
    return {d.id: sum(c.scores[d.id].value in weak for c in cases) for d in cf.dimensions}


@dataclass(frozen=True)
class MatrixSummary:
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


def _ui(content: Content, key: str, lang: str, **fmt: object) -> str:
    text = content.ui(key)(lang)
    return text.format(**fmt) if fmt else text


def count_phrase(content: Content, key: str, n: int, lang: str) -> str:
    """'1 case' / '3 cases' from the UI strings `<key>.one` and `<key>.other`."""
    return _ui(content, f"{key}.{'one' if n == 1 else 'other'}", lang, n=n)


def join_words(content: Content, words: Sequence[str], key: str, lang: str) -> str:
    """'a', 'a or b', 'a, b or c' with the UI template `key` ('{a} or {b}') for the last pair."""
    words = list(words)
    if len(words) < 2:
        return "".join(words)
    return _ui(content, key, lang, a=", ".join(words[:-1]), b=words[-1])


def shortfall_phrase(content: Content, lang: str) -> str:
    """The shortfall answers as words, e.g. 'Partly or No'."""
    return join_words(content, [v.label(lang) for v in content.cases.values if v.shortfall], "lessons.or", lang)


def matrix_caption(content: Content, cases: Sequence[Case], lang: str) -> str:
    """The matrix's message in words, computed from the scores of `cases`."""
    cf = content.cases
    s = summarise(cf, cases)
    short = {d.id: d.short(lang) for d in cf.dimensions}
    cases_text = count_phrase(content, "lessons.n_cases", s.n_cases, lang)
    quoted = [_ui(content, "lessons.quoted", lang, x=short[d]) for d in s.top_dims]
    if not s.top_dims:
        text = _ui(content, "lessons.matrix_caption_none", lang, cases=cases_text, d=s.n_dims)
    else:
        text = _ui(
            content,
            "lessons.matrix_caption" if len(s.top_dims) == 1 else "lessons.matrix_caption_tie",
            lang,
            cases=cases_text,
            d=s.n_dims,
            dims=join_words(content, quoted, "lessons.and", lang),
            k=s.top_count,
            n=s.n_cases,
            weak=shortfall_phrase(content, lang),
        )
    if s.reference_shown:
        ref = case_by_id(cf, cf.reference_case).company
        text += " " + _ui(content, "lessons.matrix_caption_ref", lang, ref=ref, r=s.reference_shortfalls, d=s.n_dims)
    return text


def lesson_evidence(cf: CasesFile, lesson: Lesson, cases: Sequence[Case]) -> tuple[int, int] | None:
    """(cases falling short on the lesson's dimension, cases shown), or None without a dimension or cases."""
    if lesson.dimension is None or not cases:
        return None
    return shortfall_counts(cf, cases)[lesson.dimension], len(cases)


def rating_groups(content: Content, cases: Sequence[Case]) -> list[tuple[PromiseStatusDef, list[Case]]]:
    """The cases at each status of the promise scale: scale order, empty statuses left out, cases in
    the order given."""
    return [(s, found) for s in content.scale.statuses if (found := [c for c in cases if c.rating.status == s.id])]


def rating_caption(content: Content, cases: Sequence[Case], lang: str) -> str:
    cases_text = count_phrase(content, "lessons.n_cases", len(cases), lang)
    return _ui(content, "lessons.rating_caption", lang, cases=cases_text)


def matrix_frame(content: Content, cases: Sequence[Case], lang: str) -> pd.DataFrame:
    """One row per case × dimension: labels in `lang`, the answer, its reasoning, status and sources."""
    cf = content.cases
    smap = content.source_map
    sectors = {s.id: s.label(lang) for s in cf.sectors}
    values = {v.id: v.label(lang) for v in cf.values}
    rows = [
        {
            "case_id": c.id,
            "case": c.company,
            "sector": sectors[c.sector],
            "dimension_id": d.id,
            "dimension": d.short(lang),
            "question": d.question(lang),
            "value_id": c.scores[d.id].value,
            "value": values[c.scores[d.id].value],
            "rationale": c.scores[d.id].rationale(lang),
            "status": c.scores[d.id].status,
            "sources": "; ".join(smap[s].publisher for s in c.scores[d.id].sources),
        }
        for c in cases
        for d in cf.dimensions
    ]
    return pd.DataFrame(rows, columns=MATRIX_COLUMNS)


def value_styles(cf: CasesFile, lang: str) -> list[tuple[str, str, str]]:
    """(value id, label, colour) in legend order, for the chart."""
    return [(v.id, v.label(lang), v.colour) for v in cf.values]


def format_when(value: dt.date, precision: str, months: Sequence[str], lang: str) -> str:
    """A date at day, month or year precision, with month names in the viewer's language."""
    if precision == "year":
        return str(value.year)
    month = months[value.month - 1].strip()
    if precision == "month":
        return f"{month} {value.year}"
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def case_dates(case: Case, months: Sequence[str], lang: str) -> list[tuple[str, str]]:
    """(formatted date, label) for each dated step of a case, oldest first."""
    steps = sorted(case.dates, key=lambda d: d.date)
    return [(format_when(d.date, d.precision, months, lang), d.label(lang)) for d in steps]


def link_target(pages: Sequence[PageDef], script: str) -> PageDef | None:
    """The page whose script is `script`, if the site lists it (a panel built later may not exist yet)."""
    return next((p for p in pages if p.script == script), None)


def rating_of(content: Content, case: Case) -> PromiseStatusDef:
    """The promise-scale definition of a case's rating."""
    return next(s for s in content.scale.statuses if s.id == case.rating.status)


def matrix_table(
    content: Content, cases: Sequence[Case], lang: str, status_label: Callable[[str], str], *, card: bool = False
) -> pd.DataFrame:
    """The matrix as a readable table (UI column names); `card` keeps only one case's columns."""
    frame = matrix_frame(content, cases, lang)
    ratings = {c.id: rating_of(content, c).label(lang) for c in cases}
    frame = frame.assign(status=frame["status"].map(status_label), rating=frame["case_id"].map(ratings))
    columns = ["question", "value", "rationale", "status", "sources"]
    if not card:
        columns = ["case", "sector", "rating", *columns]
    return frame[columns].rename(columns={c: content.ui(f"lessons.col.{c}")(lang) for c in columns})


def lesson_caption(content: Content, lesson: Lesson, cases: Sequence[Case], lang: str) -> str | None:
    """The lesson's evidence in the matrix, in words (None when it reads no dimension or nothing is shown)."""
    evidence = lesson_evidence(content.cases, lesson, cases)
    if evidence is None:
        return None
    dimension = next(d for d in content.cases.dimensions if d.id == lesson.dimension)
    return _ui(
        content,
        "lessons.evidence",
        lang,
        k=evidence[0],
        cases=count_phrase(content, "lessons.n_cases", evidence[1], lang),
        weak=shortfall_phrase(content, lang),
        dimension=dimension.short(lang),
    )


def study_titles(content: Content, lesson: Lesson, lang: str) -> str:
    """'Publisher, “Title”; …' for the studies a lesson draws on, quoted the viewer's way."""
    titles = {s.id: f"{s.publisher}, {_ui(content, 'lessons.quoted', lang, x=s.title)}" for s in content.cases.studies}
    return "; ".join(titles[s] for s in lesson.studies)


def case_scores(cf: CasesFile, case: Case, lang: str) -> list[tuple[str, str, Score]]:
    """(question, answer label, score) for each dimension of one case, in dimension order."""
    values = {v.id: v.label(lang) for v in cf.values}
    return [(d.question(lang), values[case.scores[d.id].value], case.scores[d.id]) for d in cf.dimensions]


def quotes_by_moment(case: Case) -> list[tuple[str, list[CaseQuote]]]:
    """The case's quotes grouped as ('promise', [...]) then ('later', [...]); empty groups left out."""
    groups = [(moment, [q for q in case.quotes if q.moment == moment]) for moment in ("promise", "later")]
    return [(moment, quotes) for moment, quotes in groups if quotes]
