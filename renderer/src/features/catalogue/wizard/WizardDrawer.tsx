import './wizard.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Col, Drawer, Form, List, Row, Space, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryInput } from '@shared/domain/entry';
import { isApiError } from '../../../api/ApiError';
import { call } from '../../../api/client';
import { useWorkspaceInfo } from '../../../api/hooks';
import { IssueContext } from '../../../form/IssueContext';
import { toIssueMap } from '../../../form/issues';
import type { ValidationIssue } from '@shared/ipc/errors';
import { useFormSave } from '../../../form/useFormSave';
import { useIssueForm } from '../../../form/useIssueForm';
import { entryIssues } from '../entryIssues';
import { dependentResets, entryToValues, newEntryValues, type EntryFormValues } from '../entryValues';
import { useDebounced } from '../quality/useDebounced';
import { useDraftQuality } from '../quality/useDraftQuality';
import { useFieldLabel } from '../quality/useFieldLabel';
import { useProfile } from '../useProfile';
import { adviceDraft } from './advice';
import { CycleStep } from './CycleStep';
import { ItemsStep } from './ItemsStep';
import { OpeningStep } from './OpeningStep';
import { ReviewStep } from './ReviewStep';
import { SharingStep } from './SharingStep';
import { WhatStep } from './WhatStep';
import { issuesOfStep, profileRequiredIssues, stepOfPath, wizardSteps, type WizardStep } from './steps';
import { KindStep } from './KindStep';
import { WizardSummary } from './WizardSummary';
import { useJumpToField } from './useJumpToField';

interface Props {
  open: boolean;
  /** An entry to go through again (same steps and rules); a new one when absent. */
  entry?: Entry;
  /** A field to open at, e.g. from the catalogue's quality report. */
  focusPath?: string;
  onClose(): void;
}

/** The same field rules as the entry form: the shared schema and its cross-field rules. */
const validate = (values: EntryFormValues) => entryIssues(values);

/**
 * 引导式编目: a new entry compiled step by step with live validation, ending on the quality
 * report of the draft; saves as a draft, or asks the core to mark it ready (refused while errors remain).
 */
export function WizardDrawer({ open, entry, focusPath, onClose }: Props) {
  const { t } = useTranslation('wizard');
  const { t: tm } = useTranslation('messages');
  const { message, modal } = App.useApp();
  const info = useWorkspaceInfo();
  const profile = useProfile();
  const [form] = Form.useForm<EntryFormValues>();
  const issueForm = useIssueForm(form, validate);
  const initial = useMemo(() => (entry ? entryToValues(entry) : newEntryValues(info)), [entry, info]);
  const steps = wizardSteps(profile);
  // Without a kind step the kind is chosen beside the name, on "what it is".
  const stepFor = (path: string): WizardStep => {
    const s = stepOfPath(path);
    return steps.includes(s) ? s : 'what';
  };
  const [step, setStep] = useState<WizardStep>(focusPath ? stepFor(focusPath) : steps[0]!);
  const [visited, setVisited] = useState<Set<WizardStep>>(new Set([step]));
  const [saved, setSaved] = useState<{ id: string; revision: number } | undefined>(entry ? { id: entry.id, revision: entry.revision } : undefined);
  const [refused, setRefused] = useState<ValidationIssue[]>();
  /** "Next" was pressed on this step while it had problems: the step's summary stays until they are fixed. */
  const [blocked, setBlocked] = useState(false);
  const fieldLabel = useFieldLabel();
  const dirty = useRef(false);
  const body = useRef<HTMLDivElement>(null);
  const jump = useJumpToField(useCallback(() => body.current, []), step);
  const [focusedOnce, setFocusedOnce] = useState(false);
  if (focusPath && !focusedOnce) {
    setFocusedOnce(true);
    jump(focusPath);
  }

  // Every value, including fields of steps not on screen; checked when the officer pauses.
  const values = Form.useWatch((v: EntryFormValues) => v, { form, preserve: true });
  const json = JSON.stringify(values ?? initial);
  const settled = useDebounced(json, 400);
  const draft = JSON.parse(step === 'review' ? json : settled) as Record<string, unknown>;
  // On the items step only the item advice is shown, and the core needs an entry that parses for it.
  // A saved entry is checked as itself (its id), so it is not its own duplicate name or code.
  const checked = { ...(step === 'review' ? draft : adviceDraft(draft)), ...(saved ? { id: saved.id } : {}) };
  const quality = useDraftQuality(checked, open && (step === 'items' || step === 'review'));

  const goTo = (next: WizardStep, path?: string) => {
    setStep(next);
    setBlocked(false);
    setVisited((v) => new Set(v).add(next));
    if (path) jump(path);
  };
  const onJump = (path: string) => {
    issueForm.setShowAll(true);
    goTo(stepFor(path), path);
  };

  const index = steps.indexOf(step);
  const current = () => form.getFieldsValue(true) as EntryFormValues;
  // Every step blocks the same way: the schema's required fields and rules, and the fields the
  // profile requires, each said at its field (必填 for an empty one) and summed up above the step.
  const problemsOf = (v: EntryFormValues, s: WizardStep) => issuesOfStep([...validate(v), ...profileRequiredIssues(v, profile)], s);
  const next = () => {
    const problems = problemsOf(current(), step);
    if (problems.length) {
      issueForm.revalidate();
      issueForm.setShowAll(true);
      setBlocked(true);
      jump(problems[0]!.path);
      return;
    }
    issueForm.setShowAll(false);
    goTo(steps[index + 1]!);
  };

  const save = useFormSave(issueForm, {
    prefix: 'entry',
    save: async (values, ready: boolean) => {
      const input = values as EntryInput;
      const stored = saved ? await call('catalogue.update', { id: saved.id, revision: saved.revision, entry: input }) : await call('catalogue.create', { entry: input });
      setSaved({ id: stored.id, revision: stored.revision });
      dirty.current = false;
      if (!ready) return { stored, ready: false };
      try {
        const after = await call('catalogue.setState', { id: stored.id, revision: stored.revision, state: 'ready' });
        setSaved({ id: after.id, revision: after.revision });
        return { stored: after, ready: true };
      } catch (err) {
        if (isApiError(err, 'ENTRY_HAS_ERRORS')) {
          setRefused(err.issues);
          return { stored, ready: false, refused: true };
        }
        throw err;
      }
    },
    onSaved: ({ stored, ready, refused: wasRefused }: { stored: Entry; ready: boolean; refused?: boolean }) => {
      if (wasRefused) {
        void message.warning(t('savedNotReady', { name: stored.name }));
        return;
      }
      void message.success(ready ? t('savedReady', { name: stored.name }) : t('saved', { name: stored.name }));
      close();
    },
    onIssue: onJump,
  });

  const submit = (ready: boolean) => {
    setRefused(undefined);
    save.submit(ready);
  };

  const close = () => {
    dirty.current = false;
    onClose();
  };
  const requestClose = () => {
    if (!dirty.current) return close();
    modal.confirm({ title: t('discard.title'), content: t('discard.content'), okText: t('discard.ok'), okButtonProps: { danger: true }, onOk: close });
  };

  const liveValues = values ?? initial;
  const required = profileRequiredIssues(liveValues, profile);
  const nonData = liveValues.kind !== undefined && liveValues.kind !== 'data';
  const stepItems = steps.map((s) => ({
    title: t(s === 'items' && nonData ? 'step.kindFields' : `step.${s}`),
    status: s === step ? ('process' as const) : visited.has(s) && problemsOf(liveValues, s).length ? ('error' as const) : visited.has(s) ? ('finish' as const) : ('wait' as const),
  }));
  // One problem per field, as the fields show them.
  const stepProblems = blocked ? [...toIssueMap(problemsOf(liveValues, step)).keys()] : [];
  const requiredKey = required.map((i) => i.path).join();
  const issueState = useMemo(
    () => ({ ...issueForm.state, issues: toIssueMap([...issueForm.issues, ...required]) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `required` is new on each render; its paths say when it changed.
    [issueForm.state, issueForm.issues, requiredKey],
  );

  return (
    <Drawer
      open={open}
      onClose={requestClose}
      size={1040}
      destroyOnHidden
      title={entry ? t('editTitle', { name: entry.name }) : t('title')}
      className="wizard-drawer"
      styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
      data-testid="wizard"
    >
      <div className="wizard-steps">
        <Steps size="small" current={index} items={stepItems} onChange={(i) => goTo(steps[i]!)} data-testid="wizard-steps" />
      </div>
      <div className="wizard-body" ref={body}>
        {stepProblems.length ? (
          <Alert
            type="error"
            showIcon
            className="wizard-step-issues"
            data-testid="wizard-step-issues"
            title={t('fixFirst', { count: stepProblems.length })}
            description={
              <span className="wizard-step-issue-list">
                {stepProblems.map((path) => (
                  <Button key={path} type="link" size="small" onClick={() => jump(path)} data-testid="wizard-step-issue" data-path={path}>
                    {fieldLabel(path)}
                  </Button>
                ))}
              </span>
            }
          />
        ) : null}
        <IssueContext.Provider value={issueState}>
          <Form
            form={form}
            layout="vertical"
            initialValues={initial}
            requiredMark
            onValuesChange={(changed: EntryFormValues, all: EntryFormValues) => {
              const resets = dependentResets(changed, all);
              if (Object.keys(resets).length) form.setFieldsValue(resets);
              issueForm.revalidate();
              dirty.current = true;
            }}
            data-testid="wizard-form"
          >
            {step === 'kind' ? <KindStep profile={profile} /> : null}
            {step === 'what' ? <WhatStep profile={profile} kindAsked={steps.includes('kind')} /> : null}
            {step === 'items' ? <ItemsStep issues={quality.data?.issues ?? []} onItemsChanged={() => { issueForm.revalidate(); dirty.current = true; }} /> : null}
            {step === 'sharing' ? <SharingStep profile={profile} /> : null}
            {step === 'opening' ? <OpeningStep profile={profile} /> : null}
            {step === 'cycle' ? <CycleStep profile={profile} /> : null}
          </Form>
        </IssueContext.Provider>
        {step === 'review' ? (
          <>
            {refused ? (
              <Alert
                type="error"
                showIcon
                className="wizard-refused"
                data-testid="ready-refused"
                title={tm('error.ENTRY_HAS_ERRORS', { count: refused.length })}
                description={<List size="small" dataSource={refused} renderItem={(i) => <List.Item>{i.message}</List.Item>} />}
              />
            ) : null}
            <Row gutter={24} className="wizard-review-row">
              <Col span={10}>
                <WizardSummary values={liveValues} profile={profile} />
              </Col>
              <Col span={14}>
                <ReviewStep quality={quality.data} loading={quality.isFetching} error={quality.error?.message} onJump={onJump} />
              </Col>
            </Row>
          </>
        ) : null}
      </div>
      <div className="wizard-actions">
        <Button onClick={requestClose}>{t('cancel')}</Button>
        <Space>
          {index > 0 ? (
            <Button onClick={() => goTo(steps[index - 1]!)} data-testid="wizard-back">
              {t('back')}
            </Button>
          ) : null}
          {step !== 'review' ? (
            <Button type="primary" onClick={next} data-testid="wizard-next">
              {t('next')}
            </Button>
          ) : (
            <>
              <Button onClick={() => submit(false)} loading={save.isPending} data-testid="wizard-save">
                {t('saveDraft')}
              </Button>
              <Button type="primary" onClick={() => submit(true)} loading={save.isPending} data-testid="wizard-ready">
                {t('saveReady')}
              </Button>
            </>
          )}
        </Space>
      </div>
    </Drawer>
  );
}
