"""Quotes are quoted once: quoted words come from quote records, inserted by reference or matched exactly."""

from __future__ import annotations

from helpers import content_with, problems_for

from reelreality.content import load
from reelreality.core.quotes import matches

CONTENT = load()


def _event(d: dict, event_id: str) -> dict:
    return next(e for e in d["events"] if e["id"] == event_id)


def test_quoted_words_that_match_no_record_are_rejected_where_they_stand():
    msgs = problems_for(
        "overview.yaml", lambda d: _event(d, "announcement")["title"].update(en='Burns: "we saved a billion"')
    )
    assert any(
        m.startswith("content/overview.yaml: events[")
        and "(announcement).title.en: quoted text “we saved a billion” is not the words of any quote record" in m
        for m in msgs
    ), msgs


def test_a_french_text_retyping_a_quote_in_other_words_is_rejected():
    msgs = problems_for("overview.yaml", lambda d: _event(d, "announcement")["title"].update(fr="« des milliards »"))
    assert any("(announcement).title.fr: quoted text “des milliards”" in m for m in msgs), msgs


def test_a_reference_inserts_the_words_in_the_texts_language_and_marks_a_translation():
    quote = next(q for q in CONTENT.overview.quotes if q.original_language == "en")

    def change(d):
        _event(d, "announcement")["title"].update(en=f"Said: {{quote:{quote.id}}}", fr=f"Dit : {{quote:{quote.id}}}")

    event = next(e for e in content_with("overview.yaml", change).overview.events if e.id == "announcement")
    assert event.title.en == f"Said: “{quote.original.strip()}”"
    assert event.title.fr.startswith("Dit\u00a0: «\u202f") and event.title.fr.endswith("(notre traduction)")
    assert quote.translation.strip()[:20] in event.title.fr


def test_an_unknown_reference_is_rejected_where_it_stands():
    msgs = problems_for("overview.yaml", lambda d: _event(d, "announcement")["title"].update(en="{quote:no-such}"))
    assert any("(announcement).title.en: unknown quote 'no-such'" in m for m in msgs), msgs


def test_a_quote_stored_twice_is_rejected_and_a_list_may_reference_it_instead():
    quote = CONTENT.overview.quotes[0]
    copy = {**quote.model_dump(mode="json"), "id": "copy-of-it", "moment": "later"}
    msgs = problems_for("cases.yaml", lambda d: d["cases"][0]["quotes"].append(copy))
    assert any("a quote with the same words is already stored in overview.yaml" in m for m in msgs), msgs

    shown = content_with("cases.yaml", lambda d: d["cases"][0]["quotes"].append({"quote": quote.id, "moment": "later"}))
    referenced = shown.cases.cases[0].quotes[-1]
    assert (referenced.id, referenced.original, referenced.moment) == (quote.id, quote.original, "later")


def test_matching_ignores_spacing_and_lets_an_ellipsis_join_parts_in_order():
    pool = ["Now we can say, do it in anime. Three hours later, I'll have the movie."]
    assert matches("do it in anime… I'll have the movie", pool)
    assert matches("Three  hours\u202flater", pool)
    assert not matches("I'll have the movie… do it in anime", pool)  # parts out of order
    assert not matches("three hours later", pool)  # case matters: exact words


def test_every_quote_id_is_stored_once():
    ids = [q.id for q in CONTENT.overview.quotes + CONTENT.promises.quotes]
    assert len(ids) == len(set(ids))
