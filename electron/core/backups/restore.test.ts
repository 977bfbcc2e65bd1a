import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { repairIntake } from '../../../test/fixtures/sample-intakes';
import { makeTempDir } from '../../../test/fixtures/temp-dir';
import { latestVersion } from '../db/migrate';
import { migrations } from '../db/migrations';
import type { Session } from '../context';
import { backupFolder, takeBackup } from './backups';
import { restoreBackup } from './restore';

const now = () => new Date('2026-11-25T02:00:00Z');
const temp = makeTempDir();
let core: TestCore | null = null;
afterEach(() => core?.close());
afterAll(() => temp.remove());

describe('restore', () => {
  it('puts an older backup back without handing out again the ticket numbers given since it was taken', async () => {
    const dataDir = join(temp.path, 'shop');
    core = await openTestCore({ now, dataDir });
    const admin = await core.setUp();
    const customer = await core.expectOk('customers-create', { name: '王芳', phone: '138 0013 5678' }, admin);
    await core.expectOk('intake-save', repairIntake(customer.id), admin);
    const backup = await takeBackup(core.core, { kind: 'manual', folder: backupFolder(dataDir) });
    expect((await core.expectOk('intake-save', repairIntake(customer.id), admin)).number).toBe('20261125-0002');
    core.close();
    core = null;

    const restored = await restoreBackup(dataDir, join(dataDir, 'frontdesk.sqlite3'), backup.file, {
      now: now(),
      by: 'test',
      knownSchema: latestVersion(migrations),
    });
    expect(restored).toMatchObject({ ok: true, value: { takenAt: backup.manifest.takenAt } });

    core = await openTestCore({ now, dataDir });
    // The restore anchored the chain it put in place: nothing is reported lost.
    expect(core.anchor.state).toBe('intact');
    const session: Session = { staffId: null };
    await core.expectOk('session-sign-in', { staffId: 1, pin: '1234' }, session);
    expect(core.core.db.prepare('SELECT number FROM tickets').pluck().all()).toEqual(['20261125-0001']);
    // 0002 is on a customer's receipt from after the backup.
    expect((await core.expectOk('intake-save', repairIntake(customer.id), session)).number).toBe('20261125-0003');
  });
});
