const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * A one-line spinner with the current agent, shown while people wait for the first token. On a
 * stream that is not a terminal it prints each new status once instead.
 */
export function createSpinner(stream: NodeJS.WriteStream) {
  let label = '';
  let frame = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const draw = () => stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${label}`);
  return {
    update(next: string) {
      if (stopped || next === label) return;
      label = next;
      if (!stream.isTTY) {
        stream.write(`… ${label}\n`);
        return;
      }
      draw();
      timer ??= setInterval(draw, 80);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      if (stream.isTTY && label) stream.write('\r\x1b[2K');
    },
  };
}
