/**
 * Word lists for disambiguation: common English words only, never names of the archive's entities.
 * Kept short on purpose: every word here is one more way for a look-alike to slip through.
 */
import { TYPE_CODES, type TypeCode } from './compiled';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/**
 * Capitalised words that may stand right next to a bare surname without making it part of another
 * name: titles ("President Lindqvist"), sentence openers ("Yesterday Lindqvist said", "Despite Lindqvist's lead"), weekdays and months,
 * headline verbs ("Lindqvist Says"). Any other capitalised neighbour ("Per Lindqvist", "County Okafor",
 * "Steve Okafor", "Dong Hae") means a different name.
 */
export const NEUTRAL_NEIGHBOURS = set(
  'a an the in on at by for from to of with as but and or so if when while after before since then now yesterday today tomorrow ' +
    'despite although though because during unlike amid besides like including beyond without except another every each ' +
    // a body or a games named for the person or the place ("the Kishida Cabinet", "the Tokyo Olympic Games")
    'cabinet olympic olympics ' +
    'also meanwhile however yet nor thus instead indeed later earlier finally still even only not both former ex late acting new this that these those there here where why what how who ' +
    'he she it they we i you his her its their our my his mr mrs ms dr sen rep gov gen prof sir dame lord pm mp president vice premier ' +
    'chancellor prime minister secretary state senator envoy ambassador chairman chair general governor mayor king queen prince ' +
    'princess pope leader spokesman spokeswoman administration government campaign team family said says told asked urged warned ' +
    'met meets visits calls will would can could should may might did does do has have had is was are were ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october ' +
    'november december ' +
    // a faith's word describes the person named after it ("Jewish Zelensky pledged")
    'jewish muslim christian catholic protestant hindu buddhist sikh orthodox sunni shia shiite evangelical',
);

/** Words after a place that make it a different place: "Victoria State" is not the US capital. */
export const PLACE_SUFFIXES = set('state county province university');
/** ...except where "state" is an adjective of the place itself: "Lima state media". */
export const STATE_ADJECTIVE_OF = set('media television tv news broadcaster agency visit dinner banquet run owned council');

/** Verbs of speech count as support only right next to the name ("Okafor said", "said Okafor"). */
export const SPEECH = set('said says told added urged stressed warned');

/** Words that fit an entity of each type when they stand near its short form. */
export const TYPE_WORDS: Record<TypeCode, ReadonlySet<string>> = {
  [TYPE_CODES.person]: set(
    'president minister envoy secretary senator leader premier chancellor chairman spokesman spokeswoman spokesperson ' +
      'counterpart ambassador governor mayor diplomat pm mr mrs ms dr prof king queen prince princess judge justice ' +
      'lawmaker mp ceo founder coach',
  ),
  [TYPE_CODES.organization]: set('summit forum members member bloc leaders secretariat organization organisation alliance agency meeting'),
  [TYPE_CODES.place]: set('officials government administration embassy military troops economy capital ties relations'),
  [TYPE_CODES.event]: set('summit meeting talks conference forum gathering ceremony'),
  [TYPE_CODES.agreement]: set('treaty accord agreement pact deal law regulation signed signing signatories ratified ratify'),
  [TYPE_CODES.award]: set('prize award trophy medal winner winners won laureate shortlist jury'),
};

/** Years after these words are targets ("neutral by 2060"), not the date of what is mentioned. */
export const TARGET_YEAR_AFTER = set('by until till through before');

/** Words naming the kind of a storm before its own name: "Hurricane Pell", "Tropical Storm Pell", "Super Typhoon Pell". */
export const STORM_KINDS = set('hurricane typhoon cyclone storm tropical super');
/** Words a story uses for a storm it has named: "the storm", "the hurricane". */
export const STORM_WORDS = set('storm hurricane typhoon cyclone');

/** The own name of a storm ("Pell" of "Hurricane Pell"): the last word of a name whose other words are all STORM_KINDS. */
export function stormOwnName(name: string): string | undefined {
  const words = name.split(' ');
  const own = words.at(-1)!;
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(own) || !words.slice(0, -1).every((w) => STORM_KINDS.has(w.toLowerCase()))) return undefined;
  return own;
}

/**
 * "Tesk v. Varo", "Tesk vs. Varo": a legal case's two parties, as the archive names the case (with the dot: "Harlow
 * United v Tesk City" is how a match is named).
 */
export const CASE_NAME = /^(\p{Lu}.*?) (?:v\.|vs\.|versus) (\p{Lu}.*)$/u;
