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
  DEFAULT_REPORT_SHEET,
  OUTPUT_UNITS,
  readTolerance,
  reportSheetNameFor,
  resultSheetNames,
  toJsonNumber,
  toleranceIn,
} from '../../engine';
import type { StoredSettings } from '../../workbook/settings';
import { PANE_TEXTS, toleranceHint } from '../texts';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '320px',
  },
});

/** The radio value for "the unit the tables are in" (no choice saved). */
const AS_TABLES = 'tables';

export interface SettingsFormProps {
  readonly settings: StoredSettings;
  readonly language: Language;
  readonly message: string | null;
  /** The unit the last result was shown in: the tables' unit, when no unit is chosen. */
  readonly resultUnit: OutputUnit | null;
  readonly onSave: (settings: StoredSettings) => void;
}

/** The tolerance as the field writes it, in `unit`: converted exactly from its own unit. */
function toleranceText(tolerance: Tolerance | null, unit: OutputUnit, language: Language): string {
  if (tolerance === null) return '';
  const text = String(toJsonNumber(toleranceIn(unit, tolerance)));
  return language === 'sv' ? text.replace('.', ',') : text;
}

export function SettingsForm({
  settings,
  language,
  message,
  resultUnit,
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
    choice ?? resultUnit ?? settings.tolerance?.unit ?? 'tkr';
  const [tolerance, setTolerance] = useState(
    toleranceText(settings.tolerance, toleranceUnit(settings.unit), language),
  );
  const sheetNames = resultSheetNames([summary, drivers, validations]);
  const reportName =
    report.trim() === '' || sheetNames === null ? null : reportSheetNameFor(sheetNames, report);
  const reportValid = report.trim() === '' || reportName !== null;
  // Empty is the default (0.5 tkr in whatever unit); anything else must be a number of at least 0.
  const toleranceValue = tolerance.trim() === '' ? null : readTolerance(tolerance);
  const toleranceValid = tolerance.trim() === '' || toleranceValue !== null;
  const nameField = (label: string, value: string, set: (value: string) => void) => (
    <Field
      label={label}
      validationMessage={sheetNames !== null ? null : t('invalidSheetName')}
      validationState={sheetNames !== null ? 'none' : 'error'}
    >
      <Input
        value={value}
        onChange={(_ev, data) => {
          set(data.value);
        }}
      />
    </Field>
  );
  return (
    <form
      className={styles.form}
      aria-label={t('tabSettings')}
      onSubmit={(event) => {
        event.preventDefault();
        if (sheetNames === null || !reportValid || !toleranceValid) return;
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
        label={t('reportSheet')}
        hint={t('reportSheetHint')}
        validationMessage={reportValid ? null : t('invalidSheetName')}
        validationState={reportValid ? 'none' : 'error'}
      >
        <Input
          value={report}
          placeholder={DEFAULT_REPORT_SHEET[language]}
          onChange={(_ev, data) => {
            setReport(data.value);
          }}
        />
      </Field>
      <Field label={t('unit')} hint={t('unitHint')}>
        <RadioGroup
          value={unit ?? AS_TABLES}
          layout="horizontal"
          onChange={(_ev, data) => {
            const chosen = OUTPUT_UNITS.find((choice) => choice === data.value) ?? null;
            // The same tolerance, written in the unit now chosen.
            if (toleranceValue !== null)
              setTolerance(
                toleranceText(
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
        label={t('tolerance')}
        hint={toleranceHint(toleranceUnit(unit), language)}
        validationMessage={toleranceValid ? null : t('invalidTolerance')}
        validationState={toleranceValid ? 'none' : 'error'}
      >
        <Input
          value={tolerance}
          placeholder={t('tolerancePlaceholder')}
          inputMode="decimal"
          onChange={(_ev, data) => {
            setTolerance(data.value);
          }}
        />
      </Field>
      <Button
        type="submit"
        appearance="secondary"
        disabled={sheetNames === null || !reportValid || !toleranceValid}
      >
        {t('save')}
      </Button>
      <div role="status" aria-live="polite">
        {message === null ? null : <Caption1>{message}</Caption1>}
      </div>
    </form>
  );
}
