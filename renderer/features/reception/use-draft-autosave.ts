import { useEffect, useRef, useState } from 'react';
import type { IntakeDraft } from '../../../shared/contract';
import { request } from '../../api/hooks';
import { draftData, type IntakeStep, type IntakeValues } from './intake-form';

const AUTOSAVE_DELAY_MS = 400;

export type DraftStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; error: unknown };

/** Something worth keeping: a customer chosen or anything typed. */
function hasContent(values: IntakeValues): boolean {
  return (
    values.customerId !== null ||
    values.newCustomer.name !== '' ||
    values.newCustomer.phone !== '' ||
    values.faultDescription !== '' ||
    values.productCategory !== ''
  );
}

/**
 * Saves the intake as a draft shortly after every change, so closing the app or a power cut
 * loses nothing. Saves run one at a time; the last change always reaches the core.
 */
export function useDraftAutosave(options: {
  values: IntakeValues;
  step: IntakeStep;
  summary: string;
  initialDraftId: number | null;
  enabled: boolean;
}) {
  const [draftId, setDraftId] = useState(options.initialDraftId);
  const [status, setStatus] = useState<DraftStatus>({ state: 'idle' });
  const idRef = useRef(options.initialDraftId);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const serialized = JSON.stringify(draftData(options.values, options.step));
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      // Opening a draft is not a change to it.
      first.current = false;
      return undefined;
    }
    if (!options.enabled || !hasContent(options.values)) return undefined;
    const timer = window.setTimeout(() => {
      const save = async () => {
        setStatus({ state: 'saving' });
        try {
          const saved: IntakeDraft = await request('drafts-save', {
            id: idRef.current,
            customerId: options.values.customerId,
            summary: options.summary,
            data: JSON.parse(serialized) as Record<string, unknown>,
          });
          idRef.current = saved.id;
          setDraftId(saved.id);
          setStatus({ state: 'saved', at: saved.updatedAt });
        } catch (error) {
          setStatus({ state: 'failed', error });
        }
      };
      chain.current = chain.current.then(save, save);
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // `serialized` stands for the values and the step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serialized, options.enabled, options.summary]);

  /** Waits for saves in flight, so a recorded intake removes the draft it came from. */
  const settle = async (): Promise<number | null> => {
    await chain.current.catch(() => undefined);
    return idRef.current;
  };
  return { draftId, status, settle };
}
