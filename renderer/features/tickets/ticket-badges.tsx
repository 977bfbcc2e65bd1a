import {
  Badge,
  darken,
  Group,
  useMantineTheme,
  type BadgeProps,
  type MantineColor,
  type MantineTheme,
} from '@mantine/core';
import { IconAlertTriangle, IconBolt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ServiceType } from '../../../shared/domain/service-types';
import type { Priority } from '../../../shared/domain/sla';
import type { TicketState } from '../../../shared/domain/ticket-states';
import type { WarrantyStatus } from '../../../shared/domain/warranty';

/**
 * Where a ticket stands, by colour family: new, in the workshop, waiting on someone, ready, done.
 * Only palettes whose darkest shade reads at WCAG AA on its own tint (yellow and green do not).
 */
const stateColors: Record<TicketState, MantineColor> = {
  received: 'blue',
  diagnosing: 'cyan',
  'awaiting-approval': 'violet',
  'awaiting-parts': 'violet',
  'on-hold': 'yellow',
  repairing: 'cyan',
  qa: 'cyan',
  ready: 'teal',
  'picked-up': 'gray',
  'returned-unrepaired': 'gray',
  cancelled: 'gray',
  closed: 'gray',
};

const priorityColors: Record<Priority, MantineColor> = { normal: 'gray', urgent: 'orange', critical: 'red' };

/** Badges keep the case the catalog gives (Mantine upper-cases them by default). */
const badgeDefaults: BadgeProps = { variant: 'light', tt: 'none', radius: 'sm', fw: 600 };

const wrapping = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2, maxWidth: '100%' },
  label: { whiteSpace: 'normal', lineHeight: 1.25, overflow: 'visible' },
} as const;

/** A long state in a narrow column may take two lines (`multiline`) rather than be cut short. */
/** Orange's darkest shade falls short of 4.5:1 on its own tint: a little darker, still orange. */
function readableOrange(theme: MantineTheme): string {
  return darken(theme.colors.orange[9], 0.2);
}

export function StateBadge({
  state,
  size = 'md',
  multiline = false,
}: {
  state: TicketState;
  size?: BadgeProps['size'];
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Badge {...badgeDefaults} size={size} color={stateColors[state]} styles={multiline ? wrapping : undefined}>
      {t(`ticketStates.${state}`)}
    </Badge>
  );
}

/** Urgent and critical carry an icon too where there is room (`withIcon`), besides their word and colour. */
export function PriorityBadge({
  priority,
  size = 'md',
  withIcon = true,
}: {
  priority: Priority;
  size?: BadgeProps['size'];
  withIcon?: boolean;
}) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const icon = !withIcon ? null : priority === 'critical' ? (
    <IconAlertTriangle size={12} aria-hidden />
  ) : priority === 'urgent' ? (
    <IconBolt size={12} aria-hidden />
  ) : null;
  return (
    <Badge
      {...badgeDefaults}
      size={size}
      // Critical is solid, to stand out even on an overdue row's red tint; red-9 keeps white text above 4.5:1.
      variant={priority === 'critical' ? 'filled' : 'light'}
      color={priority === 'critical' ? 'red.9' : priorityColors[priority]}
      c={priority === 'urgent' ? readableOrange(theme) : undefined}
      leftSection={icon}
    >
      {t(`priorities.${priority}`)}
    </Badge>
  );
}

/** Covered (by the maker or by us), not covered, or not known yet (worth asking for the invoice). */
export function WarrantyBadge({ status }: { status: WarrantyStatus }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const color = status === 'out' ? 'gray' : status === 'unknown' ? 'orange' : 'teal';
  return (
    <Badge {...badgeDefaults} color={color} c={status === 'unknown' ? readableOrange(theme) : undefined}>
      {t(`warranty.status.${status}`)}
    </Badge>
  );
}

/** Where the ticket stands, what kind of service it is and how urgent: the badges atop a ticket. */
export function TicketBadges({
  ticket,
}: {
  ticket: { state: TicketState; serviceType: ServiceType; priority: Priority };
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <StateBadge state={ticket.state} size="lg" />
      <Badge variant="outline" color="gray" tt="none" size="lg" radius="sm" c="dark.6">
        {t(`serviceTypes.${ticket.serviceType}`)}
      </Badge>
      <PriorityBadge priority={ticket.priority} size="lg" />
    </Group>
  );
}
