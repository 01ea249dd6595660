// Hides a question whose condition looks at a question on the same page while the condition is not met.
// Without this script the question stays visible with its condition in words; the server ignores its answer
// when the condition is not met.
(function () {
  'use strict';

  function chosen(form, name) {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name === name && (element.type === 'radio' || element.type === 'checkbox' ? element.checked : element.value);
    }).map(function (element) { return element.value; });
  }

  function update(form) {
    form.querySelectorAll('[data-condition-name]').forEach(function (question) {
      var values = question.dataset.conditionValues.split('|');
      var met = chosen(form, question.dataset.conditionName).some(function (value) { return values.indexOf(value) >= 0; });
      question.hidden = !met;
      var hint = question.querySelector('.survey-question__condition');
      if (hint) {
        hint.hidden = true;
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.survey-form').forEach(function (form) {
      update(form);
      form.addEventListener('change', function () { update(form); });
    });
  });
})();
