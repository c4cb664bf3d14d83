import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from '../../test/render';

const user = { id: 'u1', userName: 'anna', displayName: 'Anna de Vries', email: '', phoneHint: '' };

function item(extra: Record<string, unknown>) {
  return {
    id: 'a1',
    title: 'Bezoek van Anna',
    description: '',
    start: '2026-12-06T14:00:00+01:00',
    end: '2026-12-06T16:00:00+01:00',
    private: true,
    source: 'portal',
    repeating: true,
    repeat: 'weekly',
    until: '2027-03-01',
    version: 3,
    occurrence: '2026-12-06T14:00:00+01:00',
    authorName: 'Anna de Vries',
    pending: false,
    ...extra,
  };
}

function fakeAgenda(appointments: unknown[], refused: unknown[] = []) {
  const view = { from: '', to: '', appointments, lastSync: '', offline: false };
  const agenda = {
    Week: vi.fn(() => Promise.resolve(view)),
    Day: vi.fn(() => Promise.resolve(view)),
    Create: vi.fn(() => Promise.resolve({ itemId: 'o1', state: 'sent', errorCode: '', recordId: 'a9' })),
    Update: vi.fn(() => Promise.resolve({ itemId: 'o2', state: 'failed', errorCode: 'conflict', recordId: '' })),
    Conflict: vi.fn(() =>
      Promise.resolve({
        itemId: 'o2',
        mine: { ...item({}), title: 'Bezoek van Anna en Piet', start: '2026-12-06T14:00', end: '2026-12-06T16:00' },
        theirs: item({ title: 'Bezoek van Anna (verzet)', version: 4 }),
      }),
    ),
    ResolveConflict: vi.fn(() => Promise.resolve({ itemId: 'o3', state: 'sent', errorCode: '', recordId: '' })),
    SetOccurrence: vi.fn(() => Promise.resolve({ itemId: 'o4', state: 'sent', errorCode: '', recordId: '' })),
  };
  const outbox = {
    Items: vi.fn(() => Promise.resolve(refused)),
    Discard: vi.fn(() => Promise.resolve()),
    Edit: vi.fn(() => Promise.resolve({ itemId: 'r1', state: 'sent', errorCode: '', recordId: '' })),
  };
  window.go = { app: { AgendaService: agenda, OutboxService: outbox } } as never;
  return agenda;
}

function open() {
  renderApp({ user, route: { name: 'section', clientId: 'c1', section: 'appointments' } });
}

describe('Mijn Afspraken', () => {
  it('marks private, repeating and ECD appointments in words', async () => {
    fakeAgenda([item({}), item({ id: 'e1', title: 'Kapper', private: false, repeating: false, source: 'ecd' })]);
    open();
    const block = await screen.findByRole('button', { name: /Bezoek van Anna/ });
    expect(within(block).getByText('Privé')).toBeTruthy();
    expect(within(block).getByText('Herhaalt')).toBeTruthy();
    expect(within(block).getByText('Familie en vrienden')).toBeTruthy();
    const ecd = screen.getByRole('button', { name: /Kapper/ });
    expect(within(ecd).getByText('Zorgorganisatie')).toBeTruthy();
  });

  it('refuses 02:30 on the day the clock goes forward, before sending', async () => {
    const agenda = fakeAgenda([]);
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwe afspraak' }));
    expect(screen.getByText(/Vertel de zorgmedewerkers ook zelf/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Titel', { exact: false }), 'Vroeg op');
    const day = screen.getByRole('group', { name: 'Datum' });
    await userEvent.click(within(day).getAllByRole('spinbutton')[0] as HTMLElement);
    await userEvent.keyboard('28032027');
    const start = screen.getByLabelText('Begintijd', { exact: false });
    await userEvent.clear(start);
    await userEvent.type(start, '02:30');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText(/Deze tijd bestaat niet op die dag/)).toBeTruthy();
    expect(agenda.Create).not.toHaveBeenCalled();
  });

  it('keeps the series when changing every time, and shows a conflict side by side', async () => {
    const agenda = fakeAgenda([item({})]);
    open();
    await userEvent.click(await screen.findByRole('button', { name: /Bezoek van Anna/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Alle keren wijzigen' }));
    expect((screen.getByRole('radio', { name: 'Elke week' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(agenda.Update).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'a1', version: 3, repeat: 'weekly', until: '2027-03-01' }),
    );

    expect(await screen.findByText('Bezoek van Anna en Piet')).toBeTruthy();
    expect(screen.getByText('Bezoek van Anna (verzet)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Mijn versie bewaren' }));
    expect(agenda.ResolveConflict).toHaveBeenCalledWith({ itemId: 'o2', keep: 'mine' });
  });

  it('cancels one time of a series without touching the rest', async () => {
    const agenda = fakeAgenda([item({})]);
    open();
    await userEvent.click(await screen.findByRole('button', { name: /Bezoek van Anna/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Deze keer laten vervallen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, laten vervallen' }));
    expect(agenda.SetOccurrence).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'a1', cancel: true, occurrence: '2026-12-06T14:00:00+01:00' }),
    );
    expect(await screen.findByText(/gaat deze keer niet door/)).toBeTruthy();
  });

  it('names a refused appointment with its reason and lets the user fix the title', async () => {
    fakeAgenda([], [
      {
        id: 'r1',
        clientId: 'c1',
        kind: 'appointment.create',
        state: 'failed',
        errorCode: 'too_long',
        createdAt: '',
        summary: 'Een veel te lange titel',
        blockedBy: '',
      },
    ]);
    open();
    expect(await screen.findByText('“Een veel te lange titel” is niet verstuurd.')).toBeTruthy();
    expect(screen.getByText(/De tekst is te lang/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Aanpassen' }));
    const field = screen.getByLabelText('Nieuwe titel');
    await userEvent.clear(field);
    await userEvent.type(field, 'Korte titel');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw versturen' }));
    const edit = window.go?.app?.OutboxService?.Edit;
    expect(edit).toHaveBeenCalledWith({ id: 'r1', title: 'Korte titel', text: '' });
  });
});
