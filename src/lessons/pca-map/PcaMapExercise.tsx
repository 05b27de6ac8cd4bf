import { OpenExercise } from '../../components/OpenExercise';

export function PcaMapExercise() {
  return (
    <OpenExercise task="Find two job titles the map puts close together that you would not call similar, and check whether they are also neighbours in all 384 dimensions.">
      <p>Click a dot to pin it: its dashed lines go to its nearest listings in the full space.</p>
    </OpenExercise>
  );
}
