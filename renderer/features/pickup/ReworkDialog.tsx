import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/contract';
import { useFieldProps } from '../../components/forms';
import { KeyHint } from '../../components/KeyHint';
import { errorText, fieldErrors } from '../../components/messages';
import { useTicketMove } from '../workbench/use-ticket-move';

/**
 * The customer checked the device at the counter and found something wrong: it goes back to the
 * bench with what they said, and nothing is charged yet.
 */
export function ReworkDialog({ ticket, onClose }: { ticket: TicketDetail; onClose(): void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { complaint: '' } });
  const field = useFieldProps(form);
  const move = useTicketMove({
    onDone: onClose,
    onError: (error) => {
      const fields = fieldErrors(t, error);
      form.setErrors({ complaint: fields['move.complaint'] ?? errorText(t, error) });
    },
  });
  const submit = () =>
    move.mutate({
      ticketId: ticket.id,
      version: ticket.version,
      move: { action: 'rework', complaint: form.getValues().complaint },
    });
  return (
    <Modal opened onClose={onClose} title={t('pickup.reworkTitle', { number: ticket.number })} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('pickup.reworkHint')}</Text>
          <Textarea
            label={t('pickup.complaint')}
            autosize
            minRows={3}
            data-autofocus
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                submit();
              }
            }}
            {...field('complaint')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="orange"
              loading={move.isPending}
              rightSection={<KeyHint keys={['Ctrl', 'Enter']} />}
            >
              {t('pickup.sendBack')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
