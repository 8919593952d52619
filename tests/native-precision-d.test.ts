import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';
import { transliterationPair } from '../src/people/variants.js';

/** Native English news outside Indonesia (Korea, Japan, Taiwan, China, markets, courts): constructions that must not read as translation slips. */

describe('native precision, round four (outside Indonesia)', () => {
  it('counsel, spacecraft and some Asian currencies take no plural -s', () => {
    expect(findings('The creditors were represented by three senior counsel and two juniors.', 'article-number')).toEqual([]);
    expect(findings('The agency has sent two spacecraft toward the outer planets.', 'article-number')).toEqual([]);
    expect(findings('A bus ride across Yangon costs about 500 kyat.', 'article-number')).toEqual([]);
    expect(findings('Police seized 12 truck at the port.', 'article-number')).toEqual(['truck']);
  });

  it("the KOSPI's English name is no calque of the Jakarta index", () => {
    expect(findings('The Korea Composite Stock Price Index closed 0.4 percent higher in Seoul.', 'calque-phrase')).toEqual([]);
    expect(findings("Seoul's main Composite Stock Price Index (KOSPI) slipped on Friday.", 'calque-phrase')).toEqual([]);
    expect(findings('The Composite Stock Price Index fell 2 percent in Jakarta on Monday.', 'calque-phrase')).toEqual(['Composite Stock Price Index']);
  });

  it("a currency word after a courtesy title or a branch of Taiwan's government is a name", () => {
    expect(findings('The budget cleared the Legislative Yuan on Friday, and the Executive Yuan welcomed it.', 'spelling')).toEqual([]);
    expect(findings('Mr Yuan, a lawmaker from Taichung, voted for the bill.', 'spelling')).toEqual([]);
    expect(findings('Exporters worried as the Indonesian Rupiah fell again.', 'spelling')).toEqual(['Rupiah']);
  });

  it('"changes of" takes the singular of what changes', () => {
    expect(findings('The party has ruled for decades, albeit with frequent changes of leader.', 'noun-countability', false)).toEqual([]);
  });

  it('hyphenated East Asian given names that differ by a syllable are different people', () => {
    expect(transliterationPair('jae yong', 'jae myung')).toBe(false);
    expect(transliterationPair('jae-yong', 'jae-myung')).toBe(false);
    expect(transliterationPair('jae yong', 'jae young')).toBe(true);
    expect(transliterationPair('paethongtarn', 'paetongtarn')).toBe(true);
    // The Samsung heir is not the president of the same family name: "her" is about someone else.
    const text = 'Samsung heir Lee Jae-yong was freed on Monday.\nLee said the thenpresident had pressed her aide for the money.';
    expect(findings(text, 'pronoun-gender')).toEqual([]);
  });
});
