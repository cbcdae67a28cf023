/** The loss sweep off the main thread: a dozen simulated runs must not freeze the page. */

import { runCase, sweepPlan } from '../loss-sweep'
import { serveSweep } from '../../../components/sweeps/sweep-worker'

serveSweep(sweepPlan, runCase)
