/** Options shared by several commands: --today, --type. */
import { parseDate } from "../../core/cells";
import type { RegisterType } from "../../core/registry/types";
import { bilingual } from "../../core/messages";
import { stringOption, usage } from "../context";

export const REGISTER_TYPES: readonly RegisterType[] = [
  "avslut",
  "forsorjningsstod",
  "vux",
  "personalkostnad",
  "enkat",
  "enkaturval",
  "progression",
  "scb",
  "sfi",
];

/** `--today YYYY-MM-DD` as an Excel serial, undefined when absent; a usage error when not a date. */
export function todayOption(
  command: string,
  values: Record<string, string | boolean | undefined>
): number | undefined {
  const text = stringOption(values, "today");
  if (text === undefined) return undefined;
  const serial = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? parseDate(text) : null;
  if (serial === null) {
    const message = bilingual("cliBadToday", { value: text });
    throw usage(command, message.sv, message.en);
  }
  return serial;
}

/** `--type` as a register type, undefined when absent; a usage error naming the allowed types. */
export function typeOption(
  command: string,
  values: Record<string, string | boolean | undefined>
): RegisterType | undefined {
  const text = stringOption(values, "type");
  if (text === undefined) return undefined;
  const type = REGISTER_TYPES.find((t) => t === text.trim().toLowerCase());
  if (!type) {
    const message = bilingual("cliBadType", { allowed: REGISTER_TYPES.join("|"), value: text });
    throw usage(command, message.sv, message.en);
  }
  return type;
}
