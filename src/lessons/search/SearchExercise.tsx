import { OpenExercise } from '../../components/OpenExercise';

export function SearchExercise() {
  return (
    <OpenExercise task="Find a query where keyword search beats meaning search, and one where meaning search wins.">
      <p>Compare the two result lists side by side: which one put the listing you meant at the top?</p>
    </OpenExercise>
  );
}
