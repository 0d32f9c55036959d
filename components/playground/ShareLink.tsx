'use client'
/**
 * The link to the last run, in a read-only field (so it can always be copied by hand) and a Copy
 * button using the Clipboard API; when that is refused, the text is selected instead.
 */
import { useRef, useState, useSyncExternalStore } from 'react'
import { type PlaygroundMessages } from '@/lib/i18n/messages/playground'
import { Button } from '@/components/ui/Button'
import styles from './playground.module.css'

export type Share = { kind: 'none' } | { kind: 'link'; param: string } | { kind: 'too-big' }

const noSubscribe = () => () => {}
/** The page's origin, '' while rendering on the server (the field fills in on hydration). */
const useOrigin = () =>
  useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => '',
  )

export function ShareLink({ share, m }: { share: Share; m: PlaygroundMessages }) {
  const origin = useOrigin()
  const field = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null)
  const url = share.kind === 'link' ? `${origin}/playground?s=${share.param}` : ''

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      setStatus('copied')
    } catch {
      field.current?.select()
      setStatus('failed')
    }
  }

  return (
    <section className={styles.section} aria-labelledby="pg-share">
      <h2 id="pg-share">{m.share}</h2>
      {share.kind === 'too-big' ? <p className={styles.issue}>{m.tooBigToShare}</p> : null}
      {share.kind === 'none' ? <p className={styles.hint}>{m.notRun}</p> : null}
      {share.kind === 'link' ? (
        <div className={styles.row}>
          <div className={`${styles.field} ${styles.grow}`}>
            <label htmlFor="pg-share-url">{m.shareLink}</label>
            <input
              id="pg-share-url"
              ref={field}
              type="url"
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <Button onClick={copy}>{m.copyLink}</Button>
        </div>
      ) : null}
      <p role="status" className={styles.hint}>
        {status === 'copied' ? m.copied : status === 'failed' ? m.copyFailed : ''}
      </p>
    </section>
  )
}
