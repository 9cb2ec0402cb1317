// The "Redactierapport" tool: the editor report of `npm run content:report`, in the Studio. It opens
// on the editor's own partner (from the site settings; the comms team sees the whole network), and
// every row links to its document. Lists, headings and sentences come from the report's own code
// (reportSections), so the tool and the command line cannot disagree.
import { Box, Button, Card, Container, Flex, Heading, Label, Select, Spinner, Stack, Text, TextInput } from '@sanity/ui';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useClient, useCurrentUser } from 'sanity';
import { IntentLink } from 'sanity/router';
import { formatDay } from '@mkb010/content/dates';
import { findingCount, type ReportSection, reportSections } from '@mkb010/content/editor-report';
import { REPORT_TEXT } from '@mkb010/content/editor-report-text';
import { SANITY_API_VERSION } from '@mkb010/content/api';
import type { ServiceLists } from '@mkb010/content/editor-report-listening';
import { serviceUrl } from '../../env';
import { readServiceReport } from '@mkb010/service/client';
import { fetchReportData, ownPartner, partnerChoices, type ReportData, reportWithListening } from './data';

/** Where the tab keeps the service token the editor pasted (gone when the tab closes). */
const TOKEN_KEY = 'mkb010.serviceReportToken';

const t = REPORT_TEXT.nl;
/** The select's value for "the whole network". */
const ALL = '';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; data: ReportData };

/** The tool's page. */
export function ReportTool() {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  const user = useCurrentUser();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const selectId = useId();

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    fetchReportData(client, new Date()).then(
      (data) => setState({ kind: 'ready', data }),
      (error: unknown) => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [client]);
  useEffect(load, [load]);

  const data = state.kind === 'ready' ? state.data : undefined;
  const partner = chosen ?? (data ? (ownPartner(data, user) ?? ALL) : ALL);
  const [service, setService] = useState<ServiceLists | { unavailable: string } | undefined>(undefined);
  const [token, setToken] = useState(() => (typeof sessionStorage === 'undefined' ? '' : (sessionStorage.getItem(TOKEN_KEY) ?? '')));
  const tokenId = useId();
  const askService = useCallback((given: string) => {
    if (!serviceUrl || !given) return;
    sessionStorage.setItem(TOKEN_KEY, given);
    readServiceReport(serviceUrl, given).then(setService);
  }, []);
  useEffect(() => askService(sessionStorage.getItem(TOKEN_KEY) ?? ''), [askService]);
  const report = useMemo(() => (data ? reportWithListening(data, partner || undefined, service) : undefined), [data, partner, service]);

  return (
    <Container width={4} padding={4} sizing="border" data-redactierapport="">
      <Stack gap={5}>
        <Stack gap={3}>
          <Heading as="h1" size={3}>
            {report?.partner ? t.titleFor(report.partner.name) : t.title}
          </Heading>
          <Text muted size={1}>
            Gepubliceerde inhoud, beoordeeld zoals de site het doet bij elke bouw
            {report ? ` (peildatum ${formatDay(report.today, 'nl')}).` : '.'} Klik op een regel om het document te openen.
          </Text>
        </Stack>
        {state.kind === 'loading' && (
          <Flex align="center" gap={3}>
            <Spinner muted />
            <Text>Het rapport wordt gemaakt…</Text>
          </Flex>
        )}
        {state.kind === 'failed' && (
          <Card padding={4} radius={2} tone="critical" border role="alert">
            <Stack gap={3}>
              <Text weight="semibold">Het rapport kon niet worden gemaakt.</Text>
              <Text size={1}>{state.message}</Text>
              <Box>
                <Button text="Opnieuw proberen" mode="ghost" onClick={load} />
              </Box>
            </Stack>
          </Card>
        )}
        {data && report && (
          <>
            <Flex gap={3} align="flex-end" wrap="wrap">
              <Stack gap={2}>
                <Label as="label" htmlFor={selectId}>
                  Partner
                </Label>
                <Select id={selectId} value={partner} onChange={(event) => setChosen(event.currentTarget.value)}>
                  <option value={ALL}>Alle partners (hele netwerk)</option>
                  {partnerChoices(data).map((p) => (
                    <option key={p.id} value={p.slug}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              </Stack>
              <Button text="Vernieuwen" mode="ghost" onClick={load} />
              <Text size={1} muted>
                {t.findings(findingCount(report))}
              </Text>
            </Flex>
            {serviceUrl && (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  askService(token.trim());
                }}
              >
                <Flex gap={3} align="flex-end" wrap="wrap">
                  <Stack gap={2}>
                    <Label as="label" htmlFor={tokenId}>
                      Leestoken van de service (voor de reacties van ondernemers)
                    </Label>
                    <TextInput
                      id={tokenId}
                      type="password"
                      autoComplete="off"
                      value={token}
                      onChange={(event) => setToken(event.currentTarget.value)}
                    />
                  </Stack>
                  <Button type="submit" text="Reacties ophalen" mode="ghost" />
                </Flex>
              </form>
            )}
            {reportSections(report, 'nl').map((section) => (
              <SectionTable key={section.id} section={section} />
            ))}
          </>
        )}
      </Stack>
    </Container>
  );
}

/** One list of the report: a heading with its count, then a table whose first cell links to the document. */
function SectionTable({ section }: { section: ReportSection }) {
  const headingId = `redactierapport-${section.id}`;
  return (
    <Stack as="section" gap={3} aria-labelledby={headingId}>
      <Heading as="h2" size={1} id={headingId}>
        {section.title} ({section.rows.length})
      </Heading>
      {section.rows.length === 0 ? (
        <Text muted>{section.none}</Text>
      ) : (
        <Card border radius={2} overflow="auto">
          <table aria-labelledby={headingId} style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                {section.headers.map((h) => (
                  <Cell key={h} header>
                    {h}
                  </Cell>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.line}>
                  {row.cells.map((cell, j) => (
                    <Cell key={section.headers[j]}>
                      {j === 0 && row.doc ? (
                        <IntentLink intent="edit" params={{ id: row.doc.id, type: row.doc.type }}>
                          {String(cell)}
                        </IntentLink>
                      ) : (
                        String(cell)
                      )}
                    </Cell>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </Stack>
  );
}

/** A table cell's layout, the same for every cell. */
const CELL_STYLE = {
  textAlign: 'left' as const,
  verticalAlign: 'top' as const,
  padding: '0.5rem 0.75rem',
  borderBottom: '1px solid var(--card-border-color)',
};

/** A table cell in the Studio's type. */
function Cell({ header, children }: { header?: boolean; children: ReactNode }) {
  const text = (
    <Text size={1} weight={header ? 'semibold' : 'regular'}>
      {children}
    </Text>
  );
  return header ? (
    <th scope="col" style={CELL_STYLE}>
      {text}
    </th>
  ) : (
    <td style={CELL_STYLE}>{text}</td>
  );
}
