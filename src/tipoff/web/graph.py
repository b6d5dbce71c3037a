"""The network graph the network page draws: reports and identifiers as Cytoscape elements.

A network can hold tens of thousands of reports. Drawing more than about 2,000 nodes makes
the page sluggish, so larger networks are capped: the reports with the largest losses are
kept, with the identifiers that join them, and the page says what was left out.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

DEFAULT_MAX_NODES = 2000


@dataclass(frozen=True, slots=True)
class ReportNode:
    id: int
    label: str
    loss_usd: float
    scam_type: str | None


@dataclass(frozen=True, slots=True)
class IndicatorNode:
    id: int
    kind: str
    value: str
    common: bool  # on a warninglist (t.me, a spoofed hotline): shown, never used to link
    hub: bool  # in more reports than its kind's hub threshold: shown, never used to link
    report_count: int  # reports citing it that the viewer may see

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"


@dataclass(slots=True)
class GraphView:
    """Cytoscape elements plus what the page needs to say about them."""

    elements: list[dict[str, object]] = field(default_factory=list)
    total_reports: int = 0
    total_indicators: int = 0
    shown_reports: int = 0
    shown_indicators: int = 0

    @property
    def capped(self) -> bool:
        return (
            self.shown_reports < self.total_reports or self.shown_indicators < self.total_indicators
        )


def _pick_reports(reports: Sequence[ReportNode], budget: int) -> list[ReportNode]:
    ranked = sorted(reports, key=lambda r: (-r.loss_usd, r.id))
    return ranked[:budget]


def _pick_indicators(
    indicators: Sequence[IndicatorNode], degree: Counter[int], budget: int
) -> list[IndicatorNode]:
    # Identifiers that join several kept reports explain the network; leaves come last.
    ranked = sorted(
        (i for i in indicators if degree[i.id] > 0), key=lambda i: (-degree[i.id], i.id)
    )
    return ranked[:budget]


def build_graph(
    reports: Sequence[ReportNode],
    indicators: Sequence[IndicatorNode],
    edges: Sequence[tuple[int, int]],
    max_nodes: int = DEFAULT_MAX_NODES,
) -> GraphView:
    """Elements for a network: ``edges`` are (report id, indicator id) sightings."""
    view = GraphView(total_reports=len(reports), total_indicators=len(indicators))
    kept_reports = list(reports)
    if len(reports) + len(indicators) > max_nodes:
        kept_reports = _pick_reports(reports, max(1, max_nodes // 2))
    kept_ids = {r.id for r in kept_reports}
    degree = Counter(ind for rep, ind in edges if rep in kept_ids)
    kept_indicators = _pick_indicators(indicators, degree, max_nodes - len(kept_reports))
    kept_ind_ids = {i.id for i in kept_indicators}
    view.elements = [_report_element(r) for r in kept_reports]
    view.elements += [_indicator_element(i) for i in kept_indicators]
    view.elements += [
        {"data": {"id": f"e{rep}-{ind}", "source": f"r{rep}", "target": f"i{ind}"}}
        for rep, ind in edges
        if rep in kept_ids and ind in kept_ind_ids
    ]
    view.shown_reports, view.shown_indicators = len(kept_reports), len(kept_indicators)
    return view


def _report_element(report: ReportNode) -> dict[str, object]:
    return {
        "data": {
            "id": f"r{report.id}",
            "label": report.label,
            "type": "report",
            "href": f"/reports/{report.id}",
            "loss": round(report.loss_usd),
            "scam_type": report.scam_type or "",
        },
        "classes": "report",
    }


def _indicator_element(indicator: IndicatorNode) -> dict[str, object]:
    classes = ["indicator", indicator.kind]
    if indicator.common:
        classes.append("common")
    if indicator.hub:
        classes.append("hub")
    return {
        "data": {
            "id": f"i{indicator.id}",
            "label": _short(indicator.value),
            "type": "indicator",
            "kind": indicator.kind,
            "key": indicator.key,
            "href": f"/indicators/{indicator.id}",
            "reports": indicator.report_count,
        },
        "classes": " ".join(classes),
    }


def _short(value: str, limit: int = 28) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


SERVER_LAYOUT_ABOVE = 300  # nodes; Cytoscape's own force layout takes tens of seconds at 1,800
LAYOUT_ITERATIONS = 100  # Fruchterman–Reingold in igraph's C core: ~80 ms for 1,800 nodes


def _data(element: dict[str, object]) -> dict[str, object]:
    """An element's ``data`` object (every element has one)."""
    data = element["data"]
    assert isinstance(data, dict)
    return data


def lay_out(view: GraphView, seed: int = 7) -> bool:
    """Give large graphs positions (igraph Fruchterman–Reingold); small ones lay out in the browser.

    Returns True when positions were set (the page then uses Cytoscape's "preset" layout).
    """
    nodes = [e for e in view.elements if "source" not in _data(e)]
    if len(nodes) <= SERVER_LAYOUT_ABOVE:
        return False
    import igraph  # third-party: loaded on the first large graph only

    index = {str(_data(e)["id"]): i for i, e in enumerate(nodes)}
    # Hubs and warninglisted values never link reports; letting them pull on the layout would
    # squeeze every report into one ball around t.me. They are placed, but do not pull.
    loose = {
        str(_data(e)["id"])
        for e in nodes
        if {"hub", "common"} & set(str(e.get("classes", "")).split())
    }
    edges = [
        (index[str(_data(e)["source"])], index[str(_data(e)["target"])])
        for e in view.elements
        if "source" in _data(e) and str(_data(e)["target"]) not in loose
    ]
    random.seed(
        seed
    )  # igraph draws its start positions from Python's random: same graph, same picture
    layout = igraph.Graph(n=len(nodes), edges=edges).layout_fruchterman_reingold(
        niter=LAYOUT_ITERATIONS
    )
    scale = 20.0  # igraph units to pixels at zoom 1; the page fits the view anyway
    for element, (x, y) in zip(nodes, layout.coords, strict=True):
        element["position"] = {"x": round(x * scale, 1), "y": round(y * scale, 1)}
    return True
