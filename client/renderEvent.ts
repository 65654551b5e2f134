import type { ChatEvent } from '../server/protocol/chatEvent.ts';

/** How the CLI shows each event: answer text on `out`, everything about the answer on `err`. */
export function renderEvent(event: ChatEvent, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): void {
  switch (event.type) {
    case 'token':
      io.out.write(event.content);
      return;
    case 'emergency':
      io.err.write(`\n\x1b[41;97m EMERGENCY (${event.severity}) \x1b[0m ${event.advice}\n  ${event.reasons.join('; ')}\n\n`);
      return;
    case 'error':
      io.err.write(`\n[${event.fatal ? 'error' : 'agent failed'}: ${event.errorType}] ${event.message}\n`);
      return;
    case 'stream_end':
      io.out.write('\n');
      if (event.finishReason !== 'stop') io.err.write(`[turn ended: ${event.finishReason}]\n`);
      return;
    default:
      return;
  }
}
