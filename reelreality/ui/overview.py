"""The overview's blocks: key-figure cards, takeaways, quotes, the source article's corrections, the other panels."""

from __future__ import annotations

import streamlit as st

from reelreality import ui
from reelreality.story.model import OverviewFile


def figures(ov: OverviewFile) -> None:
    """The story in numbers: one card per key figure, each with its evidence."""
    st.header(ui.t("overview.figures"))
    with st.grid(len(ov.key_figures), min_column_width=160):  # cards reflow on a narrow screen
        for fig in ov.key_figures:
            with st.container(border=True, height="stretch"):
                st.subheader(ui.md_escape(ui.tx(fig.value)), anchor=False, help=ui.sources_help(fig.sources))
                st.markdown(f"**{ui.md_escape(ui.tx(fig.label))}**\n\n{ui.small(ui.md_escape(ui.tx(fig.detail)))}")
                ui.evidence(fig.status, fig.sources, corrected=fig.corrected)


def takeaways(ov: OverviewFile) -> None:
    st.header(ui.t("overview.takeaways"))
    with st.grid(len(ov.takeaways), min_column_width=240):
        for item in ov.takeaways:
            with st.container(border=True, height="stretch"):
                ui.statement(item, compact=True)


def quotes(ov: OverviewFile) -> None:
    st.header(ui.t("overview.quotes"))
    with st.grid(len(ov.quotes), min_column_width=240):
        for quote in ov.quotes:
            ui.quote_card(quote)


def corrections(ov: OverviewFile) -> None:
    """What the source article got wrong, one box each."""
    for corr in ov.corrections:
        with st.container(border=True):
            st.markdown(f"**{ui.t('overview.correction')}** — {ui.t('overview.seed_says')} {ui.quoted(corr.seed_says)}")
            st.markdown(ui.md_escape(ui.tx(corr.correct)))
            ui.sources_caption(corr.sources)


def explore() -> None:
    """Links to the other panels."""
    others = [p for p in ui.content().site.pages if p != ui.current_page()]
    if others:
        st.header(ui.t("common.explore"))
        with st.grid(len(others), min_column_width=160):
            for p in others:
                st.page_link(p.script, label=ui.tx(p.title), icon=p.icon)
