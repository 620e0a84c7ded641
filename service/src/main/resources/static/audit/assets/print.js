// The report's Print button, and its footer moved into the bottom margin of every printed page with the
// moment of printing. A footer pinned over the page (position: fixed) hid the last lines of a full page;
// only a stylesheet reaches a page's margin, and the pages allow no inline style, so the footer's words
// go into the page's own stylesheet through the CSSOM. Without this script the button stays hidden and
// the footer prints once, after the report, with the time the page was opened.
(function () {
  'use strict';
  var button = document.getElementById('print-button');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  }
  var footer = document.querySelector('.print-footer[data-label]');
  var sheet = footer && stylesheetOfTheAuditPages();
  if (!sheet) {
    return;
  }
  var rule = -1;

  function stylesheetOfTheAuditPages() {
    for (var i = 0; i < document.styleSheets.length; i++) {
      var href = document.styleSheets[i].href || '';
      if (href.indexOf('/audit/assets/audit.css') !== -1) {
        return document.styleSheets[i];
      }
    }
    return null;
  }

  // The words as a CSS string: a quote or backslash escaped, so they cannot end it.
  function cssString(words) {
    return '"' + words.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\f]+/g, ' ') + '"';
  }

  function inTheMargin(words) {
    if (rule !== -1) {
      sheet.deleteRule(rule);
    }
    rule = sheet.insertRule('@media print { @page { @bottom-left { content: ' + cssString(words) + '; } } }',
      sheet.cssRules.length);
  }

  inTheMargin(footer.textContent.trim());
  footer.classList.add('print-footer--in-margin');
  window.addEventListener('beforeprint', function () {
    // In the partnership's zone, as the pages write every time, not the zone of the printing browser.
    var now = new Date().toLocaleString('en-GB', {
      day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
      timeZone: footer.getAttribute('data-zone') || undefined
    });
    inTheMargin(footer.getAttribute('data-label') + ' at ' + now);
  });
})();
