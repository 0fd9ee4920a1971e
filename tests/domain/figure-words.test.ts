import {
  changePhrase,
  changeVerb,
  figureAmount,
  figureName,
  figureValueText,
  shareSentence,
} from '@/domain/figure-words'

const f = (metric: 'level' | 'growth' | 'share' | 'change', value: number, unit: string, label = '指标') => ({
  metric,
  value,
  unit,
  label,
})

describe('one convention for growth and change, as the district reports write it', () => {
  test('a growth rate 增长/下降, 持平 at zero', () => {
    expect(changePhrase(f('growth', 6.5, '%'))).toBe('增长6.5%')
    expect(changePhrase(f('growth', -2.1, '%'))).toBe('下降2.1%')
    expect(changePhrase(f('growth', 0, '%'))).toBe('持平')
  })

  test('a change of an amount 增加/减少, of a share 提高/降低 (个百分点), a doubling 翻一番', () => {
    expect(changePhrase(f('change', 98, '家'))).toBe('增加98家')
    expect(changePhrase(f('change', -3, '家'))).toBe('减少3家')
    expect(changePhrase(f('change', 2, '个百分点'))).toBe('提高2个百分点')
    expect(changePhrase(f('change', -0.4, '个百分点'))).toBe('降低0.4个百分点')
    expect(changePhrase(f('change', 1, '番'))).toBe('翻一番')
    expect(changePhrase(f('change', 2, '番'))).toBe('翻两番')
    expect(changeVerb(f('change', 0, '家'))).toBe('持平')
  })

  test('a change row carries its verb beside its number; a level or rate its value alone', () => {
    expect(figureAmount(f('change', 1, '番'))).toEqual({ verb: '翻', number: '一', unit: '番' })
    expect(figureAmount(f('change', 1234, '家'))).toEqual({ verb: '增加', number: '1,234', unit: '家' })
    expect(figureValueText({ ...f('level', 150, '处'), bound: 'gte' })).toBe('≥150处')
    expect(figureValueText(f('growth', 6.5, '%'))).toBe('6.5%')
  })
})

describe('names', () => {
  test('a growth rate is named 增速, a share 占比 unless its label already names a rate', () => {
    expect(figureName(f('growth', 6.5, '%', '地区生产总值'))).toBe('地区生产总值增速')
    expect(figureName(f('share', 75.3, '%', '民生支出'))).toBe('民生支出占比')
    expect(figureName(f('share', 80.6, '%', '民生支出占一般公共预算支出比重'))).toBe('民生支出占一般公共预算支出比重')
    expect(figureName(f('share', 100, '%', '农村生活垃圾无害化处理率'))).toBe('农村生活垃圾无害化处理率')
    expect(figureName(f('level', 331, '亿元', '地区生产总值'))).toBe('地区生产总值')
  })

  test('a share in a sentence: a rate 为, a part 占', () => {
    expect(shareSentence(f('share', 100, '%', '农村生活垃圾无害化处理率'))).toBe('农村生活垃圾无害化处理率为100%')
    expect(shareSentence(f('share', 55.25, '%', '服务业'))).toBe('服务业占55.25%')
    expect(shareSentence({ ...f('share', 99, '%', '诉求办结率'), bound: 'gte' })).toBe('诉求办结率为≥99%')
  })
})
