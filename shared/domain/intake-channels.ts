/**
 * How the customer reached the service (报修渠道): in person at the counter, by phone, through
 * the shop's WeChat account or another online channel. The counter takes most in person, so that
 * is what an intake records unless reception says otherwise; the reports count intakes by it.
 */
export const intakeChannels = ['walk-in', 'phone', 'wechat', 'online', 'other'] as const;
export type IntakeChannel = (typeof intakeChannels)[number];

export const defaultIntakeChannel: IntakeChannel = 'walk-in';
