import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './errors.js';

export interface Prompter {
  /** One line of input; `hidden` does not echo it (a password typed at a terminal). */
  ask(question: string, hidden?: boolean): Promise<string>;
  close(): void;
}

/** Questions on stdout, answers line by line from stdin (typed, or piped by a script or a test). */
export function stdinPrompter(): Prompter {
  let muted = false;
  const echo = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output: echo, terminal: Boolean(process.stdin.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, hidden = false) {
      process.stdout.write(question);
      muted = hidden;
      const next = await lines.next();
      muted = false;
      if (hidden && process.stdin.isTTY) process.stdout.write('\n');
      if (next.done) throw new CliError(`没有读到输入（${question.replace(/[：:]\s*$/, '')}），操作未进行`);
      return String(next.value);
    },
    close: () => rl.close(),
  };
}
