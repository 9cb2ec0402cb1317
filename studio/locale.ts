// Dutch for what @sanity/locale-nl-nl (1.1.35, the newest) leaves in English: the whole Presentation
// tool ("Voorbeeld") and the keys Sanity 6 added to the desk and the Studio since. Sanity merges these
// into the Dutch locale; tests/studio/locale.test.ts finds any key of Sanity's own English that is
// still missing. Strings Sanity writes outside its locale are listed in studio/README.md.
import { nlNLLocale } from '@sanity/locale-nl-nl';
import { defineLocaleResourceBundle } from 'sanity';

const locale = 'nl-NL';

/** The Presentation tool, every key. */
const presentation = defineLocaleResourceBundle({
  locale,
  namespace: 'presentation',
  resources: {
    'document-list-pane.document-list.title': 'Documenten op deze pagina',
    'document-list-pane.error.text': 'De lijst met documenten kan niet worden getoond',
    'document-list-pane.ordering.by-appearance': 'Volgorde op de pagina',
    'document-list-pane.ordering.last-edited': 'Laatst bewerkt',
    'channel.status_connected': 'Verbonden',
    'channel.status_connecting': 'Verbinden',
    'channel.status_disconnected': 'Niet verbonden',
    'channel.status_reconnecting': 'Opnieuw verbinden',
    'document-pane.error.text': 'Het document kan niet worden getoond',
    'error-card.continue-button.text': 'Toch doorgaan',
    'error-card.retry-button.text': 'Opnieuw proberen',
    'error-card.title': 'Er ging iets mis',
    'locations-banner.locations-count_one': 'Gebruikt op één pagina',
    'locations-banner.locations-count_other': "Gebruikt op {{count}} pagina's",
    'locations-banner.locations-count_zero': 'Nog op geen enkele pagina',
    'locations-banner.resolving.text': "Pagina's zoeken…",
    'main-document.label': 'Hoofddocument',
    'main-document.missing.text': 'Geen hoofddocument voor <Code>{{path}}</Code>',
    'narrow-tabs.content-tab.label': 'Inhoud',
    'narrow-tabs.navigator-tab.label': 'Navigatie',
    'narrow-tabs.preview-tab.label': 'Voorbeeld',
    'presentation-error.label': 'Foutmelding',
    'preview-frame.connection.error.text': 'Geen verbinding met het voorbeeld',
    'preview-frame.configuration.error.title': 'Voorbeeld op een ander adres dan ingesteld',
    'preview-frame.configuration.error.description':
      'Het voorbeeld hoort te laden van <Code>{{targetOrigin}}</Code>, maar meldt zich vanaf <Code>{{reportedOrigin}}</Code>. Om veiligheidsredenen maakt de Studio geen verbinding met onbekende adressen. Vraag de beheerder SANITY_STUDIO_PREVIEW_URL te controleren.',
    'preview-search-param.configuration.error.title': 'Voorbeeldadres geblokkeerd',
    'preview-search-param.configuration.error.description':
      'De Studio wil naar <Code>{{previewSearchParam}}</Code> gaan, maar <Code>{{blockedOrigin}}</Code> is geen toegestaan adres. Vraag de beheerder SANITY_STUDIO_PREVIEW_URL te controleren.',
    'preview-frame.continue-button.text': 'Toch doorgaan',
    'preview-frame.loader.connection-status.label': 'Verbinding van de lader',
    'preview-frame.navigator.toggle-button.aria-label': 'Navigatie tonen of verbergen',
    'preview-frame.navigator.toggle-button.tooltip': 'Navigatie tonen of verbergen',
    'preview-frame.overlay.connection-status.label': 'Verbinding van het voorbeeld',
    'preview-frame.overlay.toggle-button.text': 'Bewerken',
    'preview-frame.overlay.toggle-button.tooltip_disable': 'Bewerklaag uitzetten',
    'preview-frame.overlay.toggle-button.tooltip_enable': 'Bewerklaag aanzetten',
    'preview-frame.perspective.published.text': 'Deze pagina bekijken met de gepubliceerde inhoud',
    'preview-frame.refresh-button.aria-label': 'Voorbeeld vernieuwen',
    'preview-frame.refresh-button.tooltip': 'Voorbeeld vernieuwen',
    'preview-frame.status_connecting': 'Verbinden.',
    'preview-frame.status_loading': 'Laden.',
    'preview-frame.status_refreshing': 'Vernieuwen.',
    'preview-frame.status_reloading': 'Vernieuwen.',
    'preview-frame.status_timeout':
      'Geen verbinding met het voorbeeld. Vernieuw de pagina of vraag de beheerder de voorbeeldserver te controleren.',
    'preview-frame.viewport-button.aria-label': 'Schermbreedte wisselen',
    'preview-frame.viewport-button.tooltip_full': 'Volle breedte',
    'preview-frame.viewport-button.tooltip_narrow': 'Smal scherm (telefoon)',
    'preview-location-input.error_missing-origin': 'Het adres moet beginnen met {{origin}}',
    'preview-location-input.error_same-base-path': 'Het adres mag niet hetzelfde beginnen als de Studio ({{basePath}})',
    'share-url.clipboard.status_copying': 'Adres kopiëren…',
    'share-url.clipboard.status_failed': 'Kopiëren mislukt',
    'share-url.clipboard.status_success': 'Het adres is gekopieerd',
    'share-url.clipboard.status_unsupported': 'Kopiëren kan niet in deze browser',
    'share-url.menu-item.open.text': 'Voorbeeld openen',
    'preview-url-secret.missing-grants':
      'Je hebt geen rechten om een voorbeeldsleutel te maken. Het voorbeeld laadt daardoor waarschijnlijk niet; vraag de beheerder om de rechten.',
    'preview-frame.share-button.aria-label': 'Dit voorbeeld delen',
    'share-preview-menu.qr-code.title': 'Een QR-code met het adres {{url}}',
    'share-preview-menu.error_toggle-sharing': 'Je hebt geen rechten om het delen van dit voorbeeld aan of uit te zetten',
    'share-preview-menu.toggle-button.tooltip_disable': 'Delen uitzetten',
    'share-preview-menu.toggle-button.tooltip_enable': 'Delen aanzetten',
    'share-preview-menu.toggle-button.label_first-line': 'Dit voorbeeld delen',
    'share-preview-menu.toggle-button.label_second-line': 'met iedereen die de link heeft',
    'share-preview-menu.qr-code.placeholder': 'Hier komt de QR-code',
    'share-preview-menu.qr-code.instructions': 'Scan de QR-code om het voorbeeld op je telefoon te openen.',
    'share-preview-menu.copy-url.text': 'Voorbeeldlink kopiëren',
    'share-preview-menu.error_missing-grants': 'Je hebt geen rechten om voorbeelden te delen. ',
  },
});

/** The desk: keys newer than the Dutch locale. */
const structure = defineLocaleResourceBundle({
  locale,
  namespace: 'structure',
  resources: {
    'action.delete.disabled.target-not-found': 'Dit document zit niet in de gekozen release of variant',
    'action.discard-changes.disabled.target-not-found': 'Dit document zit niet in de gekozen release of variant',
    'action.duplicate.disabled.target-not-found': 'Dit document zit niet in de gekozen release of variant',
    'action.publish.disabled.not-publishable': 'Deze versie wordt gepubliceerd als deel van haar release',
    'action.publish.disabled.target-not-found': 'Dit document zit niet in de gekozen release of variant',
    'action.unpublish.disabled.already-unpublished': 'Dit document wordt al niet meer gepubliceerd',
    'action.unpublish.disabled.target-not-found': 'Dit document zit niet in de gekozen release of variant',
    'banners.obsolete-draft.actions.compare-draft.tooltip': 'Er is geen gepubliceerd document, dus dit concept kan niet worden vergeleken.',
    'banners.release.action.add-to-bundle': 'Toevoegen aan bundel',
    'banners.variant.action.add-to-variant': 'Variant maken',
    'banners.variant.definition-not-found': 'De gekozen variant <VariantName>{{name}}</VariantName> bestaat niet.',
    'banners.variant.error.description': 'Het document kon niet aan de variant worden toegevoegd: {{message}}',
    'banners.variant.error.title': 'Toevoegen aan variant mislukt',
    'banners.variant.not-in-variant': 'Er is nog geen <PerspectiveTitle>{{perspectiveTitle}}</PerspectiveTitle>-variant van dit document.',
    'banners.variant.waiting.description': 'Even geduld: het document wordt aan de variant toegevoegd.',
    'banners.variant.waiting.title': 'Document toevoegen aan variant…',
    'compare-version.error.loadVersions.title': 'Versies laden mislukt',
    'confirm-delete-dialog.confirm-anyway-button.text_delete_one': 'Toch verwijderen',
    'confirm-delete-dialog.confirm-anyway-button.text_delete_other': 'Toch alle versies verwijderen',
    'confirm-delete-dialog.confirm-button.text_delete_one': 'Document verwijderen',
    'confirm-delete-dialog.confirm-button.text_delete_other': 'Alle versies verwijderen',
    'confirm-delete-dialog.confirmation.text_delete_one': 'Weet je zeker dat je dit document wilt verwijderen?',
    'confirm-delete-dialog.confirmation.text_delete_other': 'Weet je zeker dat je alle versies van dit document wilt verwijderen?',
    'document-group-inventory.onboarding-hint': 'Waar zijn de versieknoppen gebleven?',
    'document-inspector.error.close-button.aria-label': 'Paneel sluiten',
    'document-inspector.error.description': 'Er ging iets mis bij het tonen van dit paneel.',
    'document-inspector.error.retry-button.text': 'Opnieuw proberen',
    'document-inspector.error.title': 'Er ging iets mis',
    'document-target-badges.not-in-target.tooltip': 'Dit document bestaat nog niet in de gekozen weergave.',
    'document-view.form-view.sync-pending.description': 'We blijven het proberen. Je wijzigingen blijven zolang in je browser bewaard.',
    'document-view.form-view.sync-pending.title': 'Je wijzigingen worden niet opgeslagen',
    'document-view.form-view.sync-recovering.description': 'Je kunt verder zodra je wijzigingen zijn opgeslagen.',
    'document-view.form-view.sync-recovering.title': 'Je wijzigingen worden opgeslagen…',
    'document-view.form-view.sync-stalled.description':
      'Bewerken staat stil tot ze zijn opgeslagen. Je wijzigingen blijven in je browser bewaard: houd dit tabblad open.',
    'document-view.form-view.sync-stalled.title': 'Je wijzigingen zijn nog steeds niet opgeslagen',
    'incoming-references-pane.no-references': 'Geen documenten die hiernaar verwijzen.',
    'menu-items.layout.restore-default': 'Standaardweergave',
    'menu-items.layout.restore-default.disabled-reason': 'Dit is al de standaardweergave',
    'menu-items.sort-by.restore-default': 'Standaardvolgorde',
    'menu-items.sort-by.restore-default.disabled-reason': 'Dit is al de standaardvolgorde',
    'panes.document-list-pane.error.max-retries-attempted': 'Na {{count}} mislukte pogingen proberen we het niet meer vanzelf.',
    'panes.document-list-pane.search-ordering.aria-label': 'Volgorde van de zoekresultaten wijzigen',
    'panes.document-list-pane.search-ordering.label': 'Gesorteerd op {{order}}',
    'panes.document-list-pane.search-ordering.relevance': 'Relevantie',
    'panes.document-list-pane.search-ordering.summary-relevance': 'Gesorteerd op relevantie',
    'panes.document-list-pane.sort-order.disabled-reason': 'Deze volgorde gebruikt velden die dit documenttype niet heeft',
    'panes.document-operation-results.operation-success_publishVersion': 'De versie is gepubliceerd',
    'panes.document-operation-results.operation-success_unpublishVersion':
      'De versie wordt niet meer gepubliceerd zodra de release is gepubliceerd',
    'panes.document-pane.variant-target.loading': 'Document laden…',
  },
});

/** The Studio around the desk: the keys newer than the Dutch locale that an editor can meet. */
const studio = defineLocaleResourceBundle({
  locale,
  namespace: 'studio',
  resources: {
    'asset-source.dialog.load-error': 'Bestanden laden mislukt',
    'changes.action.revert-all-description': 'Weet je zeker dat je alle {{count}} wijzigingen ongedaan wilt maken?',
    'changes.unknown-schema-field.description': 'Dit veld staat niet in het schema. De waarden staan hier als JSON.',
    'common.error': 'Fout',
    'divergence.pagination': '{{position}} van {{count}}',
    'document-status.published-at': 'Gepubliceerd {{date}}',
    'document.initial-value.error.title': 'De beginwaarden konden niet worden ingevuld',
    'document.initial-value.error.description': 'Het document is leeg geopend. {{errorMessage}}',
    'form.field.actions-menu.title': 'Acties voor dit veld',
    'inputs.portable-text.unknown-value.annotation': 'Markering staat niet in het schema: {{name}}',
    'inputs.portable-text.unknown-value.list-item': 'Soort lijst staat niet in het schema: {{name}}',
    'inputs.portable-text.unknown-value.mark': 'Opmaak staat niet in het schema: {{name}}',
    'inputs.portable-text.unknown-value.style': 'Stijl staat niet in het schema: {{name}}',
    'login.logged-out.generic': 'Je sessie is niet meer geldig. Log opnieuw in.',
    'login.logged-out.session-expired': 'Je sessie is verlopen. Log opnieuw in.',
    'login.logged-out.title': 'Je bent uitgelogd',
    'search.action.search-specific-types-truncated': 'Zoeken in {{types, list}} en nog {{count}}',
    'search.document-type-list-truncated': '{{types, list}} en nog {{count}}',
  },
});

/** Every Dutch bundle the Studio adds to @sanity/locale-nl-nl. */
export const DUTCH_BUNDLES = [presentation, structure, studio];

/** Sanity's Dutch locale plugin, as the Studio's config uses it (the bundles above complete it). */
export const DUTCH_LOCALE = nlNLLocale();
