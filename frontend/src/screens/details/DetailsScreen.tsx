import { SectionHome } from '../SectionHome';

interface DetailsScreenProps {
  clientId: string;
}

/** DetailsScreen is the details section of one portal. */
export function DetailsScreen({ clientId }: DetailsScreenProps) {
  return <SectionHome clientId={clientId} section="details" />;
}
