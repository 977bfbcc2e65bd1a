import { TextInput, type TextInputProps } from '@mantine/core';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeTime } from './typed-time';

export type TimeFieldProps = Omit<TextInputProps, 'onChange' | 'value'> & {
  value?: string;
  onChange(value: string): void;
};

/** A 24-hour `HH:mm` time as text: the same on every computer, tidied when the field is left (`9` → `09:00`). */
export function TimeField({ value = '', onChange, onBlur, ...props }: TimeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      w={100}
      maxLength={5}
      placeholder={t('serviceSettings.hours.timePlaceholder')}
      autoComplete="off"
      // In a row of times the message runs on under the next field rather than wrapping in a narrow column.
      styles={{ error: { whiteSpace: 'nowrap' } }}
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const tidy = normalizeTime(value);
        if (tidy !== value) onChange(tidy);
        onBlur?.(event);
      }}
    />
  );
}
