"""The ASGI side: a middleware that answers page documents and compresses static files, and the routes
for preview images, robots.txt, the sitemap and the favicon. It knows the content, not the pages' code.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from pathlib import Path
from urllib.parse import parse_qsl

import anyio
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from reelreality import content as content_module
from reelreality import public
from reelreality.content import Content, ContentError
from reelreality.web import compress, document, preview, views

LOG = logging.getLogger(__name__)

# Streamlit's own static folder (its page shell and bundles), found without importing Streamlit: the
# web layer is plain ASGI, and only the UI layer imports streamlit.
STATIC = Path(importlib.util.find_spec("streamlit").origin).parent / "static"
IMMUTABLE = "public, immutable, max-age=31536000"
"""What Streamlit sends with its hashed assets; compressed copies keep it."""
RESERVED = ("/_stcore/", "/static/", "/media/", "/component/", "/preview/")
OUR_FILES = ("/robots.txt", "/sitemap.xml", f"/{document.FAVICON}")
PREVIEW_CACHE = 256
"""Preview images kept in memory: more than every page and item in both languages (about 120)."""


@functools.cache
def shell() -> str:
    """Streamlit's own page shell (index.html), read once."""
    return (STATIC / "index.html").read_text(encoding="utf-8")


@functools.cache
def chart_chunk() -> str | None:
    """The static path of Streamlit's plotly chunk (its name carries a content hash), if it ships one."""
    found = sorted((STATIC / "static" / "js").glob("PlotlyChart.*.js"))
    return str(found[0].relative_to(STATIC)) if found else None


def site_content() -> Content:
    """The process's content, the one the app's sessions read."""
    return content_module.current()


def _content() -> Content | None:
    try:
        return site_content()
    except ContentError:
        return None  # the app itself shows the content error page


def _params(scope: Scope) -> dict[str, str]:
    """The query's first value for each key (what the app reads), undecodable bytes replaced."""
    raw = scope.get("query_string", b"").decode("latin-1")
    pairs = parse_qsl(raw, keep_blank_values=True, max_num_fields=64, encoding="utf-8", errors="replace")
    params: dict[str, str] = {}
    for key, value in pairs:
        params.setdefault(key, value)
    return params


@functools.lru_cache(maxsize=PREVIEW_CACHE)
def _document(key: tuple[str, str, str], coding: str | None) -> bytes:
    """A page document, compressed in `coding`; keyed on the validated view, so the cache stays bounded."""
    c = site_content()
    page_id, lang, item_id = key
    if page_id == "":
        html = document.render_not_found(shell(), c, lang)
    else:
        view = views.view_for(c, page_id, lang, item_id)
        html = document.render(shell(), c, view, chart_chunk())
    data = html.encode("utf-8")
    return compress.encode(data, coding) if coding else data


def _headers(coding: str | None, content_type: str, cache: str, etag: str | None = None) -> dict[str, str]:
    headers = {"content-type": content_type, "cache-control": cache, "vary": "Accept-Encoding"}
    if coding:
        headers["content-encoding"] = coding
    if etag:
        headers["etag"] = etag
    return headers


class WebLayer:
    """Pure ASGI middleware in front of Streamlit: page documents and compressed static files."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.static = compress.FileCache(STATIC)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"GET", "HEAD"}:
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        headers = Headers(scope=scope)
        coding = compress.choose(headers.get("accept-encoding", ""))
        if path.startswith("/static/") and coding:
            found = self.static.resolve(path.lstrip("/"))
            if found is not None:
                await self._static(found, coding, headers, scope, receive, send)
                return
        if self._is_document(path):
            c = _content()
            if c is not None:
                response = self._page(c, path, _params(scope), coding)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    def _is_document(path: str) -> bool:
        if path.startswith(RESERVED) or path in OUR_FILES:
            return False
        if path == "/":
            return True
        # A file Streamlit ships (manifest.json, ...) or a trailing-slash redirect stays Streamlit's.
        return not path.endswith("/") and not (STATIC / path.lstrip("/")).is_file()

    @staticmethod
    def _page(c: Content, path: str, params: dict[str, str], coding: str | None) -> Response:
        view = views.resolve(c, path, params)
        if view is None:
            lang = params.get(views.LANG_KEY)
            key, status = ("", lang if lang in views.LANGS else views.DEFAULT_LANG, ""), 404
        else:
            key, status = view.key, 200
        body = _document(key, coding)
        return Response(body, status_code=status, headers=_headers(coding, "text/html; charset=utf-8", "no-cache"))

    async def _static(self, path: Path, coding: str, headers: Headers, scope: Scope, receive: Receive, send: Send):
        body, etag = await anyio.to_thread.run_sync(self.static.get, path, coding)
        cache = "no-cache" if path.suffix == ".html" or path.name == "manifest.json" else IMMUTABLE
        media = _MEDIA.get(path.suffix, "application/octet-stream")
        if headers.get("if-none-match") == etag:
            response = Response(
                status_code=304, headers={"etag": etag, "cache-control": cache, "vary": "Accept-Encoding"}
            )
        else:
            response = Response(body, headers=_headers(coding, media, cache, etag))
        await response(scope, receive, send)


_MEDIA = {
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".map": "application/json",
    ".xml": "application/xml",
}


# ---------------------------------------------------------------- routes


@functools.lru_cache(maxsize=PREVIEW_CACHE)
def _preview_png(key: tuple[str, str, str]) -> bytes:
    c = site_content()
    return preview.draw(c, views.view_for(c, *key))


async def preview_image(request: Request) -> Response:
    """/preview/<page>.png?lang=..&item=..: the view's preview image; unknown values fall back like the app."""
    c = _content()
    name = request.path_params["name"]
    if c is None or not name.endswith(".png"):
        return Response("Not found", status_code=404, media_type="text/plain")
    page = next((p for p in c.site.pages if p.id == name.removesuffix(".png")), None)
    if page is None:
        return Response("Not found", status_code=404, media_type="text/plain")
    lang = request.query_params.get(views.LANG_KEY)
    lang = lang if lang in views.LANGS else views.DEFAULT_LANG
    item = request.query_params.get("item", "")
    item = item if item in {i.id for i in views.items(c, page.id)} else ""
    png = await anyio.to_thread.run_sync(_preview_png, (page.id, lang, item))
    return Response(png, media_type="image/png", headers={"cache-control": "public, max-age=3600"})


async def robots(_: Request) -> Response:
    rules = "User-agent: *\nAllow: /\nDisallow: /_stcore/\nDisallow: /media/\n"
    return Response(f"{rules}\nSitemap: {public.page_url('sitemap.xml')}\n", media_type="text/plain")


async def sitemap(_: Request) -> Response:
    c = _content()
    if c is None:
        return Response("Not found", status_code=404, media_type="text/plain")
    return Response(document.sitemap(c), media_type="application/xml")


async def favicon(_: Request) -> Response:
    icon = public.ICON.read_bytes()
    return Response(icon, media_type="image/png", headers={"cache-control": "public, max-age=86400"})
