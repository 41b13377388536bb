"""What the comparison panel and its slides show, built from the content for one language and one set of weights."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from numbers import Real

import pandas as pd

from reelreality.compare import blocks, charts, logic, sentences, tables
from reelreality.compare.blocks import Block
from reelreality.compare.logic import Matrix, Ranking
from reelreality.compare.model import ApproachesFile, ApproachScore
from reelreality.compare.sentences import Names
from reelreality.content import Content
from reelreality.core.models import Text
from reelreality.style import Chart
from reelreality.text import Phrases


@dataclass(frozen=True)
class Comparison:
    """Everything the comparison shows for one set of weights, in one language."""

    ranking: Ranking  # `ranking.ok` is False when every weight is zero
    verdict: str  # who comes first, or why nothing can be ranked
    focus: str  # where the focus approach (the single custom model) would come first
    flip: str  # how firm first place is
    radar: Block  # scores by criterion; its table is the score grid with the current weights
    bars: Block | None  # the weighted ranking; None when every weight is zero
    strips: Block | None  # where first place flips, criterion by criterion; None when every weight is zero


def build(file: ApproachesFile, weights: Mapping[str, Real], phrases: Phrases) -> Comparison:
    """The comparison for these weights (one per criterion id, not all zero for a ranking)."""
    matrix = Matrix.from_file(file)
    ranking = logic.rank(matrix, weights)
    sens = logic.sensitivity(matrix, weights)
    names = Names.of(file, phrases.lang)
    colours = charts.approach_colours(matrix.approaches)
    verdict = sentences.verdict(ranking, names, phrases)
    flip = sentences.winner_sentence(sens, ranking, names, phrases)
    return Comparison(
        ranking=ranking,
        verdict=verdict,
        focus=sentences.focus_sentence(sens, ranking, file.focus, names, phrases),
        flip=flip,
        radar=blocks.radar_block(file, matrix, ranking, names, colours, phrases),
        bars=blocks.ranking_block(ranking, verdict, names, colours, phrases) if ranking.ok else None,
        strips=blocks.sensitivity_block(sens, flip, names, colours, phrases) if ranking.ok else None,
    )


def comparison(content: Content, lang: str, weights: Mapping[str, Real]) -> Comparison:
    """The comparison the panel shows for the reader's weights."""
    return build(content.approaches, weights, content.phrases(lang))


def _statuses(content: Content, lang: str) -> dict[str, str]:
    return {s.id: s.label(lang) for s in content.method.statuses}


def _publishers(content: Content) -> dict[str, str]:
    return {s.id: s.publisher for s in content.sources.sources}


def firefly_timeline(content: Content, lang: str) -> Block:
    """Firefly's path from its own models to partners' models (the weights do not change it)."""
    return blocks.timeline_block(
        content.approaches, content.phrases(lang), _publishers(content), _statuses(content, lang)
    )


def compare_scores(content: Content, lang: str) -> pd.DataFrame:
    """Every editorial score with its rationale, evidence status and sources."""
    return tables.scores_table(
        content.approaches, content.phrases(lang), _statuses(content, lang), _publishers(content)
    )


def compare_ranking(content: Content, lang: str) -> Chart:
    """The ranking with the default weights; the caption gives the verdict and where the single model would win."""
    shown = comparison(content, lang, logic.default_weights(content.approaches))
    # The content model requires a positive default weight, so the default weights always rank.
    return Chart(shown.bars.figure, f"{shown.verdict} {shown.focus}")


def compare_sensitivity(content: Content, lang: str) -> Chart:
    """Where first place flips as each criterion's share of the default weights goes from 0 to 100%."""
    shown = comparison(content, lang, logic.default_weights(content.approaches))
    return Chart(shown.strips.figure, f"{shown.focus} {shown.flip}")


@dataclass(frozen=True)
class Reasons:
    """One criterion's scores: a one-line summary to open, then its description and each approach's reason."""

    criterion: str  # the criterion's id
    summary: str  # 'Legal and IP exposure — Single model 3/5 · Platform 3/5 · …'
    description: str
    columns: list[tuple[str, list[tuple[Text, ApproachScore]]]]  # (heading, [(rationale, score)]) per approach


def score_reasons(file: ApproachesFile, phrases: Phrases) -> list[Reasons]:
    """Per criterion, in order: why each approach gets its score, with the score's evidence."""
    lang = phrases.lang
    out = []
    for c in file.criteria:
        scores = [(a.short(lang), a.scores[c.id]) for a in file.approaches]
        out.append(
            Reasons(
                criterion=c.id,
                summary=f"{c.name(lang)} — " + " · ".join(f"{name} {s.score}/5" for name, s in scores),
                description=c.description(lang),
                columns=[
                    (f"{name} · {phrases('compare.score_of', score=s.score)}", [(s.rationale, s)]) for name, s in scores
                ],
            )
        )
    return out
