"""One custom model or a multi-model platform: a decision matrix the reader can re-weight and test."""

import streamlit as st

from reelreality import ui
from reelreality.compare import view
from reelreality.ui import compare as page

content = ui.content()
ap = content.approaches
lang = ui.lang()

st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
ui.statement(ap.lede)
ui.seed_check(ap.seed_claim, ap.assessment, ui.t("compare.seed_says"), ui.t("compare.what_we_found"))

st.subheader(ui.t("compare.approaches"))
page.approaches(ap)

st.subheader(ui.t("compare.weigh"))
st.markdown(ui.md_escape(ui.tx(ap.how_to)))
controls, result = st.columns([2, 3], gap="large")
with controls:
    weights = page.weights(ap)
shown = ui.shared(view.comparison, content, lang, weights)
with result:
    page.result(shown)

st.subheader(ui.t("compare.sensitivity"))
page.sensitivity(shown)

st.subheader(ui.t("compare.scores"))
ui.editorial_badge()
st.markdown(ui.md_escape(ui.tx(ap.scale)))
st.dataframe(shown.radar.table, hide_index=True)
page.score_reasons(view.score_reasons(ap, ui.phrases()))
ui.table_block(ui.shared(view.compare_scores, content, lang), "scores.csv", key="cm_scores")

st.subheader(ui.t("compare.timeline"))
st.markdown(ui.md_escape(ui.tx(ap.timeline_intro)))
page.block(ui.shared(view.firefly_timeline, content, lang), key="cm_timeline")
