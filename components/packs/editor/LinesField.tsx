import { useEffect, useState } from 'react';

/**
 * A list of terms edited as lines. The text is kept as typed (blank lines included) while the field
 * has focus, so typing a new line is not undone by the list it produces.
 */
export function LinesField({ label, value, onChange, testId }: { label: string; value: string[]; onChange: (v: string[]) => void; testId?: string }) {
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    if (text.split('\n').filter((l) => l.trim()).join('\n') !== value.join('\n')) setText(value.join('\n'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <label className="kz-field">
      {label}
      <textarea
        rows={Math.min(8, Math.max(2, value.length + 1))}
        value={text}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value.split('\n').map((l) => l.trim()).filter(Boolean));
        }}
      />
    </label>
  );
}
