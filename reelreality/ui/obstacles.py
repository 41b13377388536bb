"""The obstacles page's Streamlit parts: register filter, picker and card; data-scale sliders and chart; quality."""

from __future__ import annotations

import streamlit as st

from reelreality import ui
from reelreality.obstacles import risks
from reelreality.obstacles.datascale import Controls
from reelreality.obstacles.model import DataScaleFile, Obstacle, ObstaclesFile, QualityDimension
from reelreality.obstacles.scaleview import ScaleView
from reelreality.obstacles.view import RegisterView
from reelreality.style import Block

# ---------------------------------------------------------------- risk register


def category_filter(register: ObstaclesFile) -> list[str]:
    """The categories shown on the heat map (pills bound to ?ob_cat=, all by default)."""
    labels = {c.id: ui.tx(c.label) for c in register.categories}
    return ui.bound_pills(ui.t("obstacles.filter_cat"), list(labels), labels.get, key="ob_cat")


def obstacle_picker(register: ObstaclesFile) -> Obstacle:
    """The obstacle shown in detail (bound to ?ob_risk=), the top-ranked one by default."""
    names = risks.option_labels(register, ui.phrases())
    top = next(iter(names))
    former = risks.former_labels(register, ui.phrases())
    chosen = ui.bound_select(
        ui.t("obstacles.select"), list(names), names.get, key="ob_risk", default=top, former=former
    )
    return next(o for o in register.obstacles if o.id == chosen)


def obstacle_card(o: Obstacle, register: ObstaclesFile, *, hidden: bool) -> None:
    """One obstacle: its ratings in words (editorial), what was reported, why each rating, mitigation, evidence.

    `hidden`: the category filter hides it on the map, which the card says rather than vanishing."""
    with st.container(border=True):
        st.header(ui.md_escape(ui.tx(o.title)), anchor=False)
        if hidden:
            st.caption(ui.t("obstacles.hidden_by_filter"))
        st.markdown(ui.md_escape(risks.score_text(o, register, ui.phrases())))
        ui.editorial_badge()
        st.markdown(f"**{ui.t('obstacles.detail.reported')}**")
        ui.sourced(o.summary, o.status, o.sources, corrected=o.corrected)
        for key, text in [
            ("likelihood", o.likelihood_rationale),
            ("impact", o.impact_rationale),
            ("mitigation", o.mitigation),
        ]:
            st.markdown(f"**{ui.t(f'obstacles.detail.{key}')}** — {ui.md_escape(ui.tx(text))}")
        st.markdown(f"**{ui.t('obstacles.detail.evidence')}**")
        for item in o.evidence:
            ui.sourced(item.text, item.status, item.sources, corrected=item.corrected)


def register_map(view: RegisterView) -> None:
    """The heat map with its caption and table, or a hint when the filter leaves nothing to draw."""
    if view.frame.empty:
        st.info(ui.t("obstacles.no_category"))
    else:
        ui.figure_block(Block(view.figure, view.caption, view.table, "obstacles-register.csv"), key="ob_heatmap")


# ---------------------------------------------------------------- data scale

SLIDERS = [
    ("ob_feat", "feature_minutes"),
    ("ob_ep", "episode_minutes"),
    ("ob_epshare", "episode_share"),
    ("ob_usable", "usable_share"),
]
"""Widget key (and URL parameter) -> the control of datascale.yaml it sets."""


def scale_controls(data: DataScaleFile) -> Controls:
    """The reader's assumptions: one slider per control, bound to the URL, each with the basis of its default."""
    st.markdown(f"**{ui.t('obstacles.ds.controls')}**")
    return Controls.from_sliders(*(_slider(data, key, name) for key, name in SLIDERS))


def _slider(data: DataScaleFile, key: str, name: str):
    ctl = getattr(data.controls, name)
    default = tuple(ctl.default) if len(ctl.default) == 2 else ctl.default[0]
    label = ui.t(f"obstacles.ds.{name}")
    value = ui.bound_slider(label, key, min_value=ctl.min, max_value=ctl.max, value=default, step=ctl.step)
    st.caption(ui.md_escape(ui.tx(ctl.basis)))
    ui.sources_caption(ctl.sources, compact=True)
    return value


def scale_numbers(view: ScaleView) -> None:
    """The catalog's hours and their usable part, the runtime check, and the comparisons in words."""
    left, right = st.columns(2)
    left.metric(view.catalog_label, view.catalog)
    right.metric(view.usable_label, view.usable)
    st.caption(ui.md_escape(view.check))
    st.markdown(f"**{ui.t('obstacles.ds.compare_title')}** — {ui.t('obstacles.ds.compare_note')}")
    st.markdown("\n".join(f"- {ui.md_escape(s)}" for s in view.sentences))


def scale_chart(view: ScaleView) -> None:
    """The data-scale bars with caption and table, and the models left off the chart."""
    ui.figure_block(Block(view.figure, view.caption, view.table, "data-scale.csv"), key="ob_scale")
    st.caption(ui.md_escape(view.undisclosed))


def scaling_notes(data: DataScaleFile) -> None:
    """Why more data matters (sourced notes), and the cautions on reading the chart."""
    st.header(ui.t("obstacles.ds.scaling_title"), anchor=False)
    with st.grid(2, min_column_width=280):
        for note in data.scaling:
            with st.container(border=True, height="stretch"):
                ui.statement(note, compact=True)
    with st.expander(ui.t("obstacles.ds.caveats_title")):
        st.markdown("\n".join(f"- {ui.md_escape(ui.tx(c))}" for c in data.caveats))


# ---------------------------------------------------------------- quality


def quality_cards(register: ObstaclesFile) -> None:
    """One card per quality dimension, three to a row."""
    with st.grid(3, min_column_width=240):
        for q in register.quality:
            _quality_card(q, register)


def _quality_card(q: QualityDimension, register: ObstaclesFile) -> None:
    """The gap (editorial, with why), what film needs and what was delivered (sourced)."""
    with st.container(border=True, height="stretch"):
        st.markdown(f"## {ui.md_escape(ui.tx(q.name))}")  # the quality tab's sections
        label = ui.tx(register.quality_gap_scale[q.gap - 1])
        st.markdown(ui.md_escape(ui.t("obstacles.q.gap", gap=q.gap, label=label)))
        ui.editorial_badge(help=ui.tx(q.gap_rationale))
        st.markdown(f"**{ui.t('obstacles.q.needs')}** — {ui.md_escape(ui.tx(q.needs))}")
        st.markdown(f"**{ui.t('obstacles.q.delivered')}**")
        ui.sourced(q.delivered, q.status, q.sources, corrected=q.corrected)
        st.caption(f"{ui.t('obstacles.q.why')} — {ui.md_escape(ui.tx(q.gap_rationale))}")
        for item in q.evidence:
            ui.sourced(item.text, item.status, item.sources, corrected=item.corrected)
