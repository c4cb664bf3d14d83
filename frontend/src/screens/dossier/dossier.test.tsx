import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from '../../test/render';

// jsdom lacks CSS.escape, which react-aria's tabs use on focus.
if (typeof globalThis.CSS?.escape !== 'function') {
  Object.assign(globalThis, {
    CSS: { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) },
  });
}

const user = { id: 'u1', userName: 'anna', displayName: 'Anna de Vries', email: '', phoneHint: '' };

function report(id: string, writtenAt: string, title: string) {
  return { id, writtenAt, authorName: '', authorRole: 'EVV-er', title, text: `Tekst van ${title}.` };
}

const reports = [
  report('r3', '2026-12-01T10:15:00+01:00', 'Eten en drinken'),
  report('r2', '2026-11-30T16:30:00+01:00', 'Activiteiten'),
  report('r1', '2026-11-29T06:45:00+01:00', 'Nachtrust'),
];

// The dossier's Go side as the screen sees it: newest first, neighbours
// by time, the search folding accents.
function fakeDossier(offline = false) {
  const ordered = [...reports].reverse();
  const dossier = {
    Reports: vi.fn(() =>
      Promise.resolve({ reports, total: 3, more: false, next: '', lastSync: '2026-12-03T09:00:00+01:00', offline }),
    ),
    Report: vi.fn((ref: { id: string }) => {
      const i = ordered.findIndex((r) => r.id === ref.id);
      return Promise.resolve({
        report: ordered[i],
        prevId: ordered[i - 1]?.id ?? '',
        nextId: ordered[i + 1]?.id ?? '',
      });
    }),
    CarePlan: vi.fn(() =>
      Promise.resolve({
        goals: [
          {
            id: 'g1',
            title: 'Mevrouw loopt veilig',
            careQuestion: 'Mevrouw is bang om te vallen.',
            status: 'active',
            startDate: '',
            actions: [{ id: 'a1', text: 'Looptraining' }],
            evaluations: null,
          },
        ],
        lastSync: '',
        offline,
      }),
    ),
    Documents: vi.fn(() => Promise.resolve([])),
    Document: vi.fn(),
  };
  const search = {
    Reports: vi.fn((q: { query: string }) =>
      Promise.resolve(
        q.query === 'clienten'
          ? [{ id: 'r2', writtenAt: reports[1]?.writtenAt, title: '', snippet: 'met andere cliënten' }]
          : [],
      ),
    ),
  };
  window.go = { app: { DossierService: dossier, SearchService: search } } as never;
  return { dossier, search };
}

function open() {
  renderApp({ user, route: { name: 'section', clientId: 'c1', section: 'dossier' } });
}

describe('Mijn Dossier', () => {
  it('lists reports and steps through them with Vorige and Volgende', async () => {
    fakeDossier();
    open();
    await userEvent.click(await screen.findByRole('button', { name: /Activiteiten/ }));
    expect(await screen.findByText('Tekst van Activiteiten.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: /^Vorige/ }));
    expect(await screen.findByText('Tekst van Nachtrust.')).toBeTruthy();
    expect(screen.getByText('Dit is de oudste rapportage.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: /^Volgende/ }));
    await userEvent.click(await screen.findByRole('button', { name: /^Volgende/ }));
    expect(await screen.findByText('Tekst van Eten en drinken.')).toBeTruthy();
    expect(screen.getByText('Dit is de nieuwste rapportage.')).toBeTruthy();
  });

  it('searches the reports and says how many it found', async () => {
    const { search } = fakeDossier();
    open();
    await userEvent.type(await screen.findByLabelText('Zoeken in de rapportages'), 'clienten{Enter}');
    expect(await screen.findByText('met andere cliënten')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/1 rapportage gevonden/)).toBeTruthy());
    expect(search.Reports).toHaveBeenCalledWith({ clientId: 'c1', query: 'clienten', limit: 50 });
  });

  it('shows the offline banner with the time of the last sync', async () => {
    fakeDossier(true);
    open();
    expect(await screen.findByText(/U bent offline. U ziet de gegevens van donderdag 3 december 2026, 09:00/)).toBeTruthy();
  });

  it('opens a goal to its care question and explains missing evaluations', async () => {
    fakeDossier();
    open();
    await userEvent.click(await screen.findByRole('tab', { name: 'Plannen' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Doel openen: Mevrouw loopt veilig' }));
    expect(await screen.findByText('Mevrouw is bang om te vallen.')).toBeTruthy();
    expect(screen.getByText('Dit doel is nog niet geëvalueerd.')).toBeTruthy();
  });

  it('explains an empty documents tab', async () => {
    fakeDossier();
    open();
    await userEvent.click(await screen.findByRole('tab', { name: 'Lezen' }));
    expect(await screen.findByText(/Er staan nog geen documenten/)).toBeTruthy();
  });
});
