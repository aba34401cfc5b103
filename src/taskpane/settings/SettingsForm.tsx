/**
 * The settings that travel with the workbook: the result sheets' names, the tolerance, the unit.
 * Saved at once, in the workbook, so every colleague who recalculates it gets the same.
 */
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../engine';
import type { StoredSettings } from '../../workbook/settings';
import { isValidSheetName } from '../../workbook/settings';
import { PANE_TEXTS } from '../texts';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '320px',
  },
});

export interface SettingsFormProps {
  readonly settings: StoredSettings;
  readonly language: Language;
  readonly message: string | null;
  readonly onSave: (settings: StoredSettings) => void;
}

export function SettingsForm({ settings, language, message, onSave }: SettingsFormProps) {
  const styles = useStyles();
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const [summary, setSummary] = useState(settings.resultSheets.summary);
  const [drivers, setDrivers] = useState(settings.resultSheets.drivers);
  const [validations, setValidations] = useState(settings.resultSheets.validations);
  const [tolerance, setTolerance] = useState(String(settings.tolerance));
  const [unit, setUnit] = useState(settings.unit);
  const names = [summary, drivers, validations].map((name) => name.trim());
  const namesValid =
    names.every(isValidSheetName) && new Set(names.map((n) => n.toLowerCase())).size === 3;
  const toleranceValue = Number(tolerance.replace(',', '.'));
  const toleranceValid =
    tolerance.trim() !== '' && Number.isFinite(toleranceValue) && toleranceValue >= 0;
  const unitValid = unit.trim() !== '' && unit.length <= 20;
  const nameField = (label: string, value: string, set: (value: string) => void) => (
    <Field
      label={label}
      validationMessage={namesValid ? null : t('invalidSheetName')}
      validationState={namesValid ? 'none' : 'error'}
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
        if (!namesValid || !toleranceValid || !unitValid) return;
        const [s = summary, d = drivers, v = validations] = names;
        onSave({
          ...settings,
          resultSheets: { summary: s, drivers: d, validations: v },
          tolerance: toleranceValue,
          unit: unit.trim(),
        });
      }}
    >
      {nameField(t('summarySheet'), summary, setSummary)}
      {nameField(t('driversSheet'), drivers, setDrivers)}
      {nameField(t('validationsSheet'), validations, setValidations)}
      <Field
        label={t('tolerance')}
        validationMessage={toleranceValid ? null : t('invalidTolerance')}
        validationState={toleranceValid ? 'none' : 'error'}
      >
        <Input
          value={tolerance}
          inputMode="decimal"
          onChange={(_ev, data) => {
            setTolerance(data.value);
          }}
        />
      </Field>
      <Field label={t('unit')} validationState={unitValid ? 'none' : 'error'}>
        <Input
          value={unit}
          onChange={(_ev, data) => {
            setUnit(data.value);
          }}
        />
      </Field>
      <Button
        type="submit"
        appearance="secondary"
        disabled={!namesValid || !toleranceValid || !unitValid}
      >
        {t('save')}
      </Button>
      <div role="status" aria-live="polite">
        {message === null ? null : <Caption1>{message}</Caption1>}
      </div>
    </form>
  );
}
