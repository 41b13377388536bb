"""What the register and quality tabs show (heat map, gap bars, their captions and tables), and the slide figures."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.obstacles import charts, risks, tables
from reelreality.obstacles.scaleview import obstacles_scale
from reelreality.style import Chart

WIDE_GAP = 4
"""The quality caption names the dimensions at this gap or worse ('Wide gap', 'Out of reach')."""


@dataclass(frozen=True, eq=False)
class RegisterView:
    """The register tab's chart block: the ranked register (filtered), its heat map, caption and readable table."""

    frame: pd.DataFrame
    figure: go.Figure
    caption: str
    table: pd.DataFrame

    @property
    def chart(self) -> Chart:
        return Chart(self.figure, self.caption)


@dataclass(frozen=True, eq=False)
class QualityView:
    """The quality tab's chart block: the gap bars, their caption and the quality matrix as a table."""

    figure: go.Figure
    caption: str
    table: pd.DataFrame

    @property
    def chart(self) -> Chart:
        return Chart(self.figure, self.caption)


def obstacles_register(
    content: Content, lang: str, categories: list[str] | None = None, selected: str | None = None
) -> RegisterView:
    """The register ranked and filtered to `categories` (None: all), its heat map with `selected` circled."""
    ob, phrases = content.obstacles, content.phrases(lang)
    frame = risks.register_frame(ob, lang)
    if categories is not None:
        frame = frame[frame["category"].isin(categories)]
    figure = charts.risk_heatmap(
        frame,
        risks.band_grid(ob.bands),
        [(b.id, b.label(lang), b.colour) for b in ob.bands],
        [(c.id, c.label(lang), c.colour, c.symbol) for c in ob.categories],
        [t(lang) for t in ob.likelihood_scale],
        [t(lang) for t in ob.impact_scale],
        (phrases("obstacles.axis.impact"), phrases("obstacles.axis.likelihood")),
        selected=selected,
    )
    table = tables.register_table(frame, phrases, content.method.status_labels(lang))
    return RegisterView(frame, figure, risks.heatmap_caption(frame, ob.bands, phrases), table)


def obstacles_quality(content: Content, lang: str) -> QualityView:
    """The quality matrix: gap bars (seed-only dimensions hatched), their caption and the matrix as a table."""
    ob, phrases = content.obstacles, content.phrases(lang)
    scale = [t(lang) for t in ob.quality_gap_scale]
    statuses = content.method.status_labels(lang)
    frame = pd.DataFrame(
        [
            {
                "name": q.name(lang),
                "gap": q.gap,
                "gap_label": scale[q.gap - 1],
                "seed_only": q.status == "seed-only",
                "needs": q.needs(lang),
                "delivered": q.delivered(lang),
                "status": statuses.get(q.status, q.status),
            }
            for q in ob.quality
        ]
    )
    frame["hover"] = [f"{r.name}: {r.gap}/5 · {r.gap_label} · {r.status}" for r in frame.itertuples()]
    figure = charts.quality_gap_bars(
        frame, scale, axis_title=phrases("obstacles.q.axis"), seed_mark=phrases("obstacles.q.seed_mark")
    )
    wide = frame[frame["gap"] >= WIDE_GAP]
    caption = phrases(
        "obstacles.q.caption",
        wide=len(wide),
        n=len(frame),
        names=phrases.join(list(wide["name"])),
        seed=phrases.join(list(frame.loc[frame["seed_only"], "name"])),
    )
    return QualityView(figure, caption, tables.quality_table(frame, phrases))


# ---------------------------------------------------------------- slide figures (reelreality.slides)


def obstacles_heatmap(content: Content, lang: str) -> Chart:
    """The whole register on the heat map."""
    return obstacles_register(content, lang).chart


def obstacles_datascale(content: Content, lang: str) -> Chart:
    """The data-scale bars at the default assumptions."""
    return obstacles_scale(content, lang).chart
