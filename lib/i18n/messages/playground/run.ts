// Running the scenario: the Run button, the result pane and what it says when a run fails.
import { defineMessages } from '../../define'

export const runMessages = defineMessages({
  en: {
    run: 'Run',
    result: 'Result',
    runError: 'The simulation could not run: {message}',
    notRun: 'Press Run to simulate the scenario.',
    loadingPlayer: 'Running the simulation…',
    crashed: 'The playground hit an unexpected problem with this scenario.',
    tryAgain: 'Try again',
  },
  zh: {
    run: '运行',
    result: '结果',
    runError: '模拟无法运行：{message}',
    notRun: '点击“运行”来模拟这个场景。',
    loadingPlayer: '正在运行模拟…',
    crashed: '实验场在处理这个场景时遇到了意外问题。',
    tryAgain: '重试',
  },
})
