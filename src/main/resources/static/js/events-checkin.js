// Events check-in: on a flaky connection a check-in whose request fails is sent again (a few times, waiting a
// little longer each time). Checking in is idempotent on the server, so a repeated request never counts twice.
// Progressive enhancement only: without this script the form posts as usual.
(function () {
  'use strict';

  var ATTEMPTS = 5;

  function send(form, attempt) {
    var button = form.querySelector('button[type="submit"]');
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', redirect: 'follow' })
      .then(function (response) {
        if (!response.ok && response.status >= 500 && attempt < ATTEMPTS) {
          throw new Error('retry');
        }
        window.location.assign(response.url || form.action);
      })
      .catch(function () {
        if (attempt < ATTEMPTS) {
          window.setTimeout(function () { send(form, attempt + 1); }, 800 * attempt);
        }
        else {
          if (button) {
            button.disabled = false;
          }
          form.submit();
        }
      });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-retry') || !window.fetch) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    if (button) {
      button.disabled = true;
    }
    send(form, 1);
  });
})();
