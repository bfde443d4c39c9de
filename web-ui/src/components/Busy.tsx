/** A long operation in progress: announced to screen readers, visible as a moving bar. */
export function Busy({ text }: { text: string }) {
  return (
    <p className="busy" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
