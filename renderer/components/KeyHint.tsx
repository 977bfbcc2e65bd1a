import { Group, Kbd } from '@mantine/core';

/** A shortcut as shown beside a control: `Alt` `N`. */
export function KeyHint({ keys }: { keys: string[] }) {
  return (
    <Group gap={2} wrap="nowrap" aria-hidden>
      {keys.map((key) => (
        <Kbd key={key} size="xs">
          {key}
        </Kbd>
      ))}
    </Group>
  );
}
