import { Button, type ButtonProps } from 'react-aria-components';

type Variant = 'primary' | 'secondary' | 'quiet' | 'link';

interface ActionButtonProps extends Omit<ButtonProps, 'className' | 'isPending'> {
  variant?: Variant;
  className?: string;
  /**
   * busy marks a button whose action is under way: it keeps its focus and
   * ignores presses until done. (react-aria's isPending would announce
   * through stale live-region nodes that axe reports.)
   */
  busy?: boolean;
}

/** ActionButton is every button in Kring: large, with a clear focus ring. */
export function ActionButton({
  variant = 'primary',
  className,
  busy = false,
  onPress,
  ...props
}: ActionButtonProps) {
  const classes = ['button', `button--${variant}`, className ?? ''];
  return (
    <Button
      className={classes.join(' ').trim()}
      data-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onPress={busy ? undefined : onPress}
      {...props}
    />
  );
}
