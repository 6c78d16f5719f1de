/**
 * Text bound for the terminal: no escape sequences or control characters from a file reach it. A
 * cell or sheet name could otherwise recolour the screen, move the cursor or, with a carriage return,
 * overwrite the line it is on. The line breaks the program writes between lines are kept; values
 * reach messages already on one line (`oneLine` in the core).
 */

// CSI (ESC [ … final byte) and OSC (ESC ] … BEL or ESC \) sequences, removed whole.
const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex -- escape sequences are made of control characters
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]/g;
// C0 controls (tab aside), DEL, C1 controls, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Strips control characters within each line; a tab becomes a space. */
export function terminalText(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(ESCAPE_SEQUENCES, "").replace(CONTROLS, "").replace(/\t/g, " "))
    .join("\n");
}
