// "Mein Weg": the occupation combobox (ARIA 1.2 pattern) and the skill-list filter. Progressive
// enhancement only: without this script the forms still work.
(function () {
  'use strict';

  function setupCombobox(box) {
    var input = box.querySelector('[role="combobox"]');
    var list = box.querySelector('[role="listbox"]');
    var status = box.querySelector('[role="status"]');
    var active = -1;

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('[role="option"]:not([aria-disabled="true"])'));
    }
    function open(show) {
      list.hidden = !show;
      input.setAttribute('aria-expanded', show ? 'true' : 'false');
      if (!show) {
        input.removeAttribute('aria-activedescendant');
        active = -1;
      }
    }
    function highlight(index) {
      var all = options();
      all.forEach(function (option, i) { option.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0 && all[index]) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      }
    }
    function choose(option) {
      var target = box.getAttribute('data-target');
      input.value = option.getAttribute('data-label');
      open(false);
      var form = input.form;
      var params = new URLSearchParams();
      if (form) {
        form.querySelectorAll('input[type="hidden"][name="von"]').forEach(function (hidden) { params.append('von', hidden.value); });
      }
      params.append('von', option.getAttribute('data-uri'));
      window.location.assign(target + '?' + params.toString());
    }

    list.addEventListener('htmx:afterSwap', function () {
      var count = options().length;
      open(list.children.length > 0 && input.value.trim() !== '');
      highlight(-1);
      if (status) {
        status.textContent = count + ' ' + (document.documentElement.lang === 'en' ? 'suggestions' : 'Vorschläge');
      }
    });
    input.addEventListener('keydown', function (event) {
      var all = options();
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden && all.length) { open(true); }
        highlight(Math.min(active + 1, all.length - 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && active >= 0 && all[active] && !list.hidden) {
        event.preventDefault();
        choose(all[active]);
      } else if (event.key === 'Escape') {
        open(false);
      }
    });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role="option"]');
      if (option && option.getAttribute('aria-disabled') !== 'true') {
        choose(option);
      }
    });
    input.addEventListener('blur', function () { window.setTimeout(function () { open(false); }, 200); });
  }

  function setupFilter(root) {
    var field = root.querySelector('[data-skill-filter]');
    if (!field || field.dataset.ready) { return; }
    field.dataset.ready = 'true';
    field.hidden = false;
    var input = field.querySelector('input');
    var status = root.querySelector('[data-skill-filter-status]');
    input.addEventListener('input', function () {
      var text = input.value.trim().toLowerCase();
      var shown = 0;
      root.querySelectorAll('.checklist li').forEach(function (item) {
        item.hidden = text !== '' && item.textContent.toLowerCase().indexOf(text) < 0;
        if (!item.hidden) { shown++; }
      });
      // a heading of the skill hierarchy whose skills are all filtered out disappears with them
      root.querySelectorAll('[data-skill-group]').forEach(function (group) {
        group.hidden = group.querySelector('.checklist li:not([hidden])') === null;
      });
      if (status && status.getAttribute('data-pattern')) {
        status.textContent = text === '' ? '' : status.getAttribute('data-pattern').replace('{0}', String(shown));
      }
    });
  }

  function init(root) {
    root.querySelectorAll('[data-combobox]').forEach(function (box) {
      if (!box.dataset.ready) { box.dataset.ready = 'true'; setupCombobox(box); }
    });
    setupFilter(root);
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSettle', function () { setupFilter(document); });
})();
