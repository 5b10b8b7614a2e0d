(function () {
  'use strict';
  var byId = function (id) { return document.getElementById(id); };
  var entries = Array.prototype.slice.call(document.querySelectorAll('article.entry'));
  var f = { cat: byId('f-categorie'), party: byId('f-partij'), src: byId('f-bron'),
            from: byId('f-van'), to: byId('f-tot'), text: byId('f-zoek') };
  var count = byId('f-aantal');
  function apply() {
    var c = f.cat.value, p = f.party.value, s = f.src.value, a = f.from.value, b = f.to.value;
    var t = f.text.value.trim().toLowerCase();
    var shown = 0;
    entries.forEach(function (e) {
      var d = e.getAttribute('data-datum') || '';
      var ok = (!c || (' ' + e.getAttribute('data-categorieen') + ' ').indexOf(' ' + c + ' ') >= 0)
        && (!p || e.getAttribute('data-partij') === p)
        && (!s || e.getAttribute('data-bron') === s)
        && (!a || (d !== '' && d >= a))
        && (!b || (d !== '' && d <= b))
        && (!t || e.textContent.toLowerCase().indexOf(t) >= 0);
      e.hidden = !ok;
      if (ok) { shown++; }
    });
    count.textContent = shown + ' van ' + entries.length + ' vermeldingen zichtbaar';
  }
  Object.keys(f).forEach(function (k) {
    f[k].addEventListener('change', apply);
    f[k].addEventListener('input', apply);
  });
  byId('f-wis').addEventListener('click', function () {
    Object.keys(f).forEach(function (k) { f[k].value = ''; });
    apply();
  });
  byId('filters').hidden = false;
  apply();
}());
