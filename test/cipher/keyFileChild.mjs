// Child process for the kill -9 test of key-file updates: rewrites the key file again and again
// (a slot added, then taken out), saying when it starts, so the test can kill it mid-write.
import { register } from 'tsx/esm/api';

register();
const { updateKeyFile } = await import('../../electron/services/cipher/keyFile.ts');
const [path] = process.argv.slice(2);
const extra = { kind: 'safeStorage', id: '0123456789abcdef', wrapped: 'A'.repeat(200_000) };
process.stdout.write('begin\n');
for (;;) {
  updateKeyFile(path, (slots) => [...slots, extra]);
  updateKeyFile(path, (slots) => slots.filter((s) => s.kind !== 'safeStorage'));
}
