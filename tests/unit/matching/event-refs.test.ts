import { describe, expect, it } from 'vitest';
import { matchText } from '../../../src/matching/index';
import { matcher } from './fixture';

/** "word→id" for each event the text describes without naming it. */
function described(text: string, pageDate?: string): string[] {
  return matchText(matcher, text, { pageDate })
    .mentions.filter((m) => m.reason === 'event-described')
    .map((m) => `${text.slice(m.start, m.end)}→${m.id}`);
}

describe('an event described by its participants, near its date', () => {
  it.each([
    // the day before, the day of, the day after (day-precision event of 2023-11-15)
    ['2023-11-14', 'Joe Biden will hold a summit with Xi Jinping in the hills tomorrow.', ['summit→biden-xi-meeting']],
    ['2023-11-15', 'Joe Biden and Xi Jinping shook hands at a tense meeting in the hills.', ['meeting→biden-xi-meeting']],
    ['2023-11-16', 'Joe Biden called Wednesday’s talks with Xi Jinping useful.', ['talks→biden-xi-meeting']],
    // one participant in the sentence is enough after "with", when the other is on the page
    ['2023-11-14', 'Joe Biden landed on Monday. He is due to hold a summit with Xi on Wednesday.', ['summit→biden-xi-meeting']],
    // a month-precision event, a week before its month
    ['2023-06-24', 'John Kerry’s upcoming talks with Xie Zhenhua were confirmed.', ['talks→kerry-xie-talks']],
    // "the summit" later in the story is the event already described
    ['2023-11-15', 'Joe Biden and Xi Jinping met at a summit. Fentanyl was on the table. After the summit, Xi flew home.', ['summit→biden-xi-meeting', 'summit→biden-xi-meeting']],
    // ...or already named
    ['2023-11-15', 'The Biden-Xi meeting began late. Reporters waited outside the closed meeting for hours.', ['meeting→biden-xi-meeting']],
    // ...the latest event named before it whose own names use the word, not merely the latest event named
    ['2023-11-15', 'Leaders came to the APEC summit. COP28 was close, too. The two-day summit ended on Friday.', ['summit→apec-summit']],
  ])('%s: %s', (date, text, expected) => expect(described(text, date)).toEqual(expected));
});

describe('what is not a description of the archive event', () => {
  it.each([
    // a different round months later, with the same people
    ['2024-03-01', 'Joe Biden and Xi Jinping will hold talks again in the spring.'],
    // a year written next to the word is another meeting of theirs
    ['2023-11-15', 'Joe Biden and Xi Jinping last met at a summit in November 2022.'],
    // one participant and no "with": the meeting of someone else
    ['2023-11-15', 'Joe Biden spoke. Xi Jinping attended a meeting of party leaders.'],
    // a named other summit: "the APEC summit"
    ['2023-11-15', 'Joe Biden and Xi Jinping flew to the APEC summit.'],
    // capitalised: part of a name
    ['2023-11-15', 'Joe Biden and Xi Jinping skipped the East Asia Summit.'],
    // no page date: nothing to compare with
    [undefined, 'Joe Biden and Xi Jinping shook hands at a tense meeting.'],
    // "the meeting" with no event named or described before it
    ['2023-11-15', 'The meeting of the board ran late.'],
  ])('%s: %s', (date, text) => expect(described(text, date)).toEqual([]));
});

describe('another occurrence of the same kind of event', () => {
  it.each([
    ['2023-11-14', 'Joe Biden greets Xi Jinping before an earlier round of talks.'],
    ['2023-11-14', 'Last year Joe Biden met Xi Jinping on the eve of a summit in the south.'],
  ])('%s: %s', (date, text) => expect(described(text, date)).toEqual([]));

  it('a time word after the event word is its own time', () => {
    expect(described('John Kerry and Xie Zhenhua, whose talks last month set the tone, spoke again.', '2023-08-02')).toEqual(['talks→kerry-xie-talks']);
  });
});
