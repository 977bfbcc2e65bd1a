import {
  localize,
  moveSchemas,
  type BillLine,
  type Language,
  type ServiceSettings,
  type TicketDetail,
  type AskedAction,
  type TicketMoveInput,
} from '../../../shared/contract';
import type { EstimateLineKind } from '../../../shared/domain/fees';
import { fenToYuanText, parseYuan } from '../../../shared/domain/fees';
import type {
  ApprovalChannel,
  HoldReason,
  TicketAction,
  UnrepairedReason,
} from '../../../shared/domain/ticket-workflow';

/** A bill line as its form row holds it: the price as typed, in yuan. */
export interface LineValues {
  kind: EstimateLineKind;
  description: string;
  spec: string;
  reason: string;
  quantity: number;
  unitYuan: string;
  warrantyCovered: boolean;
}

/** Every field any move's form has; each dialog shows the ones its move needs. */
export interface MoveValues {
  technicianId: string | null;
  cause: string;
  faultCategory: string;
  findings: string;
  lines: LineValues[];
  decision: 'approved' | 'declined';
  channel: ApprovalChannel;
  approvedYuan: string;
  part: string;
  expectedOn: string;
  holdReason: HoldReason;
  unrepairedReason: UnrepairedReason;
  note: string;
  reasonText: string;
  resolution: string;
  workDone: string;
  storageLocation: string;
  checks: { item: string; passed: boolean }[];
}

/** Moves that need nothing said: one key and they are done. */
export const immediateActions: readonly TicketAction[] = ['claim', 'start-diagnosis', 'parts-arrived'];

function toLineValues(line: BillLine | TicketDetail['lines'][number]): LineValues {
  return {
    kind: line.kind,
    description: line.description,
    spec: 'spec' in line ? line.spec : '',
    reason: 'reason' in line ? line.reason : '',
    quantity: line.quantity,
    unitYuan: fenToYuanText(line.unitPriceFen),
    warrantyCovered: line.warrantyCovered,
  };
}

export const emptyLine = (): LineValues => ({
  kind: 'part',
  description: '',
  spec: '',
  reason: '',
  quantity: 1,
  unitYuan: '',
  warrantyCovered: false,
});

/** The QC checklist of the ticket's product category, in the viewer's language. */
export function qcChecklist(
  settings: ServiceSettings | undefined,
  productCategory: string,
  language: Language,
): string[] {
  const list = settings?.workflow.qcChecklists.find((entry) => entry.productCategory === productCategory);
  return list?.items.map((item) => localize(item, language)).filter(Boolean) ?? [];
}

/** Where a move's form starts: the bill as it stands (else the estimate), the checklist unticked. */
export function initialValues(
  action: TicketAction,
  ticket: TicketDetail,
  settings: ServiceSettings | undefined,
  language: Language,
): MoveValues {
  const bill = ticket.bill?.lines ?? [];
  const startingLines = bill.length > 0 ? bill.map(toLineValues) : ticket.lines.map(toLineValues);
  const checklist = qcChecklist(settings, ticket.productCategory, language);
  return {
    technicianId: ticket.technician ? String(ticket.technician.id) : null,
    cause: ticket.diagnosis?.cause ?? '',
    faultCategory: ticket.diagnosis?.faultCategory ?? '',
    findings: ticket.diagnosis?.findings ?? '',
    lines: startingLines.length > 0 || action === 'revise-bill' ? startingLines : [emptyLine()],
    decision: 'approved',
    channel: 'phone',
    approvedYuan: fenToYuanText(ticket.bill?.fees.totalFen ?? ticket.approvedFen),
    part: '',
    expectedOn: '',
    holdReason: 'customer',
    unrepairedReason: 'declined',
    note: '',
    reasonText: '',
    resolution: ticket.resolution,
    workDone: ticket.workDone,
    storageLocation: ticket.storageLocation,
    // Pass: every item ticked when checked. Fail: the failed ones ticked.
    checks: checklist.map((item) => ({ item, passed: false })),
  };
}

/** Money typed as yuan, as the core takes it (fen); what cannot be read goes as -1 and is refused beside its field. */
const fen = (yuan: string) => parseYuan(yuan) ?? -1;

function lines(values: MoveValues) {
  return values.lines.map((line) => ({
    kind: line.kind,
    description: line.description,
    spec: line.spec,
    reason: line.reason,
    quantity: line.quantity,
    unitPriceFen: fen(line.unitYuan),
    warrantyCovered: line.warrantyCovered,
  }));
}

/** The move the form describes. */
export function toMove(action: AskedAction, values: MoveValues): TicketMoveInput {
  switch (action) {
    case 'assign':
      return { action, technicianId: Number(values.technicianId ?? 0) };
    case 'claim':
    case 'start-diagnosis':
      return { action };
    case 'diagnose':
      return {
        action,
        cause: values.cause,
        faultCategory: values.faultCategory,
        findings: values.findings,
        lines: lines(values),
      };
    case 'record-approval':
      return {
        action,
        decision: values.decision,
        channel: values.channel,
        approvedFen: values.decision === 'approved' ? fen(values.approvedYuan) : 0,
        note: values.note,
      };
    case 'wait-for-parts':
      return { action, part: values.part, expectedOn: values.expectedOn || null, note: values.note };
    case 'parts-arrived':
    case 'resume':
      return { action, note: values.note };
    case 'hold':
      return { action, reason: values.holdReason, note: values.note };
    case 'revise-bill':
      return { action, lines: lines(values), note: values.note };
    case 'finish-repair':
      return { action, workDone: values.workDone };
    case 'pass-qc':
      return { action, checks: values.checks, storageLocation: values.storageLocation };
    case 'fail-qc':
      // The form ticks what failed.
      return {
        action,
        checks: values.checks.map((check) => ({ item: check.item, passed: !check.passed })),
        note: values.note,
      };
    case 'return-unrepaired':
      return { action, reason: values.unrepairedReason, note: values.note };
    case 'cancel':
    case 'reopen':
      return { action, reason: values.reasonText };
    case 'close':
      return { action, resolution: values.resolution };
    case 'rework':
      return { action, complaint: values.reasonText };
  }
}

/** The form field a problem with the move (`move.…`, from the schema or the core) is shown beside. */
export function formPath(action: AskedAction, path: string): string {
  const inMove = path.replace(/^move\./u, '');
  if (inMove === 'complaint') return 'reasonText';
  if (inMove === 'reason')
    return action === 'hold' ? 'holdReason' : action === 'return-unrepaired' ? 'unrepairedReason' : 'reasonText';
  return inMove.replace(/unitPriceFen$/u, 'unitYuan').replace(/^approvedFen$/u, 'approvedYuan');
}

/** Problems with the move as the form stands, by form field (catalog keys), checked by the core's own schema. */
export function moveProblems(action: AskedAction, values: MoveValues): Record<string, string> {
  const parsed = moveSchemas[action].safeParse(toMove(action, values));
  const problems: Record<string, string> = {};
  if (parsed.success) {
    if (action === 'pass-qc' && values.checks.some((check) => !check.passed))
      problems.checks = 'workbench.form.allChecksPass';
    if (action === 'fail-qc' && !values.checks.some((check) => check.passed))
      problems.checks = 'workbench.form.failedItems';
    return problems;
  }
  for (const issue of parsed.error.issues) {
    const path = formPath(action, `move.${issue.path.join('.')}`);
    problems[path] ??= issue.message;
  }
  return problems;
}
