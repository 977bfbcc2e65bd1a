import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AskedAction, TicketDetail } from '../../../shared/contract';
import { navigate } from '../../app/route';
import type { TicketAction } from '../../../shared/domain/ticket-workflow';
import { KeyHint } from '../../components/KeyHint';
import { errorText } from '../../components/messages';
import { MoveDialog } from './MoveDialog';
import { immediateActions } from './move-forms';
import { useTicketMove } from './use-ticket-move';

/** Typing in a field, or a dialog open: the number keys are the field's, not the actions'. */
function keysAreTaken(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return document.querySelector('[role="dialog"]') !== null;
}

/**
 * The moves this person may make on the ticket now, as buttons with number keys 1–9. A move that
 * needs nothing said (take it, start diagnosis, parts arrived) is made at once; the others open
 * their short form.
 */
export function MoveActions({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<AskedAction | null>(null);
  const immediate = useTicketMove({
    onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
  });
  const start = (action: TicketAction) => {
    // Handing over settles the money and the customer's acceptance: that is the pickup's own screen.
    if (action === 'hand-over') navigate({ section: 'pickup', ticketId: ticket.id });
    else if (immediateActions.includes(action)) {
      immediate.mutate({ ticketId: ticket.id, version: ticket.version, move: { action } as never });
    } else {
      setOpen(action);
    }
  };
  const latest = useRef(start);
  useLayoutEffect(() => {
    latest.current = start;
  });
  const actions = ticket.allowedActions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || !/^[1-9]$/u.test(event.key) || keysAreTaken(event)) return;
      const action = actions[Number(event.key) - 1];
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);

  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('workbench.noActions')}
      </Text>
    );
  }
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('workbench.actionsLabel')}>
        {actions.map((action, index) => (
          <Button
            key={action}
            variant={index === 0 ? 'filled' : 'default'}
            onClick={() => start(action)}
            loading={immediate.isPending && immediate.variables?.move.action === action}
            rightSection={index < 9 ? <KeyHint keys={[String(index + 1)]} /> : undefined}
          >
            {t(`workflow.actions.${action}`)}
          </Button>
        ))}
      </Group>
      {open ? <MoveDialog ticket={ticket} action={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
