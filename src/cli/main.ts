/** Entry point of the `resultatdialog` command line. */
export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`resultatdialog: ${argv.join(" ")}\n`);
  return 0;
}
