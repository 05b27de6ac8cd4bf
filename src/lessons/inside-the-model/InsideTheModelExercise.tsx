import { OpenExercise } from '../../components/OpenExercise';

export function InsideTheModelExercise() {
  return (
    <OpenExercise task="Find a text whose average (step 3) keeps as much of the pieces’ length as possible, and one that keeps as little.">
      <p>
        Reveal the length question first, then compare the “kept …%” figure for a word repeated several times
        and for a long sentence with varied words.
      </p>
    </OpenExercise>
  );
}
