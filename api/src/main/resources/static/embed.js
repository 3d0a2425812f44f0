/*
 * Mantelzorgkaart embed: the social map's search on a partner's own site.
 *
 *   <div id="mantelzorgkaart"></div>
 *   <script src="https://<this-server>/embed.js" data-area="almere" data-theme="dementie"
 *           data-target="mantelzorgkaart" data-lang="nl" async></script>
 *
 * data-area / data-theme: graph ids (comma-separated for more than one) that every search is limited to.
 * data-target: id of the element to draw in (default: right after the script tag). data-lang: nl or en.
 * It talks to the public GraphQL API at the script's own origin; a partner site on another origin must be
 * listed in CORS_ALLOWED_ORIGINS. Drawn in a shadow root, so the partner's CSS and ours do not mix.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) { return; }
  var origin = new URL(script.src, window.location.href).origin;
  var lang = script.getAttribute('data-lang') === 'en' ? 'en' : 'nl';
  var areas = list(script.getAttribute('data-area'));
  var themes = list(script.getAttribute('data-theme'));
  var words = {
    nl: { label: 'Zoek hulp voor mantelzorgers', button: 'Zoeken', placeholder: 'bijvoorbeeld: even vrij',
      found: function (n) { return n + ' gevonden'; }, none: 'Niets gevonden.', error: 'Zoeken lukt nu niet. Probeer het later opnieuw.',
      more: 'Alles op Mantelzorgkaart', national: 'Landelijk', wider: function (name) { return 'Voor heel ' + name; },
      whatIs: function (word) { return 'Wat is ' + word + '?'; }, matchedOn: 'Past bij: ', kinds: { OFFERING: 'Aanbod', ORGANISATION: 'Organisatie', NETWORK: 'Netwerk', TERM: 'Begrip' } },
    en: { label: 'Find help for caregivers', button: 'Search', placeholder: 'for example: even vrij',
      found: function (n) { return n + ' found'; }, none: 'Nothing found.', error: 'Search is not available right now. Please try again later.',
      more: 'Everything on Mantelzorgkaart', national: 'National', wider: function (name) { return 'For all of ' + name; },
      whatIs: function (word) { return 'What is ' + word + '?'; }, matchedOn: 'Matches: ', kinds: { OFFERING: 'Offering', ORGANISATION: 'Organisation', NETWORK: 'Network', TERM: 'Term' } }
  }[lang];
  var paths = { OFFERING: '/aanbod/', ORGANISATION: '/organisaties/', NETWORK: '/netwerken/', TERM: '/begrippen#' };
  var QUERY = 'query EmbedSearch($text: String, $filter: SearchFilter) { search(text: $text, filter: $filter, first: 10) '
    + '{ totalCount explanations { id name snippets } edges { node { kind id name snippets widerArea { name national } matchedOn { label } } } } }';

  var host = script.getAttribute('data-target') ? document.getElementById(script.getAttribute('data-target')) : null;
  if (!host) {
    host = document.createElement('div');
    script.parentNode.insertBefore(host, script.nextSibling);
  }
  host.classList.add('mantelzorgkaart-embed');
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  var uid = 'mzk-' + Math.random().toString(36).slice(2, 8);

  var style = document.createElement('style');
  style.textContent = ':host{display:block;font-family:system-ui,Arial,sans-serif;color:#1c1c1c;line-height:1.45}'
    + '.box{border:1px solid #c8c8c8;border-radius:4px;padding:.75rem 1rem;background:#fff;max-width:40rem}'
    + 'label{font-weight:600;display:block;margin-bottom:.25rem}'
    + '.row{display:flex;gap:.5rem;flex-wrap:wrap}input{flex:1 1 12rem;font:inherit;padding:.4rem;border:1px solid #767676;border-radius:3px;min-height:44px}'
    + 'button{font:inherit;background:#00594f;color:#fff;border:0;border-radius:3px;padding:.4rem 1rem;min-height:44px;cursor:pointer}'
    + 'button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #1a4fb5;outline-offset:2px}'
    + 'ol{list-style:none;padding:0;margin:.5rem 0}li{border-bottom:1px solid #e0e0e0;padding:.4rem 0}'
    + 'a{color:#00594f}.kind{color:#4a4a4a;font-size:.85em}mark{background:#ffe58a;color:inherit}p{margin:.2rem 0}'
    + '.status{color:#4a4a4a;margin:.4rem 0 0}.wider{background:#eef5f4;border-radius:3px;padding:0 .3rem;font-size:.85em}'
    + '.why{color:#4a4a4a;font-size:.9em}.explanation{background:#eef5f4;border-left:4px solid #00594f;padding:.3rem .6rem;margin:.4rem 0}';
  root.appendChild(style);

  var box = element('div', { class: 'box' });
  var form = element('form', { role: 'search' });
  var label = element('label', { for: uid + '-q' }, words.label);
  var row = element('div', { class: 'row' });
  var input = element('input', { id: uid + '-q', type: 'search', name: 'q', maxlength: '500', placeholder: words.placeholder });
  var button = element('button', { type: 'submit' }, words.button);
  var status = element('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  var explained = element('div', { class: 'explanations' });
  var results = element('ol', { class: 'results' });
  var more = element('p', {});
  var moreLink = element('a', { href: origin + '/zoeken' + query(), target: '_top' }, words.more);
  row.appendChild(input);
  row.appendChild(button);
  form.appendChild(label);
  form.appendChild(row);
  more.appendChild(moreLink);
  box.appendChild(form);
  box.appendChild(status);
  box.appendChild(explained);
  box.appendChild(results);
  box.appendChild(more);
  root.appendChild(box);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(input.value.trim());
  });

  function search(text) {
    var filter = {};
    if (areas.length) { filter.areas = areas; }
    if (themes.length) { filter.careThemes = themes; }
    status.textContent = '…';
    fetch(origin + '/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: QUERY, variables: { text: text || null, filter: filter } })
    }).then(function (response) { return response.json(); })
      .then(function (body) {
        if (!body.data || !body.data.search) { throw new Error('no data'); }
        show(body.data.search, text);
      })
      .catch(function () { status.textContent = words.error; clear(); });
  }

  function show(found, text) {
    clear();
    status.textContent = found.totalCount === 0 ? words.none : words.found(found.totalCount);
    (found.explanations || []).forEach(function (term) {
      var box = element('div', { class: 'explanation', 'data-id': term.id });
      var title = element('p', {});
      title.appendChild(element('a', { href: origin + paths.TERM + term.id, target: '_top' }, words.whatIs(term.name)));
      box.appendChild(title);
      (term.snippets || []).slice(0, 1).forEach(function (snippet) { box.appendChild(highlighted(snippet)); });
      explained.appendChild(box);
    });
    found.edges.forEach(function (edge) {
      var hit = edge.node;
      var item = element('li', { 'data-id': hit.id });
      var title = element('p', {});
      title.appendChild(element('a', { href: origin + paths[hit.kind] + hit.id, target: '_top' }, hit.name));
      title.appendChild(document.createTextNode(' '));
      title.appendChild(element('span', { class: 'kind' }, words.kinds[hit.kind] || ''));
      if (hit.widerArea) {
        title.appendChild(document.createTextNode(' '));
        title.appendChild(element('span', { class: 'wider' },
          hit.widerArea.national ? words.national : words.wider(hit.widerArea.name)));
      }
      item.appendChild(title);
      if (hit.matchedOn && hit.matchedOn.length) {
        item.appendChild(element('p', { class: 'why' },
          words.matchedOn + hit.matchedOn.map(function (reason) { return reason.label; }).join(' · ')));
      }
      (hit.snippets || []).slice(0, 1).forEach(function (snippet) { item.appendChild(highlighted(snippet)); });
      results.appendChild(item);
    });
    moreLink.href = origin + '/zoeken' + query(text);
  }

  // Snippets come HTML-escaped with <mark> around matches: parsed in an inert template and copied
  // as text and <mark> only, so nothing else from the data can become markup on the partner's page.
  function highlighted(snippet) {
    var template = document.createElement('template');
    template.innerHTML = snippet;
    var p = element('p', {});
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === 'MARK') {
        p.appendChild(element('mark', {}, node.textContent));
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function clear() {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    while (explained.firstChild) { explained.removeChild(explained.firstChild); }
  }

  function query(text) {
    var parts = [];
    if (text) { parts.push('q=' + encodeURIComponent(text)); }
    areas.forEach(function (a) { parts.push('gebied=' + encodeURIComponent(a)); });
    themes.forEach(function (t) { parts.push('thema=' + encodeURIComponent(t)); });
    if (lang === 'en') { parts.push('lang=en'); }
    return parts.length ? '?' + parts.join('&') : '';
  }

  function element(name, attributes, text) {
    var el = document.createElement(name);
    Object.keys(attributes).forEach(function (key) { el.setAttribute(key, attributes[key]); });
    if (text) { el.textContent = text; }
    return el;
  }

  function list(value) {
    return (value || '').split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  }
}());
