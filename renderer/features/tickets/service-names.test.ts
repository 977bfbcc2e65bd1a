import { describe, expect, it } from 'vitest';
import { categoryName, faultName, itemNames } from '../../components/service-names';
import { serviceSettings } from './test-fixtures';
import { formatListTime } from './ticket-dates';

describe('names from service settings', () => {
  it.each([
    ['phone', 'screen-cracked', 'en', 'Screen › Cracked screen'],
    ['phone', 'screen-cracked', 'zh-CN', '屏幕 › 屏幕碎裂'],
    ['phone', 'screen', 'en', 'Screen'],
    // A name left empty in one language shows the other.
    ['phone', 'liquid', 'en', '进液'],
    // A code no longer in the tree, or a category no longer configured, shows as recorded.
    ['phone', 'keyboard', 'en', 'keyboard'],
    ['tv', 'screen-cracked', 'en', 'screen-cracked'],
  ] as const)('fault %s/%s in %s → %s', (category, code, language, name) => {
    expect(faultName(serviceSettings, category, code, language)).toBe(name);
  });

  it('names categories and checklist items, keeping unknown codes and the recorded order', () => {
    expect(categoryName(serviceSettings, 'phone', 'zh-CN')).toBe('手机');
    expect(categoryName(serviceSettings, 'tv', 'en')).toBe('tv');
    expect(categoryName(undefined, 'phone', 'en')).toBe('phone');
    expect(itemNames(serviceSettings.accessories, ['case', 'sim', 'charger'], 'en')).toEqual([
      'Case',
      'sim',
      'Charger',
    ]);
  });
});

describe('list times', () => {
  const now = new Date(2026, 10, 25, 15, 0);
  it.each([
    [new Date(2026, 10, 25, 9, 5), '11-25 09:05'],
    [new Date(2026, 0, 2, 18, 0), '01-02 18:00'],
    [new Date(2025, 11, 31, 23, 59), '2025-12-31'],
    [new Date(2027, 0, 1, 9, 0), '2027-01-01'],
  ])('%s → %s', (at, text) => {
    expect(formatListTime(at.toISOString(), now)).toBe(text);
  });
});
