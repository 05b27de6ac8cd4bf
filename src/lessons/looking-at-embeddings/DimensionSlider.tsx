/** A labelled range input for "how many dimensions to draw", 1…dims. */
export function DimensionSlider({
  value,
  dims,
  onChange,
  testId,
}: {
  value: number;
  dims: number;
  onChange: (value: number) => void;
  testId?: string;
}) {
  return (
    <label className="field dimension-slider">
      <span>
        Dimensions shown: <output>{value}</output> of {dims}
      </span>
      <input
        type="range"
        min={1}
        max={dims}
        step={1}
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </label>
  );
}
