"""Obstacles: the risk register, the data-scale explorer, the quality gap and the legal explorer (one tab each)."""

import streamlit as st

from reelreality import ui
from reelreality.obstacles import scaleview, view
from reelreality.style import Block
from reelreality.ui import legal_tab, sections
from reelreality.ui import obstacles as parts

content = ui.content()
ob, ds = content.obstacles, content.datascale
lang = ui.lang()
first, rest = sections.split(ob.lede.text)
evidence = (ob.lede.status, ob.lede.sources, ob.lede.corrected)


def register_tab() -> None:
    shown = parts.category_filter(ob)
    chart, detail = st.columns([3, 2])
    with detail:
        obstacle = parts.obstacle_picker(ob)
        parts.obstacle_card(obstacle, ob, hidden=obstacle.category not in shown)
    with chart:
        parts.register_map(ui.shared(view.obstacles_register, content, lang, shown, obstacle.id))
        st.caption(ui.md_escape(ui.tx(ob.scale_note)))  # how to read the map, under it


def scale_tab() -> None:
    st.markdown(ui.md_escape(ui.tx(ds.intro)))
    controls, numbers = st.columns([2, 3])
    with controls.container(border=True):
        assumptions = parts.scale_controls(ds)
    scale = ui.shared(scaleview.obstacles_scale, content, lang, assumptions)
    with numbers:
        parts.scale_numbers(scale)
    parts.scale_chart(scale)
    parts.scaling_notes(ds)


def quality_tab() -> None:
    st.markdown(ui.md_escape(ui.tx(ob.quality_intro)))
    quality = ui.shared(view.obstacles_quality, content, lang)
    ui.figure_block(Block(quality.figure, quality.caption, quality.table, "quality-gap.csv"), key="ob_quality")
    parts.quality_cards(ob)


# One entry per tab; a new tab is one more entry here. Only the open tab runs: the tabs are bound
# to the URL, so choosing one reruns the page, and the other tabs' widgets keep their values.
TABS = {"register": register_tab, "datascale": scale_tab, "quality": quality_tab, "legal": legal_tab.render}


def tabs() -> None:
    labels = [ui.t(f"obstacles.tab.{name}") for name in TABS]
    for tab, draw in zip(ui.bound_tabs(labels, key="ob_tab"), TABS.values(), strict=True):
        if tab.open:
            with tab:
                draw()


st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
sections.draw(
    {
        "finding": lambda: sections.finding(first, *evidence),
        "tabs": tabs,
        "context": lambda: sections.context(rest, *evidence),
    }
)
