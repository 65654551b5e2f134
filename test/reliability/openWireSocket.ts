import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { constants, inflateRawSync } from 'node:zlib';

export interface WireFrame {
  /** RSV1: set on a permessage-deflate compressed message. */
  readonly compressed: boolean;
  readonly opcode: number;
  /** Bytes on the wire (payload only). */
  readonly wireBytes: number;
  /** The payload as text, inflated when compressed. */
  readonly text: string;
}

/**
 * A WebSocket client written against the bytes (RFC 6455 framing, no library), so a test can see
 * what `ws` hides: the negotiated extensions and each frame's RSV1 bit and size on the wire.
 * Server frames are unfragmented here (ws does not fragment what it sends).
 */
export async function openWireSocket(port: number, path: string, opts: { offerDeflate: boolean }) {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const key = randomBytes(16).toString('base64');
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n` +
      (opts.offerDeflate ? 'Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n' : '') +
      '\r\n',
  );
  let buffer = Buffer.alloc(0);
  let headers: string | undefined;
  const frames: WireFrame[] = [];
  const waiters = new Set<() => void>();
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (headers === undefined) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      headers = buffer.subarray(0, end).toString('latin1');
      buffer = buffer.subarray(end + 4);
    }
    for (;;) {
      if (buffer.length < 2) break;
      const b0 = buffer[0] as number;
      let length = (buffer[1] as number) & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffer.length < 4) break;
        length = buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffer.length < 10) break;
        length = Number(buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (buffer.length < offset + length) break;
      const payload = buffer.subarray(offset, offset + length);
      buffer = buffer.subarray(offset + length);
      const compressed = (b0 & 0x40) !== 0;
      const data = compressed ? inflateRawSync(Buffer.concat([payload, Buffer.from([0, 0, 0xff, 0xff])]), { finishFlush: constants.Z_SYNC_FLUSH }) : payload;
      frames.push({ compressed, opcode: b0 & 0x0f, wireBytes: length, text: data.toString('utf8') });
    }
    for (const w of waiters) w();
  });
  await waitUntil(() => headers !== undefined, waiters);
  return {
    headers: headers as string,
    frames,
    /** Sends one masked, uncompressed text frame. */
    send(text: string) {
      socket.write(encodeClientFrame(text));
    },
    /** Sends several text frames in one write, so the server reads them together (one 'data' event on loopback). */
    sendTogether(texts: readonly string[]) {
      socket.write(Buffer.concat(texts.map(encodeClientFrame)));
    },
    waitFor: (predicate: (frame: WireFrame) => boolean) => waitUntil(() => frames.some(predicate), waiters),
    close: () => socket.destroy(),
  };
}

function encodeClientFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = randomBytes(4);
  const head = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length]) : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([head, mask, payload.map((b, i) => b ^ (mask[i % 4] as number))]);
}

function waitUntil(check: () => boolean, waiters: Set<() => void>, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiters.delete(w);
      reject(new Error('timed out waiting on the wire'));
    }, timeoutMs);
    const w = () => {
      if (!check()) return;
      clearTimeout(timer);
      waiters.delete(w);
      resolve();
    };
    waiters.add(w);
    w();
  });
}
