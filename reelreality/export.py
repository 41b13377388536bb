"""Offline exports built from the same content: a self-contained slide deck and a printable handout.

Both are single HTML files with plotly.js inlined: they make no network request at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from html import escape as _html_escape
from pathlib import Path

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from reelreality import qr, text
from reelreality.content import Content
from reelreality.slides import FIGURES

PRINT_HEIGHT = 420
"""A handout chart's height when its builder sets none; a builder's own height (sized to its rows and
labels) is kept on paper, where labels squeezed into less room overlapped."""

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["sendDataToCloud"]}


def escape(value: object) -> str:
    """HTML-escaped text, its *emphasis* markup in italics."""
    return text.emphasis_html(_html_escape(str(value)))


ASSETS = Path(__file__).resolve().parent / "assets"


def _asset(name: str) -> str:
    """A static stylesheet or script of the exports (no content or URL text reaches them)."""
    return (ASSETS / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _plotlyjs() -> str:
    return get_plotlyjs()


@dataclass(frozen=True)
class SlideView:
    """One slide, resolved in one language: what a renderer needs, nothing else."""

    number: int
    id: str
    page: str
    title: str
    message: str
    notes: str
    figure: go.Figure | None
    caption: str
    sources: tuple[str, ...]
    status: str
    corrected: tuple[str, ...] = ()


def slide_views(content: Content, lang: str) -> list[SlideView]:
    """Every slide with its figure built, in deck order."""
    views = []
    for i, slide in enumerate(content.slides.slides, start=1):
        fig, caption = (None, "")
        if slide.figure:
            fig, caption = FIGURES[slide.figure](content, lang)
        views.append(
            SlideView(
                number=i,
                id=slide.id,
                page=slide.page,
                title=slide.title(lang),
                message=slide.message(lang),
                notes=slide.notes(lang),
                figure=fig,
                caption=caption,
                sources=tuple(slide.sources),
                status=slide.status,
                corrected=tuple(slide.corrected),
            )
        )
    return views


def permalink(app_url: str, page: str, lang: str, content: Content) -> str:
    """Link back to a page of the live app, in the same language."""
    default = content.site.pages[0].id
    path = "" if page == default else page
    return f"{app_url.rstrip('/')}/{path}?lang={lang}"


def qr_html(link: str, caption: str) -> str:
    """The live view's QR code with what it is for and the link as typed beside it (one QR helper)."""
    short = escape(qr.short(link))
    return (
        f'<figure class="qr">{qr.svg(link, scale=3, title=caption)}'
        f'<figcaption>{escape(caption)}<br><a href="{escape(link)}">{short}</a></figcaption></figure>'
    )


def _figure_html(fig: go.Figure, div_id: str, *, height: int | None = None) -> str:
    """A figure as a div; without `height` it fills its container (the deck sizes slides to the screen)."""
    fig = go.Figure(fig)
    # Plotly's own template, whatever the process set as default: once Streamlit has drawn a chart it
    # makes its "streamlit" template the default, which has no automargin, and the offline files'
    # axis titles then sat on their tick labels.
    fig.update_layout(template="plotly", paper_bgcolor="white", plot_bgcolor="white", autosize=True)
    # update_layout(height=None) keeps the old value; assigning None removes it.
    fig.layout.height = height
    fig.layout.width = None
    return fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        config=PLOTLY_CONFIG,
        default_width="100%",
        default_height=f"{height}px" if height else "100%",
    )


def _source_short(content: Content, sid: str, lang: str) -> str:
    src = content.source_map[sid]
    date = content.ui("date.unknown")(lang) if src.published == "unknown" else src.published.isoformat()
    name = escape(src.publisher)
    name = f'<a href="{escape(src.url)}">{name}</a>' if src.url else name
    return f"{name} ({escape(date)})"


def source_html(content: Content, sid: str, lang: str) -> str:
    """A source's full citation as HTML: publisher, title, date, link (the handout, the page without scripts)."""
    src = content.source_map[sid]
    date = content.ui("date.unknown")(lang) if src.published == "unknown" else src.published.isoformat()
    link = f' <a href="{escape(src.url)}">{escape(src.url)}</a>' if src.url else ""
    return f"{escape(src.publisher)}, {escape(src.quoted_title(lang))} ({escape(date)}).{link}"


_DECK_CSS = _asset("deck.css")

_DECK_JS = _asset("deck.js")


def build_deck(content: Content, lang: str, app_url: str) -> str:
    """One self-contained HTML slide deck in `lang`: keyboard navigation, notes hidden, print = one slide a page."""
    ui = {
        k: content.ui(k)(lang)
        for k in ("present.notes_key", "present.prev", "present.next", "present.notes", "sources.label")
    }
    statuses = content.method.status_shorts(lang)
    parts = []
    views = slide_views(content, lang)
    for v in views:
        figure = (
            f'<div class="figure">{_figure_html(v.figure, f"deck-fig-{v.number}")}</div>'
            f'<p class="caption">{escape(v.caption)}</p>'
            if v.figure is not None
            else ""
        )
        sources = " · ".join(_source_short(content, s, lang) for s in v.sources)
        link = permalink(app_url, v.page, lang, content)
        # The first and last slides carry the live view's QR code, for an audience's phones.
        code = qr_html(link, content.ui("share.qr")(lang)) if v.number in (1, len(views)) else ""
        parts.append(
            f'<section class="slide{" has-qr" if code else ""}" id="slide-{v.number}" aria-label="{v.number}">'
            f'<h1>{escape(v.title)}</h1><p class="message">{escape(v.message)}</p>{code}{figure}'
            f'<p class="sources"><span class="badge {escape(v.status)}">{escape(statuses[v.status])}</span> '
            f'{escape(ui["sources.label"])} {sources} · <a href="{escape(link)}">{escape(link)}</a></p>'
            f'<aside class="notes">{escape(v.notes)}</aside></section>'
        )
    title = content.site.title(lang)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} — {escape(content.site.tagline(lang))}</title>"
        f"<style>{_DECK_CSS}</style><script>{_plotlyjs()}</script></head><body>"
        f"{''.join(parts)}"
        f'<div class="bar" role="navigation"><span>{escape(title)} · {escape(content.site.version)}</span>'
        f'<span><button id="prev" aria-label="{escape(ui["present.prev"])}">←</button> '
        f'<span id="counter" aria-live="polite"></span> '
        f'<button id="next" aria-label="{escape(ui["present.next"])}">→</button> '
        f'<button id="notes">{escape(ui["present.notes"])}</button></span>'
        f"<span>{escape(ui['present.notes_key'])}</span></div>"
        f"<script>{_DECK_JS}</script></body></html>"
    )


_HANDOUT_CSS = _asset("handout.css")


def _corrected_html(content: Content, corrected: tuple[str, ...], lang: str) -> str:
    """A 'corrected' mark linking to the handout's corrections log (nothing for an uncorrected record)."""
    if not corrected:
        return ""
    mark = escape(content.ui("corrections.mark")(lang))
    links = " ".join(f'<a href="#correction-{escape(c)}">[{i}]</a>' for i, c in enumerate(corrected, start=1))
    return f' <span class="badge corrected">{mark}</span> {links}'


def _corrections_html(content: Content, lang: str) -> str:
    """The corrections log, as on the Sources & method page."""
    log = content.corrections
    was, now = escape(content.ui("corrections.was")(lang)), escape(content.ui("corrections.now")(lang))
    items = "".join(
        f'<li id="correction-{escape(e.id)}"><strong>{escape(text.format_date(e.date, lang))}</strong>. '
        f"{was} {escape(e.wrong(lang))} {now} {escape(e.now(lang))} "
        f"({'; '.join(_source_short(content, s, lang) for s in e.sources)})</li>"
        for e in log.entries
    )
    title = escape(content.ui("corrections.title")(lang))
    intro = escape(log.intro(lang))
    return f'<h2 id="corrections">{title}</h2><p>{intro}</p><ol class="corrections">{items}</ol>'


def _print_height(fig: go.Figure) -> int:
    return fig.layout.height or PRINT_HEIGHT


def build_handout(content: Content, lang: str, app_url: str, today: dt.date | None = None) -> str:
    """One printable HTML document: every slide's message and chart, sources as numbered footnotes, permalinks."""
    today = today or dt.date.today()
    numbers: dict[str, int] = {}
    statuses = content.method.status_shorts(lang)
    sections = []
    for v in slide_views(content, lang):
        refs = []
        for sid in v.sources:
            numbers.setdefault(sid, len(numbers) + 1)
            refs.append(f'<sup><a href="#fn-{numbers[sid]}">[{numbers[sid]}]</a></sup>')
        figure = (
            f'<div class="figure">{_figure_html(v.figure, f"handout-fig-{v.number}", height=_print_height(v.figure))}'
            f'</div><p class="caption">{escape(v.caption)}</p>'
            if v.figure is not None
            else ""
        )
        link = permalink(app_url, v.page, lang, content)
        sections.append(
            f'<section id="{escape(v.id)}"><h2>{v.number}. {escape(v.title)}</h2>'
            f"<p>{escape(v.message)}{''.join(refs)} "
            f'<span class="badge {escape(v.status)}">{escape(statuses[v.status])}</span>'
            f"{_corrected_html(content, v.corrected, lang)}</p>"
            f"{figure}"
            f"{qr_html(link, content.ui('handout.permalink')(lang))}"
            f"</section>"
        )
    footnotes = "".join(
        f'<li id="fn-{n}">{source_html(content, sid, lang)}</li>'
        for sid, n in sorted(numbers.items(), key=lambda x: x[1])
    )
    title = content.site.title(lang)
    meta = content.ui("handout.meta")(lang).format(
        version=content.site.version, updated=content.site.last_updated.isoformat(), today=today.isoformat()
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)} — '
        f"{escape(content.ui('handout.title')(lang))}</title><style>{_HANDOUT_CSS}</style>"
        f"<script>{_plotlyjs()}</script></head><body>"
        f"<h1>{escape(title)}</h1><p>{escape(content.site.tagline(lang))}</p>"
        f'<p class="meta">{escape(meta)} <a href="{escape(app_url)}">{escape(app_url)}</a></p>'
        f"{qr_html(permalink(app_url, content.site.pages[0].id, lang, content), content.ui('share.qr')(lang))}"
        f"{''.join(sections)}"
        f'<h2>{escape(content.ui("handout.sources")(lang))}</h2><ol class="footnotes">{footnotes}</ol>'
        f"{_corrections_html(content, lang)}"
        f"</body></html>"
    )
