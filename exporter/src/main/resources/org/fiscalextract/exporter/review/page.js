// The fact table: built from the JSON above, sorted by a click on a header (again: the other
// way), filtered by words (all must occur) and by kind and document. Rows are shown 1000 at
// a time so a large run stays responsive. The filters and the sort live in the address
// (#q=执行率&kind=rate&sort=-value), so a view can be bookmarked or sent. Writes nothing to the
// console: the browser test takes any console message as a failure.
(function () {
  'use strict';
  var PAGE = 1000;
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var facts = data.facts;
  var col = {};
  data.columns.forEach(function (name, i) { col[name] = i; });
  var names = {};
  data.documents.forEach(function (d) { names[d.doc_id] = d.name; });

  var table = document.getElementById('fact-table');
  var tbody = table.tBodies[0];
  var filterBox = document.getElementById('fact-filter');
  var kindSelect = document.getElementById('fact-kind');
  var docSelect = document.getElementById('fact-doc');
  var countLine = document.getElementById('fact-count');
  var moreButton = document.getElementById('fact-more');
  var collator = new Intl.Collator('zh-CN', { numeric: true });

  // each fact's searchable text, lower-cased once rather than on every keystroke
  var haystacks = facts.map(function (f) {
    return (f.join('\u0001') + '\u0001' + (names[f[col.doc_id]] || '')).toLowerCase();
  });
  var order = facts.map(function (f, i) { return i; });
  var sortCol = -1;
  var sortDir = 1;
  var shown = [];
  var limit = PAGE;

  function addOption(select, value, label) {
    var option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
  }

  var kinds = {};
  facts.forEach(function (f) { kinds[f[col.kind]] = true; });
  Object.keys(kinds).sort().forEach(function (k) { addOption(kindSelect, k, k); });
  data.documents.forEach(function (d) {
    addOption(docSelect, d.doc_id, d.name ? d.name + ' · ' + d.doc_id : d.doc_id);
  });

  var NUMBER = /^-?\d+(\.\d+)?$/;

  // values compare as numbers when both are numbers, otherwise as Chinese text with digit runs
  // as numbers (f2 before f12); empty cells last either way; ties keep the file order
  function compare(a, b) {
    var x = facts[a][sortCol];
    var y = facts[b][sortCol];
    if (x === '' || y === '') {
      return (x === '') - (y === '') || a - b;
    }
    var c = NUMBER.test(x) && NUMBER.test(y) ? Number(x) - Number(y) : collator.compare(x, y);
    return c * sortDir || a - b;
  }

  function cell(tr, text, className, title) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) { td.className = className; }
    if (title) { td.title = title; }
    tr.appendChild(td);
  }

  function row(f) {
    var tr = document.createElement('tr');
    var doc = f[col.doc_id];
    cell(tr, names[doc] || doc, 'doc', (names[doc] ? names[doc] + ' ' : '') + doc);
    cell(tr, f[col.fact_id], 'fid');
    cell(tr, f[col.kind]);
    cell(tr, f[col.label]);
    cell(tr, f[col.canonical]);
    cell(tr, f[col.subject]);
    cell(tr, f[col.value], 'num');
    cell(tr, f[col.unit]);
    cell(tr, f[col.text]);
    cell(tr, f[col.location], 'loc');
    return tr;
  }

  function render() {
    var n = Math.min(shown.length, limit);
    var rows = document.createDocumentFragment();
    for (var k = 0; k < n; k++) {
      rows.appendChild(row(facts[shown[k]]));
    }
    tbody.textContent = '';
    tbody.appendChild(rows);
    table.setAttribute('data-rendered', String(n));
    table.setAttribute('data-matching', String(shown.length));
    countLine.textContent = shown.length === facts.length
      ? '共 ' + facts.length + ' 条' + (n < shown.length ? '，显示前 ' + n + ' 条' : '')
      : '筛出 ' + shown.length + ' / ' + facts.length + ' 条' + (n < shown.length ? '，显示前 ' + n + ' 条' : '');
    moreButton.hidden = n >= shown.length;
  }

  function sortBy(c, dir) {
    sortCol = c;
    sortDir = dir;
    order.sort(compare);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (col[th.getAttribute('data-col')] === c) {
        th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
  }

  function readAddress() {
    var hash = location.hash.slice(1);
    if (hash.indexOf('=') < 0) {
      return;
    }
    hash.split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      var value;
      try {
        value = decodeURIComponent(pair.slice(at + 1));
      } catch (e) {
        return; // a hand-edited address with a stray %: ignore that part
      }
      var key = pair.slice(0, at);
      if (key === 'q') {
        filterBox.value = value;
      } else if (key === 'kind') {
        kindSelect.value = value;
      } else if (key === 'doc') {
        docSelect.value = value;
      } else if (key === 'sort') {
        var name = value.charAt(0) === '-' ? value.slice(1) : value;
        if (Object.prototype.hasOwnProperty.call(col, name)) {
          sortBy(col[name], value.charAt(0) === '-' ? -1 : 1);
        }
      }
    });
  }

  function writeAddress() {
    var parts = [];
    var words = filterBox.value.trim();
    if (words) { parts.push('q=' + encodeURIComponent(words)); }
    if (kindSelect.value) { parts.push('kind=' + encodeURIComponent(kindSelect.value)); }
    if (docSelect.value) { parts.push('doc=' + encodeURIComponent(docSelect.value)); }
    if (sortCol >= 0) { parts.push('sort=' + (sortDir < 0 ? '-' : '') + data.columns[sortCol]); }
    if (parts.length) {
      history.replaceState(null, '', '#' + parts.join('&'));
    } else if (location.hash.indexOf('=') >= 0) {
      history.replaceState(null, '', location.pathname + location.search);
    }
  }

  function apply() {
    var words = filterBox.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var kind = kindSelect.value;
    var doc = docSelect.value;
    shown = order.filter(function (i) {
      var f = facts[i];
      if ((kind && f[col.kind] !== kind) || (doc && f[col.doc_id] !== doc)) {
        return false;
      }
      for (var w = 0; w < words.length; w++) {
        if (haystacks[i].indexOf(words[w]) < 0) {
          return false;
        }
      }
      return true;
    });
    limit = PAGE;
    render();
    writeAddress();
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var c = col[th.getAttribute('data-col')];
      sortBy(c, c === sortCol ? -sortDir : 1);
      apply();
    });
  });

  var typing = 0;
  filterBox.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(apply, 150);
  });
  kindSelect.addEventListener('change', apply);
  docSelect.addEventListener('change', apply);
  moreButton.addEventListener('click', function () {
    limit += PAGE;
    render();
  });

  // findings: one checkbox per severity hides or shows its findings
  var findings = document.getElementById('findings');
  var severities = document.getElementById('finding-filters');
  Array.prototype.forEach.call(severities.querySelectorAll('input'), function (box) {
    box.addEventListener('change', function () {
      findings.classList.toggle('hide-' + box.value, !box.checked);
    });
  });
  severities.hidden = false;

  readAddress();
  apply();
}());
