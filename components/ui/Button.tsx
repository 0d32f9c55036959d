import { type ComponentProps } from 'react'
import styles from './Button.module.css'

// ComponentProps, not ButtonHTMLAttributes: React 19 passes `ref` as a prop, and callers focus buttons.
type Props = ComponentProps<'button'> & { variant?: 'primary' | 'secondary' }

/** The one button style; `type` defaults to "button" so a stray button never submits a form. */
export function Button({ variant = 'primary', className, type = 'button', ...rest }: Props) {
  return <button type={type} className={`${styles.button} ${styles[variant]} ${className ?? ''}`} {...rest} />
}
