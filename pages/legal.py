"""Legal explorer (temporary page): the integrator moves legal_tab.render() into the obstacles page's Legal tab."""

import streamlit as st

from reelreality import legal_tab, ui

st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
legal_tab.render()
