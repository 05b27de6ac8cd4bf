import { OpenExercise } from '../../components/OpenExercise';

export function AnalogiesExercise() {
  return (
    <OpenExercise task="Find an analogy of your own (A − B + C should land near D) where D is the nearest candidate and the arithmetic beats C alone.">
      <p>
        Type your four words in part 1 and add D to the candidate words. A failure you can explain counts too.
      </p>
    </OpenExercise>
  );
}
