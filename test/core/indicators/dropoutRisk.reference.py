"""
Reference values for test/core/indicators/dropoutRisk.test.ts, written independently of the TypeScript:
the Aalen-Johansen estimator as the product integral of 3-state transition matrices (state 0 = still
studying, 1 = dropped out, 2 = completed; both absorbing), which is what R's
survival::survfit(Surv(time, event, type = "mstate") ~ 1) computes; for a single start state with two
absorbing states it equals cmprsk::cuminc(time, status, cencode = 0)'s estimate.
Censored at t means at risk at t (R's convention: events before censorings on a tie).
Run: python3 test/core/indicators/dropoutRisk.reference.py
"""
import numpy as np

def aalen_johansen(times, events, t):
    """P(state 1 by time t); events: 0 censored, 1 dropout, 2 completion."""
    p = np.array([1.0, 0.0, 0.0])
    for u in sorted(set(times)):
        if u > t:
            break
        at_risk = sum(1 for x in times if x >= u)
        d = [sum(1 for x, e in zip(times, events) if x == u and e == k) for k in (1, 2)]
        if d[0] + d[1] == 0:
            continue
        a = np.eye(3)
        a[0, 1] = d[0] / at_risk
        a[0, 2] = d[1] / at_risk
        a[0, 0] = 1 - (d[0] + d[1]) / at_risk
        p = p @ a
    return p[1]

def one_minus_km(times, events, t):
    """1 - Kaplan-Meier with dropout the only event (completions censored): the overstating estimate."""
    s = 1.0
    for u in sorted(set(times)):
        if u > t:
            break
        at_risk = sum(1 for x in times if x >= u)
        d = sum(1 for x, e in zip(times, events) if x == u and e == 1)
        s *= 1 - d / at_risk
    return 1 - s

CASES = {
    # ties: on day 10 two dropouts, a completion and a censoring
    "ties": ([5, 10, 10, 10, 10, 20, 30, 40, 40, 50], [1, 1, 1, 2, 0, 2, 0, 1, 0, 2]),
    # censored on the day of a dropout: at risk that day
    "censoredAtRisk": ([10, 10, 20], [0, 1, 2]),
    "censoringOnly": ([3, 8, 8], [0, 0, 0]),
}
for name, (times, events) in CASES.items():
    for t in (0, 5, 9, 10, 20, 40, 50, 365):
        print(name, t, repr(aalen_johansen(times, events, t)), repr(one_minus_km(times, events, t)))
