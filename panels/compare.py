"""One custom model or a multi-model platform: a decision matrix the reader can re-weight and test."""

import streamlit as st

from reelreality import ui
from reelreality.compare import logic as compare_logic
from reelreality.compare import tables as compare_tables
from reelreality.compare import view as compare_view
from reelreality.compare.model import WEIGHT_MAX

content = ui.content()
ap = content.approaches
lang = ui.lang()

st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
ui.statement(ap.lede)
ui.seed_check(ap.seed_claim, ap.assessment, ui.t("compare.seed_says"), ui.t("compare.what_we_found"))

st.subheader(ui.t("compare.approaches"))
examples = ui.t("compare.examples")
ui.record_columns(
    [(ui.tx(a.name), [(a.description, a), examples, *[(e.text, e) for e in a.examples]]) for a in ap.approaches]
)

st.subheader(ui.t("compare.weigh"))
st.markdown(ui.md_escape(ui.tx(ap.how_to)))
controls, result = st.columns([2, 3], gap="large")
with controls:
    weights = ui.weight_controls(
        [(c.id, ui.tx(c.name), c.default_weight, ui.tx(c.description)) for c in ap.criteria],
        prefix="cm_",
        max_value=WEIGHT_MAX,
        presets={p.id: compare_logic.preset_weights(ap, p.id) for p in ap.presets},
        preset_label=ui.t("compare.preset"),
        preset_names={p.id: ui.tx(p.name) for p in ap.presets},
        preset_notes={p.id: ui.tx(p.description) for p in ap.presets},
        modified_note=ui.t("compare.preset_modified"),
    )
panel, blocks = ui.shared(compare_view.compare_blocks, content, lang, weights)
with result:
    views = {"ranking": ui.t("compare.view.ranking"), "radar": ui.t("compare.view.radar")}
    view = ui.bound_choice(
        ui.t("compare.view"), list(views), views.get, key="cm_view", default="ranking", required=True
    )
    if not panel.ranking.ok:
        st.info(ui.t("compare.all_zero"))
    elif view == "radar":
        st.markdown(f"**{ui.md_escape(panel.verdict)}**")
    if view in blocks:
        ui.figure_block(*blocks[view], key=f"cm_{view}")

st.subheader(ui.t("compare.sensitivity"))
st.markdown(f"**{ui.md_escape(panel.focus)}**")
if "sensitivity" in blocks:
    st.markdown(ui.md_escape(ui.t("compare.sens_intro")))
    ui.figure_block(*blocks["sensitivity"], key="cm_sensitivity")

st.subheader(ui.t("compare.scores"))
ui.editorial_badge()
st.markdown(ui.md_escape(ui.tx(ap.scale)))
st.dataframe(blocks["radar"][2], hide_index=True)
for c in ap.criteria:
    summary, groups = compare_tables.score_reasons(ap, c.id, lang, ui.t)
    with st.expander(ui.md_escape(summary), key=f"cm_why_{c.id}", on_change="rerun") as why:
        if why.open:  # the reasons and their sources are sent only when asked for
            st.caption(ui.md_escape(ui.tx(c.description)))
            ui.record_columns(groups, border=False)
ui.table_block(ui.shared(compare_view.compare_scores, content, lang), "scores.csv", key="cm_scores")

st.subheader(ui.t("compare.timeline"))
st.markdown(ui.md_escape(ui.tx(ap.timeline_intro)))
ui.figure_block(*blocks["timeline"], key="cm_timeline")
