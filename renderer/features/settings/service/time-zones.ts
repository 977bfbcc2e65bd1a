import type { Language } from '../../../../shared/contract';

/** Zones a service centre is likely to be in: China first, then the region, then the rest of the world. */
export const commonTimeZones = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Urumqi',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Jakarta',
  'Asia/Manila',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Moscow',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'UTC',
] as const;

/** The zone's name in the language (`中国标准时间`, `China Standard Time`) where the system knows one. */
function zoneName(timeZone: string, language: Language): string {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'long' }).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** Options for the time-zone select: `Asia/Shanghai · 中国标准时间`; a saved zone not in the list is kept. */
export function timeZoneOptions(current: string, language: Language): { value: string; label: string }[] {
  const zones: string[] = [...commonTimeZones];
  if (current !== '' && !zones.includes(current)) zones.unshift(current);
  return zones.map((zone) => {
    const name = zoneName(zone, language);
    return { value: zone, label: name && name !== zone ? `${zone} · ${name}` : zone };
  });
}
