import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import { dueWords } from './due-words';

const now = new Date('2026-11-25T02:00:00.000Z');
const inHours = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
const words = (language: 'en' | 'zh-CN') => createTranslator(language) as unknown as TFunction;

describe('what a ticket is due for, and when, in words', () => {
  it.each([
    ['en', { dueAt: inHours(2), dueFor: 'received', state: 'received' }, 'First response due in 2 h', false],
    ['en', { dueAt: inHours(-27), dueFor: 'promise', state: 'repairing' }, 'Completion overdue by 1 d 3 h', true],
    ['en', { dueAt: inHours(50), dueFor: 'awaiting-parts', state: 'awaiting-parts' }, 'Parts due in 2 d 2 h', false],
    ['zh-CN', { dueAt: inHours(2), dueFor: 'received', state: 'received' }, '首次响应：还剩 2 小时', false],
    ['zh-CN', { dueAt: inHours(-1), dueFor: 'qa', state: 'qa' }, '质检：已超时 1 小时', true],
    // Kept before FrontDesk said what a due time is for: only when, until the next start.
    ['en', { dueAt: inHours(1), dueFor: null, state: 'repairing' }, 'due in 1 h', false],
  ] as const)('%s: %j', (language, ticket, text, overdue) => {
    expect(dueWords(words(language), ticket, now)).toEqual({ text, overdue });
  });

  it('says nothing for a ticket held to nothing, or finished', () => {
    expect(dueWords(words('en'), { dueAt: null, dueFor: null, state: 'on-hold' }, now)).toBeNull();
    expect(dueWords(words('en'), { dueAt: inHours(1), dueFor: 'promise', state: 'picked-up' }, now)).toBeNull();
  });
});
