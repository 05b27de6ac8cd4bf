import { summarize } from '../math/vector';

/** Every component of a vector, in a scrollable grid, with min / max / length above it. */
export function VectorNumbers({ vector }: { vector: Float32Array }) {
  const { min, max, norm } = summarize(vector);
  return (
    <div className="vector-numbers">
      <dl className="stats">
        <div>
          <dt>dimensions</dt>
          <dd>{vector.length}</dd>
        </div>
        <div>
          <dt>min</dt>
          <dd>{min.toFixed(4)}</dd>
        </div>
        <div>
          <dt>max</dt>
          <dd>{max.toFixed(4)}</dd>
        </div>
        <div>
          <dt>length (L2 norm)</dt>
          <dd data-testid="vector-norm">{norm.toFixed(3)}</dd>
        </div>
      </dl>
      <ol className="number-grid" aria-label={`The ${vector.length} numbers of the embedding`} tabIndex={0}>
        {Array.from(vector, (value, i) => (
          <li key={i}>
            <span className="dim-index">{i}</span>
            <span className={value < 0 ? 'negative' : 'positive'}>{value.toFixed(4)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
