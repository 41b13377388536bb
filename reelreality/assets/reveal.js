/* The page's first run, shown once it has settled. Streamlit draws a page element by element as the
   script sends them, and a chart, a tab row or a multiselect first appears as a 40 px placeholder
   while its code loads: everything below it then jumped (layout shift 0.1-0.3 on a phone). The
   page document holds this script in its head (reelreality/web); it keeps the main column laid out
   but unpainted (html.rr-wait, app.css) until the first run has finished, no placeholder remains
   and every chart is drawn, then shows it in one step. Later runs (a click, a slider) are not held.
   Safety nets: shown 5 s after the run ended, or 15 s after the page opened, whatever happens. */
(function () {
  var root = document.documentElement, ran = false, poll = null;
  root.classList.add("rr-wait");
  function show() {
    root.classList.remove("rr-wait");
    if (poll) clearInterval(poll);
  }
  function settled() {
    var main = document.querySelector(".stMainBlockContainer");
    if (!main || main.querySelector('[data-testid="stSkeleton"], [data-testid="stSkeletonElement"]')) return false;
    return Array.prototype.every.call(main.querySelectorAll('[data-testid="stPlotlyChart"]'), function (chart) {
      return chart.querySelector(".main-svg");
    });
  }
  setTimeout(show, 15000);
  new MutationObserver(function (records, observer) {
    for (var i = 0; i < records.length; i++) {
      var state = records[i].target.getAttribute("data-test-script-state");
      if (state === "running") ran = true;
      else if (ran && state === "notRunning") {
        observer.disconnect();
        var ended = Date.now();
        poll = setInterval(function () {
          if (settled() || Date.now() - ended > 5000) show();
        }, 25);
        return;
      }
    }
  }).observe(root, { subtree: true, attributes: true, attributeFilter: ["data-test-script-state"] });
})();
