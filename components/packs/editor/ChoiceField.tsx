/** An inline labelled select over a fixed list of choices, each shown by its label. */
export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  labelOf,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onChange: (choice: T) => void;
  testId?: string;
}) {
  return (
    <label className="kz-field-inline">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {labelOf(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
