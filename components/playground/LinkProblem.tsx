/** Why a shared link did not open, in the reader's language, with a way to start over. */
import Link from 'next/link'
import { format } from '@/lib/i18n/define'
import { type PlaygroundMessages } from '@/lib/i18n/messages/playground'
import { MAX_JSON_DEPTH, MAX_LINK_CHARS, type DecodeFailure } from '@/lib/playground/codec'
import { ProblemList } from './ProblemList'
import styles from './playground.module.css'

export function LinkProblem({ failure, m }: { failure: DecodeFailure; m: PlaygroundMessages }) {
  return (
    <section className={styles.banner} role="alert" aria-labelledby="pg-link-problem">
      <h2 id="pg-link-problem">{m.linkProblemTitle}</h2>
      {failure.reason === 'too-long' ? <p>{format(m.linkTooLong, { max: MAX_LINK_CHARS })}</p> : null}
      {failure.reason === 'too-deep' ? <p>{format(m.linkTooDeep, { max: MAX_JSON_DEPTH })}</p> : null}
      {failure.reason === 'not-a-link' ? <p>{m.linkNotValid}</p> : null}
      {failure.reason === 'invalid' ? (
        <ProblemList title={m.linkInvalidFields} issues={failure.issues} rootLabel={m.scenarioRoot} />
      ) : null}
      <p>
        <Link href="/playground">{m.startFresh}</Link>
      </p>
    </section>
  )
}
