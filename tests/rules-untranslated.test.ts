/**
 * untranslated-word, untranslated-sentence, untranslated-acronym and epithet-calque beyond their
 * meta examples: other countries, people, numbers and wordings, clean English full of look-alikes,
 * and the seeds.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { Finding } from '../src/index.js';
import { analyse } from '../src/analysis/analyse.js';
import { indonesianClauses, PhraseMatcher, wordHits } from '../src/lexicons/indonesian.js';
import { readSeed, SEED_AFP, SEED_MT, SEED_YONHAP } from './helpers.js';

process.env['CALQUE_DEBUG'] = '1';

const MINE = ['untranslated-word', 'untranslated-sentence', 'untranslated-acronym', 'epithet-calque'];

const findings = (text: string, rule: string): Finding[] => check(text, { only: [rule] }).findings.filter((f) => f.ruleId === rule);
const flagged = (text: string, rule: string): string[] =>
  findings(text, rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.text}→${f.suggestions[0] ?? ''}`);
const serious = (text: string): string[] =>
  check(text, { only: MINE })
    .findings.filter((f) => MINE.includes(f.ruleId) && f.severity !== 'info')
    .map((f) => `${f.ruleId}: ${f.text}`);

describe('untranslated-word flags Indonesian words', () => {
  it.each([
    ['Talks between Jepang and Korea Selatan resumed in Geneva.', ['Jepang→Japan', 'Korea Selatan→South Korea']],
    ['The province spent Rp 5 triliun on roads, and another 800 miliar on bridges.', ['triliun→trillion', 'miliar→billion']],
    ['Prices in Belanda rose 4 percent in Oktober 2023, the statistics office said.', ['Belanda→the Netherlands', 'Oktober→October']],
    ['The ship left Tanjung Perak on Rabu and reached Makassar on Jumat.', ['Rabu→Wednesday', 'Jumat→Friday']],
    ['A fire in Jakarta Utara destroyed 40 houses, leaving 120 orang homeless.', ['Jakarta Utara→North Jakarta', 'orang→people']],
    ['The ministers of Mesir dan Yordania met in Amman.', ['Mesir dan Yordania→Egypt and Jordan']],
    ['The Brazil-Argentina-Meksiko bloc opposed the plan.', ['Meksiko→Mexico']],
    ['Gunung Semeru erupted again, and its status was raised to Siaga, the agency said.', ['Gunung Semeru→Mount Semeru', 'Siaga→Alert']],
    ['Presiden Ferdinand Marcos arrived in Jakarta on 5 Mei 2024 for a state visit.', ['Presiden→President', 'Mei→May']],
    ['Exports to Tiongkok and Arab Saudi fell sharply last quarter.', ['Tiongkok→China', 'Arab Saudi→Saudi Arabia']],
    ['Namun, the minister denied that the project had stalled.', ['Namun→However']],
    ['Floods hit Sumatera Barat and Kalimantan Selatan after days of rain.', ['Sumatera Barat→West Sumatra', 'Kalimantan Selatan→South Kalimantan']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'untranslated-word')).toEqual(expected);
  });

  it('flags a capitalised Indonesian noun used as a modifier before a lower-case noun, not a place before its kind', () => {
    expect(flagged('Village and Kelurahan grants of Rp 20 billion will reach Medan next month.', 'untranslated-word')).toEqual(['Kelurahan→urban village']);
    // A place's name before the kind of place it is stays silent.
    expect(flagged('Police in Medan said Batubara regency had no budget for the road.', 'untranslated-word')).toEqual([]);
  });

  it('reports the Indonesian part of a hyphenated compound, not the whole compound', () => {
    const text = 'The Japan-Rusia-Iran triangle worried Washington.';
    const f = findings(text, 'untranslated-word');
    expect(f.map((x) => x.text)).toEqual(['Rusia']);
    expect(text.slice(f[0]!.span.start, f[0]!.span.end)).toBe('Rusia');
  });

  it('joins a run of Indonesian words into one finding with a gloss', () => {
    const f = findings('Trade between Swedia dan Norwegia grew.', 'untranslated-word');
    expect(f).toHaveLength(1);
    expect(f[0]!.text).toBe('Swedia dan Norwegia');
    expect(f[0]!.suggestions[0]).toBe('Sweden and Norway');
  });

  it('gives info, not an error, for a glossed Indonesian term', () => {
    const f = findings('The volcano remained at Waspada (alert) status for a week.', 'untranslated-word');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });

  it('takes an Indonesian name spelt out in brackets before "or" and its acronym as a gloss (info)', () => {
    const glossed = 'Officials of the disaster agency (Badan Penanggulangan Bencana Daerah or BPBD) in Jakarta counted 40 flooded homes.';
    expect(findings(glossed, 'untranslated-word').map((f) => [f.text, f.severity])).toEqual([['Badan Penanggulangan Bencana Daerah', 'info']]);
    // Outside the bracket the same name is a leftover.
    const left = 'Officials said the Badan Penanggulangan Bencana Daerah in Jakarta counted 40 flooded homes.';
    expect(flagged(left, 'untranslated-word').length).toBe(1);
  });

  it('leaves the label of a web address alone: an outlet\'s domain is its name', () => {
    expect(flagged('Floods hit Jakarta again on Monday, as reported by kompas.com and www.kompas.id.', 'untranslated-word')).toEqual([]);
    // The same dictionary stem as a word of the sentence is Indonesian left in.
    expect(flagged('The rescuers near Jakarta lost their kompas in the forest.', 'untranslated-word')).not.toEqual([]);
  });

  it('takes the next item of a list of local names opened by "known as" or "called" as a term', () => {
    const text = 'The festival is known as Lebaran in Indonesia, balik kampung in Malaysia, and the roads fill for days.';
    expect(flagged(text, 'untranslated-word')).toEqual([]);
    expect(findings(text, 'untranslated-word').filter((f) => f.text === 'balik').map((f) => f.severity)).toEqual(['info']);
  });

  it('takes a term with its own article in apposition to its English meaning as glossed', () => {
    const text = 'The smugglers crossed the strait in a narrow fishing boat, a perahu, before dawn.';
    expect(flagged(text, 'untranslated-word')).toEqual([]);
    // The same word with no English before it is a leftover.
    expect(flagged('The smugglers crossed the strait in a narrow perahu before dawn.', 'untranslated-word')).not.toEqual([]);
  });

  it('takes a term in a clause that leaves out "called" as glossed like the first', () => {
    const text = 'In Java the hamlets are called dusun, and their heads kepala dusun.';
    expect(flagged(text, 'untranslated-word')).toEqual([]);
    // Without the naming verb the same words are a leftover.
    expect(flagged('The kepala dusun opened the meeting in Java.', 'untranslated-word')).not.toEqual([]);
  });
});

describe('untranslated-sentence flags passages left in Indonesian', () => {
  it.each([
    ['Heavy rain fell overnight.\n\nPetugas gabungan masih melakukan pencarian terhadap korban yang hilang.', 'Petugas gabungan masih melakukan pencarian terhadap korban yang hilang.'],
    ['The governor told reporters: "Kami sudah mengirimkan bantuan ke lokasi bencana sejak kemarin."', 'Kami sudah mengirimkan bantuan ke lokasi bencana sejak kemarin'],
    ['Kementerian Luar Negeri memastikan tidak ada warga negara Indonesia yang menjadi korban.', 'Kementerian Luar Negeri memastikan tidak ada warga negara Indonesia yang menjadi korban.'],
  ])('%s', (text, expected) => {
    const f = findings(text, 'untranslated-sentence');
    expect(f.map((x) => x.text)).toEqual([expected]);
    expect(f[0]!.severity).toBe('critical');
  });

  it('does not take an English sentence full of Indonesian place names for Indonesian', () => {
    for (const t of [
      'Mount Semeru in Kabupaten Lumajang, Jawa Timur, spewed ash again on Friday night.',
      'Flooding hit Kecamatan Sukajadi in Kota Pekanbaru, Provinsi Riau, after the Siak river rose.',
      'Rescuers reached Desa Sumber Wuluh in Kecamatan Candipuro by noon.',
    ]) {
      expect(findings(t, 'untranslated-sentence')).toEqual([]);
    }
  });

  it('still flags an all-caps or title-case headline left in Indonesian', () => {
    expect(findings('GUNUNG SEMERU MELETUS LAGI, WARGA DIMINTA WASPADA', 'untranslated-sentence')).toHaveLength(1);
  });

  it('leaves the words of an Indonesian sentence to itself, not to untranslated-word', () => {
    const text = 'Polisi telah menangkap tiga tersangka dalam kasus pembunuhan tersebut.';
    expect(findings(text, 'untranslated-sentence')).toHaveLength(1);
    expect(findings(text, 'untranslated-word')).toHaveLength(0);
  });
});

describe('untranslated-acronym flags Indonesian acronyms', () => {
  it.each([
    ['Russia vetoed the draft at the DK PBB on Friday.', ['DK PBB→UN Security Council']],
    ['The resolution passed in the DK UN with 13 votes.', ['DK UN→UN Security Council']],
    ['The UN MU adopted the text by a large majority.', ['UN MU→UN General Assembly']],
    ['Relations between the AS and Iran have worsened, the envoy said.', ['AS→US']],
    ['Exports to the UE fell after UE member states raised tariffs.', ['UE→EU', 'UE→EU']],
    ['The Sekjen NATO arrived in Vilnius for the KTT NATO.', ['Sekjen NATO→NATO Secretary-General', 'KTT NATO→NATO summit']],
    ['The bill was sent back to the DPR, which must pass the RUU before October.', ['DPR→House of Representatives (DPR)', 'RUU→bill']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'untranslated-acronym')).toEqual(expected);
  });

  it('flags a term acronym reused bare after its bracketed introduction', () => {
    const text = 'Lawmakers in Jakarta debated the State Budget (APBN) for weeks. The APBN deficit is capped at 3 percent.';
    expect(findings(text, 'untranslated-acronym').map((x) => [x.text, x.severity, x.suggestions[0]])).toEqual([
      // the introduction's brackets go once every later use gets its English word
      [' (APBN)', 'info', ''],
      ['APBN', 'info', 'state budget'],
    ]);
  });

  it('flags the Indonesian acronym after an English term and its reuse, even outside Indonesia', () => {
    const text = 'Chinese coast guard ships entered the exclusive economic zone (ZEE) of Vietnam. The ZEE was patrolled all week.';
    expect(flagged(text, 'untranslated-acronym')).toEqual(['ZEE→EEZ']);
    const reuse = findings(text, 'untranslated-acronym').find((x) => x.span.start === text.indexOf('ZEE was'));
    expect([reuse?.severity, reuse?.suggestions[0]]).toEqual(['info', 'EEZ']);
  });

  it('does not escalate an institution acronym reused after its introduction', () => {
    const text = 'The Foreign Ministry (Kemlu) in Jakarta said Kemlu would assist the families.';
    expect(flagged(text, 'untranslated-acronym')).toEqual([]);
  });

  it('knows more Indonesian term acronyms', () => {
    expect(flagged('A new PLTU will be built near Cirebon, officials in Jakarta said.', 'untranslated-acronym')).toEqual(['PLTU→coal-fired power plant']);
    expect(flagged('Cases of DBD rose in Surabaya this month.', 'untranslated-acronym')).toEqual(['DBD→dengue fever']);
  });

  it('flags an English plural of an Indonesian acronym and suggests the English plural', () => {
    const f = findings('Several BUMNs in Jakarta will hand out e-KTPs to new residents.', 'untranslated-acronym');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['BUMNs', 'SOEs'], ['e-KTPs', 'ID cards']]);
    // English plural acronyms and plurals of letters that collide with English stay silent.
    expect(flagged('Several SOEs in Jakarta sold SIMs and ATMs to MPs.', 'untranslated-acronym')).toEqual([]);
  });

  it('writes the possessive of a plural English rendering with the bare apostrophe', () => {
    // "public order officers's" is no English: the finding takes in the "'s".
    expect(flagged("Traders in Bandung packed up before Satpol PP's patrol reached the market.", 'untranslated-acronym')).toEqual([
      "Satpol PP's→public order officers'",
    ]);
    // A singular rendering keeps its "'s" outside the finding.
    expect(flagged("Traders in Bandung read the BMKG's forecast and the PLTU's report.", 'untranslated-acronym').filter((x) => x.startsWith('PLTU'))).toEqual([
      'PLTU→coal-fired power plant',
    ]);
  });

  it('leaves an outlet masthead in capitals before the dateline dash', () => {
    const text = 'Lenders Face New Rules in West Java\nJABAR EKSPRES – The Financial Services Authority (OJK) in Bandung logged 4,061 complaints, officials in Indonesia said.';
    expect(flagged(text, 'untranslated-acronym').filter((x) => x.startsWith('JABAR'))).toEqual([]);
    // Before a known acronym the region's short form is running text.
    expect(flagged('Officials in JABAR BPBD - the regional disaster agency - said roads in Indonesia were closed.', 'untranslated-acronym').filter((x) => x.startsWith('JABAR'))).toEqual(['JABAR→West Java']);
  });

  it('suggests the UTC offset for an Indonesian time zone (info)', () => {
    const f = findings('The plane landed at 09.45 WITA in Makassar.', 'untranslated-acronym');
    expect(f.map((x) => [x.text, x.severity, x.suggestions[0]])).toEqual([['WITA', 'info', 'WITA (UTC+8)']]);
  });

  it('reports an institution kept in English: silent when introduced, info when spelt out only later, minor when never and a hint at each later use', () => {
    // The English name with the acronym in brackets is how English news introduces it: nothing to fix.
    const spelled = findings('The General Elections Commission (KPU) in Jakarta set the date. The KPU later moved it.', 'untranslated-acronym');
    expect(spelled).toEqual([]);
    const later = findings('The KPU in Jakarta set the date. The General Elections Commission later moved it.', 'untranslated-acronym');
    expect(later.map((x) => [x.text, x.severity])).toEqual([['KPU', 'info']]);
    const bare = findings('The KPU in Jakarta set the date. The KPU later moved it.', 'untranslated-acronym');
    expect(bare.map((x) => x.severity)).toEqual(['minor', 'info']);
    expect(bare[1]!.message).toContain('never says what it is');
    // Before a name the later use is left alone ("KPU Jakarta" names the branch).
    const named = findings('The KPU in Jakarta set the date. The KPU Jakarta later moved it.', 'untranslated-acronym');
    expect(named.map((x) => x.severity)).toEqual(['minor']);
    // An acronym the article is about (more than four uses): the introduction is the one fix.
    const topic = findings('The KPU in Jakarta set the date. The KPU later moved it. The KPU met. The KPU voted. The KPU closed.', 'untranslated-acronym');
    expect(topic.map((x) => x.severity)).toEqual(['minor']);
  });

  it('reports a colliding term in brackets after its own English as a hint, and PT reused as nothing', () => {
    const tps = findings('Voters in Surabaya queued at 40 polling stations (TPS) on Wednesday.', 'untranslated-acronym');
    expect(tps.map((x) => [x.text, x.severity])).toEqual([['TPS', 'info']]);
    const pt = findings('The smelter of PT Gunbuster Nickel Industry (PT GNI) in Sulawesi, Indonesia, shut.\nPT Gunbuster did not respond.', 'untranslated-acronym');
    expect(pt).toEqual([]);
  });

  it('hints at an acronym no lexicon lists that an article about Indonesia never explains, once', () => {
    const f = findings('Residents of Jakarta sheltered at RPTRA Kenanga. The RPTRA had food.', 'untranslated-acronym');
    expect(f.map((x) => [x.text, x.severity])).toEqual([['RPTRA', 'info']]);
    // Explained in brackets anywhere, an international acronym, a dateline: silent.
    // (The bracket itself is bracketed-short-form's hint; the acronym is no longer unexplained.)
    const introduced = findings('Residents of Jakarta sheltered at the child-friendly park (RPTRA) in Kenanga. The RPTRA had food.', 'untranslated-acronym');
    expect(introduced.filter((x) => x.message.includes('never explains'))).toEqual([]);
    expect(findings('Leaders met at the APEC and ASEAN summits in Jakarta.', 'untranslated-acronym')).toEqual([]);
    expect(findings('KUPANG, Indonesia (AP) — A ferry sank off Java.', 'untranslated-acronym')).toEqual([]);
  });
});

describe('epithet-calque flags literal country epithets', () => {
  it.each([
    ['Investors from the Land of the Cherry Blossom pledged new funds.', ['the Land of the Cherry Blossom→Japan']],
    ['The Tulip Country beat Indonesia 3-1 in the friendly.', ['The Tulip Country→The Netherlands']],
    ['The Pyramid Country reopened its border crossing on Monday.', ['The Pyramid Country→Egypt']],
    ['Officials of the Red Bear Country rejected the claims.', ['the Red Bear Country→Russia']],
    ['Workers in the Country of the Neighbor have complained about wages.', ['the Country of the Neighbor→Malaysia']],
    ['Many students now study in Negeri Sakura and Negeri Paman Sam.', ['Negeri Sakura→Japan', 'Negeri Paman Sam→the United States']],
    ["Tourists from the White Elephant country flocked to Bali.", ['the White Elephant country→Thailand']],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'epithet-calque')).toEqual(expected);
  });

  it('keeps an established nickname as info', () => {
    const f = findings('Finland, the Land of a Thousand Lakes, hosted the meeting.', 'epithet-calque');
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });
});

describe('clean English news with look-alikes stays silent (nothing minor or above)', () => {
  it.each([
    'Dan Brown signed books in London while Juli Inkster played in the pro-am.',
    'AS Roma beat AS Monaco 2-1 in a friendly, and Mei Lin scored twice for Singapore.',
    'As many as 30 people were injured as the bus overturned near Kota Kinabalu.',
    'The sultan flew back to Bandar Seri Begawan after talks in Kuala Lumpur.',
    'Bank Indonesia kept rates unchanged, while Pertamina and Garuda Indonesia reported profits.',
    'Protesters gathered on Jalan Thamrin and marched to the presidential palace.',
    'Cargo traffic at Tanjung Priok rose as ships avoided the Strait of Malacca.',
    'Day-trippers took the ferry to Pulau Seribu, and others drove to Lake Toba.',
    'Residents of Kampung Melayu fled to Bekasi as the Ciliwung river burst its banks.',
    'Millions of Indonesians join the mudik exodus before Lebaran every year.',
    'The Corruption Eradication Commission (KPK) arrested a regent in Sidoarjo.',
    'Air pollution in Jakarta worsened in August, according to IQAir data.',
    'Her MA thesis studied rice farming, and she later worked on BI dashboards for a bank.',
    'The Bamboo Curtain sealed China off from the West for decades.',
    'Uncle Sam needs you, the famous recruiting poster declared.',
    'Trade with the neighbouring country has doubled since the border reopened.',
    'Finland is often called the land of a thousand lakes by travel writers.',
    'A guru of Indian classical music performed at the festival in Pune.',
    'The Negeri Sembilan state government and the Menteri Besar met the Agong.',
    'Satu Mare, a Romanian city near the Hungarian border, hosted the final.',
    'The nasi goreng stall at the pasar malam in Singapore drew long queues.',
    'Pak Jong Chon, a senior North Korean official, attended the ceremony.',
    'She sang "Ada Apa Dengan Cinta" at the concert in Kuala Lumpur.',
    'DK Metcalf caught two touchdowns as the Seahawks beat the Rams.',
    'Poland, then an Iron Curtain country, boycotted the Los Angeles games.',
    'The Lion Country Safari park in Florida opened in 1967.',
    'Lima, the Peruvian capital, hosted the APEC summit.',
    'The Filipina nurse was honoured by the hospital in Manila.',
    'Imam Samudra was executed in 2008 for his role in the Bali bombings.',
    'The Menara Kuala Lumpur tower and the Istana Negara are popular with tourists.',
  ])('%s', (text) => {
    expect(serious(text)).toEqual([]);
  });
});

describe('seeds', () => {
  it('finds the seed artifacts in the machine-translated article', () => {
    const text = readSeed(SEED_MT);
    const r = check(text, { only: MINE });
    const covers = (rule: string, quote: string): boolean => {
      const start = text.indexOf(quote);
      return r.findings.some((f) => f.ruleId === rule && f.span.start < start + quote.length && f.span.end > start && f.severity !== 'info');
    };
    expect(covers('untranslated-word', 'Russian-Cina-North Korea')).toBe(true);
    expect(covers('untranslated-acronym', 'UN DK')).toBe(true);
    expect(covers('epithet-calque', 'the Bamboo Curtain country')).toBe(true);
    const cina = r.findings.find((f) => f.ruleId === 'untranslated-word');
    expect(cina?.text).toBe('Cina');
    expect(cina?.suggestions[0]).toBe('China');
  });

  it.each([
    ['Yonhap', SEED_YONHAP],
    ['AFP', SEED_AFP],
  ])('raises nothing minor or above on the human %s report', (_name, url) => {
    expect(serious(readSeed(url))).toEqual([]);
  });
});

describe('shared Indonesian helpers', () => {
  it('matches multi-word terms across wink tokenisation and ignores case unless told', () => {
    const m = new PhraseMatcher<string>();
    m.add('Korea Selatan', 'kr');
    m.add("Jum'at", 'fri');
    m.add('DK PBB', 'unsc', true);
    const doc = analyse("On Jum'at,  korea selatan and the DK PBB met; dk pbb did not.");
    const got: string[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const hit = m.longestAt(doc, i);
      if (hit) got.push(`${hit.value}:${doc.text.slice(hit.start, hit.end)}`);
    }
    expect(got).toEqual(["fri:Jum'at", 'kr:korea selatan', 'unsc:DK PBB']);
  });

  it('does not match a term inside a longer word', () => {
    const doc = analyse('Cinammon and Jepangese are not words.');
    expect(wordHits(doc).map((h) => h.text)).toEqual([]);
  });

  it('finds Indonesian clauses but not English sentences with Indonesian names', () => {
    expect(indonesianClauses(analyse('Residents of Kampung Melayu and Tanah Abang fled to higher ground.'))).toEqual([]);
    expect(indonesianClauses(analyse('Harga beras naik tajam di pasar tradisional sejak awal bulan ini.'))).toHaveLength(1);
  });
});

describe('untranslated-acronym needs an article about Indonesia for institutions and terms', () => {
  it('stays silent on the same letters elsewhere', () => {
    expect(findings('The AKP won the Turkish election, and the DPT vaccine rate fell. Mr. Sidak resigned.', 'untranslated-acronym')).toEqual([]);
  });
});

describe('red team C: other shapes of the same artifacts', () => {
  it.each([
    ['The summit is scheduled for Oktober in Vientiane, the ministry said.', 'untranslated-word', ['Oktober→October']],
    ['Aid arrived before the end of Maret, when Jepang sent two ships.', 'untranslated-word', ['Maret→March', 'Jepang→Japan']],
    ['The regency set an emergency status for 14 hari after the quake.', 'untranslated-word', ['hari→days']],
    ['Leaders of negara-negara ASEAN gathered in Kuala Lumpur.', 'untranslated-word', ['negara-negara→countries']],
    ['Ribuan residents fled to higher ground on Sabtu.', 'untranslated-word', ['Ribuan→Thousands', 'Sabtu→Saturday']],
    ['Floods hit Lombok Timur and Aceh Utara, killing 7 orang.', 'untranslated-word', ['Lombok Timur→East Lombok', 'Aceh Utara→North Aceh', 'orang→people']],
    ['Magnitude 6.1 Quake Rocks Sulawesi Barat, Kills 12', 'untranslated-word', ['Sulawesi Barat→West Sulawesi']],
    ['Patrol boats from Filipina and Vietnam joined the search off Kepulauan Natuna.', 'untranslated-word', ['Filipina→the Philippines', 'Kepulauan Natuna→Natuna Islands']],
    ['North Korea fired a missile into the Laut Jepang on Kamis.', 'untranslated-word', ['Laut Jepang→Sea of Japan', 'Kamis→Thursday']],
    ['The rainy season starts in Nopember, and the dry season ends in Oktober.', 'untranslated-word', ['Nopember→November', 'Oktober→October']],
    ['Growth reached 5 percent of gross domestic product (PDB) in Java.', 'untranslated-acronym', ['PDB→GDP']],
    ['The Organization of Islamic Cooperation (OKI) met in Jeddah.', 'untranslated-acronym', ['OKI→OIC']],
    ['The UE, Inggris and Jerman backed the talks.', 'untranslated-acronym', ['UE→EU']],
    ['Officials of the UE and the AS met in Brussels.', 'untranslated-acronym', ['UE→EU', 'AS→US']],
    ['Iranian Menlu Abbas Araghchi flew to Muscat after talks in Jakarta.', 'untranslated-acronym', ['Menlu→foreign minister']],
    ['The Paman Sam country imposed tariffs on Indonesian shrimp.', 'epithet-calque', ['The Paman Sam country→The United States']],
    ['Visitors from the Land of Tirai Bambu filled the hotels of Bali.', 'epithet-calque', ['the Land of Tirai Bambu→China']],
    ['The Zionist country rejected the ceasefire proposal.', 'epithet-calque', ['The Zionist country→Israel']],
  ])('%s', (text, rule, expected) => {
    expect(flagged(text, rule)).toEqual(expected);
  });

  it('explains an Indonesian acronym named only elsewhere as minor, not info', () => {
    const f = findings('The Ministry of Religious Affairs in Jakarta said the quota was final, officials at the Kemenag office added.', 'untranslated-acronym');
    expect(f.map((x) => [x.text, x.severity])).toEqual([['Kemenag', 'minor']]);
  });

  it.each([
    'Residents of Bidara Cina and Kampung Pulo fled as the Ciliwung overflowed.',
    '"Terima kasih, Garuda," the sports minister wrote beneath the team photo in Jakarta.',
    'Mount Ibu in North Maluku stayed at Siaga, the second-highest level, for a week.',
    "The TNI, Indonesia's military, sent 300 soldiers to Aceh.",
    'The Filipina nurse was honoured, and Swiss francs rose against the rupiah.',
    'He had lain awake for hours before the flight to Jakarta.',
    'Shares of Oki Electric rose after the OKI brand launched printers in Jakarta.',
    'Seberang Perai Utara and Kuala Selangor voted for Pakatan Harapan.',
    'The award went to Juni Astuti in Jakarta, and the trophy was handed to Mei by her coach.',
    "England's Three Lions and the Oranje fans filled the square in Jakarta.",
    'Singapore, the Lion City, and Thailand, the Land of Smiles, signed the deal with Indonesia.',
  ])('stays silent on look-alikes: %s', (text) => {
    expect(serious(text)).toEqual([]);
  });
});

describe('untranslated-word: administrative units before a name', () => {
  const flags = (text: string): string[] =>
    check(text, { only: ['untranslated-word'] }).findings.filter((f) => f.severity !== 'info').map((f) => `${f.text} -> ${f.suggestions[0] ?? ''}`);
  it.each([
    ['Landslides buried three houses in Kabupaten Sumedang on Sunday.', ['Kabupaten Sumedang -> Sumedang Regency']],
    ['Officials in Kecamatan Tebet counted 40 flooded homes.', ['Kecamatan Tebet -> Tebet district']],
    ['The fire spread through Desa Sukamaju before dawn.', ['Desa Sukamaju -> Sukamaju village']],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
  it.each([
    'The summit opened in Kota Kinabalu on Monday.',
    'The UN DESA report on ageing was published in New York.',
    'Landslides buried three houses in Sumedang regency on Sunday.',
  ])('stays silent: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('untranslated-word: Indonesian class nouns inside names', () => {
  const flags = (text: string): string[] =>
    check(text, { only: ['untranslated-word'] }).findings.filter((f) => f.severity !== 'info').map((f) => `${f.text} -> ${f.suggestions[0] ?? ''}`);
  it.each([
    ['Hundreds of teachers rallied outside the Balai Kota Semarang on Tuesday, police in Central Java said.', ['Balai Kota Semarang -> Semarang City Hall']],
    ['The water level at Pos Pantau Depok reached 210 cm early on Friday, the Jakarta disaster agency said.', ['Pos Pantau Depok -> Depok monitoring post']],
    ['Two inmates escaped from Lapas Kelas IIB Kuningan in West Java before dawn.', ['Lapas Kelas IIB Kuningan -> Kuningan Class IIB Prison']],
    ['A convict held at Lapas Class IIA Binjai in North Sumatra was found dead in his cell.', ['Lapas Class IIA Binjai -> Binjai Class IIA Prison']],
    ['Chilli traders at Pasar Induk Caringin in Bandung said prices had doubled.', ['Pasar Induk Caringin -> Caringin Central Market']],
    ['Rice traders at Pasar Induk Beras Johar in Semarang said stocks were thin.', ['Pasar Induk Beras Johar -> Johar Central Rice Market']],
    ['Growers trucked cabbages to Pasar Induk Sayur Kramat Jati on Monday, Jakarta officials said.', ['Pasar Induk Sayur Kramat Jati -> Kramat Jati Central Vegetable Market']],
    ['Angry residents sealed the Kantor Desa Cibodas in Bogor Regency, Indonesia, on Monday.', ['Kantor Desa Cibodas -> Cibodas village office']],
    ['The governor of East Java received the delegation at Gedung Negara Grahadi in Surabaya.', ['Gedung Negara Grahadi -> Grahadi State Building']],
    ['Thousands of worshippers in Jakarta prayed at Masjid Istiqlal on the first day of Eid.', ['Masjid Istiqlal -> Istiqlal Mosque']],
    ['Volcanologists at Pos Gunung Sawur in East Java recorded new avalanches of hot ash.', ['Pos Gunung Sawur -> Gunung Sawur post']],
    ['The head of Posko BNPB Andi Saputra said 300 tents had reached Palu, Indonesia.', ['Posko BNPB -> BNPB command post']],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
  it('keeps to the class noun when a longer run of names follows it', () => {
    expect(flags('Head of Security Pasar Induk Tanah Tinggi Joko Susilo said Jakarta traders were calm.')).toEqual(['Pasar Induk -> Central Market']);
  });
  it('is a hint when the Indonesian is given in brackets beside the English', () => {
    const f = check('Protesters marched to Jakarta City Hall (Balai Kota) on Friday.', { only: ['untranslated-word'] }).findings;
    expect(f.map((x) => `${x.text}:${x.severity}`)).toEqual(['Balai Kota:info']);
  });
  it.each([
    'West Java governors have worked from Gedung Sate in Bandung since 1980.',
    'Residents of Pasar Minggu, South Jakarta, cleared mud from their homes.',
    'The parcel was sent through Pos Indonesia from Jakarta to Medan.',
    'Traffic was diverted from Jalan Balai Kota in Medan, Indonesia, during the parade.',
    'Floods reached Masjid Sungai Iyu Village in Aceh Tamiang, Indonesia.',
    'Worshippers gathered at Masjid Negara in Kuala Lumpur for the prayers.',
    'Bandar Lampung Rutan Overload, Inmates Moved to Other Prisons in Indonesia',
    'The Pos and Telecom ministry in Phnom Penh issued new rules.',
    'Jakarta City Hall opened its gates to the public on Sunday.',
  ])('stays silent: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('untranslated-acronym: families of regional agencies, ministries and programmes', () => {
  it.each([
    ['Officials of the Bappeda in Bekasi presented the plan on Monday.', 'Bappeda→regional development planning agency'],
    ['Residents in Depok queued at the Disdukcapil office for new identity cards.', 'Disdukcapil→civil registry agency'],
    ['The Kemendes sent village funds to Papua, the ministry in Jakarta said.', 'Kemendes→Villages Ministry'],
    ['Families in Bogor received BPNT aid and KIP cards this month.', 'BPNT→non-cash food assistance'],
    ['The PTUN in Jakarta annulled the permit on Tuesday.', 'PTUN→State Administrative Court'],
    ['The new rule follows SE No. 13 of 2021 from the task force in Jakarta.', 'SE No→Circular No'],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'untranslated-acronym')).toContain(expected);
  });

  it('reports a collision term reused bare after its bracketed introduction, but not the introduction', () => {
    const text = 'Pertamina said fuel (BBM) prices in Indonesia would hold. The retail price of BBM will not rise, and BBM stocks are safe.';
    const f = findings(text, 'untranslated-acronym');
    expect(f.filter((x) => x.span.start !== text.indexOf('(BBM)') + 1).map((x) => [x.span.start, x.severity])).toEqual([[text.indexOf('BBM will'), 'info'], [text.indexOf('BBM stocks'), 'info']]);
    expect(f.every((x) => x.span.start !== text.indexOf('(BBM)') + 1 || x.severity === 'info')).toBe(true);
  });

  it('treats an acronym inside a bracketed Indonesian name after its English gloss as introduced', () => {
    const text = 'The South Sumatra Regional Police (Polda Sumsel) seized drugs in Palembang. The bills include the sexual violence bill (RUU PKS).';
    expect(flagged(text, 'untranslated-acronym')).toEqual([]);
    const infos = findings(text, 'untranslated-acronym').map((f) => f.text);
    expect(infos).toEqual(expect.arrayContaining(['Sumsel', 'RUU']));
  });

  it('gives a title introduced in brackets a hint there and a minor finding at each later use', () => {
    const glossed = 'The Minister of State Secretary (Mensesneg) Pratikno met governors in Jakarta. Mensesneg Pratikno said the meeting went well.';
    const f = findings(glossed, 'untranslated-acronym').filter((x) => x.text === 'Mensesneg');
    expect(f.map((x) => [x.span.start, x.severity])).toEqual([
      [glossed.indexOf('Mensesneg'), 'info'],
      [glossed.lastIndexOf('Mensesneg'), 'minor'],
    ]);
    expect(flagged('Mensesneg Pratikno met governors in Jakarta on Monday.', 'untranslated-acronym')).toEqual(['Mensesneg→State secretary']);
  });

  it('drops to a hint an international acronym that the article spells out and English does not abbreviate', () => {
    const text = 'They vowed to defend the Unitary State of the Republic of Indonesia (NKRI) in Jakarta.';
    expect(flagged(text, 'untranslated-acronym')).toEqual([]);
    expect(findings(text, 'untranslated-acronym').map((f) => f.text)).toEqual(['NKRI']);
    expect(flagged('They vowed to defend the NKRI in Jakarta.', 'untranslated-acronym')).not.toEqual([]);
  });
});

describe('untranslated-word: hyphenated dictionary words and "dan" after a name', () => {
  it.each([
    ['Police in Surabaya said the robbers ran kocar-kacir into the market.', ['kocar-kacir→']],
    ['Witnesses in Bogor said the crowd fled kocar kacir after the blast.', ['kocar kacir→']],
    ['The courier hid the sabu-sabu in a rice sack, police in Batam said.', ['sabu-sabu→']],
    ['The Jakarta governor met Minister Basuki dan signed the decree.', ['dan→and']],
  ])('%s', (text, want) => {
    expect(flagged(text, 'untranslated-word')).toEqual(want);
  });

  it.each([
    'The Jakarta judo club promoted him to Third dan last spring.',
    'A Bali karate teacher holds a Kyokushin dan grade from Tokyo.',
    'Residents of Medan played tug-of-war and ate mangoes on Independence Day.',
  ])('leaves alone: %s', (text) => {
    expect(flagged(text, 'untranslated-word')).toEqual([]);
  });

  it('a glossed hyphenated word is info, and reduplication gives it no English plural', () => {
    const text = 'Police in Riau seized 3 kilograms of crystal methamphetamine, or sabu-sabu, on Monday.';
    const report = check(text);
    const mine = report.findings.filter((f) => f.text === 'sabu-sabu');
    expect(mine.map((f) => `${f.ruleId}/${f.severity}`)).toEqual(['untranslated-word/info']);
  });
});

describe('untranslated-word: a reduplicated word is pluralised only where it is a plural', () => {
  it.each([
    ['Police in Jakarta said masing-masing suspect paid Rp 5 million.', ['masing-masing→each']],
    ['The leaders of negara-negara in the region met in Jakarta.', ['negara-negara→countries']],
    ['Residents of Bogor shouted kata-kata at the police.', ['kata-kata→words']],
    ['Officers in Bandung worked sama-sama with the army.', ['sama-sama→together']],
  ])('%s', (text, want) => {
    expect(flagged(text, 'untranslated-word')).toEqual(want);
  });
});

describe('untranslated-word and untranslated-acronym: glosses and names read in the precision audit', () => {
  it.each([
    // The Indonesian name set off by commas after its English rendering is a gloss (info at most).
    'Jakarta. The state electricity company, Perusahaan Listrik Negara, plans two new plants in Riau.',
    // A term introduced by name may be reused after its introduction.
    'In Banda Aceh a man was whipped for gambling (maisir) and a woman for being alone with a man (khalwat). Two more khalwat cases await trial.',
    'Traders in Jakarta sell a small hot chilli known locally as rawit. The rawit harvest failed this year.',
    // A bracket after a foreign phrase glosses all of it.
    'The cleric in Jakarta said Islam is rahmatan lil alamin (a mercy to all creation).',
    // A neighbourhood named after China; a street whose name opens with "Jalan Raya".
    'Floods reached Cawang, Kampung Melayu, and Bidara Cina. Water stood on Jalan Raya Bogor in Jakarta.',
    // Glosses: "lit." before the Indonesian name; a two-word term opening a bracket.
    'Statistics Indonesia (lit. Badan Pusat Statistik) said inflation in Jakarta eased.',
    'The governor of Jakarta wants CCTV in every neighbourhood unit (rukun tetangga, or RT).',
    // A regulator whose Indonesian acronym English news keeps.
    'Fuel quotas in Jakarta are set by a circular from the head of BPH Migas.',
  ])('%s', (text) => {
    expect(serious(text)).toEqual([]);
  });

  it('still reports a term given only as an alias of its English and then reused', () => {
    const text = 'Police in Batam seized 5 kg of crystal methamphetamine, or sabu-sabu, on Monday. The sabu-sabu package came from Johor.';
    expect(serious(text)).toEqual(['untranslated-word: sabu-sabu']);
  });

  it('still reports a title blend in brackets after the English title', () => {
    expect(serious('The head of the Jakarta data centre (Kapusdatin), Budi Santoso, gave the figures in Indonesia.')).toEqual(['untranslated-word: Kapusdatin']);
  });
});

describe('untranslated-acronym: entries added from the page pools (session 18, lex18)', () => {
  it.each([
    ['Officers in Surabaya removed ten PKL stalls from the pavement on Monday.', 'PKL→street vendors'],
    ['Police in Jakarta arrested a man for posts spreading SARA hatred before the election.', 'SARA→ethnic, religious and racial issues'],
    ['Police in Bandung said many residents borrowed from illegal pinjol apps last year.', 'pinjol→online loans'],
    ['Travellers in Central Java were told to avoid the Pantura route after dark.', 'Pantura→north coast'],
    ['Bus companies in Jakarta expect a rush during the Nataru holidays.', 'Nataru→Christmas and New Year'],
    ['Students in Jakarta rallied again against the Ciptaker Law on Friday.', 'Ciptaker→Job Creation'],
    ['Flooding cut roads in OKU Regency, South Sumatra, on Tuesday.', 'OKU→Ogan Komering Ulu'],
    ['Bank Indonesia held its rate, the governor told the RDG briefing in Jakarta.', 'RDG→Board of Governors meeting'],
    ['Guards in Central Java found two phones in the Kendal Lapas cells on Monday.', 'Kendal Lapas→Kendal prison'],
    // A regional report that names only its town is about Indonesia too.
    ['Satpol PP officers cleared the pavements of Samarinda on Monday.', 'Satpol PP→Public order'],
    ['The Disdukcapil office in Malang opened on Saturday for new identity cards.', 'Disdukcapil→civil registry agency'],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'untranslated-acronym')).toContain(expected);
  });

  it.each([
    // Introduced in brackets after the English name: a hint at most.
    'Two Afghans were held at the Makassar Immigration Detention Center (Rudenim) in Indonesia.',
    'The regent met the Regional Leadership Coordination Forum (Forkopimda) in Jakarta.',
    // English letters outside Indonesia; a given name.
    'The DSP chip in the new phone handles noise cancelling.',
    'Sara Jones said the council in Leeds would vote on Monday.',
  ])('stays silent (nothing minor or above): %s', (text) => {
    expect(flagged(text, 'untranslated-acronym')).toEqual([]);
  });
});

describe('untranslated-acronym: entries added from the page pools (session 19, lexcov19)', () => {
  it.each([
    ['Parents in Surabaya queued overnight to register their children for PPDB on Monday.', 'PPDB→new student admissions'],
    ['The ship sank off Sulawesi and rescuers found eleven ABK alive on Tuesday, police in Makassar said.', 'ABK→crew'],
    ['The finance ministry in Jakarta said the PMN for the airline would be paid next year.', 'PMN→state capital injection'],
    ['The BPBD TRC in Bantul checked the riverbanks after heavy rain on Friday.', 'TRC→rapid response team'],
    ['Bulog said in Jakarta that the KPSH would continue until prices fell.', 'KPSH→supply and price stabilisation programme'],
    ['Residents in Jayapura said the Otsus funds had not reached their villages.', 'Otsus→special autonomy'],
    ['Traders crossed the Skouw PLBN in Papua on Monday.', 'PLBN→border crossing post'],
    ['The PSDKP fleet seized two Vietnamese boats off Natuna, Indonesia, on Sunday.', 'PSDKP→marine and fisheries resources surveillance'],
    ['PLN switched on a new PLTMG in Nabire, Papua, on Friday.', 'PLTMG→gas engine power plant'],
    ['Six villages in Java set up a BUMDesma to sell rice together.', 'BUMDesma→joint village-owned enterprise'],
    ['Thousands of honorary teachers in Depok sat the CPNS test on Monday.', 'CPNS→civil servant candidates'],
    // Kept in English news, but only once spelt out: minor where the article never does.
    ['West Java spent Rp 2 trillion on PON venues in Bandung.', 'PON→National Sports Week'],
    ['The product carries a halal certificate from LPPOM MUI in Jakarta.', 'LPPOM→Assessment Institute for Foods, Drugs and Cosmetics'],
    ['OIKN said in Jakarta that investors would break ground next week.', 'OIKN→The Nusantara Capital Authority (OIKN)'],
    ['BEM SI students marched to the State Palace in Jakarta on Friday.', 'BEM→Student Executive Board'],
    // A regional agency after its region ("Dinsos Kota Bekasi" turned round) is no surname after a given name.
    ['Officials of the Bekasi City Dinsos said the aid would arrive, officers in Jakarta said.', 'Dinsos→social affairs agency'],
    ['The former head of the Central Bogor Bappeda said the budget would rise, officials in Jakarta said.', 'Bappeda→regional development planning agency'],
    ['The Denpasar Rudenim held forty foreigners, officials in Bali said.', 'Rudenim→immigration detention centre'],
  ])('%s', (text, expected) => {
    expect(flagged(text, 'untranslated-acronym')).toContain(expected);
  });

  it.each([
    // The same letters in English news elsewhere: articles not about Indonesia.
    'The Truth and Reconciliation Commission (TRC) in Cape Town heard testimony on Monday.',
    'The TRC hearings in Cape Town ended on Friday.',
    'The FDA granted PMA approval for the device in Maryland on Monday.',
    // Introduced in brackets after the English name: a hint at most.
    'The New Student Admissions (PPDB) system in Jakarta opened on Monday.',
    'The Nusantara Capital Authority (OIKN) in Jakarta said investors would break ground next week.',
    // A given name before a surname that reads as an acronym; a legal form after a company's place word.
    'Officials said Anna Sidak had left Jakarta on Monday.',
    'Shares of PT Semen Padang Tbk rose in Jakarta on Monday.',
  ])('stays silent (nothing minor or above): %s', (text) => {
    expect(flagged(text, 'untranslated-acronym')).toEqual([]);
  });
});
