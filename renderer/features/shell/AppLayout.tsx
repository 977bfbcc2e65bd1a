import { AppShell } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';
import type { StaffDirectoryEntry } from '../../../shared/contract';
import { assertNever } from '../../../shared/domain/assert-never';
import { navigate, sectionRoute, sections, useRoute, type Route } from '../../app/route';
import { CustomerDetailPage } from '../customers/CustomerDetailPage';
import { CustomersPage } from '../customers/CustomersPage';
import { PrintedQuestion } from '../printing/PrintedQuestion';
import { ReceptionPage } from '../reception/ReceptionPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TicketDetailPage } from '../tickets/TicketDetailPage';
import { TicketsPage } from '../tickets/TicketsPage';
import { WorkbenchPage } from '../workbench/WorkbenchPage';
import { NavBar } from './NavBar';
import { ReportsPage } from '../reports/ReportsPage';
import { PickupPage } from '../pickup/PickupPage';
import { TopBar } from './TopBar';

export interface AppLayoutProps {
  staff: StaffDirectoryEntry;
  shopName: string;
  version: string;
}

/** The workstation: navigation on the left, search and staff on top, the section in the middle. */
export function AppLayout({ staff, shopName, version }: AppLayoutProps) {
  const route = useRoute();
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys(
    [
      ...sections.map(
        (section, index) => [`alt+${index + 1}`, () => navigate(sectionRoute(section))] as [string, () => void],
      ),
      ['mod+k', () => searchRef.current?.focus()],
      ['F3', () => searchRef.current?.focus()],
    ],
    [],
  );

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <TopBar staff={staff} shopName={shopName} searchRef={searchRef} />
      </AppShell.Header>
      <AppShell.Navbar>
        <NavBar active={route.section} version={version} />
      </AppShell.Navbar>
      <AppShell.Main h="100dvh">
        <Content route={route} staff={staff} />
      </AppShell.Main>
      <PrintedQuestion />
    </AppShell>
  );
}

function Content({ route, staff }: { route: Route; staff: StaffDirectoryEntry }) {
  switch (route.section) {
    case 'reception':
      return <ReceptionPage staff={staff} />;
    case 'tickets':
      return route.ticketId === null ? <TicketsPage /> : <TicketDetailPage id={route.ticketId} staff={staff} />;
    case 'workbench':
      return <WorkbenchPage ticketId={route.ticketId} staff={staff} />;
    case 'pickup':
      return <PickupPage ticketId={route.ticketId} staff={staff} />;
    case 'reports':
      return <ReportsPage staff={staff} />;
    case 'customers':
      return route.customerId === null ? (
        <CustomersPage staff={staff} />
      ) : (
        <CustomerDetailPage id={route.customerId} staff={staff} />
      );
    case 'settings':
      return <SettingsPage staff={staff} />;
    default:
      return assertNever(route);
  }
}
