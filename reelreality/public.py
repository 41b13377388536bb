"""The app's one public address: every absolute URL (canonical, og:url, og:image, sitemap, QR codes,
share links, the offline files' links) starts here, never with a request's Host header."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from urllib.parse import urlsplit

ICON = Path(__file__).resolve().parent / "assets" / "favicon.png"
"""The app's icon (a film strip with a play mark): the page config's and the document's, at /favicon.png."""

STYLESHEET = Path(__file__).resolve().parent / "assets" / "app.css"
"""The app's own CSS, in the page document's head and sent by the shell (ui.base_style)."""

REVEAL = Path(__file__).resolve().parent / "assets" / "reveal.js"
"""The page document's one script of ours: a page's first run is shown once settled (no layout shift)."""

ENV = "REEL_REALITY_PUBLIC_URL"
DEFAULT = "http://localhost:8501"


class PublicUrlError(ValueError):
    pass


def parse(raw: str) -> str:
    """An http(s) base URL with a host and no query or fragment, without its trailing slash."""
    parts = urlsplit(raw.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
        raise PublicUrlError(f"{ENV} must be an http(s) address such as https://example.org/reel, not {raw!r}")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


@functools.cache
def base_url() -> str:
    """The configured public base URL (environment variable REEL_REALITY_PUBLIC_URL), or the local default."""
    return parse(os.environ.get(ENV) or DEFAULT)


def page_url(page_path: str, query: str = "") -> str:
    """Absolute URL of a page path ('' for the home page) with an optional encoded query string."""
    url = f"{base_url()}/{page_path}" if page_path else f"{base_url()}/"
    return f"{url}?{query}" if query else url
