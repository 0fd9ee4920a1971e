import { Button as NutButton, type ButtonProps } from '@nutui/nutui-react-taro'

/**
 * NutUI's Button with the role every button needs. On H5 Taro draws it as a `div` inside a custom
 * element, which has no role: screen readers and `getByRole('button')` did not see it. NutUI's props
 * do not type `role`, so it goes by spread; WeChat's own button ignores it.
 */
const BUTTON_ROLE: object = { role: 'button' }

export function Button(props: Partial<ButtonProps>) {
  return <NutButton {...BUTTON_ROLE} {...props} />
}
