import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../shared/contract';
import { useApiQuery } from '../api/hooks';
import { errorText } from './messages';

/** A ticket read for a panel: a spinner while it comes, the reason if it cannot, else the panel. */
export function TicketLoader({ ticketId, children }: { ticketId: number; children(ticket: TicketDetail): ReactNode }) {
  const { t } = useTranslation();
  const ticket = useApiQuery('tickets-get', { id: ticketId });
  if (ticket.isPending) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  if (ticket.isError) return <Alert color="red">{errorText(t, ticket.error)}</Alert>;
  return children(ticket.data);
}
