import { Button, Group, Pill, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOfWeek, isIsoDate } from '../../../../shared/domain/calendar';
import classes from './ServiceSettings.module.css';
import { normalizeDate } from './typed-time';

export interface DateListProps {
  dates: readonly string[];
  onChange(dates: string[]): void;
  /** A problem with the list as a whole, from the form. */
  error: ReactNode;
  /** The label of the date input that adds one. */
  addLabel: string;
  /** The list's accessible name. */
  listLabel: string;
  editable: boolean;
}

/** A list of calendar dates kept in order: a date input and Add (or Enter), each date removable. */
export function DateList({ dates, onChange, error, addLabel, listLabel, editable }: DateListProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const date = normalizeDate(draft);
    if (!isIsoDate(date)) {
      setProblem(t('validation.date'));
      return;
    }
    if (dates.includes(date)) {
      setProblem(t('serviceSettings.hours.alreadyListed', { date }));
      return;
    }
    onChange([...dates, date].sort());
    setDraft('');
    setProblem(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter adds the date rather than saving the whole section.
    event.preventDefault();
    event.stopPropagation();
    add();
  };
  const remove = (date: string) => {
    onChange(dates.filter((candidate) => candidate !== date));
  };

  return (
    <Stack gap="xs">
      {editable ? (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={addLabel}
            placeholder={t('serviceSettings.hours.datePlaceholder')}
            autoComplete="off"
            w={220}
            value={draft}
            error={problem}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              setProblem(null);
            }}
            onKeyDown={onKeyDown}
          />
          <Button variant="light" mt={25} leftSection={<IconPlus size={16} />} onClick={add}>
            {t('serviceSettings.hours.addDate')}
          </Button>
        </Group>
      ) : null}
      <Group gap={6} className={classes.datePills} role="list" aria-label={listLabel}>
        {dates.length === 0 ? (
          <Text size="sm" c="dimmed" role="listitem">
            {t('serviceSettings.hours.noDates')}
          </Text>
        ) : null}
        {dates.map((date) => (
          <Pill
            key={date}
            role="listitem"
            size="md"
            withRemoveButton={editable}
            onRemove={() => remove(date)}
            removeButtonProps={{
              tabIndex: 0,
              'aria-hidden': false,
              'aria-label': t('serviceSettings.hours.removeDate', { date }),
            }}
          >
            {isIsoDate(date)
              ? t('serviceSettings.hours.dateWithWeekday', {
                  date,
                  weekday: t(`serviceSettings.hours.weekdayShort.${dayOfWeek(date)}`),
                })
              : date}
          </Pill>
        ))}
      </Group>
      {error ? (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
