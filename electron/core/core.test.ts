import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test/fixtures/core';

let core: TestCore;
afterEach(() => core?.dispose());

describe('smoke', () => {
  it('sets up, signs in and creates a customer', async () => {
    core = await openTestCore();
    const admin = await core.setUp();
    const created = await core.expectOk('customers-create', { name: '张三', phone: '13812345678' }, admin);
    expect(created.phoneMasked).toBe('138****5678');
    const found = await core.expectOk('customers-search', { query: '2345' }, admin);
    expect(found.rows.map((row) => row.name)).toEqual(['张三']);
  });
});
