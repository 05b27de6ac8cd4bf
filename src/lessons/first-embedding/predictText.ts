/** The predict question's words, shared by the page and the class pulse. */
export const ANCHOR = 'The cat is asleep on the sofa.';
/** Same meaning in other words, and other meaning with a shared word. */
export const OTHERS = ['A kitten naps on the couch.', 'The sofa is on sale at the shop.'] as const;
export const SIMILAR_MEANING_QUESTION = `The model is trained to place texts with similar meanings near each other. Which of these two will it place nearer to “${ANCHOR}”?`;
export const SIMILAR_MEANING_CHOICES = OTHERS.map(
  (text, i) => `${text} (${i === 0 ? 'same meaning, other words' : 'shares the word sofa, other meaning'})`,
);
