/**
 * The report's only script. It reads no report data at all (the page works without it): it keeps
 * tooltips on screen, lets Escape dismiss them (WCAG 1.4.13), lets Enter on a highlight jump to its
 * entry in the findings list, and moves focus to a highlight when a "show in text" link is used.
 * The CSP allows exactly this text by its SHA-256 hash.
 */
import { createHash } from 'node:crypto';

export const SCRIPT = `(function () {
  'use strict';
  var root = document.documentElement;
  function owner(el) {
    return el && el.closest ? el.closest('mark.hl') : null;
  }
  function place(h) {
    var tip = h.querySelector(':scope > .tip');
    if (!tip) return;
    tip.classList.remove('flip');
    var r = tip.getBoundingClientRect();
    if (r.width > 0 && r.right > window.innerWidth - 8) tip.classList.add('flip');
  }
  function focusTarget(id) {
    if (!/^h-[0-9]+$/.test(id)) return;
    var el = document.getElementById(id);
    if (el) el.focus();
  }
  document.addEventListener('focusin', function (e) {
    root.classList.remove('tips-off');
    var h = owner(e.target);
    if (h) place(h);
  });
  document.addEventListener('mouseover', function (e) {
    var h = owner(e.target);
    if (h) {
      root.classList.remove('tips-off');
      place(h);
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      root.classList.add('tips-off');
      return;
    }
    var t = e.target;
    if (e.key === 'Enter' && t && t.matches && t.matches('mark.hl[data-n]')) {
      var li = document.getElementById('f-' + t.getAttribute('data-n'));
      if (li) {
        e.preventDefault();
        li.scrollIntoView({ block: 'center' });
        li.focus();
      }
    }
  });
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href^="#h-"]') : null;
    if (a) focusTarget(a.getAttribute('href').slice(1));
  });
  if (location.hash) focusTarget(location.hash.slice(1));
})();`;

/** `'sha256-…'` source expression for the CSP. */
export const SCRIPT_HASH = `'sha256-${createHash('sha256').update(SCRIPT, 'utf8').digest('base64')}'`;
