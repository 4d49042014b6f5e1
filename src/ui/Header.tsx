// The header: which scenario, structure and seed this run is, files in and out, help.
import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { CompareLauncher } from './compare/CompareLauncher';
import { useApp, useController } from './context';
import { useT } from './i18n';
import { HotWashIcon, InjectIcon, Logo, OpenIcon, SaveIcon } from './icons';
import { LanguagePicker } from './LanguagePicker';
import { saveFile } from './saveFile';
import { RecentRuns } from './RecentRuns';

const OPENED = '__opened__';

export function Header() {
  const c = useController();
  const scenario = useApp((s) => s.scenario);
  const bundled = useApp((s) => s.bundled);
  const structureId = useApp((s) => s.structureId);
  const busy = useApp((s) => s.busy !== null);
  const loading = useApp((s) => s.phase === 'loading');
  const t = useT();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  const onScenario = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.target.value !== OPENED) void c.openBundled(event.target.value);
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void c.openFile(file);
  };
  const onExport = () => {
    const exported = c.exportRun();
    if (!exported) return;
    saveFile(exported.fileName, new Blob([exported.text], { type: 'application/json' }));
    c.notify(t('app.header.saved-file', { file: exported.fileName }));
  };

  const structure = scenario?.structures.find((s) => s.id === structureId);
  return (
    <header className="app-header">
      <div className="brand">
        <Logo />
        <span className="brand__name">PeaceMesh</span>
      </div>
      <div className="header-title">
        <h1 title={scenario?.title}>
          {scenario?.title ?? (loading ? t('app.header.loading') : t('app.header.no-scenario'))}
        </h1>
        {structure && (
          <p>
            <span title={structure.description}>{structure.name}</span>
            <span aria-hidden="true">·</span>
            <button
              type="button"
              className="header-brief"
              onClick={() => c.setView({ briefOpen: true })}
              title={t('app.header.brief-tip')}
            >
              {t('app.header.brief')}
            </button>
          </p>
        )}
      </div>
      <div className="header-controls">
        <label className="field" htmlFor={`${id}-scenario`}>
          <span className="field__label">{t('app.header.scenario')}</span>
          <select
            id={`${id}-scenario`}
            value={scenario && !scenario.bundled ? OPENED : (scenario?.fileName ?? '')}
            onChange={onScenario}
            disabled={busy}
          >
            {!scenario && <option value="">—</option>}
            {scenario && !scenario.bundled && (
              <option value={OPENED}>{t('app.header.opened', { file: scenario.fileName })}</option>
            )}
            {bundled.map((file) => (
              <option key={file} value={file}>
                {file.replace(/\.ya?ml$/, '')}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-structure`}>
          <span className="field__label">{t('app.header.structure')}</span>
          <select
            id={`${id}-structure`}
            value={structureId}
            onChange={(e) => c.setStructure(e.target.value)}
            disabled={!scenario || busy}
          >
            {scenario?.structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <SeedField disabled={!scenario || busy} />
        <div className="header-buttons">
          <button
            type="button"
            className="button button--excon"
            onClick={() => c.openInject()}
            disabled={!scenario || busy}
            title={t('app.header.inject-tip')}
          >
            <InjectIcon /> <span className="button__text">{t('app.header.inject')}</span>
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void c.openHotWash()}
            disabled={!scenario || busy}
            title={t('app.header.hotwash-tip')}
          >
            <HotWashIcon /> <span className="visually-hidden">{t('app.header.hotwash')}</span>
          </button>
          <CompareLauncher />
          <button
            type="button"
            className="button"
            onClick={() => fileInput.current?.click()}
            disabled={busy}
            title={t('app.header.open-tip')}
          >
            <OpenIcon /> <span className="button__text">{t('app.header.open')}</span>
          </button>
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept=".yaml,.yml,.json,application/json,text/yaml"
            aria-label={t('app.header.open-file')}
            data-testid="file-input"
            tabIndex={-1}
            onChange={onFile}
          />
          <RecentRuns />
          <button
            type="button"
            className="button"
            onClick={onExport}
            disabled={!scenario}
            title={t('app.header.export-tip')}
          >
            <SaveIcon /> <span className="button__text">{t('app.header.export')}</span>
          </button>
          <button
            type="button"
            className="button button--icon"
            onClick={() => c.setView({ helpOpen: true })}
            aria-label={t('app.header.shortcuts')}
            title={t('app.header.shortcuts-tip')}
          >
            ?
          </button>
        </div>
        {/* A new language: the store words its panels (inspector, MSEL) again */}
        <LanguagePicker onChange={() => c.relabel()} />
        <SaveStatus />
      </div>
    </header>
  );
}

function SeedField({ disabled }: { disabled: boolean }) {
  const c = useController();
  const t = useT();
  const seed = useApp((s) => s.seed);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? String(seed);
  const valid = /^\d{1,9}$/.test(value.trim());
  const commit = () => {
    if (draft === null) return;
    if (valid) c.setSeed(Number(value.trim()));
    setDraft(null);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };
  return (
    <label className="field field--seed" htmlFor={`${id}-seed`}>
      <span className="field__label">{t('app.header.seed')}</span>
      <input
        id={`${id}-seed`}
        type="text"
        inputMode="numeric"
        value={value}
        aria-invalid={!valid}
        title={t('app.header.seed-tip')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKey}
        disabled={disabled}
      />
    </label>
  );
}

function SaveStatus() {
  const status = useApp((s) => s.saveStatus);
  const t = useT();
  // While playing, saves come every second or so: the text stays put and only dims meanwhile.
  const text =
    status === 'idle'
      ? ''
      : status === 'failed'
        ? t('app.header.not-saved')
        : t('app.header.saved');
  return (
    <span
      className={`save-status save-status--${status}`}
      role="status"
      data-status={status}
      title={status === 'failed' ? t('app.header.not-saved-tip') : t('app.header.saved-tip')}
    >
      {text}
    </span>
  );
}
