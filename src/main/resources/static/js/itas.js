// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // htmx sends the CSRF token with every state-changing request it makes
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Charts read their data from data-* attributes (no inline scripts under our CSP); the table beside
  // each chart carries the same figures for screen readers.
  function drawCharts(root) {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = 'true';
      new window.Chart(canvas, {
        type: canvas.dataset.chart,
        data: {
          labels: canvas.dataset.labels.split('|'),
          datasets: [{
            label: canvas.dataset.series,
            data: canvas.dataset.values.split('|').map(Number),
            backgroundColor: '#0a4d68'
          }]
        },
        options: { responsive: true, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
    });
  }

  function loadChartLibrary() {
    if (!document.querySelector('canvas[data-chart]')) {
      return;
    }
    var script = document.createElement('script');
    script.src = document.querySelector('meta[name="chart-src"]').content;
    script.onload = function () { drawCharts(document); };
    document.head.appendChild(script);
  }

  document.addEventListener('DOMContentLoaded', loadChartLibrary);
  document.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });
})();
