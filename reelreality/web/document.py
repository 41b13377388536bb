"""The HTML document a link answers with: Streamlit's page shell, announced in the view's language.

Every value placed in the markup is content or the configured public URL, escaped; nothing from the
request (path, query, Host header) reaches it except through the validated view.
"""

from __future__ import annotations

import functools
import re
from html import escape

from reelreality import public
from reelreality.content import Content
from reelreality.core.models import LANGS
from reelreality.export import source_html
from reelreality.web import views
from reelreality.web.views import View

OG_LOCALES = {"en": "en_GB", "fr": "fr_FR"}
IMAGE_SIZE = (1200, 630)
FAVICON = public.ICON.name

_HTML_TAG = re.compile(r"<html[^>]*>")
_TITLE = re.compile(r"<title>.*?</title>", re.S)
_ICON = re.compile(r'<link rel="shortcut icon"[^>]*>')
_NOSCRIPT = re.compile(r"<noscript>.*?</noscript>", re.S)
_HEAD_END = "</head>"


def _attr(value: str) -> str:
    return escape(value, quote=True)


def head(content: Content, view: View) -> str:
    """The tags that announce the view: title, description, Open Graph, Twitter card, canonical, hreflang."""
    title = views.page_title(content, view)
    description = views.description(content, view)
    site = content.site.title(view.lang)
    width, height = IMAGE_SIZE
    alt = content.phrases(view.lang)("web.image_alt", title=views.view_title(view), finding=description)
    tags = [
        f"<title>{escape(title)}</title>",
        f'<meta name="description" content="{_attr(description)}">',
        f'<link rel="canonical" href="{_attr(view.url())}">',
        *(f'<link rel="alternate" hreflang="{lang}" href="{_attr(view.url(lang))}">' for lang in LANGS),
        f'<link rel="alternate" hreflang="x-default" href="{_attr(view.url(views.DEFAULT_LANG))}">',
        '<meta property="og:type" content="website">',
        f'<meta property="og:site_name" content="{_attr(site)}">',
        f'<meta property="og:title" content="{_attr(title)}">',
        f'<meta property="og:description" content="{_attr(description)}">',
        f'<meta property="og:url" content="{_attr(view.url())}">',
        f'<meta property="og:locale" content="{OG_LOCALES[view.lang]}">',
        *(f'<meta property="og:locale:alternate" content="{OG_LOCALES[lang]}">' for lang in view.other_langs()),
        f'<meta property="og:image" content="{_attr(view.image_url())}">',
        '<meta property="og:image:type" content="image/png">',
        f'<meta property="og:image:width" content="{width}">',
        f'<meta property="og:image:height" content="{height}">',
        f'<meta property="og:image:alt" content="{_attr(alt)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{_attr(title)}">',
        f'<meta name="twitter:description" content="{_attr(description)}">',
        f'<meta name="twitter:image" content="{_attr(view.image_url())}">',
    ]
    return "\n    ".join(tags)


def _nav(content: Content, lang: str) -> str:
    links = "".join(
        f'<li><a href="{_attr(views.page_view(content, p, lang).url())}">{escape(p.title(lang))}</a></li>'
        for p in content.site.pages
    )
    return f"<h2>{escape(content.ui('web.pages')(lang))}</h2><ul>{links}</ul>"


def body_text(content: Content, view: View) -> str:
    """The view's headline, key points and sources as plain HTML (for crawlers, text browsers, no scripts)."""
    lang = view.lang
    phrases = content.phrases(lang)
    title = views.view_title(view)
    parts = [
        f"<p>{escape(phrases('web.noscript'))}</p>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(views.description(content, view))}</p>",
    ]
    points = views.key_points(content, view)
    if points:
        items = "".join(f"<li>{escape(p)}</li>" for p in points)
        parts.append(f"<h2>{escape(phrases('web.key_points'))}</h2><ul>{items}</ul>")
    sources = views.source_ids(content, view)
    if sources:
        items = "".join(f"<li>{source_html(content, sid, lang)}</li>" for sid in sources)
        parts.append(f"<h2>{escape(phrases('web.sources'))}</h2><ul>{items}</ul>")
    other = view.other_langs()[0]
    parts.append(
        f'<p><a href="{_attr(view.url(other))}" hreflang="{other}">{escape(phrases("web.other_lang"))}</a></p>'
    )
    parts.append(_nav(content, lang))
    return "\n".join(parts)


def not_found_text(content: Content, lang: str) -> str:
    phrases = content.phrases(lang)
    return f"<h1>{escape(phrases('web.not_found_title'))}</h1><p>{escape(phrases('web.not_found'))}</p>" + _nav(
        content, lang
    )


def _favicon_link() -> str:
    # Relative, like Streamlit's own assets: the icon comes from the server that sent the page.
    return f'<link rel="icon" type="image/png" href="./{FAVICON}">'


def preload(chunk: str) -> str:
    """Fetch a front-end chunk Streamlit would only ask for once the script sent its first chart: on a
    phone network the 1.2 MB of plotly then download while the page connects and its script runs."""
    return f'<link rel="modulepreload" crossorigin href="./{_attr(chunk)}">'


def render(shell: str, content: Content, view: View, chart_chunk: str | None = None) -> str:
    """Streamlit's index.html announcing `view`: language, head tags, favicon and the substance in <noscript>.

    `chart_chunk`: the static path of Streamlit's plotly chunk, preloaded on pages that draw charts."""
    tags = head(content, view)
    if chart_chunk and views.shows_charts(content, view.page.id):
        tags += "\n    " + preload(chart_chunk)
    return _fill(shell, view.lang, tags, body_text(content, view))


def render_not_found(shell: str, content: Content, lang: str) -> str:
    """The page shell for a path that names no page: a title, a short note and the real pages."""
    phrases = content.phrases(lang)
    title = f"{phrases('web.not_found_title')} · {content.site.title(lang)}"
    tags = f'<title>{escape(title)}</title>\n    <meta name="robots" content="noindex">'
    return _fill(shell, lang, tags, not_found_text(content, lang))


@functools.cache
def _stylesheet() -> str:
    return (
        f'<style id="rr-app-css">{public.STYLESHEET.read_text(encoding="utf-8")}</style>\n    '
        f'<script id="rr-reveal">{public.REVEAL.read_text(encoding="utf-8")}</script>'
    )


def _fill(shell: str, lang: str, tags: str, text: str) -> str:
    # The app's CSS in the head applies from the first paint: the header row is folded and the
    # headings sized before the script's first element arrives; the reveal script then shows the
    # first run once it has settled (no layout shift either way).
    tags = f"{tags}\n    {_stylesheet()}"
    html = _HTML_TAG.sub(f'<html lang="{lang}">', shell, count=1)
    html = _ICON.sub(lambda _: _favicon_link(), html, count=1)
    html = _TITLE.sub(lambda _: tags, html, count=1)
    html = _NOSCRIPT.sub(lambda _: f'<noscript><div class="rr-text">{text}</div></noscript>', html, count=1)
    return html


def sitemap(content: Content) -> str:
    """Every page in both languages, each with its language alternates (sitemaps.org, xhtml:link)."""
    entries = []
    for view in views.all_views(content):
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{lang}" href="{_attr(view.url(lang))}"/>' for lang in LANGS
        )
        entries.append(
            f"<url><loc>{_attr(view.url())}</loc><lastmod>{content.site.last_updated.isoformat()}</lastmod>"
            f"{alternates}</url>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        + "\n".join(entries)
        + "\n</urlset>\n"
    )
