/**
 * DOM stand-ins for `@tarojs/components` (mapped in jest.config.js), used by our pages and by
 * NutUI's Taro build alike. Only attributes a DOM element understands are passed on: className,
 * id, role, style, hidden, aria-* and data-*, Taro's camelCase ariaXxx props (as aria-xxx), and
 * click and touch handlers. Mini-program-only props (scrollX, hoverClass, …) are dropped.
 */
import { createElement, forwardRef, type CSSProperties, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode }

const PASS = new Set([
  'className',
  'id',
  'role',
  'hidden',
  'title',
  'tabIndex',
  'onClick',
  'onTouchStart',
  'onTouchMove',
  'onTouchEnd',
  'onTouchCancel',
])

/** Taro accepts `style` as a string too ("color: red; font-size: 12px"). */
function toStyle(style: unknown): CSSProperties | undefined {
  if (typeof style !== 'string') return style as CSSProperties | undefined
  const out: Record<string, string> = {}
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':')
    if (i < 0) continue
    const name = decl
      .slice(0, i)
      .trim()
      .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    if (name) out[name] = decl.slice(i + 1).trim()
  }
  return out
}

function domProps(props: Props, extra: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key === 'children') continue
    if (key === 'style') out.style = toStyle(value)
    else if (PASS.has(key) || extra.includes(key) || key.startsWith('aria-') || key.startsWith('data-'))
      out[key] = value
    else if (key === 'ariaRole') out.role = value
    else if (/^aria[A-Z]/.test(key)) out[`aria-${key.slice(4).toLowerCase()}`] = value
  }
  return out
}

function element(displayName: string, tag: string, extra: readonly string[] = []) {
  const Component = forwardRef<HTMLElement, Props>((props, ref) =>
    createElement(tag, { ...domProps(props, extra), ref }, props.children as ReactNode),
  )
  Component.displayName = displayName
  return Component
}

export const View = element('View', 'div')
export const Text = element('Text', 'span')
export const RichText = element('RichText', 'div')
export const ScrollView = element('ScrollView', 'div')
export const Swiper = element('Swiper', 'div')
export const SwiperItem = element('SwiperItem', 'div')
export const Label = element('Label', 'label', ['htmlFor'])
export const Form = element('Form', 'form')
export const Navigator = element('Navigator', 'a')
export const Icon = element('Icon', 'i')
export const Canvas = element('Canvas', 'canvas', ['width', 'height'])
export const Video = element('Video', 'video', ['src'])
export const Progress = element('Progress', 'progress')

export const Image = forwardRef<HTMLImageElement, Props>((props, ref) =>
  createElement('img', { ...domProps(props, ['src', 'alt']), ref }),
)
Image.displayName = 'Image'

export const Button = forwardRef<HTMLButtonElement, Props>((props, ref) =>
  createElement('button', { ...domProps(props, ['disabled']), type: 'button', ref }, props.children as ReactNode),
)
Button.displayName = 'Button'

type TaroInputEvent = { detail: { value: string }; target: EventTarget; currentTarget: EventTarget }
type InputHandler = ((e: TaroInputEvent) => void) | undefined

/** Taro's Input reports its value in `event.detail.value` for onInput, onFocus, onBlur and onConfirm. */
function taroEvent(e: { target: EventTarget; currentTarget: EventTarget }): TaroInputEvent {
  return { detail: { value: (e.target as HTMLInputElement).value }, target: e.target, currentTarget: e.currentTarget }
}

function field(displayName: string, tag: 'input' | 'textarea') {
  const Component = forwardRef<HTMLElement, Props>((props, ref) => {
    const { onInput, onFocus, onBlur, onConfirm, maxlength, value, password, type } = props as Props & {
      onInput?: InputHandler
      onFocus?: InputHandler
      onBlur?: InputHandler
      onConfirm?: InputHandler
      maxlength?: number
      value?: string
      password?: boolean
      type?: string
    }
    return createElement(tag, {
      ...domProps(props, ['placeholder', 'disabled', 'name', 'autoFocus']),
      ref,
      type: tag === 'input' ? (password ? 'password' : type === 'text' || !type ? 'text' : type) : undefined,
      maxLength: typeof maxlength === 'number' && maxlength >= 0 ? maxlength : undefined,
      value: value ?? '',
      onChange: (e: { target: EventTarget; currentTarget: EventTarget }) => onInput?.(taroEvent(e)),
      onFocus: (e: { target: EventTarget; currentTarget: EventTarget }) => onFocus?.(taroEvent(e)),
      onBlur: (e: { target: EventTarget; currentTarget: EventTarget }) => onBlur?.(taroEvent(e)),
      onKeyDown: (e: { key: string; target: EventTarget; currentTarget: EventTarget }) => {
        if (e.key === 'Enter') onConfirm?.(taroEvent(e))
      },
    })
  })
  Component.displayName = displayName
  return Component
}

export const Input = field('Input', 'input')
export const Textarea = field('Textarea', 'textarea')
