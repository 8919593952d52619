import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';

/** Native English news about Indonesia, round two: constructions that must not read as translation slips. */

describe('native precision, round two', () => {
  it('"at a depth of" is where something lies, not a flood "with a height of"', () => {
    expect(findings('Navy divers in Indonesia found the fuselage in the water at a depth of 30 metres.', 'calque-phrase')).toEqual([]);
    expect(findings('Roads in Indonesia were submerged in water with a depth of one metre.', 'calque-phrase')).toEqual(['water with a depth of']);
  });

  it('"fall prey to" and "play host to" take a noun after "to"', () => {
    expect(findings('Borrowers who fall prey to offers of quick loans often lose their savings.', 'verb-form')).toEqual([]);
    expect(findings('Heavy rain is expected to continues until Friday.', 'verb-form')).toEqual(['continues']);
  });

  it('a headline may drop the article before an event noun', () => {
    const text = 'Death toll rises to nine after eruption of Mount Lokon\nThe toll from the eruption rose on Monday, officials in Indonesia said.';
    expect(findings(text, 'article-number')).toEqual([]);
    expect(findings('Residents in Indonesia returned home after flood in Bekasi.', 'article-number')).toEqual(['after flood']);
  });

  it('an unlisted acronym spelling a name given earlier, or glossed, is explained', () => {
    const named = 'Workers at the Sulawesi Nickel Processing Complex in Indonesia went on strike. SNPC said talks would resume.';
    expect(findings(named, 'untranslated-acronym', false)).toEqual([]);
    const glossed = 'Bank Indonesia also raised the overnight deposit rate, known as the FASBO, to 5.5 percent.';
    expect(findings(glossed, 'untranslated-acronym', false)).toEqual([]);
    // Never named or glossed: still a hint.
    expect(findings('Officials in Jakarta said SNPC would resume talks on Monday.', 'untranslated-acronym', false)).toEqual(['SNPC']);
  });

  it('a head noun after one or two modifiers says what the acronym is', () => {
    const text = "Indonesia's Densus 88 counter-terrorism unit arrested two men in Surabaya. Densus 88 said more raids would follow.";
    expect(findings(text, 'untranslated-acronym', false)).toEqual([]);
    expect(findings('In Surabaya, Densus 88 arrested two men. Densus 88 said more raids would follow.', 'untranslated-acronym', false)).toContain('Densus 88');
  });

  it('an apposition after the name the acronym opens says what it is', () => {
    const text = 'In Indonesia, BPJS Kesehatan, the state agency that runs health insurance, raised premiums. BPJS said claims had doubled.';
    expect(findings(text, 'untranslated-acronym', false).filter((x) => x === 'BPJS').length).toBeLessThanOrEqual(1);
    expect(findings('In Indonesia, BPJS Kesehatan raised premiums. BPJS said claims had doubled.', 'untranslated-acronym', false).length).toBeGreaterThan(1);
  });

  it('letters introduced in brackets after another body name are that body, not the UN', () => {
    expect(findings('In Indonesia the Crescent Star Party (PBB) won no seats in the April vote.', 'untranslated-acronym')).toEqual([]);
    expect(findings('The Indonesian minister spoke at the United Nations (PBB) in New York.', 'untranslated-acronym')).toEqual(['PBB']);
  });
});
