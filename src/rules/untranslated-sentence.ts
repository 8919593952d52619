/**
 * untranslated-sentence: a sentence, clause, caption or quotation left in Indonesian. Machine
 * translation pipelines sometimes pass a segment through untouched (a caption, a quote, a line the
 * engine failed on), and the reader of the English text gets Indonesian.
 *
 * A stretch (a sentence, or the part of a sentence after a colon, between dashes or inside quotes)
 * counts as Indonesian when at least three of its content words (names and acronyms aside) are
 * Indonesian — entries of `data/lexicons/indonesian-words.json` or affixed Indonesian forms such as
 * "mengirimkan", "kemanusiaan", "rumahnya" — at least two of them unambiguous, they make up at least
 * half of its content words (three quarters when there are only three), English function words are
 * rare, and franc (restricted to English, Indonesian and Malay) does not call it English. Stretches
 * too short for franc need 70% Indonesian words. The shared logic lives in
 * `src/lexicons/indonesian.ts`, so untranslated-word can leave these stretches alone.
 */
import { indonesianClauses } from '../lexicons/indonesian.js';
import type { FindingDraft, Rule } from './types.js';

export const untranslatedSentence: Rule = {
  meta: {
    id: 'untranslated-sentence',
    category: 'accuracy/untranslated',
    severity: 'critical',
    description: 'A sentence, clause, caption or quotation left in Indonesian.',
    examples: {
      invalid: [
        {
          text: 'The storm hit the coast overnight.\n\nWarga diminta tetap waspada terhadap banjir susulan di wilayah tersebut.',
          flags: ['Warga diminta tetap waspada terhadap banjir susulan di wilayah tersebut.'],
        },
        {
          text: 'The mayor said: "Kami akan membantu semua warga yang terdampak banjir."',
          flags: ['Kami akan membantu semua warga yang terdampak banjir'],
        },
        {
          text: 'Pemerintah Malaysia telah mengirimkan bantuan kemanusiaan ke Myanmar pada hari Senin.',
          flags: ['Pemerintah Malaysia telah mengirimkan bantuan kemanusiaan ke Myanmar pada hari Senin.'],
        },
      ],
      valid: [
        'Residents of Kampung Melayu fled to Bekasi as the Ciliwung river burst its banks.',
        'Thousands joined the mudik exodus before Idul Fitri, the transport ministry said.',
        'Prabowo met Anwar Ibrahim in Putrajaya to discuss the Laut Natuna Utara dispute.',
        'The ceremony at Istana Merdeka was attended by Bank Indonesia governor Perry Warjiyo.',
        'Dan Brown and Mei Lin were among the guests at the gala in Kota Kinabalu.',
      ],
    },
  },
  run(doc) {
    const out: FindingDraft[] = [];
    for (const c of indonesianClauses(doc)) {
      const share = Math.round((100 * c.indonesian) / Math.max(1, c.words));
      out.push({
        start: c.start,
        end: c.end,
        message: `This passage is in Indonesian (${c.indonesian} of ${c.words} content words are Indonesian): it was left untranslated.`,
        confidence: c.language === 'ind' || c.language === 'zlm' ? Math.min(0.95, 0.6 + share / 250) : 0.7,
        note: `Word-by-word gloss (not a translation): ${c.gloss}`,
      });
    }
    return out;
  },
};
