import type { StepNotes } from './notes';

export const NOTES_SECOND_HALF: Readonly<Record<string, StepNotes>> = {
  '/looking-at-embeddings': {
    say: [
      'The same 384 numbers, drawn three ways: bars, a colour grid, and two texts overlaid.',
      'Red is negative, blue positive; the colour scale is set by the largest value shown.',
      'Compare texts by their difference, not by staring at one vector.',
    ],
    pitfalls: [
      'Expecting the numbers to be positive, or between 0 and 1.',
      'Looking for one dimension that means something: meaning is spread over many.',
    ],
    predictAnswers: {
      negatives:
        'Live: the page counts them for the text shown. Expect a share somewhere in the middle rather than almost none: each dimension is a coordinate, and nothing makes it positive. If many guessed “fewer than 96”, ask why they thought the numbers must be positive.',
    },
    exerciseAnswer:
      'What to look for: the real model lowercases its input, so “Hello world” and “HELLO WORLD” give the same vector and a blank difference grid. Close paraphrases give a faint grid; texts on unrelated topics give a strong one. Ask for the pair and what the grid looked like.',
  },
  '/search': {
    say: [
      'Embed every listing once; a search embeds only the query and ranks listings by cosine.',
      'Keyword search (BM25) counts shared words; meaning search compares vectors. Both are on the page side by side.',
      'Nothing leaves the browser: the listings are embedded on this machine.',
    ],
    pitfalls: [
      'Searching before the listings are embedded: the search needs the embedding step to finish.',
      'Expecting meaning search to win every time: exact names and codes are keyword search’s strength.',
    ],
    predictAnswers: {
      'no-shared-word':
        'Only the search by meaning. Keyword search (BM25) scores a listing by the query words it contains, so a listing with none of them scores 0; the meaning search compares vectors and can still rank it high.',
    },
    exerciseAnswer:
      'What to look for: keyword search wins on exact rare terms (a product, tool or company name), where the word itself is the meaning. Meaning search wins on paraphrases that share no words with the listing (“looking after sick people at night” for a nursing job). Ask students for the query and the top hit on each side.',
  },
  '/pca-map': {
    say: [
      'PCA finds the flat wall where the shadow of the 384-dimensional points is most spread out.',
      'The explained-variance figure says how much of the spread the two axes keep; the rest is not on the map.',
      'The dashed lines go to the nearest listings in all 384 dimensions: where they are long, the map misleads.',
    ],
    pitfalls: [
      'Reading the axes as named topics: PC1 and PC2 are directions of spread, not labels.',
      'Trusting closeness on the map: two dots can overlap and still be far apart in 384 dimensions.',
    ],
    predictAnswers: {
      'pca-no-noise':
        'All of it: with no noise every point lies on one line, so PC1 keeps 100 % of the spread (the page fits PCA to the noise-free points and shows it).',
      'map-quality':
        'Live: the page shows both means after the reveal. On the listings, UMAP usually keeps more of each point’s 10 true neighbours than a 2-component PCA; the curve below shows how many PCA components it takes to catch up.',
    },
    exerciseAnswer:
      'What to look for: two dots that nearly overlap whose dashed neighbour lines go elsewhere, or whose titles have little in common. The map keeps only the share of spread it reports, so such pairs exist on any data; students find them fastest in the crowded middle of the map.',
  },
  '/where-embeddings-are-used': {
    say: [
      'The recipe everywhere: turn things into vectors, then compare the vectors.',
      'RAG: embed document chunks and the question, paste the nearest chunks into the language model’s prompt.',
    ],
    pitfalls: [
      'Thinking the embedding model writes the answer in RAG: it only finds the passages.',
      'Assuming one model embeds everything: text, image and audio models each have their own space unless trained together.',
    ],
    predictAnswers: {
      'rag-missed-passage':
        'The answer cannot draw on that passage: the language model only reads what the search hands over, so a RAG system is only as good as its search.',
    },
    exerciseAnswer:
      'A good answer names both steps: what becomes a vector and what is compared. RAG: document chunks and the question are embedded; the chunks nearest the question go into the prompt. Recommendations: items (and a user’s history) become vectors; items near what the user liked are suggested.',
  },
};
