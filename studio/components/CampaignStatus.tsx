// The campaign form opens with one line saying when the campaign is (or was) on the site.
import { Card, Stack, Text } from '@sanity/ui';
import { getPublishedId, type ObjectInputProps, useEditState } from 'sanity';
import { campaignStatusLine } from '../schemaTypes/preview';

/** The campaign document form with its status line above the fields. */
export function CampaignStatusInput(props: ObjectInputProps) {
  const value = (props.value ?? {}) as { _id?: string; publishFrom?: string; publishUntil?: string };
  const { published } = useEditState(getPublishedId(value._id ?? ''), 'campaign');
  const line = campaignStatusLine({ ...value, published: Boolean(published) }, new Date());
  return (
    <Stack gap={4}>
      <Card
        padding={3}
        radius={2}
        tone={line.startsWith('Nu live') ? 'positive' : line.startsWith('Gepland') ? 'primary' : 'transparent'}
        border
      >
        <Text size={1} weight="medium">
          {line}
        </Text>
      </Card>
      {props.renderDefault(props)}
    </Stack>
  );
}
