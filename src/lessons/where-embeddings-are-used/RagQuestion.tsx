import { PredictReveal } from '../../components/PredictReveal';

/** A question about RAG whose answer follows from how it is put together, not from any model. */
export function RagQuestion() {
  return (
    <PredictReveal
      id="rag-missed-passage"
      question="A RAG system answers questions about your documents. The passage that holds the answer is not among the closest ones the embedding search fetches. What happens?"
      choices={[
        'The language model finds the passage anyway',
        'The answer cannot draw on that passage',
        'The search keeps trying until it finds the passage',
      ]}
      correct={1}
    >
      <p>
        The language model only reads the question and the passages the search handed over; it never sees the
        rest of your documents. A passage the embedding search misses cannot inform the answer, so a RAG
        system can only be as good as its search.
      </p>
    </PredictReveal>
  );
}
