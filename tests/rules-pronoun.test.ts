/** pronoun-gender beyond its meta examples: other people, countries and wordings. */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { fixed } from './helpers.js';

process.env['CALQUE_DEBUG'] = '1';
const flagged = (text: string): string[] => check(text, { only: ['pronoun-gender'] }).findings.map((f) => `${f.text}→${f.suggestions[0] ?? ''}`);

describe('pronoun-gender flags conflicting pronouns', () => {
  it.each([
    ['Health Minister Budi Gunadi Sadikin visited the hospital in Surabaya. She said vaccines would arrive next week.', ['She→He']],
    ['President Ferdinand Marcos Jr. landed in Tokyo on Tuesday. Officials welcomed Marcos and her delegation at Haneda airport.', ['her→his']],
    ['Prime Minister Giorgia Meloni spoke to reporters after the summit, and he said Italy would support the plan.', ['he→she']],
    ['Ms. Rahayu told the court that the documents were forged. His lawyer asked for a delay.', ['His→Her']],
    ['Defence Minister Richard Marles toured the shipyard, where workers showed her the new submarine hull.', ['her→him']],
    ['Vietnamese President Vo Van Thuong met Xi Jinping in Hanoi. Xi thanked her host for the welcome.', ['her→his']],
    // Office titles in Indonesian word order, then a pronoun in the next sentence.
    ['Minister of Women\'s Empowerment Arifah Fauzi visited the shelter in Bekasi. He said the victims would get counselling.', ['He→She']],
    // Reflexive bound to the subject of its relative clause.
    ['The statement was read by Prime Minister Anwar Ibrahim, who then excused herself from the meeting.', ['herself→himself']],
    // The article\'s main person three sentences on, with no one named in between.
    ['Governor Sherly Tjoanda inspected the flooded road in Ternate. The water was knee-deep. Schools were closed. He asked residents to stay home.', ['He→She']],
    // A nickname after "known as" is the same person; a relative clause closes before the pronoun.
    ['Thai badminton player Ratchanok Intanon, who is known as May, won the final. His coach praised the result.', ['His→Her']],
    // Javanese name endings mark the gender of names the lexicon does not list.
    ['Police spokesman Komang Herdiawan said the suspects had fled. She added that roadblocks were in place.', ['She→He']],
    // Gender from an apposition: "who is the daughter of".
    ['Nadia Wirasuta, who is the daughter of a fisherman, won the award. He said the prize would pay for school.', ['He→She']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('pronoun-gender stays silent on good English', () => {
  it.each([
    'Finance Minister Sri Mulyani Indrawati said her ministry would cut spending.',
    'Recep Tayyip Erdogan and his wife Emine Erdogan arrived in Ankara, where she opened a school.',
    'Queen Elizabeth received Barack Obama, and she showed him the gardens.',
    'Kim Jong-un inspected the factory with his daughter. Kim told her the workers were heroes.',
    'The governor met a nurse at the clinic and thanked her for her work.',
    'In her first speech as leader, Sanae Takaichi promised lower taxes.',
    'Mr. and Mrs. Tan arrived late; she said their flight had been delayed.',
    'Each applicant must bring his or her passport, Joko Widodo said.',
    '"He is my brother," said Siti Nurhaliza of the singer.',
    'Lee Jae-myung met his counterpart. The minister told him the talks had gone well.',
    'Jacinda Ardern resigned in January. She was succeeded by Chris Hipkins, who praised her leadership.',
    'Police said the suspect, a woman from Bekasi, had fled. She was arrested on Friday.',
    'Anwar Ibrahim thanked the teacher for her years of service.',
    'Kamala Harris met Vladimir Putin? No: she met Volodymyr Zelensky, and praised his courage.',
    // A possessive in apposition is about someone else; the possessed person is not the possessor.
    'Kim Yo-jong, his sister, read the statement on state television.',
    'Anthony Albanese and his partner, Jodie Haydon, hosted the dinner, where she wore batik.',
    // An object pronoun is not its clause's subject, even past an apposition.
    'His wife, Kim Hea-kyung, accompanied him to the memorial.',
    'Foreign Minister Penny Wong, who accompanied him on the trip, praised the talks.',
    // Someone after a subject pronoun is not its antecedent.
    'During the visit, she met Coordinating Minister Airlangga Hartarto at his office.',
    // Ships, nicknames, generic quantifiers.
    'The tanker left Singapore on Monday, and her crew of 20 were safe, Captain Ali Musa said.',
    'None of the players, Coach Shin Tae-yong said, should think of himself as a star.',
    // A place after a preposition is not a person; a headline is not a name.
    'Xi Jinping Meets Marcos in Beijing\n\nAfter returning to New Delhi, Narendra Modi said his trip had been a success.',
    // A single-word family name the gazetteer knows is weak evidence: someone else may share it.
    'Payne spent the morning at the harbour. She said the boats would sail at noon.',
    // Names after a title attach to it: "Chairwoman of … Anis Hidayah" is a woman.
    'Chairwoman of the National Commission on Human Rights Anis Hidayah visited Wamena. She met the families.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

/** Findings with their severity: "text→suggestion:severity". */
const graded = (text: string): string[] =>
  check(text, { only: ['pronoun-gender'] }).findings.map((f) => `${f.text}→${f.suggestions[0] ?? ''}:${f.severity}`);

describe('pronoun-gender: discourse structure (chains, centering, appositions)', () => {
  it.each([
    // One firmly known person misgendered in consecutive sentences, re-named each time: a chain of
    // suspects about the same person does not weaken the findings.
    ['Chancellor Angela Merkel said his cabinet would meet on Sunday. At his weekly briefing, Merkel repeated the promise.', ['his→her:major', 'his→her:major']],
    // The subject of the sentence before wins over a man named further back (centering).
    [
      'Prime Minister Mark Rutte arrived in Canberra. He was met at the airport by officials. Trade was on the agenda. Foreign Minister Penny Wong, who studied in Adelaide, is known for her work on the region. He has travelled to Jakarta nine times.',
      ['He→She:major'],
    ],
    // A man inside the subject's apposition is not the antecedent of the next sentence's subject.
    ['Annalena Baerbock, the foreign minister in the cabinet of Olaf Scholz, criticised the sanctions. He called them "too little, too late".', ['He→She:major']],
    // Subject over an oblique for a possessive after a copula: weaker, so info.
    ['Foreign Minister Mélanie Joly held talks with Richard Marles in Ottawa on Monday. The trip was his first to Canada this year.', ['his→her:info']],
    // A person named right after an organisation is found, with the gender her given name gives.
    ['Kim Jong-un inspected the missile site on Tuesday. Researcher from the Lowy Institute Sarah Patton, said the test was a warning. "They want attention," he said.', ['he→she:info']],
  ])('%s', (text, expected) => {
    expect(graded(text)).toEqual(expected);
  });

  it.each([
    // The chain is about someone else when the same person is also called "she" nearby.
    'Mrs. Tanaka opened the door. She smiled at his question. He asked again, and she laughed.',
    // "he" continues the "him" of the sentence before, not its subject.
    'Angela Merkel looked straight at him across the table. He looked away and left the room.',
    // The apposition's man is the antecedent when the pronoun is not the next sentence's subject.
    'Annalena Baerbock, the foreign minister in the cabinet of Olaf Scholz, criticised the sanctions. Reporters asked about his plan.',
    // An oblique of the pronoun's gender in the subject position sentence is a fine antecedent for an object pronoun.
    'Foreign Minister Mélanie Joly held talks with Richard Marles in Ottawa on Monday. Reporters later asked him about the trip.',
    // A person named in a run after an organisation ("Kyungnam University Lim Eul-chul"): unknown
    // gender, so the pronoun after the quote is his, not the woman's named earlier.
    'Kim Yo-jong criticised the drills on Tuesday. Analyst from the Sejong Institute Cho Han-bum, said the statement was a warning. "They want attention," he said.',
    'Kim Jong-un inspected the missile site on Tuesday. Researcher from the Lowy Institute Sarah Patton, said the test was a warning. "They want attention," she said.',
    'Kim Yo-jong criticised the drills on Tuesday. Cho Han-bum said the statement was a warning. "They want attention," he said.',
    // A demonym after a compass word is not a person; the sister is still the subject.
    'Angela Merkel, the former leader of North Rhine, spoke first. She was applauded.',
    // "Mrs." before a full name already used names the wife by her husband's name.
    'Bram Wijaya crashed his car on Sunday. Later, Rina, Mrs. Bram Wijaya, said she was relieved. He was treated for cuts, and his doctor said he would recover.',
  ])('%s', (text) => {
    expect(graded(text).filter((x) => !x.endsWith(':info'))).toEqual([]);
  });
});

describe('pronoun-gender: second blind evaluation (chains, far rivals, bare given names, learnt genders)', () => {
  it.each([
    // A wrong pronoun does not vouch for the next wrong pronoun about the same man.
    ['Malaysian Prime Minister Anwar Ibrahim said the tariff talks had stalled in Geneva. According to her, both sides still disagreed on rice.\n\n"We need more time," she said.', ['her→him:major', 'she→he:major']],
    // The only man is three sentences back; the woman is the subject of the pronoun's own sentence.
    ['Transport Minister Budi Karya Sumadi opened the toll road. Traffic was heavy. Police closed two lanes. Finance Minister Sri Mulyani Indrawati later said his budget was tight.', ['his→her:minor']],
    // A known given name used alone introduces the person.
    ['Singer Taylor Swift was not there. Member Rosé greeted the crowd. Sophie, the drummer from Lyon, waved when his new single began.', ['his→her:major']],
    // A gazetteer figure's given name alone.
    ['The four-piece band filled the arena in Manila. Jennie thanked the fans and said he would return next year.', ['he→she:major']],
    // Someone of unknown gender whom the text itself calls "she".
    ['Dewi Lestari, 31, a nurse from Depok, said she waited five hours. "It was worth it," he said.', ['he→she:major']],
    ['Yusnita, a fan from Bogor, said she had waited since dawn. "It was worth it," he said.', ['he→she:minor']],
    // Indonesian police ranks are titles before a name, and common Indonesian women's names are known.
    ['Ipda Novita Sari said the bridge was closed to trucks. "The road is safe for cars," he said.', ['he→she:major']],
    ['Kompol Wulandari Putri inspected the post on Sunday. He said more officers would be sent.', ['He→She:major']],
    // A title-only subject stands for the man named before it.
    ['Pope Leo arrived in Dili on Monday morning. The head of the Catholic Church greeted the crowd, and in her homily praised the young people.', ['her→his:major']],
  ])('%s', (text, expected) => {
    expect(graded(text).filter((x) => !x.endsWith(':info'))).toEqual(expected);
  });

  it.each([
    // The same word paired with a family name elsewhere in the text.
    'Sophie Wijaya and her brother arrived late. Later Sophie said he had missed the train.',
    // "a girl group": no girl.
    'The girl group performed in Seoul, and its manager, Park Jin-young, said he was proud.',
    // A second woman in the previous sentence: ambiguous, not raised.
    'Foreign Minister Retno Marsudi met Penny Wong. Sugiono said his ministry would follow up.',
    // "St. Luke" is a place.
    'The gala at St. Luke hospital raised funds. With the applause still in her ears, the director, Helen Moore, thanked the donors.',
  ])('%s', (text) => {
    expect(graded(text).filter((x) => !x.endsWith(':info'))).toEqual([]);
  });
});

describe('person resolution: names of things and names used as modifiers', () => {
  it('a name in apposition to a thing noun, or before a plural noun, is not a person', async () => {
    const { analyse } = await import('../src/index.js');
    const { resolvePersons } = await import('../src/people/persons.js');
    const text = 'The supplies reached Filipina marines on the grounded warship BRP Sierra Madre. Maria Ressa said the route was safe.';
    const found = resolvePersons(analyse(text)).mentions.map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['Maria Ressa']);
  });
});

describe('pronoun-gender: women the lists do not name (issue 9, third round)', () => {
  // Invented sentences in the shape of machine-translated Indonesian news: a woman introduced by an
  // office, a wrong "he" in the attribution after her quote or in the next sentence.
  it.each([
    // A derived English given name, as MT renders an Indonesian one (Ribka → Rebekah).
    ['Central Papua Governor Rebekah Wonda opened the new market in Nabire on Monday. "Traders can move in next week," he said.', 'Central Papua Governor Rebekah Wonda opened the new market in Nabire on Monday. "Traders can move in next week," she said.'],
    // An eastern Indonesian Christian woman's name in its Indonesian spelling.
    ['Acting Regent Yosephina Kaize inspected the bridge. "The repairs will take a month," he said.', 'Acting Regent Yosephina Kaize inspected the bridge. "The repairs will take a month," she said.'],
    // A person noun in apposition to the name is that person, not a second one of unknown gender.
    ['A member of the Elections Supervisory Agency (Bawaslu), Ratna Kumalasari, said the count would be audited. "All ballots are sealed," he said.', 'A member of the Elections Supervisory Agency (Bawaslu), Ratna Kumalasari, said the count would be audited. "All ballots are sealed," she said.'],
    // A company named with "PT" is not a person; "spokeswoman" says who she is.
    ['PT Angkasa Pura Logistik spokeswoman Melati Handoko said cargo flights had resumed. According to him, the backlog would clear by Friday.', 'PT Angkasa Pura Logistik spokeswoman Melati Handoko said cargo flights had resumed. According to her, the backlog would clear by Friday.'],
    // An honorific before a name holding a place word; a compound role ("deputy governor").
    ['Deputy governor Mrs. Maria Lake visited the flooded district. He said tents had been sent.', 'Deputy governor Mrs. Maria Lake visited the flooded district. She said tents had been sent.'],
    // Indonesian name elements and endings: -sari, Putri.
    ['Head of the Sleman Health Office Cahya Purnamasari said the outbreak was over. "No new cases were found," he said.', 'Head of the Sleman Health Office Cahya Purnamasari said the outbreak was over. "No new cases were found," she said.'],
    // The text's own "she" for someone it named the sentence before.
    ['Village head Lodia Tabuni said the road had been cut. She added that food was running low. "We need a helicopter," he said.', 'Village head Lodia Tabuni said the road had been cut. She added that food was running low. "We need a helicopter," she said.'],
  ])('%s', (text, after) => {
    expect(fixed(text, 'pronoun-gender')).toBe(after);
  });

  it.each([
    // Right pronouns for a woman stay silent.
    'Central Papua Governor Rebekah Wonda opened the market. "Traders can move in next week," she said.',
    'A member of the Elections Supervisory Agency (Bawaslu), Ratna Kumalasari, said her team would audit the count.',
    // A man named between the woman and the pronoun keeps it silent.
    'Governor Rebekah Wonda met Police Chief Budi Santoso in Nabire. "The market is secure," he said.',
    // A bare family name the derived list also knows as a given name (Montgomery) is not evidence.
    'Montgomery believes that she started well, and the country gave generously.',
    // A derived given name an honorific contradicts (a unisex name) is no evidence.
    'Carson Blake has written a fine novel. Though its subject is her native town, Miss Blake avoids nostalgia.',
    // A "he" first and a "she" later for someone of unknown gender: "she" is not made a suspect.
    'Village head Tabuni Marlon said the road had been cut. He said food was running low. "We need a helicopter," she said.',
    // A place after "from" is not a given name.
    'The drummer from Lyon, Marc Dubois, said his band would tour Asia.',
    // An Indonesian honorific inside a place's name ("Bung Karno") does not make it a person.
    'Finance Minister Sri Mulyani Indrawati toured the Bung Karno Stadium. She said the works were almost done.',
  ])('%s', (text) => {
    expect(graded(text).filter((x) => !x.endsWith(':info'))).toEqual([]);
  });
});

describe('pronoun-gender: title-case names of things, Arabic feminine endings (issue 9, fourth round)', () => {
  // Invented sentences in the shape of machine-translated Indonesian news.
  it.each([
    // A long sentence before the quote holds a capitalised name of a list: not a person of unknown
    // gender who could be the "he".
    [
      'Election supervisor Maria Kewa spoke to reporters in Kupang. According to Kewa, some voters were not registered in the 2024 Election Transfer Voter List. "They came with the wrong form," he explained.',
      'Election supervisor Maria Kewa spoke to reporters in Kupang. According to Kewa, some voters were not registered in the 2024 Election Transfer Voter List. "They came with the wrong form," she explained.',
    ],
    // A woman's name with the Arabic feminine ending -iyah, after an organisation word in Indonesian order.
    [
      'The fuel supply is safe, Pertamina Vice President for Corporate Communication Nur Fauziyah Hasan said on Friday. "Stocks last 20 days," he said.',
      'The fuel supply is safe, Pertamina Vice President for Corporate Communication Nur Fauziyah Hasan said on Friday. "Stocks last 20 days," she said.',
    ],
  ])('%s', (text, after) => {
    expect(fixed(text, 'pronoun-gender')).toBe(after);
  });

  it.each([
    // A person whose name is made of English words keeps a given name or a title: still a person.
    'Mark Stone met Governor Maria Kewa at the Long Term Care Centre. "We need more nurses," he said.',
    // "Nurul" is a man's name as often as a woman's (it is on no list).
    'Deputy chairman Nurul Hakim said the case was open. He added that more witnesses would be called.',
  ])('%s', (text) => {
    expect(graded(text).filter((x) => !x.endsWith(':info'))).toEqual([]);
  });
});

describe('pronoun-gender: Indonesian names read in the precision audit', () => {
  it.each([
    // A Balinese title in the name: the Javanese ending -wati says nothing about a Balinese name.
    'Bali Deputy Governor Tjokorda Gde Raka Sukawati opened the fair in Denpasar. He asked for more stalls.',
    // An English woman's name from the census list before a Javanese man's surname is no evidence.
    'Head of the Jakarta statistics agency Margo Haryanto spoke on Monday. He said inflation eased.',
    // A holiday the Indonesian lexicon lists is no person that a "she" nearby could teach a gender.
    'Vet Rina Wulandari checked the goats in Jakarta before Idul Adha. She said most were healthy. Muslims mark Idul Adha to recall how Abraham was ready to give up his son.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('pronoun-gender: names, offices and attributions the lists do not cover (issue 9, fifth round)', () => {
  // Invented sentences in the shape of machine-translated Indonesian news.
  it.each([
    // A woman's name ending measured on a voter list (-yati), inside a name of two words.
    [
      'Deputy for Statistics Nenden Kusumayati presented the inflation figures. "Food prices fell in May," he said.',
      'Deputy for Statistics Nenden Kusumayati presented the inflation figures. "Food prices fell in May," she said.',
    ],
    // A comma after the office's complement opens an apposition: the office is hers, not someone else's.
    [
      'Deputy for Production Statistics, BPS Endah Purwaningtini, said rice output fell. "The drought hurt the harvest," he said.',
      'Deputy for Production Statistics, BPS Endah Purwaningtini, said rice output fell. "The drought hurt the harvest," she said.',
    ],
    // "Head of …" is an office, not a person of unknown gender beside the name.
    [
      '"The roads are open again," said Head of the Public Works Office Dyah Kusumawati on Monday.\n\nHe said repairs would take a week.',
      '"The roads are open again," said Head of the Public Works Office Dyah Kusumawati on Monday.\n\nShe said repairs would take a week.',
    ],
    // An office named without a name is the person the article named with it.
    [
      'Minister of Trade (Mendag) Dyah Kusumawati opened the batik fair in Bandung. Exports of batik rose by ten percent last year. According to the Minister of Trade, his ministry will open two more fairs.',
      'Minister of Trade (Mendag) Dyah Kusumawati opened the batik fair in Bandung. Exports of batik rose by ten percent last year. According to the Minister of Trade, her ministry will open two more fairs.',
    ],
    // The quoted source is the main person across paragraphs of explanation that name no one.
    [
      'Regent Dyah Kusumawati said the dam would be finished in June.\n\nThe dam will hold water for 4,000 hectares of rice fields. Farmers have waited for it for ten years.\n\nThe main wall is almost complete.\n\n"We will open it before the dry season," he said.',
      'Regent Dyah Kusumawati said the dam would be finished in June.\n\nThe dam will hold water for 4,000 hectares of rice fields. Farmers have waited for it for ten years.\n\nThe main wall is almost complete.\n\n"We will open it before the dry season," she said.',
    ],
  ])('%s', (text, after) => {
    expect(fixed(text, 'pronoun-gender')).toBe(after);
  });

  it.each([
    // An Italian family name alone: the longer endings count only inside a name of two or more words.
    'Giuliani spoke to reporters in New York. He said the city was safe.',
    // A Balinese title is no given name: "Gusti" on an English list says nothing.
    'Travellers waited at Gusti Ngurah Rai for hours. "The flights were late," he said.',
    // A place opened by an Indonesian place word: "Kali" (river) there names no woman.
    'Lava reached Kali Lanang on Sunday. "The water rose fast," he said.',
    // Indonesian Islamic organisations whose Arabic endings look like women's names.
    'Muhammadiyah said the date of Eid would fall on Monday. "We have counted the moon," he said.',
    'Police arrested three members of Jemaah Islamiyah in Bekasi. "They planned an attack," he said.',
    // A coast guard and a sub-district are no people ("Philippine" is a woman's name on the census list).
    'The Philippine Coast Guard said the ship was damaged. "The crew is safe," he said.',
    'Kalisari Subdistrict was flooded on Monday. "The water is knee-high," he said.',
    'The Philippine Red Cross sent water to the island. "Families need food," he said.',
    // An Indonesian epithet for a country ("Negeri Sakura"): "Sakura" is a woman's given name.
    'The Sakura Country will send aid to Turkey. "We stand with our friends," he said.',
    'The Country of Uncle Sam raised tariffs again. "Prices will rise," she said.',
    // "Kai" is a man's name as often as a woman's (Kai Havertz): not on the derived list.
    'Kai Havertz scored twice against Fulham. He said the team played well.',
    // Names English lists give one sex that Indonesian voters' names give the other.
    'Former KPK deputy Chandra Hamzah spoke to reporters. He said the law must be revised.',
    'Village head Toni Sumarno visited the flooded houses. He said aid would come on Monday.',
    'Teacher Eli Rosita said the school reopened. She said the pupils were happy.',
    // A woman may carry her father's name: -ono after the given name is no evidence of a man.
    'Teacher Nuke Sumarsono said the school reopened. She said the pupils were happy.',
    'Village midwife Endang Hartanto checked the babies. She said most were healthy.',
    // A name the text gave a place ("Intan Jaya Regency") is that place when it comes alone.
    'Police reinforced posts in Intan Jaya Regency on Monday.\n\nIntan Jaya has been calm since the meeting. "People can go to the market again," he said.',
    // Another office than the one the woman holds.
    'Minister of Trade Dyah Kusumawati met traders in Bandung. According to the Minister of Finance, his ministry would cut import duties.',
    // A pronoun that is no attribution does not reach back across paragraphs.
    'Regent Dyah Kusumawati said the dam would be finished in June.\n\nThe dam will hold water for 4,000 hectares. Farmers have waited for ten years.\n\nThe main wall is almost complete. The gates arrive in May.\n\nHe was born in the village below the dam.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  // Two people hold offices with that head word: "the minister" may be either (nothing above info).
  it('a bare office two named people hold links to neither', () => {
    const text = 'Minister of Trade Dyah Kusumawati met Minister of Industry Agus Santoso in Bandung. The minister said his team would visit the factories.';
    expect(graded(text).filter((x) => !x.endsWith(':info'))).toEqual([]);
  });
});

describe('pronoun-gender: offices, Balinese short names and quoted third persons (session of 6 December, 12:43 UTC)', () => {
  it('links "the Minister of Foreign Affairs" to the "Foreign Minister" the article named', () => {
    const text = 'Foreign Minister Sugiarti Wulandari arrived in Geneva on Monday.\n\n"We ask for an immediate ceasefire," stressed the Minister of Foreign Affairs in his speech to the council.';
    expect(flagged(text)).toEqual(['his→her']);
  });

  it('does not link an office whose field differs', () => {
    const text = 'Foreign Minister Sugiarti Wulandari arrived in Geneva on Monday.\n\n"Tariffs will fall," said the Minister of Trade in his speech to exporters.';
    expect(flagged(text)).toEqual([]);
  });

  it('knows a Balinese name by the first word after its titles', () => {
    const text = 'DENPASAR - Minister I Gusti Ayu Sekar Wirasanti visited the shelter on Monday.\n\nSekar hopes the case will be solved quickly. "We want a clear outcome," he continued.';
    expect(flagged(text)).toEqual(['he→she']);
  });

  it('does not count someone the quotation names as a rival of its speaker', () => {
    const text = 'Foreign Minister Sugiarti Wulandari said on Monday that 18 leaders had asked to meet.\n\n"In principle, the President really welcomes these meetings," he concluded.';
    expect(check(text, { only: ['pronoun-gender'] }).findings.map((f) => f.text)).toEqual(['he']);
  });
});

describe('pronoun-gender: a quoted speaker talking about the woman the story follows (native obituaries, 6 December)', () => {
  it('a pronoun after a quotation that speaks of someone of its gender is at most a hint', () => {
    const text = 'The novelist Joan Marsh has died, her husband Peter Lang has announced.\n\nShe was 77 and lived in Leeds.\n\nSpeaking to reporters about his wife, Mr Lang said: "She was the kindest woman I knew."\n\nHe said she won a prize at Oxford.';
    expect(graded(text).filter((x) => !x.endsWith(':info'))).toEqual([]);
  });

  it('still reports the pronoun when no quotation speaks of anyone of its gender', () => {
    const text = 'Transport Minister Budi Karya Sumadi opened the toll road. Traffic was heavy. Police closed two lanes. Finance Minister Sri Mulyani Indrawati later said his budget was tight.';
    expect(graded(text)).toEqual(['his→her:minor']);
  });
});
