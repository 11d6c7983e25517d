/** The order list (react-admin's own URL form) with a filter applied, for a count to link to. */
export const orderListLink = (filter: Record<string, unknown>): string =>
  `/orders?filter=${encodeURIComponent(JSON.stringify(filter))}`;
