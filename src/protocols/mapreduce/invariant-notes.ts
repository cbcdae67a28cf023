/** Why MapReduce's safety properties matter, in one plain clause each: what the app adds after a violation's own message. */

import { LOST_MAPS_RERUN, OUTPUT_CORRECT, PARTITION_CORRECT } from './invariants'

export const MAPREDUCE_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  [OUTPUT_CORRECT]:
    'the whole point of re-execution is that a job whose machines fail still produces what a sequential run would have',
  [PARTITION_CORRECT]:
    'each reduce task owns the words that hash to it: a word missing, counted twice or counted in the wrong task makes the output wrong',
  [LOST_MAPS_RERUN]:
    'a map task’s output lives on its worker’s local disk, so a failed worker’s completed map tasks must run again or the reduce tasks wait forever',
}
