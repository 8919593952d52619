/** The server's pure parts without a server: LanguageTool mapping, annotated text, options. */
import { describe, expect, it } from 'vitest';
import { check, formatHtml, RULES } from '../src/index.js';
import { formatHtmlParts } from '../src/report/format-html.js';
import { readSeed, SEED_MT } from './helpers.js';
import { UsageError } from '../src/cli/io.js';
import { defaultOptions, parseServeArgs } from '../src/server/args.js';
import { annotatedText, BadRequest, categoryId, knownRuleIds, resolveLanguage, toLanguageToolResponse } from '../src/server/languagetool.js';

describe('annotated text', () => {
  it('keeps lengths: markup blank, text as is, interpretAs line breaks kept', () => {
    const data = JSON.stringify({
      annotation: [{ markup: '<p>' }, { text: 'One.' }, { markup: '</p>', interpretAs: '\n\n' }, { markup: '<br>', interpretAs: '\n' }, { text: 'Two 🎉.' }],
    });
    const { original, masked } = annotatedText(data);
    expect(original).toBe('<p>One.</p><br>Two 🎉.');
    expect(masked).toHaveLength(original.length);
    expect(masked).toBe('   One.\n\n  \n   Two 🎉.');
  });

  it('refuses what is not annotated text with a one-line reason', () => {
    for (const bad of ['not json', '{}', '{"annotation": [{}]}', '{"annotation": [{"text": 5}]}', '[1]']) {
      expect(() => annotatedText(bad)).toThrow(BadRequest);
      try {
        annotatedText(bad);
      } catch (e) {
        expect((e as Error).message).not.toContain('\n');
      }
    }
  });
});

describe('languages and rule ids', () => {
  it('takes English variants and auto; refuses other languages', () => {
    expect(resolveLanguage('en-US').code).toBe('en-US');
    expect(resolveLanguage('EN-gb').code).toBe('en-GB');
    expect(resolveLanguage('en-IE').code).toBe('en');
    expect(resolveLanguage('auto').code).toBe('en-US');
    expect(() => resolveLanguage('de-DE')).toThrow(/English only/);
    expect(() => resolveLanguage('english')).toThrow(BadRequest);
  });

  it('matches calque and LanguageTool-style ids, ignores the rest', () => {
    const known = RULES.map((r) => r.meta.id);
    expect(knownRuleIds(['UNTRANSLATED_ACRONYM', 'WHITESPACE_RULE', 'calque-phrase', 'Calque-Phrase'], known)).toEqual(['untranslated-acronym', 'calque-phrase']);
    expect(categoryId('locale-convention/number-format')).toBe('LOCALE_CONVENTION_NUMBER_FORMAT');
  });
});

describe('findings as LanguageTool matches', () => {
  it('one match per finding, context around the same characters, categories filtered', () => {
    const text = 'Officials said the UN DK met on Monday.\nThe Kemlu spokesman, reported Antara, said so.';
    const report = check(text);
    const descriptions = new Map(RULES.map((r) => [r.meta.id, r.meta.description]));
    const res = toLanguageToolResponse(report, text, { name: 'English', code: 'en' }, descriptions) as { matches: { offset: number; length: number; context: { text: string; offset: number; length: number }; rule: { id: string; category: { id: string } } }[] };
    expect(res.matches).toHaveLength(report.findings.length);
    for (const [i, m] of res.matches.entries()) {
      const f = report.findings[i]!;
      expect([m.offset, m.offset + m.length]).toEqual([f.span.start, f.span.end]);
      expect(m.context.text.substr(m.context.offset, m.context.length)).toBe(f.text.replace(/\n/g, ' '));
      expect(m.context.text).not.toContain('\n');
    }
    const cat = res.matches[0]!.rule.category.id;
    const filtered = toLanguageToolResponse(report, text, { name: 'English', code: 'en' }, descriptions, new Set([cat])) as { matches: { rule: { category: { id: string } } }[] };
    expect(filtered.matches.length).toBeLessThan(res.matches.length);
    expect(filtered.matches.every((m) => m.rule.category.id !== cat)).toBe(true);
  });
});

describe('calque serve options', () => {
  it('defaults to 127.0.0.1:8081 with CORS off', () => {
    const o = parseServeArgs([]);
    expect(o).toEqual(defaultOptions());
    expect([o.host, o.port, o.cors]).toEqual(['127.0.0.1', 8081, []]);
  });

  it('parses limits and origins', () => {
    const o = parseServeArgs(['--port', '0', '--max-body', '512k', '--timeout', '2.5', '--cors', 'https://a.example,https://b.example', '--cors', '*']);
    expect([o.port, o.maxBodyBytes, o.timeoutMs, o.cors]).toEqual([0, 512 * 1024, 2500, ['https://a.example', 'https://b.example', '*']]);
  });

  it('refuses bad values with one line', () => {
    for (const bad of [['--port', '70000'], ['--max-body', 'lots'], ['--timeout', '0'], ['--cors', 'https://a.example/path'], ['--workers', '0'], ['extra'], ['--config', 'x', '--no-config']]) {
      expect(() => parseServeArgs(bad), bad.join(' ')).toThrow(UsageError);
    }
  });
});

describe("the editor page's report pieces", () => {
  it('are exactly what the HTML report lays out, capped alike', () => {
    const text = readSeed(SEED_MT);
    const report = check(text);
    for (const cap of [250, 2]) {
      const parts = formatHtmlParts(report, text, 'a.txt', cap);
      const page = formatHtml(report, text, { label: 'a.txt', maxFindingsPerSeverity: cap });
      expect(page).toContain(parts.summary);
      expect(page).toContain(`<div class="article" id="article" tabindex="-1">${parts.article}</div>`);
      expect(page).toContain(parts.findings);
      const perSeverity = ['critical', 'major', 'minor', 'info'].map((sev) => Math.min(cap, report.findings.filter((f) => f.severity === sev).length));
      expect(parts.order).toHaveLength(perSeverity.reduce((a, b) => a + b, 0));
    }
  });
});
