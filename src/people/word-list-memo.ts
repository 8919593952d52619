/**
 * A bounded memo keyed by a list of words, for lookups against data that never changes once built
 * (the people gazetteer): person resolution asks about the same names in article after article.
 * A long-running process (the server) sees an open set of names, so the memo starts over at `limit`
 * entries rather than grow without end.
 */
export function memoByWordList<T>(compute: (words: string[]) => T | undefined, limit = 20_000): (words: string[]) => T | undefined {
  const memo = new Map<string, T | null>();
  return (words) => {
    // The words are joined with NUL: a word holding one could make two lists share a key, so such
    // a list (no name has one) is never memoised.
    // A one-word list is keyed by the word itself (no joined copy to build and hash: most name
    // runs are one word); every longer list's key holds a NUL, so the two kinds never meet.
    let key: string;
    if (words.length === 1) {
      key = words[0]!;
      if (key.includes('\0')) return compute(words);
    } else {
      if (words.some((w) => w.includes('\0'))) return compute(words);
      key = words.join('\0');
    }
    let hit = memo.get(key);
    if (hit === undefined) {
      if (memo.size >= limit) memo.clear();
      memo.set(key, (hit = compute(words) ?? null));
    }
    return hit ?? undefined;
  };
}
