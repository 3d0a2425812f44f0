// Shows the print button on the social map (printing from the browser's menu works without it).
(function () {
  'use strict';
  var button = document.querySelector('[data-print]');
  if (!button || !window.print) { return; }
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
}());
