/**
 * article-ordinal, number-agreement and entity-consistency: flagged cases beyond the rules' own
 * examples, clean news sentences full of look-alikes that must stay silent, and the seed articles.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { Finding } from '../src/index.js';
import { readSeed, SEED_AFP, SEED_MT, SEED_YONHAP } from './helpers.js';

process.env['CALQUE_DEBUG'] = '1';

function run(id: string, text: string): Finding[] {
  return check(text, { only: [id] }).findings.filter((f) => f.ruleId === id);
}

interface Case {
  text: string;
  flags: string[];
  suggestion?: string;
}

function flagsCases(id: string, cases: Case[]): void {
  it.each(cases.map((c) => [c.text.slice(0, 80), c] as const))('flags: %s', (_t, c) => {
    const found = run(id, c.text);
    expect(found.map((f) => f.text).sort()).toEqual([...c.flags].sort());
    for (const f of found) expect(c.text.slice(f.span.start, f.span.end)).toBe(f.text);
    if (c.suggestion !== undefined) expect(found[0]?.suggestions[0]).toBe(c.suggestion);
  });
}

function silentCases(id: string, texts: string[]): void {
  it.each(texts.map((t) => [t.slice(0, 80), t] as const))('silent: %s', (_t, text) => {
    expect(run(id, text).map((f) => `${f.text} (${f.severity})`)).toEqual([]);
  });
}

describe('article-ordinal', () => {
  flagsCases('article-ordinal', [
    { text: 'The event coincided with a 78th anniversary of the Republic of Indonesia\'s independence.', flags: ['a 78th anniversary'], suggestion: 'the 78th anniversary' },
    { text: 'Thousands of residents joined a 497th anniversary of Jakarta at the National Monument.', flags: ['a 497th anniversary'] },
    { text: 'Anwar Ibrahim will chair a 47th ASEAN Summit in Kuala Lumpur next month.', flags: ['a 47th ASEAN Summit'], suggestion: 'the 47th ASEAN Summit' },
    { text: 'Athletes from 11 countries competed at a 32nd SEA Games in Phnom Penh.', flags: ['a 32nd SEA Games'] },
    { text: 'The organisation held a 34th Muktamar in Lampung last year.', flags: ['a 34th Muktamar'] },
    { text: 'An 80th anniversary of the liberation of Auschwitz was marked on Monday.', flags: ['An 80th anniversary'], suggestion: 'The 80th anniversary' },
    { text: 'Veterans attended a 70th commemoration of the Battle of Dien Bien Phu.', flags: ['a 70th commemoration'] },
    { text: 'The palace hosted a 100th birthday celebration of the former king.', flags: ['a 100th birthday celebration'] },
    { text: 'Leaders gathered in Lima for a 31st Asia-Pacific Economic Cooperation (APEC) Summit on Friday.', flags: ['a 31st Asia-Pacific Economic Cooperation (APEC) Summit'] },
    { text: 'The ministry will hold a 2nd ASEAN-China Dialogue Forum next week.', flags: ['a 2nd ASEAN-China Dialogue Forum'] },
  ]);
  silentCases('article-ordinal', [
    'Protesters rallied for a third straight day outside parliament.',
    'The film won a second Golden Globe on Sunday night.',
    'Indonesia will host a second summit on climate finance in October.',
    'The company released a 40th anniversary edition of the game.',
    'The singer marked a 50th birthday with a concert in London.',
    'Voters handed Modi a third term in office.',
    'The museum opened a 25th-anniversary exhibition on Thursday.',
    'A 60th wedding anniversary is a milestone few couples reach.',
    'The team is chasing a 10th league title in a row.',
    'Lawmakers held a second session of hearings on Tuesday.',
    'It was a 12th consecutive win for the Lakers.',
    'The hospital delivered its 1,000th baby on New Year\'s Day.',
    'The country marked the 70th anniversary of the armistice with a parade.',
    'Such a 100th anniversary celebration is rare for a club of this size.',
    'It is not every day that a company celebrates a 50th anniversary of a product.',
    'The envoys agreed to hold a second meeting next week in Doha.',
    'Japan and China will hold a 15th round of talks in Tokyo.',
  ]);
});

describe('number-agreement', () => {
  flagsCases('number-agreement', [
    { text: 'The delegation included members of the Politburo Cai Qi and their aides.', flags: ['members', 'their'], suggestion: 'a member' },
    { text: 'The visit was welcomed by ministers of state-owned enterprises Erick Thohir.', flags: ['ministers'], suggestion: 'the minister' },
    { text: 'Officials of the Ministry of Health Budi Gunadi Sadikin said vaccines were ready.', flags: ['Officials'], suggestion: 'An official' },
    { text: 'The leaders Narendra Modi arrived in Jakarta on Tuesday.', flags: ['leaders'] },
    { text: 'Members of the House of Representatives Puan Maharani and their staff visited the site.', flags: ['Members', 'their'] },
    { text: 'The meeting was attended by members of Commission I of the DPR Dave Laksono.', flags: ['members'] },
    { text: 'The event was opened by chairmen of the PDI-P Megawati Soekarnoputri and their family.', flags: ['chairmen', 'their'] },
    // One word is a name only when the people gazetteer knows the person.
    { text: 'The talks were opened by ministers of foreign affairs Budiman in Jakarta.', flags: [] },
    // A second person with a singular title of their own does not share the plural title.
    { text: 'The ceremony was attended by governors of East Java Khofifah Indar Parawansa and Minister of Home Affairs Tito Karnavian.', flags: ['governors'] },
    { text: 'Also present were deputies of the Prime Minister Pham Binh Minh and Vietnamese Minister of Trade Nguyen Hong Dien.', flags: ['deputies'] },
    { text: 'The forum was opened by the chairmen of ASEAN Anwar Ibrahim, who is also the Prime Minister of Malaysia.', flags: ['chairmen'] },
  ]);

  it('suggests his/her for "their" from the people gazetteer when it knows the person', () => {
    const found = run('number-agreement', 'Members of the House of Representatives Puan Maharani and their staff visited the site.');
    const their = found.find((f) => f.text === 'their');
    expect(their?.suggestions).toEqual(['her']);
  });

  silentCases('number-agreement', [
    'Members of the Politburo Standing Committee met in Beijing on Tuesday.',
    'Opposition leaders Anies Baswedan and Ganjar Pranowo challenged the result in court.',
    'The ministers Sri Mulyani had appointed stayed on after the election.',
    'Members of the Politburo Standing Committee, including Li Qiang, stood on the stage.',
    'Leaders from the Group of Seven met in Hiroshima on Friday.',
    'Foreign ministers from ASEAN gathered in Jakarta, where Retno Marsudi chaired the talks.',
    'The officials Joe Biden nominated were confirmed by the Senate.',
    'Two senior officials, Budi Santoso and Ani Wijaya, resigned on Monday.',
    'Senators Elizabeth Warren and Bernie Sanders introduced the bill.',
    'Ministers of the Gulf Cooperation Council met in Riyadh on Sunday.',
    'Both leaders Xi Jinping and Joe Biden said they wanted stable ties.',
    'Lawmakers in the House of Representatives passed the bill by a wide margin.',
    'The ambassadors of France and Germany met Retno Marsudi in Jakarta.',
    'Supporters of Prabowo Subianto gathered outside the election commission.',
    'Members of the royal family, including Prince William, attended the service.',
    'Chinese leaders Xi Jinping, Li Qiang and Zhao Leji attended the gala.',
    "The firm's directors John Smith and Mary Brown signed the deal.",
    'The Council of Ministers Office said the decree took effect immediately.',
    'India and Brazil are members of the IBSA Dialogue Forum (India, Brazil and South Africa).',
    'They urged the junta to respect the Governors Island Agreement.',
    'The Meetings of the Heads of National Law Enforcement Agencies were held in Bangkok.',
    'Permanent members of the UN Security Council met in New York.',
    'The ministers Retno Marsudi and Penny Wong met Minister of Trade Zulkifli Hasan on Monday.',
  ]);
});

describe('entity-consistency', () => {
  flagsCases('entity-consistency', [
    { text: 'Tiongkok imposed tariffs on steel. China said the move was lawful.', flags: ['Tiongkok'], suggestion: 'China' },
    { text: 'Exports to Amerika Serikat fell, while United States buyers turned to Vietnam.', flags: ['Amerika Serikat'], suggestion: 'United States' },
    { text: 'The ship entered Laut Cina Selatan, where China claims most of the South China Sea.', flags: ['Laut Cina Selatan'], suggestion: 'South China Sea' },
    { text: 'Kim Yo Jong said Seoul would pay.\n\nKim Yo-jong later repeated the warning, and Kim Yo-jong\'s statement was carried by KCNA.', flags: ['Kim Yo Jong'], suggestion: 'Kim Yo-jong' },
    { text: 'Pyongyang rejected the offer.\n\nOfficials in Pyong Yang said talks were over.', flags: ['Pyong Yang'], suggestion: 'Pyongyang' },
    { text: 'Recep Tayyip Erdoğan met Mark Rutte in Ankara.\n\nErdogan said NATO should act.', flags: ['Erdogan'] },
    { text: 'Ukrainian President Volodymyr Zelensky met supporters. Volodymyr Zelenskiy thanked them.', flags: ['Volodymyr Zelenskiy'] },
    // Old and new Indonesian spelling of one name (oe/u, dj/j, tj/c, sj/sy).
    { text: 'Former minister Tjahjo Kumolo opened the forum. Later, Cahjo Kumolo met the governors. Tjahjo Kumolo left at noon.', flags: ['Cahjo Kumolo'], suggestion: 'Tjahjo Kumolo' },
    { text: 'Defence Minister Sjafrie Sjamsoeddin inspected the troops in Natuna. Syafrie Syamsuddin said the navy would add patrols.', flags: ['Syafrie Syamsuddin'] },
  ]);

  it('reports old and new Indonesian spellings as info', () => {
    expect(run('entity-consistency', 'General Djoko Santoso commanded the army. Joko Santoso retired in 2010.').map((f) => `${f.text} ${f.severity}`)).toEqual(['Joko Santoso info']);
  });

  it('reports exonyms and separator variants as minor, accents and transliterations as info', () => {
    const sev = (text: string): string[] => run('entity-consistency', text).map((f) => f.severity);
    expect(sev('Jepang and Japan signed the deal.')).toEqual(['minor']);
    expect(sev('Kim Jong Un spoke. Kim Jong-un left. Kim Jong-un returned.')).toEqual(['minor']);
    expect(sev('Sergei Lavrov spoke. Sergey Lavrov left. Sergey Lavrov returned.')).toEqual(['info']);
    expect(sev('Recep Tayyip Erdoğan spoke. Recep Tayyip Erdogan left.')).toEqual(['info']);
  });

  it('reports one inner letter left out of a reference back to a full name as info, not a doubled letter', () => {
    const found = run('entity-consistency', 'Regent Bambang Sulistyanto opened the new market in Sleman on Monday. According to Sulistynto, the stalls will be rented out in March.');
    expect(found.map((f) => `${f.text} ${f.severity}`)).toEqual(['Sulistynto info']);
    expect(found[0]!.message).toContain('one letter missing');
    expect(run('entity-consistency', 'Regent Mohammad Sulistyo opened the market on Monday. According to Mohamad, the stalls will be rented out.')).toEqual([]);
    expect(run('entity-consistency', 'Regent Bambang Achmadi opened the market on Monday. According to Acmadi, the stalls will be rented out.')).toEqual([]);
  });

  silentCases('entity-consistency', [
    'Kim Jong-un met his sister Kim Yo-jong. Kim Jong-il, their father, died in 2011.',
    'Premier Li Qiang succeeded Li Keqiang, who died in October. Li Qiang then met investors.',
    "China's exports fell. China said it would support the economy, and Chinese officials agreed.",
    'The two Koreas have been divided since 1953. North Korea and South Korea remain technically at war.',
    'President Joko Widodo, widely known as Jokowi, opened the toll road. Jokowi said more would follow.',
    'Papua is rich in gold. Papuan leaders want a bigger share of the revenue.',
    'NORTH KOREA FIRES MISSILE\n\nNorth Korea fired a missile on Sunday, officials said.',
    'Maria Santos and her brother Mario Santos run the family business in Manila.',
    'The ship left Colombia for Panama. Columbia University researchers were on board.',
    'East Germany built the wall. East German guards patrolled it, and West Germans watched.',
    'Mohammed bin Salman met Mohammed bin Zayed in Riyadh on Sunday.',
    'The Hwasong-18 was launched after the Hwasong-17 test, Pyongyang said.',
    'Swiss officials said Switzerland would host the talks in Geneva.',
    'Students at Universitas Sumatera Utara in North Sumatra protested on Monday.',
    'Karine Jean-Pierre briefed reporters. Jean-Pierre said the president was well.',
    // A name and a longer name built on it are different cores, whatever the spelling.
    'Sukarno declared independence in 1945; Soekarno-Hatta International Airport bears his name.',
    'Megawati Soekarnoputri is the daughter of Sukarno, the founding president.',
  ]);
});

describe('seed articles', () => {
  const ids = ['article-ordinal', 'number-agreement', 'entity-consistency'];

  it('finds the number-agreement and article items of 004', () => {
    const findings = check(readSeed(SEED_MT), { only: ids }).findings;
    const overlapping = (rule: string, start: number, end: number): Finding[] =>
      findings.filter((f) => f.ruleId === rule && f.span.start < end && start < f.span.end);
    const agreement = overlapping('number-agreement', 267, 351);
    expect(agreement.map((f) => f.text).sort()).toEqual(['members', 'their']);
    expect(agreement.find((f) => f.text === 'members')?.suggestions[0]).toBe('a member');
    const article = overlapping('article-ordinal', 406, 424);
    expect(article.map((f) => f.text)).toEqual(['a 70th anniversary']);
    expect(article[0]?.suggestions[0]).toBe('the 70th anniversary');
  });

  it.each([
    ['000 (Yonhap)', SEED_YONHAP],
    ['002 (AFP)', SEED_AFP],
  ])('human-written %s gets nothing of severity minor or above from these rules', (_name, url) => {
    const findings = check(readSeed(url), { only: ids }).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});
