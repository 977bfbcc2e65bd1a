import type { StaffDirectoryEntry } from '../../../shared/contract';
import { NotBuilt } from '../shell/NotBuilt';

/** The counter conversation, from greeting to a recorded ticket. */
export function ReceptionPage({ staff: _staff }: { staff: StaffDirectoryEntry }) {
  return <NotBuilt section="reception" />;
}
