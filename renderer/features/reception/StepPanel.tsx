import { Button } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Reception.module.css';

/**
 * The current step's fields. When they do not all fit (a small screen, a shop's long checklists),
 * the panel scrolls and a "More below" cue at its foot says so and scrolls on: no field is left
 * to be found by chance.
 */
export function StepPanel({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const panelRef = useRef<HTMLDivElement>(null);
  const [moreBelow, setMoreBelow] = useState(false);
  const update = () => {
    const panel = panelRef.current;
    if (panel) setMoreBelow(panel.scrollHeight - panel.scrollTop - panel.clientHeight > 4);
  };
  // After every render (a step's fields change its height), on scrolling, and on resizing.
  useLayoutEffect(update);
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    panel.addEventListener('scroll', update, { passive: true });
    const resizing = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resizing?.observe(panel);
    return () => {
      panel.removeEventListener('scroll', update);
      resizing?.disconnect();
    };
  }, []);
  return (
    <div className={classes.stepFrame}>
      <div ref={panelRef} data-step-panel className={classes.stepPanel}>
        {children}
      </div>
      {moreBelow ? (
        <Button
          className={classes.moreBelow}
          size="compact-sm"
          variant="white"
          leftSection={<IconArrowDown size={14} />}
          onClick={() => panelRef.current?.scrollBy({ top: panelRef.current.clientHeight * 0.8, behavior: 'smooth' })}
        >
          {t('reception.moreBelow')}
        </Button>
      ) : null}
    </div>
  );
}
