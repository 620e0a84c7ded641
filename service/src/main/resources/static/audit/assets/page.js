// A page that comes back with a problem (a form refused, a search not run) moves focus to its summary of
// the problems, or to its one refusal, so a screen reader reads it first and the keyboard starts there: an
// accessibility trial found focus left at the top of the page, and a summary made part of a new page is
// not read out by every screen reader. A page that comes back at a place of its own (an agenda's refused
// child, by the address's fragment) is left there.
(function () {
  'use strict';
  var summary = document.querySelector('.error-summary, .notice--bad[role=alert]');
  if (!summary || (location.hash && document.getElementById(location.hash.slice(1)))) {
    return;
  }
  if (!summary.hasAttribute('tabindex')) {
    summary.setAttribute('tabindex', '-1');
  }
  summary.focus();
})();
