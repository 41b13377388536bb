"""Sources & method: the bibliography and how statuses and ratings are assigned."""

import streamlit as st

from reelreality import ui
from reelreality.core.sections import split_finding
from reelreality.sources import view as sources_view
from reelreality.ui import sections
from reelreality.ui import sources as sources_ui

content = ui.content()
method = content.method
lang = ui.lang()
first, rest = split_finding(ui.t("sources.intro"))


def method_summary() -> None:
    st.header(ui.t("sources.method"))
    for section in method.sections:
        st.markdown(f"**{ui.md_escape(ui.tx(section.title))}** — {ui.md_escape(ui.tx(section.body))}")
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{ui.t('sources.statuses')}**")
        for s in method.statuses:
            ui.status_badge(s.id)
            st.caption(f"{ui.md_escape(ui.tx(s.description))} **{ui.t('sources.rule')}** {ui.md_escape(ui.tx(s.rule))}")
    with right:
        st.markdown(f"**{ui.t('sources.tiers')}**")
        for tier in method.tiers:
            st.markdown(f"**{ui.md_escape(ui.tx(tier.label))}** — {ui.md_escape(ui.tx(tier.description))}")


def bibliography() -> None:
    st.header(ui.t("sources.bibliography"))
    st.markdown(ui.md_escape(rest))
    tier_labels = {tier.id: ui.tx(tier.label) for tier in method.tiers}
    lang_labels = sources_view.language_labels(content, lang)
    query = ui.bound_text(ui.t("sources.search"), key="q")
    c1, c2 = st.columns(2)
    with c1:
        tiers = ui.bound_pills(ui.t("sources.filter_tier"), list(tier_labels), tier_labels.get, key="tier")
    with c2:
        langs = ui.bound_pills(ui.t("sources.filter_lang"), list(lang_labels), lang_labels.get, key="srclang")
    sources_ui.bibliography(ui.shared(sources_view.sources_view, content, lang, query.strip(), tiers, langs))


st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
sections.draw(
    {
        "finding": lambda: sections.finding(first),
        "bibliography": bibliography,
        "method": method_summary,
        "corrections": lambda: sources_ui.seed_corrections(content.overview.corrections),
        "log": lambda: ui.corrections_log(content.corrections),
    }
)
