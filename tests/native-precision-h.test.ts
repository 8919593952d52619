import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';

/**
 * Native English news on Indonesia from the foreign press (Australian papers, wire copy on Papua,
 * protests and disasters): constructions that must not read as translation slips. Every sentence is
 * written for this test; the must-flag cases beside them keep each guard narrow.
 */

describe('native precision, round eight (foreign press on Indonesia)', () => {
  it('an Indonesian acronym glossed as someone\'s name or term for something is explained', () => {
    const lead = 'Indonesian soldiers have stepped up patrols in the highlands of Papua after a deadly attack on a road crew.\n';
    const tail = '"Anyone the soldiers suspect of being KKB can be shot," he said.\n';
    expect(findings(lead + '"The villagers are terrified of being branded KKB," the pastor said, using the army\'s name for the armed rebels.\n' + tail, 'untranslated-acronym')).toEqual([]);
    expect(findings(lead + '"The villagers are terrified of being branded KKB," the pastor said, using the government\u2019s term for the armed rebels.\n' + tail, 'untranslated-acronym')).toEqual([]);
    // The same letters with no gloss are still reported.
    expect(findings(lead + '"The villagers are terrified of being branded KKB," the pastor said by telephone from Jayapura.\n' + tail, 'untranslated-acronym')).toEqual(['KKB', 'KKB']);
  });

  it('"No.1" as a rank after a determiner or possessive is house style, not a document number', () => {
    expect(findings('Lower rents are the tenants\' No.1 demand this year.', 'punctuation')).toEqual([]);
    expect(findings('She returned to world No.1 after the final in Melbourne.', 'punctuation')).toEqual([]);
    expect(findings('Jobs remain the government\u2019s No.2 concern after inflation.', 'punctuation')).toEqual([]);
    // A law or regulation number glued to "No." is still reported.
    expect(findings('The ruling cited Law No.2 of 2002 on the national police.', 'punctuation')).toEqual(['No.2']);
  });
});
