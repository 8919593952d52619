import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';

/**
 * Native English news on markets and company results, Korean and Japanese politics, space, health
 * systems, K-pop, education, festivals, shipping, energy and sport: constructions that must not
 * read as translation slips. Every sentence is written for this test; the must-flag cases beside
 * them keep each guard narrow.
 */

describe('native precision, round six (markets, East Asian politics, science, culture)', () => {
  it('"Won" before a present -s verb in a headline is the currency, not the past of "win"', () => {
    expect(findings('South Korean Won Slides to Six-Month Low on Chip Selloff\nThe won fell 0.8% against the dollar on Tuesday.', 'verb-form')).toEqual([]);
    // A past verb with an object in a headline is still reported.
    expect(findings('Governor Opened New Bridge Over the River\nThe bridge links two districts.', 'verb-form')).toEqual(['Opened']);
  });

  it('an agency whose name opens with a country name is a proper name in wire copy', () => {
    expect(findings('Japan Aerospace Exploration Agency (JAXA) said the probe had entered lunar orbit.', 'article-number')).toEqual([]);
    expect(findings('Korea Fair Trade Commission fined the retailer 2 billion won on Friday.', 'article-number')).toEqual([]);
    // A generic institution as a bare subject is still reported.
    expect(findings('Meteorological Agency warned of high waves along the southern coast.', 'article-number')).toEqual(['Meteorological Agency']);
  });

  it('"there were" after "if" is the subjunctive and takes a mass or singular noun', () => {
    expect(findings('Fewer patients would queue in emergency rooms if there were better access to family doctors.', 'article-number')).toEqual([]);
    expect(findings('Fewer patients would queue if there were better coordination between the clinics.', 'article-number')).toEqual([]);
    expect(findings('Residents said there were many problem with the new buses.', 'article-number')).toEqual(['problem']);
  });

  it('a wire date between the dateline and its dash is part of the dateline', () => {
    const story = 'Exports rise for third month\nSEOUL Oct 25 (Reuters) - South Korea\'s exports rose for a third straight month in October, trade data showed on Friday.';
    expect(findings(story, 'punctuation')).toEqual([]);
    const afp = 'Tokyo shares close higher\nTOKYO Sept 7 (AFP) - Tokyo stocks closed higher on Thursday as a weaker yen lifted exporters.';
    expect(findings(afp, 'punctuation')).toEqual([]);
    // A place run straight into the lead is still reported.
    const glued = 'Floods hit the capital\nMANILA Until Friday evening, residents of three districts were told to stay indoors.';
    expect(findings(glued, 'punctuation')).toEqual(['MANILA Until']);
  });

  it('a capitalised word after a given name is a surname, not a misspelled word', () => {
    expect(findings('Exports rose in October.\n(Writing by Anna Whitfield; Editing by Simon Pullin)', 'spelling')).toEqual([]);
    // Inside a name that is no person's, a slip is still caught.
    expect(findings('The case goes to the North Jakarta Distric Court next week.', 'spelling')).toEqual(['Distric']);
  });

  it('a spelling used only inside quotation marks is the speaker\'s, not the writer\'s', () => {
    const text = 'The singer, whose real name is Kim Min-seok, left the base on Tuesday. "Minseok, welcome home," one banner read. "We waited for you, Minseok," read another.';
    expect(findings(text, 'entity-consistency')).toEqual([]);
    // Two spellings in the writer's own sentences are still reported.
    const mixed = 'Park Ji-sung scored twice on Saturday. Park Jisung then told reporters the team had earned the win, and Park Jisung thanked the fans.';
    expect(findings(mixed, 'entity-consistency')).toEqual(['Ji-sung']);
  });

  it('"on site" and "in person" need no article', () => {
    expect(findings('The agency urged fans not to travel to the venue on site, citing safety concerns.', 'noun-countability', false)).toEqual([]);
    expect(findings('Officers found the drugs under small table in the kitchen.', 'noun-countability', false)).toEqual(['small table']);
  });

  it('bulk-carrier size classes are words of shipping English', () => {
    expect(findings('Brokers said handymax and supramax rates rose, while capesize and kamsarmax bulkers lagged.', 'spelling')).toEqual([]);
    expect(findings('The owner said the new vesels performed well.', 'spelling')).toEqual(['vesels']);
  });
});
