/**
 * Indonesian syllable-blend titles and unit names (Kasatgas = Kepala Satuan Tugas, "head of the task
 * force"; Ditintelkam = Direktorat Intelijen dan Keamanan; Danramil = Komandan Rayon Militer; Mapolres
 * = Markas Polres, "district police headquarters"; Bhabinkamtibmas = Bintara Pembina Kamtibmas), read by
 * their grammar rather than listed one by one: a title prefix followed by one or two unit syllables.
 *
 * Police and military news coins these freely (every unit has a Ka- head, a Waka- deputy, a Kasat-
 * for each Sat- unit), so a list always lags; the blend grammar covers the family. Only whole tokens
 * that are not English words and are long enough not to be ordinary names are read.
 */

/** Title prefixes: head, deputy head, director, directorate, commander, unit, sub-unit, centre… */
const PREFIXES = ['bhabin', 'babin', 'waka', 'kasubbag', 'kasubag', 'kasubdit', 'kasubdin', 'kasat', 'kabid', 'kabag', 'kadiv', 'karo', 'kapus', 'ka', 'dir', 'dit', 'dan', 'pang', 'sat', 'subdit', 'subdin', 'pus', 'kemenko', 'kemen',
  // Ma- (Markas, headquarters): Mapolres, Mapolda, Mabrimob.
  'ma',
  // Bid- (Bidang, a police division: Bidpropam, Bidlabfor) and Dis- (Dinas, a regional office:
  // Diskominfo, Disdukcapil, Dispora, Diskoperindag).
  'bid', 'dis'];

/** Unit syllables that follow a prefix (Satuan Tugas → satgas, Lembaga Pemasyarakatan → lapas…). */
const UNITS = [
  'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'polri', 'lapas', 'rutan', 'satgas', 'satwil', 'satpol',
  'subdin', 'subdit', 'subbag', 'bag', 'bid', 'bidhumas', 'humas', 'divhumas', 'div', 'datin', 'dalops', 'labfor', 'kanwil',
  'rumkit', 'reskrim', 'reskrimsus', 'reskrimum', 'resnarkoba', 'narkoba', 'intelkam', 'lantas', 'binmas', 'samapta',
  'polairud', 'sabhara', 'tahti', 'brimob', 'jen', 'ramil', 'dim', 'rem', 'yon', 'lanal', 'lanud', 'pomdam', 'dam', 'kostrad',
  'koarmada', 'kogabwilhan', 'ropenmas', 'penmas', 'puspen', 'penrem', 'pendam', 'dispen', 'sipidsus', 'sipidum', 'laksa',
  'kamtibmas', 'kejati', 'kejari', 'kesbangpol', 'polhukam', 'marves', 'perekonomian', 'kumham', 'dagri', 'keu', 'kes',
  'krimum', 'krimsus', 'harkam', 'baharkam', 'paminal', 'propam', 'resmob', 'jatanras', 'dokkes', 'biddokkes', 'inafis', 'gegana',
  'reskoba', 'ops', 'binops', 'penmas',
  // Regional offices (Dinas …): transport, communications, trade and industry, cooperatives, tourism,
  // education, manpower, social affairs, youth and sports, population registry, agriculture, fisheries.
  'hub', 'kominfo', 'perindag', 'kop', 'parbud', 'budpar', 'parekraf', 'dikbud', 'naker', 'nakertrans', 'sos', 'pora',
  'dukcapil', 'perkim', 'pmd', 'lhk', 'pupr', 'pertan', 'koperindag',
];

const UNIT_SET = new Set(UNITS);

/** Blends that are also common given names or English words in capitals. */
const NAMES = new Set(['dandim', 'danton', 'danki', 'kapus', 'pangdam', 'kasi', 'dirdam', 'satrem']);

/**
 * The parts of a blend ("kasatgas" → ["ka", "satgas"], "kasatreskrim" → ["kasat", "reskrim"]), or
 * undefined. A blend is a prefix then one unit, or a prefix and two units (Dirreskrimsus reads as
 * dir + reskrimsus). The whole word must be at least seven letters: shorter ones collide with names
 * (Dandi, Kasim) too often.
 */
export function blendParts(word: string): string[] | undefined {
  const w = word.toLowerCase();
  if (w.length < 7 || NAMES.has(w) || !/^[a-z]+$/.test(w)) return undefined;
  for (const p of PREFIXES) {
    if (!w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    if (UNIT_SET.has(rest)) return [p, rest];
    for (const u of UNITS) {
      if (rest.startsWith(u) && UNIT_SET.has(rest.slice(u.length))) return [p, u, rest.slice(u.length)];
    }
  }
  return undefined;
}

/** Titles that stand as a word of their own before a unit word: "Karo Penmas", "Kabid Propam", "Kasubdit Jatanras". */
const PAIR_TITLES = new Set(['karo', 'kabid', 'kasat', 'kasubdit', 'kasubbag', 'kasubag', 'kabag', 'kadiv', 'kapus', 'waka', 'wadir', 'kanit', 'kaur', 'paur', 'panit', 'kasi']);

/**
 * A title and a unit written as two words ("Karo Penmas" = Kepala Biro Penerangan Masyarakat, "Karo
 * Ops", "Kabid Propam"): the parts, or undefined. The unit word must be a unit syllable (or two) exactly,
 * so a title before a name or a place ("Karo Regency") is not read.
 */
export function titleUnitPair(first: string, second: string): string[] | undefined {
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  if (!PAIR_TITLES.has(a) || !/^[a-z]+$/.test(b)) return undefined;
  if (UNIT_SET.has(b)) return [a, b];
  for (const u of UNITS) if (b.startsWith(u) && UNIT_SET.has(b.slice(u.length))) return [a, u, b.slice(u.length)];
  return undefined;
}

/** True when the token is spelt like a blend: a capital initial, at most one inner capital (DitIntelkam). */
export function blendShaped(text: string): boolean {
  return /^[A-Z][a-z]+(?:[A-Z][a-z]+)?$/.test(text);
}
