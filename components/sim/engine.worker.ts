/**
 * The engine's own thread in the browser (issues #16, #17): runs one scenario and builds its view
 * model here, so even a heavy run never blocks the page's input, and the page can end a run at
 * any moment with worker.terminate(). The result goes back in bounded pieces, so its arrival
 * never blocks the page either (lib/sim-view/transfer.ts). A pcap download runs here as well and
 * answers with the file's bytes, transferred rather than copied. A thin shell: the engine, the
 * view model and the pcap writer stay pure.
 */
import { traceToPcap } from '@/lib/pcap'
import { runForView } from '@/lib/sim-view/run'
import { runPieces } from '@/lib/sim-view/transfer'
import { runScenario } from '@/lib/tcp'
import { type EngineReply, type EngineRequest } from './engine-protocol'

// The options form of postMessage: the same call for a worker and (as TypeScript types `self`) a window.
const reply = (message: EngineReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer })

self.onmessage = (e: MessageEvent<EngineRequest>) => {
  const request = e.data
  if (request.kind === 'pcap') {
    try {
      const bytes = traceToPcap(runScenario(request.scenario).trace, request.point)
      // A copy of exactly the file's bytes, whose buffer can then move to the page without a copy.
      const buffer = bytes.slice().buffer
      reply({ kind: 'pcap', bytes: buffer }, [buffer])
    } catch (error) {
      reply({ kind: 'failed', error: error instanceof Error ? error.message : String(error) })
    }
    return
  }
  const run = runForView(request.scenario, undefined, {
    maxSteps: request.maxSteps,
    onProgress: (events) => reply({ kind: 'progress', events }),
    // A budget stop is said at once, while the views of its large trace are still being built.
    onEngineDone: (stop, events) => reply({ kind: 'engine-done', stop, events }),
  })
  for (const piece of runPieces(run)) reply({ kind: 'piece', piece })
  reply({ kind: 'done' })
}
