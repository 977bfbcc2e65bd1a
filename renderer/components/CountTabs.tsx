import { Badge, Tabs } from '@mantine/core';

/** Tabs as pills, each with its count (… while it is read): the workbench's queues, the shelf's filters. */
export function CountTabs<T extends string>({
  value,
  onChange,
  options,
  label,
  name,
  count,
}: {
  value: T;
  onChange(value: NoInfer<T>): void;
  options: readonly T[];
  /** The accessible name of the tab list. */
  label: string;
  name(option: NoInfer<T>): string;
  count(option: NoInfer<T>): number | undefined;
}) {
  return (
    <Tabs value={value} onChange={(chosen) => chosen && onChange(chosen as T)} variant="pills">
      <Tabs.List aria-label={label}>
        {options.map((option) => (
          <Tabs.Tab
            key={option}
            value={option}
            rightSection={
              <Badge size="sm" variant={option === value ? 'white' : 'light'} color="gray" circle={false}>
                {count(option) ?? '…'}
              </Badge>
            }
          >
            {name(option)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
