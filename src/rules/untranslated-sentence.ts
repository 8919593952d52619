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
import type { AnalysedDocument } from '../analysis/types.js';
import { indonesianClauses, isAllCaps, isCapitalised, sentenceInitial, titleCase, wordHits } from '../lexicons/indonesian.js';
import type { IndonesianClause } from '../lexicons/indonesian.js';
import type { FindingDraft, Rule } from './types.js';

/**
 * Indonesian words in the clause that are not capitalised mid-sentence. An English sentence full of
 * Indonesian place names ("Mount Lewotobi Laki-laki in Kabupaten Flores Timur, Nusa Tenggara Timur")
 * has many lexicon hits, all capitalised: they are names, which untranslated-word judges one by one,
 * while a clause actually left in Indonesian carries lower-case words (yang, telah, warga, ke).
 */
function lowerCaseEvidence(doc: AnalysedDocument, c: IndonesianClause, hitStarts: Map<number, number>): number {
  let n = 0;
  let k = c.tokenStart;
  while (k < c.tokenEnd) {
    const end = hitStarts.get(k);
    if (end === undefined) {
      k++;
      continue;
    }
    for (let j = k; j < Math.min(end, c.tokenEnd); j++) {
      const t = doc.tokens[j]!;
      if (t.type === 'word' && /\p{L}/u.test(t.text) && (!isCapitalised(t.text) || sentenceInitial(doc, j))) n++;
    }
    k = end;
  }
  return n;
}

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
        'Mount Semeru in Kabupaten Lumajang, Jawa Timur, spewed ash again on Friday.',
        'Rescuers reached Desa Sumber Wuluh in Kecamatan Candipuro, Kabupaten Lumajang, by noon.',
      ],
    },
  },
  run(doc) {
    const out: FindingDraft[] = [];
    const clauses = indonesianClauses(doc);
    if (clauses.length === 0) return out;
    const hitStarts = new Map<number, number>();
    for (const h of wordHits(doc)) hitStarts.set(h.tokenStart, h.tokenEnd);
    for (const c of clauses) {
      // Outside a title-case or all-caps headline, capitals mark names: require Indonesian that is not a name.
      const sentence = doc.tokens[c.tokenStart]!.sentence;
      const headline = titleCase(doc, sentence) || isAllCaps(doc.text.slice(c.start, c.end).replace(/[^\p{L}]/gu, ''));
      if (!headline && lowerCaseEvidence(doc, c, hitStarts) < 2) continue;
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
