"""Links that travel: what a link answers before any JavaScript runs (tags, text, preview image), the one
public address, compressed delivery and the QR helper."""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import io
import os
import re
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urlsplit

import brotli
import pytest
import zxingcpp
from conftest import streamlit_server
from helpers import content_with
from PIL import Image
from starlette.requests import Request

from reelreality import content as content_module
from reelreality import public, qr
from reelreality.core.models import LANGS
from reelreality.web import compress, document, preview, server, views

C = content_module.load()
PUBLIC = "https://reel.example.org/explainer"
FORGED = "forged-host.example.net"


# ---------------------------------------------------------------- the document's tags, parsed


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.links: list[dict[str, str]] = []
        self.lang = ""
        self.title = ""
        self.noscript = ""
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")
        elif tag == "meta" and ("name" in a or "property" in a):
            self.meta.setdefault(a.get("name") or a["property"], []).append(a.get("content", ""))
        elif tag == "link":
            self.links.append(a)
        elif tag in {"title", "noscript"}:
            self._in = tag

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "noscript":
            self.noscript += data


def parse(html: str) -> _Head:
    head = _Head()
    head.feed(html)
    return head


def one(head: _Head, name: str) -> str:
    values = head.meta.get(name, [])
    assert len(values) == 1, (name, values)
    return values[0]


def link(head: _Head, rel: str, **match: str) -> list[str]:
    return [lk["href"] for lk in head.links if lk.get("rel") == rel and all(lk.get(k) == v for k, v in match.items())]


def check_announces(html: str, view: views.View, base: str) -> None:
    """Every tag of the view, in its language, with absolute URLs on the public address."""
    head = parse(html)
    lang = view.lang
    title = views.page_title(C, view)
    description = views.description(C, view)
    assert head.lang == lang
    assert head.title == title
    assert one(head, "description") == description
    assert one(head, "og:title") == title and one(head, "og:description") == description
    assert one(head, "og:url") == view.url() == link(head, "canonical")[0]
    assert one(head, "og:locale") == document.OG_LOCALES[lang]
    assert head.meta["og:locale:alternate"] == [document.OG_LOCALES[x] for x in LANGS if x != lang]
    assert one(head, "og:site_name") == C.site.title(lang)
    assert one(head, "og:image").startswith(f"{base}/preview/")
    assert (one(head, "og:image:width"), one(head, "og:image:height")) == ("1200", "630")
    assert one(head, "twitter:card") == "summary_large_image"
    assert {x: link(head, "alternate", hreflang=x) for x in LANGS} == {x: [view.url(x)] for x in LANGS}
    assert link(head, "icon") == ["./favicon.png"]  # from the server that sent the page
    for url in [one(head, "og:url"), one(head, "og:image"), *link(head, "alternate")]:
        assert url.startswith(base + "/"), url
    # The substance without scripts: headline, finding, key points and sources.
    assert views.view_title(view) in head.noscript
    assert description in head.noscript
    for point in views.key_points(C, view):
        assert point in head.noscript
    for sid in views.source_ids(C, view):
        assert C.source_map[sid].publisher in head.noscript


# ---------------------------------------------------------------- pure: views, document, preview


def test_every_page_and_item_resolves_in_both_languages():
    for page in C.site.pages:
        for lang in LANGS:
            assert views.resolve(C, page.id, {"lang": lang}).key == (page.id, lang, "")
            for item in views.items(C, page.id):
                for spelling in {item.id, *item.values.values()}:
                    assert views.resolve(C, page.id, {"lang": lang, item.key: spelling}).key == (page.id, lang, item.id)


def test_a_former_promise_title_still_names_its_promise():
    promise = next(p for p in C.promises.promises if p.former_titles)
    old = promise.former_titles[0]("en")
    assert views.resolve(C, "promise-tracker", {"pr_id": old}).item.id == promise.id


@pytest.mark.parametrize(
    ("path", "params", "key"),
    [
        ("", {}, ("story", "en", "")),
        ("/story", {"lang": "fr"}, ("story", "fr", "")),
        ("/promise-tracker", {"lang": "xx", "pr_id": "<script>alert(1)</script>"}, ("promise-tracker", "en", "")),
        ("/sources-method", {"lang": "fr", "pr_id": "half-budget"}, ("sources-method", "fr", "")),
    ],
)
def test_unknown_or_foreign_values_fall_back_like_the_app(path, params, key):
    assert views.resolve(C, path, params).key == key


@pytest.mark.parametrize("path", ["/nope", "/promise-tracker/x", "/STORY", "/../etc/passwd"])
def test_a_path_that_names_no_page_is_not_a_view(path):
    assert views.resolve(C, path, {}) is None


def test_the_home_page_is_announced_at_the_root_even_from_its_own_path():
    assert views.resolve(C, "/story", {}).url() == views.resolve(C, "/", {}).url() == public.page_url("", "lang=en")


def test_the_document_announces_every_view():
    shell = server.shell()
    for page in C.site.pages:
        for lang in LANGS:
            for item in [None, *views.items(C, page.id)[:2]]:
                view = views.view_for(C, page.id, lang, item.id if item else "")
                check_announces(document.render(shell, C, view), view, public.base_url())


def test_content_reaches_the_document_escaped():
    evil = "<script>alert(1)</script> & <img src=x onerror=alert(2)>"

    def change(site):
        site["pages"][1]["title"]["en"] = evil

    damaged = content_with("site.yaml", change)
    view = views.resolve(damaged, "/promise-tracker", {})
    html = document.render(server.shell(), damaged, view)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert parse(html).title.startswith(evil)


def test_the_not_found_page_links_to_every_real_page():
    html = document.render_not_found(server.shell(), C, "fr")
    head = parse(html)
    assert head.lang == "fr" and one(head, "robots") == "noindex"
    for page in C.site.pages:
        assert page.title("fr") in head.noscript


def test_the_sitemap_lists_every_page_in_both_languages():
    xml = document.sitemap(C)
    for view in views.all_views(C):
        assert f"<loc>{view.url().replace('&', '&amp;')}</loc>" in xml
    assert xml.count("<url>") == len(C.site.pages) * len(LANGS)


def test_the_public_address_is_checked():
    assert public.parse("https://example.org/reel/") == "https://example.org/reel"
    for bad in ["example.org", "ftp://example.org", "https://", "https://example.org/?x=1", "javascript:alert(1)"]:
        with pytest.raises(public.PublicUrlError):
            public.parse(bad)


def _image(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png))


@pytest.mark.parametrize("lang", LANGS)
def test_a_preview_image_is_1200_by_630_and_light(lang):
    for page in C.site.pages:
        png = preview.draw(C, views.view_for(C, page.id, lang))
        assert _image(png).size == (1200, 630) and len(png) < 300_000


def test_the_preview_differs_between_languages():
    en, fr = (preview.draw(C, views.view_for(C, "story", lang)) for lang in LANGS)
    assert en != fr


def test_no_character_a_preview_draws_falls_back_to_a_missing_glyph():
    drawn = "".join(
        text
        for page in C.site.pages
        for lang in LANGS
        for item in [None, *views.items(C, page.id)]
        for text in preview.texts(C, views.view_for(C, page.id, lang, item.id if item else ""))
    )
    assert "\u202f" in drawn and "«" in drawn and "é" in drawn  # French is among what is drawn
    for bold in (False, True):
        assert preview.missing_glyphs(drawn, bold) == set()
    assert preview.missing_glyphs("日本", bold=True) == {"日", "本"}  # the check itself can fail


def test_the_title_keeps_at_least_48_px_and_three_lines():
    lines, face = preview._title_lines("A very long title " * 12, 1072)
    assert face.size >= 48 and len(lines) == 3 and lines[-1].endswith("…")
    assert preview.wrap("20\u202f000 titres", preview.font(True, 112), 300, 2)[0] == "20\u202f000"


def _request(path: str, query: str) -> Request:
    scope = {
        "type": "http",
        "method": "GET",
        "path": path,
        "query_string": query.encode(),
        "headers": [],
        "path_params": {"name": path.rsplit("/", 1)[-1]},
    }
    return Request(scope)


def _answer(path: str, query: str):
    """The route's response, run on an event loop of its own (a browser test may hold this thread's)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, server.preview_image(_request(path, query))).result()


def test_arbitrary_query_strings_do_not_grow_the_preview_cache():
    server._preview_png.cache_clear()
    for n in range(40):
        assert _answer("/preview/story.png", f"lang=en&item=x{n}&junk={n}").status_code == 200
    assert server._preview_png.cache_info().currsize == 1
    assert _answer("/preview/nope.png", "").status_code == 404


# ---------------------------------------------------------------- compression, pure


@pytest.mark.parametrize(
    ("header", "coding"),
    [
        ("gzip, deflate, br, zstd", "br"),
        ("gzip", "gzip"),
        ("br;q=0, gzip;q=0.5", "gzip"),
        ("identity", None),
        ("", None),
        ("*", "br"),
        ("br;q=nonsense", None),
    ],
)
def test_the_coding_follows_accept_encoding(header, coding):
    assert compress.choose(header) == coding


def test_static_files_are_compressed_once_and_never_outside_their_folder(tmp_path):
    (tmp_path / "a.js").write_text("console.log('x');\n" * 200)
    (tmp_path / "tiny.js").write_text("x")
    (tmp_path.parent / "secret.js").write_text("secret\n" * 500)
    cache = compress.FileCache(tmp_path)
    assert cache.resolve("../secret.js") is None and cache.resolve("tiny.js") is None
    assert cache.resolve("missing.js") is None
    path = cache.resolve("a.js")
    body, etag = cache.get(path, "br")
    assert brotli.decompress(body) == path.read_bytes()
    assert cache.get(path, "br") == (body, etag) and len(cache.held) == 1
    gz, _ = cache.get(path, "gzip")
    assert gzip.decompress(gz) == path.read_bytes()


# ---------------------------------------------------------------- QR codes


def decode(png: bytes) -> str:
    found = zxingcpp.read_barcodes(_image(png))
    assert len(found) == 1
    return found[0].text


def test_a_qr_code_decodes_back_to_its_link():
    view = views.resolve(C, "/promise-tracker", {"lang": "fr", "pr_id": "half-budget"})
    assert decode(qr.png(view.url())) == view.url()
    assert qr.short("https://reel.example.org/explainer/") == "reel.example.org/explainer"


def test_the_offline_files_carry_the_live_views_qr_codes():
    from reelreality import export

    handout = export.build_handout(C, "fr", PUBLIC)
    deck = export.build_deck(C, "fr", PUBLIC)
    for url in [export.permalink(PUBLIC, s.page, "fr", C) for s in C.slides.slides[:1]]:
        assert qr.svg(url, scale=3, title=C.ui("share.qr")("fr")) in deck
    assert handout.count('<figure class="qr">') == len(C.slides.slides) + 1
    assert deck.count('<figure class="qr">') == 2


# ---------------------------------------------------------------- served: a plain HTTP client


@pytest.fixture(scope="module")
def site():
    """The app served with a public address of its own; this process computes the same URLs meanwhile."""
    before = os.environ.get(public.ENV)
    os.environ[public.ENV] = PUBLIC
    public.base_url.cache_clear()
    try:
        with streamlit_server(env={public.ENV: PUBLIC}) as running:
            yield running.url
    finally:
        if before is None:
            os.environ.pop(public.ENV, None)
        else:
            os.environ[public.ENV] = before
        public.base_url.cache_clear()


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def _views_to_fetch() -> list[tuple[str, str]]:
    paths = [("/" if p == C.site.pages[0] else f"/{p.id}") for p in C.site.pages]
    cases = []
    for path in paths:
        cases += [(path, ""), (path, "lang=fr")]
    cases += [
        ("/promise-tracker", "lang=fr&pr_id=half-budget"),
        ("/obstacles-risks", "ob_risk=%231+%C2%B7+The+catalog+is+too+small+to+train+a+model+%E2%80%94+even+Disney%27s"),
        ("/other-sectors", "lang=fr&ls_case=Klarna"),
        ("/single-vs-multi", "lang=en&cm_preset=Quality-first"),
    ]
    return cases


@pytest.mark.full
@pytest.mark.parametrize(("path", "query"), _views_to_fetch())
def test_a_plain_http_client_gets_the_views_tags(site, path, query):
    status, headers, body = fetch(f"{site}{path}?{query}", {"Host": FORGED, "X-Forwarded-Host": FORGED})
    assert status == 200 and headers["content-type"].startswith("text/html")
    html = body.decode()
    params = dict(p.split("=", 1) for p in query.split("&") if p)
    view = views.resolve(C, path, {k: urllib.parse.unquote_plus(v) for k, v in params.items()})
    assert view.item is not None or "_id" not in query
    check_announces(html, view, PUBLIC)
    assert FORGED not in html
    assert '<div id="root"></div>' in html  # the live app still starts from it


@pytest.mark.full
def test_the_og_image_answers_a_png_per_language(site):
    images = {}
    for lang in LANGS:
        _, _, body = fetch(f"{site}/promise-tracker?lang={lang}&pr_id=half-budget")
        image_url = one(parse(body.decode()), "og:image")
        assert image_url.startswith(PUBLIC)
        local = site + image_url.removeprefix(PUBLIC)
        status, headers, png = fetch(local)
        assert status == 200 and headers["content-type"] == "image/png"
        assert _image(png).size == (1200, 630) and len(png) < 300_000
        images[lang] = png
    assert images["en"] != images["fr"]


@pytest.mark.full
def test_an_unknown_path_answers_404_with_links_to_the_real_pages(site):
    status, headers, body = fetch(f"{site}/no-such-page?lang=fr")
    assert status == 404 and headers["content-type"].startswith("text/html")
    text = parse(body.decode()).noscript
    assert all(p.title("fr") in text for p in C.site.pages)


@pytest.mark.full
def test_robots_sitemap_and_favicon(site):
    status, _, robots = fetch(f"{site}/robots.txt")
    assert status == 200 and f"Sitemap: {PUBLIC}/sitemap.xml" in robots.decode()
    status, headers, xml = fetch(f"{site}/sitemap.xml")
    assert status == 200 and xml.decode() == document.sitemap(C) and PUBLIC in xml.decode()
    status, headers, icon = fetch(f"{site}/favicon.png")
    assert status == 200 and icon == public.ICON.read_bytes()


def _bundles() -> dict[str, str]:
    shell = server.shell()
    main = re.search(r'src="\./(static/js/index\.[^"]+\.js)"', shell).group(1)
    plotly = next((server.STATIC / "static/js").glob("PlotlyChart.*.js")).relative_to(server.STATIC)
    return {"main": main, "plotly": str(plotly)}


@pytest.mark.full
@pytest.mark.parametrize("bundle", ["main", "plotly"])
@pytest.mark.parametrize(("accept", "coding"), [("gzip, deflate, br", "br"), ("gzip", "gzip"), ("identity", None)])
def test_bundles_go_out_compressed_and_keep_their_cache_headers(site, bundle, accept, coding):
    path = _bundles()[bundle]
    original = (server.STATIC / path).read_bytes()
    status, headers, body = fetch(f"{site}/{path}", {"Accept-Encoding": accept})
    assert status == 200
    assert headers.get("content-encoding") == coding
    assert headers["cache-control"] == "public, immutable, max-age=31536000"
    decoded = {"br": brotli.decompress, "gzip": gzip.decompress, None: lambda b: b}[coding](body)
    assert decoded == original
    if coding:
        assert len(body) < len(original) / 2.5 and headers["vary"] == "Accept-Encoding"


@pytest.mark.full
def test_documents_go_out_compressed(site):
    status, headers, body = fetch(f"{site}/?lang=fr", {"Accept-Encoding": "br"})
    assert status == 200 and headers["content-encoding"] == "br"
    assert parse(brotli.decompress(body).decode()).lang == "fr"


@pytest.mark.full
def test_the_canonical_url_ignores_a_forged_host(site):
    _, _, body = fetch(
        f"{site}/sources-method", {"Host": FORGED, "X-Forwarded-Host": FORGED, "Forwarded": f"host={FORGED}"}
    )
    html = body.decode()
    assert FORGED not in html and link(parse(html), "canonical")[0].startswith(PUBLIC)
    assert urlsplit(link(parse(html), "canonical")[0]).netloc == "reel.example.org"


@pytest.mark.full
@pytest.mark.parametrize("page", C.site.pages, ids=lambda p: p.id)
def test_the_pages_said_to_draw_charts_are_the_ones_that_do(page):
    from helpers import open_page

    at = open_page(page.script, lang="en")
    assert bool(at.get("plotly_chart")) == views.shows_charts(C, page.id)


def test_a_presentation_or_room_link_announces_the_plain_view():
    """Canonical, og:url and alternates never carry a room, a slide or presentation mode."""
    view = views.resolve(C, "/", {"lang": "fr", "present": "1", "room": "0-AbCdEf", "slide": "3", "view": "presenter"})
    html = document.render(server.shell(), C, view)
    assert view.url() == public.page_url("", "lang=fr")
    assert "0-AbCdEf" not in html and "present=" not in html
