/** The stale-rate sweep off the main thread: thousands of simulated blocks must not freeze the page. */

import { runStaleCase, stalePlan } from '../stale-sweep'
import { serveSweep } from '../../../components/sweeps/sweep-worker'

serveSweep(stalePlan, runStaleCase)
