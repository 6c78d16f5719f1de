/**
 * The one registration of the custom functions. As in Microsoft's templates, custom-functions-metadata-plugin
 * appends `CustomFunctions.associate("ID", fn)` to functions.ts for every `@customfunction` (the ids
 * then live only in the JSDoc the metadata is built from). functions.ts imports this object under the
 * name `CustomFunctions`, so those appended calls reach Excel's runtime inside Excel and do nothing where
 * there is none (a plain browser tab, Node): the unguarded global would throw a ReferenceError there.
 */

/** Excel's CustomFunctions runtime when this code runs inside Excel, else null. */
export function excelRuntime(): typeof CustomFunctions | null {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  return runtime !== undefined && typeof runtime.associate === "function" ? runtime : null;
}

/** Stands in for the global `CustomFunctions` in functions.ts (see above). */
export const registrar = {
  associate(id: string, fn: (...args: never[]) => unknown): void {
    excelRuntime()?.associate(id, fn);
  },
};
