import { useMemo } from 'react';
import { Cascader } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_TREES, type Classification, type ClassificationScheme } from '@shared/domain/classification';
import { useLocale } from '../../../i18n/LocaleContext';

interface Option {
  value: string;
  label: string;
  children?: Option[];
}

interface Props {
  schemes: readonly ClassificationScheme[];
  value?: Classification;
  onChange?(value: Classification | undefined): void;
  id?: string;
}

/**
 * 资源分类 as a cascader over the profile's trees: scheme → 类 → 项. 目 and 细目 are the
 * department's own, so they stay out of the picker and a value keeps them if set.
 */
export function ClassificationCascader({ schemes, value, onChange, id }: Props) {
  const { t } = useTranslation('wizard');
  const { locale } = useLocale();
  const options = useMemo<Option[]>(
    () =>
      schemes.map((scheme) => {
        const tree = CLASSIFICATION_TREES[scheme];
        return {
          value: scheme,
          label: tree.label[locale],
          children: tree.categories.map((c) => ({
            value: c.code,
            label: c.label[locale],
            ...(c.children?.length ? { children: c.children.map((i) => ({ value: i.code, label: i.label[locale] })) } : {}),
          })),
        };
      }),
    [schemes, locale],
  );
  const path = value ? [value.scheme, value.category, ...(value.item ? [value.item] : [])] : undefined;
  return (
    <Cascader
      id={id}
      options={options}
      value={path}
      changeOnSelect
      allowClear
      placeholder={t('placeholder.classification')}
      data-testid="classification"
      onChange={(p) => {
        const [scheme, category, item] = (p ?? []) as string[];
        if (!scheme || !category) return onChange?.(undefined);
        onChange?.({ scheme: scheme as ClassificationScheme, category, ...(item ? { item } : {}) });
      }}
    />
  );
}
