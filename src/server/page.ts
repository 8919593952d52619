/**
 * The editor's page at `/`: paste or open an article, check it, read the findings as the HTML
 * report shows them (same renderer, stylesheet and tooltip script), accept or reject each fix,
 * then copy or download the corrected text and the report.
 *
 * Self-contained and locked down like the HTML report: inline style and scripts allowed only by
 * their SHA-256 hashes, no other source of anything, and the only connection the page may open
 * is to this server (`connect-src 'self'`).
 */
import { createHash } from 'node:crypto';
import { escapeHtml as esc } from '../report/escape.js';
import { REPORT_STYLE } from '../report/format-html.js';
import { SCRIPT as REPORT_SCRIPT } from '../report/html/script.js';
import { FOCUS, INK, LINK, MUTED, PAPER, SEVERITY_COLOURS } from '../report/html/theme.js';
import { EDITOR_SCRIPT } from './page-script.js';

const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** Additions to the report's stylesheet for the form and the decision buttons (same palette). */
const EDITOR_STYLE = `
.form label{display:block;font-weight:600;margin:.75rem 0 .25rem}
.form label.inline{display:inline;margin:0}
textarea{width:100%;font:1rem/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:${INK};background:${PAPER};border:1px solid ${MUTED};border-radius:6px;padding:.5rem}
#input{min-height:14rem}
#fixed{min-height:10rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.75rem 0}
button,select,input[type=file]{font:inherit}
button{padding:.35rem .8rem;border:1px solid ${LINK};border-radius:6px;background:${PAPER};color:${LINK};cursor:pointer}
button.primary{background:${LINK};color:${PAPER};font-weight:600}
button[aria-pressed=true]{background:${LINK};color:${PAPER}}
button:disabled{opacity:.6;cursor:progress}
button:focus-visible,select:focus-visible,textarea:focus-visible,input:focus-visible,#results-h:focus-visible{outline:3px solid ${FOCUS};outline-offset:2px}
.status{min-height:1.5em;margin:.5rem 0;color:${INK}}
.status.error{color:${SEVERITY_COLOURS.major.text};font-weight:600}
.decide{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin-top:.4rem}
.finding[data-state=accepted]{background:#f0fdf4}
.finding[data-state=rejected]{opacity:.75}
.finding[data-state=rejected] .quote{text-decoration:line-through}
mark.hl[data-state=accepted]{text-decoration:line-through}
mark.hl[data-state=accepted]::after{content:" \\2192  " attr(data-fix);text-decoration:none;display:inline-block;font-weight:600;color:#14532d;background:#dcfce7;padding:0 .2rem;border-radius:2px}
mark.hl[data-state=rejected]{background:none;border-bottom-color:${MUTED}}
.editor-head p{margin:.25rem 0;color:${MUTED}}
`;

const STYLE = REPORT_STYLE + EDITOR_STYLE;

export interface EditorPage {
  html: string;
  csp: string;
}

export function editorPage(version: string): EditorPage {
  const csp =
    `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(REPORT_SCRIPT)} ${hash(EDITOR_SCRIPT)}; ` +
    `connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp.replace(/; frame-ancestors 'none'$/, ''))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>calque — check an article</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#input">Skip to the article box</a>
<div class="wrap">
<header class="editor-head">
<h1>calque <span class="label">— check an English article translated from Indonesian</span></h1>
<p>Paste the article or open a file (text, Markdown or HTML), then Check (Ctrl+Enter). The text goes to this server only.</p>
</header>
<main>
<section class="form" aria-labelledby="input-h">
<h2 id="input-h">Article</h2>
<label for="input">Article text</label>
<textarea id="input" spellcheck="false" autocomplete="off"></textarea>
<div class="row">
<label for="file" class="inline">Open a file</label>
<input type="file" id="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html">
<label for="input-format" class="inline">Format</label>
<select id="input-format">
<option value="auto">by file name</option>
<option value="text" selected>plain text</option>
<option value="markdown">Markdown</option>
<option value="html">HTML</option>
</select>
<button type="button" id="check" class="primary">Check</button>
</div>
<p id="status" class="status" role="status" aria-live="polite"></p>
</section>
<div id="results" hidden>
<h2 id="results-h" tabindex="-1">Report</h2>
<div id="summary"></div>
<section aria-labelledby="article-h">
<h2 id="article-h">Article with findings highlighted</h2>
<p class="meta">Tab to a highlight to read the finding; Enter jumps to it in the list, Escape hides the tooltip. Accepted fixes show after the struck-out text.</p>
<div class="article" id="article" tabindex="-1"></div>
</section>
<section id="findings" aria-labelledby="findings-h" tabindex="-1">
<h2 id="findings-h">Findings (<span id="findings-count">0</span>)</h2>
<div class="row">
<button type="button" id="accept-safe">Accept all safe fixes</button>
<button type="button" id="reset">Clear decisions</button>
</div>
<div id="findings-list"></div>
</section>
<section aria-labelledby="fixed-h">
<h2 id="fixed-h">Corrected text</h2>
<p id="progress" class="meta" aria-live="polite"></p>
<label for="fixed" class="vh">Corrected text</label>
<textarea id="fixed" readonly></textarea>
<div class="row">
<button type="button" id="copy">Copy corrected text</button>
<button type="button" id="download-text">Download corrected text</button>
<button type="button" id="download-html">Download report (HTML)</button>
<button type="button" id="download-json">Download report (JSON)</button>
</div>
</section>
</div>
</main>
<footer>calque ${esc(version)} · this page loads nothing from the network and sends the article only to this server.</footer>
</div>
<script>${REPORT_SCRIPT}</script>
<script>${EDITOR_SCRIPT}</script>
</body>
</html>
`;
  return { html, csp };
}
