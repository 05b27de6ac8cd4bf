import './search.css';
import { DatasetPanel } from './DatasetPanel';
import { EmbedPanel } from './EmbedPanel';
import { ExportPanel } from './ExportPanel';
import { NoSharedWordQuestion } from './NoSharedWordQuestion';
import { SearchPanel } from './SearchPanel';
import { TruncationSummary } from './TruncationSummary';
import { useDatasetBootstrap } from '../../features/listings';
import { SearchExercise } from './SearchExercise';

export function SearchPage() {
  useDatasetBootstrap();
  return (
    <article className="lesson search-lesson">
      <h1>Semantic search</h1>
      <p>
        Embeddings are how search engines find what you <em>mean</em>, not just the words you typed. Here you
        embed a few hundred job listings, then search them by meaning, just like the workshop notebook, and
        compare the result with an old-fashioned keyword search over the same rows.
      </p>
      <NoSharedWordQuestion />
      <DatasetPanel />
      <TruncationSummary />
      <EmbedPanel />
      <SearchPanel />
      <ExportPanel />
      <SearchExercise />
    </article>
  );
}
