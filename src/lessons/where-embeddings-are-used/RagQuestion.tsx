import { PredictReveal } from '../../components/PredictReveal';
import { RAG_QUESTION, RAG_CHOICES } from './predictText';

/** A question about RAG whose answer follows from how it is put together, not from any model. */
export function RagQuestion() {
  return (
    <PredictReveal id="rag-missed-passage" question={RAG_QUESTION} choices={RAG_CHOICES} correct={1}>
      <p>
        The language model only reads the question and the passages the search handed over; it never sees the
        rest of your documents. A passage the embedding search misses cannot inform the answer, so a RAG
        system can only be as good as its search.
      </p>
    </PredictReveal>
  );
}
