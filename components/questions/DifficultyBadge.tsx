import { Badge, type BadgeTone } from '@/components/ui/Badge'
import { type Difficulty } from '@/lib/content/schema'
import { questions } from '@/lib/i18n/messages/questions'
import { type Locale } from '@/lib/i18n/locales'

const tone: Record<Difficulty, BadgeTone> = { easy: 'success', medium: 'warning', hard: 'danger' }

export function DifficultyBadge({ difficulty, locale }: { difficulty: Difficulty; locale: Locale }) {
  const t = questions[locale]
  return (
    <Badge tone={tone[difficulty]}>
      <span className="visually-hidden">{t.difficulty}: </span>
      {t[difficulty]}
    </Badge>
  )
}
