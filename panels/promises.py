"""Promise tracker: what Lionsgate and Runway promised, rated against what was later reported."""

import streamlit as st

from reelreality import ui
from reelreality.promises import view
from reelreality.ui import promises as tracker
from reelreality.ui import sections

content, lang = ui.content(), ui.lang()
lede = content.promises.lede
first, rest = sections.split(lede.text)
evidence = (lede.status, lede.sources, lede.corrected)


def report_card() -> None:
    st.header(ui.t("promises.report_card"), anchor=False)
    tracker.report_card(ui.shared(view.promises_report, content, lang))


def promise_list() -> None:
    st.header(ui.t("promises.list"), anchor=False)
    filters = tracker.filters(view.choices(content, lang))
    listing = view.promise_list(content, lang, filters)
    tracker.listing_note(listing)
    tracker.time_axis(ui.shared(view.promises_gap_view, content, lang, listing.ids))
    tracker.cards(listing)


def line() -> None:
    st.header(ui.t("promises.line"), anchor=False)
    tracker.line_vs_reality(view.line_vs_reality(content, lang))


st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
sections.draw(
    {
        "finding": lambda: sections.finding(first, *evidence),
        "report-card": report_card,
        "context": lambda: sections.context(rest, *evidence),
        "list": promise_list,
        "line": line,
    }
)
