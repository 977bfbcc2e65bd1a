import { ActionIcon, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ItemActionsProps {
  /** The item as a person would name it in "Move … up" (its name, or its position). */
  name: string;
  index: number;
  count: number;
  onMove(from: number, to: number): void;
  onRemove(): void;
  /** Further buttons before the standard ones. */
  children?: ReactNode;
}

/** Move up, move down and remove for a row of an editable list, each named for the row. */
export function ItemActions({ name, index, count, onMove, onRemove, children }: ItemActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end" pt={2}>
      {children}
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t('serviceSettings.moveUp', { name })}
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t('serviceSettings.moveDown', { name })}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        <IconArrowDown size={16} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={t('serviceSettings.remove', { name })} onClick={onRemove}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
