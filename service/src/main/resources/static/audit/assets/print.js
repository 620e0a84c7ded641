// The report's Print button, and the moment of printing in its footer. The page reads and prints
// without it: the button stays hidden, and the footer keeps the time the page was opened.
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
  if (footer) {
    window.addEventListener('beforeprint', function () {
      var now = new Date().toLocaleString('en-GB', {
        day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
      });
      footer.textContent = footer.getAttribute('data-label') + ' at ' + now;
    });
  }
})();
