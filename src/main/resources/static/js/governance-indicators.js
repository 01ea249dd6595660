// Indicator dashboard: draws each canvas[data-indicator-chart] with Chart.js from the JSON in its data-chart
// attribute ({type, labels, datasets: [{label, data, type?}], horizontal}). Chart.js is fetched from the URL the
// layout names, only on pages with a chart. The table beside every chart carries the same figures for screen
// readers and for browsers without JavaScript; a value hidden by the small-number rule is null (no bar).
(function () {
  'use strict';
  var COLOURS = ['#0a4d68', '#b3410e', '#1d6b33', '#6b2d8b', '#7a5a00', '#4a5360'];

  function draw() {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-indicator-chart]').forEach(function (canvas) {
      var chart;
      try {
        chart = JSON.parse(canvas.dataset.chart);
      } catch (e) {
        return;
      }
      var datasets = chart.datasets.map(function (series, index) {
        var colour = COLOURS[index % COLOURS.length];
        var set = {
          label: series.label,
          data: series.data,
          borderColor: colour,
          backgroundColor: colour,
          spanGaps: true,
          tension: 0.2
        };
        if (series.type) {
          set.type = series.type;
          set.backgroundColor = 'transparent';
          set.borderDash = [6, 4];
          set.pointRadius = 6;
          set.pointStyle = 'rectRot';
        }
        return set;
      });
      new window.Chart(canvas, {
        type: chart.type,
        data: { labels: chart.labels, datasets: datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: chart.horizontal ? 'y' : 'x',
          scales: chart.horizontal ? { x: { beginAtZero: true } } : { y: { beginAtZero: true } }
        }
      });
    });
  }

  function load() {
    if (!document.querySelector('canvas[data-indicator-chart]')) {
      return;
    }
    if (typeof window.Chart !== 'undefined') {
      draw();
      return;
    }
    var script = document.createElement('script');
    script.src = document.querySelector('meta[name="chart-src"]').content;
    script.onload = draw;
    document.head.appendChild(script);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', load);
  } else {
    load();
  }
})();
