import type { EmbedJobStatus } from '../../features/listings';

/** "about 12 s" / "about 3 min". */
export function formatEta(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s`;
  return `about ${Math.round(seconds / 60)} min`;
}

/** Rows per second the model has managed so far in this job; undefined before its first batch. */
export function modelRate(job: EmbedJobStatus): number | undefined {
  if (job.phase !== 'running' || job.modelStartedAt === undefined || job.embedded === 0) return undefined;
  const seconds = (job.updatedAt - job.modelStartedAt) / 1000;
  return seconds > 0 ? job.embedded / seconds : undefined;
}

export function describeJob(job: Exclude<EmbedJobStatus, { phase: 'idle' }>): string {
  const done = job.fromCache + job.embedded;
  const parts = [`${done} / ${job.total} rows`, `${job.fromCache} from cache, ${job.embedded} embedded`];
  if (job.phase === 'running') {
    const rate = modelRate(job);
    if (rate !== undefined)
      parts.push(`${rate.toFixed(1)} rows/s`, `${formatEta((job.total - done) / rate)} left`);
  }
  if (job.phase === 'done') parts.push(`took ${job.seconds.toFixed(1)} s`);
  if (job.phase === 'cancelled') parts.push('cancelled');
  if (job.phase === 'restored')
    parts.push(done < job.total ? 'kept in this browser; press Embed for the rest' : 'kept in this browser');
  return parts.join(' · ');
}
