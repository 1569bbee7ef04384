// @vitest-environment node
// General shapes of real news (round U, from a corpus labelled blind and measured once before these rules), in
// invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';
import { creditParagraphs } from '../../../src/archive/credits';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const two = (x: string, y: string) => buildFactBase([article('a.txt', '2025-01-01', x), article('b.txt', '2025-02-01', y)]).entities;

describe('general shapes (round U)', () => {
  it('one body whether its name writes its small words ("and", "of") or leaves them out, named in full', () => {
    const bodies = two('The deal was cleared by the Harbour Fisheries Tribunal on Monday.', 'The Harbour and Fisheries Tribunal (HFT) gave its approval, the tribunal said.').filter((e) => e.type === 'organization');
    expect(bodies.map((e) => e.name)).toEqual(['Harbour and Fisheries Tribunal']);
    expect(bodies[0]!.aliases).toContain('Harbour Fisheries Tribunal');
    // (other words make another body)
    const other = two('The Harbour Fisheries Tribunal met on Monday.', 'The Harbour Shipping Tribunal met on Friday.').filter((e) => e.type === 'organization');
    expect(other).toHaveLength(2);
  });

  it('"Co-Founder", "Co-Chair": an office with "co-" before it is no one, and no company\'s "Co"', () => {
    const one = (body: string) => buildFactBase([article('c.txt', '2025-01-01', body)]).entities;
    const office = one('Ana Lind runs the Tesk Ledger. She is Co-Founder, CEO and Executive Editor of Tesk Ledger, a news website.');
    expect(office.map((e) => e.name).filter((n) => /Co|Founder/.test(n))).toEqual([]);
    const employer = one('Velkor Co-Founder Ivo Marr said the plan was over.');
    expect(employer.find((e) => e.name === 'Ivo Marr')?.description).toBe('Velkor Co-Founder');
    expect(employer.map((e) => e.name)).not.toContain('Velkor Co');
  });

  it('"A and the first president of <place>, <name>,": the office before the comma is the name\'s, after "and" and an ordinal too', () => {
    const fb = buildFactBase([article('o.txt', '2025-01-01', 'In 1990 the medal was awarded to activist Ana Lind and the first president of Zembla, Ivo Marr.')]);
    expect(fb.entities.find((e) => e.name === 'Ivo Marr')?.description).toMatch(/^First president of Zembla$/i);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toMatch(/activist/i);
  });

  it('a venue "at <name>, <known city>" or "at <name> in <known city>" is a place; a body there stays a body', () => {
    const fb = buildFactBase([article('v.txt', '2025-01-01', 'The prize was handed over at a ceremony held at Old Marrowgate, London, last night. The rest of the team works at Tesk Partners in Paris.')]);
    expect(fb.entities.find((e) => e.name === 'Old Marrowgate')?.type).toBe('place');
    expect(fb.entities.find((e) => e.name === 'Tesk Partners')?.type).toBe('organization');
  });

  it('an acronym stands for a body whose name a country opens, the country left out ("the FTC" of "the US Federal Trade Commission")', () => {
    const fb = buildFactBase([article('f.txt', '2025-01-01', 'The deal was opposed by the US Harbour Fisheries Board. Last July the HFB lost its case in court.')]);
    const bodies = fb.entities.filter((e) => e.type === 'organization');
    expect(bodies.map((e) => e.name)).toEqual(['US Harbour Fisheries Board']);
    expect(bodies[0]!.aliases).toContain('HFB');
  });

  it('"the death toll from the earthquake that hit <province> rose on Wednesday": that day is the toll\'s; "the quake struck on Sunday" dates the quake', () => {
    const quake = buildFactBase([
      article('q.txt', '2025-08-06', 'The death toll from the earthquake that hit the northern province of Velkor rose to nearly 600 people on Wednesday.\n\nRescue efforts in the remote region, where the 6.1-magnitude quake struck on Sunday, were badly hampered.'),
    ]).entities.filter((e) => e.type === 'event');
    expect(quake.map((e) => [e.name, e.date])).toEqual([['Velkor earthquake', '2025-08-03']]);
  });

  it('one day\'s quake placed in a county by one article and in a province by another, of one country, is one, named by its place', () => {
    const fb = buildFactBase([
      article('a.txt', '2025-08-03', 'The death toll for Sunday\'s earthquake in Peru had risen to 381 people. The disaster struck Sunday at 0830 UTC.'),
      article('b.txt', '2025-08-04', 'A 6.1-magnitude earthquake struck Tesk county in Peru on Sunday, killing hundreds.'),
      article('c.txt', '2025-08-06', 'The death toll from the earthquake that hit Peru\'s northern province of Velkor rose to nearly 600 people on Wednesday.\n\nRescue efforts in the remote region, where the quake struck on Sunday, were badly hampered.'),
    ]);
    const quakes = fb.entities.filter((e) => e.type === 'event');
    expect(quakes.map((e) => [e.date, [...e.articles].length])).toEqual([['2025-08-03', 3]]);
    // (named by a place, not by its year)
    expect(quakes[0]!.name).toMatch(/^\p{Lu}\p{Ll}+ earthquake$/u);
  });

  it('"X, a news website", "X, a local newspaper": a medium told by an apposition is a body, though a clause without "that" follows', () => {
    const fb = buildFactBase([article('m.txt', '2025-01-01', 'Lind in 2012 co-founded Teskwire, a news website the committee said had exposed the fraud. The story was first reported by Velkor Daily, a local newspaper.')]);
    expect(fb.entities.find((e) => e.name === 'Teskwire')?.type).toBe('organization');
    expect(fb.entities.find((e) => e.name === 'Velkor Daily')?.type).toBe('organization');
  });

  it('"the final quarter of 2025", "the final half": a stage\'s word before a span of time is no event', () => {
    const fb = buildFactBase([article('h.txt', '2025-08-03', 'Inflation will probably fall below 5% in the final quarter of 2025, the bank said. Prices rose in the final half of the year.')]);
    expect(fb.entities.filter((e) => e.type === 'event')).toEqual([]);
  });

  it('people of unknown names: "according to X, a <noun> at <body>", "X, an expert … at <a body of three words>, told", "X, 27, Y, 47, and Z, 39"', () => {
    const people = (body: string) => buildFactBase([article('p.txt', '2025-01-01', body)]).entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people('The lava flow has since slowed, according to Bodvar Teskvik, a natural disaster expert at the Velkor Weather Office.')).toEqual(['Bodvar Teskvik']);
    expect(people('When asked, Benedikt Orrason, an expert in quake activity at the Velkor Meteorological Office, told the broadcaster: “Yes.”')).toEqual(['Benedikt Orrason']);
    expect(people('The crew members — Yoshiki Tamura, 27, Makoto Ono, 47, and Wataru Teskawa, 39 — died.')).toEqual(['Makoto Ono', 'Wataru Teskawa', 'Yoshiki Tamura']);
    // (a body's figure "according to" it, or a firm, is no one's; a place with a number after it is no one)
    expect(people('Sales doubled, according to Tesk Research, double the number in 2017. It rose, according to Velkor Analytics, a consulting firm.')).toEqual([]);
    expect(people('Results: Portmere, 12, Velkor City, 10.')).toEqual([]);
  });

  it('the words of a work\'s title are no names: a quoted title, or "<Word> of a <Word>"', () => {
    // (the dateline's city left out)
    const names = (body: string) => buildFactBase([article('w.txt', '2025-01-01', body)]).entities.map((e) => e.name).filter((n) => n !== 'Portmere').sort();
    expect(names('The second prize went to Ana Tesk\'s "Zone of Velkor," about a family living next to a camp.')).toEqual(['Ana Tesk']);
    expect(names('The jury gave the award to Ana Lind for Anatomy of a Harbour, a legal drama.')).toEqual(['Ana Lind']);
  });

  it('"became the third director to win … on Saturday": done, the Saturday before; "Britain\'s 58th Prime Minister" is no place', () => {
    const fb = buildFactBase([article('n.txt', '2025-05-26', 'Ana Lind became the third director to win the Velkor Film Festival\'s Golden Gull on Saturday. Ivo Marr became Britain\'s 58th Prime Minister.')]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => e.date)).toEqual(['2025-05-24']);
    expect(fb.entities.map((e) => e.name).filter((n) => /Prime Minister/.test(n))).toEqual([]);
  });


  it('"the Tesk prefecture", "the Velkor oblast": a place\'s kind in lower case after its name is another form of it', () => {
    const fb = buildFactBase([article('k.txt', '2025-01-01', 'Aid went to victims of an earthquake in the Tesk prefecture. Fighting reached the Velkor oblast on Monday.')]);
    expect(fb.entities.find((e) => e.name === 'Tesk')?.aliases).toContain('Tesk prefecture');
    expect(fb.entities.find((e) => e.name === 'Velkor')?.aliases).toContain('Velkor oblast');
  });

  it('"U.S. Bankruptcy Judge X": bankruptcy qualifies the judge\'s office and names no body; the court is one', () => {
    const fb = buildFactBase([article('b.txt', '2025-01-01', 'U.S. Bankruptcy Judge Ana Lind approved the plan on Monday. The case went to the U.S. Bankruptcy Court in Portmere.')]);
    const bodies = fb.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(bodies).toEqual(['U.S. Bankruptcy Court']);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toMatch(/Bankruptcy Judge/);
  });

  it('"held the X Cup aloft" is the trophy; "held the X Cup in 2010" is still the tournament', () => {
    const typeOf = (body: string, name: string) => buildFactBase([article('t.txt', '2025-01-01', body)]).entities.find((e) => e.name === name)?.type;
    expect(typeOf('Captain Ana Lind held the Velkor Ellis Cup aloft after the final.', 'Velkor Ellis Cup')).toBe('award');
    expect(typeOf('Zembla held the Tesk Cup in 2010.', 'Tesk Cup')).toBe('event');
  });

  it('"signalling an imminent eruption", "a possible new strike": a risk is no event', () => {
    const events = buildFactBase([article('r.txt', '2025-01-14', 'A volcanic eruption began near Velkor on Sunday.\n\nThe town was evacuated in November in response to quakes signalling an imminent eruption. Unions warned of a possible new strike in March.')]).entities.filter((e) => e.type === 'event');
    expect(events.map((e) => e.date)).toEqual(['2025-01-12']);
  });
});

describe('round U, after review', () => {
  const build = (...paragraphs: string[]) => buildFactBase([article('r.txt', '2024-05-02', paragraphs.join('\n\n'))]).entities;
  const typeOf = (entities: ReturnType<typeof build>, name: string) => entities.find((e) => e.name === name)?.type;

  it('"<Word> of a <Word>" is a title only between two plain words: "John Tesk of a Velkor-based think tank" is a person and a place', () => {
    const e = build('Prices will rise, said Ana Lind of a Portmere-based think tank. Maria Garcia of a Velkor law firm said the deal was legal.');
    expect(typeOf(e, 'Ana Lind')).toBe('person');
    expect(typeOf(e, 'Maria Garcia')).toBe('person');
  });

  it('a country\'s name that is part of a body\'s name stays in its acronym: "NOC" is no "Peru National Oil Corporation"', () => {
    const e = build('Peru National Oil Corporation said output rose. Delegates to the NOC, the country\'s parliament, approved the plan.');
    expect(e.find((x) => x.name === 'Peru National Oil Corporation')?.aliases ?? []).not.toContain('NOC');
  });

  it('"X, a nuclear site" or "a launch site" is no body', () => {
    const e = build('Cape Velkor, a launch site, was closed on Monday.');
    expect(typeOf(e, 'Cape Velkor')).not.toBe('organization');
  });

  it('"an economist at Tesk Partners in London" works at a body, not a place', () => {
    const e = build('Prices will fall, said Ana Lind, an economist at Velkor Marrow in London.');
    expect(typeOf(e, 'Velkor Marrow')).not.toBe('place');
  });

  it('"according to X, a pollster" or "a nonprofit" is no person', () => {
    const e = build('Fees rose, according to Morning Tesk, a pollster. Prices fell, according to Velkor Watch, a nonprofit that tracks prices.');
    expect(typeOf(e, 'Morning Tesk')).not.toBe('person');
    expect(typeOf(e, 'Velkor Watch')).not.toBe('person');
  });

  it('scores and sales figures between commas are no ages', () => {
    const e = build('Final scores: Velkor United, 3, Tesk Rovers, 1. The top sellers were Golden Harvest, 12, and Silver Spoon, 9.');
    expect(e.filter((x) => x.type === 'person').map((x) => x.name)).toEqual([]);
  });

  it('"the Democrats\' Senate majority", "Athens\' Acropolis Museum": a possessive still ends a name', () => {
    const e = build('The Democrats\' Senate majority shrank. Athens\' Acropolis Museum reopened.');
    expect(e.map((x) => x.name).filter((n) => n.includes('Senate') && n.includes('Democrats'))).toEqual([]);
    expect(e.map((x) => x.name)).not.toContain('Athens Acropolis Museum');
  });

  it('"was the first leader to announce plans to attend the summit on Sunday" looks ahead', () => {
    const e = build('Ana Lind was the first leader to announce plans to attend the Tesk Summit on Sunday.');
    expect(e.find((x) => x.type === 'event')?.date).toBe('2024-05-05');
  });

  it('a writer whose photo credit is in the story is still the writer: the bio stays a credit', () => {
    const story = ['The port reopened on Monday, officials said. (Photo by Ana Lind for Tesk News)', 'Ships queued outside the harbour.', 'Ana Lind is a staff writer for Tesk News based in Portmere.'];
    expect([...creditParagraphs(story)]).toEqual([2]);
  });

  it('two same-day quakes in two countries stay two', () => {
    const quakes = buildFactBase([
      article('a.txt', '2025-08-04', 'A 6.1-magnitude earthquake struck Tesk province on Sunday, killing 12 people.'),
      article('b.txt', '2025-08-04', 'A 5.8-magnitude earthquake struck the Chilean region of Velkor on Sunday, killing two.'),
    ]).entities.filter((x) => x.type === 'event');
    expect(quakes).toHaveLength(2);
  });
});
