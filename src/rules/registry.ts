/**
 * Every rule calque runs, in a fixed order (the order only matters for ties in sorting). To add a
 * rule: write `src/rules/<id>.ts` exporting a `Rule`, add `docs/rules/<id>.md`, and list it here.
 * A pattern family (data/patterns/<id>.json, docs/patterns.md) is listed as `patternRule('<id>')`.
 */
import type { Rule } from './types.js';
import { patternRule } from '../patterns/rule.js';
import { mtDisclaimer } from './mt-disclaimer.js';
// -- accuracy rules --
import { untranslatedWord } from './untranslated-word.js';
import { untranslatedSentence } from './untranslated-sentence.js';
import { untranslatedAcronym } from './untranslated-acronym.js';
import { epithetCalque } from './epithet-calque.js';
import { pronounGender } from './pronoun-gender.js';
// -- fluency and style rules --
import { titleCalque } from './title-calque.js';
import { reduplication } from './reduplication.js';
import { punctuation } from './punctuation.js';
import { bidiControl } from './bidi-control.js';
import { reportingInversion } from './reporting-inversion.js';
import { articleOrdinal } from './article-ordinal.js';
import { articlePlural } from './article-plural.js';
import { articleAAn } from './article-a-an.js';
import { articleOfficeTitle } from './article-office-title.js';
import { articleCommonName } from './article-common-name.js';
import { numberAgreement } from './number-agreement.js';
import { nounCountability } from './noun-countability.js';
import { verbComplement } from './verb-complement.js';
import { prepositionFrame } from './preposition-frame.js';
import { entityConsistency } from './entity-consistency.js';
// -- grammar and mechanics rules --
import { quoteSpacing } from './quote-spacing.js';
import { possessiveApostrophe } from './possessive-apostrophe.js';
import { spacing } from './spacing.js';
import { doubledWord } from './doubled-word.js';
import { echoedWord } from './echoed-word.js';
import { garbledStructure } from './garbled-structure.js';
import { spelling } from './spelling.js';
import { regularisedForm } from './regularised-form.js';
import { verbForm } from './verb-form.js';
import { subjectVerbAgreement } from './subject-verb-agreement.js';
// -- locale rules --
import { localeFormat } from './locale-format.js';
// -- scoring rules --
import { lowFluency } from './low-fluency.js';

export const RULES: readonly Rule[] = [
  mtDisclaimer,
  patternRule('syndication-notice'),
  // -- accuracy rules (list) --
  untranslatedWord,
  untranslatedSentence,
  untranslatedAcronym,
  patternRule('untranslated-function-word'),
  epithetCalque,
  pronounGender,
  // -- fluency and style rules (list) --
  titleCalque,
  reduplication,
  punctuation,
  bidiControl,
  // Pattern families (data/patterns/<id>.json): one rule each, patterns as data (src/patterns/).
  patternRule('calque-phrase'),
  patternRule('false-friend'),
  patternRule('article-number'),
  reportingInversion,
  patternRule('word-order'),
  patternRule('compound-hyphen'),
  articleOrdinal,
  articlePlural,
  articleAAn,
  articleOfficeTitle,
  articleCommonName,
  numberAgreement,
  nounCountability,
  verbComplement,
  entityConsistency,
  // -- grammar and mechanics rules (list) --
  quoteSpacing,
  possessiveApostrophe,
  spacing,
  doubledWord,
  echoedWord,
  garbledStructure,
  spelling,
  regularisedForm,
  verbForm,
  subjectVerbAgreement,
  patternRule('verb-form-phrase'),
  patternRule('preposition'),
  prepositionFrame,
  // -- locale rules (list) --
  localeFormat,
  // -- scoring rules (list) --
  lowFluency,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
