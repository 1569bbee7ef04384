/** A plain-text table of a quality score, for the test log. Pure. */
import { TYPES, type Counts, type Fraction, type Rates, type Score } from './score';

const pct = (x: number): string => x.toFixed(3);
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const row = (label: string, r: Rates): string =>
  `${label.padEnd(14)}${pad(r.gold, 6)}${pad(r.predicted, 6)}${pad(r.matched, 7)}${pad(pct(r.recall), 8)}${pad(pct(r.precision), 11)}${pad(pct(r.f1), 7)}`;
const frac = (f: Fraction): string => `${f.correct}/${f.total} = ${pct(f.rate)}`;
const short = (c: Counts): string => `${c.matched}/${c.gold} (pred ${c.predicted})`;

export function formatScore(score: Score, { details = true } = {}): string {
  const lines = [
    `Fact base quality: ${score.articles.length} gold articles (entities micro-averaged)`,
    `${'type'.padEnd(14)}${pad('gold', 6)}${pad('pred', 6)}${pad('match', 7)}${pad('recall', 8)}${pad('precision', 11)}${pad('F1', 7)}`,
    ...TYPES.map((t) => row(t, score.byType[t])),
    row('overall', score.overall),
    `roles (people with a stated role): ${frac(score.roles)}`,
    `event dates (events found, dated right): ${frac(score.eventDates)}`,
    `splits (one real thing, several entities): ${score.splits.length}${score.splits.length ? `: ${score.splits.map((x) => `${x.key} → ${x.ids.join(', ')}`).join('; ')}` : ''}`,
    `conflations (one entity, several real things): ${score.conflations.length}${score.conflations.length ? `: ${score.conflations.map((x) => `${x.id} ← ${x.keys.join(', ')}`).join('; ')}` : ''}`,
    '',
    'per article  (matched/gold, predicted)',
  ];
  for (const a of score.articles) {
    lines.push(`  ${a.file}: ${TYPES.filter((t) => a.byType[t].gold || a.byType[t].predicted).map((t) => `${t} ${short(a.byType[t])}`).join('  ')}`);
    if (!details) continue;
    if (a.missed.length) lines.push(`    missed:   ${a.missed.map((m) => `${m.name} [${m.type}]`).join('; ')}`);
    if (a.spurious.length) lines.push(`    spurious: ${a.spurious.map((m) => `${m.name} [${m.type}]`).join('; ')}`);
    for (const f of a.roles.failures) lines.push(`    role:     ${f.name}: want "${f.role}", got ${f.predicted === undefined ? 'no description' : `"${f.predicted}"`}`);
    for (const f of a.eventDates.failures) lines.push(`    date:     ${f.name}: want ${f.gold}, got ${f.predicted ?? 'no date'}`);
  }
  return lines.join('\n');
}
