/** Words for the kinds of name, shared by the card, the in-page list, the popup, the options and the CLI. */
import { ENTITY_TYPES, type EntityType } from '../factbase/kinds';

/** In the order lists group them. */
export const TYPE_ORDER: readonly EntityType[] = ENTITY_TYPES;

/** A card's type chip. */
export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  event: 'Event',
  agreement: 'Agreement',
  award: 'Award',
};

/** A group heading in a list of names; lower-cased, the plural in a sentence. */
export const TYPE_GROUP: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  event: 'Events',
  agreement: 'Agreements',
  award: 'Awards',
};

/** Inside a sentence ("Kim, person, 3 mentions"). */
export const TYPE_NOUN: Record<EntityType, string> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  event: 'event',
  agreement: 'agreement',
  award: 'award',
};
