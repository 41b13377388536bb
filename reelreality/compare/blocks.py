"""The comparison's chart blocks: each figure with the sentence that states its message and its data as a table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reelreality import timeline
from reelreality.compare import charts, sentences, tables
from reelreality.compare.logic import Matrix, Ranking, Sensitivity
from reelreality.compare.model import ApproachesFile
from reelreality.compare.sentences import Names
from reelreality.style import Block
from reelreality.text import Phrases


def ranking_block(ranking: Ranking, verdict: str, names: Names, colours: Mapping[str, str], phrases: Phrases) -> Block:
    """Weighted scores as bars, best first, each labelled with its score (and 'tie' when tied)."""
    tie = phrases("compare.tie")
    figure = charts.ranking_bars(
        [names.short[r.approach] for r in ranking.rows],
        [float(r.score) for r in ranking.rows],
        [phrases.number(float(r.score), 2) + (f" · {tie}" if r.tied else "") for r in ranking.rows],
        [colours[r.approach] for r in ranking.rows],
        axis_title=phrases("compare.ranking_axis"),
    )
    caption = f"{verdict} {phrases('compare.ranking_note')}"
    return Block(figure, caption, tables.ranking_table(ranking, names, phrases), "ranking.csv")


def radar_block(
    file: ApproachesFile, matrix: Matrix, ranking: Ranking, names: Names, colours: Mapping[str, str], phrases: Phrases
) -> Block:
    """Every approach's scores by criterion (the weights do not change them); the table adds the current weights."""
    series = [
        charts.RadarSeries(names.short[a], [matrix.score(a, c) for c in matrix.criteria], colours[a])
        for a in matrix.approaches
    ]
    figure = charts.score_radar([names.criterion_short[c] for c in matrix.criteria], series)
    caption = f"{sentences.radar_caption(matrix, names, phrases)} {phrases('compare.radar_note')}"
    return Block(figure, caption, tables.score_grid(file, ranking, phrases), "scores.csv")


def _strip(s: Sensitivity, names: Names, colours: Mapping[str, str], phrases: Phrases) -> charts.Strip:
    tie = phrases("compare.tie")
    spans = []
    for seg in s.segments:
        tied = len(seg.leaders) > 1
        spans.append(
            charts.Span(
                lo=float(seg.lo),
                hi=float(seg.hi),
                leader=tie if tied else names.short[seg.leaders[0]],
                colour=charts.TIE_COLOUR if tied else colours[seg.leaders[0]],
                hover=sentences.span_hover(s.criterion, seg, names, phrases),
            )
        )
    return charts.Strip(
        label=names.criterion[s.criterion],
        current=float(s.current),
        current_hover=sentences.now_hover(s, names, phrases),
        spans=spans,
    )


def sensitivity_block(
    sens: Sequence[Sensitivity], flip: str, names: Names, colours: Mapping[str, str], phrases: Phrases
) -> Block:
    """One strip per criterion coloured by who comes first as its share goes from 0 to 100%, the most
    sensitive criterion (narrowest stable range) on top."""
    # sorted() is stable: criteria as sensitive as each other keep their content order.
    rows = [_strip(s, names, colours, phrases) for s in sorted(sens, key=lambda s: s.stable[1] - s.stable[0])]
    figure = charts.stability_strips(
        rows,
        axis_title=phrases("compare.sens_axis"),
        current_label=phrases("compare.sens_now"),
        percent=phrases.percent,
        legend=[(names.short[a], colour) for a, colour in colours.items()],
    )
    return Block(figure, flip, tables.sensitivity_table(sens, names, phrases), "sensitivity.csv")


def timeline_block(
    file: ApproachesFile, phrases: Phrases, publishers: Mapping[str, str], statuses: Mapping[str, str]
) -> Block:
    """Firefly's own and partner models on one time axis, each date as precise as its source.

    publishers: source id -> publisher; statuses: status id -> label."""
    lang = phrases.lang
    when = {e.id: e.when(lang) if e.when is not None else phrases.date(e.date, e.date_precision) for e in file.timeline}
    sources = {e.id: "; ".join(publishers[s] for s in e.sources) for e in file.timeline}
    frame = timeline.events_frame(file.timeline, lang, when=when, sources=sources)
    lanes = {t.id: t.label(lang) for t in file.timeline_types}
    figure = timeline.timeline(frame, [(t.id, lanes[t.id], t.colour) for t in file.timeline_types], phrases.months())
    caption = sentences.timeline_caption(file.timeline, when, lanes, phrases)
    return Block(figure, caption, tables.timeline_table(frame, lanes, statuses, phrases), "firefly-models.csv")
