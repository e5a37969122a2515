// Query parameters from HTTP requests, checked before they reach a query:
// a bad value is the client's mistake (`BAD_ARGUMENT`, 400), never a 500.
import { ArgumentError } from '../core/errors.js';

/** A whole number parameter within bounds, else its default; ArgumentError when it is not one. */
export function intParam(value: string | undefined, name: string, bounds: { readonly min: number; readonly max: number; readonly fallback: number }): number {
  if (value === undefined || value === '') return bounds.fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < bounds.min || n > bounds.max) {
    throw new ArgumentError(`${name} must be a whole number from ${bounds.min} to ${bounds.max}, got ${JSON.stringify(value)}`, { [name]: value });
  }
  return n;
}

/** A date parameter (`2025`, `2025-03`, `2025-03-04`, or an ISO datetime), else undefined. */
export function dateParam(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const v = value.trim();
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?)?)?$/.test(v)) {
    throw new ArgumentError(`${name} must be a date like 2025, 2025-03 or 2025-03-04, got ${JSON.stringify(value)}`, { [name]: value });
  }
  return v;
}

/** A non-empty text parameter, else undefined. */
export function textParam(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

/** The ISO date `days` before today (UTC), the default start of change views. */
export function daysAgo(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}
