/**
 * NETVALUE (SPEC §4): the municipal-economic calculation (kommunalekonomisk kalkyl) — what the
 * participants who reach the effect goal are worth to the municipality over the years, less the
 * intervention's cost.
 */
import { AmfError } from "../errors";

export interface NetValueInput {
  /** Participants reaching the effect goal (≥ 0; may be an expected, fractional number). */
  participants: number;
  /** Change in the municipality's costs and revenues per participant and year (positive = gain). */
  annualEffect: number;
  /** The intervention's cost (≥ 0), all in year 1. */
  interventionCost: number;
  /** Whole years 1..50 (default 1). */
  years?: number | null;
  /** Discount rate per year, 0 ≤ r < 1 (default 0); year 1 is not discounted. */
  discountRate?: number | null;
  /** Share who would have reached the goal anyway, 0..1 (default 0). */
  deadweight?: number | null;
  /** Yearly fading of the effect, 0..1 (default 0). */
  decay?: number | null;
}

export interface NetValueYear {
  year: number;
  /** The year's effect, discounted to year 1. */
  effect: number;
  cumulativeEffect: number;
  /** Cumulative effect less the intervention's cost. */
  cumulativeNet: number;
}

export interface NetValueResult {
  net: number;
  /** Participants needed for a net value of 0; null when a participant brings no gain. */
  breakeven: number | null;
  /** Present value of one participant over the years. */
  perParticipant: number;
  years: NetValueYear[];
}

/** The bounds of the arguments with a range (AMF.NETVALUE declares the same ones for its arguments). */
export const NETVALUE_BOUNDS = {
  years: { min: 1, max: 50 },
  /** A rate below 1: max is out of range. */
  discountRate: { min: 0, max: 1, maxOpen: true },
  share: { min: 0, max: 1 },
} as const;

function checked(
  value: number | null | undefined,
  fallback: number,
  arg: string,
  min: number,
  max: number,
  maxOpen = false
): number {
  const v = value === null || value === undefined ? fallback : value;
  if (!Number.isFinite(v) || v < min || v > max || (maxOpen && v === max)) {
    throw new AmfError("num", "outOfRange", { arg, min, max });
  }
  return v;
}

/** Net value, break-even participants and the year-by-year table; out-of-range arguments are #NUM!. */
export function netValue(input: NetValueInput): NetValueResult {
  const participants = checked(input.participants, 0, "participants", 0, Number.MAX_VALUE);
  const cost = checked(input.interventionCost, 0, "intervention_cost", 0, Number.MAX_VALUE);
  const effect = checked(
    input.annualEffect,
    0,
    "annual_effect",
    -Number.MAX_VALUE,
    Number.MAX_VALUE
  );
  const { years: yearBounds, discountRate: rateBounds, share } = NETVALUE_BOUNDS;
  const years = checked(input.years, 1, "years", yearBounds.min, yearBounds.max);
  if (!Number.isInteger(years))
    throw new AmfError("num", "outOfRange", { arg: "years", ...yearBounds });
  const rate = checked(
    input.discountRate,
    0,
    "discount_rate",
    rateBounds.min,
    rateBounds.max,
    rateBounds.maxOpen
  );
  const deadweight = checked(input.deadweight, 0, "deadweight", share.min, share.max);
  const decay = checked(input.decay, 0, "decay", share.min, share.max);

  const table: NetValueYear[] = [];
  let perParticipant = 0;
  let cumulativeEffect = 0;
  for (let t = 1; t <= years; t++) {
    const factor = ((1 - deadweight) * Math.pow(1 - decay, t - 1)) / Math.pow(1 + rate, t - 1);
    perParticipant += effect * factor;
    const yearEffect = participants * effect * factor;
    cumulativeEffect += yearEffect;
    table.push({
      year: t,
      effect: yearEffect,
      cumulativeEffect,
      cumulativeNet: cumulativeEffect - cost,
    });
  }
  return {
    net: cumulativeEffect - cost,
    breakeven: perParticipant > 0 ? cost / perParticipant : null,
    perParticipant,
    years: table,
  };
}
