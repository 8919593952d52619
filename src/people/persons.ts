/**
 * Person resolution: turns the analysis' candidate names into person entities with a gender and the
 * evidence for it. Evidence, strongest first: the bundled gazetteer of public figures, honorifics
 * (Mr, Mrs, Ms, Queen…), gendered role nouns next to the name (spokeswoman, his wife), and the
 * given-name lexicon. Bare family names link to an earlier full mention; a family name shared by two
 * people in the article (siblings, spouses) links to neither. Cached per document.
 */
import type { AnalysedDocument, NameMention, Token } from '../analysis/types.js';
import { cueFor } from './cues.js';
import { gazetteer, normaliseName } from './gazetteer.js';
import type { Gender, PersonEntry } from './gazetteer.js';

export type GenderEvidence = 'gazetteer' | 'honorific' | 'role-noun' | 'given-name';

export interface PersonEntity {
  id: number;
  /** Display form of the fullest mention. */
  display: string;
  /** Normalised core words of the fullest mention. */
  words: string[];
  gender: Gender | null;
  evidence: GenderEvidence | null;
  entry?: PersonEntry;
}

export interface PersonMention {
  /** Span of the name core (titles stripped). */
  start: number;
  end: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** The entity, or null when a bare family name is ambiguous between two people. */
  entity: PersonEntity | null;
  /** Genders possible for an ambiguous mention. */
  possible: (Gender | null)[];
  /** Whether there is positive evidence this is a person (not a place or organisation). */
  personLike: boolean;
}

export interface PersonIndex {
  entities: PersonEntity[];
  mentions: PersonMention[];
  /** Tokens that belong to a resolved name mention, including its titles (so they are not read as bare person nouns). */
  nameTokens: Set<number>;
}

/** Words that make a capitalised run a place or an organisation, not a person. */
const NON_PERSON = new Set(
  (
    'university institute academy school college council committee commission ministry department agency office bureau ' +
    'party union association federation foundation endowment center centre bank company corporation group news times post ' +
    'herald daily journal press television radio network club league team army navy force forces police court parliament ' +
    'assembly congress senate house palace square street road avenue airport station port city province island islands ' +
    'republic kingdom state states nations sea ocean river lake mountain mount peninsula strait gulf bay north south east ' +
    'west korea china russia japan india indonesia america europe asia africa ukraine exhibition museum hall hospital ' +
    'war day week month year fund program programme project organization organisation initiative summit forum'
  ).split(' '),
);

const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'explain', 'state', 'note', 'announce', 'claim', 'argue', 'write', 'insist', 'warn']);

const cache = new WeakMap<AnalysedDocument, PersonIndex>();

interface NameWord {
  text: string;
  start: number;
  end: number;
}

/** Name words from tokens: pieces written without spaces ("Jong" "-" "un") form one word. */
function nameWords(text: string, tokens: Token[], from: number, to: number): NameWord[] {
  const out: NameWord[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const last = out[out.length - 1];
    if (last && !t.spaceBefore) {
      last.end = t.end;
      last.text = text.slice(last.start, last.end);
    } else out.push({ text: t.text, start: t.start, end: t.end });
  }
  return out;
}

function gazetteerMatch(words: string[]): { entry: PersonEntry; from: number; to: number } | undefined {
  const g = gazetteer();
  for (let len = Math.min(words.length, 6); len >= 1; len--) {
    for (let a = 0; a + len <= words.length; a++) {
      const key = normaliseName(words.slice(a, a + len).join(' '));
      const hit = g.byName.get(key);
      if (hit) return { entry: hit, from: a, to: a + len };
    }
  }
  return undefined;
}

/** Strip leading titles and other office words; returns the index of the first core word. */
function coreStart(tokens: Token[], m: NameMention): number {
  let last = -1;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const cue = cueFor(tokens[k]!.text);
    if (cue && (cue.title || cue.honorific)) last = k;
  }
  return last >= 0 && last + 1 < m.tokenEnd ? last + 1 : m.tokenStart;
}

function honorificGender(tokens: Token[], m: NameMention, core: number): Gender | null {
  for (let k = Math.max(0, m.tokenStart - 1); k < core; k++) {
    const cue = cueFor(tokens[k]!.text);
    if (cue?.honorific && cue.gender) return cue.gender;
  }
  return null;
}

/** A gendered role noun right before the name: "his wife Siti", "spokeswoman Ana", "the actress, Maya". */
function roleGender(tokens: Token[], m: NameMention): Gender | null {
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 3); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[m.tokenStart]!.sentence) break;
    if (t.text === ',') continue;
    const cue = cueFor(t.lower);
    if (cue?.personNoun) return cue.gender;
    if (t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADJ') break;
  }
  return null;
}

function hasSpeechVerbNearby(tokens: Token[], m: NameMention): boolean {
  const next = tokens[m.tokenEnd];
  const after = tokens[m.tokenEnd + 1];
  const prev = tokens[m.tokenStart - 1];
  if (next && SPEECH_VERBS.has(next.lemma)) return true;
  if (next && after && next.pos === 'ADV' && SPEECH_VERBS.has(after.lemma)) return true;
  return prev !== undefined && SPEECH_VERBS.has(prev.lemma);
}

/** A bare name acting as subject or object of a verb ("Claudio rejected Hero") may be a person. */
function inClause(tokens: Token[], m: NameMention): boolean {
  const next = tokens[m.tokenEnd];
  const prev = tokens[m.tokenStart - 1];
  const sentence = tokens[m.tokenStart]!.sentence;
  const isVerb = (t: Token | undefined): boolean => t !== undefined && t.sentence === sentence && (t.pos === 'VERB' || t.pos === 'AUX');
  return isVerb(next) || isVerb(prev);
}

export function resolvePersons(doc: AnalysedDocument): PersonIndex {
  const hit = cache.get(doc);
  if (hit) return hit;
  const g = gazetteer();
  const entities: PersonEntity[] = [];
  const mentions: PersonMention[] = [];
  const nameTokens = new Set<number>();
  const byKey = new Map<string, PersonEntity>();
  const { tokens } = doc;

  const newEntity = (display: string, words: string[], gender: Gender | null, evidence: GenderEvidence | null, entry?: PersonEntry): PersonEntity => {
    const e: PersonEntity = { id: entities.length, display, words, gender, evidence };
    if (entry) e.entry = entry;
    entities.push(e);
    return e;
  };

  for (const m of doc.names) {
    const core = coreStart(tokens, m);
    const words = nameWords(doc.text, tokens, core, m.tokenEnd);
    const coreWords = words.map((w) => w.text);
    const normWords = coreWords.map((w) => normaliseName(w));
    if (normWords.some((w) => NON_PERSON.has(w))) continue;
    const hadTitle = core > m.tokenStart;
    const honorific = honorificGender(tokens, m, core);
    const role = roleGender(tokens, m);
    const speech = hasSpeechVerbNearby(tokens, m);

    let entity: PersonEntity | null = null;
    let possible: (Gender | null)[] = [];
    let start = words[0]!.start;
    let end = words[words.length - 1]!.end;

    const gz = gazetteerMatch(coreWords);
    if (gz) {
      const key = `gz:${gz.entry.name}`;
      entity = byKey.get(key) ?? newEntity(gz.entry.name, normaliseName(gz.entry.name).split(' '), gz.entry.gender, 'gazetteer', gz.entry);
      byKey.set(key, entity);
      start = words[gz.from]!.start;
      end = words[gz.to - 1]!.end;
    } else if (normWords.length === 1) {
      // A bare word: an earlier person with that family name, given name or single name.
      const w = normWords[0]!;
      const marked = honorific ?? role;
      const earlier = entities.filter(
        (e) =>
          (e.words[e.words.length - 1] === w || e.words[0] === w || (e.entry?.familyName && normaliseName(e.entry.familyName) === w)) &&
          // "Mrs. Benington" after "coach Benington … he": a spouse, not the same person.
          !(marked && e.gender && e.gender !== marked),
      );
      if (earlier.length === 1) entity = earlier[0]!;
      else if (earlier.length > 1) possible = earlier.map((e) => e.gender);
      else {
        const famous = g.byFamilyName.get(w);
        const given = g.givenNames.get(w);
        if (famous && famous.length === 1 && !given) {
          const p = famous[0]!;
          const key = `gz:${p.name}`;
          entity = byKey.get(key) ?? newEntity(p.name, normaliseName(p.name).split(' '), p.gender, 'gazetteer', p);
          byKey.set(key, entity);
        } else if (honorific || role || hadTitle || speech || given || inClause(tokens, m)) {
          // A bare single name is as often a family name as a given name ("Shea and his wife"), so
          // the given-name lexicon gives no gender here; only an honorific or role noun does.
          const gender = honorific ?? role;
          const evidence: GenderEvidence | null = honorific ? 'honorific' : role ? 'role-noun' : null;
          entity = newEntity(coreWords[0]!, [w], gender, evidence);
        }
      }
    } else {
      const key = normWords.join(' ');
      entity = byKey.get(key) ?? null;
      if (!entity) {
        const given = g.givenNames.get(normWords[0]!);
        const gender = honorific ?? role ?? (given ? given.gender : null);
        const evidence: GenderEvidence | null = honorific ? 'honorific' : role ? 'role-noun' : given ? 'given-name' : null;
        entity = newEntity(coreWords.join(' '), normWords, gender, evidence);
        byKey.set(key, entity);
      }
    }

    if (entity && entity.gender === null && (honorific || role)) {
      entity.gender = honorific ?? role;
      entity.evidence = honorific ? 'honorific' : 'role-noun';
    }
    if (entity === null && possible.length === 0) continue;
    const personLike = entity?.evidence != null || hadTitle || speech || normWords.length >= 2 || possible.length > 0;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) nameTokens.add(k);
    // A title directly before the name belongs to it ("leader Kim", "the minister Retno").
    const prev = tokens[m.tokenStart - 1];
    if (prev && cueFor(prev.lower)?.personNoun && prev.sentence === tokens[m.tokenStart]!.sentence) nameTokens.add(prev.i);
    mentions.push({ start, end, sentence: m.sentence, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, entity, possible: entity ? [entity.gender] : possible, personLike });
  }
  const index = { entities, mentions, nameTokens };
  cache.set(doc, index);
  return index;
}
