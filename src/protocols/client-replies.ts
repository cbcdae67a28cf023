/** The replies a replicated service sends its clients (the contract is in sim/protocol). */

import type { ClientReply, ClientRequest } from '../sim/protocol'

/** The answer to request `seq` of `client`: null output for a put. */
export function answer(client: string, seq: number, output: string | null): ClientReply {
  return { type: 'ClientReply', client, seq, ok: true, output }
}

/** Refuses a request, pointing its client at `leader`, or at nobody when none is known. */
export function redirectReply(request: ClientRequest, leader: string | null): ClientReply {
  return { type: 'ClientReply', client: request.client, seq: request.seq, ok: false, leader }
}
