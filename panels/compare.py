"""One custom model or a multi-model platform: a decision matrix the reader can re-weight and test."""

import streamlit as st

from reelreality import ui
from reelreality.compare import view
from reelreality.ui import compare as page
from reelreality.ui import sections

content = ui.content()
ap = content.approaches
lang = ui.lang()
first, rest = sections.split(ap.lede.text)
evidence = (ap.lede.status, ap.lede.sources, ap.lede.corrected)
chosen = {}  # the comparison the reader's weights give, for the sections drawn after the matrix


def matrix() -> None:
    st.header(ui.t("compare.weigh"))
    st.markdown(ui.md_escape(ui.tx(ap.how_to)))
    controls, result = st.columns([2, 3], gap="large")
    with controls:
        weights = page.weights(ap)
    chosen["shown"] = ui.shared(view.comparison, content, lang, weights)
    with result:
        page.result(chosen["shown"])


def scores() -> None:
    st.header(ui.t("compare.scores"))
    ui.editorial_badge()
    st.markdown(ui.md_escape(ui.tx(ap.scale)))
    st.dataframe(chosen["shown"].radar.table, hide_index=True)
    page.score_reasons(view.score_reasons(ap, ui.phrases()))
    ui.table_block(ui.shared(view.compare_scores, content, lang), "scores.csv", key="cm_scores")


def seed() -> None:
    ui.seed_check(ap.seed_claim, ap.assessment, ui.t("compare.seed_says"), ui.t("compare.what_we_found"))


def approaches() -> None:
    st.header(ui.t("compare.approaches"))
    page.approaches(ap)


def sensitivity() -> None:
    st.header(ui.t("compare.sensitivity"))
    page.sensitivity(chosen["shown"])


def timeline() -> None:
    st.header(ui.t("compare.timeline"))
    st.markdown(ui.md_escape(ui.tx(ap.timeline_intro)))
    page.block(ui.shared(view.firefly_timeline, content, lang), key="cm_timeline")


st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
sections.draw(
    {  # drawn in this order (the sensitivity and the scores show the comparison the matrix chose)
        "finding": lambda: sections.finding(first, *evidence),
        "matrix": matrix,
        "context": lambda: sections.context(rest, *evidence),
        "seed": seed,
        "approaches": approaches,
        "sensitivity": sensitivity,
        "scores": scores,
        "timeline": timeline,
    }
)
