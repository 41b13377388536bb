"""Who must agree to each use of a studio model: the mapping's rows, counts, rules and ranking."""

from __future__ import annotations

from dataclasses import dataclass

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
    """The mapping row of one use case; KeyError for an unknown one."""
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
    """The quotes shown with a use case: those tagged with it and those tagged with none."""
    return [q for q in legal.quotes if not q.use_cases or use_case in q.use_cases]


def rank(legal: LegalFile) -> list[tuple[str, Tally]]:
    """Use cases from most to least demanding: most consents, then most unsettled, then most payments."""
    tallies = [(u.id, tally(legal, u.id)) for u in legal.use_cases]
    return sorted(tallies, key=lambda item: (-item[1].consent, -item[1].unclear, -item[1].payment))
