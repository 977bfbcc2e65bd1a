import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../context';
import { openTestCore, type TestCore } from '../../../test/fixtures/core';
import { listAuditEntries } from '../db/queries/audit';

let core: TestCore;
let admin: Session;
let reception: Session;
beforeEach(async () => {
  core = await openTestCore();
  admin = await core.setUp();
  reception = await core.staffSession(admin, 'reception', 'Rita');
});
afterEach(() => core.dispose());

const zhang = { name: '张三', phone: '138 1234 5678', company: '张江科技', address: '上海市浦东新区', notes: '' };

describe('customers', () => {
  it('creates a customer with the phone stored normalised and shown masked', async () => {
    const created = await core.expectOk('customers-create', zhang, reception);
    expect(created).toMatchObject({
      name: '张三',
      phone: '138 1234 5678',
      phoneMasked: '138****5678',
      phoneKind: 'mobile',
      company: '张江科技',
    });
    const stored = core.core.db.prepare('SELECT phone, created_by FROM customers WHERE id = ?').get(created.id);
    expect(stored).toEqual({ phone: '+8613812345678', created_by: reception.staffId });
  });

  it('offers the existing customer instead of a second record for the same phone, however it is typed', async () => {
    const first = await core.expectOk('customers-create', zhang, reception);
    const again = await core.call(
      'customers-create',
      { ...zhang, name: '张三 (again)', phone: '+86 138-1234-5678' },
      reception,
    );
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        key: 'errors.duplicatePhone',
        fields: { phone: { key: 'errors.duplicatePhone', params: { name: '张三' } } },
        details: { existingCustomerId: first.id },
      },
    });
    expect((await core.expectOk('customers-list', {}, reception)).total).toBe(1);
  });

  it('refuses invalid input with field messages and writes nothing', async () => {
    const result = await core.call(
      'customers-create',
      { name: '  ', phone: '12345', company: '', address: '', notes: '' },
      reception,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { name: { key: 'validation.required' }, phone: { key: 'validation.phone' } },
      },
    });
    expect((await core.expectOk('customers-list', {}, reception)).total).toBe(0);
  });

  it('edits a customer, and refuses taking another customer’s phone', async () => {
    const first = await core.expectOk('customers-create', zhang, reception);
    const second = await core.expectOk(
      'customers-create',
      { ...zhang, name: 'Li Si', phone: '13900001111' },
      reception,
    );
    const edited = await core.expectOk(
      'customers-update',
      { id: first.id, ...zhang, address: '北京市海淀区' },
      reception,
    );
    expect(edited.address).toBe('北京市海淀区');
    expect(await core.call('customers-update', { id: second.id, ...zhang, name: 'Li Si' }, reception)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await core.call('customers-update', { id: 9999, ...zhang }, reception)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const actions = listAuditEntries(core.core.db, 'customer', first.id).map((entry) => [
      entry.action,
      entry.actorId,
      entry.details,
    ]);
    expect(actions).toEqual([
      ['customer.create', reception.staffId, { name: '张三' }],
      ['customer.update', reception.staffId, { changed: ['address'] }],
    ]);
  });

  it('masks phones for technicians and keeps them from editing', async () => {
    const created = await core.expectOk('customers-create', zhang, reception);
    const technician = await core.staffSession(admin, 'technician');
    const seen = await core.expectOk('customers-get', { id: created.id }, technician);
    expect(seen.phone).toBeNull();
    expect(seen.phoneMasked).toBe('138****5678');
    expect(await core.call('customers-create', { ...zhang, phone: '13900001111' }, technician)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('lets technicians search phones only by the last four digits or the whole number', async () => {
    await core.expectOk('customers-create', zhang, reception);
    const technician = await core.staffSession(admin, 'technician');
    const search = async (query: string) => core.expectOk('customers-search', { query }, technician);
    expect((await search('5678')).rows).toHaveLength(1);
    expect((await search('138 1234 5678')).rows).toHaveLength(1);
    // A fragment that would uncover hidden digits one guess at a time finds nothing.
    expect(await search('1381')).toEqual({ hint: 'none', rows: [] });
    expect(await search('13812')).toEqual({ hint: 'whole-number', rows: [] });
    expect((await core.expectOk('customers-list', { query: '1234' }, technician)).total).toBe(0);
    expect((await core.expectOk('customers-list', { query: '1234' }, reception)).total).toBe(1);
  });

  it('needs a signed-in session', async () => {
    expect(await core.call('customers-list', {}, { staffId: null })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
  });
});

describe('customer search', () => {
  beforeEach(async () => {
    const people = [
      { name: '张三', phone: '13812345678', company: '' },
      { name: '王芳', phone: '13987654321', company: '' },
      { name: '欧阳娜娜', phone: '010-66778899', company: '' },
      { name: 'Zhang Wei', phone: '+44 7911 123456', company: 'Acme Repairs' },
      { name: '李四', phone: '13700005678', company: '华为授权店' },
    ];
    for (const person of people)
      await core.expectOk('customers-create', { ...person, address: '', notes: '' }, reception);
  });

  const names = async (query: string) =>
    (await core.expectOk('customers-search', { query }, reception)).rows.map((row) => row.name).sort();

  it.each([
    ['1234', ['Zhang Wei', '张三']],
    ['5678', ['张三', '李四']],
    ['6677', ['欧阳娜娜']],
    ['010 6677', ['欧阳娜娜']],
    ['7911 123', ['Zhang Wei']],
    ['１２３４', ['Zhang Wei', '张三']],
    ['2345678', ['张三']],
    ['+86 138 1234 5678', ['张三']],
    ['8613812345678', ['张三']],
    ['0086 10 6677 8899', ['欧阳娜娜']],
    ['+44 7911', ['Zhang Wei']],
    ['张三', ['张三']],
    ['王芳', ['王芳']],
    ['欧阳', ['欧阳娜娜']],
    ['zhang', ['Zhang Wei']],
    ['ＺＨＡＮＧ wei', ['Zhang Wei']],
    ['acme', ['Zhang Wei']],
    ['华为', ['李四']],
    ['阳娜', ['欧阳娜娜']],
    ['三', []],
    ['王', ['王芳']],
    ['欧', ['欧阳娜娜']],
    ['z', ['Zhang Wei']],
    ['nobody', []],
  ])('finds %j: %j', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('finds a long run of digits from inside a number exactly, not numbers holding its pieces apart', async () => {
    // 139 2344 5678 holds 234, 456 and 678 (the run's start, middle and end) but not 2345678.
    for (const [name, phone] of [
      ['赵六', '13923445678'],
      ['钱七', '13911111111'],
    ] as const)
      await core.expectOk('customers-create', { name, phone, company: '', address: '', notes: '' }, reception);
    expect(await names('2345678')).toEqual(['张三']);
    expect(await names('66778899')).toEqual(['欧阳娜娜']);
    expect(await names('0 6677 889')).toEqual(['欧阳娜娜']);
    expect(await names('3445678')).toEqual(['赵六']);
    expect(await names('1111111')).toEqual(['钱七']);
    expect(await names('7654321')).toEqual(['王芳']);
    expect(await names('2345679')).toEqual([]);
  });

  it('puts numbers that end with four digits before numbers that contain them, newest first', async () => {
    await core.expectOk(
      'customers-create',
      { name: '赵六', phone: '13956781234', company: '', address: '', notes: '' },
      reception,
    );
    const found = await core.expectOk('customers-search', { query: '5678' }, reception);
    expect(found.rows.map((row) => row.name)).toEqual(['李四', '张三', '赵六']);
    const limited = await core.expectOk('customers-search', { query: '5678', limit: 2 }, reception);
    expect(limited.rows.map((row) => row.name)).toEqual(['李四', '张三']);
  });

  it('lists the newest customers first when many share a surname', async () => {
    for (const [name, phone] of [
      ['王一', '13600000001'],
      ['王二', '13600000002'],
    ] as const)
      await core.expectOk('customers-create', { name, phone, company: '', address: '', notes: '' }, reception);
    const found = await core.expectOk('customers-search', { query: '王', limit: 2 }, reception);
    expect(found.rows.map((row) => row.name)).toEqual(['王二', '王一']);
  });

  it('asks for four digits before searching phones', async () => {
    expect(await core.expectOk('customers-search', { query: '138' }, reception)).toEqual({
      hint: 'too-few-digits',
      rows: [],
    });
  });

  it('lists, filters, sorts and pages', async () => {
    const page = await core.expectOk(
      'customers-list',
      { sort: 'name', direction: 'asc', offset: 1, limit: 2 },
      reception,
    );
    expect(page.total).toBe(5);
    expect(page.rows).toHaveLength(2);
    const all = await core.expectOk('customers-list', { sort: 'createdAt', direction: 'desc' }, reception);
    expect(all.rows[0]?.name).toBe('李四');
    const filtered = await core.expectOk('customers-list', { query: '5678' }, reception);
    expect(filtered.total).toBe(2);
  });

  it('keeps two-character search right after an edit', async () => {
    const found = await core.expectOk('customers-search', { query: '王芳' }, reception);
    const wang = found.rows[0]!;
    await core.expectOk(
      'customers-update',
      { id: wang.id, name: '王芬', phone: '13987654321', company: '', address: '', notes: '' },
      reception,
    );
    expect(await names('王芳')).toEqual([]);
    expect(await names('王芬')).toEqual(['王芬']);
  });
});
