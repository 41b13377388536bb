"""The promise tracker's page sections: report card, list filters, time axis, cards, official line vs reality."""

from __future__ import annotations

import streamlit as st

from reelreality.promises.view import Choices, Filters, GapView, LineView, Listing, Report
from reelreality.style import Block
from reelreality.ui.base import md_escape, t
from reelreality.ui.blocks import figure_block
from reelreality.ui.cards import evidence_card, promise_card, scale_legend
from reelreality.ui.widgets import bound_pick, bound_pills


def report_card(report: Report) -> None:
    """The verdict, the seed-only note, the report-card chart with its table, and how to read the ratings."""
    st.markdown(f"### {md_escape(report.verdict)}")
    if report.seed_note:
        st.caption(md_escape(report.seed_note))
    block = Block(report.figure, report.caption, report.table, "promises.csv")
    figure_block(block, key="promises_card", columns="promises.col")
    with st.expander(t("promises.legend"), expanded=True):
        scale_legend()
        st.page_link("panels/sources.py", label=t("promises.method_link"), icon=":material/menu_book:")


def filters(choices: Choices) -> Filters:
    """Rating and people pills side by side, then "open one promise"; every choice travels in the URL."""
    hint = {"default": [], "help": t("promises.filter_help")}
    ratings = choices.ratings
    left, right = st.columns(2)
    with left:
        picked_ratings = bound_pills(t("promises.filter_rating"), list(ratings), ratings.get, "pr_status", **hint)
    with right:
        people = bound_pills(t("promises.filter_who"), choices.people, str, "pr_who", **hint)
    picked = bound_pick(
        t("promises.pick"), list(choices.titles), choices.titles.get, key="pr_id", former=choices.former
    )
    return Filters(ratings=picked_ratings, people=people, picked=picked)


def listing_note(listing: Listing) -> None:
    """How many promises are shown, and what to do when none is."""
    st.caption(md_escape(listing.caption))
    if not listing.promises:
        st.info(t("promises.none_match"))


def time_axis(view: GapView) -> None:
    """The promise/evidence time axis with its caption and history table, when any promise is shown."""
    if view.chart is None:
        return
    st.markdown(f"**{t('promises.gap.title')}**")
    block = Block(view.chart.figure, view.chart.caption, view.table, "promise-history.csv")
    figure_block(block, key="promises_gap", columns="promises.col")


def cards(listing: Listing) -> None:
    """The promise cards: two columns for the list, one wide card with its history open for a single promise."""
    with st.grid(1 if listing.detail else 2, min_column_width=320):
        for p in listing.promises:
            promise_card(p, expanded=listing.detail)


def line_vs_reality(view: LineView) -> None:
    """The intro, then what the companies said beside what was reported."""
    st.markdown(md_escape(view.intro))
    for col, column in zip(st.columns(len(view.columns)), view.columns, strict=True):
        with col:
            st.markdown(f"**{column.heading}**")
            for item in column.items:
                evidence_card(item)
