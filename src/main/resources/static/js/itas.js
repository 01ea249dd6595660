// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // On a phone the main navigation folds behind its menu button (the CSS hides the list only while the button
  // says it is collapsed, and shows the button only on narrow screens).
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('.main-nav__toggle');
    if (!toggle) {
      return;
    }
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      toggle.setAttribute('aria-expanded', toggle.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
    });
  });

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
      if (canvas.dataset.stacked === 'true') {
        drawStacked(canvas);
        return;
      }
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

  // Stacked horizontal bars (data-stacked="true"): data-series names the stacks ("a|b"), data-values holds
  // one list per stack separated by ";" ("1|2;3|4"), an empty value is drawn as no bar
  var STACK_COLOURS = ['#0a4d68', '#088395', '#05bfdb', '#7fb77e', '#f0a500', '#c84b31', '#6c4ab6'];
  function drawStacked(canvas) {
    var series = canvas.dataset.series.split('|');
    new window.Chart(canvas, {
      type: canvas.dataset.chart,
      data: {
        labels: canvas.dataset.labels.split('|'),
        datasets: canvas.dataset.values.split(';').map(function (values, index) {
          return {
            label: series[index],
            data: values.split('|').map(function (value) { return value === '' ? null : Number(value); }),
            backgroundColor: STACK_COLOURS[index % STACK_COLOURS.length]
          };
        })
      },
      options: { responsive: true, indexAxis: 'y',
        scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } }
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

  // Filters folded for phones (details[data-open-wide]) start open where the screen has room for them
  document.addEventListener('DOMContentLoaded', function () {
    if (window.matchMedia('(min-width: 48em)').matches) {
      document.querySelectorAll('details[data-open-wide]').forEach(function (details) { details.open = true; });
    }
  });
  document.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });
})();

// Suggestions of the header's search box: the arrow keys move between the box and the suggestion links,
// Escape closes them, and they close when the focus leaves the search form. Without this script the links
// are reached with Tab; without JavaScript at all there are no suggestions and the form simply submits.
(function () {
  'use strict';
  function links(form) {
    return Array.prototype.slice.call(form.querySelectorAll('.site-search__suggestions a'));
  }
  function close(form) {
    var box = form.querySelector('.site-search__suggestions');
    var status = form.querySelector('#site-search-status');
    if (box) { box.innerHTML = ''; }
    if (status) { status.textContent = ''; }
  }
  document.addEventListener('keydown', function (event) {
    var form = event.target.closest && event.target.closest('.site-search');
    if (!form) {
      return;
    }
    var input = form.querySelector('.site-search__input');
    var all = links(form);
    var at = all.indexOf(event.target);
    if (event.key === 'Escape' && all.length) {
      close(form);
      input.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowDown' && all.length) {
      all[Math.min(at + 1, all.length - 1)].focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : all[at - 1]).focus();
      event.preventDefault();
    }
  });
  // Some browsers do not focus a link on click, so only a focus or a click elsewhere closes them.
  document.addEventListener('focusout', function (event) {
    var form = event.target.closest && event.target.closest('.site-search');
    if (form && event.relatedTarget && !form.contains(event.relatedTarget)) {
      close(form);
    }
  });
  document.addEventListener('click', function (event) {
    document.querySelectorAll('.site-search').forEach(function (form) {
      if (!form.contains(event.target)) {
        close(form);
      }
    });
  });
})();
