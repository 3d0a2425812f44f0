// Autocomplete for the search box: fills its <datalist> with names from /zoeken/suggesties as the
// visitor types. The browser's own list keeps it keyboard- and screen-reader-friendly; without this
// script the box is a plain search field.
(function () {
  'use strict';
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) { return; }
  var list = document.getElementById(input.getAttribute('list'));
  var timer = null;
  var last = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = input.value.trim();
      if (text.length < 2 || text === last) { return; }
      last = text;
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (suggestions) {
          while (list.firstChild) { list.removeChild(list.firstChild); }
          suggestions.forEach(function (suggestion) {
            var option = document.createElement('option');
            option.value = suggestion.text;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are a nicety: the search works without them */ });
    }, 150);
  });
}());
