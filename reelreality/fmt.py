"""Formatting shared by the app and the offline exports (pure, no streamlit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence


def format_date(value: dt.date, lang: str, months: Sequence[str], precision: str = "day") -> str:
    """'18 September 2024' / '18 septembre 2024' ('1er' in French); 'September 2024' for month precision."""
    month = months[value.month - 1].strip()
    if precision == "month":
        return f"{month} {value.year}"
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"
