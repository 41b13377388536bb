"""Legal explorer logic: who must agree to each use of a studio model, and why, from content/legal.yaml."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from reelreality.content import Content
from reelreality.legal.model import LegalFile, LegalQuote, LegalRule, Need, NeedRow


@dataclass(frozen=True)
class Tally:
    """How many stakeholders a use case needs, by kind of requirement."""

    consent: int  # consent or both: each one can block the use
    payment: int  # payment or both
    unclear: int
    none: int
    total: int


def row(legal: LegalFile, use_case: str) -> NeedRow:
    for r in legal.mapping:
        if r.use_case == use_case:
            return r
    raise KeyError(f"no mapping row for use case {use_case!r}")


def needs_for(legal: LegalFile, use_case: str) -> list[Need]:
    """The use case's needs, most demanding requirement first, then in stakeholder order."""
    req_rank = {d.id: i for i, d in enumerate(legal.requirements)}
    who_rank = {s.id: i for i, s in enumerate(legal.stakeholders)}
    return sorted(row(legal, use_case).needs, key=lambda n: (req_rank[n.requirement], who_rank[n.stakeholder]))


def tally(legal: LegalFile, use_case: str) -> Tally:
    reqs = [n.requirement for n in row(legal, use_case).needs]
    return Tally(
        consent=sum(r in ("consent", "both") for r in reqs),
        payment=sum(r in ("payment", "both") for r in reqs),
        unclear=reqs.count("unclear"),
        none=reqs.count("none"),
        total=len(reqs),
    )


def rules_for(legal: LegalFile, use_case: str) -> list[LegalRule]:
    """The rules cited by any need of the use case, oldest first."""
    cited = {rid for n in row(legal, use_case).needs for rid in n.rules}
    return sorted((r for r in legal.rules if r.id in cited), key=lambda r: (r.date, r.id))


def quotes_for(legal: LegalFile, use_case: str) -> list[LegalQuote]:
    return [q for q in legal.quotes if not q.use_cases or use_case in q.use_cases]


def rank(legal: LegalFile) -> list[tuple[str, Tally]]:
    """Use cases from most to least demanding: most consents, then most unsettled, then most payments."""
    tallies = [(u.id, tally(legal, u.id)) for u in legal.use_cases]
    return sorted(tallies, key=lambda item: (-item[1].consent, -item[1].unclear, -item[1].payment))


def join(names: Sequence[str], and_word: str) -> str:
    """'a', 'a and b', 'a, b and c'; a comma before the last one when a name itself contains the conjunction."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    serial = "," if any(f" {and_word} " in n for n in names) else ""
    if len(names) == 2:
        return f"{names[0]}{serial} {and_word} {names[1]}"
    return f"{', '.join(names[:-1])}{serial} {and_word} {names[-1]}"


def fmt_date(content: Content, value: dt.date, lang: str, precision: str = "day") -> str:
    month = content.ui("date.months")(lang).split(",")[value.month - 1].strip()
    if precision == "month":
        return f"{month} {value.year}"
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def _t(content: Content, key: str, lang: str, **fmt: object) -> str:
    return content.ui(key)(lang).format(**fmt)


def _count(content: Content, key: str, n: int, lang: str, **fmt: object) -> str:
    return _t(content, f"{key}.{'one' if n == 1 else 'many'}", lang, n=n, **fmt)


def why_hard(content: Content, use_case: str, lang: str) -> list[str]:
    """The plain-language summary for one use case, built from the mapping: counts, names, rules, verdict."""
    legal = content.legal
    names = {s.id: s.name(lang) for s in legal.stakeholders}
    and_word = content.ui("legal.and")(lang)
    by_who = {n.stakeholder: n.requirement for n in row(legal, use_case).needs}
    counts = tally(legal, use_case)

    def who(*reqs: str) -> str:
        return join([names[s.id] for s in legal.stakeholders if by_who[s.id] in reqs], and_word)

    out = []
    if counts.consent:
        out.append(
            _count(content, "legal.why.consent", counts.consent, lang, total=counts.total, names=who("both", "consent"))
        )
    if counts.payment:
        out.append(_count(content, "legal.why.payment", counts.payment, lang, names=who("both", "payment")))
    if counts.unclear:
        out.append(_count(content, "legal.why.unclear", counts.unclear, lang, names=who("unclear")))
    if counts.none == counts.total:
        out.append(_t(content, "legal.why.none_all", lang, total=counts.total))
    elif counts.none:
        out.append(_t(content, "legal.why.none", lang, names=who("none")))
    rules = rules_for(legal, use_case)
    if rules:
        out.append(
            _count(content, "legal.why.rules", len(rules), lang, names=join([r.short(lang) for r in rules], and_word))
        )
    if counts.consent:
        out.append(_t(content, f"legal.verdict.veto.{'one' if counts.consent == 1 else 'many'}", lang))
    elif counts.unclear:
        out.append(_t(content, "legal.verdict.open", lang))
    elif counts.payment:
        out.append(_t(content, "legal.verdict.cost", lang))
    else:
        out.append(_t(content, "legal.verdict.clear", lang))
    return out


def matrix_frame(content: Content, lang: str) -> pd.DataFrame:
    """Every cell of the mapping as a row, use cases and stakeholders in content order."""
    legal = content.legal
    rule_names = {r.id: r.short(lang) for r in legal.rules}
    req_labels = {d.id: d.label(lang) for d in legal.requirements}
    who_rank = {s.id: i for i, s in enumerate(legal.stakeholders)}
    labels = {s.id: s.label(lang) for s in legal.stakeholders}
    rows = []
    for uc in legal.use_cases:
        for need in sorted(row(legal, uc.id).needs, key=lambda n: who_rank[n.stakeholder]):
            rows.append(
                {
                    "use_case": uc.id,
                    "use_case_label": uc.short(lang),
                    "stakeholder": need.stakeholder,
                    "stakeholder_label": labels[need.stakeholder],
                    "requirement": need.requirement,
                    "requirement_label": req_labels[need.requirement],
                    "rules": " · ".join(rule_names[r] for r in need.rules),
                    "rationale": need.rationale(lang),
                }
            )
    return pd.DataFrame(rows)


def matrix_caption(content: Content, lang: str) -> str:
    """The message of the heat matrix in words: the most demanding, the most unsettled, the easiest use."""
    legal = content.legal
    short = {u.id: u.short(lang) for u in legal.use_cases}
    ranked = rank(legal)
    hardest, hard = ranked[0]
    open_id, open_t = max(ranked, key=lambda item: (item[1].unclear, item[1].consent))
    easiest, easy = ranked[-1]
    text = _t(
        content,
        "legal.matrix.caption",
        lang,
        hardest=short[hardest],
        n=hard.consent,
        total=hard.total,
        open=short[open_id],
        u=open_t.unclear,
    )
    if easy.consent == 0:
        return text + " " + _t(content, "legal.matrix.easiest.zero", lang, easiest=short[easiest])
    return text + " " + _t(content, "legal.matrix.easiest.some", lang, easiest=short[easiest], m=easy.consent)


def timeline_frame(content: Content, lang: str, use_case: str | None = None) -> pd.DataFrame:
    """The rules as dated rows; `applies` marks those behind the chosen use case (all when None)."""
    legal = content.legal
    smap = content.source_map
    kinds = {k.id: k.label(lang) for k in legal.rule_kinds}
    applies = {r.id for r in rules_for(legal, use_case)} if use_case else {r.id for r in legal.rules}
    rows = [
        {
            "id": r.id,
            "date": r.date,
            "when": fmt_date(content, r.date, lang, r.date_precision),
            "kind": r.kind,
            "kind_label": kinds[r.kind],
            "short": r.short(lang),
            "title": r.title(lang),
            "jurisdiction": r.jurisdiction(lang),
            "status": r.status,
            "sources": "; ".join(smap[s].publisher for s in r.sources),
            "applies": r.id in applies,
        }
        for r in sorted(legal.rules, key=lambda r: (r.date, r.id))
    ]
    return pd.DataFrame(rows)


def milestones(content: Content, lang: str) -> list[tuple[dt.date, str]]:
    return [(ms.date, ms.label(lang)) for ms in sorted(content.legal.milestones, key=lambda ms: ms.date)]


def timeline_caption(content: Content, lang: str, use_case: str | None = None) -> str:
    """Span of the rules, how many came before and between the story's milestones, and how many apply."""
    frame = timeline_frame(content, lang, use_case)
    n = len(frame)
    first = frame.iloc[0]
    last = frame.iloc[-1]
    parts = [
        _t(
            content,
            "legal.timeline.caption",
            lang,
            n=n,
            first=fmt_date(content, first["date"], lang, "month"),
            last=fmt_date(content, last["date"], lang, "month"),
        )
    ]
    start = None
    for i, ms in enumerate(sorted(content.legal.milestones, key=lambda ms: ms.date)):
        k = int(((frame["date"] <= ms.date) & ((frame["date"] > start) if start else True)).sum())
        key = "legal.timeline.before" if i == 0 else "legal.timeline.until"
        parts.append(_t(content, key, lang, name=ms.name(lang), date=fmt_date(content, ms.date, lang), k=k, n=n))
        start = ms.date
    if start is not None:
        after = int((frame["date"] > start).sum())
        if after:
            parts.append(_t(content, "legal.timeline.after", lang, k=after))
    if use_case:
        parts.append(_t(content, "legal.timeline.applies", lang, a=int(frame["applies"].sum()), n=n))
    return " ".join(parts)
