import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type Customer } from '../../../shared/contract';
import { queryKey, type ApiError, useApiMutation } from '../../api/hooks';
import { navigate } from '../../app/route';
import { schemaValidate, showSaveError, useFieldProps } from '../../components/forms';

export interface CustomerFormModalProps {
  opened: boolean;
  onClose(): void;
  /** The customer to edit, or null to create one. */
  customer: Customer | null;
}

interface Duplicate {
  id: number;
  name: string;
}

function duplicateOf(error: ApiError): Duplicate | null {
  const details = error.error.details;
  if (error.error.code !== 'conflict' || !details) return null;
  const id = details.existingCustomerId;
  const name = details.existingCustomerName;
  return typeof id === 'number' && typeof name === 'string' ? { id, name } : null;
}

/** Create or edit a customer. A phone that already belongs to someone offers that customer instead. */
export function CustomerFormModal({ opened, onClose, customer }: CustomerFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={customer ? t('customers.editTitle') : t('customers.createTitle')}
      size="lg"
      centered
    >
      {opened ? <CustomerForm customer={customer} onDone={onClose} /> : null}
    </Modal>
  );
}

function CustomerForm({ customer, onDone }: { customer: Customer | null; onDone(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: customer?.name ?? '',
      phone: customer?.phone ?? '',
      company: customer?.company ?? '',
      address: customer?.address ?? '',
      notes: customer?.notes ?? '',
    },
    validate: schemaValidate(contract['customers-create'].input),
  });
  const field = useFieldProps(form);

  const onError = (error: ApiError) => {
    setDuplicate(duplicateOf(error));
    showSaveError(form, t, error);
  };
  const onSaved = (saved: Customer, message: string) => {
    void queryClient.invalidateQueries({ queryKey: queryKey('customers-list') });
    void queryClient.invalidateQueries({ queryKey: queryKey('customers-search') });
    queryClient.setQueryData(['customers-get', { id: saved.id }], saved);
    notifications.show({ color: 'teal', message });
    onDone();
    navigate({ section: 'customers', customerId: saved.id });
  };
  const create = useApiMutation('customers-create', {
    onSuccess: (saved) => onSaved(saved, t('customers.created', { name: saved.name })),
    onError,
  });
  const update = useApiMutation('customers-update', {
    onSuccess: (saved) => onSaved(saved, t('customers.updated', { name: saved.name })),
    onError,
  });

  const submit = form.onSubmit((values) => {
    setDuplicate(null);
    if (customer) update.mutate({ id: customer.id, ...values });
    else create.mutate(values);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput label={t('customers.name')} withAsterisk data-autofocus {...field('name')} />
          <TextInput
            label={t('customers.phone')}
            description={t('customers.phoneDescription')}
            withAsterisk
            inputMode="tel"
            {...field('phone')}
            onChange={(event) => {
              setDuplicate(null);
              form.setFieldValue('phone', event.currentTarget.value);
            }}
          />
        </SimpleGrid>
        {duplicate ? (
          <Alert color="yellow" title={t('customers.duplicateTitle')}>
            <Group justify="space-between">
              {t('errors.duplicatePhone', { name: duplicate.name })}
              <Button
                size="xs"
                variant="filled"
                color="yellow"
                onClick={() => {
                  onDone();
                  navigate({ section: 'customers', customerId: duplicate.id });
                }}
              >
                {t('customers.openExisting', { name: duplicate.name })}
              </Button>
            </Group>
          </Alert>
        ) : null}
        <TextInput label={t('customers.company')} {...field('company')} />
        <TextInput label={t('customers.address')} {...field('address')} />
        <Textarea label={t('customers.notes')} autosize minRows={2} maxRows={6} {...field('notes')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
