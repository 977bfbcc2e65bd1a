import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { estimateLineKinds } from '../../../shared/domain/fees';
import { useFieldProps } from '../../components/forms';
import { emptyLine, type MoveValues } from './move-forms';

/** The bill's lines, one row each: kind, item, spec and why replaced (parts), quantity, unit price, warranty. */
export function BillLinesField({ form }: { form: UseFormReturnType<MoveValues> }) {
  const { t } = useTranslation();
  const field = useFieldProps(form);
  const lines = form.getValues().lines;
  // A problem with the lines as a whole (none given, or a bill below the intake's discount).
  const listError = field('lines').error;
  const kindOptions = estimateLineKinds.map((kind) => ({ value: kind, label: t(`lineKinds.${kind}`) }));
  const label = (name: string, index: number) => `${t(name)} ${index + 1}`;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('workbench.form.lines')}
      </Text>
      {lines.length > 0 ? (
        <Table verticalSpacing={4} horizontalSpacing={6} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t('workbench.form.lineKind')}</Table.Th>
              <Table.Th>{t('workbench.form.description')}</Table.Th>
              <Table.Th w={120}>{t('workbench.form.spec')}</Table.Th>
              <Table.Th w={130}>{t('workbench.form.reason')}</Table.Th>
              <Table.Th w={70}>{t('workbench.form.quantity')}</Table.Th>
              <Table.Th w={110}>{t('workbench.form.unitPrice')}</Table.Th>
              <Table.Th w={60}>{t('workbench.form.covered')}</Table.Th>
              <Table.Th w={36} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  <Select
                    aria-label={label('workbench.form.lineKind', index)}
                    data={kindOptions}
                    allowDeselect={false}
                    {...field(`lines.${index}.kind`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={label('workbench.form.description', index)}
                    {...field(`lines.${index}.description`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={label('workbench.form.spec', index)}
                    disabled={line.kind !== 'part'}
                    {...field(`lines.${index}.spec`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={label('workbench.form.reason', index)}
                    disabled={line.kind !== 'part'}
                    {...field(`lines.${index}.reason`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={label('workbench.form.quantity', index)}
                    min={1}
                    max={999}
                    allowDecimal={false}
                    hideControls
                    {...field(`lines.${index}.quantity`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={label('workbench.form.unitPrice', index)}
                    inputMode="decimal"
                    {...field(`lines.${index}.unitYuan`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={label('workbench.form.covered', index)}
                    {...field(`lines.${index}.warrantyCovered`, { type: 'checkbox' })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('workbench.form.removeLine', { index: index + 1 })}
                    onClick={() => form.removeListItem('lines', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {listError ? (
        <Text size="sm" c="red.8" role="alert">
          {listError}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('lines', emptyLine())}
        >
          {t('workbench.form.addLine')}
        </Button>
      </Group>
    </Stack>
  );
}
