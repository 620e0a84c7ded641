// Warns a signed-in reader before their session ends without use, and keeps it when they ask (WCAG 2.2.1):
// a session lasts a set time from the last request, and a reader typing a plan makes none, so without
// this the form they were filling in was refused when sent and its content lost. The timings and words
// come from the page (SessionWarning); a request from this page to its area's keep-alive starts the count
// again. Another tab's requests also keep the session, which this page cannot know without asking (and
// asking would keep it): so when its time is up it says the session has most likely ended, and still
// offers to check.
(function () {
  'use strict';
  var panel = document.getElementById('session-warning');
  if (!panel) {
    return;
  }
  var text = document.getElementById('session-warning-text');
  var keep = document.getElementById('session-keep');
  var status = document.getElementById('session-kept');
  var warnAfter = Number(panel.dataset.warnAfter) * 1000;
  var endsAfter = Number(panel.dataset.endsAfter) * 1000;
  var timers = [];
  // Where the reader was when the warning came: given back once the session is kept.
  var returnTo = null;

  function show(words, ended) {
    text.textContent = words;
    status.textContent = '';
    keep.hidden = false;
    // At the foot of the window while there is time; once it has ended, in the page's flow at its top, so it
    // never covers what it asks the reader to copy (a review, at 400% zoom).
    panel.classList.toggle('session-warning__panel--ended', ended);
    panel.hidden = false;
    room();
  }

  // Room at the foot of the page for the warning fixed there, so it covers nothing the reader scrolls to.
  function room() {
    var fixed = !panel.hidden && getComputedStyle(panel).position === 'fixed';
    var height = fixed ? panel.offsetHeight + 'px' : '';
    document.body.style.paddingBottom = height;
    document.documentElement.style.scrollPaddingBottom = height;
  }

  function ended() {
    timers.forEach(clearTimeout);
    show(panel.dataset.ended, true);
  }

  // The warning takes focus, as a dialog would, so a keyboard reader deep in a long page need not go back
  // through it to the top to answer (a trial); Enter keeps the session and gives focus back to where they
  // were, the field they were typing in.
  function warn() {
    var focused = document.activeElement;
    returnTo = focused && focused !== document.body && !panel.contains(focused) ? focused : null;
    show(panel.dataset.warning, false);
    keep.focus();
  }

  function count() {
    timers.forEach(clearTimeout);
    timers = [setTimeout(warn, warnAfter), setTimeout(ended, endsAfter)];
  }

  keep.addEventListener('click', function () {
    // Not followed: a session already ended answers with the way to the sign-in form, not 204.
    fetch(panel.dataset.keepAt, {credentials: 'same-origin', redirect: 'manual', cache: 'no-store'})
      .then(function (answer) {
        if (answer.status !== 204) {
          ended();
          return;
        }
        panel.hidden = true;
        room();
        status.textContent = panel.dataset.kept;
        if (returnTo && document.contains(returnTo)) {
          returnTo.focus();
        }
        count();
      }, function () {
        // The service was not reached: nothing is known of the session, so the warning stays, with its button.
        show(panel.dataset.unreachable, panel.classList.contains('session-warning__panel--ended'));
      });
  });
  window.addEventListener('resize', room);
  count();
})();
