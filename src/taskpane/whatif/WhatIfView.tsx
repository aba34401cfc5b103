/**
 * The What-ifs tab: try a variant of a scenario apart from the workbook's tables — where it starts,
 * its name, its totals as it changes, its initiatives — then save it in the workbook's settings or
 * make it a real scenario. Nothing in the input tables changes while trying.
 */
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { EngineResult, Language, StoredWhatIf } from '../../engine';
import { messageFor, problemFinding } from '../../engine';
import type { Adoption } from '../use-workspace';
import { AdoptionPanel } from './AdoptionPanel';
import { InitiativeList } from './InitiativeList';
import { whatIfText } from './texts';
import { useWhatIf } from './use-what-if';
import { WhatIfActions } from './WhatIfActions';
import { WhatIfHeader } from './WhatIfHeader';
import { WhatIfTotals } from './WhatIfTotals';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
});

export interface WhatIfViewProps {
  readonly engine: EngineResult;
  readonly saved: readonly StoredWhatIf[];
  readonly language: Language;
  readonly onSelect: (sheet: string, cell: string | null) => void;
  readonly onSave: (whatIfs: readonly StoredWhatIf[]) => Promise<string | null>;
  readonly adoption: Adoption;
}

export function WhatIfView({
  engine,
  saved,
  language,
  onSelect,
  onSave,
  adoption,
}: WhatIfViewProps) {
  const styles = useStyles();
  const state = useWhatIf(engine, saved);
  const scenarioProblem = state.result.problems.find((p) => p.kind === 'unknown-scenario');
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{whatIfText('heading', language)}</Subtitle2>
      <WhatIfHeader state={state} engine={engine} saved={saved} language={language} />
      {scenarioProblem !== undefined && (
        <Caption1 role="note" className={styles.problem}>
          {messageFor(
            problemFinding(
              state.stored.name || whatIfText('unnamed', language),
              scenarioProblem,
              state.stored,
            ),
            language,
            engine.unit,
          )}
        </Caption1>
      )}
      <WhatIfTotals result={state.result} engine={engine} language={language} onSelect={onSelect} />
      <WhatIfActions state={state} saved={saved} onSave={onSave} language={language} />
      <AdoptionPanel
        whatIf={state.stored}
        ready={state.nameProblem !== 'missing'}
        adoption={adoption}
        language={language}
      />
      <InitiativeList
        state={state}
        initiatives={engine.initiatives}
        years={engine.years}
        unit={engine.unit}
        language={language}
      />
    </div>
  );
}
