/**
 * The components question MDX may use. components/mdx/components.tsx must provide exactly these
 * (its type says so), and the content check rejects any other capitalised tag.
 */
export const MDX_COMPONENT_NAMES = ['Callout', 'Simulation'] as const
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number]
