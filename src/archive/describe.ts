/** One-line identities for the card: a person's role as the archive states it. */
import type { DatedRole, LocalEntity, Role } from './local';

/**
 * "his Thai counterpart Lim Yanping" next to "UK trade envoy Ada Okafor": the counterpart holds the same
 * office for the other side, so the role reads "Thai trade envoy, counterpart of Ada Okafor".
 */
export function resolveCounterparts(entities: LocalEntity[]): void {
  const people = entities.filter((e) => e.type === 'person');
  for (const person of people) {
    person.roles = person.roles.map((role) => {
      if (!/\bcounterpart\b/i.test(role.rest)) return role;
      // the other side: a person in the same sentence, with the role stated there or elsewhere in the article
      const plain = (r: Role) => !/\bcounterpart\b/i.test(r.rest);
      const others = people.filter((p) => p !== person && p.mentions.some((m) => m.sentence === role.sentence));
      // "A's chairman X and his Ostrel Bank counterpart Y": the nearest person before, with an office there
      const at = (p: LocalEntity) => Math.min(...p.mentions.filter((m) => m.sentence === role.sentence).map((m) => m.start));
      const here = at(person);
      const before = others.filter((p) => at(p) < here && p.roles.some((r) => r.sentence === role.sentence && plain(r))).sort((a, b) => at(b) - at(a));
      const other = before[0] ?? others.find((p) => p.roles.some((r) => r.sentence === role.sentence && plain(r))) ?? (others.length === 1 ? others[0] : undefined);
      const otherRole = other?.roles.find((r) => r.sentence === role.sentence && plain(r)) ?? other?.roles.find(plain);
      if (!other || !otherRole) return role;
      // the office without the other side's body ("Velkor chairman" -> "chairman"), with this side's body if named
      const body = entities.find((e) => e.type === 'organization' && otherRole.rest.startsWith(`${e.name} `));
      const office = body ? otherRole.rest.slice(body.name.length + 1) : otherRole.rest;
      const own = role.rest.replace(/\bcounterparts?\b.*$/i, '').trim();
      const mine = entities.some((e) => e.type === 'organization' && e.name === own) ? own : undefined;
      const text = [role.nationality, mine, office].filter(Boolean).join(' ');
      return { ...role, text: `${text}, counterpart of ${other.name}`, rest: office };
    });
  }
}

/** The role to show: the latest article's, the most often stated there, then the most specific, then the first. */
export function chooseDescription(roles: DatedRole[]): string | undefined {
  if (!roles.length) return undefined;
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; Math.max would make them numbers
  const latest = roles.reduce((d, r) => (r.date > d ? r.date : d), '');
  const now = roles.filter((r) => r.date === latest);
  const held = now.filter((r) => !r.ended);
  let pick = held.length ? held : now;
  // what someone does before whose relative they are ("whale whisperer" before "father of X")
  if (pick.some((r) => !r.kin)) pick = pick.filter((r) => !r.kin);
  const counts = new Map<string, number>();
  for (const r of pick) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  let best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
  // a role that ended, stated as held ("envoy X stepped down"): say it is over
  if (!held.length && !/\b(former|ex|outgoing)\b/i.test(best)) best = /'s /.test(best) ? best.replace(/'s /, "'s former ") : `former ${best}`;
  return best.charAt(0).toUpperCase() + best.slice(1);
}

/** One office in a person's history: first and last stated, and when it ended if the archive says so. */
export interface RoleSpan {
  text: string;
  from: string;
  to: string;
  until?: string;
  articles: string[];
}

/**
 * A person's roles over time, oldest first: the statements of one office (same words after the side it
 * belongs to) folded into one span, ended at the first article that says it is over.
 */
export function roleHistory(roles: DatedRole[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  const sorted = [...roles].sort((a, b) => a.date.localeCompare(b.date) || a.sentence - b.sentence);
  for (const r of sorted) {
    const key = r.rest.toLowerCase().replace(/^(former|ex|outgoing)\s+/, '');
    const span = spans.get(key);
    if (!span) {
      spans.set(key, { text: r.text.replace(/^(former|ex|outgoing)\s+/i, ''), from: r.date, to: r.date, articles: [r.article], ...(r.ended ? { until: r.date } : {}) });
      continue;
    }
    span.to = r.date;
    if (!span.articles.includes(r.article)) span.articles.push(r.article);
    if (r.text.length > span.text.length && !r.ended) span.text = r.text;
    if (r.ended && !span.until) span.until = r.date;
  }
  return [...spans.values()].sort((a, b) => a.from.localeCompare(b.from) || a.text.localeCompare(b.text));
}
