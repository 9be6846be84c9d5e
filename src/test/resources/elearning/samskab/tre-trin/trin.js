// One step of three: finds the SCORM 2004 run-time, says which step it is and how it was entered,
// and on "done" reports completed and passed, asks for the next step and ends its session.
(function () {
  'use strict';
  function findApi(win) {
    for (var tries = 0; win && tries < 7; tries++) {
      if (win.API_1484_11) {
        return win.API_1484_11;
      }
      if (win.parent === win) {
        break;
      }
      win = win.parent;
    }
    return null;
  }
  var step = new URLSearchParams(window.location.search).get('del');
  var api = findApi(window.parent);
  document.getElementById('heading').textContent = 'Trin ' + step;
  api.Initialize('');
  document.getElementById('entry').textContent = 'entry=' + api.GetValue('cmi.entry');
  document.getElementById('done').addEventListener('click', function () {
    api.SetValue('cmi.completion_status', 'completed');
    api.SetValue('cmi.success_status', 'passed');
    api.SetValue('cmi.score.scaled', '1');
    api.SetValue('adl.nav.request', 'continue');
    api.Terminate('');
  });
}());
