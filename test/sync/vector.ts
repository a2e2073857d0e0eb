import { encodeBundle } from '../../electron/sync/format.js';

/** Fixed keys and randomness of the format-1 test vector (docs/bundle-format.md). */
export const VECTOR = {
  senderSignSeed: Buffer.alloc(32, 1),
  recipientEncSeed: Buffer.alloc(32, 2),
  fields: { sender: 'DF001', recipient: 'CG01', seq: 1, created: '2026-11-23T09:00:00Z', ack: 0 },
  body: {
    changes: [
      {
        table: 'party_group',
        id: '00000000-0000-7000-8000-000000000001',
        hlc: '2026-11-23T09:00:00.000Z_0000_bbbbbbbbbbbbbbbb',
        row: {
          id: '00000000-0000-7000-8000-000000000001',
          created_at: '2026-11-23T09:00:00.000Z_0000_bbbbbbbbbbbbbbbb',
          updated_at: '2026-11-23T09:00:00.000Z_0000_bbbbbbbbbbbbbbbb',
          deleted_at: null,
          name: '第一党小组',
          leader_name: '',
          sort_order: 1,
          established_on: null,
          dissolved_on: null,
        },
      },
    ],
  },
  /** Body key, ephemeral X25519 seed, key-wrap IV and body IV, in the order they are drawn. */
  random: [Buffer.alloc(32, 3), Buffer.alloc(32, 4), Buffer.alloc(12, 5), Buffer.alloc(12, 6)],
};

export function vectorBundle(): Buffer {
  const draws = [...VECTOR.random];
  const recipientEnc = 'zo060cy2M-x7cMF4FKXHbs0CloUFDTRHRboFhw5YfVk';
  return encodeBundle(VECTOR.fields, VECTOR.body, {
    senderSignSeed: VECTOR.senderSignSeed,
    recipientEnc,
    random: () => draws.shift() as Buffer,
  });
}
