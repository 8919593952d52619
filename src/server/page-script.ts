/**
 * The editor page's script (plain ES2017, no modules, no libraries). It sends the article to
 * `POST /api/check` (format `editor`) and lays out the report's pieces, which the server renders
 * with the HTML report's own escaping; everything the script itself writes goes through
 * `textContent`, never HTML. Fixes are decided here and applied to the original text in the
 * browser: nothing but the article is ever sent, and only to this server.
 */
export const EDITOR_SCRIPT = `(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var input = $('input'), fmt = $('input-format'), fileIn = $('file'), status = $('status');
  var results = $('results'), fixedOut = $('fixed');
  var state = null; // { text, fileName, report, byId, order, decisions }

  function say(msg, isError) {
    status.textContent = msg;
    status.className = isError ? 'status error' : 'status';
  }

  function formatFor(name) {
    var m = /\\.([a-z0-9]+)$/i.exec(name || '');
    var ext = m ? m[1].toLowerCase() : '';
    if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown';
    if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
    return 'text';
  }

  fileIn.addEventListener('change', function () {
    var f = fileIn.files && fileIn.files[0];
    if (!f) return;
    var reader = new FileReader();
    reader.onload = function () {
      input.value = String(reader.result || '');
      input.setAttribute('data-file-name', f.name);
      fmt.value = formatFor(f.name);
      say('Opened ' + f.name + ' (' + input.value.length + ' characters). Press Check.');
    };
    reader.onerror = function () { say('Could not read ' + f.name + '.', true); };
    reader.readAsText(f);
  });
  input.addEventListener('input', function () { input.removeAttribute('data-file-name'); });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
  });
  $('check').addEventListener('click', check);

  function post(body) {
    return fetch('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (res) {
      if (res.ok) return res;
      return res.json().then(function (j) { throw new Error(j && j.error ? j.error : 'HTTP ' + res.status); },
        function () { throw new Error('HTTP ' + res.status); });
    });
  }

  function check() {
    var text = input.value;
    if (text.trim() === '') { say('Paste or open an article first.', true); input.focus(); return; }
    var fileName = input.getAttribute('data-file-name') || (fmt.value === 'markdown' ? 'article.md' : fmt.value === 'html' ? 'article.html' : 'article.txt');
    $('check').disabled = true;
    say('Checking…');
    post({ text: text, inputFormat: fmt.value, fileName: fileName, format: 'editor' })
      .then(function (res) { return res.json(); })
      .then(function (view) { show(text, fileName, view); })
      .catch(function (err) { say('The check failed: ' + err.message, true); })
      .then(function () { $('check').disabled = false; });
  }

  function show(text, fileName, view) {
    var byId = {};
    view.report.findings.forEach(function (f) { byId[f.id] = f; });
    state = { text: text, fileName: fileName, report: view.report, byId: byId, order: view.html.order, decisions: {} };
    // Escaped by the server with the HTML report's renderer (src/report/format-html.ts).
    $('summary').innerHTML = view.html.summary;
    $('article').innerHTML = view.html.article;
    $('findings-list').innerHTML = view.html.findings;
    $('findings-count').textContent = String(view.html.order.length);
    state.order.forEach(function (id, i) { addControls(id, i + 1); });
    results.hidden = false;
    update();
    var n = view.html.order.length;
    say('Checked: verdict ' + view.report.verdict + ', ' + n + (n === 1 ? ' finding' : ' findings') + '. Tab to a highlight to read it; accept or reject fixes in the list.');
    $('results-h').focus();
  }

  function button(label, cls, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = label;
    b.setAttribute('aria-pressed', 'false');
    b.addEventListener('click', onClick);
    return b;
  }

  function addControls(id, n) {
    var li = $('f-' + n), f = state.byId[id];
    if (!li || !f) return;
    var box = document.createElement('div');
    box.className = 'decide';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'Decision on finding ' + n);
    f.suggestions.slice(0, 3).forEach(function (s, k) {
      box.appendChild(button('Accept \\u201c' + s + '\\u201d', 'accept', function () { decide(id, k); }));
    });
    box.appendChild(button(f.suggestions.length > 0 ? 'Reject' : 'Dismiss', 'reject', function () { decide(id, 'rejected'); }));
    var note = document.createElement('span');
    note.className = 'decision meta';
    box.appendChild(note);
    li.appendChild(box);
  }

  function decide(id, choice) {
    if (!state) return;
    // A second press on the same choice undoes it.
    state.decisions[id] = state.decisions[id] === choice ? undefined : choice;
    update();
  }

  /** Accepted fixes applied to the original text; an accepted fix overlapping an earlier one is left out. */
  function corrected() {
    var chosen = [];
    Object.keys(state.decisions).forEach(function (id) {
      var d = state.decisions[id], f = state.byId[id];
      if (typeof d === 'number' && f) chosen.push({ f: f, value: f.suggestions[d] });
    });
    chosen.sort(function (a, b) { return a.f.span.start - b.f.span.start || a.f.span.end - b.f.span.end; });
    var kept = [], clash = [], lastEnd = -1;
    chosen.forEach(function (c) {
      if (c.f.span.start < lastEnd || state.text.slice(c.f.span.start, c.f.span.end) !== c.f.text) { clash.push(c.f.id); return; }
      kept.push(c);
      lastEnd = c.f.span.end;
    });
    var out = state.text;
    for (var i = kept.length - 1; i >= 0; i--) out = out.slice(0, kept[i].f.span.start) + kept[i].value + out.slice(kept[i].f.span.end);
    return { text: out, applied: kept.length, clash: clash };
  }

  function update() {
    var fixed = corrected();
    state.order.forEach(function (id, i) {
      var n = i + 1, d = state.decisions[id], f = state.byId[id];
      var li = $('f-' + n), mark = $('h-' + n);
      var st = d === undefined ? 'open' : d === 'rejected' ? 'rejected' : fixed.clash.indexOf(id) >= 0 ? 'clash' : 'accepted';
      if (li) {
        li.setAttribute('data-state', st);
        var btns = li.querySelectorAll('.decide button');
        for (var k = 0; k < btns.length; k++) {
          var isReject = btns[k].classList.contains('reject');
          btns[k].setAttribute('aria-pressed', String(isReject ? d === 'rejected' : d === k));
        }
        var note = li.querySelector('.decision');
        if (note) note.textContent = st === 'accepted' ? 'Accepted: \\u201c' + f.suggestions[d] + '\\u201d' : st === 'rejected' ? 'Rejected' : st === 'clash' ? 'Not applied: overlaps an earlier accepted fix' : '';
      }
      if (mark) {
        mark.setAttribute('data-state', st);
        if (st === 'accepted') mark.setAttribute('data-fix', f.suggestions[d]); else mark.removeAttribute('data-fix');
      }
    });
    fixedOut.value = fixed.text;
    var decided = Object.keys(state.decisions).filter(function (id) { return state.decisions[id] !== undefined; }).length;
    $('progress').textContent = fixed.applied + ' fixes applied; ' + decided + ' of ' + state.order.length + ' findings decided.';
  }

  $('accept-safe').addEventListener('click', function () {
    if (!state) return;
    var n = 0;
    // Only findings the page shows (the report renderer caps each severity on very long articles).
    state.order.forEach(function (id) {
      var f = state.byId[id];
      if (f && f.fixable && f.suggestions.length > 0 && state.decisions[id] === undefined) { state.decisions[id] = 0; n++; }
    });
    update();
    say('Accepted ' + n + ' safe ' + (n === 1 ? 'fix' : 'fixes') + '.');
  });
  $('reset').addEventListener('click', function () {
    if (!state) return;
    state.decisions = {};
    update();
    say('All decisions cleared.');
  });

  function baseName() {
    return (state.fileName || 'article.txt').replace(/^.*[\\\\/]/, '').replace(/\\.[^.]*$/, '') || 'article';
  }
  function extension() {
    var m = /\\.([a-z0-9]+)$/i.exec(state.fileName || '');
    return m ? m[1] : 'txt';
  }
  function download(name, type, content) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    say('Downloaded ' + name + '.');
  }

  $('copy').addEventListener('click', function () {
    if (!state) return;
    var text = fixedOut.value;
    var fallback = function () {
      fixedOut.focus();
      fixedOut.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      say(ok ? 'Corrected text copied.' : 'Select the corrected text and copy it (Ctrl+C).', !ok);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { say('Corrected text copied.'); }, fallback);
    } else fallback();
  });
  $('download-text').addEventListener('click', function () {
    if (state) download(baseName() + '.corrected.' + extension(), 'text/plain;charset=utf-8', fixedOut.value);
  });
  $('download-json').addEventListener('click', function () {
    if (state) download(baseName() + '.report.json', 'application/json', JSON.stringify(state.report, null, 2) + '\\n');
  });
  $('download-html').addEventListener('click', function () {
    if (!state) return;
    say('Preparing the HTML report…');
    post({ text: state.text, inputFormat: fmt.value, fileName: state.fileName, format: 'html' })
      .then(function (res) { return res.text(); })
      .then(function (html) { download(baseName() + '.report.html', 'text/html;charset=utf-8', html); })
      .catch(function (err) { say('Could not get the HTML report: ' + err.message, true); });
  });
})();`;
