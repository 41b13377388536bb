"""What the other-sectors page and its slide show, built from the content as named results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.core.scale import PromiseStatusDef
from reelreality.core.site import PageDef
from reelreality.lessons import charts, logic, sentences, tables
from reelreality.lessons.logic import QuoteGroup, RatingGroup
from reelreality.lessons.model import Case, Lesson, Score, Study
from reelreality.style import Chart

CSV_NAME = "other-sectors.csv"


def _matrix_figure(content: Content, cases: Sequence[Case], lang: str) -> go.Figure:
    cf = content.cases
    frame = tables.matrix_frame(cf, cases, content.source_map, lang)
    return charts.lessons_matrix(frame, tables.value_styles(cf, lang), highlight=logic.reference(cf).company)


def lessons_matrix(content: Content, lang: str) -> Chart:
    """Every case on every question: the pattern at a glance (the slide figure)."""
    cases = logic.ordered_cases(content.cases)
    caption = sentences.matrix_caption(content.cases, cases, content.phrases(lang))
    return Chart(_matrix_figure(content, cases, lang), caption)


@dataclass(frozen=True)
class MatrixBlock:
    """The case × question heat map for the sectors chosen, its caption, its data as a table and the CSV name."""

    figure: go.Figure
    caption: str
    table: pd.DataFrame
    file_name: str


def matrix_block(content: Content, lang: str, sectors: Sequence[str]) -> MatrixBlock | None:
    """The matrix for the cases of `sectors`; None when no case is left."""
    cases = logic.cases_in(content.cases, sectors)
    if not cases:
        return None
    phrases = content.phrases(lang)
    statuses = content.method.status_labels(lang)
    table = tables.matrix_table(content.cases, content.scale, cases, content.source_map, phrases, statuses)
    caption = sentences.matrix_caption(content.cases, cases, phrases)
    return MatrixBlock(_matrix_figure(content, cases, lang), caption, table, CSV_NAME)


@dataclass(frozen=True)
class LessonCard:
    """A lesson with the notes under it: its count in the matrix shown, the studies it also draws on."""

    lesson: Lesson
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Selection:
    """What the chosen sectors show besides the matrix: where their promises stand, and the lessons."""

    ratings: tuple[RatingGroup, ...]
    rating_caption: str
    lessons: tuple[LessonCard, ...]


def selection(content: Content, lang: str, sectors: Sequence[str]) -> Selection:
    """The rating tally and the lesson cards for the cases of `sectors`."""
    cf = content.cases
    phrases = content.phrases(lang)
    cases = logic.cases_in(cf, sectors)
    cards = []
    for lesson in cf.lessons:
        counted = sentences.lesson_caption(cf, lesson, cases, phrases)
        notes = [counted] if counted else []
        if lesson.studies:
            notes.append(f"{phrases('lessons.studies_cited')} {sentences.study_titles(cf, lesson, phrases)}")
        cards.append(LessonCard(lesson, tuple(notes)))
    return Selection(
        ratings=tuple(logic.rating_groups(content.scale, cases)),
        rating_caption=sentences.rating_caption(cases, phrases),
        lessons=tuple(cards),
    )


@dataclass(frozen=True)
class DatedStep:
    """A step of a case: its date at the precision the sources give, and what happened."""

    when: str
    label: str


@dataclass(frozen=True)
class ScoreLine:
    """One question of the case file: the question, the answer's label and the score (reasoning, evidence)."""

    question: str
    answer: str
    score: Score


@dataclass(frozen=True)
class CaseCard:
    """The case file: one case with its sector, rating, dated steps, quotes and answers, in the viewer's language."""

    case: Case
    sector: str
    rating: PromiseStatusDef
    dates: tuple[DatedStep, ...]
    quotes: tuple[QuoteGroup, ...]
    scores: tuple[ScoreLine, ...]


def case_card(content: Content, lang: str, case_id: str | None) -> CaseCard:
    """The case file for `case_id` (the reference case when the id is unknown or missing)."""
    cf = content.cases
    phrases = content.phrases(lang)
    case = logic.case_by_id(cf, case_id)
    values = {v.id: v.label(lang) for v in cf.values}
    return CaseCard(
        case=case,
        sector=next(s.label(lang) for s in cf.sectors if s.id == case.sector),
        rating=logic.rating_of(content.scale, case),
        dates=tuple(DatedStep(sentences.when(d, phrases), d.label(lang)) for d in logic.dated_steps(case)),
        quotes=tuple(logic.quotes_by_moment(case)),
        scores=tuple(
            ScoreLine(d.question(lang), values[case.scores[d.id].value], case.scores[d.id]) for d in cf.dimensions
        ),
    )


@dataclass(frozen=True)
class StudyCard:
    """A cross-sector study and its date, written the viewer's way."""

    study: Study
    when: str


def study_cards(content: Content, lang: str) -> list[StudyCard]:
    """The cross-sector studies, in file order."""
    phrases = content.phrases(lang)
    return [StudyCard(s, phrases.date(s.date, s.date_precision)) for s in content.cases.studies]


@dataclass(frozen=True)
class ClosingPoint:
    """What would have worked, and the companies it was seen in."""

    text: str
    seen_in: str


@dataclass(frozen=True)
class ClosingView:
    """'What would have worked': the points with the cases they were seen in, and the link to the
    model comparison when the site lists that page."""

    intro: str
    points: tuple[ClosingPoint, ...]
    note: str
    target: PageDef | None


def closing(content: Content, lang: str) -> ClosingView:
    """The page's closing section in `lang`."""
    cf = content.cases
    names = logic.companies(cf)
    return ClosingView(
        intro=cf.closing.intro(lang),
        points=tuple(ClosingPoint(p.text(lang), ", ".join(names[c] for c in p.cases)) for p in cf.closing.points),
        note=cf.closing.link_note(lang),
        target=logic.link_target(content.site.pages, cf.closing.link_script),
    )
