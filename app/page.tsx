import { QuestionList } from '@/components/questions/QuestionList'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { Card } from '@/components/ui/Card'
import { loadQuestionIndex } from '@/lib/content'
import { home } from '@/lib/i18n/messages/home'
import { getLocale } from '@/lib/server/locale'
import styles from './page.module.css'

export default async function HomePage() {
  const [locale, index] = await Promise.all([getLocale(), loadQuestionIndex()])
  const t = home[locale]
  const steps = [
    { title: t.stepReadTitle, body: t.stepReadBody },
    { title: t.stepRunTitle, body: t.stepRunBody },
    { title: t.stepRecallTitle, body: t.stepRecallBody },
  ]
  return (
    <>
      <section className={styles.hero}>
        <h1 className={styles.heading}>{t.heading}</h1>
        <p className={styles.lead}>{t.lead}</p>
        <div className={styles.actions}>
          <ButtonLink href="/questions">{t.browse}</ButtonLink>
          <ButtonLink href="/practice" variant="secondary">
            {t.practice}
          </ButtonLink>
        </div>
      </section>
      <ol className={styles.steps}>
        {steps.map((step, i) => (
          <Card as="li" key={step.title}>
            <span className={styles.stepNumber} aria-hidden="true">
              {i + 1}
            </span>
            <h2 className={styles.stepTitle}>{step.title}</h2>
            <p className={styles.stepBody}>{step.body}</p>
          </Card>
        ))}
      </ol>
      <h2 className={styles.sectionTitle}>{t.featured}</h2>
      <QuestionList items={index} locale={locale} />
    </>
  )
}
