import { useEffect, useState } from 'react';
import { embeddingClient } from '../../embedding/client';
import { MAX_TOKENS } from '../../embedding/truncation';
import { useEngineStore } from '../../state/engineStore';
import { useListingsStore } from '../../features/listings';

/** How many loaded listings are longer than the model reads, counted by the model's own tokenizer. */
export function TruncationSummary() {
  const listings = useListingsStore((s) => s.dataset?.listings);
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  const [counted, setCounted] = useState<{ listings: readonly unknown[]; longer: number }>();
  useEffect(() => {
    if (!ready || !listings) return;
    const controller = new AbortController();
    embeddingClient
      .truncationOf(
        listings.map((listing) => listing.text),
        false,
        controller.signal,
      )
      .then(({ counts }) => setCounted({ listings, longer: counts.filter((n) => n > MAX_TOKENS).length }))
      .catch(() => {}); // cancelled or replaced; the line just stays away
    return () => controller.abort();
  }, [ready, listings]);
  if (!listings || counted?.listings !== listings) return null;
  return (
    <p className="muted" data-testid="truncation-summary">
      <strong>
        {counted.longer} of the {listings.length} loaded listings
      </strong>{' '}
      {counted.longer === 1 ? 'is' : 'are'} longer than {MAX_TOKENS} word pieces. The model reads only the
      first {MAX_TOKENS} pieces of each text ([CLS] and [SEP] included), so the end of a long listing changes
      nothing in its vector. Open a result’s whole description to see where the cut falls.
    </p>
  );
}
