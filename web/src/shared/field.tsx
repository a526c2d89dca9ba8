/** What a labelled input shows and calls; `id` comes from the page's own id sequence. */
export interface FieldProps {
  id: string;
  label: string;
  name: string;
  type?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  autoComplete?: string;
  value: string;
  onInput: (value: string) => void;
  /** Prefix of the class names (`t-` inside the widget, whose styles are its own). */
  classPrefix?: string;
}

/**
 * A labelled input whose hint and error are tied to it (aria-describedby,
 * aria-invalid): the reader pages and the widget's account forms.
 */
export function LabelledInput(props: FieldProps) {
  const { id, classPrefix = '' } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class={`${classPrefix}field`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        required={props.required}
        autoComplete={props.autoComplete}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => props.onInput((event.target as HTMLInputElement).value)}
      />
      {props.hint && (
        <small id={hintId} class={`${classPrefix}hint`}>
          {props.hint}
        </small>
      )}
      {props.error && (
        <small id={errorId} class={`${classPrefix}error`}>
          {props.error}
        </small>
      )}
    </div>
  );
}
