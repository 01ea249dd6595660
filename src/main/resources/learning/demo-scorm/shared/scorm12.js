/*
 * Finds the SCORM 1.2 runtime object "API" the way the specification describes: up through the parent frames,
 * then in the opener's frames. Self-written for the platform's demo package.
 */
(function (global) {
  "use strict";

  function searchFrames(start) {
    var win = start;
    var hops = 0;
    while (win && hops < 10) {
      try {
        if (win.API) {
          return win.API;
        }
      } catch (e) {
        // a frame of another origin: keep climbing
      }
      if (!win.parent || win.parent === win) {
        break;
      }
      win = win.parent;
      hops++;
    }
    return null;
  }

  function findApi() {
    var api = searchFrames(global);
    if (!api && global.opener) {
      api = searchFrames(global.opener);
    }
    return api;
  }

  var api = null;
  var finished = false;

  global.Lernpaket = {
    start: function () {
      api = findApi();
      if (!api) {
        return false;
      }
      return api.LMSInitialize("") === "true";
    },
    lesen: function (element) {
      return api ? api.LMSGetValue(element) : "";
    },
    setzen: function (element, value) {
      return api ? api.LMSSetValue(element, String(value)) === "true" : false;
    },
    sichern: function () {
      return api ? api.LMSCommit("") === "true" : false;
    },
    beenden: function () {
      if (!api || finished) {
        return;
      }
      finished = true;
      api.LMSFinish("");
    },
    zeitspanne: function (milliseconds) {
      var hundredths = Math.floor(milliseconds / 10);
      var hours = Math.floor(hundredths / 360000);
      var minutes = Math.floor(hundredths / 6000) % 60;
      var seconds = Math.floor(hundredths / 100) % 60;
      var rest = hundredths % 100;
      function pad(n, width) {
        var s = String(n);
        while (s.length < width) {
          s = "0" + s;
        }
        return s;
      }
      return pad(Math.min(hours, 9999), 4) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(rest, 2);
    }
  };
}(window));
