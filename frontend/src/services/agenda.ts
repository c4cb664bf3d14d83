// Agenda wraps the bound AgendaService (AGENDA-*): screens call these
// functions; only this module knows the generated bindings.
import * as Bindings from '../wailsjs/go/app/AgendaService';
import type { OutboxResult } from './outbox';
import { call } from './errors';
import type { Appointment } from './types';

/** AgendaItem is an appointment as the agenda shows it. */
export interface AgendaItem extends Appointment {
  /** version must be sent back with an edit, to notice a conflict. */
  version: number;
  /** occurrence is the original start of one occurrence of a series. */
  occurrence: string;
  authorName: string;
  /** pending is true while the appointment waits in the outbox. */
  pending: boolean;
  /** repeat and until describe a series: "weekly" until "2027-06-30". */
  repeat?: string;
  until?: string;
}

/** AgendaView is one day or one week of appointments, repeats expanded. */
export interface AgendaView {
  from: string;
  to: string;
  appointments: AgendaItem[];
  lastSync: string;
  offline: boolean;
}

/** Repeat is how often an appointment comes back; '' is once. */
export type Repeat = '' | 'daily' | 'weekly' | 'monthly';

/** AppointmentInput is what the form sends. Times are wall clock. */
export interface AppointmentInput {
  clientId: string;
  id: string;
  version: number;
  title: string;
  description: string;
  /** start and end are "2026-12-03T10:30" in Europe/Amsterdam. */
  start: string;
  end: string;
  private: boolean;
  repeat: string;
  /** until is the last day of a series, "2027-06-30". */
  until: string;
}

/** WriteResult tells what became of a write: sent, pending or failed. */
export type WriteResult = OutboxResult;

/** Conflict holds both versions of an edit someone else overtook. */
export interface Conflict {
  itemId: string;
  mine: AppointmentInput;
  theirs: AgendaItem;
}

/** week gives the Monday-to-Sunday week holding the date (YYYY-MM-DD). */
export function week(clientId: string, date: string): Promise<AgendaView> {
  return call(async () => toView(await Bindings.Week({ clientId, date })));
}

/** day gives one day (YYYY-MM-DD). */
export function day(clientId: string, date: string): Promise<AgendaView> {
  return call(async () => toView(await Bindings.Day({ clientId, date })));
}

/** create adds an appointment (AGENDA-3). */
export function create(input: AppointmentInput): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.Create(input);
    return r;
  });
}

/** update changes an appointment; the version detects a conflict. */
export function update(input: AppointmentInput): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.Update(input);
    return r;
  });
}

/** remove deletes an appointment made in the portal. */
export function remove(clientId: string, id: string, version: number): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.Delete({ clientId, id, version });
    return r;
  });
}

/** conflict gives both versions of a refused edit. */
export function conflict(itemId: string): Promise<Conflict> {
  return call(async () => {
    const c: Conflict = await Bindings.Conflict({ id: itemId });
    return c;
  });
}

/** resolve keeps the user's version or the current one. */
export function resolve(itemId: string, keep: 'mine' | 'theirs'): Promise<WriteResult> {
  return call(async () => {
    const r: WriteResult = await Bindings.ResolveConflict({ itemId, keep });
    return r;
  });
}

function toView(v: AgendaView): AgendaView {
  return { ...v, appointments: v.appointments ?? [] };
}

/**
 * setOccurrence moves one occurrence of a series to new wall-clock times,
 * or cancels it; the rest of the series stays (AGENDA-6).
 */
export function setOccurrence(
  clientId: string,
  item: AgendaItem,
  change: { cancel: true } | { start: string; end: string },
): Promise<WriteResult> {
  const cancel = 'cancel' in change;
  return call(async () => {
    const r: WriteResult = await Bindings.SetOccurrence({
      clientId,
      id: item.id,
      version: item.version,
      occurrence: item.occurrence,
      cancel,
      start: cancel ? '' : change.start,
      end: cancel ? '' : change.end,
    });
    return r;
  });
}
