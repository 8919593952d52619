/**
 * Colours and the stylesheet of the HTML report. Every text/background pair is listed in
 * CONTRAST_PAIRS so a test can prove WCAG AA (4.5:1 for text, 3:1 for lines and outlines that
 * carry meaning). Severity is never shown by colour alone: each has its own underline style and
 * its name is written in the tooltip and the list.
 */
import type { Severity, Verdict } from '../../types.js';

export const INK = '#1f2328';
export const MUTED = '#57606a';
export const PAPER = '#ffffff';
export const LINK = '#0550ae';
export const FOCUS = '#1d4ed8';

export interface SeverityColours {
  /** Text colour of badges and headings (on `tint` and on white). */
  text: string;
  /** Highlight background behind article text (INK on it). */
  tint: string;
  /** Underline of the highlight (a meaningful line: ≥ 3:1 against white and the tint). */
  line: string;
  /** CSS border style of the underline, so severity is not colour alone. */
  style: string;
  width: string;
}

export const SEVERITY_COLOURS: Record<Severity, SeverityColours> = {
  critical: { text: '#581c87', tint: '#f3e8ff', line: '#7e22ce', style: 'double', width: '4px' },
  major: { text: '#991b1b', tint: '#fee2e2', line: '#c81e1e', style: 'solid', width: '2px' },
  minor: { text: '#78350f', tint: '#fef3c7', line: '#a35a00', style: 'dashed', width: '2px' },
  info: { text: '#0c4a6e', tint: '#e0f2fe', line: '#0369a1', style: 'dotted', width: '2px' },
};

export const VERDICT_COLOURS: Record<Verdict, { text: string; bg: string; border: string }> = {
  pass: { text: '#14532d', bg: '#dcfce7', border: '#15803d' },
  review: { text: '#713f12', bg: '#fef9c3', border: '#a16207' },
  fail: { text: '#7f1d1d', bg: '#fee2e2', border: '#b91c1c' },
};

/**
 * Sentence fluency bands (0..100). Scores are percentiles against held-out edited news (docs/fluency.md:
 * 90 is the median clean sentence, 63 the 5th percentile, 50 the 1st, 35 the 0.1th), so the bands
 * follow those points. `good` sentences carry no underline.
 */
export type FluencyBand = 'good' | 'fair' | 'weak' | 'poor';

/** Sentences below this are counted as weak in the strip's title. */
export const FLUENCY_GOOD_FROM = 63;

export function fluencyBand(fluency: number): FluencyBand {
  if (!(fluency < FLUENCY_GOOD_FROM)) return 'good';
  if (fluency >= 50) return 'fair';
  if (fluency >= 35) return 'weak';
  return 'poor';
}

export const FLUENCY_COLOURS: Record<FluencyBand, { line: string; style: string; width: string; label: string }> = {
  good: { line: '#1a7f37', style: 'solid', width: '0', label: '63–100: reads like edited news' },
  fair: { line: '#9a6700', style: 'dotted', width: '2px', label: '50–62: awkward (bottom 5% of edited news)' },
  weak: { line: '#bc4c00', style: 'dashed', width: '2px', label: '35–49: hard to read (bottom 1%)' },
  poor: { line: '#a40e26', style: 'wavy', width: '2px', label: 'below 35: garbled' },
};

/** [what, foreground, background, minimum ratio] for the contrast test. */
export function contrastPairs(): [string, string, string, number][] {
  const pairs: [string, string, string, number][] = [
    ['body text', INK, PAPER, 4.5],
    ['muted text', MUTED, PAPER, 4.5],
    ['links', LINK, PAPER, 4.5],
    ['focus outline', FOCUS, PAPER, 3],
  ];
  for (const [sev, c] of Object.entries(SEVERITY_COLOURS)) {
    pairs.push([`article text on ${sev} highlight`, INK, c.tint, 4.5]);
    pairs.push([`link on ${sev} highlight`, LINK, c.tint, 4.5]);
    pairs.push([`boilerplate (muted) text on ${sev} highlight`, MUTED, c.tint, 4.5]);
    pairs.push([`${sev} badge text`, c.text, c.tint, 4.5]);
    pairs.push([`${sev} heading text`, c.text, PAPER, 4.5]);
    pairs.push([`${sev} underline vs page`, c.line, PAPER, 3]);
    pairs.push([`${sev} underline vs its tint`, c.line, c.tint, 3]);
    pairs.push([`focus outline on ${sev} highlight`, FOCUS, c.tint, 3]);
  }
  for (const [v, c] of Object.entries(VERDICT_COLOURS)) {
    pairs.push([`${v} verdict text`, c.text, c.bg, 4.5]);
    pairs.push([`${v} verdict border`, c.border, PAPER, 3]);
  }
  for (const [band, c] of Object.entries(FLUENCY_COLOURS)) pairs.push([`${band} fluency line`, c.line, PAPER, 3]);
  return pairs;
}

const SANS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';
const SERIF = 'Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"DejaVu Serif",serif';

function severityCss(): string {
  return (Object.entries(SEVERITY_COLOURS) as [Severity, SeverityColours][])
    .map(
      ([s, c]) =>
        `.sev-${s}{background:${c.tint};border-bottom:${c.width} ${c.style} ${c.line}}` +
        `.badge-${s}{background:${c.tint};color:${c.text};border-color:${c.line}}` +
        `.finding.item-${s}{border-left-color:${c.line}}` +
        `.h-${s}{color:${c.text}}`,
    )
    .join('\n');
}

function fluencyCss(): string {
  return (Object.entries(FLUENCY_COLOURS) as [FluencyBand, (typeof FLUENCY_COLOURS)['good']][])
    .map(([b, c]) => {
      const under = b === 'good' ? '' : `.sent.fl-${b}{text-decoration:underline ${c.style} ${c.line};text-decoration-thickness:${c.width}}`;
      return `${under}.bar.fl-${b},.key.fl-${b}{background:${c.line}}`;
    })
    .join('\n');
}

/** Bar heights in tenths, so no style attribute is needed (the CSP forbids them). */
function barCss(): string {
  const rules: string[] = [];
  for (let i = 0; i <= 10; i++) rules.push(`.bar.t${i}{height:${Math.max(8, i * 10)}%}`);
  return rules.join('');
}

export function stylesheet(): string {
  const v = Object.entries(VERDICT_COLOURS)
    .map(([k, c]) => `.verdict-${k}{background:${c.bg};color:${c.text};border-color:${c.border}}`)
    .join('');
  return `
:root{color-scheme:light}
*{box-sizing:border-box}
html{background:${PAPER};color:${INK}}
body{margin:0;font:16px/1.5 ${SANS}}
a{color:${LINK}}
a:focus-visible,mark.hl:focus-visible,li.finding:focus-visible,.bar:focus-visible{outline:3px solid ${FOCUS};outline-offset:2px}
mark.hl:focus{outline:3px solid ${FOCUS};outline-offset:2px}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:.5rem;top:-4rem;z-index:100;padding:.5rem .75rem;background:${PAPER};border:2px solid ${FOCUS};border-radius:4px}
.skip:focus{top:.5rem}
.wrap{max-width:68rem;margin:0 auto;padding:1.25rem 1.25rem 3rem}
h1{font-size:1.5rem;margin:.25rem 0 .75rem;line-height:1.25}
h1 .label{font-weight:400;color:${MUTED};overflow-wrap:anywhere}
h2{font-size:1.2rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid #d0d7de}
.summary{border:1px solid #d0d7de;border-radius:8px;padding:1rem 1.25rem}
.verdict{display:inline-block;margin:0 0 .75rem;padding:.35rem .75rem;border:2px solid;border-radius:6px;font-size:1.05rem}
${v}
.scores{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:0 0 1rem;padding:0}
.scores div{min-width:7rem}
.scores dt{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:${MUTED}}
.scores dd{margin:0;font-size:1.6rem;font-weight:600;line-height:1.2}
.scores dd small{font-size:.85rem;font-weight:400;color:${MUTED}}
.counts{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start}
table{border-collapse:collapse;font-size:.9rem;margin:0 0 .5rem}
caption{text-align:left;font-weight:600;padding:0 0 .25rem;color:${INK}}
th,td{border:1px solid #d0d7de;padding:.2rem .55rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f6f8fa}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.prov{margin:.75rem 0 0;padding:.5rem .75rem;border-left:4px solid ${SEVERITY_COLOURS.info.line};background:${SEVERITY_COLOURS.info.tint}}
.badge{display:inline-block;padding:0 .4rem;border:1px solid;border-radius:999px;font:600 .75rem/1.5 ${SANS};text-transform:uppercase;letter-spacing:.03em}
.strip-wrap{margin-top:1rem}
.strip-title{font-size:.9rem;font-weight:600;margin:0 0 .25rem}
.strip{display:flex;align-items:flex-end;gap:2px;height:3rem;padding:2px;border-bottom:1px solid ${MUTED};max-width:100%;overflow-x:auto}
.bar{display:block;flex:1 1 .5rem;min-width:4px;max-width:1.5rem;border-radius:2px 2px 0 0}
${barCss()}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.5rem 0 0;padding:0;list-style:none;font-size:.85rem;color:${MUTED}}
.legend .sample{font-family:${SERIF};color:${INK};padding:0 .2rem}
.key{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:-.1rem;margin-right:.25rem}
.article{font:1.0625rem/2.15 ${SERIF};white-space:pre-wrap;overflow-wrap:anywhere;max-width:46rem;margin:0;padding:.5rem 0}
.sent{text-underline-offset:.62em;text-decoration-skip-ink:none}
.sent.boiler{color:${MUTED};font-style:italic}
mark.hl{color:inherit;padding:.08em .05em;border-radius:2px;position:relative;cursor:help}
mark.hl .hl{padding-bottom:.22em;background-clip:content-box}
mark.hl .hl .hl{padding-bottom:.36em}
.hl-empty::before{content:"\\2038";font-weight:700}
.hl-empty{padding:0 .15em}
.bidi{font:700 .75em ${SANS};font-style:normal;color:${INK};border:1px dashed ${MUTED};border-radius:3px;padding:0 .2em;unicode-bidi:isolate}
.omitted{padding:.5rem .75rem;border:1px solid ${MUTED};border-radius:6px}
${severityCss()}
${fluencyCss()}
.tip{display:none;position:absolute;left:0;top:100%;z-index:20;width:max-content;max-width:min(26rem,86vw);margin:0;padding:.55rem .75rem;background:${PAPER};color:${INK};border:1px solid ${MUTED};border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.18);font:400 .875rem/1.45 ${SANS};font-style:normal;white-space:normal;text-align:left;text-decoration:none;cursor:auto}
.tip.flip{left:auto;right:0}
.tip>span{display:block}
.tip .tip-head{margin-bottom:.25rem}
.tip .cat{color:${MUTED};font-size:.8rem}
.tip .sug{margin-top:.25rem}
.tip a{display:inline-block;margin-top:.3rem;font-size:.8rem}
mark.hl:hover>.tip,mark.hl:focus>.tip,mark.hl:focus-within>.tip{display:block}
mark.hl:has(.hl:hover)>.tip,mark.hl:has(.hl:focus-within)>.tip{display:none}
.tips-off .tip{display:none!important}
q{quotes:"\\201C" "\\201D" "\\2018" "\\2019"}
.findings{list-style:none;margin:0;padding:0;counter-reset:none}
.finding{margin:0 0 .75rem;padding:.5rem .75rem;border:1px solid #d0d7de;border-left:5px solid;border-radius:6px}
.finding:target{box-shadow:0 0 0 3px ${FOCUS}}
.finding .head{display:flex;flex-wrap:wrap;gap:.25rem .6rem;align-items:baseline}
.finding .num{font-weight:700;font-variant-numeric:tabular-nums}
.finding code{font-size:.85rem;background:#f6f8fa;padding:0 .25rem;border-radius:3px}
.finding .quote{margin:.35rem 0;padding:.1rem .6rem;border-left:3px solid #d0d7de;font-family:${SERIF};overflow-wrap:anywhere}
.finding p{margin:.25rem 0}
.meta{font-size:.85rem;color:${MUTED}}
.none{color:${MUTED}}
footer{margin-top:2.5rem;font-size:.85rem;color:${MUTED}}
@media (max-width:40rem){.wrap{padding:.75rem}.article{font-size:1rem}}
@media print{
  html,body{background:#fff!important;color:#000}
  .skip,.tip,.strip-wrap,.no-print{display:none!important}
  .wrap{max-width:none;padding:0}
  .summary,.finding{break-inside:avoid;border-color:#999}
  mark.hl{background:none!important}
  mark.hl[data-n]::after{content:"[" attr(data-n) "]";font:700 .65em ${SANS};vertical-align:super;color:#000}
  .article{line-height:1.9}
  a{color:#000;text-decoration:none}
  .verdict{background:#fff!important;color:#000!important}
  .finding{box-shadow:none!important}
}
`;
}
