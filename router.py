"""Reel Reality router (the script app.py serves): page config, language, presentation, navigation, the page."""

import streamlit as st

from reelreality import public, ui
from reelreality.content import ContentError
from reelreality.ui import offline, present
from reelreality.ui.base import check_switches

# The app's own icon, the one the document names before scripts run (served by the web layer); a
# :material/...: icon would be fetched from Google's font CDN, which a meeting room may not reach.
st.set_page_config(page_title="Reel Reality", page_icon=str(public.ICON), layout="wide")

try:
    content = ui.content()
except ContentError as error:
    ui.content_error_page(error)
    st.stop()

ui.begin_run()
ui.base_style()
lang = ui.init_language()
check_switches([present.PARAM, present.NOTES])
presenting = present.active()
site = content.site
home, *others = site.pages
# Streamlit serves the default page at the root and ignores its url_path, so the overview's own path
# (/story, as page ids are paths) showed "Page not found". A hidden entry for the same script answers
# it; Streamlit keys pages by path, so the default page takes the empty one.
pages = [
    st.Page(home.script, title=home.nav(lang), icon=home.icon, url_path="", default=True),
    *(st.Page(p.script, title=p.nav(lang), icon=p.icon, url_path=p.id) for p in others),
    st.Page(home.script, title=home.nav(lang), icon=home.icon, url_path=home.id, visibility="hidden"),
]
page = st.navigation(pages, position="hidden" if presenting else "top")
current = next((p for p in site.pages if p.id == page.url_path), site.pages[0])
ui.set_current_page(current)
st.set_page_config(
    page_title=f"{current.title(lang)} · {site.title(lang)}",
    initial_sidebar_state="collapsed" if presenting else "auto",
)

# The audience screen is the slide alone: no header row, no share box (nothing to hide, nothing to send).
audience = presenting and present.audience_screen()
if not audience:
    # Keyed so that base.py's CSS folds the header into one compact row on a phone.
    head = st.container(key="rr_head").columns([6, 2, 1.3, 1.6], vertical_alignment="center")
    if not presenting:
        head[0].caption(ui.md_escape(site.tagline(lang)))
    with head[1]:
        ui.language_switch()
    with head[2]:
        present.toggle()
    share_slot = head[3].empty()

if not presenting:
    present.rejoin_bar()  # a follower exploring a panel: one tap back to the room
extra = present.render() if presenting else page.run()

if not audience:
    with share_slot.container():
        ui.share_box(extra if presenting else None, more=offline.downloads)
if not presenting:
    st.divider()
    st.caption(ui.t("common.footer", version=site.version, date=ui.format_date(site.last_updated)))
ui.drop_unknown_params()
ui.flush_notices()
