/**
 * Pairs each invocation with the next completion by the same process, as Jepsen records
 * them. Times are line numbers: line order is real-time order. An operation's id is the
 * line of its invocation, so explanations point straight into the file.
 */

import type { Operation } from '../linearizability/types'

/** How a completion ended: with an output, unknown (may or may not take effect), or not at all. */
export type Completion<O> =
  | { readonly kind: 'ok'; readonly output: O }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'failed' }

interface Open<I> {
  readonly line: number
  readonly f: string
  readonly key: string
  readonly input: I
}

export class Pairing<I, O> {
  private readonly open = new Map<string, Open<I>>()
  private readonly done: Operation<I, O>[] = []

  /** An error message, or undefined when the invocation is fine. */
  invoke(process: string, line: number, f: string, key: string, input: I): string | undefined {
    const pending = this.open.get(process)
    if (pending !== undefined) {
      const open = `its invocation on line ${pending.line}`
      return `process ${process} invoked again before ${open} completed`
    }
    this.open.set(process, { line, f, key, input })
    return undefined
  }

  /** Why a completion cannot close its process's invocation, or undefined when it can. */
  mismatch(process: string, f: string, key: string): string | undefined {
    const pending = this.open.get(process)
    if (pending === undefined) return `process ${process} has no operation in progress`
    if (pending.f !== f) {
      return `expected ":${pending.f}" to complete line ${pending.line}, got ":${f}"`
    }
    if (pending.key !== key) {
      const invoked = `${JSON.stringify(pending.key)} as invoked on line ${pending.line}`
      return `expected key ${invoked}, got ${JSON.stringify(key)}`
    }
    return undefined
  }

  /** Closes the process's invocation; call only when `mismatch` found nothing wrong. */
  complete(process: string, line: number, completion: Completion<O>): void {
    const pending = this.open.get(process)!
    this.open.delete(process)
    // A failed operation did not take effect: it is no part of the history to check.
    if (completion.kind === 'failed') return
    const known = completion.kind === 'ok'
    this.done.push({
      id: pending.line,
      client: process,
      input: pending.input,
      output: known ? completion.output : undefined,
      call: pending.line,
      return: known ? line : Infinity,
    })
  }

  /** The operations by invocation line; those never completed have unknown outcomes. */
  finish(): Operation<I, O>[] {
    for (const [client, o] of this.open) {
      this.done.push({
        id: o.line,
        client,
        input: o.input,
        output: undefined,
        call: o.line,
        return: Infinity,
      })
    }
    this.open.clear()
    return this.done.sort((a, b) => a.id - b.id)
  }
}
