/**
 * Tickets handed over at this counter since the app opened: only these print their pickup receipt
 * by themselves (opening an older pickup later must not send paper out unasked).
 */
export const handedOverHere = new Set<number>();
