// The respite guide's niceties: each step moves focus to its question, so keyboard and screen-reader
// users start where the new content is. The form itself works without this script.
(function () {
  'use strict';
  var heading = document.getElementById('step-heading');
  if (heading && /[?&]ga=/.test(window.location.search)) {
    heading.focus();
  }
}());
