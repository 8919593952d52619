/**
 * The committed manifests of the real-text set (corpora/real/manifest.*.json, issue 9).
 *
 * `npm run eval:real` reads every manifest in that folder to learn each text's kind and split, so a
 * manifest that breaks the schema, reuses another helper's id or bends the tune/test rule would silently
 * move texts between the halves the figures are reported on. The texts themselves live outside git; only
 * these manifests are checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../src/lexicons/validate.js';

interface ManifestText {
  id: string;
  kind: string;
  split: string;
  url: string;
}

const DIR = join(process.cwd(), 'corpora', 'real');
// The same pattern scripts/eval-real.ts uses to discover manifests.
const files = readdirSync(DIR)
  .filter((f) => /^manifest\..+\.json$/.test(f))
  .sort();
const manifests = files.map((f) => ({ file: f, json: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown }));

describe('real-text manifests', () => {
  it('finds more than one helper set', () => {
    expect(files.length).toBeGreaterThan(1);
  });

  it.each(manifests)('$file is valid against real-manifest.schema.json', ({ json }) => {
    const validate = validatorFor('real-manifest');
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  const texts = manifests.flatMap(({ file, json }) =>
    (json as { texts: ManifestText[] }).texts.map((t) => ({ file, ...t })),
  );

  it('no id or address is listed twice across all manifests', () => {
    const ids = texts.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const norm = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
    const urls = texts.map((t) => norm(t.url));
    expect(texts.filter((_, i) => urls.indexOf(urls[i]!) !== i).map((t) => t.id)).toEqual([]);
  });

  it.each(manifests)('$file: each id names its kind and its manifest', ({ file, json }) => {
    const helper = /^manifest\.(.+)\.json$/.exec(file)![1];
    for (const t of (json as { texts: ManifestText[] }).texts) {
      expect(t.id.startsWith(`${helper}-${t.kind}-`), t.id).toBe(true);
    }
  });

  it.each(manifests)('$file: split alternates tune/test within each kind in listed order', ({ json }) => {
    const seen = new Map<string, number>();
    for (const t of (json as { texts: (ManifestText & { collector?: string })[] }).texts) {
      // A set with several collectors (set f) alternates within each collector's share.
      const key = `${t.kind} ${t.collector ?? ''}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      expect(`${t.id} ${t.split}`).toBe(`${t.id} ${n % 2 === 1 ? 'tune' : 'test'}`);
    }
  });
});

describe('the mined-pages manifest (scripts/mine-calques.ts)', () => {
  const mined = JSON.parse(readFileSync(join(DIR, 'mined-pages.json'), 'utf8')) as {
    pages: { id: string; url: string; side: string; kind: string }[];
  };

  it('is valid against mined-pages.schema.json', () => {
    const validate = validatorFor('mined-pages');
    expect(validate(mined), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has unique ids and addresses, sides that match ids and kinds, and no text of the real-text set', () => {
    expect(new Set(mined.pages.map((p) => p.id)).size).toBe(mined.pages.length);
    expect(new Set(mined.pages.map((p) => p.url)).size).toBe(mined.pages.length);
    for (const p of mined.pages) {
      expect(p.id.startsWith(`${p.side}-`), p.id).toBe(true);
      expect(p.kind === 'nat', p.id).toBe(p.side === 'nat');
    }
    const realUrls = new Set(manifests.flatMap(({ json }) => (json as { texts: ManifestText[] }).texts.map((t) => t.url)));
    for (const p of mined.pages) expect(realUrls.has(p.url), p.url).toBe(false);
  });
});

describe('the corpus-contrast page pools (corpora/pools/*.json)', () => {
  const POOLS = join(process.cwd(), 'corpora', 'pools');
  const pools = readdirSync(POOLS).filter((f) => f.endsWith('.json')).sort();
  // A pool may hold a tune text (development data, as f-ed-03 of set f is) but never a reported one.
  const realUrls = new Set(manifests.flatMap(({ json }) => (json as { texts: ManifestText[] }).texts.filter((t) => t.split === 'test').map((t) => t.url)));

  for (const file of pools) {
    const pool = JSON.parse(readFileSync(join(POOLS, file), 'utf8')) as {
      pages: { id: string; url?: string; side: string; kind: string; half: string }[];
    };

    it(`${file} is valid against page-pool.schema.json`, () => {
      const validate = validatorFor('page-pool');
      expect(validate(pool), JSON.stringify(validate.errors)).toBe(true);
    });

    it(`${file} has unique pages, halves that match sides, and no address of a reported (test) text of the real-text set`, () => {
      expect(new Set(pool.pages.map((p) => p.id)).size).toBe(pool.pages.length);
      const urls = pool.pages.flatMap((p) => (p.url === undefined ? [] : [p.url]));
      expect(new Set(urls).size).toBe(urls.length);
      for (const p of pool.pages) {
        expect(p.id.startsWith(`${p.side}-`), p.id).toBe(true);
        expect(p.kind === 'nat', p.id).toBe(p.side === 'nat');
        expect(p.half === 'native', p.id).toBe(p.side === 'nat');
      }
      for (const url of urls) expect(realUrls.has(url), url).toBe(false);
    });
  }
});
