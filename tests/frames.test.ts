/** The frame signals of the fluency model (src/lm/frames.ts) and the combiner that costs them (src/lm/combiner.ts), on invented sentences. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { dataPath } from '../src/lexicons/package-root.js';
import { assertValid } from '../src/lexicons/validate.js';
import { combiner, COMBINER_FILE, COMBINER_SIGNALS, signalPenalty } from '../src/lm/combiner.js';
import type { TokenLike } from '../src/lm/features.js';
import { frameSignals, type FrameSignals } from '../src/lm/frames.js';
import { lmSentences } from '../src/lm/score.js';

function tokens(sentence: string): TokenLike[] {
  const doc = analyse(sentence);
  return doc.tokens.map((t) => ({ text: t.text, pos: t.pos, lemma: t.lemma, spaceBefore: t.spaceBefore }));
}

function fired(sentence: string): (keyof FrameSignals)[] {
  const s = frameSignals(tokens(sentence));
  return (Object.keys(s) as (keyof FrameSignals)[]).filter((k) => s[k] > 0);
}

describe('frameSignals', () => {
  it('sees broken frames of machine translation', () => {
    expect(fired('Residents asked the council for repaired the road before the rainy season.')).toContain('prepositionVerb');
    expect(fired('The agency said it will ensures that every village gets clean water.')).toContain('modalInflected');
    expect(fired('The officers who duties are to guard the port were moved to the capital.')).toContain('relativeNoVerb');
    expect(fired('Even though this morning, the index had reopened at around 6,000 points.')).toContain('danglingStart');
    expect(fired('The investigators were still investigating the investigation into the fire.')).toContain('derivedRepeat');
    expect(fired('There are some obstacles in the budget, which makes it can not be realised this year.')).toContain('causativeModal');
    expect(fired('The team lost twice at home this season, the coach has asked the fans for patience.')).toContain('commaSplice');
  });
  it('sees the broken frames of the third round', () => {
    expect(fired('The central bank was still active to intervene the currency market this week.')).toContain('prepositionalObject');
    expect(fired('Several shops failed to comply the new rules on opening hours.')).toContain('prepositionalObject');
    expect(fired('The governor reminded that the coastal road will stay closed until Friday.')).toContain('bareThatClause');
    expect(fired('"The results of the survey were we conducted last month with three universities.')).toContain('invertedSubject');
    expect(fired('Therefore, not only deploying extra officers, the police also set up rest posts.')).toContain('notOnlyAlone');
    expect(fired('The semifinal between Persija with Arema will be played on Sunday.')).toContain('betweenWith');
    expect(fired('At the time of the briefing had told the officers to stay alert.')).toContain('prepositionalSubject');
    expect(fired('Also with the aid for trauma recovery is still being carried out by the ministry.')).toContain('prepositionalSubject');
    expect(fired('If the schedule allows, we can bilaterally perhaps in Bali.')).toContain('modalWithoutVerb');
    expect(fired('The three currencies were respectively down 7 percent, 4 percent and 1 percent.')).toContain('respectivelyFirst');
    expect(fired('The police urged residents remain calm after the quake.')).toContain('missingTo');
  });
  it('sees a sentence opened by a connective that leaves it without a main clause (fifth round)', () => {
    expect(fired('So that together the villages can reach more families this year.')).toContain('fragmentOpener');
    expect(fired('Because, according to the governor, the number of visitors can still grow.')).toContain('fragmentOpener');
    expect(fired('Not to mention the heavy traffic on the toll road that slowed the convoy.')).toContain('fragmentOpener');
    expect(fired('Especially for the fishermen in the north, the agency will open two more posts.')).toContain('fragmentOpener');
  });
  it('sees a word rendered twice within one phrase (sixth round)', () => {
    expect(fired('The old drains exceeded the capacity of the capacity during the storm.')).toContain('closeRepeat');
    expect(fired('The district office provided assistance and provided food assistance to the evacuees.')).toContain('closeRepeat');
    expect(fired('The governor says the governor will keep the budget deficit under 3 percent.')).toContain('closeRepeat');
    expect(fired('After the hearing, the process continues to the selection process for new members.')).toContain('closeRepeat');
  });
  it('leaves repetition that edited English makes on purpose alone', () => {
    const clean = [
      'He moved the folder from his left hand to his right hand before the vote.',
      'The rivalry between craft unions and industrial unions led to the split.',
      'Three inflatable boats, two fishing boats and six divers were deployed.',
      'Prices rose day by day until the market closed for the holiday.',
      'Think about the cost, the cost of labour in every town.',
      'The bank reported year-on-year growth of 4 percent in June.',
      'More and more families moved to the coast that summer.',
      'We are talking to the sending company and the receiving company about the driver.',
    ];
    for (const s of clean) expect(fired(s), s).not.toContain('closeRepeat');
  });
  it('leaves the edited forms of those frames alone', () => {
    const clean = [
      'The central bank intervened in the currency market this week.',
      'The governor reminded drivers that the coastal road will stay closed until Friday.',
      'Residents were told that the road will stay closed.',
      'Not only did the police deploy extra officers, but they also set up rest posts.',
      'The match between Persija and Arema will be played on Sunday.',
      'In 2020 the company grew by 4 percent.',
      'In 2020 profits had risen by 4 percent.',
      'On Monday police said they had arrested three men.',
      'Among the injured were two children and their mother.',
      'At the meeting, the minister had told officials to cut costs.',
      'Although progress has been made, the road is still closed.',
      'The three currencies fell 7 percent, 4 percent and 1 percent respectively.',
      'The results were better than we expected, the minister said.',
      'We will respond to the letter as soon as we can.',
      'Tell that to the voters, he said.',
      'Participating schools will receive new books.',
      'The police urged residents to remain calm after the quake.',
      'The mayor asked that residents remain indoors.',
      'Let the children play outside.',
      "So that's why the bridge was closed for a week.",
      'So that the road can reopen, crews worked through the night.',
      'Because the road was closed, the convoy took the coast road.',
      'Especially in the north, the rain caused floods.',
      'Not only the police but also the army were deployed.',
    ];
    for (const s of clean) expect(fired(s), s).toEqual([]);
  });
  it('leaves edited English alone', () => {
    const clean = [
      'Police said the fire started in a kitchen on the ground floor and spread quickly through the building.',
      'The company, which employs about 3,000 people, said it expected sales to recover next year.',
      'Because the bridge was closed, drivers took the coastal road, which added an hour to the journey.',
      'The minister, who took office in March, said the plan would make it easier for farmers to borrow.',
      '"We will rebuild the school," the mayor said, adding that classes would resume in tents.',
      'The court is expected to rule on the appeal as early as next week.',
    ];
    for (const s of clean) expect(fired(s), s).toEqual([]);
  });
});

describe('combiner', () => {
  it('is valid against its schema and costs every signal it names, never rewarding one', () => {
    const raw = JSON.parse(readFileSync(dataPath(...COMBINER_FILE), 'utf8')) as unknown;
    const c = assertValid<ReturnType<typeof combiner>>('fluency-combiner', raw, 'fluency combiner');
    expect(Object.keys(c.penalties).sort()).toEqual([...COMBINER_SIGNALS].sort());
    for (const k of COMBINER_SIGNALS) {
      expect(c.penalties[k]).toBeGreaterThanOrEqual(0);
      expect(c.penalties[k]).toBeLessThanOrEqual(k === 'translationese' ? c.learntCap : Math.max(c.cap, c.rareCap));
    }
  });
  it('rejects a negative penalty', () => {
    const c = combiner();
    expect(() => assertValid('fluency-combiner', { ...c, penalties: { ...c.penalties, repeats: -1 } }, 'fluency combiner')).toThrow();
  });
  it('lowers the fluency of a sentence with a broken frame below its language-model score', () => {
    const doc = analyse('The investigators were still investigating the investigation into the fire at the market.');
    const s = lmSentences(doc)[0]!;
    expect(signalPenalty(s.features)).toBeGreaterThan(0);
    expect(s.fluency).toBeLessThan(s.lexicalFluency);
  });
  it('leaves a sentence with no signal at its language-model score', () => {
    const doc = analyse('Police said the fire started in a kitchen on the ground floor and spread quickly through the building.');
    const s = lmSentences(doc)[0]!;
    expect(signalPenalty(s.features)).toBe(0);
    expect(s.fluency).toBe(s.lexicalFluency);
  });
});
