// The campaign form opens with one line saying what the site shows of the published campaign, and
// what publishing the draft would change.
import { Card, Stack, Text } from '@sanity/ui';
import { getPublishedId, type ObjectInputProps, useEditState } from 'sanity';
import { campaignStatusTone } from '@mkb010/content/status';
import { campaignStatusLine } from '../schemaTypes/preview';

/** The card tone of each status tone. */
const CARD_TONE = { positive: 'positive', primary: 'primary', critical: 'critical', default: 'transparent' } as const;

/** The campaign document form with its status line above the fields. */
export function CampaignStatusInput(props: ObjectInputProps) {
  const value = (props.value ?? {}) as { _id?: string; publishFrom?: string; publishUntil?: string };
  const { draft, published } = useEditState(getPublishedId(value._id ?? ''), 'campaign');
  // The form shows the draft as the editor types it, before the draft itself is saved.
  const versions = { published: published as typeof value | null, draft: draft || !published ? value : null };
  const now = new Date();
  return (
    <Stack gap={4}>
      <Card padding={3} radius={2} tone={CARD_TONE[campaignStatusTone(versions, now)]} border role="status">
        <Text size={1} weight="medium">
          {campaignStatusLine(versions, now)}
        </Text>
      </Card>
      {props.renderDefault(props)}
    </Stack>
  );
}
