import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

/** Which program has the data folder's database open. */
export type HolderProgram = 'desktop' | 'browser' | 'command-line';

export interface Holder {
  pid: number;
  program: HolderProgram;
  since: string;
}

const IN_USE = 'in-use';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process is there, run by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Marks the data folder's database as open by this process (one small file per process under
 * `in-use/`, so the app, browser mode and a check on the command line can be open together), until
 * the returned release is called. A process that died without releasing is recognised by its pid.
 */
export function claimDataFolder(dataDir: string, program: HolderProgram, now: Date): () => void {
  const folder = join(dataDir, IN_USE);
  const file = join(folder, `${process.pid}-${randomUUID().slice(0, 8)}.json`);
  const holder: Holder = { pid: process.pid, program, since: now.toISOString() };
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  } catch {
    // A read-only data folder: nothing can be restored into it either, so there is nothing to guard.
    return () => undefined;
  }
  return () => rmSync(file, { force: true });
}

/** The live processes that have the data folder's database open (the ones that died are tidied away). */
export function dataFolderHolders(dataDir: string): Holder[] {
  const folder = join(dataDir, IN_USE);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const holders: Holder[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const file = join(folder, name);
    let holder: Holder;
    try {
      holder = JSON.parse(readFileSync(file, 'utf8')) as Holder;
    } catch {
      continue;
    }
    if (holder.pid !== process.pid && !alive(holder.pid)) {
      rmSync(file, { force: true });
      continue;
    }
    holders.push(holder);
  }
  return holders;
}
