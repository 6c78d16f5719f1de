/**
 * What every command gets: the language, the output streams (masked: no personnummer leaves the
 * process unmasked, whatever a file name or a sheet contains), and the failure type that becomes
 * one clear line and an exit code instead of a stack trace.
 */
import { parseArgs, ParseArgsConfig } from "util";
import type { Language } from "../core/messages";
import { maskPersonalNumbers } from "../core/pnr";
import { terminalText } from "./terminalText";

export type Bilingual = { sv: string; en: string };

/** A failure the user can act on: printed as one line; exit code 2 (bad usage, unreadable input). */
export class CliError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly exitCode = 2
  ) {
    super(text.en);
    this.name = "CliError";
  }
}

export interface CliContext {
  language: Language;
  /** Today as an Excel serial (injectable for reproducible runs). */
  today: number;
  out(text: string): void;
  err(text: string): void;
}

/** A context writing to the process streams, masking personnummer in everything written. */
export function processContext(language: Language, today: number): CliContext {
  return {
    language,
    today,
    out: (text) => process.stdout.write(maskPersonalNumbers(terminalText(text)) + "\n"),
    err: (text) => process.stderr.write(maskPersonalNumbers(terminalText(text)) + "\n"),
  };
}

/** Language from `--lang`, else LC_ALL, LC_MESSAGES, LANG in POSIX order: Swedish for sv*, else English. */
export function environmentLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^sv/i.test(locale) ? "sv" : "en";
}

/** Finds `--lang X` / `--lang=X` anywhere, so usage errors are already in the chosen language. */
export function languageOption(argv: readonly string[]): Language | null {
  for (let i = 0; i < argv.length; i++) {
    const m = /^--lang(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    const value = m[1] ?? argv[i + 1];
    if (value === "sv" || value === "en") return value;
  }
  return null;
}

type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** util.parseArgs with its errors turned into one bilingual usage line. */
export function parseCommandArgs(
  command: string,
  args: string[],
  options: OptionSpec
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const option = (/'(-[^']*)'/.exec(message)?.[1] ?? "").replace(/ <value>$/, "");
    const code = (e as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /does not take/.test(message)) {
      throw usage(command, `${option} tar inget värde`, `${option} takes no value`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw usage(command, `${option} behöver ett värde`, `${option} needs a value`);
    }
    throw usage(command, `okänt alternativ ${option}`, `unknown option ${option}`);
  }
}

/** A usage error naming the command and pointing at its help. */
export function usage(command: string, sv: string, en: string): CliError {
  return new CliError({
    sv: `${command}: ${sv} (se resultatdialog ${command} --help)`,
    en: `${command}: ${en} (see resultatdialog ${command} --help)`,
  });
}

/** A string option's value, or undefined. */
export function stringOption(
  values: Record<string, string | boolean | undefined>,
  name: string
): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** A whole-number option within bounds, or a usage error naming the option. */
export function integerOption(
  command: string,
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number
): number {
  const text = stringOption(values, name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) {
    throw usage(
      command,
      `--${name} måste vara ett heltal ${min}–${max}, inte "${text}"`,
      `--${name} must be a whole number ${min}–${max}, not "${text}"`
    );
  }
  return Number(text);
}
