"""Formatting shared by the app and the offline exports."""

from __future__ import annotations

import datetime as dt
import re

from reelreality import text


def test_dates_in_both_languages_and_month_precision():
    assert text.format_date(dt.date(2024, 9, 18), "en") == "18 September 2024"
    assert text.format_date(dt.date(2024, 9, 18), "fr") == "18 septembre 2024"
    assert text.format_date(dt.date(2024, 1, 1), "fr") == "1er janvier 2024"
    assert text.format_date(dt.date(2024, 1, 1), "en") == "1 January 2024"
    assert text.format_date(dt.date(2024, 9, 18), "en", "month") == "September 2024"
    assert text.format_date(dt.date(2024, 9, 1), "fr", "month") == "septembre 2024"
    assert text.format_date(dt.date(2021, 1, 1), "fr", "year") == "2021"


def test_numbers_and_percentages_follow_each_language():
    assert text.format_number(12345.5, "en") == "12,345.5"
    assert text.format_number(12345.5, "fr") == "12\u202f345,5"  # narrow no-break space, decimal comma
    assert text.format_number(3.456, "fr", 2) == "3,46"
    assert text.format_number(3, "en", 2) == "3.00"
    assert text.format_percent(0.25, "en") == "25%"
    assert text.format_percent(1 / 3, "en") == "33.3%"
    assert text.format_percent(1 / 3, "fr") == "33,3\u00a0%"  # CLDR: no-break space before %


def test_lists_without_serial_comma_unless_an_item_holds_the_conjunction():
    assert text.join([], "en") == ""
    assert text.join(["a"], "fr") == "a"
    assert text.join(["a", "b"], "en") == "a and b"
    assert text.join(["a", "b", "c"], "en") == "a, b and c"
    assert text.join(["a", "b", "c"], "fr") == "a, b et c"
    assert text.join(["a", "b", "c"], "fr", "or") == "a, b ou c"
    assert text.join(["Sony and Co", "b"], "en") == "Sony and Co, and b"


def test_plurals_follow_cldr_rules():
    assert text.plural("{n} promise|{n} promises", 0, "en") == "0 promises"
    assert text.plural("{n} promise|{n} promises", 1, "en") == "1 promise"
    assert text.plural("{n} promesse|{n} promesses", 0, "fr") == "0 promesse"
    assert text.plural("{n} promesse|{n} promesses", 1, "fr") == "1 promesse"
    assert text.plural("{n} promesse|{n} promesses", 2, "fr") == "2 promesses"
    assert text.plural("{n} mois", 5, "fr") == "5 mois"
    assert text.plural("{n} of {total}|{n} of {total}", 2, "en", total=9) == "2 of 9"


def test_phrases_look_up_and_format_in_one_language():
    strings = {"k": lambda lang: {"en": "{n} case|{n} cases", "fr": "{n} cas"}[lang], "hi": lambda lang: "hi {who}"}
    fr = text.Phrases(strings, "fr")
    assert fr.plural("k", 3) == "3 cas"
    assert fr("hi", who="x") == "hi x"
    assert fr.date(dt.date(2025, 6, 1)) == "1er juin 2025"
    assert fr.months()[8] == "sept."


def _commonmark_destination(escaped: str) -> str:
    """What a CommonMark parser makes of a link destination: backslash escapes of punctuation removed."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", escaped)


def test_link_url_parses_back_to_the_same_address():
    for url in [
        "https://longform.social/post/did:plc:4jjxx3max7tcdxwmdkjrnyj4/3mo2phv5dbyi2/source",
        "https://example.org/wiki/Film_(2024)?a=1&b=x:y#part",
        "https://example.org/plain/path",
    ]:
        escaped = text.md_link_url(url)
        assert _commonmark_destination(escaped) == url
        assert not re.search(r"(?<!\\)[()]", escaped.partition("://")[2])  # nothing ends the link early


def test_link_url_never_looks_like_an_emoji_shortcode():
    # Streamlit's markdown loads its emoji plugin when the text matches this (from its front-end code).
    shortcode = re.compile(r":(?!material/|streamlit:)[\w+-][\w_+-]*:")
    assert shortcode.search("https://longform.social/post/did:plc:4jjxx3max7tcdxwmdkjrnyj4/source")
    assert not shortcode.search(
        text.md_link_url("https://longform.social/post/did:plc:4jjxx3max7tcdxwmdkjrnyj4/source")
    )
    assert text.md_link_url("mailto-like-without-scheme") == "mailto-like-without-scheme"


def test_french_spacing_puts_no_break_spaces_before_marks_and_inside_guillemets():
    nn, nb = "\u202f", "\u00a0"
    assert text.french_spacing("Vraiment ? Oui ! Donc ; enfin : « mot »") == (
        f"Vraiment{nn}? Oui{nn}! Donc{nn}; enfin{nb}: «{nn}mot{nn}»"
    )
    assert text.french_spacing("«mot»") == f"«{nn}mot{nn}»"
    assert text.french_spacing("https://exemple.fr/a?b=c à 10:30") == "https://exemple.fr/a?b=c à 10:30"
    assert text.french_spacing(text.french_spacing("a : b ?")) == text.french_spacing("a : b ?")  # idempotent


def test_emphasis_markup_is_italics_in_html_and_gone_in_plain_text():
    assert text.plain("a promise rated *stalled* here") == "a promise rated stalled here"
    assert text.emphasis_html("rated *stalled* &amp; *kept*") == "rated <i>stalled</i> &amp; <i>kept</i>"
    assert text.emphasis_html("2 * 3 = 6") == "2 * 3 = 6"  # a lone asterisk is not markup
