"""The one QR helper: a link drawn as a QR code (segno), for the share box, the offline files and the slides."""

from __future__ import annotations

import base64
import functools
import html
import io

import segno

# Medium error correction survives a projector's glare and a phone held at an angle; a border of 4
# modules is the quiet zone the standard asks for.
_ERROR, _BORDER = "m", 4


@functools.lru_cache(maxsize=256)
def svg(url: str, *, scale: int = 4, title: str = "") -> str:
    """An inline <svg> of `url` as a QR code (dark modules on white, readable in both themes).

    `url` is encoded, never inserted into the markup; `title` is escaped by segno."""
    buffer = io.BytesIO()
    segno.make(url, error=_ERROR, micro=False).save(
        buffer,
        kind="svg",
        scale=scale,
        border=_BORDER,
        dark="#000",
        light="#fff",
        xmldecl=False,
        svgns=True,
        title=title or None,
        svgclass="rr-qr",
        lineclass=None,
        omitsize=False,
    )
    return buffer.getvalue().decode()


def img(url: str, *, scale: int = 4, alt: str) -> str:
    """An <img> of `url`'s QR code as an inline SVG data URI (places that sanitise inline <svg>, such as
    st.html); `alt` says what it opens, escaped."""
    data = base64.b64encode(svg(url, scale=scale).encode()).decode()
    return f'<img class="rr-qr" src="data:image/svg+xml;base64,{data}" alt="{html.escape(alt, quote=True)}">'


def png(url: str, *, scale: int = 8) -> bytes:
    """`url` as a QR code PNG (for checks and for places that take an image)."""
    buffer = io.BytesIO()
    segno.make(url, error=_ERROR, micro=False).save(buffer, kind="png", scale=scale, border=_BORDER)
    return buffer.getvalue()


def short(url: str) -> str:
    """The link as a person types it from a slide or a handout: without the scheme or a trailing slash."""
    return url.split("://", 1)[-1].rstrip("/")
