interface AvatarProps {
  name: string;
  photoUrl?: string;
  size?: 'small' | 'large';
}

/** initials gives "MV" for "Maria de Vries": first and last name part. */
export function initials(name: string): string {
  const parts = name
    .split(/[\s-]+/)
    .filter((p) => p !== '' && p[0] === p[0]?.toUpperCase());
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * Avatar shows a person's photo, or their initials until there is one.
 * The name always stands next to it, so the picture itself is decoration.
 */
export function Avatar({ name, photoUrl, size = 'small' }: AvatarProps) {
  const className = `avatar avatar--${size}`;
  if (photoUrl) {
    return <img className={className} src={photoUrl} alt="" />;
  }

  return (
    <span className={className} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
