"""Presentation mode inside the live app: one slide at a time, big type, notes, slide number in the URL."""

from __future__ import annotations

import streamlit as st

from reelreality import export, links, ui
from reelreality.slides import FIGURES

PARAM, SLIDE, NOTES = "present", "slide", "notes"

# Static CSS only (no content or URL text reaches it): hide the app chrome, enlarge the type.
_CSS = """
<style>
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stSidebar"],
[data-testid="stSidebarCollapsedControl"], footer { display: none !important; }
[data-testid="stMainBlockContainer"] { padding-top: 1.2rem; max-width: 1500px; }
.st-key-slide_body h1 { font-size: 3.1rem; line-height: 1.12; }
.st-key-slide_message [data-testid="stMarkdownContainer"] p { font-size: 1.6rem; line-height: 1.4; }
.st-key-slide_body [data-testid="stCaptionContainer"] p { font-size: 1.05rem; }
</style>
"""


def active() -> bool:
    return st.query_params.get(PARAM) == "1"


def _go(delta: int, count: int) -> None:
    index, _ = links.slide_index(st.query_params.get(SLIDE), count)
    st.query_params[SLIDE] = str(min(count, max(1, index + 1 + delta)))


def _set_notes() -> None:
    if st.session_state.get("present_notes"):
        st.query_params[NOTES] = "1"
    else:
        st.query_params.pop(NOTES, None)


def toggle() -> None:
    """The visible 'Present' switch; it writes ?present=1 (and clears the slide when leaving)."""

    def flip() -> None:
        if st.session_state.get("present_toggle"):
            st.query_params[PARAM] = "1"
        else:
            for key in (PARAM, SLIDE, NOTES):
                st.query_params.pop(key, None)

    st.session_state["present_toggle"] = active()
    st.toggle(ui.t("present.toggle"), key="present_toggle", on_change=flip, help=ui.t("present.toggle_help"))


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


def render() -> dict[str, str]:
    """Draw the current slide; return the URL params that describe this view."""
    content = ui.content()
    slides = content.slides.slides
    count = len(slides)
    raw = st.query_params.get(SLIDE)
    index, valid = links.slide_index(raw, count)
    if not valid:
        ui.notice(ui.t("present.bad_slide"))
    st.query_params[SLIDE] = str(index + 1)
    slide = slides[index]
    st.html(_CSS)

    bar = st.columns([1.2, 1.2, 4, 2], vertical_alignment="center")
    bar[0].button(
        ui.t("present.prev"),
        icon=":material/arrow_back:",
        key="present_prev",
        shortcut="Left",
        disabled=index == 0,
        on_click=_go,
        args=(-1, count),
        width="stretch",
    )
    # Not type="primary": Streamlit writes white on the primary colour, and the dark theme's primary
    # must be light enough to read as text on the dark background, so no colour passes both (WCAG AA).
    bar[1].button(
        ui.t("present.next"),
        icon=":material/arrow_forward:",
        key="present_next",
        shortcut="Right",
        disabled=index == count - 1,
        on_click=_go,
        args=(1, count),
        width="stretch",
    )
    bar[2].markdown(f"**{ui.t('present.counter', n=index + 1, total=count)}** · {ui.t('present.keys')}")
    st.session_state["present_notes"] = st.query_params.get(NOTES) == "1"
    bar[3].toggle(ui.t("present.notes"), key="present_notes", on_change=_set_notes)

    with st.container(key="slide_body"):
        st.title(ui.md_escape(ui.tx(slide.title)), anchor=False)
        st.container(key="slide_message").markdown(ui.md_escape(ui.tx(slide.message)))
        if slide.figure:
            fig, caption = ui.shared(FIGURES[slide.figure], content, ui.lang())
            st.plotly_chart(fig, key=f"slide_fig_{slide.id}")
            st.caption(ui.md_escape(caption))
        ui.evidence(slide.status, slide.sources, corrected=slide.corrected)
        page = next(p for p in content.site.pages if p.id == slide.page)
        st.page_link(page.script, label=ui.t("present.open_panel"), icon=page.icon)
        if st.session_state.get("present_notes"):
            st.info(ui.md_escape(ui.tx(slide.notes)), icon=":material/record_voice_over:")
    return {PARAM: "1", SLIDE: str(index + 1)}
