/** Event ids are `turnId:seq`, increasing within a turn, so a reconnecting client resumes after one. */
export function formatEventId(turnId: string, seq: number): string {
  return `${turnId}:${seq}`;
}

export function parseEventId(eventId: string): { turnId: string; seq: number } | undefined {
  const match = /^([0-9a-f-]{36}):(\d{1,9})$/i.exec(eventId);
  if (!match?.[1] || !match[2]) return undefined;
  return { turnId: match[1].toLowerCase(), seq: Number(match[2]) };
}
