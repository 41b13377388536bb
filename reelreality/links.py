"""View state <-> URL: pure functions behind share links and the presentation's slide number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit


def query_for(params: Mapping[str, Any], bound: Mapping[str, tuple[Any, Any]]) -> str:
    """The query string of a view: fixed params first, then every bound value that differs from its default.

    `bound` maps a URL key to (value, default); values are strings or lists of strings.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if value is not None:
            pairs.append((key, str(value)))
    for key in sorted(bound):
        value, default = bound[key]
        if value == default or key in params:
            continue
        if isinstance(value, list | tuple):
            pairs += [(key, str(v)) for v in value]
            if not value:
                pairs.append((key, ""))
        else:
            pairs.append((key, str(value)))
    return urlencode(pairs)


def share_url(base: str, params: Mapping[str, Any], bound: Mapping[str, tuple[Any, Any]]) -> str:
    """`base` (scheme, host and page path; any query is replaced) plus the view's query string."""
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query_for(params, bound), ""))


def slide_index(raw: str | None, count: int) -> tuple[int, bool]:
    """0-based slide index from the 1-based `?slide=` value; (0, False) when absent or invalid."""
    if raw is None:
        return 0, True
    try:
        number = int(raw)
    except ValueError:
        return 0, False
    if 1 <= number <= count:
        return number - 1, True
    return 0, False


def citation(*, title: str, url: str, version: str, updated: str, accessed: str, template: str) -> str:
    """A 'cite this view' line from a template with {title} {url} {version} {updated} {accessed}."""
    return template.format(title=title, url=url, version=version, updated=updated, accessed=accessed)
