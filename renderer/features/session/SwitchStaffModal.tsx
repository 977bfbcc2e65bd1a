import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './SignInForm';

/** Hands the counter to another staff member without signing out first. */
export function SwitchStaffModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('signIn.switchTitle')} size="lg" centered>
      <SignInForm submitLabel={t('signIn.switchSubmit')} initialStaffId={null} onSignedIn={onClose} />
    </Modal>
  );
}
