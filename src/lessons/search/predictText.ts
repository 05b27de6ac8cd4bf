/** The predict question's words, shared by the page and the class pulse. */
export const NO_SHARED_WORD_QUESTION =
  'A listing shares not one word with your query. Which search can still show it among the top results?';
export const NO_SHARED_WORD_CHOICES = [
  'Only the keyword search',
  'Only the search by meaning',
  'Both',
  'Neither',
];
