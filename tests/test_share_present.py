"""Share links, presentation mode and offline exports: pure logic and file contents, and the app in AppTest (--full)."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from helpers import content_with, open_page, share_link
from hypothesis import given
from hypothesis import strategies as st

from reelreality import export, links
from reelreality.content import load

CONTENT = load()
PAGES = [p.script for p in CONTENT.site.pages]
N_SLIDES = len(CONTENT.slides.slides)


# ---------------------------------------------------------------- links.py


def test_query_leaves_defaults_out_and_repeats_lists():
    bound = {"types": (["Legal", "Deal"], ["A", "B"]), "q": ("", ""), "tab": ("Data", "Data")}
    query = links.query_for({"lang": "fr"}, bound)
    assert parse_qs(query) == {"lang": ["fr"], "types": ["Legal", "Deal"]}


def test_share_url_replaces_any_query():
    url = links.share_url("http://h:1/page?x=1", {"lang": "en"}, {"k": ("v", "d")})
    assert url == "http://h:1/page?lang=en&k=v"


@given(st.one_of(st.none(), st.text(max_size=6)), st.integers(min_value=1, max_value=40))
def test_slide_index_is_always_in_range(raw, count):
    index, valid = links.slide_index(raw, count)
    assert 0 <= index < count
    if raw is not None and raw.strip().isdecimal() and 1 <= int(raw) <= count:  # "¹" is a digit, not decimal
        assert valid and index == int(raw) - 1


def test_bad_slide_numbers_fall_back_to_the_first():
    assert links.slide_index("0", 5) == (0, False)
    assert links.slide_index("9", 5) == (0, False)
    assert links.slide_index("two", 5) == (0, False)
    assert links.slide_index("3", 5) == (2, True)


# ---------------------------------------------------------------- share box in the app


def reopen(link: str, script: str):
    query = parse_qs(urlsplit(link).query)
    params = {k: v if len(v) > 1 else v[0] for k, v in query.items()}
    return open_page(script, **params)


@pytest.mark.full
@pytest.mark.parametrize("script", PAGES)
def test_every_page_has_a_share_box_with_language_and_citation(script):
    at = open_page(script, lang="fr")
    link = share_link(at)
    assert "lang=fr" in link
    page = next(p for p in CONTENT.site.pages if p.script == script)
    if page != CONTENT.site.pages[0]:
        assert f"/{page.id}?" in link
    cite = [c.value for c in at.code if "Reel Reality" in str(c.value) and "consulté" in str(c.value)]
    assert cite and CONTENT.site.version in cite[0]


@pytest.mark.full
def test_round_trip_overview_filter():
    """A reader filters the timeline, copies the link; a colleague opens it and sees the same filter."""
    at = open_page("panels/overview.py", lang="en")
    at.pills(key="types").set_value(["legal", "deal"]).run()
    link = share_link(at)
    assert parse_qs(urlsplit(link).query)["types"] == ["Legal", "Deal"]
    again = reopen(link, "panels/overview.py")
    assert again.pills(key="types").value == ["legal", "deal"]


@pytest.mark.full
def test_round_trip_sources_search_and_tier():
    at = open_page("panels/sources.py", lang="fr")
    at.text_input(key="q").set_value("midjourney").run()
    at.pills(key="tier").set_value(["trade"]).run()
    link = share_link(at)
    again = reopen(link, "panels/sources.py")
    assert again.text_input(key="q").value == "midjourney"
    assert again.pills(key="tier").value == ["trade"]
    assert again.session_state["lang"] == "fr"
    assert len(again.dataframe[0].value) == len(at.dataframe[0].value)


@pytest.mark.full
def test_default_state_gives_a_clean_link():
    at = open_page("panels/overview.py", lang="en")
    assert parse_qs(urlsplit(share_link(at)).query) == {"lang": ["en"]}


# ---------------------------------------------------------------- presentation mode


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_presentation_next_previous_and_slide_in_url(lang):
    """A presenter opens ?present=1, steps forward and back; the slide number follows in the URL."""
    at = open_page("panels/overview.py", lang=lang, present="1")
    first = CONTENT.slides.slides[0]
    assert at.title[0].value.replace("\\", "") == first.title(lang)
    assert at.query_params["slide"] == "1"
    at.button(key="present_next").click().run()
    assert at.query_params["slide"] == "2"
    assert at.title[0].value.replace("\\", "") == CONTENT.slides.slides[1].title(lang)
    at.button(key="present_prev").click().run()
    assert at.query_params["slide"] == "1"
    assert at.button(key="present_prev").disabled


@pytest.mark.full
def test_presentation_opens_at_the_slide_in_the_link_with_notes_on_the_audience_screen():
    at = open_page("panels/overview.py", lang="en", present="1", slide=str(N_SLIDES), notes="1")
    last = CONTENT.slides.slides[-1]
    assert at.title[0].value.replace("\\", "") == last.title("en")
    assert not any(last.notes("en") in i.value.replace("\\", "") for i in at.info), "notes are the presenter's"
    assert at.button(key="present_next").disabled
    # The audience screen is the slide alone (no header row, no share box); its address is the link.
    assert not at.toggle and not at.button_group
    assert at.query_params["present"] == "1" and at.query_params["slide"] == str(N_SLIDES)
    presenter = open_page("panels/overview.py", lang="en", present="1", slide=str(N_SLIDES), view="presenter")
    assert "present=1" in share_link(presenter) and f"slide={N_SLIDES}" in share_link(presenter)


@pytest.mark.full
def test_presentation_bad_slide_falls_back_with_a_notice():
    at = open_page("panels/overview.py", lang="en", present="1", slide="99")
    assert at.query_params["slide"] == "1"
    assert len(at.toast) == 1


@pytest.mark.full
def test_notes_are_hidden_by_default():
    at = open_page("panels/overview.py", lang="en", present="1")
    assert not any(CONTENT.slides.slides[0].notes("en") in i.value for i in at.info)


@pytest.mark.full
def test_present_toggle_enters_and_leaves_presentation():
    at = open_page("panels/overview.py", lang="en")
    at.toggle(key="present_toggle").set_value(True).run()
    assert at.query_params["present"] == "1"
    assert at.button(key="present_next")
    at.button(key="present_exit").click().run()  # the audience screen has no header: Exit leaves
    assert "present" not in at.query_params and "slide" not in at.query_params
    assert not at.toggle(key="present_toggle").value
    at.query_params["present"] = "1"
    at.query_params["view"] = "presenter"
    at.run()
    at.toggle(key="present_toggle").set_value(False).run()  # the presenter screen keeps the switch
    assert "present" not in at.query_params and "view" not in at.query_params


@pytest.mark.full
@pytest.mark.parametrize("value", ["", "0", "yes", ["1", "2"]], ids=["empty", "zero", "yes", "repeated"])
def test_a_bad_present_switch_opens_the_page_with_a_notice(value):
    """`?present=` takes 1 only; anything else opens the page itself, not the slides, and says so."""
    at = open_page("panels/overview.py", lang="en", present=value)
    assert "present" not in at.query_params
    assert not [b for b in at.button if b.key == "present_next"], "the slides opened"
    assert CONTENT.overview.headline("en") in at.title[0].value.replace("\\", "")
    assert any("`present`" in t.proto.body for t in at.toast)


@pytest.mark.full
def test_a_bad_notes_switch_hides_the_notes_with_a_notice():
    at = open_page("panels/overview.py", lang="en", present="1", notes="yes")
    assert not any(CONTENT.slides.slides[0].notes("en") in i.value for i in at.info)
    assert "notes" not in at.query_params
    assert any("`notes`" in t.proto.body for t in at.toast)


# ---------------------------------------------------------------- offline files


@pytest.fixture(scope="module")
def deck_fr() -> str:
    return export.build_deck(CONTENT, "fr", "https://reel-reality.example.org")


def test_deck_is_self_contained(deck_fr):
    assert deck_fr.startswith("<!doctype html>") and '<html lang="fr">' in deck_fr
    assert len(re.findall(r'<section class="slide[ "]', deck_fr)) == N_SLIDES  # "slide has-qr" on the first and last
    assert "Plotly" in deck_fr and len(deck_fr) > 3_000_000  # plotly.js is inlined
    assert not re.search(r"<script[^>]+src=", deck_fr)
    assert not re.search(r"<link[^>]+href=", deck_fr)
    assert 'class="notes"' in deck_fr and "body.show-notes .notes" in deck_fr
    assert "@media print" in deck_fr and "break-after:page" in deck_fr


def test_deck_uses_the_chosen_language_and_permalinks(deck_fr):
    assert CONTENT.slides.slides[0].title("fr").replace("'", "&#x27;") in deck_fr
    assert "https://reel-reality.example.org/?lang=fr" in deck_fr


def test_handout_has_numbered_footnotes_and_permalinks():
    html = export.build_handout(CONTENT, "en", "https://reel-reality.example.org", today=dt.date(2026, 11, 25))
    cited = {s for slide in CONTENT.slides.slides for s in slide.sources}
    assert html.count('<li id="fn-') == len(cited)
    assert 'href="#fn-1"' in html
    assert "https://reel-reality.example.org/?lang=en" in html
    assert "2026-11-25" in html


def test_exports_escape_content():
    content = content_with("slides.yaml", lambda d: d["slides"][0]["title"].update(en="<script>alert(1)</script>"))
    deck = export.build_deck(content, "en", "http://x")
    assert "<script>alert(1)</script>" not in deck and "&lt;script&gt;alert(1)&lt;/script&gt;" in deck
