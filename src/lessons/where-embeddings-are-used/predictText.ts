/** The predict question's words, shared by the page and the class pulse. */
export const RAG_QUESTION =
  'A RAG system answers questions about your documents. The passage that holds the answer is not among the closest ones the embedding search fetches. What happens?';
export const RAG_CHOICES = [
  'The language model finds the passage anyway',
  'The answer cannot draw on that passage',
  'The search keeps trying until it finds the passage',
];
