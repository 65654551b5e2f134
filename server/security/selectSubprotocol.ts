import { BEARER_PROTOCOL_PREFIX } from './readUpgradeCredentials.ts';

/**
 * The subprotocol the server answers with: the first offered one that is not a token, so a token is
 * never echoed back in a response header. A browser that offered only `bearer.<token>` fails the
 * handshake, which is why clients offer `medchat` beside it.
 */
export function selectSubprotocol(offered: ReadonlySet<string>): string | false {
  for (const protocol of offered) if (!protocol.startsWith(BEARER_PROTOCOL_PREFIX)) return protocol;
  return false;
}
