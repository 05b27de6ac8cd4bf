/** Every title pool, in a fixed order (the order only affects which per-title streams exist, not row order). */
import { DATA_TITLES } from './data';
import { INFRA_TITLES } from './infra';
import { LANGUAGE_TITLES } from './languages';
import { MOBILE_TITLES } from './mobile';
import { NON_SOFTWARE_TITLES } from './nonsoftware';
import { PRODUCT_TITLES } from './product';
import { WEB_TITLES } from './web';
import type { TitlePool } from '../types';

export const ALL_TITLES: TitlePool[] = [
  ...MOBILE_TITLES,
  ...WEB_TITLES,
  ...LANGUAGE_TITLES,
  ...DATA_TITLES,
  ...INFRA_TITLES,
  ...PRODUCT_TITLES,
  ...NON_SOFTWARE_TITLES,
];
