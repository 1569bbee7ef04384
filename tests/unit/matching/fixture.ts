/** A small invented fact base for the matcher's tests, shaped like the archive's real output. */
import { SCHEMA_VERSION, type Entity, type FactBase } from '../../../src/factbase/schema';
import { compileMatcher } from '../../../src/matching/compile';
import { prepareMatcher } from '../../../src/matching/load';

export type Spec = Pick<Entity, 'id' | 'type' | 'name'> & { aliases?: string[]; description?: string; related?: string[]; date?: string; participants?: string[]; facts?: string[] };

const specs: Spec[] = [
  { id: 'john-kerry', type: 'person', name: 'John Kerry', aliases: ['Kerry'], description: 'US climate envoy', related: ['xie-zhenhua', 'united-states', 'cop28'] },
  { id: 'xie-zhenhua', type: 'person', name: 'Xie Zhenhua', aliases: ['Xie'], description: 'Chinese climate envoy', related: ['john-kerry'] },
  { id: 'joe-biden', type: 'person', name: 'Joe Biden', aliases: ['Biden'], description: 'US President', related: ['xi-jinping', 'united-states'] },
  { id: 'xi-jinping', type: 'person', name: 'Xi Jinping', aliases: ['Xi'], description: 'Chinese leader', related: ['joe-biden', 'beijing'] },
  { id: 'han-zheng', type: 'person', name: 'Han Zheng', aliases: ['Han'], description: 'Chinese Vice President', related: ['xi-jinping'] },
  { id: 'park-ji-hoon', type: 'person', name: 'Park Ji-hoon', aliases: [], description: 'trade negotiator' },
  { id: 'washington', type: 'place', name: 'Washington', related: ['united-states'] },
  { id: 'united-states', type: 'place', name: 'United States', aliases: ['US', 'U.S.'], related: ['joe-biden', 'john-kerry'] },
  { id: 'china', type: 'place', name: 'China', related: ['beijing', 'xi-jinping'] },
  { id: 'beijing', type: 'place', name: 'Beijing', related: ['china'] },
  { id: 'apec', type: 'organization', name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC'], related: ['apec-summit'] },
  { id: 'reuters', type: 'organization', name: 'Reuters' },
  { id: 'apec-summit', type: 'event', name: 'Asia-Pacific Economic Cooperation summit', aliases: ['APEC summit'], date: '2023-11', related: ['apec'] },
  { id: 'cop28', type: 'event', name: 'COP28', date: '2023-11', related: ['united-states', 'john-kerry'] },
  { id: 'biden-xi-meeting', type: 'event', name: 'Biden-Xi meeting', date: '2023-11-15', related: ['joe-biden', 'xi-jinping'], participants: ['joe-biden', 'xi-jinping'] },
  { id: 'kerry-xie-talks', type: 'event', name: 'Kerry-Xie talks', date: '2023-07', related: ['john-kerry', 'xie-zhenhua'], participants: ['john-kerry', 'xie-zhenhua'] },
  { id: 'g20-summit', type: 'event', name: 'G20 summit', date: '2022', related: [] },
];

/** A fact base of invented entities (valid against the schema), dated `seen`; the matcher never reads facts. */
export function factBaseOf(entities: readonly Spec[], seen = '2023-11-09'): FactBase {
  return {
    schema: SCHEMA_VERSION,
    articles: [],
    entities: entities.map((s) => ({
      id: s.id,
      type: s.type,
      name: s.name,
      aliases: s.aliases ?? [],
      ...(s.description ? { description: s.description } : {}),
      facts: (s.facts ?? []).map((text) => ({ text, article: 'a1', date: seen, kind: 'statement' as const })),
      related: (s.related ?? []).map((id) => ({ id, count: 1 })),
      articles: [],
      firstSeen: seen,
      lastSeen: seen,
      ...(s.date ? { date: s.date } : {}),
      ...(s.participants ? { participants: s.participants } : {}),
    })),
  };
}

/** The invented fact base. */
export const factBase: FactBase = factBaseOf(specs);

export const compiled = compileMatcher(factBase);
export const matcher = prepareMatcher(compiled);
