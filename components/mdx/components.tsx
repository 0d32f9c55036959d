import { type EvaluateProps } from 'next-mdx-remote-client/rsc'
import { type ComponentProps } from 'react'
import { type MdxComponentName } from '@/lib/content/mdx-names'
import { type Locale } from '@/lib/i18n/locales'
import { Callout } from './Callout'
import { Simulation } from '@/components/sim/Simulation'

/**
 * Everything question MDX may use, bound to the page's locale so the components can label
 * themselves without reading the request. Add new MDX components here.
 */
export function mdxComponents(
  locale: Locale,
): Record<MdxComponentName, unknown> & NonNullable<EvaluateProps['components']> {
  return {
    Callout: (props: Omit<ComponentProps<typeof Callout>, 'locale'>) => (
      <Callout locale={locale} {...props} />
    ),
    Simulation: (props: Record<string, unknown>) => <Simulation locale={locale} {...props} />,
  }
}
