import type nlp from 'compromise';
import type dates from 'compromise-dates';

/** compromise itself, evaluated on the first call (compromise-lazy.cjs). */
declare function compromise(): typeof nlp;
declare namespace compromise {
  /** compromise-dates' plugin, evaluated on the first call. */
  function datesPlugin(): typeof dates;
}
export = compromise;
