import {
  FieldError,
  Input,
  Label,
  Text,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';

interface TextInputProps extends Omit<TextFieldProps, 'children'> {
  label: string;
  description?: string;
  inputClassName?: string;
  inputMode?: 'text' | 'numeric' | 'email';
  maxLength?: number;
}

/**
 * TextInput is a labelled field with its hint and its error below the
 * label, as GOV.UK and NL Design System forms do.
 */
export function TextInput({
  label,
  description,
  inputClassName,
  inputMode,
  maxLength,
  ...props
}: TextInputProps) {
  return (
    <TextField className="field" validationBehavior="aria" {...props}>
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error" />
      <Input
        className={`field__input ${inputClassName ?? ''}`}
        inputMode={inputMode}
        maxLength={maxLength}
      />
    </TextField>
  );
}
