import {
  FieldError,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';

interface TextAreaProps extends Omit<TextFieldProps, 'children' | 'isInvalid'> {
  label: string;
  description?: string;
  /** error is the sentence shown under the label while the field is wrong. */
  error?: string;
  rows?: number;
  /** hideLabel keeps the label for screen readers only. */
  hideLabel?: boolean;
}

/**
 * TextArea is a labelled field for a message or post of several lines,
 * with its hint and error below the label like TextInput.
 */
export function TextArea({ label, description, error, rows = 4, hideLabel, ...props }: TextAreaProps) {
  return (
    <TextField className="field" validationBehavior="aria" isInvalid={Boolean(error)} {...props}>
      <Label className={hideLabel ? 'visually-hidden' : 'field__label'}>{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <AriaTextArea className="field__input field__input--area" rows={rows} />
    </TextField>
  );
}
