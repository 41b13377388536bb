"""Formatting shared by the app and the offline exports (pure, no streamlit)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence


def format_date(value: dt.date, lang: str, months: Sequence[str], precision: str = "day") -> str:
    """'18 September 2024' / '18 septembre 2024' ('1er' in French); 'September 2024' for month precision."""
    month = months[value.month - 1].strip()
    if precision == "month":
        return f"{month} {value.year}"
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def md_link_url(url: str) -> str:
    """A URL as a markdown link's destination, the same address once parsed: after the scheme, ':',
    parentheses and '<>' are backslash-escaped. An unescaped ':word:' (as in 'did:plc:...') makes
    Streamlit's markdown fetch its emoji plugin (about 260 kB) for the whole page; parentheses
    would end the link early."""
    scheme, sep, rest = url.partition("://")
    return scheme + sep + re.sub(r"([:()<>])", r"\\\1", rest) if sep else url
