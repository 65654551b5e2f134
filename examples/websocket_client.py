#!/usr/bin/env python3
"""Command-line client for the AI Doctor WebSocket chat (the guide's protocol).

    python examples/websocket_client.py                      # interactive
    python examples/websocket_client.py "I have a headache and fever"
    python examples/websocket_client.py --user-id alice --url ws://localhost:8000/api/v1/ws/chat
    python examples/websocket_client.py --token "$MEDCHAT_TOKEN" "I have a headache"

Needs only the `websockets` package (10.x through current). A dropped connection is retried with
exponential backoff, and the unanswered question is resent with the same client_message_id, so the
server replays that answer instead of starting a second one. A refused connection (wrong token,
another user's id, too many connections) prints the HTTP status and why, and exits non-zero.
"""

import argparse
import asyncio
import inspect
import json
import sys
import urllib.parse
import uuid

import websockets

DEFAULT_URL = "ws://localhost:8000/api/v1/ws/chat"
MAX_RETRIES = 5

# What a refused upgrade's status means for this client (docs/security.md).
REFUSALS = {
    401: "the gateway needs a valid token (--token)",
    403: "forbidden: the token is for another user than --user-id, or this origin is not allowed",
    404: "no chat endpoint at this URL",
    429: "too many connections from this address; try again later",
    503: "the gateway is shutting down; try again shortly",
}


class ChatError(Exception):
    """The server answered with an error frame, or refused the connection."""


class Refused(ChatError):
    """The upgrade was answered with an HTTP status instead of a socket."""

    def __init__(self, status, reason):
        super().__init__(f"HTTP {status}: {reason}")
        self.status = status


def chat_url(base, user_id):
    """`/{user_id}` goes on the path, before any query string (`?token=`)."""
    parts = urllib.parse.urlsplit(base)
    path = parts.path.rstrip("/")
    if user_id:
        path += "/" + urllib.parse.quote(user_id, safe="")
    return urllib.parse.urlunsplit(parts._replace(path=path))


def header_option():
    """`additional_headers` (websockets 14 and later) or `extra_headers` (10 to 13)."""
    try:
        params = inspect.signature(websockets.connect).parameters
    except (TypeError, ValueError):
        params = {}
    return "additional_headers" if "additional_headers" in params else "extra_headers"


def refusal(error):
    """A Refused for a handshake answered with an HTTP status, else None."""
    status = getattr(error, "status_code", None)  # websockets < 14: InvalidStatusCode
    response = getattr(error, "response", None)  # websockets >= 14: InvalidStatus
    if status is None and response is not None:
        status = getattr(response, "status_code", None)
    if status is None:
        return None
    reason = REFUSALS.get(status, "the gateway refused the connection")
    try:  # websockets 14+ keeps the body: the gateway's own words
        message = json.loads(response.body)["message"]
        reason = f"{reason} ({message})"
    except Exception:  # noqa: BLE001 - no body, or not the gateway's JSON
        pass
    return Refused(status, reason)


class Chat:
    def __init__(self, url, enable_agents=True, profile=None, session_id=None, token=None):
        self.url = url
        self.enable_agents = enable_agents
        self.profile = profile
        self.session_id = session_id
        # A header, not the URL: it stays out of proxy logs (docs/security.md).
        self.connect_options = {header_option(): {"Authorization": f"Bearer {token}"}} if token else {}
        self.ws = None

    async def connect(self):
        try:
            self.ws = await websockets.connect(self.url, open_timeout=10, **self.connect_options)
        except websockets.exceptions.InvalidHandshake as error:
            refused = refusal(error)
            if refused is None:
                raise
            raise refused from None
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
            except Refused as refused:
                # Credentials that expired or another user's id: retrying cannot help.
                if refused.status in (401, 403) or attempt == MAX_RETRIES:
                    raise
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
    parser.add_argument("--token", help="access token, sent as an Authorization: Bearer header")
    parser.add_argument("--session-id", help="continue an earlier conversation")
    parser.add_argument("--no-agents", action="store_true", help="answer without the specialist agents")
    parser.add_argument("--age", type=int, help="patient profile: age")
    parser.add_argument("--condition", action="append", help="patient profile: a chronic condition (repeatable)")
    args = parser.parse_args(argv)

    url = chat_url(args.url, args.user_id)
    profile = {}
    if args.age is not None:
        profile["age"] = args.age
    if args.condition:
        profile["chronic_conditions"] = args.condition
    chat = Chat(url, enable_agents=not args.no_agents, profile=profile or None, session_id=args.session_id, token=args.token)
    shown_url = urllib.parse.urlsplit(url)._replace(query="").geturl()  # no ?token= on screen
    try:
        try:
            await chat.connect()
        except Refused as refused:
            print(f"Refused by {shown_url}: {refused}", file=sys.stderr)
            return 2
        except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException, ChatError) as error:
            print(f"Cannot connect to {shown_url}: {error}", file=sys.stderr)
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
