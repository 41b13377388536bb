"""Reel Reality router: page config, language, navigation, then the chosen page."""

import streamlit as st

from reelreality import ui
from reelreality.content import ContentError

st.set_page_config(page_title="Reel Reality", page_icon=":material/movie:", layout="wide")

try:
    content = ui.content()
except ContentError as error:
    ui.content_error_page(error)
    st.stop()

lang = ui.init_language()
site = content.site
pages = [
    st.Page(p.script, title=p.nav(lang), icon=p.icon, url_path=p.id, default=(i == 0))
    for i, p in enumerate(site.pages)
]
page = st.navigation(pages, position="top")
current = next((p for p in site.pages if p.id == page.url_path), site.pages[0])
ui.set_current_page(current)
st.set_page_config(page_title=f"{current.title(lang)} · {site.title(lang)}")

head, switch = st.columns([5, 1], vertical_alignment="center")
head.caption(ui.md_escape(site.tagline(lang)))
with switch:
    ui.language_switch()

page.run()

st.divider()
st.caption(ui.t("common.footer", version=site.version, date=ui.format_date(site.last_updated)))
ui.drop_unknown_params()
ui.flush_notices()
