/** Worker requests for the truncation views; stable functions, as useEngineRequest wants. */
import { embeddingClient } from '../../embedding/client';

/** Key: one listing's text. */
export const locateCut = async (text: string, signal: AbortSignal) => {
  const { counts, cuts } = await embeddingClient.truncationOf([text], true, signal);
  return { pieces: counts[0], cut: cuts[0] };
};
