/** The most ids and terms kept as a fact's reasons to relate to a page: they travel in every card's payload. */
export const MAX_REASONS = 8;
