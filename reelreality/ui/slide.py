"""A slide as the meeting room draws it (its words, its live chart, a QR figure, the presenter's clock)
and the presentation's static CSS; reelreality/ui/present.py decides which screen shows what."""

from __future__ import annotations

import time

import plotly.graph_objects as go
import streamlit as st

from reelreality import qr, rooms, ui
from reelreality.slides import FIGURES
from reelreality.style import FONT_SIZE, esc, label_margin

# Static CSS only (no content or URL text reaches it).
SLIDE_CSS = """<style>
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stSidebar"],
[data-testid="stSidebarCollapsedControl"], footer { display: none !important; }
.st-key-rr_clicker { display: none !important; }
</style>"""

# The audience screen: only the slide. The router draws no header row or share box there, and any other
# top-level block (the room's polling fragment, say) is hidden, whatever reaches the top level.
AUDIENCE_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding: 3vh 4.5vw 2vh !important; max-width: none !important; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] > :not(:has(> .st-key-rr_audience)) {
  display: none !important; }
.st-key-rr_slide h1 { font-size: clamp(2rem, 4.4vw, 5.4rem); line-height: 1.1; padding-top: 0; }
.st-key-rr_slide .st-key-rr_message p { font-size: clamp(1.2rem, 2.2vw, 2.8rem); line-height: 1.35; }
.st-key-rr_slide [data-testid="stCaptionContainer"] p,
.st-key-rr_slide [data-testid="stCaptionContainer"] summary { font-size: clamp(0.95rem, 1.15vw, 1.5rem); }
/* The slide fills the screen and no more: its chart takes the height the words leave. */
.st-key-rr_slide { flex: 0 0 auto !important; height: calc(95vh - 2rem) !important; }
.st-key-rr_slide > [data-testid="stLayoutWrapper"]:has(.st-key-rr_chart),
.st-key-rr_slide [data-testid="stColumn"] [data-testid="stLayoutWrapper"]:has(> .st-key-rr_chart) {
  flex: 1 1 0; min-height: 8rem; }
.st-key-rr_slide [data-testid="stHorizontalBlock"]:has(.st-key-rr_chart) { height: 100%; }
.st-key-rr_slide [data-testid="stColumn"]:has(.st-key-rr_chart) { display: flex; flex-direction: column; height: 100%; }
.st-key-rr_slide [data-testid="stColumn"] > [data-testid="stVerticalBlock"]:has(.st-key-rr_chart) {
  flex: 1 1 0; min-height: 0; }
.st-key-rr_slide .st-key-rr_chart { height: 100% !important; min-height: 0 !important; }
@media (max-height: 800px) {
  .st-key-rr_slide h1 { font-size: clamp(2rem, 3.6vw, 4.4rem); }
  .st-key-rr_slide .st-key-rr_message p { font-size: clamp(1.1rem, 1.8vw, 2.2rem); }
}
.st-key-rr_controls { position: fixed; left: 0.75rem; bottom: 0.75rem; z-index: 999990; width: auto !important;
  padding: 0.5rem; border-radius: 0.5rem; background: var(--st-background-color, Canvas);
  opacity: 0; transition: opacity 0.2s; }
.st-key-rr_controls:hover, .st-key-rr_controls:focus-within { opacity: 1; }
.st-key-rr_counter { position: fixed; right: 1.2rem; bottom: 0.6rem; width: auto !important; z-index: 999980; }
.st-key-rr_counter p { font-size: clamp(0.9rem, 1.1vw, 1.4rem); }
.rr-qr-box { margin: 0; text-align: center; }
.rr-qr-box img { width: min(22vw, 36vh); height: auto; }
.rr-qr-box figcaption { font-size: clamp(1rem, 1.4vw, 1.8rem); overflow-wrap: anywhere; }
</style>"""

PRESENTER_CSS = """<style>
.st-key-rr_notes p { font-size: 1.45rem; line-height: 1.45; }
.st-key-rr_next h3 { font-size: 1.5rem; }
.rr-clock { display: flex; gap: 2rem; font-size: 2.2rem; font-variant-numeric: tabular-nums; }
.rr-clock small { display: block; font-size: 0.9rem; }
.rr-clock .rr-over { color: #b3261e; }
@media (prefers-color-scheme: dark) { .rr-clock .rr-over { color: #ffb4ab; } }
</style>"""

FOLLOW_CSS = """<style>
.st-key-rr_follow h2 { font-size: clamp(1.5rem, 5vw, 2.4rem); line-height: 1.15; }
.st-key-rr_follow .st-key-rr_message p { font-size: clamp(1.05rem, 3.6vw, 1.35rem); }
</style>"""


# ---------------------------------------------------------------- drawing a slide


SLIDE_TICKS = 17
"""Tick labels on a slide, px (a page's charts use the layout's type, style.FONT_SIZE)."""
MAX_LABEL_ROOM = 340
"""At most this much of a slide's chart width, px, for its row labels."""


def _label_room(fig: go.Figure) -> int:
    """The left margin a slide's chart needs for its row labels at SLIDE_TICKS px: the larger of the
    builder's own margin, scaled to the slide's type, and what the labels need at that size."""
    scaled = (fig.layout.margin.l or 0) * SLIDE_TICKS / FONT_SIZE
    if fig.layout.yaxis.showticklabels is False:
        return round(scaled)
    labels = fig.layout.yaxis.ticktext or [
        y for trace in fig.data for y in (getattr(trace, "y", None) or ()) if isinstance(y, str)
    ]
    return min(MAX_LABEL_ROOM, max(round(scaled), label_margin(labels, SLIDE_TICKS, cap=MAX_LABEL_ROOM)))


def big_figure(name: str, content, lang: str):
    """A slide's figure for the back of the room: the same data, larger type (built once, shared)."""
    fig, caption = FIGURES[name](content, lang)
    fig = go.Figure(fig)
    fig.update_layout(font_size=18, height=None, margin_t=30, margin_l=_label_room(fig))
    fig.update_annotations(font_size=14)  # labels placed for 12 px (timeline.label_levels), a little larger
    fig.update_xaxes(tickfont_size=SLIDE_TICKS, title_font_size=18)
    fig.update_yaxes(tickfont_size=SLIDE_TICKS, title_font_size=18)
    return fig, caption


def body(slide, *, heading: str = "title", key_prefix: str = "slide", big: bool = False) -> None:
    """A slide: its words, then its chart and evidence line."""
    text(slide, heading=heading, key_prefix=key_prefix)
    chart(slide, key_prefix=key_prefix, big=big)


def text(slide, *, heading: str = "title", key_prefix: str = "slide") -> None:
    """A slide's title and message."""
    if heading == "title":
        st.title(ui.md_escape(ui.tx(slide.title)), anchor=False)
    else:
        st.header(ui.md_escape(ui.tx(slide.title)), anchor=False)
    st.container(key=f"rr_message_{key_prefix}" if key_prefix != "slide" else "rr_message").markdown(
        ui.md_escape(ui.tx(slide.message))
    )


def chart(slide, *, key_prefix: str = "slide", big: bool = False) -> None:
    """A slide's live chart and its caption, if it has one, then its evidence line."""
    content = ui.content()
    if slide.figure:
        if big:
            fig, caption = ui.shared(big_figure, slide.figure, content, ui.lang())
            with st.container(key="rr_chart"):
                st.plotly_chart(
                    fig, key=f"{key_prefix}_fig_{slide.id}", config={"displaylogo": False}, height="stretch"
                )
        else:
            fig, caption = ui.shared(FIGURES[slide.figure], content, ui.lang())
            st.plotly_chart(fig, key=f"{key_prefix}_fig_{slide.id}", config={"displaylogo": False})
        st.caption(ui.md_escape(caption))
    ui.evidence(slide.status, slide.sources, corrected=slide.corrected)


def qr_figure(url: str, label: str) -> str:
    """The QR code of `url` with what it opens and the link as typed beside it (the share box's helper)."""
    return (
        f'<figure class="rr-qr-box">{qr.img(url, scale=6, alt=f"{label} {qr.short(url)}")}'
        f"<figcaption>{esc(label)}<br><strong>{esc(qr.short(url))}</strong></figcaption></figure>"
    )


def clock(room: rooms.Room) -> None:
    """Elapsed time and the time left of the talk, ticking in the browser from the room's start."""
    elapsed = max(0, int(time.time() - room.started))
    st.html(
        f'<div class="rr-clock" role="timer" aria-live="off" data-elapsed="{elapsed}" '
        f'data-total="{room.countdown_minutes * 60}">'
        f'<div><small>{esc(ui.t("present.elapsed"))}</small><span class="rr-el">--:--</span></div>'
        f'<div><small>{esc(ui.t("present.remaining"))}</small><span class="rr-left">--:--</span></div></div>'
        """<script>(function () {
  const box = [...document.querySelectorAll('.rr-clock')].pop();
  const start = Date.now() - Number(box.dataset.elapsed) * 1000, total = Number(box.dataset.total);
  const fmt = s => { const a = Math.abs(s), h = Math.floor(a / 3600), m = Math.floor(a / 60) % 60,
    r = String(a % 60).padStart(2, '0');
    return (s < 0 ? '−' : '') + (h ? h + ':' + String(m).padStart(2, '0') : m) + ':' + r; };
  const tick = () => { const s = Math.floor((Date.now() - start) / 1000);
    box.querySelector('.rr-el').textContent = fmt(s);
    const left = box.querySelector('.rr-left'); left.textContent = fmt(total - s);
    left.classList.toggle('rr-over', total - s < 0); };
  clearInterval(window.rrClock); tick(); window.rrClock = setInterval(tick, 1000);
})();</script>""",
        unsafe_allow_javascript=True,
    )
