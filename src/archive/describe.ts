/** One-line identities for the card: a person's role as the archive states it. */
import type { LocalEntity, Role } from './local';

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
      const other = others.find((p) => p.roles.some((r) => r.sentence === role.sentence && plain(r))) ?? (others.length === 1 ? others[0] : undefined);
      const otherRole = other?.roles.find((r) => r.sentence === role.sentence && plain(r)) ?? other?.roles.find(plain);
      if (!other || !otherRole) return role;
      const office = [role.nationality, otherRole.rest].filter(Boolean).join(' ');
      return { ...role, text: `${office}, counterpart of ${other.name}`, rest: otherRole.rest };
    });
  }
}

/** The role to show: the most often stated, then the most specific (longest), then the first. */
export function chooseDescription(roles: Role[]): string | undefined {
  if (!roles.length) return undefined;
  const counts = new Map<string, number>();
  for (const r of roles) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
  return best.charAt(0).toUpperCase() + best.slice(1);
}
