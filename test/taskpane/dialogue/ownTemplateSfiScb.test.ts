/**
 * The pane's own-template path with the sfi and SCB placeholders, over the fake Office host: a template
 * sheet is filled as the template whose names it uses, with the values of that template's model, and
 * "Uppdatera" refills it (the SCB copy has no period of the Jobbtorg kind, only its Inskrivningsår).
 */
import { isoOf } from "../../../src/core/cells";
import { generateDemo } from "../../../src/core/demo";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { sfiModel } from "../../../src/core/dialogue/sfiModel";
import { findSources } from "../../../src/core/dialogue/sources";
import { getSettings, resetSettings } from "../../../src/core/settings";
import type { ExcelRun } from "../../../src/excel/excelRun";
import {
  createFromTemplate,
  loadWorkbook,
  updateSheet,
} from "../../../src/taskpane/dialogue/dialogueActions";
import { workbookServices } from "../../../src/taskpane/services";
import { addDemoSheet, DIALOGUE_TODAY } from "../../fakes/dialogueWorkbook";
import {
  fakeCreateWorkbook,
  fakeDocumentSettings,
  fakeExcelRun,
  FakeWorkbook,
} from "../../fakes/fakeExcel";

function workbook(): FakeWorkbook {
  const demo = generateDemo({ exits: 300, seed: 4, today: DIALOGUE_TODAY });
  const wb = new FakeWorkbook();
  for (const name of ["Sfi", "ScbInkomstkalla"]) addDemoSheet(wb, demo, name);
  wb.addSheet("Sfimall", [
    ["Avbrott {{ENHET}}", "{{DROPOUT_SFI.T}}"],
    ["Kursstarter", "{{DROPOUTRISK90.N.T}}"],
  ]);
  wb.addSheet("Scbmall", [
    ["{{UNDERGRUPP}} {{INSKRIVNINGSAR}}", "{{SJ.N.FORE1.T}}"],
    ["Arbete efter 2 år", "{{SJ.ARBETE.EFTER2.T}}"],
  ]);
  return wb;
}

function servicesOver(wb: FakeWorkbook) {
  return workbookServices({
    run: fakeExcelRun(wb) as unknown as ExcelRun,
    settings: fakeDocumentSettings(wb),
    createWorkbook: fakeCreateWorkbook(wb),
  });
}

beforeEach(() => resetSettings());

test("an sfi template is filled as sfi, with the figures of all schools", async () => {
  const wb = workbook();
  const services = servicesOver(wb);
  const { tables } = await loadWorkbook(services);
  const request = {
    tables,
    unit: null,
    all: false,
    period: "2025",
    settings: getSettings(),
    today: DIALOGUE_TODAY,
  };
  const { names, problems } = await createFromTemplate(services, "Sfimall", request);
  expect(problems).toEqual([]);
  expect(names).toEqual(["Sfimall alla 2025"]);
  const model = sfiModel(
    findSources(tables),
    null,
    parsePeriod("2025")!,
    getSettings(),
    DIALOGUE_TODAY
  );
  const cells = wb.sheet(names[0])!.cells;
  expect(cells[0]).toEqual(["Avbrott Alla skolor", model.ended.total.value]);
  expect(cells[1][1]).toBe(model.cohort.total);
  const generated = (await services.generatedSheets()).find((g) => g.sheet === names[0])!;
  expect(generated.meta).toMatchObject({
    template: "own",
    templateSheet: "Sfimall",
    kind: "sfi",
    period: "2025",
    made: isoOf(DIALOGUE_TODAY),
  });
}, 60_000);

test("an SCB template is filled as scb for a subgroup, and Uppdatera refills it", async () => {
  const wb = workbook();
  const services = servicesOver(wb);
  const { tables } = await loadWorkbook(services);
  const request = {
    tables,
    unit: "Åldersgrupp: 16–24 år",
    all: false,
    period: "2025",
    settings: getSettings(),
    today: DIALOGUE_TODAY,
  };
  const { names, problems } = await createFromTemplate(services, "Scbmall", request);
  expect(problems).toEqual([]);
  expect(names).toEqual(["Scbmall 16–24 år 2022"]);
  const sheet = wb.sheet(names[0])!;
  expect(sheet.cells[0][0]).toBe("Åldersgrupp: 16–24 år 2022");
  const size = sheet.cells[0][1];
  expect(typeof size).toBe("number");
  expect(sheet.cells[1][1]).toEqual(expect.any(Number));
  const generated = (await services.generatedSheets()).find((g) => g.sheet === names[0])!;
  expect(generated.meta).toMatchObject({
    kind: "scb",
    unit: "Åldersgrupp: 16–24 år",
    period: "2022",
  });
  sheet.cells[0][1] = 0; // typed over by mistake: Uppdatera puts the figure back
  await updateSheet(services, generated, request);
  expect(sheet.cells[0][1]).toBe(size);
}, 60_000);
