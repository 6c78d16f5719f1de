/** The shape of a CLI command: the dispatcher in main.ts knows nothing else about it. */
import type { Bilingual, CliContext } from "../context";

export interface Command {
  name: string;
  /** One line for the general help. */
  summary: Bilingual;
  /** The command's --help text, line by line. */
  help: { sv: string[]; en: string[] };
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], ctx: CliContext): Promise<number>;
}
