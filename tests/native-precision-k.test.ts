import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { findingTexts as findings } from './helpers.js';

/**
 * Native English news (wire copy on North Korean launches, Hong Kong court reports, Japanese
 * markets, rugby): constructions that must not read as translation slips. Every sentence is written
 * for this test; the must-flag cases beside them keep each guard narrow.
 */

describe('native precision, round eleven (wire copy, courts, markets, sport)', () => {
  it('generic "society" after a verb of urging takes no article', () => {
    expect(findings('The bishop urged society to welcome the refugees.', 'article-number')).toEqual([]);
    expect(findings('Campaigners asked society to rethink how it treats carers.', 'article-number')).toEqual([]);
    // The Indonesian "meminta pemerintah" / "mengimbau masyarakat" frame is still reported.
    expect(findings('The regent urged government to repair the bridge before the rains.', 'article-number')).toEqual(['government']);
    expect(findings('Officers asked community to report any stray dogs.', 'article-number')).toEqual(['community']);
  });

  it('a closing mark that ends a statement quoted over several paragraphs is at most a note', () => {
    const text = [
      'The navy released a statement on Sunday.',
      '“Fleet Command detected a launch at 6:10 a.m. and followed the missile until it fell into the sea.',
      'No ships reported damage.',
      'We will keep watching the area with our partners.',
      'The launch posed no threat to the fleet.”',
      'The ministry gave no further details.',
    ].join('\n\n');
    expect(findings(text, 'quote-spacing')).toEqual([]);
    const notes = check(text, { only: ['quote-spacing'] }).findings.filter((f) => f.ruleId === 'quote-spacing');
    expect(notes.every((f) => f.severity === 'info')).toBe(true);
    // A closing mark with no quotation left open before it is still a stray mark.
    const stray = 'The navy released a statement on Sunday.\n\nNo ships reported damage.\n\nThe launch posed no threat to the fleet.”\n\nThe ministry gave no further details.';
    expect(findings(stray, 'quote-spacing')).toEqual(['”']);
    // Nor does a quotation left open five paragraphs back excuse it.
    const far = ['“Fleet Command detected a launch.', 'One.', 'Two.', 'Three.', 'Four.', 'Five.', 'The launch posed no threat to the fleet.”'].join('\n\n');
    expect(findings(far, 'quote-spacing')).toEqual(['”']);
  });

  it('golf copy: "after shooting a 66" is the gerund with its object, "tied for eleventh place" a rank', () => {
    expect(findings('The Dane moved clear after shooting a 66 on Saturday.', 'article-number')).toEqual([]);
    expect(findings('Police said the guard fled after shooting dead two robbers.', 'article-number')).toEqual([]);
    expect(findings('The home favourite was tied for ninth place after a triple bogey.', 'article-number')).toEqual([]);
    expect(findings('She came home in seventh place in the sprint.', 'article-number')).toEqual([]);
    // The event noun without its article, and an adjective that is no rank, are still reported.
    expect(findings('Shops in the district closed after shooting in the market on Monday.', 'article-number')).toEqual(['after shooting']);
    expect(findings('The families were moved to safer place before dawn.', 'article-number')).toEqual(['to safer place']);
  });

  it('a medal count after a number keeps the metal uninflected', () => {
    expect(findings('The rowers came home with 4 gold, 3 silver and 2 bronze.', 'article-number')).toEqual([]);
    expect(findings('Japan took 12 golds, 9 silvers and 7 bronze at the meet.', 'article-number')).toEqual([]);
    // Another noun after a number still needs its plural.
    expect(findings('The rowers came home with 4 medal from the regatta.', 'article-number')).toEqual(['medal']);
  });

  it('letters the writer calls the acronym of the name just given are explained', () => {
    const text = 'Crowds filled the Avenida de los Heroes del Sur, a road known by its acronym ADHS, in Jakarta, Indonesia, on Sunday.';
    expect(findings(text, 'untranslated-acronym', false)).toEqual([]);
    expect(findings('The weather bureau, known by its Tagalog acronym PAGASA, warned of floods near Jakarta, Indonesia.', 'untranslated-acronym', false)).toEqual([]);
    // Letters nobody explains are still noted.
    expect(findings('Crowds filled the road near the ADHS office in Jakarta, Indonesia, on Sunday.', 'untranslated-acronym', false)).toEqual(['ADHS']);
  });
});
