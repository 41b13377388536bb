"""Overview: the story in 30 seconds."""

import streamlit as st

from reelreality import ui
from reelreality.story import view as story_view
from reelreality.style import Block

content = ui.content()
ov = content.overview
lang = ui.lang()

st.title(ui.md_escape(ui.tx(ov.headline)), anchor=False)
ui.statement(ov.lede)

st.subheader(ui.t("overview.figures"))
with st.grid(len(ov.key_figures), min_column_width=160):  # cards reflow on a narrow screen
    for fig in ov.key_figures:
        with st.container(border=True, height="stretch"):
            st.subheader(ui.md_escape(ui.tx(fig.value)), anchor=False, help=ui.sources_help(fig.sources))
            st.markdown(f"**{ui.md_escape(ui.tx(fig.label))}**\n\n{ui.small(ui.md_escape(ui.tx(fig.detail)))}")
            ui.evidence(fig.status, fig.sources, corrected=fig.corrected)

st.subheader(ui.t("overview.takeaways"))
with st.grid(len(ov.takeaways), min_column_width=240):
    for item in ov.takeaways:
        with st.container(border=True, height="stretch"):
            ui.statement(item, compact=True)

st.subheader(ui.t("overview.timeline"))
type_labels = {et.id: ui.tx(et.label) for et in ov.event_types}
chosen = ui.bound_pills(ui.t("overview.filter"), list(type_labels), type_labels.get, key="types")
timeline = ui.shared(story_view.timeline_view, content, lang, chosen)
if timeline.figure is None:
    st.info(ui.t("overview.no_events"))
else:
    ui.figure_block(Block(timeline.figure, timeline.caption, timeline.table, "timeline.csv"), key="overview_timeline")
ui.statement(ov.reporting_cutoff, compact=True)

st.subheader(ui.t("overview.quotes"))
with st.grid(len(ov.quotes), min_column_width=240):
    for quote in ov.quotes:
        ui.quote_card(quote)

for corr in ov.corrections:
    with st.container(border=True):
        st.markdown(f"**{ui.t('overview.correction')}** — {ui.t('overview.seed_says')} {ui.quoted(corr.seed_says)}")
        st.markdown(ui.md_escape(ui.tx(corr.correct)))
        ui.sources_caption(corr.sources)

others = [p for p in content.site.pages if p != ui.current_page()]
if others:
    st.subheader(ui.t("common.explore"))
    with st.grid(len(others), min_column_width=160):
        for p in others:
            st.page_link(p.script, label=ui.tx(p.title), icon=p.icon)
