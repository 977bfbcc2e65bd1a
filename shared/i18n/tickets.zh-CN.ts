import type { Catalog } from './en';

/** 工单页面的中文文案。 */
export const ticketsZhCN: Catalog['tickets'] = {
  title: '工单',
};
