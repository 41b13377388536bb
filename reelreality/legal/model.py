"""The legal explorer's content (content/legal.yaml): requirements, stakeholders, use cases, rules and the mapping."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from reelreality.core.errors import raise_at
from reelreality.core.models import EventType, HexColour, Quote, Slug, Sourced, SourceId, Statement, Strict, Text

Requirement = Literal["consent", "payment", "both", "none", "unclear"]
"""What a stakeholder is owed before a use, in our editorial reading of the rules.

consent: they must agree; payment: they must be paid; both; none: no rule or report read gives
them a say or a payment; unclear: the rules are unsettled or untested."""


class RequirementDef(Strict):
    id: Requirement
    label: Text
    short: Text = Field(description="A word or two, printed in the cells of the heat matrix.")
    description: Text
    colour: HexColour
    badge: Literal["red", "orange", "yellow", "blue", "green", "violet", "gray", "primary"] = Field(
        description="Colour of the Streamlit badge showing this requirement."
    )


class Stakeholder(Strict):
    id: Slug
    label: Text = Field(description="Capitalised, for cards and chart axes.")
    name: Text = Field(description="Lower case, as it reads inside a sentence.")
    description: Text


class UseCase(Sourced):
    """A use of a studio model, with who proposed or reported it."""

    id: Slug
    label: Text
    short: Text = Field(description="Short label for the picker, the URL and chart axes.")
    description: Text


class LegalRule(Sourced):
    """A contract, law, official report, lawsuit or press report that bears on the uses."""

    id: Slug
    kind: Slug = Field(description="An id from rule_kinds.")
    date: dt.date
    date_precision: Literal["day", "month"] = "day"
    jurisdiction: Text
    title: Text
    short: Text = Field(description="A few words, for chart rows and lists of rules.")
    summary: Text = Field(description="What it says, in plain language.")


class Milestone(Sourced):
    """A moment of the Lionsgate story drawn on the rules timeline for context."""

    id: Slug
    date: dt.date
    label: Text = Field(description="Capitalised, printed on the chart.")
    name: Text = Field(description="Lower case, as it reads inside a sentence.")


class LegalQuote(Quote):
    use_cases: list[Slug] = Field(default_factory=list, description="Use cases it is shown with; empty means all.")


class Need(Strict):
    """One cell of the mapping: what one stakeholder is owed for one use case (editorial)."""

    stakeholder: Slug
    requirement: Requirement
    rules: list[Slug] = Field(default_factory=list, description="Ids from rules behind this requirement.")
    sources: list[SourceId] = Field(
        default_factory=list, description="Reporting behind the rationale besides the rules."
    )
    rationale: Text


class NeedRow(Strict):
    use_case: Slug
    needs: list[Need] = Field(min_length=1)


class LegalFile(Strict):
    lede: Statement
    requirements: list[RequirementDef] = Field(description="The requirement scale, in display order.")
    rule_kinds: list[EventType] = Field(min_length=1)
    stakeholders: list[Stakeholder] = Field(min_length=1)
    use_cases: list[UseCase] = Field(min_length=1)
    rules: list[LegalRule] = Field(min_length=1)
    milestones: list[Milestone] = Field(default_factory=list)
    quotes: list[LegalQuote] = Field(default_factory=list)
    mapping: list[NeedRow] = Field(min_length=1, description="One row per use case, one need per stakeholder.")

    @model_validator(mode="after")
    def _references(self) -> LegalFile:
        problems: list[tuple[tuple, str, object]] = []

        def known(ids: list[str]) -> str:
            return ", ".join(ids)

        missing = [r for r in Requirement.__args__ if r not in {d.id for d in self.requirements}]
        if missing:
            problems.append(
                (("requirements",), f"the scale must define every requirement; missing {known(missing)}", missing)
            )
        kinds = [k.id for k in self.rule_kinds]
        for i, rule in enumerate(self.rules):
            if rule.kind not in kinds:
                problems.append(
                    (("rules", i, "kind"), f"unknown rule kind '{rule.kind}' (known: {known(kinds)})", rule.kind)
                )
        uses = [u.id for u in self.use_cases]
        people = [s.id for s in self.stakeholders]
        rules = [r.id for r in self.rules]
        seen_uses: set[str] = set()
        for i, row in enumerate(self.mapping):
            if row.use_case not in uses:
                problems.append(
                    (
                        ("mapping", i, "use_case"),
                        f"unknown use case '{row.use_case}' (known: {known(uses)})",
                        row.use_case,
                    )
                )
            elif row.use_case in seen_uses:
                problems.append(
                    (("mapping", i, "use_case"), f"use case '{row.use_case}' is mapped twice", row.use_case)
                )
            seen_uses.add(row.use_case)
            seen: set[str] = set()
            for j, need in enumerate(row.needs):
                where = ("mapping", i, "needs", j)
                if need.stakeholder not in people:
                    problems.append(
                        (
                            where + ("stakeholder",),
                            f"unknown stakeholder '{need.stakeholder}' (known: {known(people)})",
                            need.stakeholder,
                        )
                    )
                elif need.stakeholder in seen:
                    problems.append(
                        (
                            where + ("stakeholder",),
                            f"stakeholder '{need.stakeholder}' appears twice in use case '{row.use_case}'",
                            need.stakeholder,
                        )
                    )
                seen.add(need.stakeholder)
                for k, rid in enumerate(need.rules):
                    if rid not in rules:
                        problems.append((where + ("rules", k), f"unknown rule '{rid}' (known: {known(rules)})", rid))
                if need.requirement != "none" and not need.rules and not need.sources:
                    problems.append(
                        (
                            where + ("rules",),
                            f"requirement '{need.requirement}' needs at least one rule or source behind it",
                            need.rules,
                        )
                    )
            left_out = [p for p in people if p not in seen]
            if left_out:
                problems.append(
                    (
                        ("mapping", i, "needs"),
                        f"use case '{row.use_case}' leaves out stakeholder(s) {known(left_out)}",
                        left_out,
                    )
                )
        for u in uses:
            if u not in seen_uses:
                problems.append((("mapping",), f"use case '{u}' has no row", u))
        for i, quote in enumerate(self.quotes):
            for k, uid in enumerate(quote.use_cases):
                if uid not in uses:
                    problems.append(
                        (("quotes", i, "use_cases", k), f"unknown use case '{uid}' (known: {known(uses)})", uid)
                    )
        raise_at("LegalFile", problems)
        return self
