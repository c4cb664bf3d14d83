import { Button, type ButtonProps } from 'react-aria-components';

type Variant = 'primary' | 'secondary' | 'quiet' | 'link';

interface ActionButtonProps extends Omit<ButtonProps, 'className'> {
  variant?: Variant;
  className?: string;
}

/** ActionButton is every button in Kring: large, with a clear focus ring. */
export function ActionButton({
  variant = 'primary',
  className,
  ...props
}: ActionButtonProps) {
  const classes = ['button', `button--${variant}`, className ?? ''];
  return <Button className={classes.join(' ').trim()} {...props} />;
}
