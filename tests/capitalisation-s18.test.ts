import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

/** Capitalisation slips added in session 18 (the capitalisation class). */
function findings(text: string): string[] {
  return check(text, { only: ['spelling'] })
    .findings.filter((f) => f.ruleId === 'spelling')
    .map((f) => f.text);
}
function suggestion(text: string): string | undefined {
  return check(text, { only: ['spelling'] }).findings.find((f) => f.ruleId === 'spelling')?.suggestions?.[0];
}

describe('a bare capitalised plural the text also writes in lower case', () => {
  it('is lower-cased after a verb or preposition', () => {
    const text = 'The agency opened a temporary clinic last week. Volunteers then built Temporary Clinics in four hamlets.';
    expect(findings(text)).toEqual(['Temporary Clinics']);
    expect(suggestion(text)).toBe('temporary clinics');
    expect(findings('Each cooperative may apply for a village grant. The province set aside money for Village Grants, officials said.')).toEqual(['Village Grants']);
  });

  it('stays silent without the lower-case form, after a determiner, before a name or a bracket, and on titles', () => {
    expect(findings('Volunteers then built Temporary Clinics in four hamlets.')).toEqual([]);
    expect(findings('A temporary clinic opened. The money went to the Temporary Clinics in four hamlets.')).toEqual([]);
    expect(findings('A temporary clinic opened. Volunteers joined Temporary Clinics International last year.')).toEqual([]);
    expect(findings('A temporary clinic opened. Staff were hired as Temporary Clinics (TC) workers.')).toEqual([]);
    expect(findings('A temporary clinic opened under the law concerning Temporary Clinics issued in 2019.')).toEqual([]);
    expect(findings("Her hopes were her great expectations. Critics of Great Expectations disagree.")).toEqual([]);
    expect(findings('A new school opened. The critic wrote about it in The New Schools, a pamphlet.')).toEqual([]);
  });
});

describe('"the Head of State" for the president', () => {
  it('is lower-cased when it stands alone', () => {
    expect(findings('The president flew to Medan on Friday. There the Head of State opened a new port.')).toEqual(['Head of State']);
    expect(suggestion('Later the Head of State thanked the farmers.')).toBe('head of state');
  });
  it('stays silent before a capital or "of", without "the", and in a headline', () => {
    expect(findings('The Head of State Visit Committee met on Tuesday.')).toEqual([]);
    expect(findings('The King remains Head of State under the constitution.')).toEqual([]);
    expect(findings('She was received by the Head of State of Fiji.')).toEqual([]);
    expect(findings('Farmers Thank the Head of State After Harvest')).toEqual([]);
  });
});

describe('an indefinite article before a capitalised event or document', () => {
  it('is lower-cased', () => {
    expect(findings('The mayor spoke in a Coordination Meeting with school heads on Monday.')).toEqual(['Coordination Meeting']);
    expect(suggestion('The firm will file a Written Statement before the deadline.')).toBe('written statement');
    expect(findings('The minister answered questions at a Press Briefing held in the capital.')).toEqual(['Press Briefing']);
  });
  it('stays silent before "of", a capital or a noun, and on longer names', () => {
    expect(findings('He signed a Decree of the Minister of Health last year.')).toEqual([]);
    expect(findings('She attended a Coordination Meeting Committee session.')).toEqual([]);
    expect(findings('An Air Force psychiatrist testified on Friday.')).toEqual([]);
    expect(findings('The city hosted a World Trade Conference at the new hotel.')).toEqual([]);
    expect(findings('Ministers Hold a Coordination Meeting on Floods')).toEqual([]);
  });
});
