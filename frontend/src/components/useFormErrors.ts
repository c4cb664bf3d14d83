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
  const [checks, setChecks] = useState(0);

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

  /** report shows the errors of a check and tells whether there were any. */
  const report = useCallback((found: FieldErrors) => {
    setErrors(found);
    setChecks((n) => n + 1);
    return Object.keys(found).length > 0;
  }, []);

  // Only after a check, not while typing clears errors one by one.
  useEffect(() => {
    if (checks === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checks]);

  return { form, errors, report, bind };
}
