import { SectionHome } from '../SectionHome';

interface AgendaScreenProps {
  clientId: string;
}

/** AgendaScreen is the agenda section of one portal. */
export function AgendaScreen({ clientId }: AgendaScreenProps) {
  return <SectionHome clientId={clientId} section="appointments" />;
}
