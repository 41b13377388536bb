"""Quotes are quoted once: every passage in quotation marks is the words of a quote record.

A quote record holds the original wording, its speaker, date and source, and its translation into
the other language. Other texts insert it by reference, `{quote:ID}`, which the loader replaces by the
words in the text's own language, in that language's quotation marks (a translation says so); or they
quote part of it, which the validator checks word for word. A label, a title or a term that is not a
quotation is written `*like this*` (see reelreality/text.py), never in quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from reelreality.core.errors import Problem
from reelreality.core.loader import format_path, nodes
from reelreality.core.models import Quote

QUOTED = re.compile(r"“([^“”]+)”|‘([^‘’]+)’(?![A-Za-z])|«([^«»]+)»|‹([^‹›]+)›|\"([^\"]+)\"")
"""A passage in quotation marks: “ ”, ‘ ’, « », ‹ › or straight double quotes."""
REFERENCE = re.compile(r"\{quote:([a-z0-9][a-z0-9-]*)\}")
"""`{quote:ID}`: the words of quote record ID, in the surrounding text's language."""
WORDS = ("original", "translation")
"""Fields that hold a quote record's own words (and are therefore not checked against the records)."""
VERBATIM = ("seed_says",)
"""Other fields holding a source's words verbatim."""
NOT_OURS = (("sources.yaml", "title"), ("promises.yaml", "former_titles"), ("obstacles.yaml", "former_titles"))
"""Strings the quote rule does not read: a source's title as its publisher printed it, and the titles a
promise or an obstacle had before a correction (never shown; kept so that links made with them still open it)."""
MARKS = {"en": ("“", "”"), "fr": ("«\u202f", "\u202f»")}
TRANSLATED = {"en": " (our translation)", "fr": " (notre traduction)"}
_ELISION = re.compile(r"\s*(?:\[…\]|\(…\)|…|\.\.\.)\s*")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _records(raw: Any, loc: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every quote record in parsed YAML, with its location: a mapping with an id, an original and a translation."""
    if isinstance(raw, dict):
        if isinstance(raw.get("id"), str) and isinstance(raw.get("original"), str) and "translation" in raw:
            yield loc, raw
        for key, value in raw.items():
            yield from _records(value, loc + (key,))
    elif isinstance(raw, list):
        for i, item in enumerate(raw):
            yield from _records(item, loc + (i,))


def stored_once(raws: dict[str, Any]) -> list[Problem]:
    """A quote is stored once: no second record with the same id or the same original words."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for fname, raw in raws.items():
        for loc, record in _records(raw):
            for key in (f"id {record['id']}", f"words {_norm(record['original'])}"):
                if key in seen:
                    what = "id" if key.startswith("id ") else "words"
                    problems.append(
                        Problem(
                            fname,
                            format_path(loc, raw),
                            f"a quote with the same {what} is already stored in {seen[key]}: show that one with "
                            "`- quote: ID` in a list of quotes, or {quote:ID} in a text",
                        )
                    )
                    break
            else:
                seen[f"id {record['id']}"] = seen[f"words {_norm(record['original'])}"] = fname
    return problems


def _insert(record: dict[str, Any], lang: str) -> str:
    """A quote's words as a text in `lang` shows them: the original when it is in `lang`, else the translation."""
    same = record.get("original_language", "en") == lang
    words = record["original"] if same else str(record["translation"])
    opening, closing = MARKS[lang]
    return f"{opening}{words.strip()}{closing}" + ("" if same else TRANSLATED[lang])


def expand_references(raws: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Resolve the two ways of referring to a quote record: `{quote:ID}` inside an English or French
    text, and `- quote: ID` as an item of a list of quotes (a panel showing a quote stored elsewhere;
    other keys of the item, such as `moment:`, are kept). Unknown ids are reported where they stand."""
    records = {r["id"]: r for raw in raws.values() for _, r in _records(raw)}
    fields = set(Quote.model_fields)
    problems: list[Problem] = stored_once(raws)

    def unknown(fname: str, loc: tuple[Any, ...], top: Any, quote_id: str) -> None:
        known = ", ".join(sorted(records)[:8])
        problems.append(Problem(fname, format_path(loc, top), f"unknown quote '{quote_id}' (known: {known}, …)"))

    def walk(node: Any, loc: tuple[Any, ...], fname: str, top: Any) -> Any:
        if isinstance(node, dict) and isinstance(node.get("quote"), str) and "original" not in node:
            record = records.get(node["quote"])
            if record is None:
                unknown(fname, loc + ("quote",), top, node["quote"])
                return node
            shared = {k: v for k, v in record.items() if k in fields}
            return {**shared, **{k: v for k, v in node.items() if k != "quote"}}
        if isinstance(node, dict):
            return {k: walk(v, loc + (k,), fname, top) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, loc + (i,), fname, top) for i, v in enumerate(node)]
        if isinstance(node, str) and "{quote:" in node and loc and loc[-1] in MARKS:

            def sub(match: re.Match[str]) -> str:
                record = records.get(match.group(1))
                if record is None:
                    unknown(fname, loc, top, match.group(1))
                    return match.group(0)
                return _insert(record, loc[-1])

            return REFERENCE.sub(sub, node)
        return node

    return {f: walk(raw, (), f, raw) for f, raw in raws.items()}, problems


def quote_pool(files: dict[str, BaseModel]) -> list[str]:
    """The words every quoted passage must come from: each quote record's original and translation."""
    return [
        _norm(node)
        for model in files.values()
        for loc, node in nodes(model)
        if isinstance(node, str) and loc and loc[-1] in (*WORDS, *VERBATIM)
    ]


def matches(passage: str, pool: list[str]) -> bool:
    """Whether a quoted passage is a quote record's words, exactly (an elision '…' may join two parts in order)."""
    parts = [p for p in (_norm(x) for x in _ELISION.split(_norm(passage))) if p]
    for words in pool:
        at = 0
        for part in parts:
            found = words.find(part, at)
            if found < 0:
                break
            at = found + len(part)
        else:
            return bool(parts)
    return False


def check_quoted(files: dict[str, BaseModel], skip: tuple[tuple[str, str], ...] = ()) -> list[Problem]:
    """Every passage in quotation marks, in every text of every file, is found in a quote record.

    `skip`: (file, field name) pairs whose strings are not the app's own words (a source's printed title)."""
    pool = quote_pool(files)
    problems: list[Problem] = []
    for fname, model in files.items():
        raw: Any = None
        for loc, text in nodes(model, skip=(*WORDS, *VERBATIM)):
            if not isinstance(text, str):
                continue
            if any(fname == f and field in loc for f, field in skip):
                continue
            for match in QUOTED.finditer(text):
                passage = next(g for g in match.groups() if g is not None)
                if matches(passage, pool):
                    continue
                raw = model.model_dump(mode="json") if raw is None else raw
                passage = _norm(passage)
                shown = passage if len(passage) <= 60 else passage[:57] + "…"
                problems.append(
                    Problem(
                        fname,
                        format_path(loc, raw),
                        f"quoted text “{shown}” is not the words of any quote record: insert the quote with "
                        "{quote:ID}, quote it exactly, or write a label or term as *term*",
                    )
                )
    return problems
