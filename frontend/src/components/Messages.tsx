import { useEffect, useState } from 'react';

import { Icon } from './Icon';

interface MessageProps {
  message?: string;
}

// The live region stays in the page and gets its text a moment after it
// mounts, so screen readers announce messages that arrive with a screen.
function useLateText(message?: string) {
  const [text, setText] = useState('');
  useEffect(() => {
    const id = window.setTimeout(() => setText(message ?? ''), 50);
    return () => window.clearTimeout(id);
  }, [message]);
  return text;
}

/** FormAlert says what went wrong and what to do, near the form. */
export function FormAlert({ message }: MessageProps) {
  const text = useLateText(message);
  return (
    <div role="alert" data-testid="form-alert">
      {text && (
        <div className="alert">
          <Icon name="alert" />
          <p>{text}</p>
        </div>
      )}
    </div>
  );
}

/** StatusMessage confirms that something worked, politely. */
export function StatusMessage({ message }: MessageProps) {
  const text = useLateText(message);
  return (
    <div role="status">
      {text && (
        <div className="status">
          <Icon name="check" />
          <p>{text}</p>
        </div>
      )}
    </div>
  );
}

/** Banner is a calm notice about the state of the app, such as offline. */
export function Banner({ message }: MessageProps) {
  if (!message) {
    return null;
  }

  return (
    <div className="banner" role="status">
      <Icon name="info" />
      <p>{message}</p>
    </div>
  );
}
