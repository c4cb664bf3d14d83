import {
  FieldError,
  Input,
  Label,
  Text,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';

interface TextInputProps extends Omit<TextFieldProps, 'children' | 'isInvalid'> {
  label: string;
  description?: string;
  /** error is the sentence shown under the label while the field is wrong. */
  error?: string;
  inputClassName?: string;
  inputMode?: 'text' | 'numeric' | 'email';
  maxLength?: number;
  autoCapitalize?: 'none' | 'off' | 'sentences' | 'words';
}

/**
 * TextInput is a labelled field with its hint and its error below the
 * label, as GOV.UK and NL Design System forms do.
 */
export function TextInput({
  label,
  description,
  error,
  inputClassName,
  inputMode,
  maxLength,
  autoCapitalize,
  ...props
}: TextInputProps) {
  return (
    <TextField
      className="field"
      validationBehavior="aria"
      isInvalid={Boolean(error)}
      {...props}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <Input
        className={`field__input ${inputClassName ?? ''}`.trim()}
        inputMode={inputMode}
        maxLength={maxLength}
        autoCapitalize={autoCapitalize}
      />
    </TextField>
  );
}
