/*
 * ITAS platform, SCORM player page: the platform's end of the narrow bridge to the package frame. The frame is
 * sandboxed (opaque origin), so it reaches this page only by postMessage. Accepted are messages from that frame's
 * window alone, for the current launch, naming one of the run-time calls that change state; they are sent in order
 * to the server (fetch with the CSRF token), which applies the data model's rules and stores them. When the queue
 * is empty the stored values go back to the frame. On pagehide and when the page is hidden what is still queued
 * is sent with keepalive, so closing the tab loses nothing.
 */
(function () {
  'use strict';
  var frame = document.getElementById('scorm-frame');
  if (!frame) {
    return;
  }
  var endpoint = frame.getAttribute('data-calls');
  var launch = frame.getAttribute('data-launch');
  var item = frame.getAttribute('data-item');
  var status = document.getElementById('player-status');
  var csrfHeader = document.querySelector('meta[name="csrf-header"]');
  var csrfToken = document.querySelector('meta[name="csrf-token"]');
  var CALLS = ['LMSInitialize', 'LMSFinish', 'LMSSetValue', 'LMSCommit'];
  var queue = [];
  var inFlight = false;
  var stale = false;

  var headers = function () {
    var result = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (csrfHeader && csrfToken) {
      result[csrfHeader.content] = csrfToken.content;
    }
    return result;
  };

  var body = function (calls) {
    return JSON.stringify({ launch: launch, item: item, calls: calls });
  };

  var show = function (key) {
    if (status) {
      var text = status.getAttribute('data-' + key);
      if (text && status.textContent !== text) {
        status.textContent = text;
      }
    }
  };

  var flush = function () {
    if (inFlight || queue.length === 0 || stale) {
      return;
    }
    var calls = queue;
    queue = [];
    inFlight = true;
    fetch(endpoint, { method: 'POST', headers: headers(), body: body(calls), credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 409) {
          stale = true;
          show('stale');
          return null;
        }
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (outcome) {
        inFlight = false;
        if (!outcome) {
          return;
        }
        show('saved');
        if (queue.length === 0 && frame.contentWindow) {
          frame.contentWindow.postMessage({ itasScormValues: true, launch: launch, values: outcome.values }, '*');
        }
        flush();
      })
      .catch(function () {
        // keep the calls and try again shortly: nothing the learner did is dropped
        inFlight = false;
        queue = calls.concat(queue);
        show('error');
        window.setTimeout(flush, 2000);
      });
  };

  var flushOnLeave = function () {
    if (queue.length === 0 || stale) {
      return;
    }
    var calls = queue;
    queue = [];
    try {
      fetch(endpoint, { method: 'POST', headers: headers(), body: body(calls), credentials: 'same-origin',
        keepalive: true });
    } catch (e) {
      queue = calls.concat(queue);
    }
  };

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) {
      return; // only the package frame may talk to the player, and nothing else may pose as it
    }
    var data = event.data;
    if (!data || data.itasScorm !== true || data.launch !== launch || CALLS.indexOf(data.fn) < 0
        || !Array.isArray(data.args) || data.args.length > 2) {
      return;
    }
    var args = data.args.map(function (value) { return value === null || value === undefined ? '' : String(value); });
    queue.push({ fn: data.fn, args: args });
    show('saving');
    flush();
  });

  window.addEventListener('pagehide', flushOnLeave);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      flushOnLeave();
    }
  });
})();
