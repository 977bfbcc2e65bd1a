import { PasswordInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type InputProps = Record<string, unknown>;

/** A new PIN typed twice, side by side: setup, adding staff and resetting a PIN all ask this way. */
export function PinFields({
  pin,
  pinConfirm,
  autoFocus = false,
}: {
  pin: InputProps;
  pinConfirm: InputProps;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const common = { withAsterisk: true, inputMode: 'numeric', maxLength: 6, autoComplete: 'new-password' } as const;
  return (
    <SimpleGrid cols={2}>
      <PasswordInput label={t('setup.adminPin')} {...common} data-autofocus={autoFocus || undefined} {...pin} />
      <PasswordInput label={t('setup.adminPinConfirm')} {...common} {...pinConfirm} />
    </SimpleGrid>
  );
}
