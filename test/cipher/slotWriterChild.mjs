// Child process for the key-file race tests: another program adding slots through updateKeyFile.
//   race PATH PREFIX COUNT  says `ready`, waits for a byte on stdin, then adds COUNT slots one by one
//   hold PATH ID            adds one slot, stopping (holding the file) after reading it until a byte comes
//   add PATH ID             says `trying`, then adds one slot
import { readSync, writeSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { updateKeyFile } = await import('../../electron/services/cipher/keyFile.ts');
const [mode, path, id, count] = process.argv.slice(2);
const slot = (slotId) => ({ kind: 'safeStorage', id: slotId, wrapped: 'AA==' });
// Synchronous on every platform, so the parent hears it before this process blocks.
const say = (word) => writeSync(1, `${word}\n`);
const waitForParent = () => readSync(0, Buffer.alloc(1));

if (mode === 'race') {
  say('ready');
  waitForParent();
  for (let i = 0; i < Number(count); i++) {
    const slotId = `${id}${i.toString(16).padStart(14, '0')}`;
    updateKeyFile(path, (slots) => [...slots, slot(slotId)]);
  }
} else if (mode === 'hold') {
  updateKeyFile(path, (slots) => {
    say('holding');
    waitForParent();
    return [...slots, slot(id)];
  });
} else {
  say('trying');
  updateKeyFile(path, (slots) => [...slots, slot(id)]);
}
