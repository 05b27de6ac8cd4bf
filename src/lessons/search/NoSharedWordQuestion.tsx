import { PredictReveal } from '../../components/PredictReveal';
import { NO_SHARED_WORD_QUESTION, NO_SHARED_WORD_CHOICES } from './predictText';

/** A question whose answer follows from how the two searches work, whatever the model ranks. */
export function NoSharedWordQuestion() {
  return (
    <PredictReveal
      id="no-shared-word"
      question={NO_SHARED_WORD_QUESTION}
      choices={NO_SHARED_WORD_CHOICES}
      correct={1}
    >
      <p>
        The search by meaning gives every embedded listing a cosine with the query and shows the highest, so a
        listing with no word in common can come first when the model places it close to the query. The keyword
        search (BM25) only scores rows that contain a word of the query, so it never shows such a listing.
        Whether the model&apos;s top results are <em>good</em> is another question: run a search below and
        judge the two lists yourself.
      </p>
    </PredictReveal>
  );
}
