import { OpenExercise } from '../../components/OpenExercise';

export function WhereEmbeddingsAreUsedExercise() {
  return (
    <OpenExercise task="Pick one use on this page and explain, in two sentences, what is turned into vectors and what is compared with what.">
      <p>Then think of one place in your own life where this recipe is probably at work.</p>
    </OpenExercise>
  );
}
