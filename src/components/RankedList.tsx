import type { ComponentProps, Key, ReactNode } from 'react';

type RankedListProps<T> = Omit<ComponentProps<'ol'>, 'children' | 'start'> & {
  items: readonly T[];
  keyOf: (item: T) => Key;
  children: (item: T, index: number) => ReactNode;
};

/**
 * A ranking that prints its own numbers. Chromium does not always renumber an <ol>'s markers when
 * React removes or moves keyed items (a neighbour list read 5, 7, 8, 9, 10 after an edit), so each
 * rank is text rendered from its position.
 */
export function RankedList<T>({ items, keyOf, children, className, ...rest }: RankedListProps<T>) {
  return (
    <ol className={className ? `ranked-list ${className}` : 'ranked-list'} {...rest}>
      {items.map((item, i) => (
        <li key={keyOf(item)}>
          <span className="rank-number">{i + 1}.</span> {children(item, i)}
        </li>
      ))}
    </ol>
  );
}
