// /stats for anyone: rendered on the server for a signed-in learner, in the browser for a visitor
// (VisitorStats), from the same computeStats() result. Plain HTML and CSS: tables and text values.
import { topicLabel } from '@/lib/content/topics'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { stats as messages } from '@/lib/i18n/messages/stats'
import { type Share, type Stats } from '@/lib/practice/stats'
import { DayBars } from './DayBars'
import styles from './stats.module.css'

const percent = (s: Share, none: string) => (s.total ? `${Math.round((s.kept / s.total) * 100)}%` : none)
const sum = (days: { count: number }[]) => days.reduce((n, d) => n + d.count, 0)

export function StatsView({
  stats,
  locale,
  timeZone,
  signedIn,
}: {
  stats: Stats
  locale: Locale
  timeZone: string
  signedIn: boolean
}) {
  const t = messages[locale]
  const dateTime = (at: Date) =>
    at.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    })
  const stateRows = [
    [t.stateNew, stats.states.new],
    [t.stateLearning, stats.states.learning],
    [t.stateReview, stats.states.review],
    [t.stateRelearning, stats.states.relearning],
  ] as const
  const totalCards = stateRows.reduce((n, [, v]) => n + v, 0) || 1

  return (
    <div className={styles.stats}>
      <p className={styles.muted}>{format(t.timeZoneNote, { zone: timeZone })}</p>

      <section aria-labelledby="stats-summary">
        <h2 id="stats-summary">{t.summary}</h2>
        <dl className={styles.tiles}>
          <div>
            <dt>{t.dueToday}</dt>
            <dd data-testid="stats-due-today">{stats.dueToday}</dd>
          </div>
          <div>
            <dt>{t.streak}</dt>
            <dd data-testid="stats-streak">{format(t.streakDays, { n: stats.streak.days })}</dd>
            <dd className={styles.muted}>{stats.streak.reviewedToday ? t.streakToday : t.streakNotYet}</dd>
          </div>
          <div>
            <dt>{t.retention}</dt>
            <dd data-testid="stats-retention">{percent(stats.retention, t.noReviews)}</dd>
            <dd className={styles.muted}>{t.retentionHelp}</dd>
          </div>
          <div>
            <dt>{t.reviews30}</dt>
            <dd data-testid="stats-reviews-30">{sum(stats.reviewsPerDay)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="stats-states">
        <h2 id="stats-states">{t.cardsByState}</h2>
        <ul className={styles.meters}>
          {stateRows.map(([label, value]) => (
            <li key={label}>
              <span>{label}</span>
              <meter min={0} max={totalCards} value={value} aria-hidden="true" />
              <span className={styles.number}>{value}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="stats-forecast">
        <h2 id="stats-forecast">{t.forecast}</h2>
        <p>
          {format(t.next7, { n: sum(stats.forecast.slice(0, 7)) })} ·{' '}
          {format(t.next30, { n: sum(stats.forecast) })}
        </p>
        <DayBars days={stats.forecast} caption={t.forecast} locale={locale} />
      </section>

      <section aria-labelledby="stats-history">
        <h2 id="stats-history">{t.reviewsPerDay}</h2>
        <DayBars days={stats.reviewsPerDay} caption={t.reviewsPerDay} locale={locale} />
      </section>

      <section aria-labelledby="stats-topics">
        <h2 id="stats-topics">{t.topics}</h2>
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t.topic}</th>
                <th scope="col">{t.cards}</th>
                <th scope="col">{t.studied}</th>
                <th scope="col">{t.inReview}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.retention}</th>
              </tr>
            </thead>
            <tbody>
              {stats.topics.map((row) => (
                <tr key={row.topic}>
                  <th scope="row">{topicLabel(row.topic, locale)}</th>
                  <td>{row.cards}</td>
                  <td>
                    {row.studied}
                    <meter min={0} max={row.cards || 1} value={row.studied} aria-hidden="true" />
                  </td>
                  <td>{row.inReview}</td>
                  <td>{row.due}</td>
                  <td>{percent(row.retention, '–')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="stats-quiz">
        <h2 id="stats-quiz">{t.quiz}</h2>
        {!signedIn ? (
          <p>{t.quizVisitor}</p>
        ) : stats.quiz.answers === 0 ? (
          <p>{t.quizNone}</p>
        ) : (
          <>
            <p data-testid="stats-quiz">
              {format(t.quizAnswers, { n: stats.quiz.answers, correct: stats.quiz.correct })}
            </p>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t.when}</th>
                  <th scope="col">{t.score}</th>
                </tr>
              </thead>
              <tbody>
                {stats.quiz.sessions.map((s) => (
                  <tr key={s.sessionId}>
                    <td>{dateTime(s.at)}</td>
                    <td>
                      {s.correct} / {s.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  )
}
