import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './ServiceSettings.module.css';

/**
 * An item's code: as saved (it never changes, tickets store it), or, for a new item, the code
 * it will be saved with, marked new.
 */
export function CodeText({ saved, preview, inline = false }: { saved: string; preview: string; inline?: boolean }) {
  const { t } = useTranslation();
  const className = inline ? classes.codeInline : classes.code;
  if (saved !== '') return <Text className={className}>{saved}</Text>;
  return (
    <Group gap={4} wrap="nowrap" align={inline ? 'center' : 'flex-start'}>
      <Badge size="xs" variant="light" mt={inline ? 0 : 8} tt="none" className={classes.newBadge}>
        {t('serviceSettings.newItem')}
      </Badge>
      <Text className={className} title={t('serviceSettings.codePreview')}>
        {preview}
      </Text>
    </Group>
  );
}
