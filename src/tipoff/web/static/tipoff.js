/* tipoff dashboard behaviour: charts and the network graph. Data comes from
   <script type="application/json"> blocks rendered by the server; no inline scripts. */
(function () {
  "use strict";

  function jsonData(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function drawCharts(root) {
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn || typeof Chart === "undefined") return;
      var spec = jsonData(canvas.dataset.chart);
      if (!spec) return;
      canvas.dataset.drawn = "1";
      new Chart(canvas, {
        type: spec.type || "bar",
        data: { labels: spec.labels, datasets: [{ label: spec.label, data: spec.values,
          backgroundColor: "#0b5cad", borderColor: "#0b5cad", pointRadius: 0, fill: false, tension: 0.2 }] },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { legend: { display: false } },
          scales: { x: { ticks: { maxTicksLimit: 12 } }, y: { beginAtZero: true } } }
      });
    });
  }

  var KIND_COLOURS = { phone: "#7a5af8", iban: "#dd2590", bank_account: "#dd2590", bic: "#dd2590",
    wallet: "#f79009", domain: "#12b76a", url: "#12b76a", email: "#0ba5ec", handle: "#667085" };

  function graphStyle(big) {
    // Big graphs: smaller nodes, and labels only once zoomed in far enough to read them.
    var size = big ? 8 : 14, most = big ? 18 : 34;
    var style = [
      { selector: "node", style: { "label": "data(label)", "font-size": 9, "color": "#1d2330",
        "text-valign": "bottom", "text-margin-y": 3, "width": size, "height": size,
        "min-zoomed-font-size": big ? 12 : 7 } },
      { selector: "node.report", style: { "shape": "round-rectangle", "background-color": "#b42318",
        "width": "mapData(loss, 0, 100000, " + size + ", " + most + ")",
        "height": "mapData(loss, 0, 100000, " + size + ", " + most + ")" } },
      { selector: "node.hub", style: { "shape": "star", "width": 2 * size, "height": 2 * size,
        "border-width": 3, "border-color": "#93370d" } },
      { selector: "node.common", style: { "background-color": "#d0d5dd", "border-width": 2,
        "border-style": "dashed", "border-color": "#667085" } },
      { selector: "edge", style: { "width": 1, "line-color": "#b9c2d0", "curve-style": "haystack" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#fca311" } }
    ];
    Object.keys(KIND_COLOURS).forEach(function (kind) {
      style.splice(1, 0, { selector: "node.indicator." + kind, style: { "background-color": KIND_COLOURS[kind] } });
    });
    return style;
  }

  function drawGraph(root) {
    var box = root.querySelector("#graph");
    if (!box || box.dataset.drawn || typeof cytoscape === "undefined") return;
    var elements = jsonData(box.dataset.elements);
    if (!elements) return;
    box.dataset.drawn = "1";
    var started = performance.now();
    var big = elements.length > 1500;
    // Large graphs come with positions computed on the server (igraph); small ones use cose here.
    var placed = elements.length > 0 && elements[0].position !== undefined;
    var layout = placed ? { name: "preset", fit: true, padding: 20 }
      : { name: "cose", animate: false, numIter: 1000, nodeRepulsion: 8000, idealEdgeLength: 40, randomize: true };
    var cy = cytoscape({ container: box, elements: elements, style: graphStyle(placed),
      wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 4, textureOnViewport: big,
      hideEdgesOnViewport: big, layout: layout });
    // Time to a laid-out graph, read by bench/bench_pages.py to show the page stays responsive.
    box.dataset.layoutMs = String(Math.round(performance.now() - started));
    cy.on("tap", "node", function (evt) {
      var href = evt.target.data("href");
      if (href) window.location.href = href;
    });
    box.tipoffGraph = cy;  // lets browser tests find nodes and their screen positions
    document.querySelectorAll("[data-graph-fit]").forEach(function (btn) {
      btn.addEventListener("click", function () { cy.fit(undefined, 20); });
    });
  }

  // "from" / "to" in a network's report table fill the ends of "why linked" (one listener on
  // the document, so rows swapped in by htmx paging work too).
  document.addEventListener("click", function (evt) {
    var button = evt.target.closest ? evt.target.closest("[data-why-pick]") : null;
    if (!button) return;
    var input = document.getElementById("why-" + button.dataset.whyPick);
    if (!input) return;
    input.value = button.dataset.report;
    input.focus();
  });

  function init(root) { drawCharts(root); drawGraph(root); }
  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:afterSwap", function (evt) { init(evt.target); });
})();
