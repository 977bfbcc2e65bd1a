import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOverdue } from '../../../shared/domain/ticket-states';
import { useNow } from './use-now';

describe('useNow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-25T06:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('moves on the moment a deadline passes, not at the next half-minute tick', () => {
    const dueAt = '2026-11-25T06:00:03.000Z';
    const { result } = renderHook(() => isOverdue({ state: 'received', dueAt }, useNow([dueAt, null])));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(2_900));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(true);
  });

  it('moves on every 30 seconds without deadlines', () => {
    const { result } = renderHook(() => useNow());
    const start = result.current.getTime();
    act(() => vi.advanceTimersByTime(30_000));
    expect(result.current.getTime() - start).toBe(30_000);
  });
});
