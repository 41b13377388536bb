"""What a URL shows, known before any script runs: the page, the language and the reader's selection,
each validated against the content, with the title, one-sentence finding and key figure that
announce it (document head, preview image, text without JavaScript).

Pure: no Streamlit, no web framework. A selection is read the way the page's own bound widget reads
it (its label in the view's language, its id, or a label from before a correction) through the
domain modules that build those labels.
"""

from __future__ import annotations

import dataclasses
import functools
import types
from collections.abc import Callable, Mapping
from urllib.parse import urlencode

from reelreality import public
from reelreality.content import Content
from reelreality.core.models import LANGS
from reelreality.core.sections import split_finding
from reelreality.core.site import PageDef
from reelreality.lessons import logic as lessons_logic
from reelreality.obstacles import risks
from reelreality.text import plain

LANG_KEY = "lang"
DEFAULT_LANG = LANGS[0]


@dataclasses.dataclass(frozen=True)
class Item:
    """A reader's selection on a page: the URL key and its value in each language, and what it says."""

    key: str
    id: str
    values: Mapping[str, str]
    titles: Mapping[str, str]
    findings: Mapping[str, str]
    figures: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class View:
    """One validated view: a page in a language, with at most one selected item."""

    page: PageDef
    lang: str
    item: Item | None = None

    @property
    def path(self) -> str:
        """The page's path as a link writes it ('' for the home page)."""
        return self.page.id if not self.is_home else ""

    is_home: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the view (preview cache, document cache): page, language, item id."""
        return (self.page.id, self.lang, self.item.id if self.item else "")

    def query(self, lang: str | None = None) -> str:
        """The view's canonical query string, in `lang` (default: its own)."""
        lang = lang or self.lang
        pairs = [(LANG_KEY, lang)]
        if self.item:
            pairs.append((self.item.key, self.item.values[lang]))
        return urlencode(pairs)

    def url(self, lang: str | None = None) -> str:
        return public.page_url(self.path, self.query(lang))

    def image_url(self) -> str:
        pairs = [(LANG_KEY, self.lang)] + ([("item", self.item.id)] if self.item else [])
        return public.page_url(f"preview/{self.page.id}.png", urlencode(pairs))

    def other_langs(self) -> list[str]:
        return [lang for lang in LANGS if lang != self.lang]


def first_sentence(text: str) -> str:
    """The text's first sentence, without emphasis markup (the panels' own finding rule)."""
    return split_finding(plain(text))[0]


def view_title(view: View) -> str:
    """The selected item's title, or the page's."""
    return view.item.titles[view.lang] if view.item else view.page.title(view.lang)


def page_title(content: Content, view: View) -> str:
    """The page title a tab shows: the view's title · the site's title."""
    return f"{view_title(view)} · {content.site.title(view.lang)}"


def finding(content: Content, page: PageDef, lang: str) -> str:
    """The page's one-sentence finding, from its own headline or lede."""
    sources = {
        "story": lambda: content.overview.headline(lang),
        "promise-tracker": lambda: content.promises.lede.text(lang),
        "obstacles-risks": lambda: content.obstacles.lede.text(lang),
        "single-vs-multi": lambda: content.approaches.lede.text(lang),
        "other-sectors": lambda: content.cases.lede(lang),
        "sources-method": lambda: content.ui("sources.intro")(lang),
    }
    text = sources.get(page.id, lambda: page.title(lang))()
    return first_sentence(text)


def key_figure(content: Content, view: View) -> tuple[str, str] | None:
    """(figure, label) shown large on the preview image, where the view has one."""
    if view.item:
        figure = view.item.figures.get(view.lang)
        return (figure, view.item.titles[view.lang]) if figure else None
    if view.page.id == "story":
        kf = content.overview.key_figures[0]
        return kf.value(view.lang), kf.label(view.lang)
    return None


def shows_charts(content: Content, page_id: str) -> bool:
    """Whether the page draws plotly charts: every page that does gives a slide its figure."""
    return any(s.page == page_id and s.figure for s in content.slides.slides)


def description(content: Content, view: View) -> str:
    return view.item.findings[view.lang] if view.item else finding(content, view.page, view.lang)


# ---------------------------------------------------------------- selections, per page


def _by_lang(value: Callable[[str], str]) -> dict[str, str]:
    return {lang: value(lang) for lang in LANGS}


def _promise_items(content: Content) -> list[Item]:
    statuses = {s.id: s for s in content.scale.statuses}
    return [
        Item(
            key="pr_id",
            id=p.id,
            values=_by_lang(p.title),
            titles=_by_lang(p.title),
            findings=_by_lang(lambda lang, p=p: first_sentence(p.history[-1].finding(lang))),
            figures=_by_lang(statuses[p.rating].label),
        )
        for p in content.promises.promises
    ]


def _promise_spellings(content: Content) -> dict[str, str]:
    return {old(lang): p.id for p in content.promises.promises for old in p.former_titles for lang in LANGS}


def _obstacle_items(content: Content) -> list[Item]:
    register = content.obstacles
    labels = {lang: risks.option_labels(register, content.phrases(lang)) for lang in LANGS}
    return [
        Item(
            key="ob_risk",
            id=o.id,
            values={lang: labels[lang][o.id] for lang in LANGS},
            titles=_by_lang(o.title),
            findings=_by_lang(lambda lang, o=o: first_sentence(o.summary(lang))),
        )
        for o in register.obstacles
    ]


def _obstacle_spellings(content: Content) -> dict[str, str]:
    return {
        label: oid
        for lang in LANGS
        for label, oid in risks.former_labels(content.obstacles, content.phrases(lang)).items()
    }


def _case_items(content: Content) -> list[Item]:
    cases = {c.id: c for c in content.cases.cases}
    return [
        Item(
            key="ls_case",
            id=cid,
            values={lang: name for lang in LANGS},
            titles={
                lang: content.phrases(lang)("web.point", label=name, text=cases[cid].product(lang)) for lang in LANGS
            },
            findings=_by_lang(lambda lang, c=cases[cid]: first_sentence(c.outcome.text(lang))),
        )
        for cid, name in lessons_logic.companies(content.cases).items()
    ]


def _preset_items(content: Content) -> list[Item]:
    return [
        Item(
            key="cm_preset",
            id=p.id,
            values=_by_lang(p.name),
            titles=_by_lang(p.name),
            findings=_by_lang(lambda lang, p=p: first_sentence(p.description(lang))),
        )
        for p in content.approaches.presets
    ]


_ITEMS: dict[str, tuple[Callable[[Content], list[Item]], Callable[[Content], dict[str, str]] | None]] = {
    "promise-tracker": (_promise_items, _promise_spellings),
    "obstacles-risks": (_obstacle_items, _obstacle_spellings),
    "other-sectors": (_case_items, None),
    "single-vs-multi": (_preset_items, None),
}


def items(content: Content, page_id: str) -> tuple[Item, ...]:
    """Every item a reader can select on the page (empty for a page without one)."""
    return _choices(content, page_id)[0]


@functools.lru_cache(maxsize=32)
def _choices(content: Content, page_id: str) -> tuple[tuple[Item, ...], Mapping[str, str]]:
    """The page's items and the former spellings of their labels, built once per content load (the
    content is known by identity) rather than on every request for a document or a preview."""
    build = _ITEMS.get(page_id)
    if not build:
        return (), {}
    return tuple(build[0](content)), types.MappingProxyType(build[1](content) if build[1] else {})


def _select(content: Content, page_id: str, params: Mapping[str, str]) -> Item | None:
    candidates, spellings = _choices(content, page_id)
    raw = params.get(candidates[0].key) if candidates else None
    if raw is None:
        return None
    for item in candidates:
        if raw == item.id or raw in item.values.values() or spellings.get(raw) == item.id:
            return item
    return None


# ---------------------------------------------------------------- a URL -> a view


def page_for(content: Content, path: str) -> tuple[PageDef, bool] | None:
    """The page a path names (and whether it is the home page's root path), or None: a 404."""
    name = path.strip("/")
    pages = content.site.pages
    if not name:
        return pages[0], True
    return next(((p, False) for p in pages if p.id == name), None)


def resolve(content: Content, path: str, params: Mapping[str, str]) -> View | None:
    """The view a URL shows, or None when the path names no page.

    Unknown or malformed values fall back the way the app does: the default language, no selection."""
    found = page_for(content, path)
    if found is None:
        return None
    page, _ = found
    lang = params.get(LANG_KEY)
    lang = lang if lang in LANGS else DEFAULT_LANG
    return dataclasses.replace(page_view(content, page, lang), item=_select(content, page.id, params))


def page_view(content: Content, page: PageDef, lang: str) -> View:
    """A page in a language, without a selection."""
    return View(page=page, lang=lang, is_home=page == content.site.pages[0])


def view_for(content: Content, page_id: str, lang: str, item_id: str = "") -> View:
    """The view a validated key names (page id, language, item id or '')."""
    page = next(p for p in content.site.pages if p.id == page_id)
    item = next((i for i in items(content, page_id) if i.id == item_id), None)
    return dataclasses.replace(page_view(content, page, lang), item=item)


def all_views(content: Content) -> list[View]:
    """Every page in every language, without selections (the sitemap)."""
    return [page_view(content, p, lang) for p in content.site.pages for lang in LANGS]


# ---------------------------------------------------------------- the substance, as text


def key_points(content: Content, view: View) -> list[str]:
    """The page's main points in one line each, in the view's language (the page without scripts)."""
    lang = view.lang
    statuses = {s.id: s.label(lang) for s in content.scale.statuses}
    phrases = content.phrases(lang)

    def point(label: str, text: str) -> str:
        return phrases("web.point", label=label, text=text)

    points: dict[str, Callable[[], list[str]]] = {
        "story": lambda: (
            [t.text(lang) for t in content.overview.takeaways]
            or [point(k.value(lang), k.label(lang)) for k in content.overview.key_figures]
        ),
        "promise-tracker": lambda: [point(p.title(lang), statuses[p.rating]) for p in content.promises.promises],
        "obstacles-risks": lambda: [
            point(o.title(lang), first_sentence(o.summary(lang))) for o in risks.ranked(content.obstacles.obstacles)
        ],
        "single-vs-multi": lambda: [
            point(a.name(lang), first_sentence(a.description(lang))) for a in content.approaches.approaches
        ],
        "other-sectors": lambda: [point(le.title(lang), first_sentence(le.body(lang))) for le in content.cases.lessons],
        "sources-method": lambda: [point(s.title(lang), first_sentence(s.body(lang))) for s in content.method.sections],
    }
    found = points.get(view.page.id)
    return [plain(p) for p in found()] if found else []


def source_ids(content: Content, view: View) -> list[str]:
    """The sources behind what the view states, in first-cited order."""
    o = content.overview
    records: dict[str, Callable[[], list]] = {
        "story": lambda: [o.lede, *o.takeaways, *o.key_figures],
        "promise-tracker": lambda: [content.promises.lede, *content.promises.promises],
        "obstacles-risks": lambda: [content.obstacles.lede, *content.obstacles.obstacles],
        "single-vs-multi": lambda: [content.approaches.lede, *content.approaches.approaches],
        "other-sectors": lambda: list(content.cases.cases),
    }
    if view.page.id == "sources-method":
        return [s.id for s in content.sources.sources]
    chosen = {
        "promise-tracker": {p.id: p for p in content.promises.promises},
        "obstacles-risks": {ob.id: ob for ob in content.obstacles.obstacles},
        "other-sectors": {c.id: c for c in content.cases.cases},
    }.get(view.page.id, {})
    found = [chosen[view.item.id]] if view.item and view.item.id in chosen else records.get(view.page.id, list)()
    return list(dict.fromkeys(sid for record in found for sid in record.sources))
