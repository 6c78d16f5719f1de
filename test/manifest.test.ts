/**
 * @jest-environment jsdom
 */
// The online validator (office-addin-manifest validate) is unreachable offline, so the structure
// that matters for a shared-runtime custom-functions add-in is checked here.
import { readFileSync } from "fs";
import { join } from "path";

const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const xml = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

function all(ns: string, tag: string, root: Document | Element = doc): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, tag));
}
function one(ns: string, tag: string, root: Document | Element = doc): Element {
  const found = all(ns, tag, root);
  expect(found).toHaveLength(1);
  return found[0];
}
function resource(id: string): Element {
  const match = [...all(BT_NS, "Url"), ...all(BT_NS, "String"), ...all(BT_NS, "Image")].filter(
    (e) => e.getAttribute("id") === id
  );
  expect(match).toHaveLength(1);
  return match[0];
}

describe("manifest.xml", () => {
  it("is well-formed XML of a task-pane app", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.namespaceURI).toBe(OFFICE_NS);
    expect(
      doc.documentElement.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")
    ).toBe("TaskPaneApp");
  });

  it("has an id that is a GUID and a four-part version", () => {
    expect(one(OFFICE_NS, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(one(OFFICE_NS, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("targets Excel and requires the shared runtime", () => {
    const hosts = all(OFFICE_NS, "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    const sets = all(OFFICE_NS, "Set").map((s) => [
      s.getAttribute("Name"),
      s.getAttribute("MinVersion"),
    ]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    expect(one(OFFICE_NS, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("runs functions, task pane and commands in one long-lived runtime", () => {
    const runtime = one(OVERRIDES_NS, "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const runtimeUrl = runtime.getAttribute("resid");
    expect(runtimeUrl).toBe("Taskpane.Url");

    const customFunctions = all(OVERRIDES_NS, "ExtensionPoint").filter(
      (e) =>
        e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") === "CustomFunctions"
    );
    expect(customFunctions).toHaveLength(1);
    const point = customFunctions[0];
    const sourceOf = (tag: string) =>
      one(OVERRIDES_NS, "SourceLocation", one(OVERRIDES_NS, tag, point)).getAttribute("resid");
    expect(sourceOf("Page")).toBe(runtimeUrl);
    expect(resource(sourceOf("Script")!).getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/functions.js"
    );
    expect(resource(sourceOf("Metadata")!).getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/functions.json"
    );
    expect(one(OVERRIDES_NS, "FunctionFile").getAttribute("resid")).toBe(runtimeUrl);
    const taskpaneAction = one(OVERRIDES_NS, "Action");
    expect(one(OVERRIDES_NS, "SourceLocation", taskpaneAction).getAttribute("resid")).toBe(
      runtimeUrl
    );
  });

  it("uses the namespace AMF", () => {
    const namespace = one(OVERRIDES_NS, "Namespace").getAttribute("resid")!;
    expect(resource(namespace).getAttribute("DefaultValue")).toBe("AMF");
  });

  it("gives Swedish Excel the Swedish function metadata", () => {
    const metadata = resource("Functions.Metadata.Url");
    const overrides = all(BT_NS, "Override", metadata).map((o) => [
      o.getAttribute("Locale"),
      o.getAttribute("Value"),
    ]);
    expect(overrides).toEqual([["sv-SE", "https://localhost:3000/functions.sv-SE.json"]]);
  });

  it("resolves every resid it references", () => {
    const referenced = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .map((e) => e.getAttribute("resid"))
        .filter((r): r is string => r !== null)
    );
    for (const id of referenced) resource(id);
    expect(referenced.size).toBeGreaterThanOrEqual(8);
  });

  it("loads icons and pages only from the add-in's own origin", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });

  it("lists no AppDomain: the page's own origin there has no effect and misleads (Microsoft, AppDomain element)", () => {
    expect(all(OFFICE_NS, "AppDomains")).toHaveLength(0);
    expect(all(OFFICE_NS, "AppDomain")).toHaveLength(0);
  });

  it("names the pane with a TaskpaneId, so the ribbon button opens the one pane of the shared runtime", () => {
    // "Any task pane without a <TaskpaneID> is considered a different task pane" (Microsoft, Configure
    // your Office Add-in to use a shared runtime; the shared-runtime templates keep it too).
    const action = one(OVERRIDES_NS, "Action");
    expect(one(OVERRIDES_NS, "TaskpaneId", action).textContent).toBe("Resultatdialog.Taskpane");
  });

  it("points SupportUrl and LearnMoreUrl at the help page, not at the pane", () => {
    expect(one(OFFICE_NS, "SupportUrl").getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/hjalp.html"
    );
    const learnMore = one(OVERRIDES_NS, "LearnMoreUrl").getAttribute("resid")!;
    expect(resource(learnMore).getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/hjalp.html"
    );
  });
});
