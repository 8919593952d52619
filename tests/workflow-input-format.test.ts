/**
 * Markdown and HTML input (src/workflow/input-format.ts and the prose readers): what the rules read
 * of a file, and that every span found there is put back on the file itself.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, checkHtml, checkMarkdown } from '../src/index.js';
import type { Finding, Report } from '../src/index.js';
import { detectFormat, readProse, type InputFormat } from '../src/workflow/input-format.js';
import { processFile } from '../src/workflow/pipeline.js';
import { restoreOriginal } from '../src/workflow/prose-view.js';
import { assertSpansHonest, assertValidReport } from './helpers.js';

const settings = { checkOptions: {}, workflowRules: {} };
const prose = async (text: string, format: InputFormat): Promise<string> => (await readProse(text, format)).text;
const reportOf = async (text: string, format: InputFormat): Promise<Report> => {
  const r = (await processFile({ label: 'x', text, format }, settings)).report;
  assertValidReport(r);
  assertSpansHonest(text, r);
  return r;
};
/** Rule and line of each finding, low-fluency aside (its sentence bounds follow the rest). */
const flagged = (r: Report): string[] => r.findings.filter((f) => f.ruleId !== 'low-fluency').map((f) => `${f.ruleId}:${f.text}`);
const ids = (r: Report): string[] => r.findings.filter((f) => f.ruleId !== 'low-fluency').map((f) => f.ruleId);
const overlaps = (f: Finding, start: number, end: number): boolean => f.span.start < end && f.span.end > start;

// Sentences the rules flag (title-calque, untranslated-word, untranslated-acronym): a test that
// says markup hides them first shows they are flagged as prose, so it can fail.
const FLAGGED = 'Leader Kim met officials from Cina and the UN DK on Monday.';

describe('input formats', () => {
  it('detects the format from the extension unless told', () => {
    expect(detectFormat('a/b.md')).toBe('markdown');
    expect(detectFormat('x.HTML')).toBe('html');
    expect(detectFormat('x.htm')).toBe('html');
    expect(detectFormat('x.txt')).toBe('text');
    expect(detectFormat('x.md', 'text')).toBe('text');
    expect(detectFormat('x.txt', 'auto')).toBe('text');
  });

  it('reads plain text as it is, with no map', async () => {
    const v = await readProse('a <b> &amp; *c*\n', 'text');
    expect(v).toEqual({ text: 'a <b> &amp; *c*\n' });
  });

  it('the sentence used below is flagged as plain text', () => {
    expect(ids(check(FLAGGED))).toEqual(['title-calque', 'untranslated-word', 'untranslated-acronym']);
  });
});

describe('Markdown (mdast with GFM and front matter)', () => {
  it('reads the prose without syntax, keeping link text', async () => {
    const md = '# Title here\n\nThe **minister** met [the envoy](https://example.com/a_b) on `code` Monday.\n\n- item one\n- item two\n';
    expect(await prose(md, 'markdown')).toBe('Title here\nThe minister met the envoy on  Monday.\nitem one\nitem two\n');
  });

  it('joins soft-wrapped lines into one paragraph and keeps paragraphs apart', async () => {
    expect(await prose('The minister said the talks\nwould resume next week.\n\nA second paragraph.', 'markdown')).toBe(
      'The minister said the talks would resume next week.\nA second paragraph.\n',
    );
    expect(await prose('> The minister said\n> the talks resumed.\r\n', 'markdown')).toBe('The minister said the talks resumed.\n');
  });

  it('leaves out fenced code, front matter, thematic breaks, definitions and HTML comments', async () => {
    const md = '---\ntitle: Leader Kim\n---\nText.\n```\nLeader Kim met the UN DK.\n```\n\n***\n\n[ref]: https://x.org/Cina\n<!-- Leader Kim -->\n';
    expect(await prose(md, 'markdown')).toBe('Text.\n');
    expect(ids(await reportOf(md, 'markdown'))).toEqual([]);
  });

  it('indented code is not prose', async () => {
    const md = `A paragraph about the visit.\n\n    ${FLAGGED}\n\nAnother paragraph.\n`;
    expect(await prose(md, 'markdown')).toBe('A paragraph about the visit.\nAnother paragraph.\n');
    expect(ids(await reportOf(md, 'markdown'))).toEqual([]);
  });

  it('inline code of any backtick count is not prose', async () => {
    const md = 'The plan was ``Leader Kim `met` the UN DK`` and `Cina` in the notes.\n';
    expect(await prose(md, 'markdown')).toBe('The plan was  and  in the notes.\n');
    expect(ids(await reportOf(md, 'markdown'))).toEqual([]);
  });

  it('a URL with parentheses is the link target, not prose; the link text is checked', async () => {
    const url = 'https://example.com/wiki/Cina_(negara)_DK';
    const md = `The ministry cited [a report on the UN DK](${url}) on Monday.\n`;
    expect(await prose(md, 'markdown')).toBe('The ministry cited a report on the UN DK on Monday.\n');
    const r = await reportOf(md, 'markdown');
    expect(flagged(r)).toEqual(['untranslated-acronym:UN DK']);
    const at = md.indexOf(url);
    expect(r.findings.filter((f) => overlaps(f, at, at + url.length))).toEqual([]);
  });

  it('nested brackets stay in the link text; the text is checked, not the URL', async () => {
    const md = 'Officials read [the [UN DK] statement](https://x.org/Cina) aloud.\n';
    expect(await prose(md, 'markdown')).toBe('Officials read the [UN DK] statement aloud.\n');
    const r = await reportOf(md, 'markdown');
    const f = r.findings.find((x) => x.ruleId === 'untranslated-acronym');
    expect(f?.span).toEqual({ start: md.indexOf('UN DK'), end: md.indexOf('UN DK') + 5 });
    expect(r.findings.some((x) => x.ruleId === 'untranslated-word')).toBe(false);
  });

  it('autolinks and GFM autolink literals are URLs, not prose', async () => {
    const md = 'See <https://x.org/Cina> and www.cina.example for details.\n';
    expect(await prose(md, 'markdown')).toBe('See  and  for details.\n');
  });

  it('tables with and without leading pipes: each cell is its own segment', async () => {
    const withPipes = '| Name | Role |\n| --- | --- |\n| Leader Kim | envoy |\n';
    const without = 'Name | Role\n--- | ---\nLeader Kim | envoy\n';
    for (const md of [withPipes, without]) {
      expect(await prose(md, 'markdown')).toBe('Name\nRole\nLeader Kim\nenvoy\n');
      const r = await reportOf(md, 'markdown');
      expect(flagged(r)).toEqual(['title-calque:Leader Kim']);
      expect(r.findings.every((f) => !f.text.includes('|'))).toBe(true);
    }
  });

  it('decodes escapes and character references, and spans cover their source', async () => {
    const md = 'The \\[Leader &Eacute;mile\\] met the UN&#32;DK on Monday.\n';
    expect(await prose(md, 'markdown')).toBe('The [Leader Émile] met the UN DK on Monday.\n');
    const r = await reportOf(md, 'markdown');
    expect(flagged(r)).toEqual(['title-calque:Leader &Eacute;mile', 'untranslated-acronym:UN&#32;DK']);
    // The text in the file is not the text read: a blind fix would write over the markup.
    expect(r.findings.filter((f) => f.ruleId !== 'low-fluency').every((f) => f.fixable !== true)).toBe(true);
  });

  it('reads HTML blocks as HTML and inline tags as markup', async () => {
    const md = 'Intro line.\n\n<div class="note">Leader Kim <b>met</b> the envoy.</div>\n\nA <em>short</em> line<br>and more.\n';
    expect(await prose(md, 'markdown')).toBe('Intro line.\nLeader Kim met the envoy.\nA short line\nand more.\n');
  });

  it('reports findings with spans and lines in the file', async () => {
    const md = '## News\n\nThe English version is *automatically generated* by the AI.\n';
    const r = await reportOf(md, 'markdown');
    const f = r.findings.find((x) => x.ruleId === 'mt-disclaimer');
    expect(f).toBeDefined();
    expect(f!.line).toBe(3);
    expect(f!.text).toContain('*automatically generated*');
    expect(r.input.characters).toBe(md.length);
  });
});

describe('HTML (htmlparser2 with entities)', () => {
  it('reads text without tags, scripts and comments; blocks split; line breaks in text are spaces', async () => {
    const html =
      '<html><head><title>Headline</title><script>var x = "<p>";</script></head><body><p>First &amp; second\nline.</p>' +
      '<p>Kim&rsquo;s &ldquo;tour&rdquo;.</p><!-- note --><ul><li>one<li>two</ul>x<br>y</body></html>';
    expect(await prose(html, 'html')).toBe('Headline\nFirst & second line.\nKim’s “tour”.\none\ntwo\nx\ny\n');
  });

  it('decodes every entity, so names keep their letters (beyond any short table)', async () => {
    const html = '<p>Prime Minister Babi&scaron; met &Eacute;mile Zola&#39;s heirs and Ko&#x161;ak&nbsp;in &Uuml;sk&uuml;dar &hellip;</p>';
    expect(await prose(html, 'html')).toBe('Prime Minister Babiš met Émile Zola\'s heirs and Košak in Üsküdar …\n');
    // No letters erased: nothing reads as a misspelt fragment.
    expect((await reportOf(html, 'html')).findings.filter((f) => f.ruleId === 'spelling')).toEqual([]);
  });

  it('a finding on a decoded entity spans its source', async () => {
    const html = '<p>Leader &Eacute;mile met the envoy on Monday.</p>\n';
    const r = await reportOf(html, 'html');
    expect(flagged(r)).toEqual(['title-calque:Leader &Eacute;mile']);
    const f = r.findings.find((x) => x.ruleId === 'title-calque')!;
    expect(f.span).toEqual({ start: 3, end: 3 + 'Leader &Eacute;mile'.length });
    expect(f.fixable).not.toBe(true);
    // The same sentence as plain text: the same findings.
    expect(ids(check('Leader Émile met the envoy on Monday.'))).toEqual(ids(r));
  });

  it('a > inside an attribute value never leaks into the prose', async () => {
    const html = '<p><a title="UN DK > Cina" data-x=\'a>b\' href="/x?a>b">Leader Kim</a> met the envoy.</p>';
    expect(await prose(html, 'html')).toBe('Leader Kim met the envoy.\n');
    expect(flagged(await reportOf(html, 'html'))).toEqual(['title-calque:Leader Kim']);
  });

  it.each(['pre', 'code', 'kbd', 'script', 'style', 'template', 'textarea'])('<%s> is not prose', async (tag) => {
    expect(ids(await reportOf(`<p>${FLAGGED}</p>`, 'html')).length).toBeGreaterThan(0);
    const html = `<p>The notes follow.</p><${tag}>${FLAGGED}</${tag}><p>The talks ended.</p>`;
    expect(await prose(html, 'html')).toBe('The notes follow.\nThe talks ended.\n');
    expect(ids(await reportOf(html, 'html'))).toEqual([]);
  });

  it('inline code leaves no spacing finding behind; a doubled space the author typed is still flagged', async () => {
    const r = await reportOf('<p>Run <code>make all</code> now, the minister said.</p>\n', 'html');
    expect(r.findings.filter((f) => f.ruleId === 'spacing')).toEqual([]);
    expect((await reportOf('<p>The minister  said the plan was ready.</p>\n', 'html')).findings.some((f) => f.ruleId === 'spacing')).toBe(true);
  });

  it('a wrapped and indented line (LF or CRLF) is one space, not a doubled space', async () => {
    const html = '<p>The minister said\r\n      the plan was ready.</p>\n<p>The envoy said\n  the talks  went well.</p>\n';
    expect(await prose(html, 'html')).toBe('The minister said the plan was ready.\nThe envoy said the talks  went well.\n');
    const spacing = (await reportOf(html, 'html')).findings.filter((f) => f.ruleId === 'spacing');
    expect(spacing.map((f) => f.span)).toEqual([{ start: html.indexOf('talks  ') + 5, end: html.indexOf('talks  ') + 7 }]);
  });

  it('inline tags inside a word do not split it; block elements and <br> end sentences', async () => {
    expect(await prose('<p>An <em>un</em>likely deal.</p>', 'html')).toBe('An unlikely deal.\n');
    expect(await prose('<table><tr><td>Leader Kim</td><td>envoy</td></tr></table><h2>Talks</h2>end<br/>next', 'html')).toBe('Leader Kim\nenvoy\nTalks\nend\nnext');
  });
});

describe('markup read as spaces is not a spacing error', () => {
  it.each([
    ['html', '<p>The <em>UN DK</em> met on Monday.</p>\n'],
    ['markdown', 'The **UN DK** met on _Monday_ in New York.\n'],
  ] as const)('%s: no blank-space finding over markup, and the real artifact stays', async (format, text) => {
    const r = await reportOf(text, format);
    expect(r.findings.map((f) => f.ruleId)).toContain('untranslated-acronym');
    expect(r.findings.filter((f) => f.text.trim() === '' || f.text.includes('<') || f.text.includes('*'))).toEqual([]);
  });
});

describe('restoreOriginal', () => {
  it('re-reads texts and positions from the file and drops fixable over markup', async () => {
    const html = '<p>one</p>\n<p>two <b>x</b> y</p>';
    const view = await readProse(html, 'html');
    expect(view.text).toBe('one\ntwo x y\n');
    const r = check(view.text);
    const finding = (start: number, end: number): Finding => ({
      id: 't', ruleId: 't', category: 'fluency/grammar', severity: 'minor', span: { start, end }, line: 9, column: 9,
      text: view.text.slice(start, end), message: 'm', suggestions: ['y'], confidence: 1, fixable: true,
    });
    const back = restoreOriginal({ ...r, findings: [finding(4, 9), finding(4, 7)] }, html, view);
    expect(back.findings[0]!.text).toBe('two <b>x');
    expect(back.findings[0]!.span).toEqual({ start: 14, end: 22 });
    expect(back.findings[0]!.line).toBe(2);
    expect(back.findings[0]!.fixable).toBeUndefined();
    expect(back.findings[1]!.text).toBe('two');
    expect(back.findings[1]!.fixable).toBe(true);
  });
});

describe('library API: checkMarkdown and checkHtml', () => {
  it('take the same path as the CLI and the server, with spans into the document', async () => {
    const html = '<p>Leader &Eacute;mile met the <b>UN DK</b> on Monday.</p>\n';
    const r = await checkHtml(html);
    assertSpansHonest(html, r);
    expect(r).toEqual(await reportOf(html, 'html'));
    expect(flagged(r)).toEqual(['title-calque:Leader &Eacute;mile', 'untranslated-acronym:UN DK']);
    const md = `    ${FLAGGED}\n\nThe **UN DK** met.\n`;
    const m = await checkMarkdown(md, { only: ['untranslated-acronym'] });
    expect(m.findings.map((f) => f.span)).toEqual([{ start: md.lastIndexOf('UN DK'), end: md.lastIndexOf('UN DK') + 5 }]);
    await expect(checkHtml(html, { only: ['no-such-rule'] })).rejects.toThrow(/no-such-rule/);
  });
});

// ---------------------------------------------------------------- properties

const HTML_PIECES = [
  'a', 'b', ' ', '\n', '\r\n', '<p>', '</p>', '<b>', '</b>', '<br>', '<div>', '</div>', '<li>', '&amp;', '&scaron;', '&Eacute;', '&#233;',
  '&#x1F600;', '&nbsp;', '&lt;', '&', '< ', '>', ';', 'É', '<a title="q>q" href=\'q>q\'>', '</a>', '<!-- q -->', '<pre>q</pre>',
  '<code>q</code>', '<script>q</script>', '<style>q</style>', '<template>q</template>', '<title>Q</title>',
];
const MD_PIECES = [
  'a', 'b', ' ', '\n', '\n\n', '\r\n', '*', '_', '`', '``', '[', ']', '(', ')', '\\', '\\*', '&amp;', '&eacute;', '&#233;', '> ', '    ',
  '# ', '- ', '1. ', '|', '---', '```', 'https://x.org/(a)', '<https://x.org>', '<!-- c -->', '<div>', '</div>', '<br>', 'É', '!',
];

/** The map's invariants: in range, in order, and every letter read is the file's own or an entity or escape standing for it. */
function assertMapHonest(file: string, text: string, span: (s: number, e: number) => { start: number; end: number }): void {
  let last = 0;
  for (let k = 0; k < text.length; k++) {
    const at = span(k, k + 1);
    expect(at.start).toBeGreaterThanOrEqual(last);
    expect(at.end).toBeGreaterThanOrEqual(at.start);
    expect(at.end).toBeLessThanOrEqual(file.length);
    last = at.start;
    const c = text[k]!;
    const source = file.slice(at.start, at.end);
    if (/[abq]/.test(c)) expect(source).toBe(c);
    else if (/\p{L}/u.test(c) || /[\uD800-\uDFFF]/.test(c)) expect(source === c || source.startsWith('&') || source.startsWith('\\')).toBe(true);
  }
  const whole = span(0, text.length);
  expect(whole.start).toBeGreaterThanOrEqual(0);
  expect(whole.end).toBeLessThanOrEqual(file.length);
}

describe('the map back to the file (property)', () => {
  it.each([
    ['html', HTML_PIECES],
    ['markdown', MD_PIECES],
  ] as const)('%s: every unit of the prose points at its own source', async (format, pieces) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), async (parts) => {
        const file = parts.join('');
        const view = await readProse(file, format);
        expect(view.map).toBeDefined();
        assertMapHonest(file, view.text, (s, e) => view.map!.span(s, e));
        // Attribute values, comments, code, scripts and styles never reach the prose.
        if (format === 'html') expect(view.text).not.toContain('q');
      }),
      { numRuns: 300, seed: 0x5eed },
    );
  }, 60_000);

  it('findings on random markup always slice to their text in the file', async () => {
    const words = ['Leader Kim', 'met', 'the', 'UN DK', 'in', 'Cina', 'on Monday.', 'Ko&scaron;ak', '&Eacute;mile', 'the  envoy'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<InputFormat>('html', 'markdown'),
        fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...HTML_PIECES, ...MD_PIECES)), { maxLength: 30 }),
        async (format, parts) => {
          const file = parts.join(' ');
          const r = (await processFile({ label: 'x', text: file, format }, settings)).report;
          assertSpansHonest(file, r);
          for (const s of r.sentences) expect(s.span.end).toBeLessThanOrEqual(file.length);
        },
      ),
      { numRuns: 60, seed: 0x5eed },
    );
  }, 60_000);
});
