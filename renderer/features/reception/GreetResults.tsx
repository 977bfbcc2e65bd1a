import { Alert, Text } from '@mantine/core';
import { IconDeviceMobile, IconUser } from '@tabler/icons-react';
import { memo, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptionSearchResult } from '../../../shared/contract';
import type { ApiError } from '../../api/hooks';
import { errorText } from '../../components/messages';
import type { GreetPick } from './greet-picks';
import classes from './Reception.module.css';
import { TicketLine } from './TicketLine';

interface Props {
  data: ReceptionSearchResult | undefined;
  /** The entry these results answer. */
  query: string;
  error: ApiError | null;
  resultsRef: RefObject<HTMLDivElement | null>;
  onChoose(pick: GreetPick): void;
}

/**
 * The greet search's results, grouped: tickets, customers, devices; ↑ ↓ move between them. Drawn
 * again only when a reply arrives, not on every keystroke, and in plain elements styled by class:
 * the box must answer within two frames.
 */
export const GreetResults = memo(function GreetResults({ data, query, error, resultsRef, onChoose }: Props) {
  const { t } = useTranslation();
  if (error) return <Alert color="red">{errorText(t, error)}</Alert>;
  // Nothing until the first answer (a few milliseconds): a spinner shown and taken away costs frames.
  if (!data) return null;

  const focusResult = (index: number) => {
    const buttons = resultsRef.current?.querySelectorAll<HTMLElement>('[data-result]') ?? [];
    buttons[Math.max(0, Math.min(buttons.length - 1, index))]?.focus();
  };
  let position = 0;
  const resultButton = (pick: GreetPick, content: ReactNode, key: string) => {
    const at = position;
    position += 1;
    const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        focusResult(at + (event.key === 'ArrowDown' ? 1 : -1));
      }
    };
    return (
      <button
        type="button"
        key={key}
        data-result
        className={classes.result}
        onClick={() => onChoose(pick)}
        onKeyDown={onKeyDown}
      >
        {content}
      </button>
    );
  };

  if (data.tickets.length + data.customers.length + data.devices.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {data.hint === 'too-few-digits'
          ? t('reception.greet.tooFewDigits')
          : data.hint === 'whole-number'
            ? t('reception.greet.wholeNumber')
            : t('reception.greet.noMatch', { query })}
      </Text>
    );
  }
  return (
    <div className={classes.results}>
      {data.tickets.length > 0 ? <p className={classes.groupLabel}>{t('reception.greet.tickets')}</p> : null}
      {data.tickets.map((ticket) =>
        resultButton({ kind: 'ticket', id: ticket.id }, <TicketLine ticket={ticket} />, `t${ticket.id}`),
      )}
      {data.customers.length > 0 ? <p className={classes.groupLabel}>{t('reception.greet.customers')}</p> : null}
      {data.customers.map((customer) =>
        resultButton(
          { kind: 'customer', id: customer.id },
          <span className={classes.resultRow}>
            <span className={classes.resultMain}>
              <IconUser size={16} className={classes.resultIcon} />
              <span className={classes.resultName}>{customer.name}</span>
              {customer.company ? <span className={classes.resultExtra}>{customer.company}</span> : null}
            </span>
            <span className={classes.resultCode}>{customer.phone ?? customer.phoneMasked}</span>
          </span>,
          `c${customer.id}`,
        ),
      )}
      {data.devices.length > 0 ? <p className={classes.groupLabel}>{t('reception.greet.devices')}</p> : null}
      {data.devices.map(({ device, customer }) =>
        resultButton(
          { kind: 'device', device },
          <span className={classes.resultRow}>
            <span className={classes.resultMain}>
              <IconDeviceMobile size={16} className={classes.resultIcon} />
              <span className={classes.resultName}>{`${device.brand} ${device.model}`.trim()}</span>
              <span className={classes.resultCode}>{device.serial}</span>
            </span>
            <span className={classes.resultExtra}>{customer.name}</span>
          </span>,
          `d${device.id}`,
        ),
      )}
    </div>
  );
});
