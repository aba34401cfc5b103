/**
 * "Make it a scenario…": asks the session for a plan (which writes nothing), shows its writes — or
 * why it is refused — for the user to confirm, writes it, and offers to undo what was written.
 * After a write or an undo the workspace recalculates.
 */
import { Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language, StoredWhatIf } from '../../engine';
import type { AdoptionPlan, AdoptionReceipt } from '../../pipeline/adoption';
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
  /** A plan for the what-if as it was when asked (`key`): stale once the draft changes. */
  | { readonly kind: 'plan'; readonly plan: AdoptionPlan; readonly key: string }
  | { readonly kind: 'note'; readonly message: string };

/** The last adoption, whose undo stays offered until it is done (a failed undo keeps it). */
interface Adopted {
  readonly receipt: AdoptionReceipt;
  readonly message: string;
  readonly working: boolean;
}

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
  const [adopted, setAdopted] = useState<Adopted | null>(null);
  const t = (key: keyof typeof ADOPTION_TEXTS): string => ADOPTION_TEXTS[key][language];
  const failed = (result: { kind: 'busy' } | { kind: 'failed'; message: string }): string =>
    result.kind === 'busy' ? busyText(language) : result.message;
  const thrown = (error: unknown): string =>
    error instanceof Error ? error.message : String(error);
  const key = JSON.stringify(whatIf);
  // A plan asked for an earlier draft is not this one's: confirming it would write other figures.
  const plan = step.kind === 'plan' && step.key === key ? step.plan : null;
  const asking =
    step.kind === 'idle' || step.kind === 'note' || (step.kind === 'plan' && plan === null);

  const ask = (): void => {
    setStep({ kind: 'working' });
    adoption.plan(whatIf).then(
      (result) => {
        setStep(
          result.kind === 'done'
            ? { kind: 'plan', plan: result.value, key }
            : { kind: 'note', message: failed(result) },
        );
      },
      (error: unknown) => {
        setStep({ kind: 'note', message: thrown(error) });
      },
    );
  };
  const confirm = (chosen: Extract<AdoptionPlan, { kind: 'ready' }>): void => {
    setStep({ kind: 'working' });
    adoption.adopt(chosen).then(
      (result) => {
        if (result.kind === 'done') {
          setStep({ kind: 'idle' });
          setAdopted({
            receipt: result.value,
            message: adoptedText(result.value, language),
            working: false,
          });
        } else setStep({ kind: 'note', message: failed(result) });
      },
      (error: unknown) => {
        setStep({ kind: 'note', message: thrown(error) });
      },
    );
  };
  const undo = (last: Adopted): void => {
    setAdopted({ ...last, working: true });
    adoption.undo(last.receipt).then(
      (result) => {
        if (result.kind === 'done') {
          setAdopted(null);
          setStep({ kind: 'note', message: adoptionUndoneText(last.receipt, language) });
        } else setAdopted({ ...last, message: failed(result), working: false });
      },
      (error: unknown) => {
        setAdopted({ ...last, message: thrown(error), working: false });
      },
    );
  };

  return (
    <section className={styles.root} aria-label={t('button')}>
      {adopted !== null && (
        <div className={styles.row}>
          <Caption1 role="status">{adopted.message}</Caption1>
          <Button
            size="small"
            disabled={adopted.working}
            onClick={() => {
              undo(adopted);
            }}
          >
            {t('undo')}
          </Button>
        </div>
      )}
      {asking && (
        <div className={styles.row}>
          <Button disabled={!ready} onClick={ask}>
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
                confirm(plan);
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
      {step.kind === 'note' && <Caption1 role="status">{step.message}</Caption1>}
    </section>
  );
}

function busyText(language: Language): string {
  return language === 'sv'
    ? 'En omräkning pågår redan; vänta tills den är klar.'
    : 'A recalculation is already running; wait until it is done.';
}
