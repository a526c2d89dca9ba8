import { LabelledInput, type FieldProps } from '../shared/field.js';
import { useId } from './context.js';

/** A labelled input of the reader pages (ids from the pages' own sequence). */
export function Field(props: Omit<FieldProps, 'id' | 'classPrefix'>) {
  return <LabelledInput {...props} id={useId(props.name)} />;
}
