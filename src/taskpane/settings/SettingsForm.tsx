/**
 * The settings that travel with the workbook: the result sheets' names, the unit, the tolerance.
 * Saved at once, in the workbook, so every colleague who recalculates it gets the same. The unit
 * is a choice of three (or the tables' own), never a label: it rescales every figure. Every check
 * is the one the command line and the settings reader make (src/engine/settings.ts).
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Language, OutputUnit, Tolerance } from '../../engine';
import {
  DEFAULT_UNIT,
  DEFAULT_REPORT_SHEET,
  OUTPUT_UNITS,
  readUserTolerance,
  reportSheetNameFor,
  resultSheetNames,
  sheetTakenBy,
  toJsonNumber,
  toleranceIn,
  toleranceText,
} from '../../engine';
import type { StoredSettings } from '../../workbook/settings';
import { defaultToleranceText, PANE_TEXTS, resultSheetIsInputText, toleranceHint } from '../texts';

const useStyles = makeStyles({
  // Stacked fields (label, control, hint or message under it) as wide as the pane gives.
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  // Four choices do not fit one row at 320 px: they wrap rather than widen the pane.
  units: { flexWrap: 'wrap' },
  save: { alignSelf: 'flex-start' },
  // A field's column may shrink to the pane's width (its control's content never widens it).
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
});

/** The radio value for "the unit the tables are in" (no choice saved). */
const AS_TABLES = 'tables';

export interface SettingsFormProps {
  readonly settings: StoredSettings;
  readonly language: Language;
  readonly message: string | null;
  /** The unit the last result was shown in: the tables' unit, when no unit is chosen. */
  readonly resultUnit: OutputUnit | null;
  /** The workbook's sheets the product did not make: a result sheet may not take one's name. */
  readonly inputSheets: readonly string[];
  readonly onSave: (settings: StoredSettings) => void;
}

/** The tolerance as the field writes it, in `unit` (converted exactly), in the user's language. */
function toleranceFieldText(
  tolerance: Tolerance | null,
  unit: OutputUnit,
  language: Language,
): string {
  if (tolerance === null) return '';
  return toleranceText(toJsonNumber(toleranceIn(unit, tolerance)), language);
}

export function SettingsForm({
  settings,
  language,
  message,
  resultUnit,
  inputSheets,
  onSave,
}: SettingsFormProps) {
  const styles = useStyles();
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const [summary, setSummary] = useState(settings.resultSheets.summary);
  const [drivers, setDrivers] = useState(settings.resultSheets.drivers);
  const [validations, setValidations] = useState(settings.resultSheets.validations);
  // Empty: the report takes the language's default name.
  const [report, setReport] = useState(settings.reportSheet ?? '');
  const [unit, setUnit] = useState<OutputUnit | null>(settings.unit);
  // The tolerance is an amount in the unit the result is shown in: the one chosen, else the
  // tables' (the last result's), else the one it was saved in.
  const toleranceUnit = (choice: OutputUnit | null): OutputUnit =>
    choice ?? resultUnit ?? settings.tolerance?.unit ?? DEFAULT_UNIT;
  const [tolerance, setTolerance] = useState(
    toleranceFieldText(settings.tolerance, toleranceUnit(settings.unit), language),
  );
  const sheetNames = resultSheetNames([summary, drivers, validations]);
  const reportName =
    report.trim() === '' || sheetNames === null ? null : reportSheetNameFor(sheetNames, report);
  // A result sheet never takes an input sheet's name: a run would refuse to overwrite it.
  const takenBy = (name: string): string | null =>
    name.trim() === '' ? null : sheetTakenBy(name, inputSheets);
  const reportTaken = takenBy(report);
  const reportValid = report.trim() === '' || (reportName !== null && reportTaken === null);
  const namesValid =
    sheetNames !== null && [summary, drivers, validations].every((name) => takenBy(name) === null);
  // Empty is the default (0.5 tkr in whatever unit); anything else must be a number of at least 0,
  // written as the user writes numbers. Checked when the user leaves the field, not while typing.
  const toleranceValue = tolerance.trim() === '' ? null : readUserTolerance(tolerance, language);
  const toleranceValid = tolerance.trim() === '' || toleranceValue !== null;
  const [toleranceLeft, setToleranceLeft] = useState(false);
  const valid = namesValid && reportValid && toleranceValid;
  const nameMessage = (name: string): string | null => {
    const taken = takenBy(name);
    if (taken !== null) return resultSheetIsInputText(taken, language);
    return sheetNames === null ? t('invalidSheetName') : null;
  };
  const nameField = (label: string, value: string, set: (value: string) => void) => {
    const message = nameMessage(value);
    return (
      <Field
        className={styles.field}
        label={label}
        validationMessage={message}
        validationState={message === null ? 'none' : 'error'}
      >
        <Input
          value={value}
          onChange={(_ev, data) => {
            set(data.value);
          }}
        />
      </Field>
    );
  };
  const reportMessage =
    reportTaken !== null
      ? resultSheetIsInputText(reportTaken, language)
      : reportValid
        ? null
        : t('invalidSheetName');
  return (
    <form
      className={styles.form}
      aria-label={t('tabSettings')}
      onSubmit={(event) => {
        event.preventDefault();
        setToleranceLeft(true);
        if (sheetNames === null || !valid) return;
        // Choosing a unit ends what an unknown one saved by an earlier version had to say.
        const { unknownUnit, ...rest } = settings;
        onSave({
          ...(unit === null && unknownUnit !== undefined ? { ...rest, unknownUnit } : rest),
          resultSheets: sheetNames,
          reportSheet: reportName,
          tolerance:
            toleranceValue === null ? null : { amount: toleranceValue, unit: toleranceUnit(unit) },
          unit,
        });
      }}
    >
      {nameField(t('summarySheet'), summary, setSummary)}
      {nameField(t('driversSheet'), drivers, setDrivers)}
      {nameField(t('validationsSheet'), validations, setValidations)}
      <Field
        className={styles.field}
        label={t('reportSheet')}
        hint={t('reportSheetHint')}
        validationMessage={reportMessage}
        validationState={reportMessage === null ? 'none' : 'error'}
      >
        <Input
          value={report}
          placeholder={DEFAULT_REPORT_SHEET[language]}
          onChange={(_ev, data) => {
            setReport(data.value);
          }}
        />
      </Field>
      <Field className={styles.field} label={t('unit')} hint={t('unitHint')}>
        <RadioGroup
          value={unit ?? AS_TABLES}
          layout="horizontal"
          className={styles.units}
          onChange={(_ev, data) => {
            const chosen = OUTPUT_UNITS.find((choice) => choice === data.value) ?? null;
            // The same tolerance, written in the unit now chosen.
            if (toleranceValue !== null)
              setTolerance(
                toleranceFieldText(
                  { amount: toleranceValue, unit: toleranceUnit(unit) },
                  toleranceUnit(chosen),
                  language,
                ),
              );
            setUnit(chosen);
          }}
        >
          <Radio value={AS_TABLES} label={t('unitAsTables')} />
          {OUTPUT_UNITS.map((choice) => (
            <Radio key={choice} value={choice} label={choice} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        className={styles.field}
        label={t('tolerance')}
        hint={toleranceHint(toleranceUnit(unit), language)}
        validationMessage={toleranceValid || !toleranceLeft ? null : t('invalidTolerance')}
        validationState={toleranceValid || !toleranceLeft ? 'none' : 'error'}
      >
        <Input
          value={tolerance}
          placeholder={defaultToleranceText(toleranceUnit(unit), language)}
          inputMode="decimal"
          onChange={(_ev, data) => {
            setTolerance(data.value);
          }}
          onBlur={() => {
            setToleranceLeft(true);
          }}
        />
      </Field>
      <Button
        type="submit"
        appearance="secondary"
        className={styles.save}
        // A name's message shows as it is typed; the tolerance's when it is left or saved.
        disabled={!namesValid || !reportValid}
      >
        {t('save')}
      </Button>
      <div role="status" aria-live="polite">
        {message === null ? null : <Caption1>{message}</Caption1>}
      </div>
    </form>
  );
}
