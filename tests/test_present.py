"""The meeting room in AppTest: audience screen, presenter screen, followers, wrong codes (--full)."""

from __future__ import annotations

import pytest
from helpers import all_text, open_page, qp, share_link

from reelreality import public, rooms
from reelreality.content import load
from reelreality.ui import present

CONTENT = load()
SLIDES = CONTENT.slides.slides
HOME = CONTENT.site.pages[0].script


def room_code(at) -> str:
    return qp(at, "room")[0]


def presenter_key(at) -> str:
    return at.session_state["_rr_room_key"]


def test_the_follower_link_and_qr_target_never_carry_a_key():
    held = rooms.Rooms(node_name="0")
    code, key = held.open()
    held.set_public(code, key, True)
    link = present.follower_link(code)
    assert link == f"{public.base_url()}/?room={code}" and key not in link
    url, label = present.qr_target(SLIDES[0], held.get(code), "fr")
    assert url == link and label == "present.qr_room"
    url, label = present.qr_target(SLIDES[-1], None, "fr")
    assert "present" not in url and "room" not in url and "lang=fr" in url and label == "present.qr_panel"


@pytest.mark.full
@pytest.mark.parametrize("notes", [{}, {"notes": "1"}], ids=["plain", "notes"])
def test_an_old_link_opens_the_audience_screen_at_its_slide(notes):
    """A link made before rooms (?present=1&slide=N, with or without notes=1) opens the slide alone."""
    at = open_page(HOME, lang="en", present="1", slide="4", **notes)
    assert at.title[0].value.replace("\\", "") == SLIDES[3].title("en")
    assert not any(SLIDES[3].notes("en") in str(i.value) for i in at.markdown)
    assert "notes" not in at.query_params and at.query_params["slide"] == "4"
    assert rooms.node_of(room_code(at)) == "0"
    assert presenter_key(at) not in str(dict(at.query_params))


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_presenter_screen_shows_notes_next_slide_and_moves_the_audience(lang):
    """The presenter sees the notes and the next slide; moving there moves the audience screen."""
    audience = open_page(HOME, lang=lang, present="1", slide="2")
    code = room_code(audience)
    # The presenter screen opened from the audience screen: same browser, so the same key.
    speaker = open_page(HOME, lang=lang, present="1", view="presenter")
    speaker.session_state["_rr_room_code"], speaker.session_state["_rr_room_key"] = code, presenter_key(audience)
    speaker.query_params["room"] = code
    speaker.run()
    text = all_text(speaker)
    assert SLIDES[1].notes(lang) in text and SLIDES[2].title(lang) in text
    speaker.button(key="present_next").click().run()
    assert present.held().get(code).slide == 2
    audience.run()
    assert audience.title[0].value.replace("\\", "") == SLIDES[2].title(lang)
    audience.button(key="present_prev").click().run()
    speaker.run()
    assert speaker.query_params["slide"] == "2"


@pytest.mark.full
def test_a_follower_sees_the_current_slide_and_cannot_move_it():
    speaker = open_page(HOME, lang="en", present="1", view="presenter")
    code = room_code(speaker)
    assert all_text(open_page(HOME, room=code)).count(SLIDES[0].title("en")) == 0, "a closed room is not joinable"
    speaker.toggle(key="present_public").set_value(True).run()
    phone = open_page(HOME, lang="fr", room=code)
    assert SLIDES[0].title("fr") in all_text(phone)
    speaker.button(key="present_next").click().run()
    phone.run()
    assert SLIDES[1].title("fr") in all_text(phone)
    assert not [b for b in phone.button if b.key in ("present_next", "present_prev")]
    # Editing the link to present mode or another slide moves nothing.
    edited = open_page(HOME, lang="en", present="1", room=code, slide="7")
    assert edited.button(key="present_next").disabled and edited.button(key="present_prev").disabled
    assert present.held().get(code).slide == 1
    assert "_rr_room_key" not in edited.session_state
    assert f"room={code}" in share_link(phone) and presenter_key(speaker) not in share_link(phone)


@pytest.mark.full
def test_a_follower_explores_the_panel_and_rejoins_in_one_tap():
    speaker = open_page(HOME, lang="en", present="1", view="presenter", slide="3")
    speaker.toggle(key="present_public").set_value(True).run()
    code = room_code(speaker)
    phone = open_page(HOME, lang="en", room=code)
    phone.button(key="present_explore").click().run()
    assert phone.session_state["_rr_room_exploring"]
    assert qp(phone, "room") == [code]
    speaker.button(key="present_next").click().run()
    phone.button(key="present_rejoin").click().run()
    assert SLIDES[3].title("en") in all_text(phone)


@pytest.mark.full
@pytest.mark.parametrize("code", ["0-doesnotexist", "garbage"])
def test_a_wrong_or_ended_code_says_so_and_opens_the_app(code):
    at = open_page(HOME, lang="en", room=code)
    assert "room" not in at.query_params
    assert any(CONTENT.ui("present.room_ended")("en") in t.proto.body for t in at.toast)
    assert CONTENT.overview.headline("en") in at.title[0].value.replace("\\", "")


@pytest.mark.full
def test_ending_the_presentation_ends_the_room():
    speaker = open_page(HOME, lang="en", present="1", view="presenter")
    code = room_code(speaker)
    speaker.button(key="present_exit").click().run()
    assert present.held().get(code) is None
    assert "present" not in speaker.query_params and "room" not in speaker.query_params
