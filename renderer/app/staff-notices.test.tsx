import { notifications } from '@mantine/notifications';
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test-utils';
import { useNoticesOfThisPerson } from './staff-notices';

/** The counter as the app holds it: whoever is signed in (null: nobody), changed from outside. */
function renderCounter(first: number | null) {
  let signIn: (staffId: number | null) => void = () => undefined;
  function Counter() {
    const [staffId, setStaffId] = useState(first);
    signIn = setStaffId;
    useNoticesOfThisPerson(staffId);
    return null;
  }
  renderWithApp(<Counter />);
  return (staffId: number | null) => act(() => signIn(staffId));
}

const show = (message: string) => act(() => void notifications.show({ message, autoClose: false }));

describe('notifications when the person at the counter changes', () => {
  it('keeps them while the same person works, and clears them when that person signs out', async () => {
    const changeTo = renderCounter(1);
    show('Tom Li added');
    expect(await screen.findByText('Tom Li added')).toBeInTheDocument();

    changeTo(1);
    expect(screen.getByText('Tom Li added')).toBeInTheDocument();

    changeTo(null);
    await expect.poll(() => screen.queryByText('Tom Li added')).toBeNull();
  });

  it('clears them when someone else takes over, even a message that stays until closed', async () => {
    const changeTo = renderCounter(1);
    show('Printer out of paper');
    expect(await screen.findByText('Printer out of paper')).toBeInTheDocument();
    changeTo(2);
    await expect.poll(() => screen.queryByText('Printer out of paper')).toBeNull();
  });
});
