/**
 * The ribbon and the shared runtime: two buttons on the Home tab, and the runtime, function file
 * and task pane on one page.
 */
import { RECALCULATE_FUNCTION } from '../../src/commands/names';
import type { Manifest, Resource, XmlNode } from './parse-manifest';
import { SV, actionOf, at, controls, kid, kids, versionAtLeast } from './parse-manifest';

/** The Excel API set the adapter needs (see checkSharedRuntime). */
const EXCEL_API = '1.9';

function iconSizes(node: XmlNode | undefined): string {
  return kids(kid(node, 'Icon'), 'bt:Image')
    .map((i) => i.attrs.size ?? '?')
    .join(',');
}

function label(m: Manifest, node: XmlNode | undefined): Resource | undefined {
  return m.byId.get(kid(node, 'Label')?.attrs.resid ?? '');
}

export function checkRibbon(m: Manifest): string[] {
  const problems: string[] = [];
  const form = at(m.host, 'DesktopFormFactor');
  const points = kids(form, 'ExtensionPoint');
  if (points.length !== 1 || points[0]?.attrs['xsi:type'] !== 'PrimaryCommandSurface') {
    problems.push('want exactly one ExtensionPoint, of type PrimaryCommandSurface');
  }
  const tabs = kids(points[0], 'OfficeTab');
  if (
    tabs.length !== 1 ||
    tabs[0]?.attrs.id !== 'TabHome' ||
    kids(points[0], 'CustomTab').length > 0
  ) {
    problems.push('want the group on the Home tab: one OfficeTab id="TabHome" and no CustomTab');
  }
  const groups = kids(tabs[0], 'Group');
  if (groups.length !== 1) problems.push(`want one group on the Home tab, found ${groups.length}`);
  const group = groups[0];
  if (iconSizes(group) !== '16,32,80') {
    problems.push(`the group's icons are [${iconSizes(group)}], want 16,32,80`);
  }
  const buttons = kids(group, 'Control');
  if (buttons.length !== 2) problems.push(`want two buttons, found ${buttons.length}`);
  for (const button of buttons) {
    const id = button.attrs.id ?? '?';
    if (button.attrs['xsi:type'] !== 'Button') problems.push(`control ${id} is not a Button`);
    if (iconSizes(button) !== '16,32,80') {
      problems.push(`button ${id} has icons [${iconSizes(button)}], want 16,32,80`);
    }
    for (const part of ['Label', 'Supertip/Title', 'Supertip/Description', 'Action']) {
      if (at(button, ...part.split('/')) === undefined)
        problems.push(`button ${id} has no ${part}`);
    }
  }
  const byAction = (type: string) => buttons.filter((b) => actionOf(b)?.attrs['xsi:type'] === type);
  const recalc = byAction('ExecuteFunction');
  const pane = byAction('ShowTaskpane');
  if (recalc.length !== 1) problems.push(`want one ExecuteFunction button, found ${recalc.length}`);
  if (pane.length !== 1) problems.push(`want one ShowTaskpane button, found ${pane.length}`);
  const functionName = kid(actionOf(recalc[0]), 'FunctionName')?.text;
  if (functionName !== RECALCULATE_FUNCTION) {
    problems.push(
      `the recalculate button calls ${functionName ?? 'nothing'}, commands register ${RECALCULATE_FUNCTION}`,
    );
  }
  const paneId = kid(actionOf(pane[0]), 'TaskpaneId')?.text;
  if (paneId !== 'ScenarioRecalcPane') {
    problems.push(`the pane's TaskpaneId is ${paneId ?? 'missing'}, want ScenarioRecalcPane`);
  }
  const labels: Array<[XmlNode | undefined, string, string]> = [
    [recalc[0], 'Recalculate scenarios', 'Räkna om scenarier'],
    [pane[0], 'Show pane', 'Visa fönster'],
  ];
  for (const [button, en, sv] of labels) {
    const text = label(m, button);
    if (text?.defaultValue !== en || text.overrides.get(SV) !== sv) {
      problems.push(`want a button labelled "${en}" / "${sv}"`);
    }
  }
  return problems;
}

export function checkSharedRuntime(m: Manifest): string[] {
  const problems: string[] = [];
  const runtimes = kids(at(m.host, 'Runtimes'), 'Runtime');
  const runtime = runtimes[0];
  if (runtimes.length !== 1 || runtime === undefined) {
    return [`want one Runtime in the Workbook host, found ${runtimes.length}`];
  }
  if (runtime.attrs.lifetime !== 'long') {
    problems.push(`Runtime lifetime is ${runtime.attrs.lifetime ?? 'short (default)'}, want long`);
  }
  const resid = runtime.attrs.resid ?? '';
  const functionFile = at(m.host, 'DesktopFormFactor', 'FunctionFile')?.attrs.resid;
  if (functionFile !== resid) {
    problems.push(`FunctionFile resid is ${functionFile ?? 'missing'}, the Runtime's is ${resid}`);
  }
  const panes = controls(m).filter((c) => actionOf(c)?.attrs['xsi:type'] === 'ShowTaskpane');
  if (panes.length === 0) problems.push('no ShowTaskpane action');
  for (const pane of panes) {
    const source = at(actionOf(pane), 'SourceLocation')?.attrs.resid;
    if (source !== resid) {
      problems.push(`ShowTaskpane SourceLocation resid is ${source ?? 'missing'}, not ${resid}`);
    }
  }
  const page = m.byId.get(resid);
  if (page?.defaultValue !== m.sourceLocation) {
    problems.push(
      `the shared runtime's page ${page?.defaultValue ?? '?'} is not the task pane ${m.sourceLocation}`,
    );
  }
  const sets = at(m.root, 'Requirements', 'Sets');
  const set = kids(sets, 'Set').find((s) => s.attrs.Name === 'SharedRuntime');
  const min = set?.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion ?? '1.1';
  if (set === undefined || !versionAtLeast(min, '1.1')) {
    problems.push('the base manifest does not require SharedRuntime 1.1');
  }
  // The Office.js adapter's newest calls: suspendScreenUpdatingUntilNextSync and the pane's
  // WorksheetCollection.onChanged (ExcelApi 1.9),
  // getRangeByIndexes and freezeRows (1.7), suspendApiCalculationUntilNextSync (1.6), custom XML
  // parts (1.5). A client without them must not offer the add-in rather than fail in a run.
  const excel = kids(sets, 'Set').find((s) => s.attrs.Name === 'ExcelApi');
  if (excel === undefined || !versionAtLeast(excel.attrs.MinVersion ?? '1.1', EXCEL_API)) {
    problems.push(`the base manifest does not require ExcelApi ${EXCEL_API}`);
  }
  return problems;
}
