import type { Catalog } from './en';

/** 接待页面（受理流程）的中文文案。 */
export const receptionZhCN: Catalog['reception'] = {
  title: '接待',
};
