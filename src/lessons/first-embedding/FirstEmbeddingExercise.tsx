import { OpenExercise } from '../../components/OpenExercise';

export function FirstEmbeddingExercise() {
  return (
    <OpenExercise task="Find a word the tokenizer keeps whole and a word it splits into three or more pieces. Does a typo change the pieces?">
      <p>Try a rare word, a made-up word, a name, and the same word with one letter changed.</p>
    </OpenExercise>
  );
}
