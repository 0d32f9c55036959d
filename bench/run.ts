/**
 * `npm run bench`: prints figures, asserts nothing. Targets (from the project brief): ≥ 1 000 000
 * engine events/s, a 10 000-SYN flood under 50 ms, any step of a 10 000-event trace under 16 ms
 * (one frame at 60 Hz), and pcap export fast enough never to be noticed.
 */
import { benchPcap } from './pcap'
import { print } from './measure'

print('pcap export', benchPcap())
