// Portal wraps the bound PortalService (HOME-*).
import * as Bindings from '../wailsjs/go/app/PortalService';
import { call } from './errors';
import type { ClientCard, HomeView } from './types';

/** clients lists the portals the signed-in user may open (HOME-1). */
export function clients(): Promise<ClientCard[]> {
  return call(async () => {
    const list: ClientCard[] = (await Bindings.Clients()) ?? [];
    return list;
  });
}

/** home returns what the start screen of one portal shows (HOME-2). */
export function home(clientId: string): Promise<HomeView> {
  return call(async () => {
    const view: HomeView = await Bindings.Home({ clientId });
    return {
      ...view,
      nextAppointments: view.nextAppointments ?? [],
      latestUnread: view.latestUnread ?? [],
    };
  });
}
