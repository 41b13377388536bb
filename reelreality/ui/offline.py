"""The offline files in the share box: a self-contained slide deck and a printable handout."""

from __future__ import annotations

import streamlit as st

from reelreality import export, ui


@st.cache_data(show_spinner=False, max_entries=4)
def _deck(lang: str, app_url: str, version: str) -> str:
    return export.build_deck(ui.content(), lang, app_url)


@st.cache_data(show_spinner=False, max_entries=4)
def _handout(lang: str, app_url: str, version: str) -> str:
    return export.build_handout(ui.content(), lang, app_url)


def downloads() -> None:
    """Offline deck and handout, generated only when clicked (plotly.js inline makes them ~5 MB)."""
    lang, url, version = ui.lang(), ui.app_url(), ui.content().site.version
    st.download_button(
        ui.t("present.download_deck"),
        data=lambda: _deck(lang, url, version),
        file_name=f"reel-reality-deck-{lang}.html",
        mime="text/html",
        icon=":material/slideshow:",
        help=ui.t("present.offline_help"),
        on_click="ignore",
    )
    st.download_button(
        ui.t("present.download_handout"),
        data=lambda: _handout(lang, url, version),
        file_name=f"reel-reality-handout-{lang}.html",
        mime="text/html",
        icon=":material/print:",
        on_click="ignore",
    )
