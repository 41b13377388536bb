"""Risk register: editorial score likelihood × impact, bands, ranking and heat-map placement. Pure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from reelreality.obstacles.model import Obstacle, ObstaclesFile, RiskBand
from reelreality.text import Phrases

SIZE = 5  # the scale runs 1..5 on both axes


def score(obstacle: Obstacle) -> int:
    return obstacle.likelihood * obstacle.impact


def band(value: int, bands: Sequence[RiskBand]) -> RiskBand:
    """The band a score (1–25) falls in."""
    return next(b for b in bands if b.low <= value <= b.high)


def ranked(obstacles: Iterable[Obstacle]) -> list[Obstacle]:
    """Highest score first; ties by impact, then in content order (the sort is stable)."""
    return sorted(obstacles, key=lambda o: (-score(o), -o.impact))


def cell_offsets(n: int, spread: float = 0.26) -> list[tuple[float, float]]:
    """Positions for n markers sharing one cell of the grid, centred and inside the cell."""
    if n <= 1:
        return [(0.0, 0.0)] * n
    cols = 2 if n <= 4 else 3
    rows = -(-n // cols)
    step_x = 2 * spread / (cols - 1)
    step_y = 2 * spread / (rows - 1) if rows > 1 else 0.0
    out = []
    for i in range(n):
        r, col = divmod(i, cols)
        in_row = min(cols, n - r * cols)
        shift = (cols - in_row) * step_x / 2  # centre a short last row
        y = spread - r * step_y if rows > 1 else 0.0
        out.append((-spread + col * step_x + shift, y))
    return out


COLUMNS = [
    "number",
    "id",
    "title",
    "category",
    "category_label",
    "likelihood",
    "impact",
    "score",
    "band",
    "band_label",
    "status",
    "x",
    "y",
]


def register_frame(register: ObstaclesFile, lang: str) -> pd.DataFrame:
    """One row per obstacle, ranked; `number` is the rank shown on the heat map, x/y its position."""
    labels = {c.id: c.label(lang) for c in register.categories}
    order = ranked(register.obstacles)
    cells: dict[tuple[int, int], list[str]] = {}
    for o in order:
        cells.setdefault((o.impact, o.likelihood), []).append(o.id)
    offsets = {oid: off for ids in cells.values() for oid, off in zip(ids, cell_offsets(len(ids)), strict=True)}
    rows = []
    for number, o in enumerate(order, start=1):
        b = band(score(o), register.bands)
        dx, dy = offsets[o.id]
        rows.append(
            {
                "number": number,
                "id": o.id,
                "title": o.title(lang),
                "category": o.category,
                "category_label": labels.get(o.category, o.category),
                "likelihood": o.likelihood,
                "impact": o.impact,
                "score": score(o),
                "band": b.id,
                "band_label": b.label(lang),
                "status": o.status,
                "x": o.impact + dx,
                "y": o.likelihood + dy,
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def band_grid(bands: Sequence[RiskBand]) -> list[list[str]]:
    """The band id of every cell, rows = likelihood 1..5, columns = impact 1..5."""
    return [[band(lik * imp, bands).id for imp in range(1, SIZE + 1)] for lik in range(1, SIZE + 1)]


def band_counts(frame: pd.DataFrame, bands: Sequence[RiskBand]) -> list[tuple[RiskBand, int]]:
    """How many obstacles of the frame fall in each band, highest band first."""
    counts = frame["band"].value_counts()
    return [(b, int(counts.get(b.id, 0))) for b in sorted(bands, key=lambda b: -b.high)]


def heatmap_caption(frame: pd.DataFrame, bands: Sequence[RiskBand], phrases: Phrases) -> str:
    """The heat map's message in words, from the data: how many, in which bands, and the top one."""
    if frame.empty:
        return phrases("obstacles.no_category")
    top = frame.iloc[0]
    per_band = phrases.join(
        [
            phrases("obstacles.band_count", label=b.label(phrases.lang).lower(), n=n)
            for b, n in band_counts(frame, bands)
            if n
        ]
    )
    return phrases.plural(
        "obstacles.heatmap_caption", len(frame), bands=per_band, top=top["title"], score=int(top["score"])
    )


def score_text(obstacle: Obstacle, register: ObstaclesFile, phrases: Phrases) -> str:
    """The ratings in words: 'Likelihood 5/5 (…) × impact 5/5 (…) = score 25/25, critical band'."""
    value = score(obstacle)
    lang = phrases.lang
    return phrases(
        "obstacles.detail.score",
        l=obstacle.likelihood,
        lname=register.likelihood_scale[obstacle.likelihood - 1](lang),
        i=obstacle.impact,
        iname=register.impact_scale[obstacle.impact - 1](lang),
        s=value,
        band=band(value, register.bands).label(lang).lower(),
    )


def former_labels(register: ObstaclesFile, phrases: Phrases) -> dict[str, str]:
    """A label the picker showed before a title's correction ('#2 · old title') -> the obstacle's id."""
    return {
        phrases("obstacles.select_option", number=number, title=old(phrases.lang)): o.id
        for number, o in enumerate(ranked(register.obstacles), start=1)
        for old in o.former_titles
    }


def option_labels(register: ObstaclesFile, phrases: Phrases) -> dict[str, str]:
    """Obstacle id -> its label in the picker ('#1 · title'), in rank order (the heat map's numbers)."""
    return {
        o.id: phrases("obstacles.select_option", number=number, title=o.title(phrases.lang))
        for number, o in enumerate(ranked(register.obstacles), start=1)
    }
