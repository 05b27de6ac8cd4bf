import { OpenExercise } from '../../components/OpenExercise';

export function LookingAtEmbeddingsExercise() {
  return (
    <OpenExercise task="Find two texts whose difference grid is almost blank, and two whose grid is as strong as you can make it.">
      <p>
        Use the overlay in part 3, “Two texts, overlaid”. Try changing only capital letters, only punctuation,
        or the whole topic.
      </p>
    </OpenExercise>
  );
}
