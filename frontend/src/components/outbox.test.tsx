import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { setupI18n } from '../i18n';
import type { OutboxEntry } from '../services/outbox';
import { OutboxBadge, OutboxNotice } from './Outbox';

const refused: OutboxEntry = {
  id: 'item-1',
  clientId: 'c1',
  kind: 'appointment',
  state: 'failed',
  errorCode: 'time_does_not_exist',
  createdAt: '2026-12-03T10:00:00Z',
  summary: 'Kapper',
  blockedBy: '',
};

function renderNl(ui: React.ReactElement) {
  return render(<I18nextProvider i18n={setupI18n('nl')}>{ui}</I18nextProvider>);
}

function fakeOutbox() {
  const Retry = vi.fn(() => Promise.resolve({ itemId: 'item-1', state: 'sent', errorCode: '', recordId: 'r1' }));
  const Discard = vi.fn(() => Promise.resolve());
  window.go = { app: { OutboxService: { Retry, Discard } } } as unknown as typeof window.go;
  return { Retry, Discard };
}

describe('OutboxBadge', () => {
  it('says a waiting write is being sent', () => {
    renderNl(<OutboxBadge state="pending" />);
    expect(screen.getByText('Wordt verstuurd')).toBeTruthy();
  });

  it('shows nothing for a sent write', () => {
    renderNl(<OutboxBadge state="sent" />);
    expect(screen.queryByTestId('outbox-badge')).toBeNull();
  });
});

describe('OutboxNotice', () => {
  it('gives the reason of a refused write and retries it', async () => {
    const go = fakeOutbox();
    const changed = vi.fn();
    renderNl(<OutboxNotice entry={refused} onChanged={changed} />);
    expect(screen.getByText('“Kapper” is niet verstuurd.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(go.Retry).toHaveBeenCalledWith({ id: 'item-1' });
  });

  it('asks before throwing a write away', async () => {
    const go = fakeOutbox();
    const changed = vi.fn();
    renderNl(<OutboxNotice entry={refused} onChanged={changed} onEdit={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Aanpassen' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Weggooien' }));
    expect(go.Discard).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Ja, weggooien' }));
    await waitFor(() => expect(go.Discard).toHaveBeenCalledWith({ id: 'item-1' }));
  });
});
