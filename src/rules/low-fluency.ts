/**
 * low-fluency: a sentence of running prose that the language models (a Kneser-Ney word trigram
 * model and wink-nlp tag statistics, trained on the Brown corpus) find less fluent than all but about
 * one in a hundred held-out sentences of edited news (default threshold 50). Pure function of the analysed document: it
 * reads the per-document sentence scores that check() also reports (src/lm/score.ts caches them).
 *
 * check() re-applies the caller's `thresholds.lowFluency` and adds an `info` finding where the other
 * rules' findings, not the model, pull a sentence under the threshold (see src/check.ts).
 */
import type { AnalysedDocument } from '../analysis/types.js';
import { articleReading, thresholdFor } from '../lm/article-reading.js';
import { lmSentences } from '../lm/score.js';
import { DEFAULT_LOW_FLUENCY, LOW_FLUENCY_RULE, WORD_SALAD_BELOW } from '../scoring/fluency.js';
import type { FindingDraft, Rule } from './types.js';

/** Model scores below this make a low-fluency finding `minor`; above it, `info`. */
export const SEVERE_BELOW = WORD_SALAD_BELOW;

/**
 * The draft for one sentence; `model` is the language models' score, `combined` the reported one,
 * `threshold` the bar it fell under and `base` the caller's bar before the article's reading raised
 * it (reads as translated) or lowered it (reads as native; src/lm/article-reading.ts).
 */
export function lowFluencyDraft(doc: AnalysedDocument, sentence: number, model: number, combined: number, threshold: number, base = threshold): FindingDraft {
  const s = doc.sentences[sentence]!;
  const byModel = model < threshold;
  // The article gate moves the bar either way; say which, so the message never calls a lowered bar raised.
  const bar =
    threshold === base
      ? `the threshold is ${threshold}`
      : threshold > base
        ? `the threshold is ${threshold}, raised from ${base} because the article reads as translated`
        : `the threshold is ${threshold}, lowered from ${base} because the article reads as native English`;
  const draft: FindingDraft = {
    start: s.start,
    end: s.end,
    message: byModel
      ? `This sentence reads badly: fluency ${combined}/100 (language model ${model}; ${bar}). Reread it against the source or rewrite it.`
      : `This sentence reads badly: fluency ${combined}/100 once the problems found inside it are counted (language model alone ${model}; ${bar}).`,
    // The further below the threshold, the surer; never certain, since a model can misjudge style.
    confidence: Math.round(Math.min(0.9, 0.5 + (threshold - combined) / (2 * threshold)) * 100) / 100,
    note: 'Machine translation often keeps the source sentence structure (a topic phrase with no subject, a clause hung on the wrong noun), which edited English rarely shows.',
  };
  // Findings already carry the penalty of the problems behind a combined-only verdict. And the
  // model alone is a weak judge of modern news (foreign names, acronyms): between the threshold and
  // SEVERE_BELOW a sentence is pointed out (info) but costs no penalty; only a model score below
  // SEVERE_BELOW (word-salad territory) is a minor error, and only on the words' and tags' own
  // evidence: the clause and frame signals (repeated words, no finite verb, broken frames: src/lm/frames.ts) never make it minor by themselves.
  const lexical = Math.max(model, lmSentences(doc)[sentence]?.lexicalFluency ?? model);
  if (!byModel || lexical >= SEVERE_BELOW) draft.severity = 'info';
  return draft;
}

export const lowFluency: Rule = {
  meta: {
    id: LOW_FLUENCY_RULE,
    category: 'fluency/low-fluency',
    severity: 'minor',
    description:
      'A sentence the fluency model scores below the threshold (default 50: the 1st percentile of held-out edited news): info, free of penalty, unless the model scores it below 20 (word salad), which is minor.',
    examples: {
      // Word salad: the model's verdict on garbled MT is rarely this clear, so these are extreme cases.
      invalid: [
        {
          text: 'Price the of rice in market the is rising since week last, because of harvest the failed in regions several the of province the, said the of trade the minister.',
          flags: ['Price the of rice in market the is rising since week last, because of harvest the failed in regions several the of province the, said the of trade the minister.'],
        },
        {
          text: 'Nurses the in hospital the are complaining since year last about wages their, because of funds the late from ministry the of health the.',
          flags: ['Nurses the in hospital the are complaining since year last about wages their, because of funds the late from ministry the of health the.'],
        },
        {
          text: 'The ferry docked on Tuesday. Passengers the on ship the were stranded since night last at sea the, because of engine the broken in part the of rear the.',
          flags: ['Passengers the on ship the were stranded since night last at sea the, because of engine the broken in part the of rear the.'],
        },
      ],
      valid: [
        'Farmers in the province have complained that the price of fertiliser has doubled since January.',
        'Police said the fire started in a kitchen on the ground floor and spread quickly through the building.',
        'The company, which employs about 3,000 people, said it expected sales to recover next year.',
        'Prime Minister Anwar Ibrahim met President Ferdinand Marcos Jr. in Manila on Tuesday, his office said.',
        'BREAKING: quake hits Sulawesi',
      ],
    },
  },
  run(doc) {
    // The article's reading raises the bar (reads as translated) or lowers it to word salad (reads as native).
    const threshold = thresholdFor(articleReading(doc), DEFAULT_LOW_FLUENCY);
    const lm = lmSentences(doc);
    const out: FindingDraft[] = [];
    doc.sentences.forEach((s, i) => {
      const x = lm[i]!;
      // The learnt translationese signal ranks sentences but raises no finding (src/lm/score.ts, flagFluency).
      if (s.boilerplate || !x.prose || x.flagFluency >= threshold) return;
      out.push(lowFluencyDraft(doc, i, x.flagFluency, x.flagFluency, threshold, DEFAULT_LOW_FLUENCY));
    });
    return out;
  },
};
