/**
 * The Taro mocks must be good enough for NutUI's Taro build, which imports @tarojs/components and
 * @tarojs/taro itself. If one of these breaks after a NutUI upgrade, map that component to a
 * stand-in here in tests/mocks rather than weakening the page tests.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { Button, Cell, Empty, SearchBar, Segmented, Switch, Tabs } from '@nutui/nutui-react-taro'

test('SearchBar reports what the user types', () => {
  const onChange = jest.fn()
  render(<SearchBar value='' placeholder='搜索' onChange={onChange} />)
  fireEvent.change(screen.getByPlaceholderText('搜索'), { target: { value: '养老' } })
  expect(onChange).toHaveBeenCalledWith('养老', expect.anything())
})

test('Tabs show every title and report the chosen one', () => {
  const onChange = jest.fn()
  render(
    <Tabs value='全部' onChange={onChange}>
      <Tabs.TabPane title='全部' value='全部' />
      <Tabs.TabPane title='民生' value='民生' />
    </Tabs>,
  )
  fireEvent.click(screen.getByText('民生'))
  expect(onChange).toHaveBeenCalledWith('民生')
})

test('Empty shows its title and description', () => {
  render(<Empty title='没有找到' description='换个词试试' />)
  expect(screen.getByText('没有找到')).toBeInTheDocument()
  expect(screen.getByText('换个词试试')).toBeInTheDocument()
})

test('Button is a button with its text and aria-label, and clicks', () => {
  const onClick = jest.fn()
  render(
    <Button type='primary' aria-label='收藏这条资讯' onClick={onClick}>
      ☆ 收藏
    </Button>,
  )
  fireEvent.click(screen.getByRole('button', { name: '收藏这条资讯' }))
  expect(onClick).toHaveBeenCalled()
})

test('Switch is a switch with a name and reports the new state', async () => {
  const onChange = jest.fn()
  render(<Switch checked={false} onChange={onChange} ariaLabel='关怀模式' />)
  // NutUI's Switch settles its state after an await.
  await act(async () => {
    fireEvent.click(screen.getByRole('switch', { name: '关怀模式' }))
  })
  expect(onChange).toHaveBeenCalledWith(true)
})

test('Cell shows title and description and clicks', () => {
  const onClick = jest.fn()
  render(<Cell title='一条资讯' description='11月21日 14:05' onClick={onClick} />)
  fireEvent.click(screen.getByText('一条资讯'))
  expect(screen.getByText('11月21日 14:05')).toBeInTheDocument()
  expect(onClick).toHaveBeenCalled()
})

test('Segmented shows its options and reports the index of the chosen one', () => {
  const onChange = jest.fn()
  render(<Segmented options={['全部', '已完成']} value='全部' onChange={onChange} />)
  fireEvent.click(screen.getByText('已完成'))
  expect(onChange).toHaveBeenCalledWith(1)
})
