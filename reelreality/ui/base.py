"""The shell's basics: cached content, language, notices, and the checks on link values that bound widgets use."""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitAPIException

from reelreality import public
from reelreality.content import Content, current
from reelreality.core.models import LANGS, Text
from reelreality.core.site import PageDef
from reelreality.text import Phrases

LANG_KEY = "lang"
# Query parameters the app itself owns; every other one must belong to a bound widget.
APP_PARAMS = {"lang", "present", "slide", "notes", "view", "room", "embed", "embed_options"}
_NOTICES = "_rr_notices"

STATUS_STYLE: dict[str, tuple[str, str]] = {
    "verified": ("green", ":material/verified:"),
    "secondary": ("blue", ":material/link:"),
    "seed-only": ("orange", ":material/warning:"),
}


class _Run(threading.local):
    """What a run asks for hundreds of times, kept on the thread that runs the script: a read of
    st.session_state costs about 10 µs (a proxy, a lock and the widget state behind them).
    begin_run() forgets it, init_language() sets it; a run that has not (a fragment's) reads the session."""

    lang: str | None = None


_RUN = _Run()


def content() -> Content:
    """The validated content of this process, shared by every session and the web layer.

    A plain function cache (content.current): no lock and no session lookup, though pages ask for
    it hundreds of times a run. A Streamlit cached function takes a process-wide lock on each call,
    and with a room of twenty viewers that lock convoy cost more than the pages themselves."""
    return current()


def set_current_page(page: PageDef) -> None:
    st.session_state["_rr_page"] = page


def current_page() -> PageDef:
    """The page being shown (set by app.py before it runs the page)."""
    return st.session_state.get("_rr_page") or content().site.pages[0]


def lang() -> str:
    """The viewer's language ('en' or 'fr')."""
    return _RUN.lang or st.session_state.get(LANG_KEY, "en")


def forget_run() -> None:
    """Start a run with nothing remembered from the previous one on this thread."""
    _RUN.lang = None


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


# After escaping, a pair of asterisks around a phrase on one line is the content's emphasis markup
# (`*term*`, reelreality/text.py); everything inside it stays escaped.
_EMPHASIS = re.compile(r"\\\*((?:(?!\\\*)[^\n])+?)\\\*")


def md_escape(text: str) -> str:
    """Escape markdown so content and URL text always render literally, except the *emphasis* markup."""
    return _EMPHASIS.sub(r"*\1*", _MD_SPECIAL.sub(r"\\\1", text))


def notice(message: str) -> None:
    """Queue a quiet notice (shown as a toast at the end of the run)."""
    st.session_state.setdefault(_NOTICES, [])
    if message not in st.session_state[_NOTICES]:
        st.session_state[_NOTICES].append(message)


# Static CSS only (no content or URL text reaches it). Streamlit fades a whole caption with
# opacity 0.6, which puts caption text (3.9:1) and the source links inside captions (3:1) below
# the WCAG AA contrast of 4.5:1 in both themes; fade only the caption's own text instead, so links
# keep the theme's full link colour.
_BASE_CSS = f"<style>{public.STYLESHEET.read_text(encoding='utf-8')}</style>"


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
    _RUN.lang = st.session_state[LANG_KEY]
    return _RUN.lang


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


def url_values(key: str) -> list[str]:
    """Every value the link carries for `key` (`?k=` is `[""]`; absent is `[]`)."""
    return st.query_params.get_all(key)


def reject_param(key: str) -> None:
    """Drop a link's value that a bound widget must not take, say so, and start the run again.

    A bound widget reads the link as it renders and keeps whatever Streamlit accepts, such as an
    empty `?cm_view=` (no option at all) or a reversed range; nothing after it can change its value
    in the same run. Dropped before the widget is bound, the value is gone from the address bar and
    the rerun opens the widget at its default. Once a widget is bound (a later run of the same
    session) the link no longer seeds it, so the notice is all that is needed."""
    notice(t("notice.bad_value", param=_safe_name(key)))
    try:
        del st.query_params[key]
    except StreamlitAPIException:
        return
    st.rerun()


_SPACES = re.compile(r"[ \u00a0\u202f]")


def respell(key: str, labels: Iterable[str]) -> list[str]:
    """A link's values for `key`, each respelt as today's label when it differs only in its kind of
    spaces: French labels now carry no-break spaces before : ; ! ? and inside « », and a link made
    before keeps opening the same view. The address bar gets today's spelling."""
    values = url_values(key)
    labels = set(labels)
    by_shape = {_SPACES.sub(" ", label): label for label in labels}
    fixed = [v if v in labels else by_shape.get(_SPACES.sub(" ", v), v) for v in values]
    if fixed != values:
        # Possible only before the widget is bound (its first run in this session); once bound, the
        # link no longer seeds it and the respelt value is used for the check alone.
        with contextlib.suppress(StreamlitAPIException):
            st.query_params[key] = fixed
    return fixed


def check_param(
    key: str, valid: Callable[[list[str]], bool] | Iterable[str], labels: Iterable[str] | None = None
) -> None:
    """Before a bound widget renders: a link value it must not take (see `valid`) opens its default.

    `valid` is either the accepted values (one of them, exactly once) or a test of the whole list;
    `labels` (by default the accepted values) are the spellings a link's values are matched to."""
    if labels is None and not callable(valid):
        valid = list(valid)
        labels = valid
    values = respell(key, labels or ())
    if not values:
        return
    ok = valid(values) if callable(valid) else len(values) == 1 and values[0] in set(valid)
    if not ok:
        reject_param(key)


def check_switches(keys: Iterable[str]) -> None:
    """App switches such as `?present=1`: on with "1", off when absent; any other value is dropped with a notice."""
    for key in keys:
        values = url_values(key)
        if values and set(values) != {"1"}:
            notice(t("notice.bad_value", param=_safe_name(key)))
            st.query_params.pop(key, None)


def _safe_name(name: str) -> str:
    return "`" + name.replace("`", "")[:40] + "`"


def drop_unknown_params() -> None:
    """After the page ran: remove query parameters that nothing on this page owns."""
    owned = APP_PARAMS | {k for k in st.session_state if isinstance(k, str)}
    unknown = [k for k in list(st.query_params.keys()) if k not in owned]
    for key in unknown:
        st.query_params.pop(key, None)
    if unknown:
        notice(t("notice.unknown_params", names=", ".join(_safe_name(k) for k in unknown)))
