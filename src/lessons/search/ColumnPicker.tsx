import { columnLabels, type ColumnChoice } from '../../data/columns';

/** Which column is embedded and which one names each listing. */
export function ColumnPicker({
  header,
  columns,
  onChange,
}: {
  header: readonly string[];
  columns: ColumnChoice;
  onChange: (columns: ColumnChoice) => void;
}) {
  const options = columnLabels(header).map((name, i) => (
    <option key={i} value={i}>
      {name}
    </option>
  ));
  return (
    <div className="column-picker">
      <label>
        <span>Text to embed</span>
        <select value={columns.text} onChange={(e) => onChange({ ...columns, text: Number(e.target.value) })}>
          {options}
        </select>
      </label>
      <label>
        <span>Title of each row</span>
        <select
          value={columns.label ?? ''}
          onChange={(e) =>
            onChange({ ...columns, label: e.target.value === '' ? null : Number(e.target.value) })
          }
        >
          <option value="">(none: show the row number)</option>
          {options}
        </select>
      </label>
    </div>
  );
}
