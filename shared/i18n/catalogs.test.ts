import { describe, expect, it } from 'vitest';
import { errorCodes } from '../contract';
import { en } from './en';
import { createTranslator } from './index';
import { zhCN } from './zh-CN';

function keys(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('message catalogs', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('no message is empty, and zh-CN is actually translated', () => {
    const zhKeys = keys(zhCN);
    const untranslated = zhKeys.filter((key) => {
      const lookup = (catalog: object) =>
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
      const zh = lookup(zhCN) as string;
      return (
        zh.trim() === '' ||
        (zh === lookup(en) && /[a-z]{4,}/u.test(zh) && !key.startsWith('language.') && !key.startsWith('app.'))
      );
    });
    expect(untranslated).toEqual([]);
  });

  it('in Chinese, no printed document is called 工单 (the ticket), and no step takes its section’s name', () => {
    const documents = [
      ...Object.values(zhCN.printing.documents),
      ...Object.values(zhCN.printing.short),
      ...Object.values(zhCN.printing.paper.title),
    ];
    for (const name of documents) expect(name).not.toMatch(/(?<!派)工单/u);
    expect(zhCN.printing.documents['work-order']).toBe(zhCN.printing.short['work-order']);
    expect(Object.values(zhCN.reception.steps)).not.toContain(zhCN.reception.title);
    expect(Object.values(en.reception.steps)).not.toContain(en.reception.title);
  });

  it('every error code has a message in both languages', () => {
    for (const code of errorCodes) {
      if (code === 'conflict' || code === 'locked') continue; // always sent with a specific key
      expect(keys(en)).toContain(`errors.${code}`);
    }
  });

  it('interpolates parameters', () => {
    expect(createTranslator('en')('errors.duplicatePhone', { name: '张三' })).toBe(
      'This phone number already belongs to 张三',
    );
    expect(createTranslator('zh-CN')('errors.wrongPin', { attemptsLeft: 3 })).toBe('PIN 错误。再错 3 次账号将被锁定。');
  });
});
