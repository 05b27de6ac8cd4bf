import { OpenExercise } from '../../components/OpenExercise';

export function WhatIsAnEmbeddingExercise() {
  return (
    <OpenExercise task="In “Room in high dimensions”, find the smallest number of dimensions N whose cube has more corners than there are people on Earth (about 8 billion).">
      <p>
        Type values of N into the box and read the number of corners. Can you say why one more dimension is
        always enough to double it?
      </p>
    </OpenExercise>
  );
}
