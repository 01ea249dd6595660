// Training catalogue: keeps the filter selects in step with the counts htmx sends out of band, and moves
// the focus to the results after paging. Progressive enhancement only: without it the form still works.
(function () {
  'use strict';

  // htmx moves out-of-band options into a parsed <select>, which leaves the last one selected, so the
  // choice the server marked is restored here.
  document.addEventListener('htmx:oobAfterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.tagName === 'SELECT') {
      var chosen = target.querySelector('option[selected]');
      target.value = chosen ? chosen.value : '';
    }
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    var trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (trigger && trigger.classList && trigger.classList.contains('pager__link')) {
      var list = document.getElementById('training-results');
      if (list) {
        list.focus();
      }
    }
  });
})();
