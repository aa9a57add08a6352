// Draws every chart on the page from its JSON block. The content security policy
// forbids inline scripts, so the figures travel as data and this file does the drawing.
"use strict";

(function () {
  var config = {
    responsive: true,
    displaylogo: false,
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
    toImageButtonOptions: { format: "png", scale: 2 }
  };

  function draw(target) {
    var source = document.getElementById(target.getAttribute("data-figure"));
    if (!source || typeof window.Plotly === "undefined") {
      return;
    }
    var figure = JSON.parse(source.textContent);
    window.Plotly.newPlot(target, figure.data, figure.layout, config).then(function () {
      target.setAttribute("data-drawn", "true");
    });
  }

  function start() {
    var targets = document.querySelectorAll("[data-figure]");
    for (var i = 0; i < targets.length; i += 1) {
      draw(targets[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
