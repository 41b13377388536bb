"""Overview: the story in 30 seconds."""

import streamlit as st

from reelreality import ui
from reelreality.story import view as story_view
from reelreality.style import Block
from reelreality.ui import overview as parts
from reelreality.ui import sections

content = ui.content()
ov = content.overview
lang = ui.lang()
first, rest = sections.split(ov.lede.text)
evidence = (ov.lede.status, ov.lede.sources, ov.lede.corrected)


def timeline() -> None:
    st.header(ui.t("overview.timeline"))
    type_labels = {et.id: ui.tx(et.label) for et in ov.event_types}
    chosen = ui.bound_pills(ui.t("overview.filter"), list(type_labels), type_labels.get, key="types")
    shown = ui.shared(story_view.timeline_view, content, lang, chosen)
    if shown.figure is None:
        st.info(ui.t("overview.no_events"))
    else:
        ui.figure_block(Block(shown.figure, shown.caption, shown.table, "timeline.csv"), key="overview_timeline")
    ui.statement(ov.reporting_cutoff, compact=True)


st.title(ui.md_escape(ui.tx(ov.headline)), anchor=False)
sections.draw(
    {
        "finding": lambda: sections.finding(first, *evidence),
        "timeline": timeline,
        "figures": lambda: parts.figures(ov),
        "context": lambda: sections.context(rest, *evidence),
        "takeaways": lambda: parts.takeaways(ov),
        "quotes": lambda: parts.quotes(ov),
        "corrections": lambda: parts.corrections(ov),
        "explore": parts.explore,
    }
)
