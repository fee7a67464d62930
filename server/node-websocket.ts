import NodeWebSocket from 'ws';

/**
 * @colyseus/core 0.18.17 checks a reconnecting client against the global `WebSocket.OPEN`, which Node 20 does not
 * define (Node 22 does): without it every reconnection fails ("WebSocket is not defined") and a phone that drops
 * loses its connection instead of resuming. `ws` (the transport's own WebSocket) fills the gap.
 */
if (!('WebSocket' in globalThis)) Object.assign(globalThis, { WebSocket: NodeWebSocket });
