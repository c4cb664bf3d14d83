import { SectionHome } from '../SectionHome';

interface MessagesScreenProps {
  clientId: string;
}

/** MessagesScreen is the messages section of one portal. */
export function MessagesScreen({ clientId }: MessagesScreenProps) {
  return <SectionHome clientId={clientId} section="messages" />;
}
