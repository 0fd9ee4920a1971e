/** @jest-environment node */
/**
 * The one rule both Chart components (index.h5.tsx, index.weapp.tsx) follow to decide what a render
 * asks of a chart that was already drawn.
 */
import { isNothing, optionSignature, redraw, type DrawnWith } from '@/components/chart/redraw'
import type { ChartOption } from '@/components/chart/types'

const option = (value: number): ChartOption => ({ series: [{ type: 'bar', data: [value] }] })
const drawn: DrawnWith = { id: 'c', signature: optionSignature(option(1)), height: 240, width: 320 }

test('nothing drawn yet, or a chart whose id names another canvas, needs a new instance', () => {
  expect(redraw(undefined, drawn)).toEqual({ init: true })
  expect(redraw(drawn, { ...drawn, id: 'd' })).toEqual({ init: true })
})

test('an equal option built anew in a re-render asks for nothing', () => {
  const step = redraw(drawn, { ...drawn, signature: optionSignature(option(1)) })
  expect(step).toEqual({ init: false, resize: false, setOption: false })
  expect(isNothing(step)).toBe(true)
})

test('formatters do not count: they are closures over data the option already carries', () => {
  const withFormatter = (label: string): ChartOption => ({
    series: [{ type: 'bar', data: [1], label: { show: true, formatter: () => label } }],
  })
  expect(optionSignature(withFormatter('a'))).toBe(optionSignature(withFormatter('b')))
})

test('new data sets the option; a new height or width resizes; both can come in one render', () => {
  expect(redraw(drawn, { ...drawn, signature: optionSignature(option(2)) })).toEqual({
    init: false,
    resize: false,
    setOption: true,
  })
  expect(redraw(drawn, { ...drawn, height: 320 })).toEqual({ init: false, resize: true, setOption: false })
  expect(redraw(drawn, { ...drawn, width: 400 })).toEqual({ init: false, resize: true, setOption: false })
  const careMode = redraw(drawn, { ...drawn, height: 320, signature: optionSignature(option(2)) })
  expect(careMode).toEqual({ init: false, resize: true, setOption: true })
  expect(isNothing(careMode)).toBe(false)
})

test('a platform that does not report the width (weapp) never resizes for it', () => {
  const { width: _width, ...noWidth } = drawn
  expect(redraw(noWidth, { ...noWidth })).toEqual({ init: false, resize: false, setOption: false })
  expect(redraw(drawn, { ...noWidth })).toEqual({ init: false, resize: false, setOption: false })
})
