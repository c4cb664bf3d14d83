// The appointment form's values, their checks and the input they become.
import type { AgendaItem, AppointmentInput, Repeat } from '../../services/agenda';
import { localDay, localTime, normalTime, wallClockExists } from './dates';

/** FormValues are the fields of Nieuwe afspraak as the user typed them. */
export interface FormValues {
  title: string;
  date: string;
  start: string;
  end: string;
  description: string;
  private: boolean;
  repeat: Repeat;
  until: string;
}

/** FormErrors hold a catalogue key per field that is wrong. */
export type FormErrors = Partial<Record<keyof FormValues, string>>;

/** emptyForm starts a new appointment on a day, 10:00 to 11:00. */
export function emptyForm(day: string): FormValues {
  return {
    title: '',
    date: day,
    start: '10:00',
    end: '11:00',
    description: '',
    private: false,
    repeat: '',
    until: '',
  };
}

/** formOf fills the form with an appointment to change. */
export function formOf(item: AgendaItem): FormValues {
  return {
    title: item.title,
    date: localDay(item.start),
    start: localTime(item.start),
    end: localTime(item.end),
    description: item.description,
    private: item.private,
    repeat: toRepeat(item.repeat ?? ''),
    until: item.until ?? '',
  };
}

function toRepeat(value: string): Repeat {
  return value === 'daily' || value === 'weekly' || value === 'monthly' ? value : '';
}

/**
 * checkForm finds what is wrong before anything is sent, so the user
 * hears it at once, also offline. The server checks the same again.
 */
export function checkForm(v: FormValues): FormErrors {
  const errors: FormErrors = {};
  if (v.title.trim() === '') {
    errors.title = 'errors.title_required';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) {
    errors.date = 'agenda.form.invalidDate';
  }

  const start = normalTime(v.start);
  const end = normalTime(v.end);
  if (!start) {
    errors.start = 'agenda.form.invalidTime';
  } else if (!errors.date && !wallClockExists(v.date, start)) {
    errors.start = 'errors.time_does_not_exist';
  }
  if (!end) {
    errors.end = 'agenda.form.invalidTime';
  } else if (!errors.date && !wallClockExists(v.date, end)) {
    errors.end = 'errors.time_does_not_exist';
  } else if (start && end <= start) {
    errors.end = 'errors.end_not_after_start';
  }

  if (v.repeat !== '') {
    if (v.until === '') {
      errors.until = 'agenda.form.untilRequired';
    } else if (!errors.date && v.until < v.date) {
      errors.until = 'agenda.form.untilBeforeStart';
    }
  }
  return errors;
}

/** fieldOfCode tells which field a server error code belongs to. */
export function fieldOfCode(code: string): keyof FormValues | undefined {
  switch (code) {
    case 'title_required':
      return 'title';
    case 'time_does_not_exist':
      return 'start';
    case 'end_not_after_start':
      return 'end';
    case 'repeat_invalid':
      return 'until';
    default:
      return undefined;
  }
}

/** toInput turns checked values into what AgendaService takes. */
export function toInput(
  v: FormValues,
  clientId: string,
  editing?: AgendaItem,
): AppointmentInput {
  return {
    clientId,
    id: editing?.id ?? '',
    version: editing?.version ?? 0,
    title: v.title.trim(),
    description: v.description.trim(),
    start: `${v.date}T${normalTime(v.start) ?? v.start}`,
    end: `${v.date}T${normalTime(v.end) ?? v.end}`,
    private: v.private,
    repeat: v.repeat,
    until: v.repeat === '' ? '' : v.until,
  };
}
