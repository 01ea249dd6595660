/*
 * ITAS platform, SCORM player: injected into every page of a package except the launched one. The sandbox gives
 * each of the package's frames its own opaque origin, so a page calling a function of its parent frame (as the
 * launch page of many packages expects: parent.RecordTest(score)) would fail. This replaces window.parent with a
 * stand-in that forwards such calls to the real parent frame by postMessage; the parent's injected script runs them
 * when the message comes from one of its own child frames. The run-time API is not reachable through the stand-in:
 * content finds it in the launched page, where api.js defines it.
 */
(function () {
  'use strict';
  var ownFrames = function (source) {
    for (var i = 0; i < window.frames.length; i++) {
      if (window.frames[i] === source) {
        return true;
      }
    }
    return false;
  };
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data.itasFrameCall !== 'string' || !ownFrames(event.source)) {
      return;
    }
    var target = window[data.itasFrameCall];
    if (typeof target === 'function' && Array.isArray(data.args)) {
      target.apply(window, data.args);
    }
  });
  var real = window.parent;
  if (!real || real === window) {
    return;
  }
  try {
    void real.document;
    return; // the parent is reachable (no sandbox): nothing to stand in for
  } catch (e) {
    // cross-origin: stand in
  }
  var standIn = new Proxy({}, {
    get: function (target, name) {
      if (typeof name !== 'string' || name === 'API' || name === 'API_1484_11' || name === 'then') {
        return undefined;
      }
      if (name === 'parent' || name === 'top') {
        return standIn;
      }
      if (name === 'postMessage') {
        return function (message, origin) { real.postMessage(message, origin); };
      }
      return function () {
        var args = Array.prototype.slice.call(arguments).map(function (value) {
          return value === undefined || value === null || typeof value === 'object' ? String(value) : value;
        });
        real.postMessage({ itasFrameCall: name, args: args }, '*');
      };
    }
  });
  try {
    window.parent = standIn;
  } catch (e) {
    // a browser that does not let parent be replaced keeps the plain behaviour
  }
})();
