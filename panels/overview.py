"""Overview: the story in 30 seconds."""

import streamlit as st

from reelreality import charts, figures, ui

content = ui.content()
ov = content.overview
lang = ui.lang()

st.title(ui.md_escape(ui.tx(ov.headline)), anchor=False)
ui.statement(ov.lede)

st.subheader(ui.t("overview.figures"))
for col, fig in zip(st.columns(len(ov.key_figures)), ov.key_figures, strict=True):
    with col.container(border=True, height="stretch"):
        st.subheader(ui.md_escape(ui.tx(fig.value)), anchor=False, help=ui.sources_help(fig.sources))
        st.markdown(f"**{ui.md_escape(ui.tx(fig.label))}**")
        st.caption(ui.md_escape(ui.tx(fig.detail)))
        ui.status_badge(fig.status)
        ui.sources_caption(fig.sources, compact=True)

st.subheader(ui.t("overview.takeaways"))
for col, item in zip(st.columns(len(ov.takeaways)), ov.takeaways, strict=True):
    with col.container(border=True, height="stretch"):
        ui.statement(item, compact=True)

st.subheader(ui.t("overview.timeline"))
type_labels = {et.id: ui.tx(et.label) for et in ov.event_types}
chosen = ui.bound_pills(ui.t("overview.filter"), list(type_labels), type_labels.get, key="types")
frame = figures.timeline_frame(content, lang, chosen)
if frame.empty:
    st.info(ui.t("overview.no_events"))
else:
    lanes = [(et.id, ui.tx(et.label), et.colour) for et in ov.event_types]
    timeline = ui.figure(charts.timeline, frame, lanes, ui.t("date.months_short").split(","))
    st.plotly_chart(timeline, key="overview_timeline")
    st.caption(ui.t("overview.timeline_caption", n=len(frame)))
    with st.expander(ui.t("common.show_table")):
        shown = frame.assign(type=frame["type"].map(type_labels), status=frame["status"].map(ui.status_label))
        shown = shown[["when", "type", "title", "status", "sources"]].rename(
            columns={c: ui.t(f"overview.col.{c}") for c in ["when", "type", "title", "status", "sources"]}
        )
        st.dataframe(shown, hide_index=True)
        st.download_button(ui.t("common.download_csv"), shown.to_csv(index=False), "timeline.csv", "text/csv")

st.subheader(ui.t("overview.quotes"))
for col, quote in zip(st.columns(len(ov.quotes)), ov.quotes, strict=True):
    with col:
        ui.quote_card(quote)

for corr in ov.corrections:
    with st.container(border=True):
        st.markdown(f"**{ui.t('overview.correction')}** — {ui.t('overview.seed_says')} “{ui.md_escape(corr.seed_says)}”")
        st.markdown(ui.md_escape(ui.tx(corr.correct)))
        ui.sources_caption(corr.sources)

others = [p for p in content.site.pages if p != ui.current_page()]
if others:
    st.subheader(ui.t("common.explore"))
    for col, p in zip(st.columns(len(others)), others, strict=True):
        col.page_link(p.script, label=ui.tx(p.title), icon=p.icon)
