/**
 * The news-outlets lexicon (data/lexicons/news-outlets.json): its entry type, and the outlets'
 * spellings in capitals, which rules use to tell a credit ("(AP)", "KOMPAS.com –") from an
 * Indonesian acronym. Built once per loaded lexicon.
 */
import { loadLexicon } from './load.js';

export interface OutletEntry {
  name: string;
  aliases?: string[];
  kind: string;
  country: string;
  takesThe?: boolean;
  note?: string;
}

let capitals: { source: unknown; names: ReadonlySet<string> } | undefined;

/** Every outlet's name and aliases, upper-cased ("ANTARA", "KOMPAS.COM"). */
export function outletNamesInCapitals(): ReadonlySet<string> {
  const lex = loadLexicon<OutletEntry>('news-outlets');
  if (capitals?.source !== lex) {
    const names = new Set<string>();
    for (const e of lex.entries) for (const n of [e.name, ...(e.aliases ?? [])]) names.add(n.toUpperCase());
    capitals = { source: lex, names };
  }
  return capitals.names;
}
