#!/usr/bin/env python3
"""Command-line client for the AI Doctor WebSocket chat (the guide's protocol).

    python examples/websocket_client.py                      # interactive
    python examples/websocket_client.py "I have a headache and fever"
    python examples/websocket_client.py --user-id alice --url ws://localhost:8000/api/v1/ws/chat

Needs only the `websockets` package (10.x through current). A dropped connection is retried with
exponential backoff, and the unanswered question is resent with the same client_message_id, so the
server replays that answer instead of starting a second one.
"""

import argparse
import asyncio
import json
import sys
import uuid

import websockets

DEFAULT_URL = "ws://localhost:8000/api/v1/ws/chat"
MAX_RETRIES = 5


class ChatError(Exception):
    """The server answered with an error frame."""


class Chat:
    def __init__(self, url, enable_agents=True, profile=None, session_id=None):
        self.url = url
        self.enable_agents = enable_agents
        self.profile = profile
        self.session_id = session_id
        self.ws = None

    async def connect(self):
        self.ws = await websockets.connect(self.url, open_timeout=10)
        hello = json.loads(await self.ws.recv())
        if hello.get("type") == "error":
            raise ChatError(hello.get("message", "connection refused"))
        # The first connection's session is the conversation; later ones continue it by id.
        if self.session_id is None:
            self.session_id = hello["session_id"]

    async def close(self):
        if self.ws is not None:
            await self.ws.close()

    async def ask(self, message):
        """Streams one answer to stdout; returns the stream_end metadata."""
        payload = {
            "message": message,
            "session_id": self.session_id,
            "enable_agents": self.enable_agents,
            "client_message_id": str(uuid.uuid4()),
        }
        if self.profile:
            payload["patient_profile"] = self.profile
        printed = 0
        for attempt in range(MAX_RETRIES + 1):
            try:
                if self.ws is None:
                    await self.connect()
                await self.ws.send(json.dumps(payload))
                return await self._receive(skip=printed)
            except _Printed as progress:
                printed = progress.count
            except (websockets.exceptions.ConnectionClosed, OSError) as error:
                if attempt == MAX_RETRIES:
                    raise ChatError(f"connection lost: {error}") from error
            self.ws = None
            delay = min(0.5 * 2 ** attempt, 8.0)
            print(f"\n[connection lost, retrying in {delay:.1f} s]", file=sys.stderr, flush=True)
            await asyncio.sleep(delay)
        raise ChatError("connection lost")

    async def _receive(self, skip):
        # A replayed answer starts again from its first token: skip what is already on screen.
        seen = 0
        try:
            async for raw in self.ws:
                data = json.loads(raw)
                kind = data.get("type")
                if kind == "token":
                    text = data["content"]
                    new = text[max(0, skip - seen):]
                    seen += len(text)
                    if new:
                        print(new, end="", flush=True)
                elif kind == "emergency":
                    print(f"\n!!! {data['severity'].upper()} EMERGENCY: {data['advice']}", flush=True)
                    print(f"!!! Why: {', '.join(data['reasons'])}\n", flush=True)
                elif kind == "status" and seen == 0:
                    details = data.get("details") or {}
                    agent = details.get("current_agent") or details.get("agent")
                    label = f"{data['status']} ({agent})" if agent else data["status"]
                    print(f"[{label}]", file=sys.stderr, flush=True)
                elif kind == "stream_end":
                    print()
                    metadata = data["metadata"]
                    self.session_id = metadata["session_id"]
                    if metadata.get("finish_reason") not in (None, "stop"):
                        print(f"[answer {metadata['finish_reason']}]", file=sys.stderr)
                    return metadata
                elif kind == "error":
                    raise ChatError(f"{data['error_type']}: {data['message']}")
        except (websockets.exceptions.ConnectionClosed, OSError):
            raise _Printed(max(skip, seen))
        raise _Printed(max(skip, seen))


class _Printed(Exception):
    """The connection dropped after `count` characters of the answer were shown."""

    def __init__(self, count):
        super().__init__(count)
        self.count = count


async def interactive(chat):
    loop = asyncio.get_running_loop()
    print("AI Doctor chat. Type your question; /new starts a new conversation, /quit or Ctrl-D exits.")
    while True:
        try:
            line = await loop.run_in_executor(None, input, "\nYou: ")
        except EOFError:
            print()
            return 0
        line = line.strip()
        if not line:
            continue
        if line == "/quit":
            return 0
        if line == "/new":
            await chat.close()
            chat.ws = None
            chat.session_id = None
            print("[new conversation]")
            continue
        print("AI Doctor: ", end="", flush=True)
        try:
            await chat.ask(line)
        except ChatError as error:
            print(f"\nError: {error}")


async def main(argv=None):
    parser = argparse.ArgumentParser(description="Chat with the AI Doctor over WebSocket.")
    parser.add_argument("question", nargs="*", help="ask one question and exit (interactive without it)")
    parser.add_argument("--url", default=DEFAULT_URL, help=f"chat endpoint (default {DEFAULT_URL})")
    parser.add_argument("--user-id", help="use /{user_id}: the server loads that user's stored profile")
    parser.add_argument("--session-id", help="continue an earlier conversation")
    parser.add_argument("--no-agents", action="store_true", help="answer without the specialist agents")
    parser.add_argument("--age", type=int, help="patient profile: age")
    parser.add_argument("--condition", action="append", help="patient profile: a chronic condition (repeatable)")
    args = parser.parse_args(argv)

    url = args.url.rstrip("/") + (f"/{args.user_id}" if args.user_id else "")
    profile = {}
    if args.age is not None:
        profile["age"] = args.age
    if args.condition:
        profile["chronic_conditions"] = args.condition
    chat = Chat(url, enable_agents=not args.no_agents, profile=profile or None, session_id=args.session_id)
    try:
        try:
            await chat.connect()
        except (OSError, websockets.exceptions.WebSocketException, ChatError) as error:
            print(f"Cannot connect to {url}: {error}", file=sys.stderr)
            return 2
        if not args.question:
            return await interactive(chat)
        print("AI Doctor: ", end="", flush=True)
        try:
            await chat.ask(" ".join(args.question))
        except ChatError as error:
            print(f"\nError: {error}")
            return 1
        print(f"[session {chat.session_id}]", file=sys.stderr)
        return 0
    finally:
        await chat.close()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
