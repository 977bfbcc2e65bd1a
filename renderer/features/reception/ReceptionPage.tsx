import { Alert, Center, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeDraft, StaffDirectoryEntry, TicketDetail } from '../../../shared/contract';
import { can } from '../../../shared/domain/roles';
import { looksLikeTicketNumber } from '../../../shared/domain/ticket-number';
import { queryKey, request, useApiQuery } from '../../api/hooks';
import { navigate } from '../../app/route';
import { errorText } from '../../components/messages';
import { DraftList } from './DraftList';
import { emptyIntake, valuesFromDraft, type IntakeStep, type IntakeValues } from './intake-form';
import { IntakeFlow } from './IntakeFlow';
import { RecordResult } from './RecordResult';
import { useBarcodeScanner } from './use-barcode-scanner';

interface Session {
  key: number;
  draftId: number | null;
  values: IntakeValues;
  step: IntakeStep;
}

let sessionKey = 0;
const fresh = (): Session => ({ key: (sessionKey += 1), draftId: null, values: emptyIntake(), step: 'greet' });

/** The counter conversation, from greeting to a recorded ticket; unfinished intakes are offered again. */
export function ReceptionPage({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mayTakeIn = can(staff.role, 'intake');
  const settings = useApiQuery('settings-service-get', {});
  const drafts = useApiQuery('drafts-list', {}, { enabled: mayTakeIn });
  const [session, setSession] = useState<Session>(fresh);
  const [recorded, setRecorded] = useState<TicketDetail | null>(null);

  const openScanned = useCallback(
    (code: string) => {
      request('tickets-find-by-number', { number: code })
        .then((ticket) => {
          navigate({ section: 'tickets', ticketId: ticket.id });
        })
        .catch((error: unknown) => notifications.show({ color: 'red', message: errorText(t, error) }));
    },
    [t],
  );
  useBarcodeScanner(looksLikeTicketNumber, openScanned);

  const onDraftSaved = useCallback(
    (id: number) => setSession((current) => (current.draftId === id ? current : { ...current, draftId: id })),
    [],
  );

  if (!mayTakeIn) {
    return (
      <Center h="100%">
        <Alert color="gray" title={t('reception.title')}>
          {t('reception.notAllowed')}
        </Alert>
      </Center>
    );
  }
  if (settings.error) return <Alert color="red">{errorText(t, settings.error)}</Alert>;
  if (!settings.data) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  if (recorded) {
    return (
      <RecordResult
        ticket={recorded}
        onNext={() => {
          setRecorded(null);
          setSession(fresh());
        }}
      />
    );
  }

  const resume = (draft: IntakeDraft) => {
    const { values, step } = valuesFromDraft(draft.data);
    setSession({ key: (sessionKey += 1), draftId: draft.id, values, step });
  };
  const discardDraft = async (draft: IntakeDraft) => {
    await request('drafts-discard', { id: draft.id }).catch(() => undefined);
    void queryClient.invalidateQueries({ queryKey: queryKey('drafts-list') });
    if (session.draftId === draft.id) setSession(fresh());
    notifications.show({ message: t('reception.discarded') });
  };
  const otherDrafts = (drafts.data ?? []).filter((draft) => draft.id !== session.draftId);
  // Offered while this intake has nothing in it yet; once typing starts, it is the one at hand.
  const showDrafts = session.draftId === null;

  return (
    <Stack h="100%" gap="md">
      <Title order={1} size="h2">
        {t('reception.title')}
      </Title>
      {showDrafts ? (
        <DraftList drafts={otherDrafts} onResume={resume} onDiscard={(draft) => void discardDraft(draft)} />
      ) : null}
      <IntakeFlow
        key={session.key}
        settings={settings.data}
        initial={session.values}
        initialStep={session.step}
        draftId={session.draftId}
        onRecorded={setRecorded}
        onDiscarded={() => setSession(fresh())}
        onDraftSaved={onDraftSaved}
      />
    </Stack>
  );
}
