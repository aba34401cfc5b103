import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fixture, recalculateBytes } from './test/workbook/xlsx/helpers';
(async () => {
  const { written } = await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'));
  const zip = await JSZip.loadAsync(written!);
  console.log(Object.keys(zip.files).filter((n) => n.includes('sheet7') || n.includes('table7')));
  console.log(await zip.file('xl/worksheets/_rels/sheet7.xml.rels')!.async('string'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(written as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) console.log(ws.name, Object.keys((ws as any).tables));
})();
