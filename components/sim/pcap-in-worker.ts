/**
 * A pcap file of a scenario, built in the engine's worker (engine.worker.ts): the worker runs the
 * scenario again for its payload bytes (the player's trace carries none) and transfers the file
 * back, so a download never runs the engine on the page's main thread.
 */
import { type CapturePoint } from '@/lib/pcap'
import { type ScenarioInput } from '@/lib/tcp'
import { type EngineReply, type EngineRequest } from './engine-protocol'

export function pcapInWorker(scenario: ScenarioInput, point: CapturePoint): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./engine.worker.ts', import.meta.url))
    w.onmessage = (e: MessageEvent<EngineReply>) => {
      w.terminate()
      if (e.data.kind === 'pcap') resolve(e.data.bytes)
      else reject(new Error(e.data.kind === 'failed' ? e.data.error : `unexpected reply ${e.data.kind}`))
    }
    w.onerror = (e) => {
      w.terminate()
      reject(new Error(e.message || 'the simulation worker failed to start'))
    }
    w.postMessage({ kind: 'pcap', scenario, point } satisfies EngineRequest)
  })
}
