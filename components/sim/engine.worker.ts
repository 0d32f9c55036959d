/**
 * The engine's own thread in the browser (issues #16, #17): runs one scenario and builds its view
 * model here, so even a heavy run never blocks the page's input, and the page can end a run at
 * any moment with worker.terminate(). A thin shell: the engine and the view model stay pure.
 *
 * Application payloads cross as plain data ({ length, offset, source }), which is all the views
 * read; the pcap download re-runs the scenario for the bytes themselves.
 */
import { runForView } from '@/lib/sim-view/run'
import { type EngineReply, type EngineRequest } from './engine-protocol'

const reply = (message: EngineReply) => self.postMessage(message)

self.onmessage = (e: MessageEvent<EngineRequest>) => {
  const { scenario, maxSteps } = e.data
  const run = runForView(scenario, undefined, {
    maxSteps,
    onProgress: (events) => reply({ kind: 'progress', events }),
    // A budget stop is said at once, while the views of its large trace are still being built.
    onEngineDone: (stop, events) => reply({ kind: 'engine-done', stop, events }),
  })
  reply({ kind: 'done', run })
}
