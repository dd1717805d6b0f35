import { Checkbox, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEARCH_FACETS, type SearchFacet, type SearchFacetsOutput, type SearchFilters } from '@shared/ipc/channels/search';
import { useFacetLabel } from './useFacetLabel';

interface Props {
  /** Undefined until the counts of this query arrive (`search.facets`, asked beside the results). */
  facets: SearchFacetsOutput['facets'] | undefined;
  /** The counts are being read (the previous ones, if any, stay shown meanwhile). */
  loading: boolean;
  filters: SearchFilters;
  onChange(filters: SearchFilters): void;
}

/** The facets of the match set, each value with its count; ticking values filters the results. */
export function FacetPanel({ facets, loading, filters, onChange }: Props) {
  const { t } = useTranslation('search');
  const label = useFacetLabel();
  const set = (facet: SearchFacet, values: string[]) => {
    const next = { ...filters, [facet]: values.length ? values : undefined };
    onChange(next as SearchFilters);
  };
  return (
    <div className="facet-panel" data-testid="facets" aria-busy={loading}>
      {loading ? (
        <div className="facets-loading" data-testid="facets-loading">
          <Spin size="small" /> <Typography.Text type="secondary">{t('facetsLoading')}</Typography.Text>
        </div>
      ) : null}
      {SEARCH_FACETS.map((facet) => {
        const counts = facets?.[facet] ?? [];
        const chosen = (filters[facet] as string[] | undefined) ?? [];
        if (!counts.length && !chosen.length) return null;
        return (
          <div key={facet} className="facet" data-facet={facet}>
            <Typography.Text strong className="facet-title">
              {t(`facet.${facet}`)}
            </Typography.Text>
            <Checkbox.Group value={chosen} onChange={(v) => set(facet, v as string[])} className="facet-values">
              {counts.map((c) => (
                <Checkbox key={c.value} value={c.value} data-testid="facet-value" data-value={c.value}>
                  <span className="facet-label">{c.value ? label(facet, c.value) : t('facetNone')}</span>
                  <Typography.Text type="secondary" className="facet-count">
                    {c.count}
                  </Typography.Text>
                </Checkbox>
              ))}
            </Checkbox.Group>
          </div>
        );
      })}
    </div>
  );
}
