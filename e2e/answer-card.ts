// Answers whatever practice or review item is on screen, right or wrong on purpose, from the
// content itself: a choice's `correct` flag, an ordering's steps, and for a prediction the answer
// the engine's own run gives (the same derivation the player uses), never a hard-coded state.
import { expect, type Locator } from '@playwright/test'
import { type CardContent, type PredictionEmbed } from '../lib/content/practice-deck'
import { derivePrompt } from '../lib/sim-view/prediction'
import { runForView } from '../lib/sim-view/run'
import { getScenario } from '../lib/scenarios'

/** The choice ids a prediction's run makes right and wrong. */
export function predictionChoices(embed: PredictionEmbed): { right: string; wrong: string } {
  const source = getScenario(embed.scenario)
  if (!source) throw new Error(`unknown scenario "${embed.scenario}"`)
  const run = runForView(source.scenario, embed.overrides)
  if (!run.ok) throw new Error(run.error)
  const derived = derivePrompt(run.model.trace, embed.predict)
  if (!derived.ok) throw new Error(derived.error)
  const { correctChoiceId, choices } = derived.prompt
  return { right: correctChoiceId, wrong: choices.find((c) => c.id !== correctChoiceId)!.id }
}

/** Answers the auto-graded item in `box` (a quiz item or a prediction); `right` picks the outcome. */
export async function answerItem(box: Locator, content: CardContent, right: boolean) {
  if (content.kind === 'quiz' && content.item.kind === 'choice') {
    const pick = content.item.choices.find((c) => c.correct === right)!
    await box.getByRole('radio', { name: pick.text }).check()
    await box.getByRole('button', { name: 'Check answer' }).click()
  } else if (content.kind === 'quiz' && content.item.kind === 'ordering') {
    const steps = content.item.steps
    if (right)
      // Bring each step up to its place, top to bottom, with the keyboard-reachable buttons.
      for (let i = 0; i < steps.length; i++) {
        const items = box.getByRole('listitem')
        let at = (await items.allTextContents()).findIndex((text) => text.startsWith(steps[i].text))
        while (at > i) {
          await box.getByRole('button', { name: `Move “${steps[i].text}” up` }).click()
          at--
        }
      }
    await box.getByRole('button', { name: 'Check answer' }).click()
  } else if (content.kind === 'predict') {
    const choice = predictionChoices(content.embed)
    // At 1× a prompt late in its run took up to 11 s to reach; the prompt pauses the player at its
    // step whatever the speed, so play at the fastest one.
    await box.getByLabel('Speed').selectOption('4')
    await box.getByRole('button', { name: 'Play' }).click()
    const prompt = box.getByRole('form', { name: /Which state will|What will .* send next/ })
    await expect(prompt).toBeVisible({ timeout: 20_000 })
    await prompt.locator(`input[type="radio"][value="${right ? choice.right : choice.wrong}"]`).check()
    await prompt.getByRole('button', { name: 'Check', exact: true }).click()
  } else throw new Error(`not an auto-graded item: ${content.kind}`)
}
