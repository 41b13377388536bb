"""Presentation mode: the audience screen (the slide alone), the presenter screen (notes, next slide,
clocks, controls) and followers' live view, all reading one room's current slide (reelreality/rooms.py).

Streamlit has no push to other sessions, so every screen that follows a room polls it with a small
fragment and reruns the page only when the room changed. The presenter key lives in the presenter's
session and in a SameSite=Strict cookie (so a reload or a second tab of the same browser takes the
room back); it is never written into a URL, link, QR code or citation. How a slide is drawn (and the
screens' CSS) is reelreality/ui/slide.py; the offline deck and handout, reelreality/ui/offline.py.
"""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from reelreality import links, public, rooms, ui
from reelreality.ui import slide as draw

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


def audience_screen() -> bool:
    """The presentation's audience screen (`?present=1` without `view=presenter`): the slide alone."""
    return st.query_params.get(PARAM) == "1" and st.query_params.get(VIEW) != PRESENTER


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
    if audience_screen():
        st.query_params.pop(VIEW, None)
        _audience(slides, index, room, key)
    else:
        _presenter(slides, index, room, key)
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
    st.html(draw.SLIDE_CSS + draw.AUDIENCE_CSS)  # one element: each costs a message a run
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
                    draw.text(slide)
                    beside, code = st.columns([2.6, 1], vertical_alignment="center")
                    with beside:
                        draw.chart(slide, big=True)
                else:
                    beside, code = st.columns([2.2, 1], vertical_alignment="center")
                    with beside:
                        draw.body(slide, big=True)
                code.html(draw.qr_figure(url, ui.t(label)))
            else:
                draw.body(slide, big=True)
        st.container(key="rr_counter", width="content").markdown(
            ui.t("present.short_counter", n=index + 1, total=count)
            + ("" if key or room is None else f" · {ui.t('present.read_only')}")
        )


def _presenter(slides, index: int, room: rooms.Room | None, key: str | None) -> None:
    count, slide = len(slides), slides[index]
    can_move = room is None or key is not None
    st.html(draw.SLIDE_CSS + draw.PRESENTER_CSS)
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
            draw.body(slide, heading="header", key_prefix="current")
    with later:
        if room is not None:
            draw.clock(room)
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
    st.html(draw.FOLLOW_CSS)
    with st.container(key="rr_follow"):
        st.caption(ui.t("present.following", n=index + 1, total=len(slides)))
        draw.body(slide, heading="header", key_prefix="follow")
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
