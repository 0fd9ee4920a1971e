import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { useAppStore } from '@/store'

/**
 * The first-launch offer of 关怀模式 (large type and buttons), until it is answered either way;
 * 我的 keeps the choice afterwards.
 */
export function CareOffer() {
  const careOffered = useAppStore((s) => s.careOffered)
  const answerCareOffer = useAppStore((s) => s.answerCareOffer)
  if (careOffered) return null
  return (
    <View className='card care-offer' role='region' aria-label='关怀模式'>
      <Text className='care-offer__text'>字太小？开启关怀模式，字和按钮都会变大。以后可在“我的”里更改。</Text>
      <View className='care-offer__actions'>
        <Button type='primary' className='tap' onClick={() => answerCareOffer(true)}>
          开启关怀模式
        </Button>
        <Button className='tap' onClick={() => answerCareOffer(false)}>
          暂不需要
        </Button>
      </View>
    </View>
  )
}
