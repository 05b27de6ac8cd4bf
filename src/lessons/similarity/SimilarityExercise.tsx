import { OpenExercise } from '../../components/OpenExercise';

export function SimilarityExercise() {
  return (
    <OpenExercise task="Find two sentences that share almost no words but that the model scores as close, and two that share most of their words but mean different things.">
      <p>
        Edit the sentences in part 2 and read the cosine of each pair. Which of your two pairs scores higher?
      </p>
    </OpenExercise>
  );
}
