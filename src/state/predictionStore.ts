import { create } from 'zustand';

/**
 * The guesses a student has revealed in predict-then-reveal questions, by question id, for the class
 * pulse code. Kept in memory only: after a reload the questions start unanswered, and so does this.
 */
interface PredictionState {
  guesses: Record<string, number>;
  recordGuess: (questionId: string, choice: number) => void;
}

export const usePredictionStore = create<PredictionState>()((set) => ({
  guesses: {},
  recordGuess: (questionId, choice) =>
    set((state) => ({ guesses: { ...state.guesses, [questionId]: choice } })),
}));

/** Whether the student has revealed the answer to question `id` (a revealed question has a guess). */
export const useRevealed = (id: string) => usePredictionStore((s) => s.guesses[id] !== undefined);
