/** English messages of the Tickets section. */
export const ticketsEn = {
  title: 'Tickets',
} as const;
