/** One listing as the map needs it (the shape of the listings store's `Listing`). */
export interface MapRow {
  index: string;
  title: string;
  text: string;
}
