"""Promise tracker: what Lionsgate and Runway promised, rated against what was later reported."""

import streamlit as st

from reelreality import promises, ui

content = ui.content()
pf, scale, lang = content.promises, content.scale, ui.lang()
rd = promises.reader_for(content, lang)

st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
ui.statement(pf.lede)

st.subheader(ui.t("promises.report_card"), anchor=False)
card, verdict = promises.report_card(pf.promises, scale, rd)
st.markdown(f"#### {ui.md_escape(verdict)}")
if note := promises.seed_only_note(pf.promises, rd):
    st.caption(ui.md_escape(note))
st.plotly_chart(card, key="promises_report_card")
st.caption(ui.md_escape(promises.report_caption(pf.promises, rd)))
ui.data_table(promises.promise_frame(pf.promises, rd), "promises.col", "promises.csv", key="promises_card")
with st.expander(ui.t("promises.legend"), expanded=True):
    ui.scale_legend()
    st.page_link("panels/sources.py", label=ui.t("promises.method_link"), icon=":material/menu_book:")

st.subheader(ui.t("promises.list"), anchor=False)
hint = {"default": [], "help": ui.t("promises.filter_help")}
left, right = st.columns(2)
with left:
    ratings = ui.bound_pills(ui.t("promises.filter_rating"), list(rd.ratings), rd.ratings.get, "pr_status", **hint)
with right:
    people = ui.bound_pills(ui.t("promises.filter_who"), promises.claimants(pf.promises), str, "pr_who", **hint)
titles = promises.titles(pf.promises, rd)
picked = ui.bound_pick(ui.t("promises.pick"), list(titles), titles.get, key="pr_id")
shown = promises.select(pf.promises, ratings=ratings, people=people, selected=picked)
st.caption(ui.md_escape(promises.shown_caption(shown, len(pf.promises), picked, rd)))
if not shown:
    st.info(ui.t("promises.none_match"))

gap, caption = promises.gap_chart(shown, pf.promises, scale, rd)
if gap is not None:
    st.markdown(f"**{ui.t('promises.gap.title')}**")
    st.plotly_chart(gap, key="promises_gap")
    st.caption(ui.md_escape(caption))
    ui.data_table(promises.history_frame(shown, rd), "promises.col", "promise-history.csv", key="promises_history")

width = 1 if picked != promises.ALL else 2
for row in promises.rows_of(shown, width):
    for col, p in zip(st.columns(width), row, strict=False):
        with col:
            ui.promise_card(p, expanded=width == 1)

st.subheader(ui.t("promises.line"), anchor=False)
st.markdown(ui.md_escape(ui.tx(pf.line_vs_reality.intro)))
for col, side in zip(st.columns(2), ["official", "reported"], strict=True):
    with col:
        st.markdown(f"**{ui.t(f'promises.{side}')}**")
        for item in promises.line_items(content.overview, pf, side):
            ui.evidence_card(item)
