/**
 * The pattern engine (src/patterns/): token conditions, optional and repeated elements, marks,
 * exceptions and antipatterns, anchors, quotes, messages and suggestions built from the match, the
 * index, and the validation and safety check of user patterns. Then every bundled pattern's own
 * must-flag and must-not-flag examples, with the text after its fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/analyse.js';
import { check } from '../src/index.js';
import { compileFamily, type CompiledFamily } from '../src/patterns/compile.js';
import { clearExtraPatterns, extraPatternProblems, patternFamilyIds, rawFamily, withExtraPatterns } from '../src/patterns/load.js';
import { runFamily } from '../src/patterns/rule.js';
import { transform } from '../src/patterns/template.js';
import type { PatternFamily, PatternSpec } from '../src/patterns/types.js';
import { RULES } from '../src/rules/registry.js';
import { validateConfig } from '../src/workflow/config.js';
import { asBundledData } from '../src/lexicons/pattern-safety.js';

process.env['CALQUE_DEBUG'] = '1';

function family(patterns: Partial<PatternSpec>[], extra: Partial<PatternFamily> = {}): PatternFamily {
  return {
    rule: 'test-patterns',
    category: 'style/calque',
    severity: 'minor',
    description: 'Patterns written for the engine tests.',
    examples: { invalid: [], valid: [] },
    patterns: patterns.map((p, i) => ({ id: `p${i}`, message: 'Something is wrong here.', examples: { flag: [{ text: 'x' }], pass: ['y'] }, ...p })),
    ...extra,
  };
}

/** The texts one pattern family flags in `text`. */
function flags(fam: PatternFamily | CompiledFamily, text: string): string[] {
  const cf = 'tokenPatterns' in fam ? fam : compileFamily(fam);
  return runFamily(analyse(text), cf).map((d) => text.slice(d.start, d.end));
}

function drafts(fam: PatternFamily, text: string) {
  return runFamily(analyse(text), compileFamily(fam));
}

describe('token conditions', () => {
  it('matches exact text, lower-case text and lemmas', () => {
    const f = family([{ tokens: [{ text: 'Jakarta' }, { lemma: 'say' }] }, { tokens: [{ lower: 'black' }, { lower: 'on' }, { lower: 'white' }] }]);
    expect(flags(f, 'Jakarta said nothing. In jakarta says nothing.')).toEqual(['Jakarta said']);
    expect(flags(f, 'It is Black on White now.')).toEqual(['Black on White']);
  });

  it('matches parts of speech, numbers, capitalisation and regular expressions', () => {
    expect(flags(family([{ tokens: [{ lower: 'the' }, { pos: 'ADJ' }, { pos: 'NOUN' }] }]), 'We saw the red car.')).toEqual(['the red car']);
    expect(flags(family([{ tokens: [{ number: true }, { lower: 'villages' }] }]), 'Floods hit 1,200 villages and some villages.')).toEqual(['1,200 villages']);
    const caps = family([{ tokens: [{ case: 'upper' }, { lower: 'said' }] }, { tokens: [{ lower: 'in' }, { case: 'title' }] }]);
    expect(flags(caps, 'The KPK said it would act in Bogor.')).toEqual(['KPK said', 'in Bogor']);
    expect(flags(family([{ tokens: [{ regex: 'Rp\\d+' }] }]), 'It cost Rp500 or rp600 or Rpx.')).toEqual(['Rp500', 'rp600']);
    expect(flags(family([{ tokens: [{ regex: 'Rp\\d+', regexCase: true }] }]), 'It cost Rp500 or rp600.')).toEqual(['Rp500']);
  });

  it('matches lexicon membership, negation and alternatives', () => {
    expect(flags(family([{ tokens: [{ lexicon: 'indonesian-words' }, { lower: 'program' }] }]), 'The bansos program ended. The big program ended.')).toEqual(['bansos program']);
    expect(flags(family([{ tokens: [{ lower: 'the' }, { not: { pos: 'ADJ' } }, { lower: 'plan' }] }]), 'the new plan and the budget plan')).toEqual(['the budget plan']);
    expect(flags(family([{ tokens: [{ anyOf: [{ lower: 'levies' }, { lemma: 'harvest' }] }] }]), 'Illegal harvests and levies.')).toEqual(['harvests', 'levies']);
  });
});

describe('sequences', () => {
  it('takes optional and repeated elements, greedily, and backtracks', () => {
    const f = family([{ tokens: [{ lower: 'very' }, { lower: ['big', 'bad', 'sad', 'old'], min: 0, max: 3 }, { lower: 'news' }] }]);
    expect(flags(f, 'It was very news.')).toEqual(['very news']);
    expect(flags(f, 'It was very big bad sad news.')).toEqual(['very big bad sad news']);
    expect(flags(f, 'It was very big bad sad old news.')).toEqual([]);
    const any = family([{ tokens: [{ lower: 'a' }, { min: 0, max: 4 }, { lower: 'end' }] }]);
    // Greedy, like a regular expression: the longest match from the first start.
    expect(flags(any, 'a b end c end')).toEqual(['a b end c end']);
  });

  it('spans only the marked elements', () => {
    const f = family([{ tokens: [{ lower: 'said' }, { lower: 'here', mark: true }, { lower: 'on' }, { lower: ['sunday', 'monday'] }] }]);
    expect(flags(f, 'The minister said here on Sunday that prices would fall.')).toEqual(['here']);
  });

  it('applies per-element exceptions and antipatterns', () => {
    const f = family([
      {
        tokens: [{ lower: ['his', 'her'] }, { lower: 'party', except: [{ text: 'Party' }] }],
        antipatterns: [[{ lower: 'party' }, { min: 0, max: 6 }, { lemma: ['election', 'coalition'] }], [{ lower: 'party' }, { lower: "'s" }]],
      },
    ]);
    expect(flags(f, 'He said his party would check the report.')).toEqual(['his party']);
    expect(flags(f, 'He said his Party would check it.')).toEqual([]);
    expect(flags(f, 'He said his party would win the coming election.')).toEqual([]);
    expect(flags(f, "He said his party's chairman was ill.")).toEqual([]);
  });

  it('anchors to the start and end of a sentence', () => {
    const f = family([{ tokens: [{ lower: 'not' }, { lower: 'only' }, { lower: 'that' }, { text: ',' }], sentenceStart: true }]);
    expect(flags(f, '"Not only that, the price rose.')).toEqual(['Not only that,']);
    expect(flags(f, 'He said not only that, but more.')).toEqual([]);
    const g = family([{ tokens: [{ lower: 'yet' }], sentenceEnd: true }]);
    expect(flags(g, 'Nothing is certain yet. Yet he smiled.')).toEqual(['yet']);
  });

  it('leaves boilerplate alone and notes or skips quoted speech', () => {
    const f = family([{ tokens: [{ lower: 'black' }, { lower: 'on' }, { lower: 'white' }] }]);
    const quoted = drafts(f, 'He said: "There is nothing black on white yet."');
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.severity).toBe('info');
    expect(drafts(family([{ tokens: [{ lower: 'black' }, { lower: 'on' }, { lower: 'white' }], inQuotes: 'skip' }]), 'He said: "There is nothing black on white yet."')).toEqual([]);
  });
});

describe('messages and suggestions', () => {
  it('quotes elements with {n} and \\n and transforms them', () => {
    const f = family([
      {
        tokens: [{ lower: 'a' }, { pos: 'NOUN' }, { lower: 'of' }],
        message: 'Write "{2:upper}" or \\2, not "{1} {2}".',
        suggestions: ['{2:indefinite} of', 'the {2:plural} of'],
      },
    ]);
    const [d] = drafts(f, 'It was a hour of joy.');
    expect(d!.message).toBe('Write "HOUR" or hour, not "a hour".');
    expect(d!.patternId).toBe('p0');
    expect(d!.suggestions).toEqual(['an hour of', 'the hours of']);
  });

  it('keeps the case of the replaced text', () => {
    const f = family([{ tokens: [{ lower: 'illegal' }, { lower: 'levies' }], suggestions: ['illegal fees'] }]);
    expect(drafts(f, 'Illegal levies rose.')[0]!.suggestions).toEqual(['Illegal fees']);
    expect(drafts(f, 'The illegal levies rose.')[0]!.suggestions).toEqual(['illegal fees']);
  });

  it('transforms plurals, singulars and articles through pluralize and indefinite', () => {
    expect(transform('crisis', 'plural')).toBe('crises');
    expect(transform('the heroes', 'singular')).toBe('the hero');
    expect(transform('Wife', 'plural')).toBe('Wives');
    expect(transform('university', 'article')).toBe('a');
    expect(transform('hour', 'indefinite')).toBe('an hour');
    expect(transform('jakarta', 'capitalise')).toBe('Jakarta');
  });

  it('fills a regexp pattern from its groups', () => {
    const f = family([{ regexp: '\\b(images|photos) of state media\\b', suggestions: ['{1} released by state media'] }]);
    expect(drafts(f, 'Photos of state media showed him.')[0]!.suggestions).toEqual(['Photos released by state media']);
  });
});

describe('the index', () => {
  it('keys a pattern by its rarest literal, and runs literal-free patterns always', () => {
    const cf = compileFamily(family([{ tokens: [{ lower: 'the' }, { lower: 'hand-catching' }] }, { tokens: [{ pos: 'PROPN' }, { lower: 'alias', min: 0 }] }]));
    expect(cf.tokenPatterns[0]!.keys).toEqual(['w:hand-catching']);
    expect(cf.alwaysRun).toEqual([1]);
  });

  it('finds a match whose key is preceded by repeated elements', () => {
    const f = family([{ tokens: [{ case: 'title', min: 1, max: 3 }, { lower: 'alias' }, { case: 'title' }] }]);
    expect(flags(f, 'The suspect, Budi Santoso alias Gondrong, was held.')).toEqual(['Budi Santoso alias Gondrong']);
  });

  it('gives the same findings as trying every start', () => {
    // A family whose patterns all need literals, run once through the index and once with every
    // pattern moved to the always-run list: the findings must be identical.
    const f = family([
      { tokens: [{ lower: 'said' }, { lower: 'here' }, { lower: 'on' }] },
      { tokens: [{ pos: 'DET', min: 0 }, { lower: 'illegal' }, { lower: ['levies', 'harvests'] }] },
      { tokens: [{ min: 0, max: 2 }, { lemma: 'operation' }] },
    ]);
    const indexed = compileFamily(f);
    const unindexed: CompiledFamily = { ...indexed, index: new Map(), alwaysRun: indexed.tokenPatterns.map((_p, i) => i), tokenPatterns: indexed.tokenPatterns.map((p) => ({ ...p, keys: undefined })) };
    const text = 'Police said here on Monday that the illegal levies and these illegal harvests ended. A sting operation and two operations followed.';
    expect(flags(indexed, text)).toEqual(flags(unindexed, text));
    expect(flags(indexed, text).length).toBeGreaterThan(3);
  });

  it('takes the starts of a pattern keyed by a frequent word from a rarer required element, with the findings of every start', () => {
    // "of" is the static key (one very common word beats a list of several), but a document has far
    // fewer quantifiers than "of": the starts come from the quantifier element, whatever its distance.
    const f = family([
      { tokens: [{ lower: ['several', 'many', 'both'] }, { lower: 'of' }, { lower: ['the', 'these'] }, { pos: 'ADJ', min: 0, max: 2 }, { pos: 'NOUN', mark: true }] },
      { tokens: [{ lower: 'of', mark: true }, { pos: 'ADJ', min: 1, max: 2 }, { lower: ['city', 'area'], mark: true }] },
    ]);
    const indexed = compileFamily(f);
    expect(indexed.tokenPatterns[0]!.keys).toEqual(['w:of']);
    // "the" is itself too frequent to be worth indexing: only the quantifiers are another option.
    expect(indexed.tokenPatterns[0]!.otherKeys?.map((o) => [o.keys, o.minBefore, o.maxBefore])).toEqual([[['w:several', 'w:many', 'w:both'], 0, 0]]);
    expect(indexed.tokenPatterns[1]!.otherKeys?.map((o) => [o.keys, o.minBefore, o.maxBefore])).toEqual([[['w:city', 'w:area'], 2, 3]]);
    const unindexed: CompiledFamily = { ...indexed, index: new Map(), alwaysRun: indexed.tokenPatterns.map((_p, i) => i), tokenPatterns: indexed.tokenPatterns.map((p) => ({ ...p, keys: undefined })) };
    const text = 'Many of the old house were empty. Both of these boat sank, and the head of the police of the small remote area of Sukamaju said several of the new ship left. Rest of the old city of the area.';
    expect(flags(indexed, text)).toEqual(flags(unindexed, text));
    expect(flags(indexed, text).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the per-document word index', () => {
  it('indexes the words of a family first run on a document another family indexed before', () => {
    // The index holds only words some family asked about: the second family's key words (a word
    // and a lemma the first never asked about) must be indexed when it runs on the same document.
    const doc = analyse('The courier reportedly stole several parcels before the couriers were arrested.');
    const first = compileFamily(family([{ tokens: [{ lower: 'reportedly' }, { lower: 'stole' }] }]));
    const second = compileFamily(family([{ tokens: [{ lemma: 'courier' }, { lower: 'were' }] }, { tokens: [{ lower: 'several' }, { lower: 'parcels' }], documentHas: ['arrested'] }]));
    const text = (ds: { start: number; end: number }[]) => ds.map((d) => doc.text.slice(d.start, d.end));
    expect(text(runFamily(doc, first))).toEqual(['reportedly stole']);
    expect(text(runFamily(doc, second))).toEqual(['couriers were', 'several parcels']);
    expect(text(runFamily(doc, first))).toEqual(['reportedly stole']);
  });
});

describe('named word lists', () => {
  const text = 'The regent said the couriers were arrested in Bekasi.';
  const doc = analyse(text);
  const flagged = (f: PatternFamily) => runFamily(doc, compileFamily(f)).map((d) => text.slice(d.start, d.end));
  const spec = (documentHas: string[]) => [{ tokens: [{ lower: 'couriers' }, { lower: 'were' }], documentHas }];

  it('"@name" in documentHas stands for the words of the family list, beside the pattern\'s own', () => {
    expect(flagged(family(spec(['@place']), { wordLists: { place: ['bekasi', 'bogor'] } }))).toEqual(['couriers were']);
    expect(flagged(family(spec(['@place']), { wordLists: { place: ['bogor'] } }))).toEqual([]);
    expect(flagged(family(spec(['@place', 'regent']), { wordLists: { place: ['bogor'] } }))).toEqual(['couriers were']);
  });

  it('refuses a list the family does not name', () => {
    expect(() => compileFamily(family(spec(['@nowhere']), { wordLists: { place: ['bogor'] } }))).toThrow(/unknown word list '@nowhere'/);
  });

  it('is how the bundled families name their Indonesian-context words', () => {
    const calque = rawFamily('calque-phrase');
    expect(calque.wordLists?.['indonesia']).toContain('jakarta');
    expect(calque.patterns.filter((p) => JSON.stringify(p.documentHas ?? []).includes('@indonesia')).length).toBeGreaterThan(100);
  });
});

describe('literal-free patterns', () => {
  it('are tried only where their narrowest fixed-position element holds, with the findings of every start', () => {
    // "not punctuation" then a number: the scan tests the number first. The same pattern with a
    // first element that narrows as much (any text, by regex) is tried at every start instead.
    const anchored = [{ not: { pos: 'PUNCT' } }, { regex: '[0-9]+' }, { pos: 'ADJ', min: 0, max: 2 }, { pos: 'NOUN', mark: true }];
    const everyStart = [{ not: { pos: 'PUNCT' }, regex: '.+' }, ...anchored.slice(1)];
    const text = '12 boats left. Police seized 12 truck and 40 new boat, then 7. Then 3 cars and (5 boat) and 9\n4 men came and 6';
    const a = flags(family([{ tokens: anchored }]), text);
    expect(a).toEqual(flags(family([{ tokens: everyStart }]), text));
    expect(a).toEqual(['truck', 'boat', 'cars']);
  });
});

describe('validation of user patterns', () => {
  afterEach(() => clearExtraPatterns());
  const good = { id: 'house-stake', tokens: [{ lower: 'stake' }, { lower: 'holders' }], message: 'Write "stakeholders".', suggestions: ['stakeholders'], examples: { flag: [{ text: 'The stake holders met.' }], pass: ['The stakeholders met.'] } };

  it('accepts a good pattern and runs it', () => {
    expect(extraPatternProblems('calque-phrase', [good])).toEqual([]);
    withExtraPatterns('calque-phrase', [good]);
    const f = check('The stake holders met on Monday.', { only: ['calque-phrase'] }).findings;
    expect(f.map((x) => x.text)).toEqual(['stake holders']);
    expect(f[0]!.patternId).toBe('house-stake');
    expect(f[0]!.message).not.toContain('[house-stake]');
  });

  it('refuses schema errors, unsafe expressions, unknown lexicons and transforms, and duplicate ids', () => {
    expect(extraPatternProblems('calque-phrase', [{ ...good, tokens: [{ lowr: 'x' }] }]).join()).toMatch(/^\/0\/tokens\/0: .*'lowr'/);
    expect(extraPatternProblems('calque-phrase', [{ ...good, tokens: [{ regex: '(a+)+b' }] }]).join()).toMatch(/\/0\/tokens\/0\/regex: unsafe regular expression/);
    expect(extraPatternProblems('calque-phrase', [{ ...good, tokens: undefined, regexp: '(\\w+\\s?)*$' }]).join()).toMatch(/\/0\/regexp: unsafe/);
    expect(extraPatternProblems('calque-phrase', [{ ...good, tokens: [{ lexicon: 'nope' }] }]).join()).toMatch(/unknown lexicon 'nope'/);
    expect(extraPatternProblems('calque-phrase', [{ ...good, suggestions: ['{1:shout}'] }]).join()).toMatch(/unknown transform 'shout'/);
    expect(extraPatternProblems('calque-phrase', [{ ...good, suggestions: ['{3}'] }]).join()).toMatch(/refers to element 3/);
    expect(extraPatternProblems('calque-phrase', [{ ...good, message: '"{0}" is one word.' }]).join()).toMatch(/refers to element 0/);
    const byRegexp = { ...good, tokens: undefined, regexp: '\\bstake (?:holders)\\b' };
    expect(extraPatternProblems('calque-phrase', [{ ...byRegexp, message: '"{1}" is one word.' }]).join()).toMatch(/refers to element 1, but the pattern has 0/);
    expect(extraPatternProblems('calque-phrase', [{ ...byRegexp, message: '"{0}" is one word.' }])).toEqual([]);
    expect(extraPatternProblems('calque-phrase', [good, good]).join()).toMatch(/\/1\/id: .*already used/);
    expect(extraPatternProblems('nope', [good]).join()).toMatch(/unknown pattern family 'nope'/);
    expect(extraPatternProblems('calque-phrase', [{ ...good, regexp: 'stake holders' }]).join()).toMatch(/either 'tokens' or 'regexp'/);
    expect(() => withExtraPatterns('calque-phrase', [{ ...good, tokens: [{ regex: '(x*)*y' }] }])).toThrow(/unsafe/);
  });
});

describe.each(patternFamilyIds())('bundled pattern family %s', (id) => {
  const fam = rawFamily(id);
  it('is a registered rule', () => {
    expect(RULES.some((r) => r.meta.id === id)).toBe(true);
    expect(fam.rule).toBe(id);
  });
  it('has safe, valid patterns', () => {
    const ids = fam.patterns.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Bundled patterns pass a user's checks of schema and compilation. Their regular expressions are
    // attacked with pump strings in tests/safe-patterns.test.ts, like every bundled lexicon pattern:
    // recheck's proof has a wall-clock budget, so on a loaded machine it would make this test flaky.
    const { patterns, ...header } = fam;
    void header;
    expect(extraPatternProblems(id, []).length).toBe(0);
    const problems = asBundledData(() => patterns.flatMap((p) => extraPatternProblems(id, [{ ...p, id: `${p.id}-copy` }])));
    expect(problems).toEqual([]);
    // Validating and compiling every pattern of a family (calque-phrase has several hundred) takes
    // seconds on a loaded two-core machine; this is a correctness test, not a timing one.
  }, 60_000);
  for (const p of fam.patterns) {
    for (const ex of p.examples.flag) {
      it(`${p.id} flags: ${ex.text.slice(0, 60)}`, () => {
        const found = check(ex.text, { only: [id] }).findings.filter((f) => f.patternId === p.id);
        expect(found.length).toBeGreaterThan(0);
        if (ex.flag !== undefined) expect(found.map((f) => f.text)).toContain(ex.flag);
        if (ex.fixed !== undefined) {
          const f = found[0]!;
          expect(f.suggestions.length).toBeGreaterThan(0);
          expect(ex.text.slice(0, f.span.start) + f.suggestions[0] + ex.text.slice(f.span.end)).toBe(ex.fixed);
        }
      });
    }
    for (const text of p.examples.pass) {
      it(`${p.id} passes: ${text.slice(0, 60)}`, () => {
        expect(check(text, { only: [id] }).findings.map((f) => f.text)).toEqual([]);
      });
    }
  }
});

describe('patterns in calque.config.json', () => {
  const pattern = { id: 'house-side', tokens: [{ lower: 'police' }, { lower: 'side' }], message: 'Write "the police".', examples: { flag: [{ text: 'The police side said so.' }], pass: ['The police said so.'] } };
  function problem(config: unknown): string {
    try {
      validateConfig(config, 'calque.config.json');
      return 'valid';
    } catch (err) {
      return (err as Error).message;
    }
  }
  it('accepts valid patterns and locates problems by JSON path', () => {
    expect(problem({ patterns: { 'calque-phrase': [pattern] } })).toBe('valid');
    expect(problem({ patterns: { 'calque-phrase': [{ ...pattern, tokens: [{ regex: '([a-z]+)+$' }] }] } })).toMatch(
      /^calque\.config\.json: \/patterns\/calque-phrase\/0\/tokens\/0\/regex: unsafe regular expression/,
    );
    expect(problem({ patterns: { 'calque-phrase': [{ ...pattern, message: 'x' }] } })).toMatch(/\/patterns\/calque-phrase\/0\/message: /);
    expect(problem({ patterns: { nope: [pattern] } })).toMatch(/\/patterns\/nope: unknown pattern family 'nope'/);
    expect(problem({ lexicons: { 'calque-phrases': [{ id: 'x' }] } })).toMatch(/\/lexicons\/calque-phrases: .*now the calque-phrase pattern family/);
  });
});

describe('suggestions', () => {
  it('drops a suggestion that would write the flagged text back unchanged', () => {
    // pluralize leaves "agenda" as it is, so "one of the agenda" has no plural to offer.
    const f = check('He said it was one of the agenda of the meeting.').findings.find((x) => x.ruleId === 'article-number');
    expect(f).toBeDefined();
    expect(f!.suggestions).not.toContain('agenda');
    const g = check('She is one of the key witness in the case.').findings.find((x) => x.ruleId === 'article-number');
    expect(g!.suggestions).toEqual(['witnesses']);
  });
});
