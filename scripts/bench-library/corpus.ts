/**
 * A synthetic reader's archive for the library bench: N seeds-format articles of about 250 words in the
 * shapes news text has (a dateline, people introduced with a role, organisations and places, quotes,
 * dated meetings), naming invented people, organisations and places (pseudo-words, so no name collides
 * with English or with the seed). Names recur across articles the way they do in a real archive: a few
 * very often, most rarely (Zipf over a pool that grows with the archive). Deterministic for a given N.
 */
import { fullName as personName, surname as personSurname } from '../../tests/unit/matching/synthetic';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = ['minister of finance', 'foreign minister', 'chief executive', 'spokeswoman', 'union leader', 'mayor', 'envoy for trade', 'chair of the board'];
const ORG_KINDS = ['Institute', 'Council', 'Party', 'Bank', 'Agency', 'Union', 'Company', 'Foundation'];
const TOPICS = ['the port strike', 'a new trade deal', 'the housing plan', 'flood defences', 'the rail tender', 'a tax reform', 'the water dispute', 'election rules'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const organisation = (i: number) => `${personSurname(i + 500_000)} ${ORG_KINDS[i % ORG_KINDS.length]}`;
const place = (i: number) => `${personSurname(i + 900_000)}a`;

export interface SyntheticArticle {
  file: string;
  text: string;
}

/** Index in [0, pool) drawn with probability ∝ 1/(rank+1) (a Zipf law), so a few names recur very often. */
function zipf(rand: () => number, pool: number): number {
  // inverse of the harmonic CDF, approximated: H(n) ≈ ln n + 0.577
  const h = Math.log(pool) + 0.5772;
  return Math.min(pool - 1, Math.floor(Math.exp(rand() * h - 0.5772)));
}

/**
 * `count` articles; `names` moves every person, organisation and place to another part of the name space,
 * for articles whose names no other archive of this corpus has (names: 1 is a new set).
 */
export function syntheticArchive(count: number, seed = 7, names = 0): SyntheticArticle[] {
  const rand = random(seed);
  const fullName = (i: number) => personName(i + names * 200_000);
  const surname = (i: number) => personSurname(i + names * 200_000);
  const orgName = (i: number) => organisation(i + names * 50_000);
  const placeName = (i: number) => place(i + names * 50_000);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const people = Math.max(50, Math.round(count * 1.5));
  const orgs = Math.max(20, Math.round(count * 0.4));
  const places = Math.max(10, Math.round(count * 0.1));
  const out: SyntheticArticle[] = [];
  const start = Date.UTC(2015, 0, 1);
  for (let n = 0; n < count; n++) {
    const day = new Date(start + Math.floor((n * 3650) / count) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const place = placeName(zipf(rand, places));
    const [a, b, c] = [zipf(rand, people), zipf(rand, people), zipf(rand, people)];
    const [o1, o2] = [zipf(rand, orgs), zipf(rand, orgs)];
    const other = placeName(zipf(rand, places));
    const topic = pick(TOPICS);
    const weekday = pick(DAYS);
    const month = MONTHS[day.getUTCMonth()]!;
    const paragraphs = [
      `${place.toUpperCase()}: ${fullName(a)}, the ${pick(ROLES)} of ${place}, said on ${weekday} that talks on ${topic} with the ${orgName(o1)} would resume next week after a month without progress.`,
      `${surname(a)} told reporters in ${place} that the ${orgName(o1)} had agreed to send a delegation led by ${fullName(b)}, its ${pick(ROLES)}, and that both sides hoped to reach an agreement before the end of ${month}.`,
      `“We have come a long way, and we will not walk away now,” ${surname(a)} said. “The people of ${place} expect results, not more meetings.”`,
      `${fullName(b)} met ${fullName(c)} of the ${orgName(o2)} in ${other} on ${day.getUTCDate()} ${month} ${day.getUTCFullYear()} to prepare the talks, according to a statement from the ${orgName(o2)}.`,
      `The ${orgName(o2)} said ${surname(c)} would present a proposal on ${topic} that had been discussed with officials in ${other} for several weeks, and that it would publish the figures on which it was based.`,
      `Critics of the plan, including members of the ${orgName((o1 + 7) % orgs)}, said the proposal did little for families in ${place} and warned that a deal reached in haste would not last beyond the next election.`,
      `${surname(b)} declined to comment on the criticism. Talks are due to continue in ${place} on ${pick(DAYS)}.`,
    ];
    out.push({ file: `${iso}-${place.toLowerCase()}-${n}.txt`, text: `date ${iso} ${paragraphs.join('\n\n')}\n` });
  }
  return out;
}
