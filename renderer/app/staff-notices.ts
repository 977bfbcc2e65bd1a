import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';

/**
 * Whatever one person was told is not for the next one at the counter: every notification on
 * screen is cleared when the signed-in person changes (a switch, a sign-out, the next sign-in).
 */
export function useNoticesOfThisPerson(staffId: number | null): void {
  useEffect(() => {
    notifications.clean();
  }, [staffId]);
}
