import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Entry } from '@shared/domain/entry';
import type { outboxAnswerSchema } from '@shared/ipc/channels/sync';
import { call } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

type Answer = z.output<typeof outboxAnswerSchema>;

/**
 * The refusal that returned the entry: the newest rejected `catalogue.submit` of it (answers come
 * newest first), unless a reviewer's result came after it — then that is why it is returned.
 */
export function refusalOf(answers: readonly Answer[], entryId: string, reviewedAt: string | undefined): Answer | undefined {
  const refused = answers.find((a) => a.kind === 'catalogue.submit' && a.entityId === entryId && a.status === 'rejected');
  return refused && !(reviewedAt && reviewedAt > refused.answeredAt) ? refused : undefined;
}

/** The platform's refusal of a `returned` entry's latest submission (`outbox.answers`), if that is why it came back. */
export function usePlatformRefusal(entry: Entry | undefined, reviewedAt: string | undefined): Answer | undefined {
  const returned = entry?.state === 'returned';
  const answers = useQuery({
    queryKey: queryKeys.catalogue.of('refusal', entry?.id ?? ''),
    queryFn: async () => (await call('outbox.answers', { status: 'rejected', limit: 1000 })).answers,
    enabled: returned,
  }).data;
  return returned && answers ? refusalOf(answers, entry.id, reviewedAt) : undefined;
}
