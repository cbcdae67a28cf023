/**
 * Why each of Dynamo's safety properties matters, in one plain clause: what the app adds
 * after a violation's own message.
 */

export const DYNAMO_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  'Acknowledged Writes Survive':
    'a client told its put is stored on W replicas must be able to read it back, or a later put, for as long as any of them remains',
  'Reads Written Back':
    'in ABD mode a value one read returned must be on W replicas first, or the next read can meet only replicas that never had it and return an older value',
  'Clocks Never Go Backwards':
    'a replica that forgets part of what it has seen can drop a newer version for an older one, or call two ordered versions siblings',
}
