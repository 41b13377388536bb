"""Promise tracker: what Lionsgate and Runway promised, rated against what was later reported."""

import streamlit as st

from reelreality import ui
from reelreality.promises import logic as promises_logic
from reelreality.promises import view as promises_view
from reelreality.promises.logic import ALL

content = ui.content()
pf, lang = content.promises, ui.lang()
rd = promises_logic.reader_for(content, lang)

st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
ui.statement(pf.lede)

st.subheader(ui.t("promises.report_card"), anchor=False)
card, verdict, note, caption, table = ui.shared(promises_view.promises_report, content, lang)
st.markdown(f"#### {ui.md_escape(verdict)}")
if note:
    st.caption(ui.md_escape(note))
ui.figure_block(card, caption, table, "promises.csv", key="promises_card", columns="promises.col")
with st.expander(ui.t("promises.legend"), expanded=True):
    ui.scale_legend()
    st.page_link("panels/sources.py", label=ui.t("promises.method_link"), icon=":material/menu_book:")

st.subheader(ui.t("promises.list"), anchor=False)
hint = {"default": [], "help": ui.t("promises.filter_help")}
left, right = st.columns(2)
with left:
    ratings = ui.bound_pills(ui.t("promises.filter_rating"), list(rd.ratings), rd.ratings.get, "pr_status", **hint)
with right:
    people = ui.bound_pills(ui.t("promises.filter_who"), promises_logic.claimants(pf.promises), str, "pr_who", **hint)
titles = promises_logic.titles(pf.promises, rd)
picked = ui.bound_pick(ui.t("promises.pick"), list(titles), titles.get, key="pr_id")
shown = promises_logic.select(pf.promises, ratings=ratings, people=people, selected=picked)
st.caption(ui.md_escape(promises_logic.shown_caption(shown, len(pf.promises), picked, rd)))
if not shown:
    st.info(ui.t("promises.none_match"))

gap, caption, history = ui.shared(promises_view.promises_gap_view, content, lang, [p.id for p in shown])
if gap is not None:
    st.markdown(f"**{ui.t('promises.gap.title')}**")
    ui.figure_block(gap, caption, history, "promise-history.csv", key="promises_gap", columns="promises.col")

width = 1 if picked != ALL else 2
with st.grid(width, min_column_width=320):
    for p in shown:
        ui.promise_card(p, expanded=width == 1)

st.subheader(ui.t("promises.line"), anchor=False)
st.markdown(ui.md_escape(ui.tx(pf.line_vs_reality.intro)))
for col, side in zip(st.columns(2), ["official", "reported"], strict=True):
    with col:
        st.markdown(f"**{ui.t(f'promises.{side}')}**")
        for item in promises_logic.line_items(content.overview, pf, side):
            ui.evidence_card(item)
