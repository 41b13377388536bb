"""Other sectors in words: the matrix and rating captions, a lesson's evidence, the studies it cites, dates."""

from __future__ import annotations

from collections.abc import Sequence

from reelreality.lessons import logic
from reelreality.lessons.model import Case, CaseDate, CasesFile, Lesson
from reelreality.text import Phrases


def quoted(phrases: Phrases, words: str) -> str:
    """`words` in the language's quotation marks (“…” or « … »)."""
    return phrases("lessons.quoted", x=words)


def shortfall_words(cf: CasesFile, phrases: Phrases) -> str:
    """The answers that count as falling short, as one alternative: 'Partly or No'."""
    return phrases.join([v.label(phrases.lang) for v in cf.values if v.shortfall], style="or")


def matrix_caption(cf: CasesFile, cases: Sequence[Case], phrases: Phrases) -> str:
    """The matrix's message in words, computed from the scores of `cases`."""
    s = logic.summarise(cf, cases)
    short = {d.id: d.short(phrases.lang) for d in cf.dimensions}
    scored = phrases.plural("lessons.n_cases_scored", s.n_cases)
    if not s.top_dims:
        text = phrases("lessons.matrix_caption_none", scored=scored, d=s.n_dims)
    else:
        text = phrases(
            "lessons.matrix_caption" if len(s.top_dims) == 1 else "lessons.matrix_caption_tie",
            scored=scored,
            d=s.n_dims,
            dims=phrases.join([quoted(phrases, short[d]) for d in s.top_dims]),
            k=s.top_count,
            n=s.n_cases,
            weak=shortfall_words(cf, phrases),
        )
    if s.reference_shown:
        ref = logic.reference(cf).company
        text += " " + phrases("lessons.matrix_caption_ref", ref=ref, r=s.reference_shortfalls, d=s.n_dims)
    return text


def rating_caption(cases: Sequence[Case], phrases: Phrases) -> str:
    """What the rating tally covers: the promise tracker's scale, for this many cases."""
    return phrases("lessons.rating_caption", cases=phrases.plural("lessons.n_cases", len(cases)))


def lesson_caption(cf: CasesFile, lesson: Lesson, cases: Sequence[Case], phrases: Phrases) -> str | None:
    """The lesson's evidence in the matrix, in words (None when it reads no dimension or nothing is shown)."""
    evidence = logic.lesson_evidence(cf, lesson, cases)
    if evidence is None:
        return None
    dimension = next(d for d in cf.dimensions if d.id == lesson.dimension)
    return phrases(
        "lessons.evidence",
        k=evidence.shortfalls,
        cases=phrases.plural("lessons.n_cases_shown", evidence.shown),
        weak=shortfall_words(cf, phrases),
        dimension=dimension.short(phrases.lang),
    )


def study_titles(cf: CasesFile, lesson: Lesson, phrases: Phrases) -> str:
    """'Publisher, “Title”; …' for the studies a lesson draws on, quoted the viewer's way."""
    titles = {s.id: f"{s.publisher}, {quoted(phrases, s.title)}" for s in cf.studies}
    return "; ".join(titles[s] for s in lesson.studies)


def when(step: CaseDate, phrases: Phrases) -> str:
    """A case's dated step at its precision: '18 September 2024', 'May 2025' or '2021'."""
    return phrases.date(step.date, step.precision)
