export interface UseLink {
  label: string;
  href: string;
}

export interface EmbeddingUse {
  id: string;
  title: string;
  text: string;
  links: readonly UseLink[];
}

/** Each use in a few sentences of our own, with sources we have checked exist. */
export const USES: readonly EmbeddingUse[] = [
  {
    id: 'search',
    title: 'Search',
    text: 'Embed every document once and keep the vectors. When a question comes in, embed it too and return the documents whose arrows point most nearly the same way. Because the match is by direction, not by shared words, a page can come first even when it shares no word with the question, such as “changing your login details” for “how do I reset my password”, if the model places the two close together. Whether it does is up to the model: test such pairs in the Similarity lesson.',
    links: [
      {
        label: 'Sentence Transformers: semantic search',
        href: 'https://www.sbert.net/examples/sentence_transformer/applications/semantic-search/README.html',
      },
      { label: 'Sentence-BERT paper (Reimers & Gurevych, 2019)', href: 'https://arxiv.org/abs/1908.10084' },
      {
        label: 'MTEB leaderboard: how embedding models compare',
        href: 'https://huggingface.co/spaces/mteb/leaderboard',
      },
    ],
  },
  {
    id: 'rag',
    title: 'Retrieval-augmented generation (RAG)',
    text: 'Put search in front of a language model: embed the question, fetch the closest passages from your own documents, and give them to the model together with the question. The answer can then draw on text the model never saw in training, and point to where it came from.',
    links: [
      { label: 'RAG paper (Lewis et al., 2020)', href: 'https://arxiv.org/abs/2005.11401' },
      {
        label: 'Hugging Face Transformers: RAG',
        href: 'https://huggingface.co/docs/transformers/model_doc/rag',
      },
    ],
  },
  {
    id: 'recommendations',
    title: 'Recommendations',
    text: 'Products, songs or films can get embeddings too, learned from what people use together the way word embeddings are learned from words that appear together. “More like this” is then a nearest-neighbour lookup.',
    links: [
      { label: 'Item2Vec paper (Barkan & Koenigstein, 2016)', href: 'https://arxiv.org/abs/1603.04259' },
      { label: 'word2vec paper (Mikolov et al., 2013)', href: 'https://arxiv.org/abs/1301.3781' },
    ],
  },
  {
    id: 'images',
    title: 'Images (CLIP)',
    text: 'CLIP trains an image model and a text model together so that a photo and a caption that describes it get nearby embeddings. You can then search photos by typing a sentence, or label an image by comparing it with sentences such as “a photo of a dog”.',
    links: [
      { label: 'CLIP paper (Radford et al., 2021)', href: 'https://arxiv.org/abs/2103.00020' },
      { label: 'OpenAI: CLIP, connecting text and images', href: 'https://openai.com/index/clip/' },
      {
        label: 'Hugging Face Transformers: CLIP',
        href: 'https://huggingface.co/docs/transformers/model_doc/clip',
      },
    ],
  },
  {
    id: 'audio',
    title: 'Audio',
    text: 'Speech models turn short slices of sound into vectors. wav2vec 2.0 learns them from thousands of hours of recordings without transcripts; on top of those vectors, a little transcribed speech (ten minutes, in the paper’s smallest test) is enough to train speech recognition.',
    links: [
      { label: 'wav2vec 2.0 paper (Baevski et al., 2020)', href: 'https://arxiv.org/abs/2006.11477' },
      {
        label: 'Hugging Face Transformers: Wav2Vec2',
        href: 'https://huggingface.co/docs/transformers/model_doc/wav2vec2',
      },
    ],
  },
  {
    id: 'interpretability',
    title: 'Understanding models (interpretability)',
    text: 'A model’s internal vectors can be read like embeddings. Researchers look for directions in them that match human ideas; Anthropic’s dictionary-learning work found millions of such “features” in a large language model, and strengthening one changes what the model says.',
    links: [
      {
        label: 'Towards Monosemanticity (Anthropic, 2023)',
        href: 'https://transformer-circuits.pub/2023/monosemantic-features/index.html',
      },
      {
        label: 'Scaling Monosemanticity (Anthropic, 2024)',
        href: 'https://transformer-circuits.pub/2024/scaling-monosemanticity/index.html',
      },
    ],
  },
  {
    id: 'generative',
    title: 'Generative models',
    text: 'A language model’s first step is to turn every token into an embedding, and everything after works on vectors. Text-to-image models such as Stable Diffusion read your prompt through a text encoder and use its embeddings to steer the picture.',
    links: [
      { label: 'Attention Is All You Need (Vaswani et al., 2017)', href: 'https://arxiv.org/abs/1706.03762' },
      { label: 'Latent diffusion paper (Rombach et al., 2021)', href: 'https://arxiv.org/abs/2112.10752' },
      { label: 'Hugging Face Diffusers', href: 'https://huggingface.co/docs/diffusers/index' },
    ],
  },
];
