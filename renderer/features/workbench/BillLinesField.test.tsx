import { useForm } from '@mantine/form';
import { screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test-utils';
import { serviceSettings, ticketDetail } from '../tickets/test-fixtures';
import { BillLinesField } from './BillLinesField';
import { initialValues } from './move-forms';

/** The diagnosis form's lines, with the errors the core named (already mapped to form fields). */
function Lines({ errors }: { errors: Record<string, string> }) {
  const form = useForm({ initialValues: initialValues('diagnose', ticketDetail(), serviceSettings, 'en') });
  useEffect(() => form.setErrors(errors), []); // eslint-disable-line react-hooks/exhaustive-deps
  return <BillLinesField form={form} />;
}

describe('the bill’s lines', () => {
  it('shows a problem with one line beside it, and one with the lines as a whole under them', async () => {
    renderWithApp(
      <Lines errors={{ 'lines.0.unitYuan': 'fees.problem.lineTooLarge', lines: 'fees.problem.discountTooLarge' }} />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The discount is more than is left to pay');
    expect(screen.getByRole('textbox', { name: 'Unit price (¥) 1' })).toHaveAccessibleDescription(
      /A line cannot exceed/,
    );
  });
});
