import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconCheck, IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/contract';
import { KeyHint } from '../../../components/KeyHint';
import { MessageText } from './fields';
import type { FieldMessages } from './section-mapping';
import classes from './ServiceSettings.module.css';

export interface SectionFrameProps {
  title: string;
  intro: string;
  editable: boolean;
  state: {
    setFormElement(element: HTMLFormElement | null): void;
    submit(event?: { preventDefault(): void }): void;
    discard(): void;
    dirty: boolean;
    saving: boolean;
    savedAt: Date | null;
    blockedBy: FieldMessages;
  };
  /** Names what another section's path points at (a template by its name), for `blockedBy`. */
  describeBlocker?(path: string): string;
  children: ReactNode;
}

/**
 * One section of the service settings: its title and what it is for, whether it has unsaved
 * changes, Save (Ctrl+S, or Enter in a field) and Discard, and the fields. Staff who may not
 * change settings see the same fields disabled, with a note saying why.
 */
export function SectionFrame({ title, intro, editable, state, describeBlocker, children }: SectionFrameProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const blockedId = useId();
  const { setFormElement, submit, discard, dirty, saving, savedAt, blockedBy } = state;
  const blockers = Object.entries(blockedBy);
  // What blocks a save is said above the list: bring it into view, whatever was scrolled to.
  useEffect(() => {
    if (Object.keys(blockedBy).length > 0)
      document.getElementById(blockedId)?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [blockedBy, blockedId]);
  return (
    <form
      ref={setFormElement}
      onSubmit={submit}
      onKeyDown={editable ? getHotkeyHandler([['mod+S', () => submit()]]) : undefined}
      noValidate
      aria-labelledby={titleId}
    >
      <Stack gap="md">
        <div className={classes.sectionBar}>
          <Title order={2} size="h3" id={titleId} className={classes.sectionHeading}>
            {title}
          </Title>
          {editable ? (
            <Group gap="sm" wrap="nowrap" className={classes.sectionActions}>
              <SaveState dirty={dirty} savedAt={savedAt} />
              <Button variant="default" onClick={discard} disabled={!dirty || saving}>
                {t('serviceSettings.discard')}
              </Button>
              <Button
                type="submit"
                loading={saving}
                disabled={!dirty}
                leftSection={<IconDeviceFloppy size={18} />}
                rightSection={<KeyHint keys={['Ctrl', 'S']} />}
              >
                {t('common.save')}
              </Button>
            </Group>
          ) : null}
        </div>
        <Text c="dimmed" size="sm" mt={-6}>
          {intro}
        </Text>
        {editable ? null : (
          <Alert color="gray" icon={<IconLock size={18} />}>
            {t('settings.readOnly')}
          </Alert>
        )}
        {blockers.length > 0 ? (
          <Alert color="red" title={t('serviceSettings.blockedTitle')} role="alert" id={blockedId}>
            <List size="sm">
              {blockers.map(([path, message]) => (
                <List.Item key={path}>
                  <Blocker name={describeBlocker?.(path) ?? path} message={message} />
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {children}
      </Stack>
    </form>
  );
}

function Blocker({ name, message }: { name: string; message: Message }) {
  return (
    <>
      <Text span fw={600} size="sm">
        {name}
      </Text>
      {' — '}
      <MessageText message={message} />
    </>
  );
}

/** Unsaved changes, or when they were last saved: so nobody walks away thinking a change is in. */
function SaveState({ dirty, savedAt }: { dirty: boolean; savedAt: Date | null }) {
  const { t } = useTranslation();
  if (dirty) {
    return (
      <Badge color="orange" variant="light" size="lg" radius="sm" tt="none" role="status">
        {t('serviceSettings.unsaved')}
      </Badge>
    );
  }
  return (
    <Text size="sm" c="dimmed" role="status" className={classes.saveState}>
      {savedAt ? <IconCheck size={16} aria-hidden /> : null}
      {savedAt
        ? t('serviceSettings.savedAt', {
            time: savedAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false }),
          })
        : t('serviceSettings.noChanges')}
    </Text>
  );
}
