import type { Catalog } from './en';

/** 设置 → 服务设置的中文文案。 */
export const serviceSettingsZhCN: Catalog['serviceSettings'] = {
  title: '服务',
};
