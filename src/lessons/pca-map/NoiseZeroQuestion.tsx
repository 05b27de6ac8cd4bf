import { useMemo } from 'react';
import { AnswerKey, PredictReveal } from '../../components/PredictReveal';
import { noisyLine } from '../../math/noisyLine';
import { fitPca } from '../../math/pca';
import { formatPercent } from './numbers';
import { NOISE_ZERO_QUESTION, NOISE_ZERO_CHOICES } from './predictText';

/** Which choice a share is: all of it only when nothing is left at the shown precision. */
function shareChoice(share: number): number {
  if (formatPercent(share) === '100.0%') return 2;
  return share > 0.6 ? 1 : 0;
}

/** "With no noise, how much does PC1 keep?", answered by fitting PCA to the noise-free points. */
export function NoiseZeroQuestion({ points, seed }: { points: number; seed: number }) {
  const share = useMemo(
    () => fitPca(noisyLine(points, 0, seed), 2, 2).explainedVarianceRatio[0],
    [points, seed],
  );
  return (
    <PredictReveal
      id="pca-no-noise"
      question={NOISE_ZERO_QUESTION}
      choices={NOISE_ZERO_CHOICES}
      correct={shareChoice(share)}
    >
      <p>
        PCA fitted to the {points} points with no noise: PC1 keeps{' '}
        <AnswerKey>{formatPercent(share)}</AnswerKey>. The points all lie along one direction, so their
        position along it says everything about them, and the shadows do not move them at all. Slide the noise
        to 0 below to see it.
      </p>
    </PredictReveal>
  );
}
