import type { DatasetSource } from '../../data/datasetSources';
import type { LoadStatus } from '../../features/listings';

export function describeSource(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return 'the built-in sample';
    case 'full':
      return 'the workshop’s full dataset';
    case 'url':
      return 'a shared link';
    case 'file':
      return 'your file';
  }
}

export function describeLoad(load: Extract<LoadStatus, { phase: 'loading' }>): string {
  const verb =
    load.stage === 'download' ? 'Downloading' : load.stage === 'read' ? 'Reading' : 'Reading the rows of';
  const percent = load.fraction === undefined ? '' : ` ${Math.round(load.fraction * 100)} %`;
  return `${verb} “${load.name}”…${percent}`;
}
