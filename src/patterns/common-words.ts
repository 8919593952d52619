/**
 * The most frequent words of English news, most frequent first (rank 0). The pattern index keys a
 * pattern by its least common literal; a word on this list is a poor key because nearly every
 * document holds it. Approximate ranks are enough: they only order candidates.
 */
const WORDS = `the , . of to and a in " 's that for is on was said with he it as at by from his
be have has an are but not were this who they had which will their been would or its more after
one up also about her she there all new two we when over year than can into out other last some
first people what only no could if i government him them years time president our so like any
just because may while told most police three before do did made since against during between
party state under such make where then those these many how both back being through officials
former week city country minister officials get day should well what even now still area
said here known information very`;

export const COMMON_WORDS: ReadonlyMap<string, number> = new Map(
  WORDS.split(/\s+/)
    .filter((w, i, all) => w !== '' && all.indexOf(w) === i)
    .map((w, i) => [w, i] as const),
);
