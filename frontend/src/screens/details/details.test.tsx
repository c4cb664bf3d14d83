import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import detailsNl from '../../i18n/areas/details.nl.json';
import base from '../../i18n/nl.json';
import type { ClientCard } from '../../services/types';
import { reject, renderApp } from '../../test/render';
import { checkPhoto, formatBirthDate, maxPhotoBytes } from './photo';

// jsdom has no CSS.escape, which react-aria's tabs use on focus.
if (typeof CSS === 'undefined' || !CSS.escape) {
  Object.assign(globalThis, { CSS: { escape: (s: string) => s.replace(/[^\w-]/g, '\\$&') } });
}

const nl = detailsNl.details;
const maria: ClientCard = { id: 'c1', name: 'Maria de Vries', photoUrl: '', rights: ['details'], admin: true };

const post = (id: string, extra: object = {}) => ({
  id,
  parentId: '',
  authorId: 'u2',
  authorName: 'Kees de Vries',
  text: 'Naar het park geweest.',
  createdAt: '2026-12-01T14:48:00+01:00',
  thumbnail: '',
  mine: false,
  canDelete: true,
  pending: false,
  replies: [],
  ...extra,
});

type Method = (...args: unknown[]) => Promise<unknown>;

function services(details: Record<string, Method>) {
  const spies: Record<string, ReturnType<typeof vi.fn<Method>>> = {};
  for (const [name, fn] of Object.entries(details)) spies[name] = vi.fn<Method>(fn);
  window.go = {
    app: {
      DetailsService: spies,
      OutboxService: { Items: () => Promise.resolve([]) },
      PortalService: { Clients: () => Promise.resolve([maria]) },
      SessionService: {},
    },
  };
  return spies;
}

const sent = { itemId: 'o1', state: 'sent', errorCode: '', recordId: 'r1' };

async function openBoard() {
  renderApp({ route: { name: 'section', clientId: 'c1', section: 'details' }, clients: [maria] });
  await userEvent.click(await screen.findByRole('tab', { name: nl.tabBoard }));
}

function png(name = 'tuin.png', size = 100) {
  return new File([new Uint8Array(size)], name, { type: 'image/png' });
}

describe('checkPhoto', () => {
  it('takes JPEG and PNG up to 15 MB', () => {
    expect(checkPhoto({ name: 'a.jpg', type: 'image/jpeg', size: 1000 })).toBeUndefined();
    expect(checkPhoto({ name: 'a.png', type: '', size: maxPhotoBytes })).toBeUndefined();
  });

  it('explains HEIC, refuses other files and large photos', () => {
    expect(checkPhoto({ name: 'IMG_1.HEIC', type: '', size: 10 })).toBe('heic');
    expect(checkPhoto({ name: 'a.heif', type: 'image/heif', size: 10 })).toBe('heic');
    expect(checkPhoto({ name: 'brief.pdf', type: 'application/pdf', size: 10 })).toBe('notImage');
    expect(checkPhoto({ name: 'a.jpg', type: 'image/jpeg', size: maxPhotoBytes + 1 })).toBe('tooBig');
  });
});

describe('formatBirthDate', () => {
  it('reads as Dutch people write it', () => {
    expect(formatBirthDate('1938-04-12')).toBe('12 april 1938');
    expect(formatBirthDate('1938-04-12', 'en')).toBe('12 April 1938');
  });
});

describe('Mijn Gegevens', () => {
  it('lists the contact details and the care team', async () => {
    services({
      Details: () =>
        Promise.resolve({ name: 'Maria de Vries', birthDate: '1938-04-12', address: 'Lindelaan 14', phone: '030 234 56 12', email: '', lastSync: '', offline: false }),
      CareTeam: () => Promise.resolve([{ id: 's1', name: 'Fatima el Amrani', role: 'Verzorgende IG', phone: '', email: '' }]),
    });
    renderApp({ route: { name: 'section', clientId: 'c1', section: 'details' }, clients: [maria] });
    expect(await screen.findByText('12 april 1938')).toBeTruthy();
    expect(screen.getByText(nl.unknown)).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: nl.tabTeam }));
    expect(await screen.findByText('Verzorgende IG')).toBeTruthy();
  });
});

describe('Prikbord', () => {
  it('keeps Plaats bericht off with a sentence while a photo has no text', async () => {
    const spies = services({ Board: () => Promise.resolve({ posts: [], lastSync: '', offline: false }), Post: () => Promise.resolve(sent) });
    await openBoard();
    expect(await screen.findByText(nl.boardEmpty)).toBeTruthy();

    const input = document.querySelector<HTMLInputElement>('.photo-picker input[type=file]');
    fireEvent.change(input as HTMLInputElement, { target: { files: [png()] } });
    const place = screen.getByRole('button', { name: nl.postSubmit });
    await waitFor(() => expect(place.getAttribute('data-disabled')).toBe('true'));
    expect(screen.getByText(nl.photoNeedsText)).toBeTruthy();

    await userEvent.type(screen.getByLabelText(nl.postText), 'Mama in de tuin');
    expect(place.getAttribute('data-disabled')).toBeNull();
    await userEvent.click(place);
    await waitFor(() => expect(spies.Post).toHaveBeenCalled());
    const sentPost = spies.Post?.mock.calls[0]?.[0] as { text: string; photo: string; photoType: string };
    expect(sentPost.text).toBe('Mama in de tuin');
    expect(sentPost.photo).toMatch(/^data:image\/png;base64,/);
    expect(sentPost.photoType).toBe('image/png');
    expect(await screen.findByText(nl.posted)).toBeTruthy();
  });

  it('shows honestly that a post is on its way while the app sends it', async () => {
    let finish: (v: unknown) => void = () => {};
    services({
      Board: () => Promise.resolve({ posts: [], lastSync: '', offline: false }),
      Post: () => new Promise((resolve) => (finish = resolve)),
    });
    await openBoard();
    await userEvent.type(await screen.findByLabelText(nl.postText), 'Hallo allemaal');
    await userEvent.click(screen.getByRole('button', { name: nl.postSubmit }));
    const bar = await screen.findByRole('progressbar', { name: nl.sending });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    finish(sent);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('explains a HEIC photo before sending anything', async () => {
    services({ Board: () => Promise.resolve({ posts: [], lastSync: '', offline: false }) });
    await openBoard();
    await screen.findByText(nl.boardEmpty);
    const input = document.querySelector<HTMLInputElement>('.photo-picker input[type=file]');
    fireEvent.change(input as HTMLInputElement, { target: { files: [new File(['x'], 'IMG_2001.HEIC', { type: 'image/heic' })] } });
    expect(await screen.findByText(nl.heic)).toBeTruthy();
  });

  it('takes a dropped file as the photo', async () => {
    services({ Board: () => Promise.resolve({ posts: [], lastSync: '', offline: false }) });
    await openBoard();
    await screen.findByText(nl.boardEmpty);
    const zone = document.querySelector('.photo-picker__zone') as HTMLElement;
    fireEvent.drop(zone, { dataTransfer: { files: [png('gesleept.png')], dropEffect: 'copy' } });
    expect(await screen.findByText('Gekozen foto: gesleept.png')).toBeTruthy();
  });

  it('says the server refused a photo without text', async () => {
    services({ Board: () => Promise.resolve({ posts: [], lastSync: '', offline: false }), Post: () => reject('photo_needs_text') });
    await openBoard();
    await userEvent.type(await screen.findByLabelText(nl.postText), ' x');
    await userEvent.click(screen.getByRole('button', { name: nl.postSubmit }));
    expect(await screen.findByText(base.errors.photo_needs_text)).toBeTruthy();
  });

  it('asks before the administrator removes another’s post', async () => {
    const spies = services({
      Board: () => Promise.resolve({ posts: [post('p1'), post('p2', { mine: true, authorName: 'Anna de Vries' })], lastSync: '', offline: false }),
      DeletePost: () => Promise.resolve(sent),
    });
    await openBoard();
    const own = await screen.findByRole('button', { name: nl.delete });
    expect(own).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: nl.deleteAsAdmin }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(nl.deletePostTitle)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: nl.deleteYes }));
    await waitFor(() => expect(spies.DeletePost).toHaveBeenCalledWith({ clientId: 'c1', id: 'p1' }));
  });
});
