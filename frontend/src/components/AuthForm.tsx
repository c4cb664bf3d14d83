import type { ComponentProps, FormEvent, ReactNode, RefObject } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../i18n/errors';
import { FormAlert } from './Messages';
import { TextInput } from './TextInput';

interface AuthFormProps {
  form: RefObject<HTMLFormElement | null>;
  failure: unknown;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  className?: string;
  children: ReactNode;
}

/** AuthForm is the form of the sign-in screens, with the server's refusal on top. */
export function AuthForm({ form, failure, onSubmit, className = 'form', children }: AuthFormProps) {
  const { t } = useTranslation();
  return (
    <Form ref={form} className={className} onSubmit={onSubmit} validationBehavior="aria">
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {children}
    </Form>
  );
}

type FieldProps = Omit<ComponentProps<typeof TextInput>, 'type' | 'autoComplete'>;

/** UserNameInput is the user name field, kept free of capitals and spelling fixes. */
export function UserNameInput(props: FieldProps) {
  return (
    <TextInput
      {...props}
      autoComplete="username"
      autoCapitalize="none"
      spellCheck="false"
      isRequired
    />
  );
}

interface PasswordInputProps extends FieldProps {
  shown: boolean;
  autoComplete: 'current-password' | 'new-password';
}

/** PasswordInput is a password field that shows its text while PasswordToggle is on. */
export function PasswordInput({ shown, ...props }: PasswordInputProps) {
  return <TextInput {...props} type={shown ? 'text' : 'password'} isRequired />;
}
