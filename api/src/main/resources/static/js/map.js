// The results map: Leaflet (served from the app as a WebJar) loaded only when something on the page
// has coordinates. The list stays the real content; the map is an extra and the page works the same
// when the tile server cannot be reached (offline, blocked): markers still show on a plain background.
(function () {
  'use strict';
  var container = document.getElementById('kaart');
  if (!container) { return; }
  var selector = container.getAttribute('data-points') || '.hits li[data-lat]';
  var points = Array.prototype.slice.call(document.querySelectorAll(selector)).filter(function (el) {
    return el.getAttribute('data-lat') && el.getAttribute('data-lon');
  });
  if (points.length === 0) { return; }

  var base = '/webjars/leaflet/1.9.4/dist/';
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = base + 'leaflet.css';
  document.head.appendChild(css);
  var script = document.createElement('script');
  script.src = base + 'leaflet.js';
  script.onload = draw;
  document.head.appendChild(script);

  function draw() {
    container.hidden = false;
    var L = window.L;
    var map = L.map(container, { scrollWheelZoom: false, keyboard: true });
    var tiles = container.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: container.getAttribute('data-attribution') || '' }).addTo(map);
    }
    L.Icon.Default.imagePath = base + 'images/';
    // Records without an address sit on the centre of their area: one pin per place, listing them all.
    var places = {};
    var order = [];
    points.forEach(function (el) {
      var lat = parseFloat(el.getAttribute('data-lat'));
      var lon = parseFloat(el.getAttribute('data-lon'));
      if (isNaN(lat) || isNaN(lon)) { return; }
      var key = lat.toFixed(5) + ',' + lon.toFixed(5);
      if (!places[key]) { places[key] = { lat: lat, lon: lon, items: [] }; order.push(key); }
      var link = el.querySelector('a.hit-link');
      places[key].items.push({ name: link ? link.textContent : (el.getAttribute('data-name') || el.textContent),
        href: link ? link.getAttribute('href') : null });
    });
    var bounds = [];
    order.forEach(function (key) {
      var place = places[key];
      var title = place.items.length === 1 ? place.items[0].name : place.items.length + ': ' + place.items[0].name + ', …';
      var marker = L.marker([place.lat, place.lon], { title: title, alt: title }).addTo(map);
      var popup = document.createElement('ul');
      popup.className = 'map-popup';
      place.items.forEach(function (item) {
        var li = document.createElement('li');
        if (item.href) {
          var a = document.createElement('a');
          a.href = item.href;
          a.textContent = item.name;
          li.appendChild(a);
        } else {
          li.textContent = item.name;
        }
        popup.appendChild(li);
      });
      marker.bindPopup(popup);
      bounds.push([place.lat, place.lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 14);
    } else {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
    }
    container.setAttribute('data-ready', String(bounds.length));
    var note = document.getElementById('kaart-note');
    if (note && document.querySelector('[data-approximate=true]')) { note.hidden = false; }
  }
}());
