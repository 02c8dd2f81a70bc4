/**
 * The daily cap of one sending mailbox, as a pure decision: may the next prospect email go
 * now, and if not, when. A day is the rep's local day. The day's cap is paced over the rep's
 * business hours so a backlog does not leave in one burst: at any moment the mailbox may
 * have sent an hour's share up front plus the share of the business day that has passed.
 * After business hours the whole day's cap is open (the day's pace was kept); on a day
 * without business hours only the hour's share is. Whatever is over waits; nothing is dropped.
 */
import { DateTime } from 'luxon';
import type { BusinessHours } from './types.js';

export interface DailyCapInput {
  /** Prospect emails a mailbox may send a day (DAILY_SEND_CAP). */
  cap: number;
  /** Prospect emails this mailbox sent (or is sending) since the start of the rep's day. */
  sentToday: number;
  now: Date;
  /** The rep's zone: the day and the business hours are read on its wall clock. */
  zone: string;
  hours: BusinessHours;
}

export type DailyCapDecision =
  | { send: true }
  /** Wait until `until`; `allowed` is how many the mailbox may have sent by now. */
  | { send: false; until: Date; allowed: number };

/** "09:30" → 570; null when malformed. */
function minutesOf(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Today's business period in the rep's zone, or null on a day without business hours. */
function todaysWindow(local: DateTime, hours: BusinessHours): { open: number; close: number } | null {
  const from = minutesOf(hours.start);
  const to = minutesOf(hours.end);
  if (from === null || to === null || from >= to || !hours.days.includes(local.weekday)) return null;
  const at = (m: number) =>
    local.set({ hour: Math.floor(m / 60) % 24, minute: m % 60, second: 0, millisecond: 0 }).toMillis() +
    (m === 24 * 60 ? 86_400_000 : 0);
  return { open: at(from), close: at(to) };
}

/** The start of the rep's local day that holds `now`: the cap counts from here. */
export function startOfRepDay(now: Date, zone: string): Date {
  return DateTime.fromJSDate(now, { zone }).startOf('day').toJSDate();
}

/** An hour's share of the cap, at least one: what may go at once at the start of a day. */
export function hourShare(cap: number, hours: BusinessHours): number {
  const from = minutesOf(hours.start) ?? 0;
  const to = minutesOf(hours.end) ?? 0;
  const businessHours = Math.max(1, (to - from) / 60);
  return Math.max(1, Math.ceil(cap / businessHours));
}

/** How many the mailbox may have sent by `now` today. */
export function allowedBy(input: Omit<DailyCapInput, 'sentToday'>): number {
  const share = hourShare(input.cap, input.hours);
  const local = DateTime.fromJSDate(input.now, { zone: input.zone });
  const window = todaysWindow(local, input.hours);
  if (!window) return Math.min(input.cap, share);
  const passed = Math.min(1, Math.max(0, (input.now.getTime() - window.open) / (window.close - window.open)));
  return Math.min(input.cap, share + Math.floor(input.cap * passed));
}

/** Sends now when the mailbox is under today's allowance; otherwise says when it is not. */
export function decideDailyCap(input: DailyCapInput): DailyCapDecision {
  const allowed = allowedBy(input);
  if (input.sentToday < allowed) return { send: true };
  const local = DateTime.fromJSDate(input.now, { zone: input.zone });
  const tomorrow = local.startOf('day').plus({ days: 1 }).toJSDate();
  const window = todaysWindow(local, input.hours);
  const share = hourShare(input.cap, input.hours);
  // Today's allowance grows no more: the cap is reached, business hours are over or absent.
  if (!window || input.sentToday >= input.cap || input.now.getTime() >= window.close) {
    return { send: false, until: tomorrow, allowed };
  }
  // The moment the paced share first covers one more email.
  const fraction = (input.sentToday + 1 - share) / input.cap;
  const at = Math.ceil(window.open + fraction * (window.close - window.open));
  const until = new Date(Math.max(at, input.now.getTime() + 1000));
  return { send: false, until: until < tomorrow ? until : tomorrow, allowed };
}
