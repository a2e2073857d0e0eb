import { basisInput, formatYuan, type DuesBasis, type Input as OpInput } from '../../../electron/api/index.js';
import { FormModal } from '../../components/FormModal.js';
import { useDuesStore } from '../../stores/dues.js';
import { BasisFields } from './BasisFields.js';
import { thisMonth } from './months.js';
import { hasBase } from './review.js';

type BasisValues = OpInput<'dues.setBasis'>;

const FIELDS = Object.keys(basisInput.shape);
const yuan = (fen: number | null) => (fen === null ? null : formatYuan(fen, false));

interface BasisModalProps {
  memberId: string;
  name: string;
  /** The basis in force, to start from. */
  current: DuesBasis | null;
  onClose: () => void;
  onSaved: (basis: DuesBasis) => void;
}

/** 设定基数: one member's basis from a month on, e.g. a pay rise or an approved 减免 mid-year. */
export function BasisModal({ memberId, name, current, onClose, onSaved }: BasisModalProps) {
  const setBasis = useDuesStore((s) => s.setBasis);

  const save = async (v: BasisValues) => {
    // Fields of another category or of no 减免 may still hold what was typed before switching.
    const rated = hasBase(v.category);
    const reduced = v.reduction !== undefined && v.reduction !== 'none';
    const basis = await setBasis({
      ...v,
      memberId,
      base: rated ? v.base : null,
      fixed: v.category === 'farmer' ? v.fixed || null : null,
      reducedAmount: v.reduction === 'reduced' ? v.reducedAmount : null,
      decisionOn: reduced ? v.decisionOn : null,
      approvalRef: reduced ? v.approvalRef : '',
    });
    onSaved(basis);
  };

  return (
    <FormModal<BasisValues>
      title={`设定党费基数：${name}`}
      width={760}
      fields={FIELDS}
      initialValues={{
        effectiveFrom: thisMonth(),
        category: current?.category,
        base: yuan(current?.base ?? null),
        fixed: current?.category === 'farmer' ? yuan(current.fixed) : null,
        reduction: current?.reduction ?? 'none',
        reducedAmount: yuan(current?.reducedAmount ?? null),
        decisionOn: current?.decisionOn ?? null,
        approvalRef: current?.approvalRef ?? '',
        note: '',
      }}
      onSave={save}
      onClose={onClose}
    >
      <BasisFields />
    </FormModal>
  );
}
