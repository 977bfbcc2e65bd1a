/** English messages of the Reception section (the intake flow). */
export const receptionEn = {
  title: 'Reception',
} as const;
