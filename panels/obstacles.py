"""Obstacles: the risk register, the data-scale explorer, the quality gap and the legal explorer (one tab each)."""

import streamlit as st

from reelreality import ui
from reelreality.obstacles import risks as obstacles_risks
from reelreality.obstacles import view as obstacles_view
from reelreality.obstacles.datascale import Controls
from reelreality.ui import legal_tab

content = ui.content()
ob, ds = content.obstacles, content.datascale
lang = ui.lang()

st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
ui.statement(ob.lede, compact=True)


def register_tab() -> None:
    st.caption(ui.md_escape(ui.tx(ob.scale_note)))
    labels = {c.id: ui.tx(c.label) for c in ob.categories}
    shown = ui.bound_pills(ui.t("obstacles.filter_cat"), list(labels), labels.get, key="ob_cat")
    ranked = obstacles_risks.ranked(ob.obstacles)
    names = {o.id: ui.t("obstacles.select_option", number=i, title=ui.tx(o.title)) for i, o in enumerate(ranked, 1)}
    chart, detail = st.columns([3, 2])
    with detail:
        chosen = ui.bound_select(ui.t("obstacles.select"), list(names), names.get, key="ob_risk", default=ranked[0].id)
        obstacle = next(o for o in ob.obstacles if o.id == chosen)
        obstacle_card(obstacle, hidden=obstacle.category not in shown)
    frame, fig, caption, table = ui.shared(obstacles_view.obstacles_register_view, content, lang, shown, chosen)
    with chart:
        if frame.empty:
            st.info(ui.t("obstacles.no_category"))
        else:
            ui.figure_block(fig, caption, table, "obstacles-register.csv", key="ob_heatmap")


def obstacle_card(o, hidden: bool) -> None:
    with st.container(border=True):
        st.subheader(ui.md_escape(ui.tx(o.title)), anchor=False)
        if hidden:
            st.caption(ui.t("obstacles.hidden_by_filter"))
        st.markdown(ui.md_escape(obstacles_risks.score_text(o, ob, lang, ui.t("obstacles.detail.score"))))
        ui.editorial_badge()
        st.markdown(f"**{ui.t('obstacles.detail.reported')}**")
        ui.sourced(o.summary, o.status, o.sources)
        for key, text in [
            ("likelihood", o.likelihood_rationale),
            ("impact", o.impact_rationale),
            ("mitigation", o.mitigation),
        ]:
            st.markdown(f"**{ui.t(f'obstacles.detail.{key}')}** — {ui.md_escape(ui.tx(text))}")
        st.markdown(f"**{ui.t('obstacles.detail.evidence')}**")
        for item in o.evidence:
            ui.sourced(item.text, item.status, item.sources)


SLIDERS = [
    ("ob_feat", "feature_minutes"),
    ("ob_ep", "episode_minutes"),
    ("ob_epshare", "episode_share"),
    ("ob_usable", "usable_share"),
]


def control(key: str, name: str):
    """A slider bound to the URL, with the basis of its default and its sources underneath."""
    ctl = getattr(ds.controls, name)
    default = tuple(ctl.default) if len(ctl.default) == 2 else ctl.default[0]
    label = ui.t(f"obstacles.ds.{name}")
    value = ui.bound_slider(label, key, min_value=ctl.min, max_value=ctl.max, value=default, step=ctl.step)
    st.caption(ui.md_escape(ui.tx(ctl.basis)))
    ui.sources_caption(ctl.sources, compact=True)
    return value


def scale_tab() -> None:
    st.markdown(ui.md_escape(ui.tx(ds.intro)))
    controls, numbers = st.columns([2, 3])
    with controls.container(border=True):
        st.markdown(f"**{ui.t('obstacles.ds.controls')}**")
        values = [control(key, name) for key, name in SLIDERS]
    view = ui.shared(obstacles_view.obstacles_scale, content, lang, Controls.from_sliders(*values))
    with numbers:
        left, right = st.columns(2)
        left.metric(view.catalog_label, view.catalog)
        right.metric(view.usable_label, view.usable)
        st.caption(ui.md_escape(view.check))
        st.markdown(f"**{ui.t('obstacles.ds.compare_title')}** — {ui.t('obstacles.ds.compare_note')}")
        st.markdown("\n".join(f"- {ui.md_escape(s)}" for s in view.sentences))
    ui.figure_block(view.figure, view.caption, view.table, "data-scale.csv", key="ob_scale")
    st.caption(ui.md_escape(view.undisclosed))
    st.subheader(ui.t("obstacles.ds.scaling_title"), anchor=False)
    with st.grid(2, min_column_width=280):
        for note in ds.scaling:
            with st.container(border=True, height="stretch"):
                ui.statement(note, compact=True)
    with st.expander(ui.t("obstacles.ds.caveats_title")):
        st.markdown("\n".join(f"- {ui.md_escape(ui.tx(c))}" for c in ds.caveats))


def quality_tab() -> None:
    st.markdown(ui.md_escape(ui.tx(ob.quality_intro)))
    table, fig, caption = ui.shared(obstacles_view.obstacles_quality, content, lang)
    ui.figure_block(fig, caption, table, "quality-gap.csv", key="ob_quality")
    with st.grid(3, min_column_width=240):
        for q in ob.quality:
            quality_card(q)


def quality_card(q) -> None:
    """One quality dimension: the gap (editorial, with why), what film needs and what was delivered."""
    with st.container(border=True, height="stretch"):
        st.markdown(f"#### {ui.md_escape(ui.tx(q.name))}")
        st.markdown(ui.md_escape(ui.t("obstacles.q.gap", gap=q.gap, label=ui.tx(ob.quality_gap_scale[q.gap - 1]))))
        ui.editorial_badge(help=ui.tx(q.gap_rationale))
        st.markdown(f"**{ui.t('obstacles.q.needs')}** — {ui.md_escape(ui.tx(q.needs))}")
        st.markdown(f"**{ui.t('obstacles.q.delivered')}**")
        ui.sourced(q.delivered, q.status, q.sources)
        st.caption(f"{ui.t('obstacles.q.why')} — {ui.md_escape(ui.tx(q.gap_rationale))}")
        for item in q.evidence:
            ui.sourced(item.text, item.status, item.sources)


# One entry per tab; a new tab is one more entry here. Only the open tab runs: the tabs are bound
# to the URL, so choosing one reruns the page, and the other tabs' widgets keep their values.
TABS = {"register": register_tab, "datascale": scale_tab, "quality": quality_tab, "legal": legal_tab.render}
for tab, draw in zip(
    ui.bound_tabs([ui.t(f"obstacles.tab.{name}") for name in TABS], key="ob_tab"), TABS.values(), strict=True
):
    if tab.open:
        with tab:
            draw()
