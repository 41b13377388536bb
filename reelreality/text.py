"""Dates, numbers, percentages, lists and plurals in English and French, and the UI strings that use them.

Babel (CLDR data) does the formatting; this module only fixes the house style on top of it: day-month-year
dates with the French "1er", British English lists without a serial comma, plural forms written
`"one form|other form"`. Plain Python: no streamlit, no plotly, no pandas.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, Protocol

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import get_month_names
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.numbers import format_percent as _babel_percent

LOCALES: dict[str, str] = {"en": "en_GB", "fr": "fr_FR"}
"""App language -> Babel locale. British English: '18 September 2024', 'a, b and c'."""

Precision = Literal["day", "month", "year"]
ListStyle = Literal["and", "or"]
NNBSP = "\u202f"
"""Narrow no-break space: the French thousands separator (CLDR)."""


def _locale(lang: str) -> str:
    return LOCALES[lang]


@functools.lru_cache(maxsize=4096)
def format_date(value: dt.date, lang: str, precision: Precision | str = "day") -> str:
    """'18 September 2024' / '18 septembre 2024' ('1er' for the first of a French month); 'September 2024'
    for month precision, '2024' for year precision. Remembered: a page writes the same dates many times,
    and Babel takes about 50 µs a date."""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return _babel_date(value, "MMMM y", locale=_locale(lang))
    if lang == "fr" and value.day == 1:
        return "1er " + _babel_date(value, "MMMM y", locale=_locale(lang))
    return _babel_date(value, "d MMMM y", locale=_locale(lang))


def month_names(lang: str, width: Literal["wide", "abbreviated"] = "abbreviated") -> list[str]:
    """The twelve month names (for chart axes), January first."""
    names = get_month_names(width, locale=_locale(lang))
    return [names[i] for i in range(1, 13)]


def format_number(value: float, lang: str, digits: int | None = None) -> str:
    """A number with the language's separators ('12,345.5' / '12 345,5' with a narrow no-break space).

    `digits` fixes the number of decimals; None keeps the value's own (up to three)."""
    if digits is None:
        return format_decimal(value, locale=_locale(lang))
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def format_percent(share: float, lang: str) -> str:
    """A share (0.253) as a percentage, whole when whole, else to one decimal: '25.3%' / '25,3 %'."""
    rounded = Decimal(f"{float(share) * 100:.1f}") / 100  # decimal: 1/3 shows as 33.3%, not 33.299999%
    return _babel_percent(rounded, locale=_locale(lang), decimal_quantization=False)


def join(items: Sequence[str], lang: str, style: ListStyle = "and") -> str:
    """'a', 'a and b', 'a, b and c' (or 'a, b ou c'). When an item itself contains the conjunction,
    a comma goes before the last one so the list still reads unambiguously."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    kind = "standard" if style == "and" else "or"
    joined = format_list(items, style=kind, locale=_locale(lang))
    word = format_list(["A", "B"], style=kind, locale=_locale(lang))[1:-1]  # ' and ', ' et ', ' or ', ' ou '
    if any(word in item for item in items):
        cut = joined.rfind(word + items[-1])
        return f"{joined[:cut]},{joined[cut:]}"
    return joined


def plural_form(n: float, lang: str) -> str:
    """The CLDR plural category of `n` ('one', 'many', 'other'): French counts 0 and 1 as 'one'."""
    return Locale.parse(_locale(lang)).plural_form(abs(n))


def plural(template: str, n: float, lang: str, **fill: object) -> str:
    """Fill a `"{n} promise|{n} promises"` template: the first form for CLDR's 'one', the second
    otherwise (a template with one form uses it for every count)."""
    one, _, other = template.partition("|")
    return (one if plural_form(n, lang) == "one" else other or one).format(n=n, **fill)


NBSP = "\u00a0"
"""No-break space: French puts one before a colon."""
_SPACE = "[ \u00a0\u202f]"


def french_spacing(text: str) -> str:
    """French typographic spacing, so a line never breaks between a word and its mark: a narrow
    no-break space before ; ! ? and inside « », a no-break space before :. Only spaces already
    written are changed (and « » always get theirs), so URLs, times and markup are left alone."""
    text = re.sub(_SPACE + r"+([;!?])", NNBSP + r"\1", text)
    text = re.sub(_SPACE + r"+:", NBSP + ":", text)
    text = re.sub(r"«" + _SPACE + "*", "«" + NNBSP, text)
    return re.sub(_SPACE + r"*»", NNBSP + "»", text)


EMPHASIS = re.compile(r"\*([^*\n]+?)\*")
"""Content markup for a label, a title or a term that is not a quotation: `*stalled*`. Quotation marks
are kept for the words of a quote record; everything else set apart uses this."""


def plain(text: str) -> str:
    """Text without its emphasis markup, for plain-text places (tooltips, CSV, a page's description)."""
    return EMPHASIS.sub(r"\1", text)


def emphasis_html(escaped: str) -> str:
    """HTML-escaped text with its emphasis markup as <i> (plotly labels, the offline files)."""
    return EMPHASIS.sub(r"<i>\1</i>", escaped)


def capitalise(text: str) -> str:
    """First letter upper-case, the rest as written (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


def md_link_url(url: str) -> str:
    """A URL as a markdown link's destination, the same address once parsed: after the scheme, ':',
    parentheses and '<>' are backslash-escaped. An unescaped ':word:' (as in 'did:plc:...') makes
    Streamlit's markdown fetch its emoji plugin (about 260 kB) for the whole page; parentheses
    would end the link early."""
    scheme, sep, rest = url.partition("://")
    return scheme + sep + re.sub(r"([:()<>])", r"\\\1", rest) if sep else url


class _Bilingual(Protocol):
    def __call__(self, lang: str) -> str: ...


@dataclass(frozen=True)
class Phrases:
    """The UI strings (content/site.yaml `ui:`) in one language, with the formatters that go with them.

    The one way to look up a UI string outside the Streamlit shell: `phrases("key", n=3)`."""

    strings: Mapping[str, _Bilingual]
    lang: str

    def __call__(self, key: str, **fill: object) -> str:
        template = self.strings[key](self.lang)
        return template.format(**fill) if fill else template

    def plural(self, key: str, n: float, **fill: object) -> str:
        """The UI string `key` written "one|other", in the form `n` takes."""
        return plural(self.strings[key](self.lang), n, self.lang, **fill)

    def date(self, value: dt.date, precision: Precision | str = "day") -> str:
        return format_date(value, self.lang, precision)

    def number(self, value: float, digits: int | None = None) -> str:
        return format_number(value, self.lang, digits)

    def percent(self, share: float) -> str:
        return format_percent(share, self.lang)

    def join(self, items: Sequence[str], style: ListStyle = "and") -> str:
        return join(items, self.lang, style)

    def months(self) -> list[str]:
        return month_names(self.lang)
