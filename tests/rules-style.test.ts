/**
 * Fluency, style and locale rules (title-calque, locale-format, reduplication, punctuation,
 * calque-phrase, reporting-inversion): machine-translated sentences about other people, places and
 * numbers must flag; clean news English full of look-alikes must stay silent (nothing of severity
 * minor or above). Every calque-phrases entry's example and counterexample are run.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { rawFamily } from '../src/patterns/load.js';
import { readSeed, SEED_AFP, SEED_MT, SEED_YONHAP } from './helpers.js';

process.env['CALQUE_DEBUG'] = '1';

function found(rule: string, text: string, minorOrAbove = true): string[] {
  return check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule && (!minorOrAbove || f.severity !== 'info'))
    .map((f) => f.text);
}

function suite(rule: string, flags: [string, string[]][], clean: string[]): void {
  describe(rule, () => {
    it.each(flags)('flags: %s', (text, expected) => {
      expect(found(rule, text).sort()).toEqual([...expected].sort());
    });
    it.each(clean.map((t) => [t]))('silent: %s', (text) => {
      expect(found(rule, text)).toEqual([]);
    });
  });
}

suite(
  'title-calque',
  [
    ['The Thai envoy delivered a letter from King Vajiralongkorn to Leader Kim on Tuesday.', ['Leader Kim']],
    ['Leader Hun Manet met investors in Phnom Penh on Friday.', ['Leader Hun Manet']],
    ['The agency was led at the time by Head Dwikorita Karnawati.', ['Head Dwikorita Karnawati']],
    ['Delegates applauded when General Chairwoman Megawati Soekarnoputri took the stage.', ['General Chairwoman Megawati Soekarnoputri']],
    ['Ministers from both sides later met Leader Lukashenko in Minsk.', ['Leader Lukashenko']],
    ['The gift was presented to Leader Xi by the visiting delegation.', ['Leader Xi']],
    ['The congress re-elected General Chairman of the Golkar Party Bahlil Lahadalia by acclamation.', ['General Chairman of the Golkar Party Bahlil Lahadalia']],
  ],
  [
    'House Majority Leader Steve Scalise said the vote would go ahead.',
    'Senate Minority Leader Mitch McConnell did not comment.',
    'Supreme Leader Ayatollah Ali Khamenei praised the armed forces.',
    'Opposition Leader Anwar Ibrahim called for calm in Kuala Lumpur.',
    'North Korean leader Kim Jong Un oversaw the launch, state media said.',
    'Cambodian leader Hun Manet arrived in Jakarta on Sunday.',
    'The party leader Megawati Soekarnoputri endorsed the candidate.',
    'Squadron Leader Ahmed Khan flew the last sortie.',
    'Chairman Mao Zedong proclaimed the People\'s Republic in 1949.',
    'Head Coach Shin Tae-yong named his squad for the Asian Cup.',
    'The Leader of the Opposition rose to reply.',
    'Leader board changes came late in the final round at Augusta.',
    'World Leaders Gather In New York For Climate Week',
    'President Joko Widodo and Prime Minister Anthony Albanese signed the pact.',
    'Head of the BMKG Earthquake and Tsunami Center, Daryono, said there was no tsunami risk.',
    'Leader of the House Lucy Powell announced the recess dates.',
    'Chinese Leader Xi Jinping met the delegation in Beijing.',
  ],
);

suite(
  'locale-format',
  [
    ['The government allocated Rp 1,2 trillion for the new dam.', ['1,2']],
    ['Unemployment fell to 5,3 percent in February.', ['5,3']],
    ['Exports rose 12,75% year on year, the statistics agency said.', ['12,75%']],
    ['Some 40.000 people attended the rally in Surabaya.', ['40.000']],
    ['Tickets cost Rp 75.000 each at the gate.', ['75.000']],
    ['The province recorded 1.350.000 visitors last year.', ['1.350.000']],
    ['Flights resumed on Thursday (23/11) after the ash cloud cleared.', ['Thursday (23/11)']],
    ['The eruption began at 16.40 WIB on Sunday.', ['16.40']],
    ['The vessel carrying 2.500 tons of rice docked in Makassar.', ['2.500']],
    ['The governor handed over 1.500 land certificates on Monday.', ['1.500']],
    ['Police said the raid began at pukul 02.00 in Medan.', ['pukul 02.00']],
    ['A magnitude 6,1 earthquake shook Sumbawa on Friday night.', ['6,1']],
    ['The tremor, with a magnitude of 4,9, was felt in Mataram.', ['4,9']],
    ['Officials counted 2.315 badly damaged homes in the regency.', ['2.315']],
    ['Voters will go to 12.400 polling stations across the province.', ['12.400']],
    ['Shallots now sell for Rp 42.000/kg in Brebes.', ['42.000']],
    ['The tickets cost Rp 150.000,- per person.', ['150.000']],
    ['The flood hit Tegal on Kamis (7/3) after a week of rain.', ['Kamis (7/3)']],
    // A dot-thousands group with a decimal comma has no English reading, whatever stands around it.
    ['The Kospi ended the day at 2.581,73 after a late rally.', ['2.581,73']],
    ['Gold traded at 1.342,5 per gram on Friday.', ['1.342,5']],
    // Indonesian acronyms for people counted with a number.
    ['The embassy said 14.500 WNI live in the Netherlands.', ['14.500']],
    ['Some 3.200 TPS will open across the regency on Wednesday.', ['3.200']],
    ['The province hired 1.750 new PPPK teachers this year.', ['1.750']],
    // Once the text writes Indonesian numbers elsewhere, a bare "6.580" is the same notation.
    ['The index slipped 0,7 percent. Analysts see support at 7.050 and resistance at 7.180 this week.', ['0,7', '7.050', '7.180']],
    ['Ticket sales reached Rp 3,4 billion. The stadium counted 18.400 on Saturday.', ['3,4', '18.400']],
    // Even then, a three-decimal measurement with a unit or rate stays silent.
    ['Growth reached 5,1 percent. The lap record is 1.125 seconds faster and the yield 4.125 percent.', ['5,1']],
  ],
  [
    'The company earned $2.5 billion on revenue of $14.1 billion.',
    'About 1,500 people attended, up from 1,000 last year.',
    'The population reached 1,250,000 in the 2020 census.',
    'Inflation was 3.75 percent in March.',
    'Jakarta beat Bandung 3-1 in the final.',
    'The patch, version 1.0.2, fixes the bug.',
    'The mortgage rate rose to 6.875% this week.',
    'The 100 metres was won in 9.86 seconds.',
    'The train leaves at 7.45 a.m. from platform 2.',
    'Polls open at 8 a.m. and close at 8 p.m.',
    'He quoted Psalm 23.4 at the funeral.',
    'The lens has a focal ratio of 1.4 and weighs 0.550 kg.',
    'Turnout was 81.5 percent, compared with 78.2 percent in 2019.',
    'On Monday, December 4, the court adjourned until 10:30 a.m.',
    'The bolt measures 1.125 inches across.',
    'The match ended 3,1 in the first set and 6-4 in the second.',
    // Without Indonesian notation elsewhere, a bare three-decimal number may be English precision.
    'Chartists put support at 4.250 and resistance at 4.400 on the yield curve.',
    'The sprinter clocked 9.580 in the heat and 9.512 in the final.',
    // Even in a text with Indonesian notation, a three-decimal measurement with a unit or rate stays silent.
    'PMI readings of 52.3 and 49.8 were reported, with 1.5 million workers affected.',
  ],
);

suite(
  'reduplication',
  [
    ['Villagers said the tree-trees along the river were cut last year.', ['tree-trees']],
    ['The ministry will visit schools-schools in remote areas.', ['schools-schools']],
    ['Several company-companies have withdrawn from the tender.', ['company-companies']],
    ['Hundreds of worker-worker rallied outside the factory.', ['worker-worker']],
    ['Officials inspected the markets-markets before Eid.', ['markets-markets']],
  ],
  [
    'Analysts called the quarterly results so-so.',
    'Both parties described the swap as a win-win deal.',
    'The treaty was signed in Baden-Baden in 1981.',
    'The band played a cha-cha as the guests arrived.',
    'Their hush-hush meeting was revealed by a leak.',
    'The phrase became a no-no in polite company.',
    'She waved bye-bye to the cameras.',
    'The yo-yo diet left him exhausted.',
    'Farmers sold mahi-mahi at the market.',
    'The tom-tom beat echoed across the square.',
    'The well-to-do suburb voted for the mayor.',
    'A face-to-face meeting is planned for June.',
  ],
);

suite(
  'punctuation',
  [
    ['The agency confirmed the figures., according to a spokesman.', ['.,']],
    ['The verdict ,, lawyers said, would be appealed.', [',,']],
    ['Police chief Nana Sudjana, said the curfew would be lifted.', ['Sudjana, said']],
    ['Head of Public Relations of the Bali Police Jansen Panjaitan, said two tourists were detained.', ['Panjaitan, said']],
    ['Minister Bahlil said, the smelter would open in August.', ['said, the']],
    ['The regent explained, both bridges had collapsed in the flood.', ['explained, both']],
    ['Philippine Defense Secretary Gilberto Teodoro, reportedly said the drills were routine.', ['Teodoro, reportedly said']],
    ['But Malaysian Prime Minister Anwar Ibrahim, stressed that talks would continue.', ['Ibrahim, stressed']],
    ['The ministry explained, that the permit had expired in March.', ['explained, that']],
    // A hyphenated Korean given name with a lower-case second part.
    ['Researcher at the Sejong Institute Cheong Seong-chang, said the launch was a warning.', ['Seong-chang, said']],
    ['Analyst from Airlangga University Suko Widodo, said turnout would rise.', ['Widodo, said']],
    // A relative clause after the name, closed by a comma that never opened it.
    ['Regent Yohanes Kia who is known locally as Anis, told reporters the bridge was unsafe.', ['Anis, told']],
    ['Deputy Speaker Lodewijk Paulus who also chairs the faction, stated that the vote would proceed.', ['faction, stated']],
  ],
  [
    'Prices of rice, sugar, cooking oil, etc., rose sharply.',
    'The firm, Acme Corp., said profits fell.',
    'The U.S., China and Japan attended the talks.',
    'Temperatures of 30 - 35 degrees are expected this week.',
    'Indonesia beat Vietnam 2 - 0 in Hanoi.',
    'JAKARTA (Reuters) - Indonesia\'s central bank kept rates unchanged.',
    'The minister, who arrived on Monday, said the port would reopen.',
    'Defence Minister Richard Marles, speaking in Canberra, said the deal was sound.',
    'President Ferdinand Marcos Jr., asked about the dispute, declined to comment.',
    'When Widodo met Albanese, the leaders discussed trade.',
    'She said that, if elected, she would raise wages.',
    'The talks went on... and on.',
    'The Jakarta - Bandung railway cut travel time to 40 minutes.',
    '"It is, that is to say, complicated," he said.',
    'In the city, he said, the waiting list is so long that few get in.',
    'Calenda said, his voice still quiet, that he would wait.',
    'As the governor said, the roads will reopen on Monday.',
    'Economically, Martin said, the country could help its neighbours.',
    'The sides - which have not met since May - agreed to talk.',
    'Regent Yohanes Kia, who is known locally as Anis, told reporters the bridge was unsafe.',
    'Observers from the European Union said the count was orderly.',
    'Kim Yo-jong, the leader\'s sister, said the drills were a provocation.',
    'Those who stayed behind, said one villager, were cut off for days.',
    'Voters who backed Smith, Jones and Lee were counted twice.',
  ],
);

describe('punctuation: spaced hyphen as a dash is a note, not an error', () => {
  const notes = (text: string) =>
    check(text, { only: ['punctuation'] }).findings.filter((f) => f.ruleId === 'punctuation' && f.text === ' - ');
  it('reports a single-style " - " at severity info, unfixable, in an article that says it was machine-translated', () => {
    const notice = '\n\nThe English, Chinese, Japanese, Arabic, and French versions are automatically generated by the AI. So there may still be inaccuracies in translating, please always see Indonesian as our main language.';
    const f = notes(`Fuel prices - which rose twice this year - will be frozen.${notice}`);
    expect(f.map((x) => x.severity)).toEqual(['info', 'info']);
    expect(f.every((x) => !x.fixable)).toBe(true);
  });
  it('leaves a single-style " - " alone in a text that neither says nor reads as translated (a house style)', () => {
    expect(notes('Fuel prices - which rose twice this year - will be frozen.')).toEqual([]);
  });
  it('reports " - " with more confidence (and a fix) when the text also uses real dashes', () => {
    const f = notes('The talks — the first in a year — ended early. Prices - already high - rose again.');
    expect(f.length).toBe(2);
    expect(f.every((x) => x.severity === 'info' && x.fixable === true && x.confidence > 0.5)).toBe(true);
  });
});

suite(
  'calque-phrase',
  [
    ['On the occasion, the regent also opened a new market in Sleman.', ['On the occasion,']],
    ['Photos of state media showed the general inspecting troops near the border.', ['Photos of state media']],
    ['The flood damaged 300 homes, said the village head when met by reporters on Monday.', ['when met by reporters']],
    ['The event was held in the framework of welcoming the new academic year.', ['in the framework of']],
    ['The two smugglers were secured by customs officers at the port.', ['smugglers were secured']],
    ['The presidents met in the sidelines of the APEC summit.', ['in the sidelines of']],
    ['Read also: Landslide buries homes in Central Java', ['Read also: Landslide buries homes in Central Java']],
    ['Meanwhile, related to the fuel subsidy, the minister promised a review.', ['Meanwhile, related to']],
    ['The court ruled the former mayor was legally and convincingly proven guilty of graft.', ['legally and convincingly']],
    ['The Malaysian pair had to admit the superiority of the Chinese duo in the semifinal.', ['admit the superiority of']],
    ['The derby at the Gelora Bung Tomo stadium took place fiercely from the first whistle.', ['took place fiercely']],
    ['In Pati, the incumbent regent will face the empty box on polling day.', ['face the empty box']],
    ['Until now, about 400 families are still living in tents.', ['Until now, about 400 families are still']],
    ['At the same opportunity, the mayor handed out 500 school uniforms.', ['At the same opportunity,']],
    ['The envoy, in the same opportunity, also met Thai exporters in Bangkok.', [', in the same opportunity,']],
    ['The toll road will stay closed until the time which has not been determined.', ['until the time which has not been determined']],
    ['Classes were suspended until an undetermined period, the school said.', ['until an undetermined period']],
  ],
  [
    'On the occasion of National Day, the prime minister spoke for an hour.',
    'State media photos showed the general inspecting troops near the border.',
    'The village head told reporters on Monday that 300 homes were damaged.',
    'The agreement falls within the framework of the ASEAN charter.',
    'Police secured the perimeter before the bomb squad arrived.',
    'The presidents met on the sidelines of the APEC summit.',
    'Read the full report on the agency\'s website.',
    'Meanwhile, the minister promised a review of the fuel subsidy.',
    'As many as 300 people may have died in the quake, officials said.',
    'The activity of the volcano increased overnight, the agency said.',
    'The situation was conducive to a ceasefire, diplomats said.',
    'All the parties involved have signed the accord.',
    'Until now, researchers had assumed the reef was healthy.',
    'He has not, until now, commented on the case.',
    'The design is maximally efficient for small apartments.',
    'The Malaysian pair lost to the Chinese duo in the semifinal.',
    'The sole candidate pair will run against a blank box on the ballot.',
    'The charges of the prosecutor general were read in court.',
    'On the same occasion, the mayor handed out 500 school uniforms.',
    'The envoy jumped at this opportunity to meet Thai exporters.',
    'The toll road will stay closed until further notice.',
    'The hearing was adjourned to a date to be set by the court.',
    'Records from the weather agency show 300 homes were flooded.',
  ],
);

describe('calque-phrase notes for "Based on the records"', () => {
  it('reports a dangling "Based on the records," as info', () => {
    const f = check('Based on records from the regional disaster agency, 40 homes were swept away.', { only: ['calque-phrase'] }).findings;
    expect(f.map((x) => [x.text, x.severity])).toEqual([['Based on records from', 'info']]);
  });
  it('leaves "Based on the report" and record-keeping English alone', () => {
    for (const t of ['Based on the report, the committee recommended a fine.', 'The records show the loan was based on false data.']) {
      expect(check(t, { only: ['calque-phrase'] }).findings).toEqual([]);
    }
  });
});

describe('calque-phrase in quoted speech', () => {
  it('reports a calque inside quotes as a note only (info)', () => {
    const f = check('"The community is asked to stay calm," the agency head said.', { only: ['calque-phrase'] }).findings;
    expect(f.length).toBe(1);
    expect(f[0]!.severity).toBe('info');
  });
});

suite(
  'reporting-inversion',
  [
    ['The rupiah weakened against the dollar, reported Bloomberg on Friday.', ['reported Bloomberg on Friday']],
    ['Two climbers died on the mountain, reported Kyodo last week.', ['reported Kyodo last week']],
    ['Prices of chillies doubled in a week, as quoted from Tempo.', ['as quoted from Tempo']],
    ['Citing from Bernama, the ferry carried 200 passengers.', ['Citing from Bernama']],
    ['Launching from Al Jazeera, the ceasefire took effect at dawn.', ['Launching from Al Jazeera']],
    ['The strike ended after three days, reported Tribunnews.', ['reported Tribunnews']],
    ['The team will receive a bonus, as quoted from the official website of the Youth and Sports Ministry.', ['as quoted from the official website of the Youth and Sports Ministry']],
    ['Launching Anadolu, the convoy reached Rafah on Monday.', ['Launching Anadolu']],
    ['Fuel prices will rise in July, quoted from Kompas.com.', ['quoted from Kompas.com']],
    ['The flight was delayed for six hours, reported from the Instagram account of Juanda Airport.', ['reported from the Instagram account of Juanda Airport']],
  ],
  [
    'The strike ended after three days, as reported by Tribunnews.',
    'Bloomberg reported on Friday that the rupiah had weakened.',
    '"The ceasefire is holding," said Ahmed Hassan of the Red Crescent.',
    'The pilot reported engine trouble shortly after take-off.',
    'The police reported the theft to the insurer.',
    'The rocket was launched from Tanegashima on Sunday.',
    'The article quoted Kyodo as saying two climbers died.',
    'According to Tempo, prices of chillies doubled in a week.',
    'The verse was quoted from the Koran at the ceremony.',
    'Each year, reports the World Bank, millions fall into poverty.',
    'Citing the BBC, the paper said the ceasefire took effect at dawn.',
    'The ministry reported a surplus, the agency said.',
    'The carmaker is planning more layoffs, reports Bloomberg.',
    'Launching Sputnik in 1957, the Soviet Union started the space race.',
    'The rocket was launched from the site of the old base.',
    'The quote was taken from the official website of the ministry.',
  ],
);

describe('calque-phrase patterns', () => {
  // Each pattern's own examples run in tests/patterns.test.ts; here, the family's size.
  it('has at least 40 patterns with unique ids', () => {
    const ids = rawFamily('calque-phrase').patterns.map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('seed articles', () => {
  const mt = readSeed(SEED_MT);
  const ids = ['title-calque', 'locale-format', 'reduplication', 'punctuation', 'calque-phrase', 'reporting-inversion'];
  const findings = check(mt, { only: ids }).findings;
  const at = (quote: string, occurrence = 1): [number, number] => {
    let from = -1;
    for (let k = 0; k < occurrence; k++) from = mt.indexOf(quote, from + 1);
    return [from, from + quote.length];
  };
  const hit = (rule: string, quote: string, occurrence = 1): boolean => {
    const [s, e] = at(quote, occurrence);
    return findings.some((f) => f.ruleId === rule && f.span.start < e && f.span.end > s);
  };
  it('finds the title, punctuation, calque-phrase and reporting-inversion items of 004', () => {
    expect(hit('title-calque', 'Leader Kim', 1)).toBe(true);
    expect(hit('title-calque', 'Leader Kim', 2)).toBe(true);
    expect(hit('punctuation', 'said., reported')).toBe(true);
    expect(hit('punctuation', ' - ', 1)).toBe(true);
    expect(hit('punctuation', ' - ', 2)).toBe(true);
    expect(hit('punctuation', 'Kang Sun Nam, reportedly said')).toBe(true);
    expect(hit('calque-phrase', 'On the occasion,')).toBe(true);
    expect(hit('calque-phrase', 'Photos of state media')).toBe(true);
    expect(hit('reporting-inversion', 'reported Reuters July 27')).toBe(true);
  });
  it.each([
    ['000', SEED_YONHAP],
    ['002', SEED_AFP],
  ])('human seed %s gets nothing of severity minor or above from these rules', (_n, url) => {
    const r = check(readSeed(url), { only: ids });
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});

describe('punctuation: title-case headlines', () => {
  it('does not read a headline comma standing for "and" as a subject-verb comma', () => {
    const found = check('Minister Opens Toll Road, Promises Lower Fares\nThe minister opened the road on Monday.', { only: ['punctuation'] }).findings;
    expect(found.map((f) => f.text)).toEqual([]);
  });
  it('still judges the running prose under the headline', () => {
    const found = check('Minister Opens Toll Road\nRegional Secretary Budi Santoso, said the road would cut travel time.', { only: ['punctuation'] }).findings;
    expect(found.map((f) => f.text)).toEqual(['Santoso, said']);
  });
});

describe('locale-format: round thousands written with a dot', () => {
  const flags = (text: string): string[] => check(text, { only: ['locale-format'] }).findings.filter((f) => f.severity !== 'info').map((f) => f.text);
  it.each([
    ['Some 45.000 pilgrims prayed at the mosque on Friday.', ['45.000']],
    ['A crowd of 62.000 packed the stadium in Surabaya.', ['62.000']],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
  it.each(['Version 3.000 of the software shipped in May.', 'The yield rose to 4.000 percent, the highest since 2008.', 'Some 45,000 pilgrims prayed at the mosque.'])('stays silent: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('punctuation: space before a comma', () => {
  it('flags a spaced comma after a word and suggests the bare comma', () => {
    const found = check('Fishermen near the Natuna islands , officials said, saw two vessels.', { only: ['punctuation'] }).findings;
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([[' ,', ',']]);
  });
  it('leaves numbers in a list and ordinary commas alone', () => {
    expect(check('Prices rose 3 , 4 and 5 percent, the agency said.', { only: ['punctuation'] }).findings).toEqual([]);
  });
});
