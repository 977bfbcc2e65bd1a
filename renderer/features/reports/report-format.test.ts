import { describe, expect, it } from 'vitest';
import { countText, minutesText, percentText } from './report-format';

describe('how the reports write figures', () => {
  it('writes business minutes in minutes, then hours and minutes, then whole hours', () => {
    expect(minutesText(45, 'en')).toBe('45 min');
    expect(minutesText(135, 'en')).toBe('2 h 15 min');
    expect(minutesText(120, 'zh-CN')).toBe('2 小时');
    expect(minutesText(135, 'zh-CN')).toBe('2 小时 15 分');
    expect(minutesText(1_570, 'en')).toBe('26 h');
    expect(minutesText(null, 'en')).toBeNull();
  });

  it('writes shares as percentages, and no share as nothing', () => {
    expect(percentText(0.8534, 'en')).toBe('85.3%');
    expect(percentText(1, 'zh-CN')).toBe('100%');
    expect(percentText(null, 'en')).toBeNull();
    expect(countText(12_345, 'zh-CN')).toBe('12,345');
  });
});
