import { SectionHome } from '../SectionHome';

interface UsersScreenProps {
  clientId: string;
}

/** UsersScreen is Gebruikersbeheer: the portal administrator's contacts and rights. */
export function UsersScreen({ clientId }: UsersScreenProps) {
  return <SectionHome clientId={clientId} section="settings" />;
}
