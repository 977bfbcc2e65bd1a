import { openCore, type Session } from './electron/core';
async function main() {
  const dir = process.argv[2] ?? '/tmp/shopmid';
  const { router, core } = await openCore({ dataDir: dir, language: 'en', log: () => undefined });
  const staff = core.db.prepare(`SELECT id, pin_hash FROM staff WHERE active = 1 AND role IN ('reception','manager','admin') ORDER BY id LIMIT 1`).get() as { id: number; pin_hash: string };
  const session: Session = { staffId: staff.id, credential: staff.pin_hash } as Session;
  const times: number[] = [];
  for (let i = 0; i < 1500; i++) {
    if (process.env.GC) (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    const r = await router.dispatch('ready-shelf', { filter: 'all' } as never, session);
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  times.splice(0, 200);
  times.sort((a, b) => a - b);
  console.log([0.5,0.75,0.9,0.95,0.99].map((q) => q + ':' + times[Math.floor(times.length * q)]?.toFixed(2)).join(' '));
}
void main();
