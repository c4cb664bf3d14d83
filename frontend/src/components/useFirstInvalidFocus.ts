import { useEffect, type RefObject } from 'react';

/**
 * useFirstInvalidFocus moves focus to the first field with an error after
 * a failed submit, so keyboard and screen-reader users land on it.
 */
export function useFirstInvalidFocus(
  form: RefObject<HTMLFormElement | null>,
  errors: Record<string, string>,
) {
  useEffect(() => {
    if (Object.keys(errors).length === 0) {
      return;
    }

    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  }, [form, errors]);
}
