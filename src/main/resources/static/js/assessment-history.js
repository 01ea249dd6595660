// Transformationscheck result page: the development per dimension as a line chart. Loaded only on that
// page; Chart.js is fetched from the URL the layout names. The table beside the chart carries the same
// figures for screen readers and for browsers without JavaScript.
(function () {
  'use strict';
  var COLOURS = ['#0a4d68', '#b3410e', '#1d6b33', '#6b2d8b', '#7a5a00', '#4a5360'];

  function draw() {
    var canvas = document.querySelector('canvas[data-assessment-history]');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var labels = canvas.dataset.labels.split('|');
    var names = canvas.dataset.series.split('|');
    var values = canvas.dataset.values.split('|');
    var datasets = names.map(function (name, index) {
      return {
        label: name,
        data: values[index].split(',').map(function (value) { return value === '-' ? null : Number(value); }),
        borderColor: COLOURS[index % COLOURS.length],
        backgroundColor: COLOURS[index % COLOURS.length],
        spanGaps: true,
        tension: 0.2
      };
    });
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: { responsive: true, scales: { y: { min: 0, max: 100 } } }
    });
  }

  function load() {
    if (!document.querySelector('canvas[data-assessment-history]')) {
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
