"""Lessons from other sectors: the same pattern beside Lionsgate × Runway, and what would have worked."""

import streamlit as st

from reelreality import ui
from reelreality.lessons import logic, view
from reelreality.ui import lessons as lessons_ui

content = ui.content()
cf, lang = content.cases, ui.lang()
sectors = {s.id: ui.tx(s.label) for s in cf.sectors}
names = logic.companies(cf)

lessons_ui.intro(cf)

st.subheader(ui.t("lessons.matrix"), anchor=False)
chosen = ui.bound_pills(ui.t("lessons.sector_filter"), list(sectors), sectors.get, key="ls_sector")
block = ui.shared(view.matrix_block, content, lang, chosen)
shown = view.selection(content, lang, chosen)
if block is None:
    st.info(ui.t("lessons.no_sector"))
else:
    lessons_ui.matrix(block, shown)

st.subheader(ui.t("lessons.lessons"), anchor=False)
lessons_ui.lesson_cards(shown.lessons, names)

st.subheader(ui.t("lessons.case_file"), anchor=False)
case_id = lessons_ui.case_picker(names, default=cf.reference_case)
lessons_ui.case_file(view.case_card(content, lang, case_id))

st.subheader(ui.t("lessons.studies"), anchor=False)
lessons_ui.study_cards(view.study_cards(content, lang))

st.subheader(ui.t("lessons.closing"), anchor=False)
lessons_ui.closing(view.closing(content, lang))
