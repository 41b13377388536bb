"""Formatting shared by the app and the offline exports."""

from __future__ import annotations

import datetime as dt
import re

from reelreality import text

MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def test_dates_in_both_languages_and_month_precision():
    months_fr = ["janvier"] * 12
    assert text.format_date(dt.date(2024, 9, 18), "en", MONTHS_EN) == "18 September 2024"
    assert text.format_date(dt.date(2024, 1, 1), "fr", months_fr) == "1er janvier 2024"
    assert text.format_date(dt.date(2024, 9, 18), "en", MONTHS_EN, "month") == "September 2024"


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
    assert not shortcode.search(text.md_link_url("https://longform.social/post/did:plc:4jjxx3max7tcdxwmdkjrnyj4/source"))
    assert text.md_link_url("mailto-like-without-scheme") == "mailto-like-without-scheme"
