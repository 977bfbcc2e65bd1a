import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { handlerNames } from '../../shared/contract';
import { openTestCore, type TestCore } from '../../test/fixtures/core';
import { createRouter } from './router';
import { handlers } from './handlers';

let core: TestCore;
beforeEach(async () => {
  core = await openTestCore();
});
afterEach(() => core.dispose());

describe('router', () => {
  it('rejects unknown handler names', async () => {
    const result = await core.router.dispatch('customers-drop-all', {}, { staffId: null });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown-handler', message: 'This action is not available' },
    });
    expect(await core.router.dispatch('__proto__', {}, { staffId: null })).toMatchObject({
      ok: false,
      error: { code: 'unknown-handler' },
    });
  });

  it('validates input before any handler runs, naming each bad field', async () => {
    const admin = await core.setUp();
    const result = await core.router.dispatch('customers-create', { name: 42, phone: 'x', extra: true }, admin);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', key: 'errors.validation', message: 'Some fields need attention' },
    });
    if (!result.ok) expect(Object.keys(result.error.fields ?? {})).toEqual(expect.arrayContaining(['name', 'phone']));
  });

  it('turns an unexpected failure into an internal error, logged, with nothing saved', async () => {
    const admin = await core.setUp();
    const logged: unknown[] = [];
    const router = createRouter(core.core, {
      log: (error) => logged.push(error),
      handlers: {
        ...handlers,
        'customers-create': (input, context) => {
          context.db.transaction(() => {
            context.db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('half', '1', 'now')`).run();
            throw new Error('crash halfway');
          })();
          throw new Error('unreachable');
        },
      },
    });
    const result = await router.dispatch('customers-create', { name: 'A', phone: '13812345678' }, admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
    expect(core.core.db.prepare(`SELECT count(*) AS n FROM settings WHERE key = 'half'`).get()).toEqual({ n: 0 });
  });

  it('logs a handler that holds the thread over 100 ms by name and duration only', async () => {
    const admin = await core.setUp();
    const slow: [string, number][] = [];
    let now = 0;
    const router = createRouter(core.core, {
      logSlow: (name, milliseconds) => slow.push([name, milliseconds]),
      clock: () => now,
      handlers: {
        ...handlers,
        'customers-search': (input, context) => {
          now += input.query === 'slow' ? 150 : 40;
          return handlers['customers-search'](input, context);
        },
      },
    });
    await router.dispatch('customers-search', { query: 'fast' }, admin);
    expect(slow).toEqual([]);
    await router.dispatch('customers-search', { query: 'slow' }, admin);
    expect(slow).toEqual([['customers-search', 150]]);
  });

  it('answers any input to any handler with a result value, never a throw (fuzzed)', async () => {
    const admin = await core.setUp();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...handlerNames.filter((name) => name !== 'session-sign-out')),
        fc.anything(),
        async (name, input) => {
          const result = await core.router.dispatch(name, input, { ...admin });
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.code).not.toBe('internal');
        },
      ),
      { numRuns: 300 },
    );
  });
});
