/** Every reference entry, in the order the golden table lists them. */
import { type LibraryEntry } from '../types'
import { BASICS } from './basics'
import { PLAYER_DEMO } from './demo'
import { FEATURES } from './features'
import { LOAD } from './load'
import { STATES_AND_LISTENER } from './states-and-listener'

export const REFERENCE: readonly LibraryEntry[] = [
  ...BASICS,
  ...STATES_AND_LISTENER,
  ...FEATURES,
  ...LOAD,
  PLAYER_DEMO,
]
