import { Group, PasswordInput, Select, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/domain/roles';
import { useApiQuery } from '../../api/hooks';
import { useFieldProps } from '../../components/forms';
import type { PickupValues } from './pickup-form';
import classes from './Pickup.module.css';

/**
 * A manager approves at the counter with their own PIN: the receptionist stays signed in, and
 * the approval is recorded under the manager's name.
 */
export function ManagerApproval({
  form,
  approverPath,
  pinPath,
  reason,
  currentStaffId,
}: {
  form: UseFormReturnType<PickupValues>;
  approverPath: 'discountApprover' | 'unpaidApprover';
  pinPath: 'discountPin' | 'unpaidPin';
  reason: string;
  currentStaffId: number;
}) {
  const { t } = useTranslation();
  const field = useFieldProps(form);
  const directory = useApiQuery('staff-directory', {});
  const managers = (directory.data ?? [])
    .filter((member) => can(member.role, 'pickup-approve'))
    .map((member) => ({
      value: String(member.id),
      label: member.id === currentStaffId ? t('pickup.managerYou', { name: member.name }) : member.name,
    }));
  return (
    <div role="group" aria-label={reason}>
      <Text size="sm" className={classes.warn} mb={4}>
        {reason}
      </Text>
      <Group gap="xs" align="flex-start" grow>
        <Select label={t('pickup.manager')} data={managers} allowDeselect={false} {...field(approverPath)} />
        <PasswordInput
          label={t('pickup.managerPin')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          {...field(pinPath)}
        />
      </Group>
    </div>
  );
}
