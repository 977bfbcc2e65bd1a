/** A moment as it goes into a file or folder name: `20261125-020000` (UTC), sorting as time does. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/gu, '').replace('T', '-').slice(0, 15);
}
