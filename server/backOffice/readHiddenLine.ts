import type { ReadStream } from 'node:tty';

/**
 * Reads one line from a terminal without echoing it (a password), as `sudo` and `passwd` do:
 * raw mode, so the terminal shows nothing typed; Backspace removes a character, Ctrl-C stops.
 */
export function readHiddenLine(input: ReadStream, prompt: string, output: NodeJS.WritableStream): Promise<string> {
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  let line = '';
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(line);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003' || character === '\u0004') return finish(new Error('Stopped; nothing was saved.'));
        if (character === '\u007f' || character === '\b') line = [...line].slice(0, -1).join('');
        else line += character;
      }
    };
    input.on('data', onData);
  });
}
