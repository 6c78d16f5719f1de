/**
 * Swedish text formatting for numbers the core writes as text (placeholders inside sentences,
 * headers, formula notes): decimal comma, a space before "%", thin grouping by non-breaking space.
 */

const NBSP = "\u00a0";

/** A number with `decimals` decimals, Swedish style: 1 234,5 (non-breaking space groups). */
export function svNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return "–";
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  // A minus sign, not a hyphen, as Swedish typography wants; no "-0,0".
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "−" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** A share in [0,1] as Swedish percent text: 0.479 → "47,9 %". */
export function svPercent(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return "–";
  return `${svNumber(share * 100, decimals)}${NBSP}%`;
}

/** Percentage points with sign: 5.04 → "+5,0 procentenheter" (short form "+5,0 p.e."). */
export function svPp(pp: number, short = true): string {
  if (!Number.isFinite(pp)) return "–";
  const sign = pp > 0 && Number(Math.abs(pp).toFixed(1)) !== 0 ? "+" : "";
  return `${sign}${svNumber(pp, 1)}${NBSP}${short ? "p.e." : "procentenheter"}`;
}

/** A p-value as text: "0,032", or "< 0,001". */
export function svP(p: number): string {
  if (!Number.isFinite(p)) return "–";
  return p < 0.001 ? `<${NBSP}0,001` : svNumber(p, 3);
}

/** An interval of shares as Swedish text: (0.356, 0.553) → "35,6–55,3 %". */
export function svInterval(low: number, high: number, decimals = 1): string {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return "–";
  return `${svNumber(low * 100, decimals)}–${svNumber(high * 100, decimals)}${NBSP}%`;
}

/** An interval in percentage points: (−31.6, 5.2) → "−31,6 till +5,2 p.e." (a dash would read as minus). */
export function svPpInterval(low: number, high: number): string {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return "–";
  const signed = (v: number) =>
    `${v > 0 && Number(Math.abs(v).toFixed(1)) !== 0 ? "+" : ""}${svNumber(v, 1)}`;
  return `${signed(low)} till ${signed(high)}${NBSP}p.e.`;
}
