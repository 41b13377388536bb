"""What the legal tab shows for one use case, and the two legal figures (slides draw them too)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.legal import charts, logic, sentences, tables
from reelreality.legal.logic import Tally
from reelreality.legal.model import LegalQuote, Need, UseCase
from reelreality.style import Block, Chart


@dataclass(frozen=True)
class LegalBlocks:
    """The legal tab's two charts for the chosen use case."""

    matrix: Block  # every use × every group, the chosen use framed
    timeline: Block  # the rules and lawsuits, those behind the chosen use filled


@dataclass(frozen=True)
class Badge:
    label: str
    colour: str  # a Streamlit badge colour
    help: str


@dataclass(frozen=True)
class NeedCard:
    """What one group is owed for the chosen use, in the reader's language."""

    who: str
    requirement: Badge
    rationale: str
    rules: list[str]  # short names of the rules behind it
    sources: list[str]


@dataclass(frozen=True)
class RuleCard:
    """A rule, report or lawsuit behind the chosen use, in the reader's language."""

    when: str
    title: str
    kind: str
    jurisdiction: str
    summary: str
    status: str
    sources: list[str]
    corrected: list[str]


@dataclass(frozen=True)
class UseCaseView:
    """Everything the legal tab shows about one use case besides its two charts."""

    use: UseCase
    tally: Tally
    why: list[str]  # the plain-language summary, one sentence per item
    quotes: list[LegalQuote]
    needs: list[NeedCard]  # those who must agree, be paid or whose position is unsettled, most demanding first
    no_say: list[NeedCard]  # those with no say reported
    no_say_badge: Badge
    rules: list[RuleCard]  # oldest first


def use_case_view(content: Content, lang: str, use_id: str) -> UseCaseView:
    """The summary, the groups and the rules of one use case, with every label resolved."""
    legal = content.legal
    phrases = content.phrases(lang)
    badges = {d.id: Badge(d.label(lang), d.badge, d.description(lang)) for d in legal.requirements}
    who = {s.id: s.label(lang) for s in legal.stakeholders}
    rule_names = {r.id: r.short(lang) for r in legal.rules}
    kinds = {k.id: k.label(lang) for k in legal.rule_kinds}

    def card(need: Need) -> NeedCard:
        return NeedCard(
            who=who[need.stakeholder],
            requirement=badges[need.requirement],
            rationale=need.rationale(lang),
            rules=[rule_names[r] for r in need.rules],
            sources=list(need.sources),
        )

    needs = logic.needs_for(legal, use_id)
    return UseCaseView(
        use=next(u for u in legal.use_cases if u.id == use_id),
        tally=logic.tally(legal, use_id),
        why=sentences.why_hard(legal, use_id, phrases),
        quotes=logic.quotes_for(legal, use_id),
        needs=[card(n) for n in needs if n.requirement != "none"],
        no_say=[card(n) for n in needs if n.requirement == "none"],
        no_say_badge=badges["none"],
        rules=[
            RuleCard(
                when=phrases.date(r.date, r.date_precision),
                title=r.title(lang),
                kind=kinds[r.kind],
                jurisdiction=r.jurisdiction(lang),
                summary=r.summary(lang),
                status=r.status,
                sources=list(r.sources),
                corrected=list(r.corrected),
            )
            for r in logic.rules_for(legal, use_id)
        ],
    )


def _matrix(content: Content, lang: str, frame: pd.DataFrame, highlight: str | None = None) -> go.Figure:
    legal = content.legal
    return charts.legal_matrix(
        frame,
        [(s.id, s.label(lang)) for s in legal.stakeholders],
        [(u.id, u.short(lang)) for u in legal.use_cases],
        [(d.id, d.label(lang), d.short(lang), d.colour) for d in legal.requirements],
        highlight=highlight,
        rules_label=content.phrases(lang)("legal.hover.rules"),
    )


def _timeline(content: Content, lang: str, frame: pd.DataFrame) -> go.Figure:
    legal = content.legal
    return charts.legal_timeline(
        frame,
        [(k.id, k.label(lang), k.colour) for k in legal.rule_kinds],
        tables.milestone_marks(legal, lang),
        content.phrases(lang).months(),
    )


def legal_matrix_figure(content: Content, lang: str) -> Chart:
    """The heat matrix of every use case and group, with its message (slide figure 'legal.matrix')."""
    fig = _matrix(content, lang, tables.matrix_frame(content.legal, lang))
    return Chart(fig, sentences.matrix_caption(content.legal, content.phrases(lang)))


def legal_timeline_figure(content: Content, lang: str) -> Chart:
    """The rules and lawsuits on a time axis, with its message (slide figure 'legal.timeline')."""
    phrases = content.phrases(lang)
    fig = _timeline(content, lang, tables.timeline_frame(content.legal, phrases, content.source_map))
    return Chart(fig, sentences.timeline_caption(content.legal, phrases))


def legal_blocks(content: Content, lang: str, use_id: str) -> LegalBlocks:
    """The legal tab's two chart blocks for one use case: the matrix (that use case framed) and the rules
    and lawsuits timeline (the rules that apply to it filled), each with its caption and data table."""
    legal = content.legal
    phrases = content.phrases(lang)
    cells = tables.matrix_frame(legal, lang)
    rules = tables.timeline_frame(legal, phrases, content.source_map, use_id)
    statuses = content.method.status_labels(lang)
    return LegalBlocks(
        matrix=Block(
            _matrix(content, lang, cells, highlight=use_id),
            sentences.matrix_caption(legal, phrases),
            tables.matrix_table(cells, phrases),
            "legal-matrix.csv",
        ),
        timeline=Block(
            _timeline(content, lang, rules),
            sentences.timeline_caption(legal, phrases, use_id),
            tables.timeline_table(rules, phrases, statuses),
            "legal-timeline.csv",
        ),
    )
