// Company directory: the industry-code picker (an ARIA combobox over htmx suggestions) and focus after
// paging. Progressive enhancement only: without this script the code is typed into the text field.
(function () {
  'use strict';

  function picker(input) {
    return input.closest('.picker');
  }

  function options(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    return list ? Array.prototype.slice.call(list.querySelectorAll('[role="option"]')) : [];
  }

  function close(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    if (list) {
      list.hidden = true;
    }
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function activate(input, index) {
    var all = options(input);
    all.forEach(function (option, i) {
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (index >= 0 && all[index]) {
      input.setAttribute('aria-activedescendant', all[index].id);
      all[index].scrollIntoView({ block: 'nearest' });
    }
  }

  function activeIndex(input) {
    var id = input.getAttribute('aria-activedescendant');
    return options(input).findIndex(function (option) { return option.id === id; });
  }

  function choose(input, option) {
    input.value = option.dataset.code;
    var current = document.getElementById(input.id + '-current');
    if (current) {
      current.textContent = picker(input).dataset.chosenPrefix + ' ' + option.textContent.replace(/\s+/g, ' ').trim();
    }
    var status = document.getElementById(input.id + '-status');
    if (status) {
      status.textContent = current ? current.textContent : option.dataset.code;
    }
    close(input);
    input.focus();
  }

  document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.getAttribute('role') !== 'combobox') {
      return;
    }
    var all = options(input);
    var open = input.getAttribute('aria-expanded') === 'true' && all.length > 0;
    var index = activeIndex(input);
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      activate(input, Math.min(index + 1, all.length - 1));
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      activate(input, Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open && index >= 0) {
      event.preventDefault();
      choose(input, all[index]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(input);
    }
  });

  document.addEventListener('click', function (event) {
    var option = event.target.closest && event.target.closest('[role="option"][data-code]');
    if (option) {
      var input = document.querySelector('[aria-controls="' + option.parentElement.id + '"]');
      if (input) {
        choose(input, option);
      }
      return;
    }
    document.querySelectorAll('input[role="combobox"][aria-expanded="true"]').forEach(function (input) {
      if (!picker(input).contains(event.target)) {
        close(input);
      }
    });
  });

  // Filter counts arrive out of band as new options; htmx moves them out of a parsed <select>, which
  // leaves the last one selected, so the choice the server marked is restored here.
  document.addEventListener('htmx:oobAfterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.tagName === 'SELECT') {
      var chosen = target.querySelector('option[selected]');
      target.value = chosen ? chosen.value : '';
    }
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    // an outerHTML swap leaves event.detail.target detached: look the new list up by its id
    var target = event.detail.target && event.detail.target.id ? document.getElementById(event.detail.target.id) : null;
    if (target && target.getAttribute('role') === 'listbox') {
      var input = document.querySelector('[aria-controls="' + target.id + '"]');
      if (input) {
        var found = target.querySelectorAll('[role="option"]').length > 0;
        input.setAttribute('aria-expanded', found ? 'true' : 'false');
        input.removeAttribute('aria-activedescendant');
      }
    }
    // after paging, continue reading at the top of the new page of results
    var trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (trigger && trigger.classList && trigger.classList.contains('pager__link')) {
      var list = document.getElementById('company-list');
      if (list) {
        list.focus();
      }
    }
  });
})();
