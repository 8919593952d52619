/**
 * The named word lists of the grammar and mechanics rules (data/lexicons/grammar-words.json).
 * A list may appear in several entries; their words are merged.
 */
import { loadLexicon } from './load.js';

export type GrammarList =
  | 'doubled-word-allowed'
  | 'camel-case-brands'
  | 'spelling-allowed'
  | 'intransitive-verbs'
  | 'irregular-past'
  | 'possessed-heads'
  | 'attributive-plurals'
  | 'possessor-plurals';

interface GrammarEntry {
  list: GrammarList;
  words: string[];
  note?: string;
}

let cache: { source: unknown; lists: Map<GrammarList, Set<string>> } | undefined;

export function grammarList(name: GrammarList): ReadonlySet<string> {
  const lex = loadLexicon<GrammarEntry>('grammar-words');
  if (!cache || cache.source !== lex) {
    const lists = new Map<GrammarList, Set<string>>();
    for (const e of lex.entries) {
      const set = lists.get(e.list) ?? new Set<string>();
      for (const w of e.words) set.add(w);
      lists.set(e.list, set);
    }
    cache = { source: lex, lists };
  }
  return cache.lists.get(name) ?? new Set();
}

/** The base form of an irregular simple past ("went" → "go"), from the irregular-past list. */
export function irregularBase(past: string): string | undefined {
  for (const item of grammarList('irregular-past')) {
    const [p, base] = item.split(' ');
    if (p === past) return base;
  }
  return undefined;
}
