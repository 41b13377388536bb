"""The legal explorer in words: why a use is hard, and the captions that state each chart's message."""

from __future__ import annotations

from reelreality.legal.logic import rank, row, rules_for, tally
from reelreality.legal.model import LegalFile
from reelreality.text import Phrases


def why_hard(legal: LegalFile, use_case: str, phrases: Phrases) -> list[str]:
    """The plain-language summary for one use case, built from the mapping: counts, names, rules, verdict."""
    lang = phrases.lang
    names = {s.id: s.name(lang) for s in legal.stakeholders}
    by_who = {n.stakeholder: n.requirement for n in row(legal, use_case).needs}
    counts = tally(legal, use_case)

    def who(*reqs: str) -> str:
        return phrases.join([names[s.id] for s in legal.stakeholders if by_who[s.id] in reqs])

    out = []
    if counts.consent:
        out.append(
            phrases.plural("legal.why.consent", counts.consent, total=counts.total, names=who("both", "consent"))
        )
    if counts.payment:
        out.append(phrases.plural("legal.why.payment", counts.payment, names=who("both", "payment")))
    if counts.unclear:
        out.append(phrases.plural("legal.why.unclear", counts.unclear, names=who("unclear")))
    if counts.none == counts.total:
        out.append(phrases("legal.why.none_all", total=counts.total))
    elif counts.none:
        out.append(phrases("legal.why.none", names=who("none")))
    rules = rules_for(legal, use_case)
    if rules:
        out.append(
            phrases.plural("legal.why.rules", len(rules), names=phrases.join([r.short(phrases.lang) for r in rules]))
        )
    if counts.consent:
        out.append(phrases.plural("legal.verdict.veto", counts.consent))
    elif counts.unclear:
        out.append(phrases("legal.verdict.open"))
    elif counts.payment:
        out.append(phrases("legal.verdict.cost"))
    else:
        out.append(phrases("legal.verdict.clear"))
    return out


def matrix_caption(legal: LegalFile, phrases: Phrases) -> str:
    """The message of the heat matrix in words: the most demanding, the most unsettled, the easiest use."""
    short = {u.id: u.short(phrases.lang) for u in legal.use_cases}
    ranked = rank(legal)
    hardest, hard = ranked[0]
    open_id, open_t = max(ranked, key=lambda item: (item[1].unclear, item[1].consent))
    easiest, easy = ranked[-1]
    text = phrases(
        "legal.matrix.caption",
        hardest=short[hardest],
        n=hard.consent,
        total=hard.total,
        open=short[open_id],
        u=open_t.unclear,
    )
    if easy.consent == 0:
        return text + " " + phrases("legal.matrix.easiest.zero", easiest=short[easiest])
    return text + " " + phrases("legal.matrix.easiest.some", easiest=short[easiest], m=easy.consent)


def timeline_caption(legal: LegalFile, phrases: Phrases, use_case: str | None = None) -> str:
    """Span of the rules, how many came before and between the story's milestones, and how many apply."""
    dates = sorted(r.date for r in legal.rules)
    n = len(dates)
    parts = [
        phrases(
            "legal.timeline.caption",
            n=n,
            first=phrases.date(dates[0], "month"),
            last=phrases.date(dates[-1], "month"),
        )
    ]
    start = None
    for i, ms in enumerate(sorted(legal.milestones, key=lambda ms: ms.date)):
        k = sum((start is None or d > start) and d <= ms.date for d in dates)
        key = "legal.timeline.before" if i == 0 else "legal.timeline.until"
        parts.append(phrases(key, name=ms.name(phrases.lang), date=phrases.date(ms.date), k=k, n=n))
        start = ms.date
    if start is not None:
        after = sum(d > start for d in dates)
        if after:
            parts.append(phrases("legal.timeline.after", k=after))
    if use_case:
        parts.append(phrases("legal.timeline.applies", a=len(rules_for(legal, use_case)), n=n))
    return " ".join(parts)
