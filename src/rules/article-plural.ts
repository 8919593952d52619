/**
 * article-plural: "a" or "an" before a plural noun ("a victims", "a cases"). Indonesian has no
 * articles and marks plurals optionally, so machine translation inserts "a" from context and keeps
 * a plural it took from a reduplicated or quantified noun. Plural-looking singulars (news, series,
 * savings) and possessive plurals ("a farmers' cooperative", where the article belongs to the
 * following noun) are left alone, as are compounds ("a sales tax", "a sports car").
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { indefiniteArticle } from '../patterns/template.js';
import { inCaseOf, wordAfterArticle } from './indefinite-article.js';
import type { FindingDraft, Rule } from './types.js';

/** Nouns that end in -s but are singular or take "a" in English. */
const SINGULAR_S = new Set(
  (
    'news series species means headquarters crossroads barracks whereabouts gallows mathematics physics politics economics ' +
    'athletics ethics lens bus gas class status virus census campus thesis crisis basis analysis diagnosis emphasis ' +
    'synthesis hypothesis chassis corps canvas atlas bias alias iris plus minus bonus circus chorus focus genius radius ' +
    'stimulus apparatus onus surplus fungus nucleus octopus cactus walrus tennis kudos summons billiards dynamics tactics ' +
    'graphics logistics overseas savings sales ways blues works odds thanks congratulations'
  ).split(' '),
);

/** Words after the noun that make it a modifier of what follows ("a sales tax", "a sports 10-kilometre race"). */
const MODIFIED_BY_NEXT = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

function isPluralNoun(t: Token): boolean {
  return t.pos === 'NOUN' && /^[a-z]+s$/.test(t.text) && !/ss$/.test(t.lower) && !SINGULAR_S.has(t.lower) && t.lemma !== t.lower;
}

/** After "of": one noun, then a singular noun that heads the whole ("of government meeting"). */
function ofPhraseModifier(tokens: readonly Token[], of: Token): boolean {
  const inner = tokens[of.i + 1];
  const head = tokens[of.i + 2];
  if (!inner || !head || inner.sentence !== of.sentence || head.sentence !== of.sentence) return false;
  if (inner.pos !== 'NOUN' || inner.text !== inner.lower) return false;
  return head.pos === 'NOUN' && head.text === head.lower && head.lemma === head.lower && !/s$/.test(head.lower);
}

export const articlePlural: Rule = {
  meta: {
    id: 'article-plural',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'An indefinite article before a plural noun ("a victims"): Indonesian has no articles, so MT adds one that does not agree.',
    examples: {
      invalid: [
        { text: 'The floods left a victims without shelter in three villages.', flags: ['a victims'], suggestion: 'a victim' },
        { text: 'Police are investigating a cases of fraud involving land certificates.', flags: ['a cases'], suggestion: 'a case' },
        { text: 'An officials from the ministry denied the report.', flags: ['An officials'], suggestion: 'An official' },
        { text: 'The strike was called by a unions of dock workers.', flags: ['a unions'], suggestion: 'a union' },
        { text: 'The minister spoke for a hours about the budget.', flags: ['a hours'], suggestion: 'an hour' },
      ],
      valid: [
        'The bank opened a savings account for every pupil.',
        'A news conference is planned for Tuesday.',
        'She joined a farmers\' cooperative in 2019.',
        'He was fined under a sales tax rule.',
        'A series of explosions shook the port.',
        'It was a sports event like no other.',
        'The win put Indonesia third in the Group A standings.',
        'The plan was discussed at a heads of state summit in Bali.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const noun = wordAfterArticle(tokens, i);
      if (!noun || !isPluralNoun(noun)) continue;
      const a = tokens[i]!;
      // "the Group A standings", "Class A shares": a capital A after a capitalised word in the same
      // sentence is a label, not the article.
      const before = tokens[i - 1];
      if (a.text === 'A' && before && before.sentence === a.sentence && /^\p{Lu}/u.test(before.text)) continue;
      const next = tokens[i + 2];
      if (next && next.sentence === a.sentence) {
        // "a farmers' cooperative": the article goes with the noun after the possessive.
        if (!next.spaceBefore && (next.text === "'" || next.text === '\u2019' || next.text === "'s")) continue;
        if (MODIFIED_BY_NEXT.has(next.pos) || next.text === '-') continue;
        // "a heads of government meeting", "an ashes of roses gown": the plural with its "of" phrase
        // modifies the singular noun after it, which takes the article.
        if (next.lower === 'of' && ofPhraseModifier(tokens, next)) continue;
      }
      const singular = noun.lemma;
      // By sound, as article-a-an judges it: "a union", "an hour", never "an union".
      const article = inCaseOf(a, indefiniteArticle(singular));
      out.push({
        start: a.start,
        end: noun.end,
        message: `"${a.text}" is singular but "${noun.text}" is plural: use the singular noun or drop the article.`,
        suggestions: [`${article} ${singular}`, noun.text],
        confidence: 0.7,
        note: 'Indonesian has no articles and marks the plural only optionally; translation software adds "a" without making the noun agree.',
      });
    }
    return out;
  },
};
