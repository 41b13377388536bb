"""The comparison panel's Streamlit parts: approach cards, weight controls, the chosen view, flips and score reasons."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from reelreality import ui
from reelreality.compare import logic
from reelreality.compare.blocks import Block
from reelreality.compare.model import WEIGHT_MAX, ApproachesFile
from reelreality.compare.view import Comparison, Reasons


def block(shown: Block, *, key: str) -> None:
    """A chart block: figure, caption, and its data behind "show the data as a table"."""
    ui.figure_block(shown, key=key)


def approaches(file: ApproachesFile) -> None:
    """One column per approach: its description, then real-world examples, each with its evidence."""
    examples = ui.t("compare.examples")
    ui.record_columns(
        [(ui.tx(a.name), [(a.description, a), examples, *[(e.text, e) for e in a.examples]]) for a in file.approaches]
    )


def weights(file: ApproachesFile) -> dict[str, int]:
    """Preset pills and one slider per criterion, bound to the URL (`cm_preset`, `cm_w_<criterion>`)."""
    return ui.weight_controls(
        [(c.id, ui.tx(c.name), c.default_weight, ui.tx(c.description)) for c in file.criteria],
        prefix="cm_",
        max_value=WEIGHT_MAX,
        presets={p.id: logic.preset_weights(file, p.id) for p in file.presets},
        preset_label=ui.t("compare.preset"),
        preset_names={p.id: ui.tx(p.name) for p in file.presets},
        preset_notes={p.id: ui.tx(p.description) for p in file.presets},
        modified_note=ui.t("compare.preset_modified"),
    )


def result(shown: Comparison) -> None:
    """The ranking or the radar, as the reader chooses (`cm_view`); a note instead when every weight is zero."""
    views = {"ranking": ui.t("compare.view.ranking"), "radar": ui.t("compare.view.radar")}
    view = ui.bound_choice(
        ui.t("compare.view"), list(views), views.get, key="cm_view", default="ranking", required=True
    )
    if not shown.ranking.ok:
        st.info(ui.t("compare.all_zero"))
    elif view == "radar":
        st.markdown(f"**{ui.md_escape(shown.verdict)}**")
    chart = {"ranking": shown.bars, "radar": shown.radar}.get(view)
    if chart is not None:
        block(chart, key=f"cm_{view}")


def sensitivity(shown: Comparison) -> None:
    """Where the focus approach would win, then the stability strips (when anything is ranked)."""
    st.markdown(f"**{ui.md_escape(shown.focus)}**")
    if shown.strips is not None:
        st.markdown(ui.md_escape(ui.t("compare.sens_intro")))
        block(shown.strips, key="cm_sensitivity")


def score_reasons(reasons: Sequence[Reasons]) -> None:
    """One expander per criterion (`cm_why_<criterion>`) holding each approach's reason for its score."""
    for r in reasons:
        with st.expander(ui.md_escape(r.summary), key=f"cm_why_{r.criterion}", on_change="rerun") as why:
            if why.open:  # the reasons and their sources are sent only when asked for
                st.caption(ui.md_escape(r.description))
                ui.record_columns(r.columns, border=False)
