/** What a customer comes to the counter for. The codes are stored; names come from the catalogs. */
export const serviceTypes = ['repair', 'return', 'exchange', 'installation', 'consultation', 'complaint'] as const;
export type ServiceType = (typeof serviceTypes)[number];

/** Which parts of the intake a service type asks for. */
export interface ServiceTypeNeeds {
  /** A product at the counter (or at the customer's home): brand, model, serial, condition. */
  device: boolean;
  /** Accessories and visible condition are recorded because the product is left with us. */
  deviceLeftWithUs: boolean;
  /** A fault category and an estimate make sense. */
  estimate: boolean;
  /** It may be answered and closed at the counter, with the answer recorded. */
  closableAtCounter: boolean;
  /** It may be linked to the ticket it is about. */
  relatedTicket: boolean;
}

const needs: Record<ServiceType, ServiceTypeNeeds> = {
  repair: { device: true, deviceLeftWithUs: true, estimate: true, closableAtCounter: false, relatedTicket: false },
  return: { device: true, deviceLeftWithUs: true, estimate: false, closableAtCounter: false, relatedTicket: false },
  exchange: { device: true, deviceLeftWithUs: true, estimate: false, closableAtCounter: false, relatedTicket: false },
  installation: {
    device: true,
    deviceLeftWithUs: false,
    estimate: true,
    closableAtCounter: false,
    relatedTicket: false,
  },
  consultation: {
    device: false,
    deviceLeftWithUs: false,
    estimate: false,
    closableAtCounter: true,
    relatedTicket: false,
  },
  complaint: { device: false, deviceLeftWithUs: false, estimate: false, closableAtCounter: false, relatedTicket: true },
};

export function serviceTypeNeeds(type: ServiceType): ServiceTypeNeeds {
  return needs[type];
}
