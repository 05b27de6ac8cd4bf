/** How a listing is named and quoted on the map page. */
import { previewText } from '../../components/listingPreview';
import type { MapRow } from './mapRow';

/** The title, or a placeholder when the dataset has no title column. */
export function titleOf(row: MapRow): string {
  return row.title || '(no title)';
}

/** A short quote of the description for tooltips. */
export function snippetOf(row: MapRow): string {
  return previewText(row.text, 140);
}
