// The header: which scenario, structure and seed this run is, files in and out, help.
import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { CompareLauncher } from './compare/CompareLauncher';
import { useApp, useController } from './context';
import { HotWashIcon, InjectIcon, Logo, OpenIcon, SaveIcon } from './icons';
import { RecentRuns } from './RecentRuns';

const OPENED = '__opened__';

export function Header() {
  const c = useController();
  const scenario = useApp((s) => s.scenario);
  const bundled = useApp((s) => s.bundled);
  const structureId = useApp((s) => s.structureId);
  const busy = useApp((s) => s.busy !== null);
  const loading = useApp((s) => s.phase === 'loading');
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
    const url = URL.createObjectURL(new Blob([exported.text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exported.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    c.notify(`Saved ${exported.fileName}`);
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
          {scenario?.title ?? (loading ? 'Loading…' : 'No scenario open')}
        </h1>
        {structure && (
          <p>
            <span title={structure.description}>{structure.name}</span>
            {' · '}
            <button
              type="button"
              className="header-brief"
              onClick={() => c.setView({ briefOpen: true })}
              title="The summary, setting, learning objectives and what each metric measures"
            >
              Brief
            </button>
          </p>
        )}
      </div>
      <div className="header-controls">
        <label className="field" htmlFor={`${id}-scenario`}>
          <span className="field__label">Scenario</span>
          <select
            id={`${id}-scenario`}
            value={scenario && !scenario.bundled ? OPENED : (scenario?.fileName ?? '')}
            onChange={onScenario}
            disabled={busy}
          >
            {!scenario && <option value="">—</option>}
            {scenario && !scenario.bundled && (
              <option value={OPENED}>{scenario.fileName} (opened)</option>
            )}
            {bundled.map((file) => (
              <option key={file} value={file}>
                {file.replace(/\.ya?ml$/, '')}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-structure`}>
          <span className="field__label">Structure</span>
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
            title="Exercise control: push a live inject at the current time (I)"
          >
            <InjectIcon /> <span className="button__text">Inject…</span>
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void c.openHotWash()}
            disabled={!scenario || busy}
            title="Hot wash: decisions beside the doctrine, objectives and ratings, observations, the improvement plan and the report"
          >
            <HotWashIcon /> <span className="visually-hidden">Hot wash</span>
          </button>
          <CompareLauncher />
          <button
            type="button"
            className="button"
            onClick={() => fileInput.current?.click()}
            disabled={busy}
            title="Open a scenario (.yaml) or a saved run (.json); or drop one anywhere"
          >
            <OpenIcon /> <span className="button__text">Open…</span>
          </button>
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept=".yaml,.yml,.json,application/json,text/yaml"
            aria-label="Open a scenario (.yaml) or a saved run (.json)"
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
            title="Save this run (scenario, structure, seed, decisions, branches, position) as a file"
          >
            <SaveIcon /> <span className="button__text">Export run</span>
          </button>
          <button
            type="button"
            className="button button--icon"
            onClick={() => c.setView({ helpOpen: true })}
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
          >
            ?
          </button>
        </div>
        <SaveStatus />
      </div>
    </header>
  );
}

function SeedField({ disabled }: { disabled: boolean }) {
  const c = useController();
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
      <span className="field__label">Seed</span>
      <input
        id={`${id}-seed`}
        type="text"
        inputMode="numeric"
        value={value}
        aria-invalid={!valid}
        title="Same seed, same run. Press Enter to restart with a new seed."
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
  // While playing, saves come every second or so: the text stays put and only dims meanwhile.
  const text = { idle: '', pending: 'Saved', saved: 'Saved', failed: 'Not saved' }[status];
  return (
    <span
      className={`save-status save-status--${status}`}
      role="status"
      data-status={status}
      title={
        status === 'failed'
          ? 'This browser refused to store the run: export it to keep it'
          : 'The run is kept in this browser'
      }
    >
      {text}
    </span>
  );
}
