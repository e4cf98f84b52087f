// Keeps the page of a running scan up to date without reloading it every two seconds. The page works without this
// script (it refreshes itself from a <noscript> meta tag); with it, the bar and the step move in place and the page
// reloads once, when the scan has finished or failed.
(function () {
  "use strict";
  var panel = document.querySelector("[data-scan-poll]");
  if (!panel || !window.fetch) { return; }
  var bar = panel.querySelector("progress");
  var stage = panel.querySelector("[data-scan-stage]");
  var percent = panel.querySelector("[data-scan-percent]");
  function poll() {
    fetch(panel.getAttribute("data-scan-poll"), { headers: { "Accept": "application/json" }, cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (scan) {
        if (!scan) { window.location.reload(); return; }
        if (scan.status === "Done" || scan.status === "Failed") { window.location.reload(); return; }
        if (bar) { bar.value = scan.progress; }
        if (percent) { percent.textContent = scan.progress + "%"; }
        if (stage && scan.stage) { stage.textContent = scan.stage; }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
}());
