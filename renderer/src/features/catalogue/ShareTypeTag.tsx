import { Tag } from 'antd';
import type { ShareType } from '@shared/domain/enums';
import { useLabels } from './useLabels';

/** One colour per share type on every screen: unconditional green, conditional gold, not shared grey. */
export const SHARE_TYPE_COLORS: Record<ShareType, string> = { unconditional: 'green', conditional: 'gold', none: 'default' };

/** A share type as a tag, in the wording of the workspace's profile. */
export function ShareTypeTag({ shareType }: { shareType: ShareType }) {
  const labels = useLabels();
  return (
    // Cut with an ellipsis in a cell too narrow (the full label is its title), never spilling out.
    <Tag color={SHARE_TYPE_COLORS[shareType]} title={labels.shareType(shareType)} className="share-type-tag" data-share-type={shareType}>
      {labels.shareType(shareType)}
    </Tag>
  );
}
