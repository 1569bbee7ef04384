// @vitest-environment node
// General shapes of real news (round M: a disaster told without a name), in invented words: a rule must hold
// for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date: string) => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const events = (fb: Fb) =>
  fb.entities.filter((e) => e.type === 'event').map((e) => ({ name: e.name, date: e.date ?? null, place: fb.entities.find((x) => x.id === e.place)?.name ?? null }));

describe('general shapes (round M)', () => {
  it('an unnamed bridge that fell, told in three ways in three ledes, is one event where the ledes place it', () => {
    const fb = buildAll(
      [
        'Prime Minister Ana Lind declared on Wednesday a state of emergency covering the region around Portmere after a bridge collapse killed 39 people. Lind spoke to reporters.',
        'The government called on managers at Tesk Group to resign following the collapse of a bridge in the northern city of Portmere that killed at least 39 people. Lind said it was a tragedy.',
        'Thirty-five people are believed to have been killed after a motorway bridge collapsed Tuesday in the port city of Portmere. Rescuers searched the site.',
      ],
      '2024-05-15',
    );
    expect(events(fb)).toEqual([{ name: 'Portmere bridge collapse', date: '2024-05-14', place: 'Portmere' }]);
  });

  it('the day told after the structure dates it; without one, it is the news of the days before the story', () => {
    const told = buildAll(['A footbridge collapsed on Sunday in the town of Velkor, injuring twelve people. Police closed the park.'], '2024-05-15');
    expect(events(told)).toEqual([{ name: 'Velkor footbridge collapse', date: '2024-05-12', place: 'Velkor' }]);
    const lede = buildAll(['Rescuers searched the rubble after a building collapse in Velkor killed four people. Police closed the street.'], '2024-05-15');
    expect(events(lede).map((e) => e.name)).toEqual(['Velkor building collapse']);
    // "the region around X" places it too
    const around = buildAll(['Ana Lind declared a state of emergency in the region around Velkor after a tunnel collapse killed nine people. Lind later flew to the city of Velkor.'], '2024-05-15');
    expect(events(around).map((e) => e.name)).toEqual(['Velkor tunnel collapse']);
  });

  it('a collapse that may come, or one told after the lede, is no event of the day', () => {
    expect(events(buildAll(['A bridge could collapse in Velkor, engineers said on Tuesday. Ana Lind agreed.'], '2024-05-15'))).toEqual([]);
    expect(
      events(buildAll(['Ana Lind spoke in Velkor on Tuesday about roads. She said a bridge collapsed there once, long before she was born.'], '2024-05-15')),
    ).toEqual([]);
  });

  it('"the collapse of a bridge in the city of X that killed 39": one event, the collapse', () => {
    const fb = buildAll(['The government acted on Wednesday following the collapse of a bridge in the northern city of Portmere that killed at least 39 people. Ana Lind spoke.'], '2024-05-15');
    expect(events(fb).map((e) => e.name)).toEqual(['Portmere bridge collapse']);
  });

  it('"due to sit for the first time since the party\'s win in a Nov. 8 election": a time measured from is past', () => {
    const fb = buildAll(
      ["The army seized power hours before parliament had been due to sit for the first time since the Harbour Party's landslide win in a Nov. 8 general election. Ana Lind was detained."],
      '2021-02-01',
    );
    expect(events(fb).map((e) => [e.name, e.date])).toEqual([['general election', '2020-11-08']]);
  });

  it('"State Counsellor Ana Lind", "Councillor Ana Lind": a counsellor\'s and a councillor\'s are offices', () => {
    const fb = buildAll(['Reports say a coup has taken place in Zembla and State Counsellor Ana Lind has been detained. Lind won the vote.'], '2021-02-01');
    const lind = fb.entities.find((e) => e.name === 'Ana Lind');
    expect(lind?.type).toBe('person');
    expect(lind?.description).toContain('State Counsellor');
    expect(fb.entities.map((e) => e.name)).not.toContain('State Counsellor Ana Lind');
    const councillor = buildAll(['Councillor Oru Tesk of Velkor said on Monday the road would reopen. Tesk spoke at the town hall.'], '2021-02-01');
    expect(councillor.entities.find((e) => e.name === 'Oru Tesk')?.description).toContain('Councillor');
  });

  it('"Senior General Min Tor Velk": a rank before a name whose first word reads as a unit of time', () => {
    const fb = buildAll(['Power was handed to the head of the armed forces, Senior General Min Tor Velk, who is under sanctions. Velk spoke on Monday.'], '2021-02-01');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description])).toEqual([['Min Tor Velk', 'Senior General']]);
  });

  it('"the coalition\'s partners Five Harbours Movement and Tesk League": a body\'s own word closes its name', () => {
    const fb = buildAll(['The calls came from the deputy premiers Ana Lind and Tor Velk, heads of the ruling coalition\'s partners Five Harbours Movement and Tesk League.'], '2021-02-01');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['Five Harbours Movement', 'Tesk League']);
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Ana Lind', 'Tor Velk']);
  });

  it('"Federal Tesk Reserve Chairman Tor Velk" opening a sentence: a word bodies\' names open with stays in the body\'s', () => {
    const fb = buildAll(['Banks are resilient, she said. Federal Tesk Reserve Chairman Tor Velk and Finance Minister Ana Lind spoke on Sunday.'], '2023-03-20');
    const orgs = fb.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toContain('Federal Tesk Reserve');
    expect(orgs).not.toContain('Tesk Reserve');
  });

  it('"Bill Velkor" and "William Velkor", "Alex Tesk" and "Alexander Tesk": a given name and its short form are one person', () => {
    const fb = buildAll(['Bill Velkor spoke in Portmere on Monday.', 'William Velkor, the mayor, said the port would reopen.', 'Alex Tesk said on Tuesday that talks went well.', 'Alexander Tesk met the mayor.'], '2024-05-15');
    const people = fb.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name).sort()).toEqual(['Alex Tesk', 'Bill Velkor']);
    expect(people.find((e) => e.name === 'Bill Velkor')?.aliases).toContain('William Velkor');
    // "Dan" and "Dana" are two names; so are two people who share only a surname
    const two = buildAll(['Dan Harlow spoke in Portmere on Monday.', 'Dana Harlow, the mayor, said the port would reopen.', 'Oru Harlow, the deputy mayor, said the port was safe.'], '2024-05-15');
    expect(two.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Dan Harlow', 'Dana Harlow', 'Oru Harlow']);
  });
});
