/** The engine's public surface: scenarios in, trace and snapshots out. */
export {
  EVENT_BUDGET,
  runScenario,
  Replay,
  toScenario,
  type RunOptions,
  type RunResult,
  type RunStop,
} from './sim/runner'
export { World } from './sim/world'
export { snapshotWorld, type WorldSnapshot, type HostSnapshot, type ConnectionSnapshot } from './sim/snapshot'
export {
  parseScenario,
  paramOverrides,
  scenarioSchema,
  SCENARIO_BUDGET,
  VARIANTS,
  type Scenario,
  type ScenarioInput,
  type Action,
  type Fault,
  type Expectation,
  type SegmentFilter,
} from './scenario/schema'
export { checkExpectations, type ExpectationResult } from './scenario/expect'
export {
  PROFILES,
  RFC_PROFILE,
  LINUX_PROFILE,
  resolveParams,
  fastOpenAllows,
  type FastOpenMode,
  type StackParams,
  type ProfileName,
} from './profile'
export { mixString } from './hash'
export { bytesOf } from './payload'
export * from './segment'
export * from './seq'
export * from './time'
export * from './trace'
export * from './reasons'
