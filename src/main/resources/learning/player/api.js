/*
 * ITAS platform, SCORM 1.2 run-time API in the launched page of a package (prefixed by the server with
 * var ITAS_SCORM = {launch, platformOrigin, values}). The page runs in a sandboxed frame with an opaque origin, so
 * it cannot reach the platform's API object in the parent page: the object is defined here, in the page itself,
 * where the content's standard search finds it first. LMSGetValue must answer at once, so the learner's readable
 * values come embedded; sets are checked here as the data model does and mirrored, and every changing call goes to
 * the platform page by postMessage, which stores it on the server where the data model's rules are applied for
 * good. The platform page answers with the stored values, which replace the mirror.
 */
(function () {
  'use strict';
  var settings = window.ITAS_SCORM || { values: {} };
  var values = settings.values || {};
  var state = 'not-initialized';
  var lastError = '0';
  var diagnostic = '';
  var TEXTS = {
    '0': 'No error', '101': 'General exception', '201': 'Invalid argument error',
    '202': 'Element cannot have children', '203': 'Element not an array - cannot have count',
    '301': 'Not initialized', '401': 'Not implemented error', '402': 'Invalid set value, element is a keyword',
    '403': 'Element is read only', '404': 'Element is write only', '405': 'Incorrect Data Type'
  };
  var decimal = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
  var str = function (max) { return function (v) { return v.length <= max; }; };
  var oneOf = function (list) { return function (v) { return list.indexOf(v) >= 0; }; };
  var score = function (v) { return v === '' || (decimal.test(v) && +v >= 0 && +v <= 100); };
  var integer = function (min, max) {
    return function (v) { return /^[-+]?\d+$/.test(v) && +v >= min && +v <= max; };
  };
  var identifier = function (v) { return /^\S{1,255}$/.test(v); };
  var timespan = function (v) { return /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v); };
  var time = function (v) { return /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(v); };
  var STATUS = ['passed', 'completed', 'failed', 'incomplete', 'browsed'];
  var OBJECTIVE_STATUS = STATUS.concat(['not attempted']);
  var RESULTS = ['correct', 'wrong', 'unanticipated', 'neutral'];
  var TYPES = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];
  /* writable elements (indices as n) with their check; w: write only */
  var WRITABLE = {
    'cmi.core.lesson_location': { check: str(255) },
    'cmi.core.lesson_status': { check: oneOf(STATUS) },
    'cmi.core.score.raw': { check: score },
    'cmi.core.score.min': { check: score },
    'cmi.core.score.max': { check: score },
    'cmi.core.exit': { check: oneOf(['time-out', 'suspend', 'logout', '']), w: true },
    'cmi.core.session_time': { check: timespan, w: true },
    'cmi.suspend_data': { check: str(64000) },
    'cmi.comments': { check: str(4096) },
    'cmi.objectives.n.id': { check: identifier },
    'cmi.objectives.n.score.raw': { check: score },
    'cmi.objectives.n.score.min': { check: score },
    'cmi.objectives.n.score.max': { check: score },
    'cmi.objectives.n.status': { check: oneOf(OBJECTIVE_STATUS) },
    'cmi.student_preference.audio': { check: integer(-1, 100) },
    'cmi.student_preference.language': { check: str(255) },
    'cmi.student_preference.speed': { check: integer(-100, 100) },
    'cmi.student_preference.text': { check: integer(-1, 1) },
    'cmi.interactions.n.id': { check: identifier, w: true },
    'cmi.interactions.n.objectives.n.id': { check: identifier, w: true },
    'cmi.interactions.n.time': { check: time, w: true },
    'cmi.interactions.n.type': { check: oneOf(TYPES), w: true },
    'cmi.interactions.n.correct_responses.n.pattern': { check: str(255), w: true },
    'cmi.interactions.n.weighting': { check: function (v) { return decimal.test(v); }, w: true },
    'cmi.interactions.n.student_response': { check: str(255), w: true },
    'cmi.interactions.n.result': { check: function (v) { return RESULTS.indexOf(v) >= 0 || decimal.test(v); }, w: true },
    'cmi.interactions.n.latency': { check: timespan, w: true }
  };
  var READ_ONLY = ['cmi._version', 'cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.credit', 'cmi.core.entry',
    'cmi.core.total_time', 'cmi.core.lesson_mode', 'cmi.launch_data', 'cmi.comments_from_lms',
    'cmi.student_data.mastery_score', 'cmi.student_data.max_time_allowed', 'cmi.student_data.time_limit_action'];
  var GROUPS = ['cmi.core', 'cmi.core.score', 'cmi.objectives', 'cmi.objectives.n', 'cmi.objectives.n.score',
    'cmi.student_data', 'cmi.student_preference', 'cmi.interactions', 'cmi.interactions.n',
    'cmi.interactions.n.objectives', 'cmi.interactions.n.correct_responses'];
  var ARRAYS = ['cmi.objectives', 'cmi.interactions', 'cmi.interactions.n.objectives',
    'cmi.interactions.n.correct_responses'];
  var canonical = function (element) { return element.replace(/\.\d+(?=\.|$)/g, '.n'); };

  var ok = function (value) { lastError = '0'; diagnostic = ''; return value; };
  var fail = function (code, detail, value) { lastError = code; diagnostic = detail; return value; };

  var send = function (fn, args) {
    try {
      window.parent.postMessage({ itasScorm: true, launch: settings.launch, fn: fn, args: args },
        settings.platformOrigin || '*');
    } catch (e) {
      // no player around (the page opened on its own): the calls are answered but not stored
    }
  };

  var count = function (name) { return parseInt(values[name] || '0', 10) || 0; };

  /* checks the indices of an array element; grows the mirrored count by one where the content appends */
  var indicesValid = function (element) {
    var parts = element.split('.');
    var prefix = '';
    for (var i = 0; i < parts.length; i++) {
      if (/^\d+$/.test(parts[i])) {
        var index = parseInt(parts[i], 10);
        var counter = prefix + '._count';
        var known = count(counter);
        if (index > known) {
          return false;
        }
      }
      prefix = prefix ? prefix + '.' + parts[i] : parts[i];
    }
    return true;
  };
  var grow = function (element) {
    var parts = element.split('.');
    var prefix = '';
    for (var i = 0; i < parts.length; i++) {
      if (/^\d+$/.test(parts[i])) {
        var index = parseInt(parts[i], 10);
        var counter = prefix + '._count';
        if (index === count(counter)) {
          values[counter] = String(index + 1);
          if (counter === 'cmi.objectives._count') {
            values['cmi.objectives.' + index + '.score._children'] = 'raw,min,max';
            values['cmi.objectives.' + index + '.status'] = 'not attempted';
          }
          if (counter === 'cmi.interactions._count') {
            values['cmi.interactions.' + index + '.objectives._count'] = '0';
            values['cmi.interactions.' + index + '.correct_responses._count'] = '0';
          }
        }
      }
      prefix = prefix ? prefix + '.' + parts[i] : parts[i];
    }
  };

  var API = {
    LMSInitialize: function (parameter) {
      if (parameter !== '' && parameter !== undefined && parameter !== null) {
        return fail('201', 'LMSInitialize takes an empty string.', 'false');
      }
      if (state !== 'not-initialized') {
        return fail('101', 'The session is already initialized or finished.', 'false');
      }
      state = 'running';
      send('LMSInitialize', ['']);
      return ok('true');
    },
    LMSFinish: function (parameter) {
      if (parameter !== '' && parameter !== undefined && parameter !== null) {
        return fail('201', 'LMSFinish takes an empty string.', 'false');
      }
      if (state !== 'running') {
        return fail('301', 'LMSFinish before LMSInitialize or after LMSFinish.', 'false');
      }
      state = 'finished';
      send('LMSFinish', ['']);
      return ok('true');
    },
    LMSGetValue: function (element) {
      element = element === undefined || element === null ? '' : String(element);
      if (state !== 'running') {
        return fail('301', 'LMSGetValue outside a running session.', '');
      }
      if (Object.prototype.hasOwnProperty.call(values, element)) {
        return ok(values[element]);
      }
      var name = canonical(element);
      if (element === '') {
        return fail('201', 'No element named.', '');
      }
      if (WRITABLE[name] && WRITABLE[name].w) {
        return fail('404', element + ' is write only.', '');
      }
      if (/\._children$/.test(name) && GROUPS.indexOf(name.slice(0, -10)) < 0) {
        return fail('202', element + ' has no children.', '');
      }
      if (/\._count$/.test(name) && ARRAYS.indexOf(name.slice(0, -7)) < 0) {
        return fail('203', element + ' is not an array.', '');
      }
      if (WRITABLE[name]) {
        return fail('201', element + ' does not exist yet.', '');
      }
      return fail('401', element + ' is not part of the SCORM 1.2 data model.', '');
    },
    LMSSetValue: function (element, value) {
      element = element === undefined || element === null ? '' : String(element);
      value = value === undefined || value === null ? '' : String(value);
      if (state !== 'running') {
        return fail('301', 'LMSSetValue outside a running session.', 'false');
      }
      var name = canonical(element);
      if (/\._(children|count|version)$/.test(name)) {
        return fail('402', element + ' is a keyword.', 'false');
      }
      if (READ_ONLY.indexOf(name) >= 0) {
        return fail('403', element + ' is read only.', 'false');
      }
      var rule = WRITABLE[name];
      if (!rule) {
        return fail(GROUPS.indexOf(name) >= 0 ? '201' : '401', element + ' cannot be set.', 'false');
      }
      if (!indicesValid(element)) {
        return fail('201', element + ': index beyond the next free one.', 'false');
      }
      if (!rule.check(value)) {
        return fail('405', value + ' is not a valid value of ' + element + '.', 'false');
      }
      grow(element);
      send('LMSSetValue', [element, value]);
      if (element === 'cmi.core.lesson_status') {
        var current = values['cmi.core.lesson_status'];
        var done = current === 'passed' || current === 'completed';
        if ((done && (value === 'incomplete' || value === 'browsed'))
          || (value === 'completed' && (current === 'passed' || current === 'failed'))) {
          return ok('true'); // the status never drops; the server keeps it the same way
        }
      }
      if (!rule.w) {
        values[element] = value;
      }
      return ok('true');
    },
    LMSCommit: function (parameter) {
      if (parameter !== '' && parameter !== undefined && parameter !== null) {
        return fail('201', 'LMSCommit takes an empty string.', 'false');
      }
      if (state !== 'running') {
        return fail('301', 'LMSCommit outside a running session.', 'false');
      }
      send('LMSCommit', ['']);
      return ok('true');
    },
    LMSGetLastError: function () {
      return lastError;
    },
    LMSGetErrorString: function (code) {
      return TEXTS[String(code === undefined || code === null ? '' : code).trim()] || '';
    },
    LMSGetDiagnostic: function (code) {
      code = code === undefined || code === null ? '' : String(code).trim();
      if (code === '' || code === lastError) {
        return diagnostic || TEXTS[lastError] || '';
      }
      return TEXTS[code] || '';
    }
  };

  // not writable: content that declares its own global API variable (var API = null) must not hide this one
  Object.defineProperty(window, 'API', { value: Object.freeze(API), writable: false, configurable: false, enumerable: true });

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data) {
      return;
    }
    if (event.source === window.parent && event.origin === settings.platformOrigin && data.itasScormValues
        && data.launch === settings.launch && typeof data.values === 'object') {
      values = data.values;
      return;
    }
    if (typeof data.itasFrameCall === 'string' && Array.isArray(data.args)) {
      for (var i = 0; i < window.frames.length; i++) {
        if (window.frames[i] === event.source) {
          var target = window[data.itasFrameCall];
          if (typeof target === 'function' && data.itasFrameCall !== 'API') {
            target.apply(window, data.args);
          }
          return;
        }
      }
    }
  });
})();
