import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/lexicons/package-root.js';
import { newsParagraphs, parseCsv, readDocuments, readWikinews } from '../src/lm/corpus.js';
import { estimateKneserNey } from '../src/lm/estimate.js';
import { model } from '../src/lm/load.js';
import { backoffLogProb, mixModels } from '../src/lm/mix.js';
import { cnxmlParagraphs, sentenceText } from '../scripts/extract-training-text.js';

// Two toy corpora over ids 2..5 (0 = <s>, 1 = </s>) that prefer different continuations.
const OLD = [
  [2, 3, 4],
  [2, 3, 4],
  [3, 4, 2],
  [5, 5, 3, 4],
];
const NEW = [
  [2, 3, 5],
  [2, 5, 5],
  [4, 3, 5],
  [2, 3, 5, 4],
];

describe('mixing two backoff models', () => {
  const a = estimateKneserNey(NEW, 6, 3);
  const b = estimateKneserNey(OLD, 6, 3);
  const mixed = mixModels(a, b, 0.4);

  it('gives every context a distribution that sums to one', () => {
    for (const h of ['0', '0,2', '2,3', '5,5', '4,4', '3', '']) {
      let sum = 0;
      for (let w = 0; w < 6; w++) sum += 10 ** backoffLogProb(mixed, h === '' ? String(w) : `${h},${w}`);
      expect(sum).toBeCloseTo(1, 6);
    }
  });

  it('is the weighted mean of the two models on every seen n-gram', () => {
    for (const key of ['2,3,4', '2,3,5', '3,5', '4']) {
      const expected = 0.4 * 10 ** backoffLogProb(a, key) + 0.6 * 10 ** backoffLogProb(b, key);
      expect(10 ** backoffLogProb(mixed, key)).toBeCloseTo(expected, 9);
    }
  });

  it('moves towards the model with the larger weight', () => {
    const towardsNew = mixModels(a, b, 0.9);
    expect(backoffLogProb(towardsNew, '2,3,5')).toBeGreaterThan(backoffLogProb(mixed, '2,3,5'));
    expect(backoffLogProb(towardsNew, '2,3,4')).toBeLessThan(backoffLogProb(mixed, '2,3,4'));
  });

  it('refuses models over different vocabularies', () => {
    expect(() => mixModels(a, estimateKneserNey(OLD, 7, 3), 0.5)).toThrow(/vocabulary/);
  });
});

describe('reading the Wikinews training text', () => {
  it('parses quoted CSV fields holding commas, newlines and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","line one\nline ""two"""\r\nlast,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'line one\nline "two"'],
      ['last', ''],
    ]);
  });

  it('keeps news prose and drops datelines, image credits and interview turns', () => {
    const text = [
      'Monday, March 2, 2020\u00a0',
      'The council approved the budget on Friday.',
      '((WN))  What do you think of the budget?',
      '((Jane Roe)) I think it is fine.',
      'Image: City Council.',
      'Critics said the plan was\nrushed.',
    ].join('\n\n');
    expect(newsParagraphs(text)).toEqual(['The council approved the budget on Friday.', 'Critics said the plan was rushed.']);
  });

  it('reads every committed article, all from English Wikinews', () => {
    const articles = readWikinews(join(packageRoot(), 'corpora', 'train', 'wikinews'), gunzipSync);
    expect(articles.length).toBeGreaterThan(250);
    for (const a of articles) expect(a.url).toMatch(/^https:\/\/en\.wikinews\.org\//);
  });
});

describe('extracting openly licensed training text', () => {
  it("keeps a textbook's running prose and leaves out figures, features, exercises and holes", () => {
    const xml = `<document xmlns="http://cnx.rice.edu/cnxml"><title>Tariffs</title>
      <metadata xmlns:md="http://cnx.rice.edu/mdml"><md:abstract><para id="a">By the end of this section, you will be able to explain it.</para></md:abstract></metadata>
      <content>
        <para id="p1">A <term>tariff</term> is a tax on imports. It raises the <emphasis>price</emphasis> that buyers pay.</para>
        <para id="p2">As <link target-id="fig1"/> shows, imports fell.</para>
        <para id="p3">Read more at the <link url="https://example.org">trade office</link> of the city.</para>
        <figure id="fig1"><caption>Imports fell.</caption></figure>
        <note id="n1"><para id="p4">Visit this website to read about trade.</para></note>
        <para id="p5">The cost is <m:math xmlns:m="http://www.w3.org/1998/Math/MathML"><m:mn>5</m:mn></m:math> dollars.</para>
        <exercise id="e1"><problem id="q1"><para id="p6">Why do tariffs raise prices?</para></problem></exercise>
        <para id="p7">Key Concepts and Summary</para>
      </content></document>`;
    expect(cnxmlParagraphs(xml)).toEqual({
      title: 'Tariffs',
      paragraphs: ['A tariff is a tax on imports. It raises the price that buyers pay.', 'Read more at the trade office of the city.'],
    });
  });

  it('rebuilds a sentence from CoNLL-U tokens, joining hyphens and contractions', () => {
    const row = (id: string, form: string, xpos = 'NN', misc = '_'): string[] => [id, form, '_', '_', xpos, '_', '_', '_', '_', misc];
    const rows = [row('1', 'The'), row('2', 'six'), row('3', '-', 'HYPH', 'SpaceAfter=No'), row('4', 'member'), row('5', 'team'), row('6-7', "didn't"), row('6', 'did'), row('7', "n't"), row('8', 'win', 'VB', 'SpaceAfter=No'), row('9', '.', '.')];
    expect(sentenceText(rows)).toBe("The six-member team didn't win.");
  });

  it("reads every committed JSON-lines source: GUM's news from Wikinews, the economics textbook", () => {
    const root = join(packageRoot(), 'corpora', 'train');
    const gum = readDocuments(join(root, 'gum-news'), gunzipSync);
    expect(gum.length).toBeGreaterThan(20);
    for (const d of gum) expect(d.url).toMatch(/^https:\/\/en\.wikinews\.org\//);
    const economics = readDocuments(join(root, 'openstax-economics'), gunzipSync);
    expect(economics.length).toBeGreaterThan(100);
    for (const d of economics) for (const p of d.paragraphs) expect(p).not.toMatch(/https?:|<[a-z]/);
  });
});

describe('training corpora and their licences', () => {
  const root = join(packageRoot(), 'corpora', 'train');

  it('every committed training corpus carries its licence and an attribution file', () => {
    const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    for (const d of folders) {
      expect(existsSync(join(root, d.name, 'LICENSE.md')), d.name).toBe(true);
      expect(existsSync(join(root, d.name, 'ATTRIBUTION.md')), d.name).toBe(true);
    }
  });

  it('the shipped model names each source it was trained on, with its licence', () => {
    const sources = model().meta.sources ?? [];
    expect(sources.map((s) => s.licence)).toEqual(expect.arrayContaining(['MIT', 'CC BY 2.5']));
    for (const s of sources) {
      expect(s.sentences).toBeGreaterThan(0);
      if (s.path !== undefined) expect(existsSync(join(packageRoot(), s.path))).toBe(true);
    }
  });
});
