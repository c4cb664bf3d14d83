import { SectionHome } from '../SectionHome';

interface DossierScreenProps {
  clientId: string;
}

/** DossierScreen is the dossier section of one portal. */
export function DossierScreen({ clientId }: DossierScreenProps) {
  return <SectionHome clientId={clientId} section="dossier" />;
}
