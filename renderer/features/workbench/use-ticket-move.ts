import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/contract';
import { queryKey, useApiMutation, type ApiError } from '../../api/hooks';

/**
 * Moves a ticket: on success the ticket shows its new state at once, the queues, lists and shelf ask
 * again, and a notice says what was done. `onDone` follows (a form closes); `onError` gets the refusal.
 */
export function useTicketMove(options: { onDone?(moved: TicketDetail): void; onError(error: ApiError): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useApiMutation('tickets-move', {
    onSuccess: (moved, input) => {
      queryClient.setQueryData(queryKey('tickets-get', { id: moved.id }), moved);
      void queryClient.invalidateQueries({ queryKey: queryKey('tickets-queue') });
      void queryClient.invalidateQueries({ queryKey: queryKey('tickets-list') });
      // A move may put a device on the shelf or take it off (ready, returned, rework).
      void queryClient.invalidateQueries({ queryKey: queryKey('ready-shelf') });
      notifications.show({
        color: 'teal',
        message: t('workbench.moved', { number: moved.number, event: t(`workflow.events.${input.move.action}`) }),
      });
      options.onDone?.(moved);
    },
    onError: options.onError,
  });
}
