/**
 * Streaming XML through saxes (a conformant, well-kept SAX parser: malformed XML is an error, not a
 * guess). Element and attribute names come without their namespace prefix, since writers differ in
 * prefixes (`<x:c>` from some .NET tools, `r:id` or `relationships:id`) but not in local names.
 */
import { SaxesParser } from "saxes";
import { XlsxReadError } from "./limits";

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text(text: string): void;
  /** True once the handler has what it needs: the rest of the part is not read. */
  done(): boolean;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name ("id" finds "r:id"). */
export function attribute(attributes: Attributes, local: string): string | undefined {
  const direct = attributes[local];
  if (direct !== undefined) return direct;
  for (const key in attributes) if (localName(key) === local) return attributes[key];
  return undefined;
}

/** Feeds a part's text to a handler until the part ends or the handler is done. */
export async function parseXml(chunks: AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (node) => {
    const attributes = node.attributes as Attributes;
    handler.open(localName(node.name), attributes);
  });
  parser.on("closetag", (node) => handler.close(localName(node.name)));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (failure) throw new XlsxReadError({ kind: "damaged" });
    if (handler.done()) return;
  }
  parser.close();
  if (failure) throw new XlsxReadError({ kind: "damaged" });
}

/** The elements of a small part as (name, attributes) pairs in document order. */
export async function elements(
  chunks: AsyncIterable<string>,
  wanted: ReadonlySet<string>
): Promise<Array<[string, Attributes]>> {
  const found: Array<[string, Attributes]> = [];
  await parseXml(chunks, {
    open: (name, attributes) => {
      if (wanted.has(name)) found.push([name, attributes]);
    },
    close: () => undefined,
    text: () => undefined,
    done: () => false,
  });
  return found;
}
