"""Lessons from other sectors: the same pattern beside Lionsgate × Runway, and what would have worked."""

import streamlit as st

from reelreality import ui
from reelreality.lessons import logic, view
from reelreality.ui import lessons as lessons_ui
from reelreality.ui import sections

content = ui.content()
cf, lang = content.cases, ui.lang()
sectors = {s.id: ui.tx(s.label) for s in cf.sectors}
names = logic.companies(cf)
first, rest = sections.split(cf.lede)
chosen = {}  # the sectors the reader picked, for the lesson cards


def matrix() -> None:
    st.header(ui.t("lessons.matrix"), anchor=False)
    picked = ui.bound_pills(ui.t("lessons.sector_filter"), list(sectors), sectors.get, key="ls_sector")
    block = ui.shared(view.matrix_block, content, lang, picked)
    chosen["shown"] = view.selection(content, lang, picked)
    if block is None:
        st.info(ui.t("lessons.no_sector"))
    else:
        lessons_ui.matrix(block, chosen["shown"])


def lessons() -> None:
    st.header(ui.t("lessons.lessons"), anchor=False)
    lessons_ui.lesson_cards(chosen["shown"].lessons, names)


def case_file() -> None:
    st.header(ui.t("lessons.case_file"), anchor=False)
    case_id = lessons_ui.case_picker(names, default=cf.reference_case)
    lessons_ui.case_file(view.case_card(content, lang, case_id))


def studies() -> None:
    st.header(ui.t("lessons.studies"), anchor=False)
    lessons_ui.study_cards(view.study_cards(content, lang))


def closing() -> None:
    st.header(ui.t("lessons.closing"), anchor=False)
    lessons_ui.closing(view.closing(content, lang))


st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
sections.draw(
    {  # drawn in this order (the lesson cards follow the sectors the matrix's filter chose)
        "finding": lambda: sections.finding(first),
        "matrix": matrix,
        "context": lambda: lessons_ui.intro(cf, rest),
        "lessons": lessons,
        "case-file": case_file,
        "studies": studies,
        "closing": closing,
    }
)
