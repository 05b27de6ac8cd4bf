/** The predict question's words, shared by the page and the class pulse. */
export const NOISE_ZERO_QUESTION =
  'Set the noise across the line to 0, so every point sits exactly on a line. What share of the spread will PC1 keep?';
export const NOISE_ZERO_CHOICES = ['About half', 'Most, but not all', 'All of it'] as const;
export const MAP_QUALITY_QUESTION = 'Which map keeps more true neighbours?';
export const MAP_QUALITY_CHOICES = ['The PCA map', 'The UMAP map', 'About the same'];
