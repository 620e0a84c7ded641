// Warns a signed-in reader before their session ends without use, and keeps it when they ask (WCAG 2.2.1):
// a session lasts a set time from the last request, and a reader typing a plan makes none, so without
// this the form they were filling in was refused when sent and its content lost. The timings and words
// come from the page (SessionWarning); a request from this page to its area's keep-alive starts the count
// again. Another tab's requests also keep the session, so a warning here may come early: staying signed
// in is then harmless.
(function () {
  'use strict';
  var panel = document.getElementById('session-warning');
  if (!panel) {
    return;
  }
  var text = document.getElementById('session-warning-text');
  var keep = document.getElementById('session-keep');
  var warnAfter = Number(panel.dataset.warnAfter) * 1000;
  var endsAfter = Number(panel.dataset.endsAfter) * 1000;
  var timers = [];

  function show(words, keepable) {
    text.textContent = words;
    keep.hidden = !keepable;
    panel.hidden = false;
  }

  function warn() {
    show(panel.dataset.warning, true);
  }

  function ended() {
    timers.forEach(clearTimeout);
    show(panel.dataset.ended, false);
  }

  function count() {
    timers.forEach(clearTimeout);
    timers = [setTimeout(warn, warnAfter), setTimeout(ended, endsAfter)];
  }

  keep.addEventListener('click', function () {
    // Not followed: a session already ended answers with the way to the sign-in form, not 204.
    fetch(panel.dataset.keepAt, {credentials: 'same-origin', redirect: 'manual', cache: 'no-store'})
      .then(function (answer) {
        if (answer.status === 204) {
          panel.hidden = true;
          text.textContent = '';
          count();
        } else {
          ended();
        }
      }, ended);
  });
  count();
})();
