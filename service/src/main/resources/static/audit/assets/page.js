// A page that comes back with a problem (a form refused, a search not run) moves focus to its summary of
// the problems, or to its one refusal, so a screen reader reads it first and the keyboard starts there: an
// accessibility trial found focus left at the top of the page, and a summary made part of a new page is
// not read out by every screen reader. A page that comes back at a place of its own (an agenda's refused
// child, by the address's fragment) is left there.
(function () {
  'use strict';
  function focusTheProblems() {
    var summary = document.querySelector('.error-summary, .notice--bad[role=alert]');
    if (!summary || (location.hash && document.getElementById(location.hash.slice(1)))) {
      return;
    }
    if (!summary.hasAttribute('tabindex')) {
      summary.setAttribute('tabindex', '-1');
    }
    summary.focus();
  }
  focusTheProblems();

  // A table wider than a narrow window scrolls within itself (audit.css): it then takes focus, so the
  // keyboard can scroll it too (axe's scrollable-region-focusable; a trial at 320 pixels), and gives it
  // back when the window is wide again.
  function scrollersFocusable() {
    document.querySelectorAll('.table').forEach(function (table) {
      var scrolls = getComputedStyle(table).overflowX === 'auto' && table.scrollWidth > table.clientWidth + 1;
      if (scrolls && !table.hasAttribute('tabindex')) {
        table.setAttribute('tabindex', '0');
        table.dataset.scrollFocus = 'true';
      } else if (!scrolls && table.dataset.scrollFocus) {
        table.removeAttribute('tabindex');
        delete table.dataset.scrollFocus;
      }
    });
  }
  scrollersFocusable();
  window.addEventListener('resize', scrollersFocusable);
})();
