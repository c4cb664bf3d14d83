import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { setupI18n } from '../../i18n';
import { InvitationsPanel } from './Invitations';

const inv = { id: 'i1', clientId: 'c2', clientName: 'Johanna', invitedBy: 'Piet', createdAt: '' };

function show(session: Record<string, (...a: unknown[]) => Promise<unknown>>) {
  window.go = { app: { SessionService: session } };
  const accepted = vi.fn();
  render(
    <I18nextProvider i18n={setupI18n('nl')}>
      <InvitationsPanel onAccepted={accepted} />
    </I18nextProvider>,
  );
  return accepted;
}

describe('InvitationsPanel', () => {
  it('shows nothing without invitations', async () => {
    const Invitations = vi.fn(() => Promise.resolve([]));
    show({ Invitations });
    await waitFor(() => expect(Invitations).toHaveBeenCalled());
    expect(screen.queryByTestId('invitations')).toBeNull();
  });

  it('accepts an invitation', async () => {
    const AcceptInvitation = vi.fn(() => Promise.resolve());
    const accepted = show({ Invitations: () => Promise.resolve([inv]), AcceptInvitation });
    await userEvent.click(await screen.findByRole('button', { name: 'Accepteren' }));
    await waitFor(() => expect(AcceptInvitation).toHaveBeenCalledWith({ id: 'i1' }));
    expect(accepted).toHaveBeenCalled();
  });

  it('reports an unknown invitation to the helpdesk', async () => {
    const ReportInvitation = vi.fn(() => Promise.resolve());
    show({ Invitations: () => Promise.resolve([inv]), ReportInvitation });
    await userEvent.click(await screen.findByRole('button', { name: 'Ik ken deze uitnodiging niet' }));
    await waitFor(() => expect(ReportInvitation).toHaveBeenCalledWith({ id: 'i1' }));
  });
});
