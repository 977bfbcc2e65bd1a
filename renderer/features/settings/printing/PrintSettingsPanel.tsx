import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffDirectoryEntry } from '../../../../shared/contract';
import { can } from '../../../../shared/domain/roles';
import { useApiQuery } from '../../../api/hooks';
import { errorText } from '../../../components/messages';
import { PrintSettingsForm } from './PrintSettingsForm';

/** Settings → Printing: each document's printer, paper, copies and auto-print, and a test page. */
export function PrintSettingsPanel({ staff }: { staff: StaffDirectoryEntry }) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings-printing-get', {});
  const printers = useApiQuery('printers-list', {});
  if (settings.isPending || printers.isPending) return <Loader aria-label={t('common.loading')} />;
  if (settings.isError) return <Alert color="red">{errorText(t, settings.error)}</Alert>;
  if (printers.isError) return <Alert color="red">{errorText(t, printers.error)}</Alert>;
  return (
    <PrintSettingsForm settings={settings.data} printers={printers.data} editable={can(staff.role, 'settings-edit')} />
  );
}
