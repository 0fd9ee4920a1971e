import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'

export default function NotFoundPage() {
  return (
    <PageShell>
      <NotFound what='页面' />
    </PageShell>
  )
}
