import { describe, expect, it } from 'vitest';
import { backupsToKeep, defaultBackupRotation, type RotatedBackup } from './backup-rotation';

const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('backupsToKeep', () => {
  it('over a simulated year of one backup a day, keeps 7 days, 4 weeks and 12 months', () => {
    // Rotation runs after every backup, as the app does, so what is deleted stays deleted.
    let kept: RotatedBackup[] = [];
    for (let i = 0; i < 400; i++) {
      const day = dayAfter('2026-01-01', i);
      kept.push({ name: `frontdesk-${day}.sqlite3`, day });
      const keep = backupsToKeep(kept, defaultBackupRotation);
      kept = kept.filter((backup) => keep.has(backup.name));
    }
    const days = kept.map((backup) => backup.day).sort();
    const last = '2027-02-04';
    expect(days.at(-1)).toBe(last);
    // The last seven days, one a day.
    expect(days.slice(-7)).toEqual(Array.from({ length: 7 }, (_, i) => dayAfter(last, i - 6)));
    // Twelve months are covered, one backup each; the oldest is eleven months back.
    expect(new Set(days.map((day) => day.slice(0, 7))).size).toBe(12);
    expect(days[0]!.slice(0, 7)).toBe('2026-03');
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12 + 6);
  });

  it('keeps the newest of several backups in a day and nothing when told to keep nothing', () => {
    const backups = [
      { name: 'a-0900', day: '2026-12-01' },
      { name: 'a-1800', day: '2026-12-01' },
    ];
    expect([...backupsToKeep(backups, defaultBackupRotation)]).toEqual(['a-1800']);
    expect(backupsToKeep(backups, { daily: 0, weekly: 0, monthly: 0 }).size).toBe(0);
  });
});
