"""Presentation mode: the audience screen (the slide alone), the presenter screen (notes, next slide,
clocks, controls) and followers' live view, all reading one room's current slide (reelreality/rooms.py).

Streamlit has no push to other sessions, so every screen that follows a room polls it with a small
fragment and reruns the page only when the room changed. The presenter key lives in the presenter's
session and in a SameSite=Strict cookie (so a reload or a second tab of the same browser takes the
room back); it is never written into a URL, link, QR code or citation.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

import plotly.graph_objects as go
import streamlit as st

from reelreality import export, links, public, qr, rooms, ui
from reelreality.slides import FIGURES
from reelreality.style import esc

PARAM, SLIDE, NOTES, VIEW, ROOM = "present", "slide", "notes", "view", "room"
PRESENTER = "presenter"
COOKIE = "rr_presenter"
POLL_SECONDS = 0.5
"""How often a following screen looks at its room: a move reaches a follower in the wait for its next
look plus one page run. A look costs about 3 ms of server CPU, a page run about 9 (50 followers, 2 cores:
python -m bench --only room); every second, 1.0 gave a p95 of 1.5 s, over the 1.5 s the room allows."""
# The room and the screen are the presentation's own URL parameters, like `present` and `slide`.

_CODE, _KEY, _SHOWN, _EXPLORE = "_rr_room_code", "_rr_room_key", "_rr_room_shown", "_rr_room_exploring"


@st.cache_resource(show_spinner=False)
def held() -> rooms.Rooms:
    """This process's rooms, shared by every session."""
    return rooms.Rooms()


# Static CSS only (no content or URL text reaches it).
_SLIDE_CSS = """<style>
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stSidebar"],
[data-testid="stSidebarCollapsedControl"], footer { display: none !important; }
.st-key-rr_clicker { display: none !important; }
</style>"""

# The audience screen: only the slide. Every top-level block other than the slide is hidden (the
# header row, the share box, the footer), whatever the router draws there.
_AUDIENCE_CSS = """<style>
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

_PRESENTER_CSS = """<style>
.st-key-rr_notes p { font-size: 1.45rem; line-height: 1.45; }
.st-key-rr_next h3 { font-size: 1.5rem; }
.rr-clock { display: flex; gap: 2rem; font-size: 2.2rem; font-variant-numeric: tabular-nums; }
.rr-clock small { display: block; font-size: 0.9rem; }
.rr-clock .rr-over { color: #b3261e; }
@media (prefers-color-scheme: dark) { .rr-clock .rr-over { color: #ffb4ab; } }
</style>"""

_FOLLOW_CSS = """<style>
.st-key-rr_follow h2 { font-size: clamp(1.5rem, 5vw, 2.4rem); line-height: 1.15; }
.st-key-rr_follow .st-key-rr_message p { font-size: clamp(1.05rem, 3.6vw, 1.35rem); }
</style>"""


# ---------------------------------------------------------------- which screen


def _url_code() -> str | None:
    return st.query_params.get(ROOM) or None


def active() -> bool:
    """Presentation mode (`?present=1`) or a follower watching a room (`?room=CODE`, not exploring)."""
    if st.query_params.get(PARAM) == "1":
        return True
    code = _url_code()
    if code is None:
        return False
    if not _joinable(code):
        return False
    return not st.session_state.get(_EXPLORE)


def _joinable(code: str) -> bool:
    """A room a follower may watch; otherwise say so once and go back to the app itself."""
    room = held().get(code)
    if room is not None and room.public:
        return True
    ui.notice(ui.t("present.room_ended"))
    st.query_params.pop(ROOM, None)
    st.session_state.pop(_EXPLORE, None)
    return False


def _leave() -> None:
    """Out of presentation mode: the presentation's parameters go, and a presenter's room ends."""
    code, key = st.session_state.pop(_CODE, None), st.session_state.pop(_KEY, None)
    if code and key:
        held().end(code, key)
    for name in (PARAM, SLIDE, NOTES, VIEW, ROOM):
        st.query_params.pop(name, None)


def toggle() -> None:
    """The visible 'Present' switch; it writes ?present=1 (and clears the presentation when leaving)."""

    def flip() -> None:
        if st.session_state.get("present_toggle"):
            st.query_params[PARAM] = "1"
            st.query_params.pop(ROOM, None)
        else:
            _leave()

    st.session_state["present_toggle"] = st.query_params.get(PARAM) == "1"
    st.toggle(ui.t("present.toggle"), key="present_toggle", on_change=flip, help=ui.t("present.toggle_help"))


# ---------------------------------------------------------------- offline files


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


# ---------------------------------------------------------------- the room behind the screens


def _claim(count: int) -> tuple[rooms.Room | None, str | None]:
    """The room this presentation screen shows and, for the presenter, the key (None: read only).

    With `?room=` the screen shows that room, as its presenter when this session or the browser's
    presenter cookie holds the key; without it (or when the room is gone) it opens a new room at the
    link's slide. When the process holds all the rooms it may, the screen presents alone."""
    code = _url_code()
    if code is not None:
        key = st.session_state.get(_KEY) if st.session_state.get(_CODE) == code else None
        key = key or rooms.key_from_cookie(st.context.cookies.get(COOKIE), code)
        room = held().touch(code, key) if key else held().get(code)
        if room is not None:
            if key:
                st.session_state[_CODE], st.session_state[_KEY] = code, key
            return room, key if key else None
        if held().get(code) is not None:  # a key that is not this room's: follow it, read only
            return held().get(code), None
        ui.notice(ui.t("present.room_ended"))
    index, valid = links.slide_index(st.query_params.get(SLIDE), count)
    if not valid:
        ui.notice(ui.t("present.bad_slide"))
    try:
        code, key = held().open(slide=index)
    except rooms.RoomsFull:
        ui.notice(ui.t("present.rooms_full"))
        st.query_params.pop(ROOM, None)
        return None, None
    st.session_state[_CODE], st.session_state[_KEY] = code, key
    st.query_params[ROOM] = code
    return held().get(code), key


def _set_cookie(code: str, key: str) -> None:
    """The presenter's cookie (SameSite=Strict, whole site), for this browser's other tabs and reloads."""
    value = rooms.cookie_value(code, key)  # URL-safe characters only
    st.html(
        f"<script>document.cookie = '{COOKIE}={value}; path=/; max-age=86400; samesite=strict'"
        " + (location.protocol === 'https:' ? '; secure' : '');</script>",
        unsafe_allow_javascript=True,
    )


def _move(start: int, target: int, count: int) -> None:
    """From slide `start` (as this screen drew it) to `target`: a press delivered twice, or from a
    screen that had not caught up with the room, moves nothing."""
    code, key = st.session_state.get(_CODE), st.session_state.get(_KEY)
    if code is None or held().get(code) is None:  # presenting alone: the link's slide number is the state
        index, _ = links.slide_index(st.query_params.get(SLIDE), count)
        if index == start:
            st.query_params[SLIDE] = str(min(count, max(1, target + 1)))
        return
    moved = held().move(code, key, target, count, expected=start)
    if moved is not None:
        st.query_params[SLIDE] = str(moved.slide + 1)


@st.fragment(run_every=POLL_SECONDS)
def _follow_room(code: str) -> None:
    """Every POLL_SECONDS: when the room changed (or ended), draw the page again."""
    if held().get(code) != st.session_state.get(_SHOWN):
        st.rerun(scope="app")


# ---------------------------------------------------------------- drawing a slide


def _big_figure(name: str, content, lang: str):
    """A slide's figure for the back of the room: the same data, larger type (built once, shared)."""
    fig, caption = FIGURES[name](content, lang)
    fig = go.Figure(fig)
    fig.update_layout(font_size=18, height=None, margin_t=30)
    fig.update_annotations(font_size=14)  # labels placed for 12 px (timeline.label_levels), a little larger
    fig.update_xaxes(tickfont_size=17, title_font_size=18)
    fig.update_yaxes(tickfont_size=17, title_font_size=18)
    return fig, caption


def _slide_body(slide, *, heading: str = "title", key_prefix: str = "slide", big: bool = False) -> None:
    _slide_text(slide, heading=heading, key_prefix=key_prefix)
    _slide_chart(slide, key_prefix=key_prefix, big=big)


def _slide_text(slide, *, heading: str = "title", key_prefix: str = "slide") -> None:
    """A slide's title and message."""
    if heading == "title":
        st.title(ui.md_escape(ui.tx(slide.title)), anchor=False)
    else:
        st.header(ui.md_escape(ui.tx(slide.title)), anchor=False)
    st.container(key=f"rr_message_{key_prefix}" if key_prefix != "slide" else "rr_message").markdown(
        ui.md_escape(ui.tx(slide.message))
    )


def _slide_chart(slide, *, key_prefix: str = "slide", big: bool = False) -> None:
    """A slide's live chart and its caption, if it has one, then its evidence line."""
    content = ui.content()
    if slide.figure:
        if big:
            fig, caption = ui.shared(_big_figure, slide.figure, content, ui.lang())
            with st.container(key="rr_chart"):
                st.plotly_chart(
                    fig, key=f"{key_prefix}_fig_{slide.id}", config={"displaylogo": False}, height="stretch"
                )
        else:
            fig, caption = ui.shared(FIGURES[slide.figure], content, ui.lang())
            st.plotly_chart(fig, key=f"{key_prefix}_fig_{slide.id}", config={"displaylogo": False})
        st.caption(ui.md_escape(caption))
    ui.evidence(slide.status, slide.sources, corrected=slide.corrected)


def _page_path(page_id: str) -> str:
    return "" if page_id == ui.content().site.pages[0].id else page_id


def follower_link(code: str) -> str:
    """The room's public link: no language (each phone opens in its own), never the key."""
    return public.page_url("", urlencode({ROOM: code}))


def qr_target(slide, room: rooms.Room | None, lang: str) -> tuple[str, str]:
    """(url, label key) the first and last slides show: the room while it is open, else the slide's panel."""
    if room is not None and room.public:
        return follower_link(room.code), "present.qr_room"
    return public.page_url(_page_path(slide.page), urlencode({"lang": lang})), "present.qr_panel"


def _qr_html(url: str, label: str) -> str:
    """The QR code of `url` with what it opens and the link as typed beside it (the share box's helper)."""
    return (
        f'<figure class="rr-qr-box">{qr.img(url, scale=6, alt=f"{label} {qr.short(url)}")}'
        f"<figcaption>{esc(label)}<br><strong>{esc(qr.short(url))}</strong></figcaption></figure>"
    )


# ---------------------------------------------------------------- the screens


def render() -> dict[str, str]:
    """Draw the screen this link asks for; return the URL params a share link of it carries."""
    if st.query_params.get(PARAM) != "1":
        return _follower()
    slides = ui.content().slides.slides
    count = len(slides)
    room, key = _claim(count)
    if room is None:  # presenting alone
        index, _ = links.slide_index(st.query_params.get(SLIDE), count)
    else:
        index = min(room.slide, count - 1)
        if key:
            _set_cookie(room.code, key)
    st.session_state[_SHOWN] = room
    st.query_params[SLIDE] = str(index + 1)
    st.query_params.pop(NOTES, None)  # notes are on the presenter screen now
    st.html(_SLIDE_CSS)
    if st.query_params.get(VIEW) == PRESENTER:
        _presenter(slides, index, room, key)
    else:
        st.query_params.pop(VIEW, None)
        _audience(slides, index, room, key)
    if room is not None:
        _follow_room(room.code)
    return {PARAM: "1", SLIDE: str(index + 1)}


def _nav_buttons(index: int, count: int, can_move: bool) -> None:
    """Previous and Next (← →); Page Up/Down (what a clicker sends) on two more buttons."""
    common = {"on_click": _move, "width": "content"}
    st.button(
        ui.t("present.prev"),
        icon=":material/arrow_back:",
        key="present_prev",
        shortcut="Left",
        disabled=not can_move or index == 0,
        args=(index, index - 1, count),
        **common,
    )
    st.button(
        ui.t("present.next"),
        icon=":material/arrow_forward:",
        key="present_next",
        shortcut="Right",
        disabled=not can_move or index == count - 1,
        args=(index, index + 1, count),
        **common,
    )
    # Page Up/Down duplicate Previous/Next for a clicker: drawn (so the shortcut listens) but not shown.
    with st.container(key="rr_clicker", horizontal=True, width="content"):
        st.button(
            ui.t("present.prev"),
            key="present_pageup",
            shortcut="PageUp",
            disabled=not can_move,
            args=(index, max(0, index - 1), count),
            **common,
        )
        st.button(
            ui.t("present.next"),
            key="present_pagedown",
            shortcut="PageDown",
            disabled=not can_move,
            args=(index, min(count - 1, index + 1), count),
            **common,
        )


def _audience(slides, index: int, room: rooms.Room | None, key: str | None) -> None:
    count, slide = len(slides), slides[index]
    st.html(_AUDIENCE_CSS)
    with st.container(key="rr_audience"):
        with st.container(key="rr_controls", horizontal=True, width="content"):
            _nav_buttons(index, count, room is None or key is not None)
            if room is not None and key:
                query = urlencode({"lang": ui.lang(), PARAM: "1", VIEW: PRESENTER, ROOM: room.code})
                st.link_button(ui.t("present.presenter_view"), f"?{query}", icon=":material/co_present:")
            st.button(ui.t("present.exit"), key="present_exit", icon=":material/close:", on_click=_leave)
        with st.container(key="rr_slide"):
            if index in (0, count - 1):
                # The QR code beside the chart (or beside the words of a slide without one), so the
                # words keep the slide's full width and the chart the height they leave.
                url, label = qr_target(slide, room, ui.lang())
                if slide.figure:
                    _slide_text(slide)
                    beside, code = st.columns([2.6, 1], vertical_alignment="center")
                    with beside:
                        _slide_chart(slide, big=True)
                else:
                    beside, code = st.columns([2.2, 1], vertical_alignment="center")
                    with beside:
                        _slide_body(slide, big=True)
                code.html(_qr_html(url, ui.t(label)))
            else:
                _slide_body(slide, big=True)
        st.container(key="rr_counter", width="content").markdown(
            ui.t("present.short_counter", n=index + 1, total=count)
            + ("" if key or room is None else f" · {ui.t('present.read_only')}")
        )


def _clock(room: rooms.Room) -> None:
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


def _presenter(slides, index: int, room: rooms.Room | None, key: str | None) -> None:
    count, slide = len(slides), slides[index]
    can_move = room is None or key is not None
    st.html(_PRESENTER_CSS)
    with st.container(horizontal=True, vertical_alignment="center", key="rr_presenter_bar"):
        _nav_buttons(index, count, can_move)
        st.markdown(f"**{ui.t('present.counter', n=index + 1, total=count)}**")
        if room is not None and key:
            query = urlencode({"lang": ui.lang(), PARAM: "1", ROOM: room.code})
            st.link_button(
                ui.t("present.audience_view"), f"?{query}", icon=":material/tv:", help=ui.t("present.audience_help")
            )
        st.button(ui.t("present.exit"), key="present_exit", icon=":material/close:", on_click=_leave)
    if room is not None and key:
        _room_controls(room, key)
    now, later = st.columns([1, 1.3], gap="large")
    with now:
        st.caption(ui.t("present.current"))
        with st.container(border=True, key="rr_current"):
            _slide_body(slide, heading="header", key_prefix="current")
    with later:
        if room is not None:
            _clock(room)
        with st.container(key="rr_next"):
            st.caption(ui.t("present.next_up"))
            if index + 1 < count:
                upcoming = slides[index + 1]
                st.subheader(ui.md_escape(ui.tx(upcoming.title)), anchor=False)
                st.markdown(ui.md_escape(ui.tx(upcoming.message)))
            else:
                st.markdown(ui.t("present.last_slide"))
        with st.container(key="rr_notes", border=True):
            st.caption(ui.t("present.notes"))
            st.markdown(ui.md_escape(ui.tx(slide.notes)))


def _room_controls(room: rooms.Room, key: str) -> None:
    code = room.code

    def publish() -> None:
        held().set_public(code, key, bool(st.session_state.get("present_public")))

    def countdown() -> None:
        held().set_countdown(code, key, int(st.session_state.get("present_countdown") or 1))

    st.session_state["present_public"] = room.public
    st.session_state["present_countdown"] = room.countdown_minutes
    row = st.columns([1.4, 1, 1, 2.6], vertical_alignment="bottom")
    row[0].toggle(
        ui.t("present.room_public"), key="present_public", on_change=publish, help=ui.t("present.room_public_help")
    )
    row[1].number_input(
        ui.t("present.countdown"), min_value=1, max_value=600, step=5, key="present_countdown", on_change=countdown
    )
    row[2].button(
        ui.t("present.restart_clock"),
        key="present_restart",
        icon=":material/timer:",
        on_click=lambda: held().restart_clock(code, key),
    )
    if room.public:
        with row[3]:
            st.caption(ui.t("present.room_link"))
            st.code(follower_link(code), language=None, wrap_lines=True)


# ---------------------------------------------------------------- followers


def _follower() -> dict[str, str]:
    """A phone in the room: the presenter's current slide, live, in this reader's language."""
    code = _url_code() or ""
    room = held().get(code)
    st.session_state[_SHOWN] = room
    slides = ui.content().slides.slides
    index = min(room.slide, len(slides) - 1) if room else 0
    slide = slides[index]
    st.html(_FOLLOW_CSS)
    with st.container(key="rr_follow"):
        st.caption(ui.t("present.following", n=index + 1, total=len(slides)))
        _slide_body(slide, heading="header", key_prefix="follow")
        if st.button(ui.t("present.explore"), key="present_explore", icon=":material/explore:"):
            st.session_state[_EXPLORE] = True
            page = next(p for p in ui.content().site.pages if p.id == slide.page)
            st.switch_page(page.script, query_params={ROOM: code, "lang": ui.lang()})
    _follow_room(code)
    return {ROOM: code}


def rejoin_bar() -> None:
    """A follower exploring a panel: one tap back to the presenter's current slide."""
    code = _url_code()
    if code is None or not st.session_state.get(_EXPLORE) or not _joinable(code):
        st.session_state.pop(_EXPLORE, None)
        return
    room = held().get(code)

    def rejoin() -> None:
        st.session_state.pop(_EXPLORE, None)

    st.button(
        ui.t("present.rejoin"),
        key="present_rejoin",
        icon=":material/group:",
        on_click=rejoin,
        type="tertiary",
        help=ui.t("present.following", n=room.slide + 1, total=len(ui.content().slides.slides)),
    )
