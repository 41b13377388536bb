"""The share box (the link to this exact view and how to cite it), the run's start, and the content-error page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from reelreality import links, public, qr
from reelreality.content import ContentError
from reelreality.ui.base import LANG_KEY, content, current_page, forget_run, lang, md_escape, t, tx
from reelreality.ui.evidence import format_date
from reelreality.ui.widgets import _BOUND, bound_state


def content_error_page(error: ContentError) -> None:
    """One clear page listing every content problem, instead of a traceback."""
    st.title("Content error / Erreur de contenu")
    st.error(
        f"{len(error.problems)} problem(s) in the content files. The app cannot start until they are fixed. "
        f"Run `python -m reelreality.validate` for the same list."
    )
    st.code("\n".join(str(p) for p in error.problems), language=None)


def begin_run() -> None:
    """Forget the bound state of the previous run (the share link describes this run's page only)
    and what the previous run on this thread remembered."""
    st.session_state[_BOUND] = {}
    forget_run()


def app_url() -> str:
    """The app's public base URL (no page path, no query): configured, never the request's Host header."""
    return public.base_url()


def view_url(extra: dict[str, Any] | None = None) -> str:
    """Absolute link to exactly the current view: page, language, bound widget values, plus `extra`."""
    page = current_page()
    path = "" if page == content().site.pages[0] else page.id
    params = {LANG_KEY: lang(), **(extra or {})}
    return links.share_url(f"{app_url()}/{path}", params, bound_state())


def qr_code(url: str, caption: str) -> None:
    """`url` as a QR code a phone camera opens, with what it is for and the link as typed beside it."""
    code, words = st.columns([1, 1.4], vertical_alignment="center")
    with code.container(key="share_qr"):
        st.html(qr.img(url, scale=3, alt=f"{caption} {qr.short(url)}"))
    words.caption(md_escape(caption))
    words.markdown(f"`{qr.short(url)}`")


def share_box(extra: dict[str, Any] | None = None, more: Callable[[], None] | None = None) -> None:
    """'Share this view': the full link with a copy button, and a 'cite this view' text."""
    # Built and sent only once opened (opening reruns the page): the box is on every page.
    box = st.popover(t("share.button"), icon=":material/share:", key="share_box", on_change="rerun")
    if not box.open:
        return
    url = view_url(extra)
    site = content().site
    with box:
        st.caption(t("share.link"))
        st.code(url, language=None, wrap_lines=True)
        qr_code(url, t("share.qr"))
        st.caption(t("share.cite"))
        cite = links.citation(
            title=f"{tx(current_page().title)} — {tx(site.title)}",
            url=url,
            version=site.version,
            updated=format_date(site.last_updated),
            accessed=format_date(dt.date.today()),
            template=t("share.cite_template"),
        )
        st.code(cite, language=None, wrap_lines=True)
        st.caption(t("share.copy_hint"))
        if more is not None:
            more()
