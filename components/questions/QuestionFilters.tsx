// The questions list's filters: a plain GET form, so it works before (or without) JavaScript and
// every filtered list is a URL that can be shared or returned to with the back button.
import Link from 'next/link'
import { Button } from '@/components/ui/Button'
import { TOPICS, topicLabel } from '@/lib/content/topics'
import { type Locale } from '@/lib/i18n/locales'
import { questionList } from '@/lib/i18n/messages/question-list'
import { questions } from '@/lib/i18n/messages/questions'
import { type QuestionFilter } from '@/lib/practice/question-status'
import styles from './QuestionFilters.module.css'

export function QuestionFilters({
  filter,
  topics,
  locale,
}: {
  filter: QuestionFilter
  /** The topics the listed questions use, in vocabulary order. */
  topics: readonly string[]
  locale: Locale
}) {
  const t = questionList[locale]
  const q = questions[locale]
  const used = TOPICS.filter((topic) => topics.includes(topic))
  return (
    <form method="get" action="/questions" role="search" aria-label={t.filters} className={styles.form}>
      <label className={styles.search}>
        {t.search}
        <input
          type="search"
          name="q"
          defaultValue={filter.search ?? ''}
          placeholder={t.searchHint}
          maxLength={200}
        />
      </label>
      <label>
        {t.topic}
        <select name="topic" defaultValue={filter.topic ?? ''}>
          <option value="">{t.anyTopic}</option>
          {used.map((topic) => (
            <option key={topic} value={topic}>
              {topicLabel(topic, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.difficulty}
        <select name="difficulty" defaultValue={filter.difficulty ?? ''}>
          <option value="">{t.anyDifficulty}</option>
          <option value="easy">{q.easy}</option>
          <option value="medium">{q.medium}</option>
          <option value="hard">{q.hard}</option>
        </select>
      </label>
      <label>
        {t.status}
        <select name="status" defaultValue={filter.status ?? ''}>
          <option value="">{t.anyStatus}</option>
          <option value="new">{t.statusNew}</option>
          <option value="due">{t.statusDue}</option>
          <option value="learned">{t.statusLearned}</option>
        </select>
      </label>
      <div className={styles.actions}>
        <Button type="submit">{t.apply}</Button>
        <Link href="/questions">{t.clear}</Link>
      </div>
    </form>
  )
}
