from __future__ import annotations

import gc
import re
from collections.abc import Iterable
from typing import Any

import streamlit as st

from reelreality.content import Content, load
from reelreality.core.models import LANGS, Text
from reelreality.core.site import PageDef
from reelreality.text import Phrases

LANG_KEY = "lang"
# Query parameters the app itself owns; every other one must belong to a bound widget.
APP_PARAMS = {"lang", "present", "slide", "notes", "embed", "embed_options"}
_NOTICES = "_rr_notices"

STATUS_STYLE: dict[str, tuple[str, str]] = {
    "verified": ("green", ":material/verified:"),
    "secondary": ("blue", ":material/link:"),
    "seed-only": ("orange", ":material/warning:"),
}


_RUN_CONTENT = "_rr_content"


@st.cache_resource(show_spinner=False)
def _load_content() -> Content:
    """Load and validate content once per process (models are frozen, so sharing is safe)."""
    loaded = load()
    # The content and the modules imported by now (streamlit, pandas, plotly) live as long as the
    # process. Freezing them keeps them out of every full collection (Python's own, and Streamlit's
    # after-run one if runner.postScriptGC is turned back on), which otherwise walks them all:
    # about 100 ms of CPU, holding the GIL.
    gc.freeze()
    return loaded


def content() -> Content:
    """The validated content, shared by every session.

    begin_run() fetches it once per run and keeps it in the session: each call of a cached function
    takes a process-wide lock, pages ask for content hundreds of times a run, and with a room of
    twenty viewers that lock convoy cost more than the pages themselves."""
    return st.session_state.get(_RUN_CONTENT) or _load_content()


def set_current_page(page: PageDef) -> None:
    st.session_state["_rr_page"] = page


def current_page() -> PageDef:
    """The page being shown (set by app.py before it runs the page)."""
    return st.session_state.get("_rr_page") or content().site.pages[0]


def lang() -> str:
    return st.session_state.get(LANG_KEY, "en")


def phrases() -> Phrases:
    """The UI strings and formatters (dates, numbers, lists, plurals) in the viewer's language."""
    return content().phrases(lang())


def t(key: str, **fill: Any) -> str:
    """A UI string from site.yaml in the viewer's language."""
    return phrases()(key, **fill)


def tx(text: Text) -> str:
    """A content Text in the viewer's language."""
    return text(lang())


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~$:-])")


def md_escape(text: str) -> str:
    """Escape markdown so content and URL text always render literally."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def notice(message: str) -> None:
    """Queue a quiet notice (shown as a toast at the end of the run)."""
    st.session_state.setdefault(_NOTICES, [])
    if message not in st.session_state[_NOTICES]:
        st.session_state[_NOTICES].append(message)


# Static CSS only (no content or URL text reaches it). Streamlit fades a whole caption with
# opacity 0.6, which puts caption text (3.9:1) and the source links inside captions (3:1) below
# the WCAG AA contrast of 4.5:1 in both themes; fade only the caption's own text instead, so links
# keep the theme's full link colour.
_BASE_CSS = """<style>
[data-testid="stCaptionContainer"] { opacity: 1; color: color-mix(in srgb, currentColor 75%, transparent); }
[data-testid="stMarkdownContainer"] blockquote, [data-testid="stMarkdownContainer"] blockquote p { color: inherit !important; opacity: 1 !important; }
</style>"""


def base_style() -> None:
    """App-wide accessibility fixes to Streamlit's default styling; call once per run."""
    st.html(_BASE_CSS)


def flush_notices() -> None:
    for message in st.session_state.pop(_NOTICES, []):
        st.toast(message, icon=":material/info:")


# ---------------------------------------------------------------- language


def init_language() -> str:
    """Pick the language: ?lang= first, then this session's choice, then the browser locale."""
    raw = st.query_params.get(LANG_KEY)
    if raw in LANGS:
        st.session_state[LANG_KEY] = raw
    else:
        if raw is not None:
            notice(content().ui("notice.bad_lang")("en") + " / " + content().ui("notice.bad_lang")("fr"))
        if LANG_KEY not in st.session_state:
            locale = (st.context.locale or "").lower()
            st.session_state[LANG_KEY] = "fr" if locale.startswith("fr") else "en"
    # The language always travels in the URL so a copied address reopens in the same language.
    st.query_params[LANG_KEY] = st.session_state[LANG_KEY]
    return st.session_state[LANG_KEY]


def _switch_language() -> None:
    chosen = st.session_state.get("lang_switch")
    if chosen in LANGS:
        st.session_state[LANG_KEY] = chosen
        st.query_params[LANG_KEY] = chosen


def language_switch() -> None:
    st.session_state["lang_switch"] = lang()
    st.segmented_control(
        t("lang.label"),
        options=list(LANGS),
        format_func=lambda code: {"en": "English", "fr": "Français"}[code],
        key="lang_switch",
        required=True,
        on_change=_switch_language,
        label_visibility="collapsed",
    )


# ---------------------------------------------------------------- URL state


def check_param(key: str, allowed: Iterable[str]) -> None:
    """Before a bound widget renders: note a URL value it will reject, so the viewer is told."""
    values = st.query_params.get_all(key)
    allowed = set(allowed)
    if values and any(v not in allowed for v in values):
        notice(t("notice.bad_value", param=_safe_name(key)))


def _safe_name(name: str) -> str:
    return "`" + name.replace("`", "")[:40] + "`"


def drop_unknown_params() -> None:
    """After the page ran: remove query parameters that nothing on this page owns."""
    owned = APP_PARAMS | {k for k in st.session_state.keys() if isinstance(k, str)}
    unknown = [k for k in list(st.query_params.keys()) if k not in owned]
    for key in unknown:
        st.query_params.pop(key, None)
    if unknown:
        notice(t("notice.unknown_params", names=", ".join(_safe_name(k) for k in unknown)))



