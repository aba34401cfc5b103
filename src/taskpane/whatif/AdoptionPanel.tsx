/**
 * "Make it a scenario…": asks the session for a plan (which writes nothing), shows its writes — or
 * why it is refused — for the user to confirm, writes it, and offers to undo what was written.
 * After a write or an undo the workspace recalculates.
 */
import { Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language, StoredWhatIf } from '../../engine';
import type { AdoptionPlan, AdoptionReceipt } from '../../pipeline/adoption';
import type { ChangeResult } from '../../pipeline/session';
import type { Adoption } from '../use-workspace';
import { adoptedText, adoptionPlanText, adoptionUndoneText } from '../../pipeline/adoption-texts';
import { ADOPTION_TEXTS } from './adoption-texts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  list: { margin: 0, overflowWrap: 'anywhere' },
});

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'plan'; readonly plan: AdoptionPlan }
  | { readonly kind: 'adopted'; readonly receipt: AdoptionReceipt }
  | { readonly kind: 'note'; readonly message: string };

export interface AdoptionPanelProps {
  readonly whatIf: StoredWhatIf;
  /** False while the what-if has no name it could be adopted by. */
  readonly ready: boolean;
  readonly adoption: Adoption;
  readonly language: Language;
}

export function AdoptionPanel({ whatIf, ready, adoption, language }: AdoptionPanelProps) {
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const t = (key: keyof typeof ADOPTION_TEXTS): string => ADOPTION_TEXTS[key][language];
  /** Runs a change; on a failure (or a run going on) says why. */
  const change = <T,>(run: () => Promise<ChangeResult<T>>, then: (value: T) => Step): void => {
    setStep({ kind: 'working' });
    run().then(
      (result) => {
        setStep(
          result.kind === 'done'
            ? then(result.value)
            : {
                kind: 'note',
                message: result.kind === 'busy' ? busyText(language) : result.message,
              },
        );
      },
      (error: unknown) => {
        setStep({ kind: 'note', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };
  const plan = step.kind === 'plan' ? step.plan : null;
  return (
    <section className={styles.root} aria-label={t('button')}>
      {(step.kind === 'idle' || step.kind === 'note') && (
        <div className={styles.row}>
          <Button
            disabled={!ready}
            onClick={() => {
              change(
                () => adoption.plan(whatIf),
                (value): Step => ({ kind: 'plan', plan: value }),
              );
            }}
          >
            {t('button')}
          </Button>
        </div>
      )}
      {step.kind === 'working' && <Spinner size="tiny" label={t('planning')} />}
      {plan?.kind === 'ready' && (
        <div role="group" aria-label={t('button')}>
          <Caption1 as="p" className={styles.list}>
            {adoptionPlanText(plan, language)}
          </Caption1>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => {
                change(
                  () => adoption.adopt(plan),
                  (receipt): Step => ({ kind: 'adopted', receipt }),
                );
              }}
            >
              {t('confirm')}
            </Button>
            <Button
              onClick={() => {
                setStep({ kind: 'idle' });
              }}
            >
              {t('cancel')}
            </Button>
          </div>
        </div>
      )}
      {plan?.kind === 'refused' && (
        <div className={styles.root}>
          <Caption1 as="p" role="alert">
            {adoptionPlanText(plan, language)}
          </Caption1>
          <div className={styles.row}>
            <Button
              onClick={() => {
                setStep({ kind: 'idle' });
              }}
            >
              {t('close')}
            </Button>
          </div>
        </div>
      )}
      {step.kind === 'adopted' && (
        <div className={styles.row}>
          <Caption1 role="status">{adoptedText(step.receipt, language)}</Caption1>
          <Button
            size="small"
            onClick={() => {
              const { receipt } = step;
              change(
                () => adoption.undo(receipt),
                (): Step => ({ kind: 'note', message: adoptionUndoneText(receipt, language) }),
              );
            }}
          >
            {t('undo')}
          </Button>
        </div>
      )}
      {step.kind === 'note' && <Caption1 role="status">{step.message}</Caption1>}
    </section>
  );
}

function busyText(language: Language): string {
  return language === 'sv'
    ? 'En omräkning pågår redan; vänta tills den är klar.'
    : 'A recalculation is already running; wait until it is done.';
}
