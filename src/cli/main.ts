/**
 * Entry point of the `resultatdialog` command line: picks the command, sets the language, and turns
 * every failure into one line and an exit code (0 fine, 1 validation errors, 2 usage or unreadable input).
 */
import { todaySerial } from "../core/cells";
import { bilingual, formatMessage, type Language } from "../core/messages";
import type { Command } from "./commands/command";
import { demoCommand } from "./commands/demo";
import { fixCommand } from "./commands/fix";
import { validateCommand } from "./commands/validate";
import {
  CliContext,
  CliError,
  environmentLanguage,
  languageOption,
  processContext,
} from "./context";
import { reportCommand } from "./report";

/**
 * The commands, in the order the general help lists them. A new command (e.g. `report`) is one file
 * in commands/ exporting a Command, added here.
 */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  fixCommand,
  reportCommand,
  demoCommand,
];

function generalHelp(language: Language): string {
  const lines =
    language === "sv"
      ? ["Användning: resultatdialog KOMMANDO [alternativ]", "", "Kommandon:"]
      : ["Usage: resultatdialog COMMAND [options]", "", "Commands:"];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(10)} ${c.summary[language]}`);
  lines.push(
    "",
    language === "sv"
      ? "resultatdialog KOMMANDO --help visar alternativen. --lang sv|en väljer språk (standard: LANG)."
      : "resultatdialog COMMAND --help shows the options. --lang sv|en picks the language (default: LANG)."
  );
  return lines.join("\n");
}

/** Runs the CLI with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], ctx?: CliContext): Promise<number> {
  const language = languageOption(argv) ?? environmentLanguage();
  const context = ctx ?? processContext(language, todaySerial());
  const [name, ...rest] = argv;
  try {
    const langAt = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
    if (langAt >= 0 && languageOption(argv) === null) {
      throw new CliError(bilingual("cliBadLanguage"));
    }
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      (name === undefined ? context.err : context.out)(generalHelp(language));
      return name === undefined ? 2 : 0;
    }
    if (name === "--version" || name === "-v") {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- read at run time: package.json lies outside the compiled tree
      context.out(String(require("../../package.json").version));
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      throw new CliError(
        bilingual("cliUnknownCommand", { name, commands: COMMANDS.map((c) => c.name).join(", ") })
      );
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      context.out(command.help[language].join("\n"));
      return 0;
    }
    return await command.run(rest, context);
  } catch (e) {
    if (e instanceof CliError) {
      context.err(`resultatdialog: ${e.text[language]}`);
      return e.exitCode;
    }
    // A bug of ours, not the user's: still one line, masked, no stack trace.
    const message = e instanceof Error ? e.message : String(e);
    // Masked by the message table; only the first line, so no stack trace.
    context.err(
      `resultatdialog: ${formatMessage("cliInternalError", { detail: message.split("\n")[0] }, language)}`
    );
    return 2;
  }
}
