import { useQuery } from '@tanstack/react-query';
import type { Entry } from '@shared/domain/entry';
import { call } from '../../api/client';

/**
 * The platform's refusal of this entry's latest submission (`outbox.answers`, rejected
 * `catalogue.submit`), when the entry came back `returned` for it — not for a reviewer's return.
 */
export function usePlatformRefusal(entry: Entry | undefined, reviewedAt: string | undefined) {
  const refused = useQuery({
    queryKey: ['catalogue', 'refusal', entry?.id ?? ''],
    queryFn: async () => {
      const { answers } = await call('outbox.answers', { status: 'rejected', limit: 1000 });
      return answers.find((a) => a.kind === 'catalogue.submit' && a.entityId === entry!.id) ?? null;
    },
    enabled: entry?.state === 'returned',
  }).data;
  if (!refused || entry?.state !== 'returned') return undefined;
  return reviewedAt && reviewedAt > refused.answeredAt ? undefined : refused;
}
