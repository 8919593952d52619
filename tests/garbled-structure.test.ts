/**
 * garbled-structure: the shapes through check(), with the spans and severities the rule gives,
 * and the native look-alikes it must leave alone. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

const found = (text: string) => check(text).findings.filter((f) => f.ruleId === 'garbled-structure');

describe('garbled-structure', () => {
  it('flags a reporting clause cut off by a stop inside the quote, as minor', () => {
    const text = 'The market will close early on Friday. "Please keep the aisles clear for the carts." appealed to the Head of the Market Office.';
    const f = found(text);
    expect(f.map((x) => x.text)).toEqual(['appealed to the Head of the Market Office']);
    expect(f[0]?.severity).toBe('minor');
  });

  it('flags a list of actions split from its subject, but not a splitter cut after an abbreviation', () => {
    expect(found('Volunteers brought rice to the evacuees. distribute blankets and medicine to the two camps.').map((x) => x.text)).toEqual(['distribute blankets and medicine to the two camps']);
    expect(found('The cafe on Harbor Blvd. plans a week of music in June.')).toEqual([]);
    expect(found('"We are ready." The coach said so after training on Monday.')).toEqual([]);
  });

  it('flags an adjective standing as a head noun, not an -ate or -ent noun', () => {
    expect(found('Analysts pointed to the disproportionate of imports and exports this year.').map((x) => x.text)).toEqual(['the disproportionate of']);
    expect(found('Engineers weighed the potential of the new dam against the cost.')).toEqual([]);
    expect(found('The future of the club is uncertain after the sale.')).toEqual([]);
  });

  it('flags "Reporting from," with the source dropped, not a named place or an infinitive', () => {
    expect(found('Reporting from, the ambassador said the talks would resume in May.').map((x) => x.text)).toEqual(['Reporting from']);
    expect(found('Reporting from Surabaya, our correspondent said the port had reopened.')).toEqual([]);
    expect(found('To begin with, the council must pass a budget.')).toEqual([]);
  });

  it('flags "that is" before a name ending the phrase, not a real relative clause', () => {
    expect(found('The city copied a scheme like the Danish program that is Green Cities Aarhus, the mayor said.').map((x) => x.text)).toEqual(['that is Green Cities Aarhus']);
    expect(found('The team signed a keeper that is Brazilian by birth.')).toEqual([]);
  });

  it('flags a noun raised out of a wh-clause under a negated passive, not "it" or a temporal "when"', () => {
    expect(found('The eruption cannot be predicted when it will start, the agency said.').map((x) => x.text)).toEqual(['eruption cannot be predicted when']);
    expect(found('It cannot be predicted when the eruption will start.')).toEqual([]);
    expect(found('The fare was determined when the contract was signed.')).toEqual([]);
  });

  it('flags a long sentence opened by "Not to mention", not a short aside', () => {
    expect(found('Not to mention the rumours on social media that slowed the search for the boat.').map((x) => x.text)).toEqual(['Not to mention']);
    expect(found('Not to mention the price.')).toEqual([]);
  });

  it('flags "this" before a year after a preposition, with the year as the suggestion', () => {
    const f = found('The port will reopen in this early 2026, the harbour master said.');
    expect(f.map((x) => x.text)).toEqual(['this early 2026']);
    expect(f[0]?.suggestions?.[0]).toBe('early 2026');
    expect(found('Turnout in this 2024 election was high.')).toEqual([]);
    expect(found('The minister said that 2024 was a hard year.')).toEqual([]);
  });

  it('flags a sentence that is only a subordinate clause, not one with a main clause or a reduced clause', () => {
    expect(found('The north of the city has new parks. While the old districts near the port still have no green space.').map((x) => x.text)).toEqual(['While the old districts near the port still have no green space']);
    expect(found('Fishermen want cheaper fuel. Although the price of diesel has gone up every month.').map((x) => x.text)).toEqual(['Although the price of diesel has gone up every month']);
    expect(found('While the old districts still have no parks, the city is planting trees.')).toEqual([]);
    expect(found('While in office she opened two hospitals in the district.')).toEqual([]);
    expect(found('Although tired the rescuers kept digging through the night.')).toEqual([]);
    expect(found('If the rain stops we will reopen the road on Friday.')).toEqual([]);
    expect(found('While the sauce cooks, chop the onions.')).toEqual([]);
  });

  it('flags a verb of saying that reports nothing, not one with its report, an object or a colon', () => {
    expect(found('The dam will be finished in June. The governor said during a visit to the site on Tuesday afternoon.').map((x) => x.text)).toEqual(['The governor said']);
    expect(found('The governor said during a visit on Tuesday that the dam would be finished in June.')).toEqual([]);
    expect(found('The governor said on Tuesday the dam would be finished in June.')).toEqual([]);
    expect(found('The governor told reporters on Tuesday about the new dam.')).toEqual([]);
    expect(found('The governor said so during a visit on Tuesday.')).toEqual([]);
    expect(found('"The dam is ready," the governor said during a visit on Tuesday.')).toEqual([]);
  });

  it('flags a verbless sentence of examples in running prose, not one with a verb or inside a quote', () => {
    expect(found('Prices rose across the board. For example, the price of shallots in the two northern markets.').map((x) => x.text)).toEqual(['For example, the price of shallots in the two northern markets']);
    expect(found('The committee has twelve members. Including, the deputy mayor as its chair.').map((x) => x.text)).toEqual(['Including, the deputy mayor as its chair']);
    expect(found('Prices rose across the board. For example, shallots cost twice as much in May.')).toEqual([]);
    expect(found('"Prices rose everywhere. For example, the price of shallots."')).toEqual([]);
    expect(found('Including the bonus, the coach earned more than any other in the league.')).toEqual([]);
    // A verb inside a subject relative clause leaves the examples without a main verb.
    expect(found('Rents rose across the city. Especially for the districts that lie close to the new station.').map((x) => x.text)).toEqual(['Especially for the districts that lie close to the new station']);
    expect(found('Rents rose across the city. For example, the flats that face the park cost twice as much.')).toEqual([]);
    expect(found('For example, the tool that we use costs a lot.')).toEqual([]);
  });

  it('flags "Not only X, Y …" with no "but", suggesting "Besides", not an inversion, "but also" or "Not only that"', () => {
    const f = found('The market flooded on Monday. Not only traders, the buyers also had to wade through the water.');
    expect(f.map((x) => x.text)).toEqual(['Not only']);
    expect(f[0]?.suggestions?.[0]).toBe('Besides');
    expect(found('Therefore, not only sending extra boats, the agency also opened two shelters.').map((x) => x.text)).toEqual(['not only']);
    // After a preposition "Besides" would not read: no suggestion.
    expect(found('Not only in the capital, the clinics in the villages also ran out of vaccine.')[0]?.suggestions ?? []).toEqual([]);
    expect(found('Not only traders but also buyers had to wade through the water.')).toEqual([]);
    expect(found('Not only did the traders lose stock, the buyers stayed away too.')).toEqual([]);
    expect(found('Not only is the road narrow, it is also badly lit.')).toEqual([]);
    expect(found('Not only that, the agency opened two shelters.')).toEqual([]);
    expect(found('The traders lost not only stock, but also customers.')).toEqual([]);
  });

  it('flags "It\'s just that" opening news prose, suggesting "However,", not inside a quote', () => {
    const f = found('The bridge reopened on Friday. It\'s just that the heavy trucks still have to use the old road to the port.');
    expect(f.map((x) => x.text)).toEqual(["It's just that"]);
    expect(f[0]?.suggestions?.[0]).toBe('However,');
    expect(found('"It\'s just that I never liked the old road to the port," she said.')).toEqual([]);
    expect(found('It was just that kind of day for the team.')).toEqual([]);
  });

  it('flags ", but" after a concessive clause, suggesting to drop "but", not a main clause before the "but"', () => {
    const f = found('Although the harvest was small this year, but the farmers kept their prices low.');
    expect(f.map((x) => x.text)).toEqual([', but']);
    expect(f[0]?.suggestions?.[0]).toBe(',');
    expect(found('"Even though in terms of volume, the harvest was small, but prices stayed low," he said.').map((x) => x.text)).toEqual([', but']);
    expect(found('Despite the heavy rain, but the parade went ahead.').map((x) => x.text)).toEqual([', but']);
    expect(found('Although the harvest was small, the farmers kept their prices low.')).toEqual([]);
    expect(found('Though tired, the rescuers kept digging, but the rain made it hard.')).toEqual([]);
    expect(found('Although the harvest was small, prices stayed low, but nobody knows why.')).toEqual([]);
  });

  it('flags a sentence that is only a "So that" clause, not one with a main clause or "that" as a pronoun', () => {
    expect(found('The drains were blocked for weeks. So that the water rose into the houses on Friday night.').map((x) => x.text)).toEqual(['So that']);
    expect(found('Prices rose in May. So that the families spent their savings, including the holiday bonus.').map((x) => x.text)).toEqual(['So that']);
    expect(found('So that the water could drain away, the workers opened the gates.')).toEqual([]);
    expect(found('So that is why the road was closed.')).toEqual([]);
    expect(found('So that particular bridge was never repaired after the flood.')).toEqual([]);
    expect(found('He came home late every night. So that I would go to work alone in the morning.')).toEqual([]);
    expect(found('"So that\'s the plan for the weekend," she said.')).toEqual([]);
    expect(found('So that the water drains away, how many gates must we open?')).toEqual([]);
  });
});
