/**
 * Common English function words, left out of cluster labels: they occur everywhere and name nothing.
 * (A short classic list in the spirit of scikit-learn's; lower case, as `tokenize` returns words.)
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each either etc every few for from
  further get had has have having he her here hers herself him himself his how however i if in into is
  it its itself just less let like may me might more most much must my myself near no nor not now of
  off on once one only or other our ours ourselves out over own per rather same shall she should since
  so some such than that the their theirs them themselves then there these they this those through
  thus to too under until up upon us very via was we well were what when where whether which while who
  whom whose why will with within without would yet you your yours yourself yourselves`.split(/\s+/),
);
