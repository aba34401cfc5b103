/**
 * The preview's office.js stand-in: Office's language and theme from the page's query, and the
 * ribbon function called as a click on its button calls it.
 */
import { installOfficeShim, previewQuery } from '../../src/preview/office-shim';
import type { ExcelRun } from '../../src/workbook/excel/port';

describe('previewQuery', () => {
  it.each([
    ['', 'sv-SE', false],
    ['?lang=sv', 'sv-SE', false],
    ['?lang=en', 'en-US', false],
    ['?lang=en-GB&theme=dark', 'en-US', true],
    ['?theme=DARK', 'sv-SE', true],
    ['?lang=fi&theme=purple', 'sv-SE', false],
  ])('reads %p as %s, dark %p', (search, displayLanguage, dark) => {
    expect(previewQuery(search)).toEqual({ displayLanguage, dark });
  });
});

describe('installOfficeShim', () => {
  const run: ExcelRun = () => Promise.reject(new Error('No workbook in these tests.'));

  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'Office');
    Reflect.deleteProperty(globalThis, 'Excel');
  });

  it("gives Office's language and theme, and Excel.run, once Office is ready", async () => {
    installOfficeShim('?lang=en&theme=dark', run);
    const ready = jest.fn();
    const info = await Office.onReady(ready);
    expect(ready).toHaveBeenCalledWith(info);
    expect(Office.context.displayLanguage).toBe('en-US');
    expect(Office.context.officeTheme.isDarkTheme).toBe(true);
    expect(Excel.run).toBe(run);
  });

  it('runs the ribbon function registered by name and resolves when it completes its event', async () => {
    const shim = installOfficeShim('', run);
    const calls: string[] = [];
    Office.actions.associate('recalculateScenarios', (event: Office.AddinCommands.Event) => {
      calls.push('called');
      setTimeout(() => {
        calls.push('completed');
        event.completed();
      }, 0);
    });
    await shim.clickRibbon('recalculateScenarios');
    expect(calls).toEqual(['called', 'completed']);
    await expect(shim.clickRibbon('nothing')).rejects.toThrow(
      'No ribbon function is registered as "nothing".',
    );
  });
});
