import { useCallback, useEffect, useRef, useState } from 'react';

/** FieldErrors maps a field's name to the sentence shown under its label. */
export type FieldErrors = Record<string, string>;

/**
 * useFormErrors keeps the errors of a form. An error goes as soon as its
 * field changes, while typing, so nothing jumps under the pointer when the
 * user then presses a button. After a failed check, focus moves to the
 * first field with an error.
 */
export function useFormErrors() {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  const clear = useCallback((name: string) => {
    setErrors((e) => {
      if (!(name in e)) return e;
      const rest = { ...e };
      delete rest[name];
      return rest;
    });
  }, []);

  /** bind gives a TextInput its value, change handler and error. */
  const bind = useCallback(
    (name: string, value: string, set: (v: string) => void) => ({
      name,
      value,
      error: errors[name],
      onChange: (v: string) => {
        set(v);
        clear(name);
      },
    }),
    [errors, clear],
  );

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  return { form, errors, setErrors, bind };
}
