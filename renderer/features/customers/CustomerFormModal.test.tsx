import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../shared/contract';
import { installApi, renderWithApp } from '../../test-utils';
import { CustomerFormModal } from './CustomerFormModal';

const existing: Customer = {
  id: 12,
  name: '王小明',
  phone: '138 1234 5678',
  phoneMasked: '138****5678',
  phoneKind: 'mobile',
  company: '',
  address: '',
  notes: '',
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-01T02:00:00.000Z',
};

describe('CustomerFormModal', () => {
  it('refuses an invalid phone with a message beside the field, without calling the core', async () => {
    const create = vi.fn();
    installApi({ 'customers-create': create });
    renderWithApp(<CustomerFormModal opened onClose={() => undefined} customer={null} />);

    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Li Lei');
    await userEvent.type(screen.getByRole('textbox', { name: /Phone/ }), '12345');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Not a valid phone number/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Phone/ })).toHaveAttribute('aria-invalid', 'true');
    expect(create).not.toHaveBeenCalled();
  });

  it('offers the existing customer when the phone is already on file', async () => {
    installApi({
      'customers-create': async () => ({
        ok: false,
        error: {
          code: 'conflict',
          key: 'errors.duplicatePhone',
          message: 'This phone number already belongs to 王小明',
          params: { name: existing.name },
          fields: { phone: { key: 'errors.duplicatePhone', params: { name: existing.name } } },
          details: { existingCustomerId: existing.id, existingCustomerName: existing.name },
        },
      }),
    });
    renderWithApp(<CustomerFormModal opened onClose={() => undefined} customer={null} />);

    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), '王晓明');
    await userEvent.type(screen.getByRole('textbox', { name: /Phone/ }), '138 1234 5678');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Open 王小明' }));
    expect(window.location.hash).toBe('#/customers/12');
  });
});
