/** A rule that meets invalid data must not vanish from the report: the error reaches the caller. */
import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/analyse.js';
import { runRules } from '../src/engine/run-rules.js';
import { CalqueError, RULES } from '../src/index.js';

const debug = process.env['CALQUE_DEBUG'];
afterEach(() => {
  if (debug === undefined) delete process.env['CALQUE_DEBUG'];
  else process.env['CALQUE_DEBUG'] = debug;
});

describe('runRules and failing rules', () => {
  const doc = analyse('The minister arrived on Monday.');
  const meta = { ...RULES[0]!.meta, id: 'probe' };

  it('an invalid pattern file or lexicon surfaces as a CalqueError, even outside debug mode', () => {
    delete process.env['CALQUE_DEBUG'];
    const broken = { meta, run: () => { throw new CalqueError('invalid-lexicon', "pattern file 'probe' is invalid"); } };
    expect(() => runRules(doc, [{ rule: broken, severity: 'minor' }])).toThrow(CalqueError);
  });

  it('a rule that crashes on text is skipped outside debug mode and the other rules still report', () => {
    delete process.env['CALQUE_DEBUG'];
    const crashing = { meta, run: () => { throw new TypeError('bug'); } };
    const working = { meta: { ...meta, id: 'works' }, run: () => [{ start: 4, end: 12, message: 'A probe.' }] };
    const found = runRules(doc, [{ rule: crashing, severity: 'minor' }, { rule: working, severity: 'minor' }]);
    expect(found.map((f) => f.ruleId)).toEqual(['works']);
  });
});
