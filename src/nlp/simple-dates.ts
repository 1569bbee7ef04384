/**
 * The simplest date phrases of news ("on Tuesday", "May 14", "in 2019", "next week", "yesterday") resolved as
 * compromise-dates resolves them, without it: its parse of one date found costs about a millisecond (it copies
 * the whole document, tries its range patterns and works out a duration we do not read), most of the dates a
 * long article names are of these shapes, and dates were two fifths of a big build. Anything else is left to
 * compromise-dates. tests/unit/nlp/simple-dates.test.ts compares both on a grid of days; on every day of 2023
 * and 2024 they agreed on all 122,000 phrases tried.
 */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY = 86_400_000;
const M = `(${MONTHS.join('|')})`;
const YEAR = '((?:19|20)\\d\\d)';
const MONTH_YEAR = new RegExp(`^(?:in )?${M},? ${YEAR}$`);
const IN_MONTH = new RegExp(`^in ${M}$`);
const MONTH_DAY = new RegExp(`^(?:on )?${M} (\\d{1,2})(?:st|nd|rd|th)?(?:,? ${YEAR})?$`);
const DAY_MONTH_YEAR = new RegExp(`^(?:on )?(\\d{1,2})(?:st|nd|rd|th)? ${M},? ${YEAR}$`);
/** As compromise-dates' json gives `dates`: ISO start and end, and the unit. */
export interface Resolved {
  start: string;
  end: string;
  unit: 'time' | 'day' | 'week' | 'month' | 'year';
}
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const span = (from: number, to: number, unit: Resolved['unit']): Resolved => ({ start: `${iso(from)}T00:00:00.000Z`, end: `${iso(to)}T23:59:59.999Z`, unit });
const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);
const month = (y: number, m: number) => span(utc(y, m, 1), utc(y, m + 1, 0), 'month'); // Date.UTC rolls months over years

/** The hour compromise-dates starts a part of the day at. */
const DAY_PARTS: Record<string, number> = { morning: 9, afternoon: 14, evening: 18, night: 20 };
const WEEKDAY = '(sun|mon|tues|wednes|thurs|fri|satur)day';
/** The next such weekday, today's included, as a time of day: compromise-dates' reading of a weekday. */
const nextWeekday = (name: string, now: number) => now + ((WEEKDAYS.indexOf(`${name}day`) - new Date(now).getUTCDay() + 7) % 7) * DAY;
/** The last moment of a period, as compromise-dates writes "the end of the month": one instant. */
const endOf = (t: number, unit: Resolved['unit']): Resolved => ({ start: `${iso(t)}T23:59:59.999Z`, end: `${iso(t)}T23:59:59.999Z`, unit });

type Rule = [RegExp, (m: RegExpExecArray, now: number, y: number, mo: number) => Resolved | undefined];

const RULES: Rule[] = [
  // a weekday is the next one, today's included
  [new RegExp(`^(?:on )?${WEEKDAY}$`), (m, now) => span(nextWeekday(m[1]!, now), nextWeekday(m[1]!, now), 'day')],
  // "Monday morning" starts at the part's hour; compromise-dates gives it the unit "time", and "day" after "on"
  [
    new RegExp(`^(on )?${WEEKDAY} (morning|afternoon|evening|night)$`),
    (m, now) => {
      const at = nextWeekday(m[2]!, now);
      return { start: `${iso(at)}T${String(DAY_PARTS[m[3]!]).padStart(2, '0')}:00:00.000Z`, end: `${iso(at)}T23:59:59.999Z`, unit: m[1] ? 'day' : 'time' };
    },
  ],
  // "at the end of the week" (weeks end on Sunday), "… of the month", "… of the year"
  [
    /^(?:at )?(?:the )?end of the (week|month|year)$/,
    (m, now, y, mo) => {
      if (m[1] === 'year') return endOf(utc(y, 11, 31), 'year');
      if (m[1] === 'month') return endOf(utc(y, mo + 1, 0), 'month');
      return endOf(now + ((7 - new Date(now).getUTCDay()) % 7) * DAY, 'week');
    },
  ],
  [new RegExp(`^(?:in )?${M} last year$`), (m, _, y) => month(y - 1, MONTHS.indexOf(m[1]!))],
  [
    /^(today|yesterday|tomorrow)$/,
    (m, now) => {
      const at = now + (m[1] === 'yesterday' ? -DAY : m[1] === 'tomorrow' ? DAY : 0);
      return span(at, at, 'day');
    },
  ],
  [
    /^(last|this|next) (week|month|year)$/,
    (m, now, y, mo) => {
      const step = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
      if (m[2] === 'year') return span(utc(y + step, 0, 1), utc(y + step, 11, 31), 'year');
      if (m[2] === 'month') return month(y, mo + step);
      // weeks run Monday to Sunday
      const monday = now - ((new Date(now).getUTCDay() + 6) % 7) * DAY + step * 7 * DAY;
      return span(monday, monday + 6 * DAY, 'week');
    },
  ],
  [new RegExp(`^(?:in )?${YEAR}$`), (m) => span(utc(Number(m[1]), 0, 1), utc(Number(m[1]), 11, 31), 'year')],
  [MONTH_YEAR, (m) => month(Number(m[2]), MONTHS.indexOf(m[1]!))],
  // a month alone is this year's, or next year's once it is over
  [IN_MONTH, (m, _, y, mo) => month(MONTHS.indexOf(m[1]!) >= mo ? y : y + 1, MONTHS.indexOf(m[1]!))],
  // "March 29" in May is next year's ("29 March" without a year is left to compromise-dates: this year's or next, by rules of its own)
  [
    MONTH_DAY,
    (m, _, y, mo) => {
      const mm = MONTHS.indexOf(m[1]!);
      return dayOf(m[3] ? Number(m[3]) : mm >= mo ? y : y + 1, mm, Number(m[2]));
    },
  ],
  [DAY_MONTH_YEAR, (m) => dayOf(Number(m[3]), MONTHS.indexOf(m[2]!), Number(m[1]))],
];

function dayOf(y: number, m: number, d: number): Resolved | undefined {
  if (d < 1 || new Date(utc(y, m, d)).getUTCDate() !== d) return undefined; // "February 30"
  return span(utc(y, m, d), utc(y, m, d), 'day');
}

/** What compromise-dates makes of the date phrase `text` (as its json writes it) on the day `today`, if it is one of the simple shapes. */
export function simpleDate(text: string, today: string): Resolved | undefined {
  const t = text.replace(/[\s.,;:!?–—-]+$/u, '').toLowerCase();
  const now = Date.parse(today);
  for (const [re, resolve] of RULES) {
    const m = re.exec(t);
    if (m) return resolve(m, now, Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1);
  }
  return undefined;
}
